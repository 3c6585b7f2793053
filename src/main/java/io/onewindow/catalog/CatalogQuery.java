package io.onewindow.catalog;

/**
 * A search of the published catalogue. Every criterion may be {@code null} (no restriction).
 *
 * @param text Chinese words as a person types them: item names, keywords or common wording ("开饭店")
 * @param page 0-based
 */
public record CatalogQuery(String text, Audience audience, String departmentId, String regionId, String lifeEvent,
        ServiceFlag flag, int page, int size) {

    public static final int MAX_SIZE = 100;

    public CatalogQuery {
        page = Math.max(page, 0);
        size = size <= 0 ? 20 : Math.min(size, MAX_SIZE);
    }

    public static CatalogQuery text(String text) {
        return new CatalogQuery(text, null, null, null, null, null, 0, 20);
    }
}
