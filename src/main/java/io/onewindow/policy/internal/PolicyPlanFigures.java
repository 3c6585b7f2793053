package io.onewindow.policy.internal;

import io.onewindow.platform.PlanFigures;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** 惠企政策 (task 4): 免申即享 policies in force and the money paid out through them. */
@Component
class PolicyPlanFigures implements PlanFigures {

    private final JdbcClient jdbc;

    PolicyPlanFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Figure> figures() {
        String automatic = "select count(distinct code) from policy_policy where status = 'PUBLISHED' and automatic";
        String paid = "select coalesce(sum(amount_yuan), 0) from policy_payout";
        return List.of(
                new Figure("policy.automatic", "“免申即享”政策（已发布）", "项", jdbc.sql(automatic).query(Long.class).single(),
                        automatic, "/policies"),
                new Figure("policy.paid", "惠企政策兑现金额", "元", jdbc.sql(paid).query(Double.class).single(), paid,
                        "/admin/policies/figures"));
    }
}
