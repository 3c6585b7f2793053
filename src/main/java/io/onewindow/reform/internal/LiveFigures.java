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
 * Every module's live figures, read at once. {@link #record} also keeps the day's value, so a target's trend is the
 * figure as it stood day by day (the office's pages record; {@link ReformJobs} does hourly even when nobody looks).
 * The public page reads {@link #recent}: at most a minute old, so that anonymous traffic cannot make every module
 * count its tables over and over.
 */
@Component
public class LiveFigures {

    private final List<PlanFigures> sources;
    private final JdbcClient jdbc;

    LiveFigures(List<PlanFigures> sources, JdbcClient jdbc) {
        this.sources = sources;
        this.jdbc = jdbc;
    }

    private static final long RECENT_NANOS = 60_000_000_000L;

    private volatile Map<String, PlanFigures.Figure> recent;
    private volatile long recentAt;

    /** Key → figure, as of now. */
    public Map<String, PlanFigures.Figure> now() {
        Map<String, PlanFigures.Figure> all = new LinkedHashMap<>();
        sources.forEach(s -> s.figures().forEach(f -> all.put(f.key(), f)));
        recent = all;
        recentAt = System.nanoTime();
        return all;
    }

    /** As {@link #now}, or the last reading when it is less than a minute old. */
    public Map<String, PlanFigures.Figure> recent() {
        Map<String, PlanFigures.Figure> last = recent;
        return last != null && System.nanoTime() - recentAt < RECENT_NANOS ? last : now();
    }

    /** As {@link #now}, with today's snapshot of each figure updated. */
    public Map<String, PlanFigures.Figure> record() {
        Map<String, PlanFigures.Figure> all = now();
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
