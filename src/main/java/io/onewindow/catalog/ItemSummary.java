package io.onewindow.catalog;

import java.util.Set;

/** One published item in a list or search result. */
public record ItemSummary(String code, int version, String name, ItemType type, String departmentId,
        String departmentName, String regionId, Audience audience, Set<ServiceFlag> flags, int statutoryDays,
        int promisedDays, String result) {
}
