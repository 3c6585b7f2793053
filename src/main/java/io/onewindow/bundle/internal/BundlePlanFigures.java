package io.onewindow.bundle.internal;

import io.onewindow.platform.PlanFigures;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The plan's "不少于10个“一件事”" (task 9): bundles in service, and how many families and firms used them. */
@Component
class BundlePlanFigures implements PlanFigures {

    private final JdbcClient jdbc;

    BundlePlanFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Figure> figures() {
        String live = "select count(*) from bundle_definition where status = 'PUBLISHED'";
        String used = "select count(*) from bundle_case where status <> 'DRAFT'";
        return List.of(
                new Figure("bundle.live", "“一件事一次办”套餐（在办）", "个", jdbc.sql(live).query(Long.class).single(), live,
                        "/bundles"),
                new Figure("bundle.applications", "“一件事”申请（已提交）", "件", jdbc.sql(used).query(Long.class).single(), used,
                        "/bundles"));
    }
}
