package io.onewindow.reform.internal;

import io.onewindow.platform.ChinaTime;
import io.onewindow.platform.PlanFigures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every module's live figures, read at once; each reading also keeps the day's value, so a target's trend is the
 * figure as it stood day by day (the dashboard reads it; {@link ReformJobs} takes one a day even when nobody does).
 */
@Component
public class LiveFigures {

    private final List<PlanFigures> sources;
    private final JdbcClient jdbc;

    LiveFigures(List<PlanFigures> sources, JdbcClient jdbc) {
        this.sources = sources;
        this.jdbc = jdbc;
    }

    /** Key → figure, as of now; today's snapshot updated. */
    public Map<String, PlanFigures.Figure> now() {
        Map<String, PlanFigures.Figure> all = new LinkedHashMap<>();
        sources.forEach(s -> s.figures().forEach(f -> all.put(f.key(), f)));
        LocalDate today = ChinaTime.today();
        all.values().forEach(f -> jdbc.sql("""
                insert into reform_figure_snapshot (figure_key, taken_on, value) values (?, ?, ?)
                on conflict (figure_key, taken_on) do update set value = excluded.value""")
                .params(f.key(), today, BigDecimal.valueOf(f.value())).update());
        return all;
    }

    /** The figure day by day, oldest first, for the last {@code days} days. */
    public List<Map.Entry<LocalDate, BigDecimal>> trend(String key, int days) {
        return jdbc.sql("select taken_on, value from reform_figure_snapshot where figure_key = ? and taken_on > ? order by taken_on")
                .params(key, ChinaTime.today().minusDays(days))
                .query((rs, n) -> Map.entry(rs.getObject(1, LocalDate.class), rs.getBigDecimal(2))).list();
    }
}
