package io.onewindow.hotline.internal;

import io.onewindow.platform.PlanFigures;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** 12345 (task 8): work orders answered by their due date, and those of the enterprise channel 亲清在线. */
@Component
class HotlinePlanFigures implements PlanFigures {

    private final JdbcClient jdbc;

    HotlinePlanFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Figure> figures() {
        String onTime = "select coalesce(round(100.0 * count(*) filter (where replied_at is not null and "
                + "(replied_at at time zone 'Asia/Shanghai')::date <= handle_due) / nullif(count(*), 0), 1), 0) "
                + "from hotline_order where handle_due is not null and (replied_at is not null or handle_due < current_date)";
        String enterprise = "select count(*) from hotline_order where enterprise_credit_code is not null";
        return List.of(
                new Figure("hotline.on-time", "12345 工单按时办结率", "%", jdbc.sql(onTime).query(Double.class).single(), onTime,
                        "/hotline/figures"),
                new Figure("hotline.enterprise-orders", "“亲清在线”企业诉求", "件",
                        jdbc.sql(enterprise).query(Long.class).single(), enterprise, "/hotline/figures"));
    }
}
