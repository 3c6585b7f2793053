package io.onewindow.inspection.internal;

import io.onewindow.platform.PlanFigures;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** 双随机、一公开 (task 17): plans drawn, and results published within 20 working days of the inspection. */
@Component
class InspectionPlanFigures implements PlanFigures {

    private final JdbcClient jdbc;

    InspectionPlanFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Figure> figures() {
        String drawn = "select count(*) from inspection_plan where status = 'DRAWN'";
        String onTime = "select coalesce(round(100.0 * count(*) filter (where (recorded_at at time zone 'Asia/Shanghai')::date "
                + "<= publish_due) / nullif(count(*), 0), 1), 0) from inspection_result";
        return List.of(
                new Figure("inspection.plans-drawn", "“双随机”抽查计划（已抽取）", "个", jdbc.sql(drawn).query(Long.class).single(),
                        drawn, "/inspection/public"),
                new Figure("inspection.published-on-time", "抽查结果按时公示率", "%",
                        jdbc.sql(onTime).query(Double.class).single(), onTime, "/inspection/public"));
    }
}
