package io.onewindow.catalog.internal;

import io.onewindow.catalog.ServiceFlag;
import io.onewindow.platform.PlanFigures;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The plan's item targets (tasks 9 and 14), counted in the published catalogue as it stands. */
@Component
class CatalogPlanFigures implements PlanFigures {

    private static final List<ServiceFlag> COUNTED = List.of(ServiceFlag.INSTANT_APPROVAL, ServiceFlag.ONE_LICENSE,
            ServiceFlag.ZERO_MATERIAL, ServiceFlag.PROVINCEWIDE, ServiceFlag.MOBILE);

    private final JdbcClient jdbc;

    CatalogPlanFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Figure> figures() {
        List<Figure> figures = new ArrayList<>();
        for (ServiceFlag flag : COUNTED) {
            String sql = "select count(*) from catalog_current where guide->'flags' @> '[\"" + flag.name() + "\"]'";
            long n = jdbc.sql(sql).query(Long.class).single();
            figures.add(new Figure("catalog." + key(flag), "“" + flag.label() + "”事项（已发布）", "项", n, sql,
                    "/services?flag=" + flag.name()));
        }
        String share = "select round(100.0 * count(*) filter (where guide->'flags' @> '[\"COMPREHENSIVE_WINDOW\"]') / "
                + "nullif(count(*), 0), 1) from catalog_current";
        Double percent = jdbc.sql(share).query(Double.class).optional().orElse(null);
        figures.add(new Figure("catalog.comprehensive-window-share", "依申请事项纳入无差别综合窗口受理占比", "%",
                percent == null ? 0 : percent, share, "/services/targets"));
        return figures;
    }

    private static String key(ServiceFlag flag) {
        return flag.name().toLowerCase().replace('_', '-');
    }
}
