package io.onewindow.casework.internal;

import io.onewindow.platform.ChinaTime;
import io.onewindow.platform.PlanFigures;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** 秒批秒办 in use, not only published: cases the rules decided this year. */
@Component
class CaseworkPlanFigures implements PlanFigures {

    private final JdbcClient jdbc;

    CaseworkPlanFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Figure> figures() {
        String since = ChinaTime.today().withDayOfYear(1).toString();
        String instant = "select count(*) from casework_case where decided_by = '系统（秒批规则）' and status = 'APPROVED' "
                + "and decided_on >= date '" + since + "'";
        String items = "select count(distinct item_code) from casework_case where decided_by = '系统（秒批规则）' "
                + "and decided_on >= date '" + since + "'";
        return List.of(
                new Figure("casework.instant-decided", "本年秒批办结办件", "件", jdbc.sql(instant).query(Long.class).single(),
                        instant, null),
                new Figure("casework.instant-items-used", "本年有秒批办结的事项", "项", jdbc.sql(items).query(Long.class).single(),
                        items, null));
    }
}
