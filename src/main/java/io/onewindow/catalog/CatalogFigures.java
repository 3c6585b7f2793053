package io.onewindow.catalog;

import java.util.List;
import java.util.Map;

/**
 * Live counts of published items against the 2023 work plan's targets (tasks 9 and 14).
 *
 * @param comprehensiveWindowShare share of items accepted at the 无差别综合窗口 (target ≥ 50 %), 0–1
 */
public record CatalogFigures(long publishedItems, Map<ServiceFlag, Long> byFlag, double comprehensiveWindowShare,
        List<Row> byRegion, List<Row> byDepartment) {

    /** Counts for one region or department. */
    public record Row(String id, String name, long items, Map<ServiceFlag, Long> byFlag) {
    }
}
