package io.onewindow.catalog;

/**
 * One line of the 一单 (申请材料).
 *
 * @param condition when the material is needed, for a conditional one (容缺/特定情形); {@code null} if always
 * @param sourceRef the licence type name for {@link Source#E_LICENSE} (alternatives joined by 、: "居民身份证、居民户口簿"
 *                  — a newborn proves who they are by the 户口簿), the department for {@link Source#SHARED_DATA}
 */
public record Material(String name, Form form, int copies, boolean required, String condition, Source source,
        String sourceRef) {

    /** The licence types any one of which serves an {@link Source#E_LICENSE} material, in the guide's order. */
    public java.util.List<String> licenseTypes() {
        return source != Source.E_LICENSE || sourceRef == null || sourceRef.isBlank() ? java.util.List.of()
                : java.util.Arrays.stream(sourceRef.split("、")).map(String::strip).filter(t -> !t.isEmpty()).toList();
    }

    public enum Form {
        ORIGINAL("原件"), COPY("复印件"), ELECTRONIC("电子件");

        private final String label;

        Form(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Where the material comes from: only {@code APPLICANT} means the person has to hand something in. */
    public enum Source {
        APPLICANT("申请人提交"), E_LICENSE("电子证照"), SHARED_DATA("部门共享"), EXEMPT("免提交");

        private final String label;

        Source(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
