package io.onewindow.evaluation.internal;

import io.onewindow.platform.PlanFigures;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** 好差评 (task 11): satisfaction of the ratings counted, and 差评 answered by their due date. */
@Component
class EvaluationPlanFigures implements PlanFigures {

    private final JdbcClient jdbc;

    EvaluationPlanFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Figure> figures() {
        String satisfaction = "select coalesce(round(100.0 * count(*) filter (where level >= 3) / nullif(count(*), 0), 1), 0) "
                + "from evaluation_rating where not excluded";
        String onTime = "select coalesce(round(100.0 * count(*) filter (where replied_at is not null and "
                + "(replied_at at time zone 'Asia/Shanghai')::date <= due_on) / nullif(count(*), 0), 1), 0) "
                + "from evaluation_ticket where replied_at is not null or due_on < current_date";
        return List.of(
                new Figure("evaluation.satisfaction", "政务服务“好差评”满意率", "%",
                        jdbc.sql(satisfaction).query(Double.class).single(), satisfaction, "/evaluation/public"),
                new Figure("evaluation.rectified-on-time", "差评按期整改反馈率", "%",
                        jdbc.sql(onTime).query(Double.class).single(), onTime, "/supervision/evaluation"));
    }
}
