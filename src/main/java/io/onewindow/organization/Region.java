package io.onewindow.organization;

/**
 * A region: 乐山市, its county-level divisions, or a functional zone such as 乐山高新区.
 *
 * @param id platform id: the GB/T 2260 code, or a platform code for a zone
 * @param gbCode GB/T 2260 code, {@code null} for a functional zone (it is not an administrative division)
 */
public record Region(String id, String gbCode, String name, Level level, String parentId) {

    public enum Level {
        CITY("市级"), COUNTY("县级"), FUNCTIONAL_ZONE("功能区");

        private final String label;

        Level(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
