package io.onewindow.casework;

/** Where an application stands. */
public enum CaseStatus {
    DRAFT("草稿"), SUBMITTED("待受理"), CORRECTION_REQUIRED("待补正"), ACCEPTED("审批中"), REJECTED("不予受理"),
    APPROVED("准予"), DENIED("不予许可");

    private final String label;

    CaseStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
