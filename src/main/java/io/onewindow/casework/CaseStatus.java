package io.onewindow.casework;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an application stands, and from where it may get there: the one table of allowed transitions.
 * 草稿 → 待受理 → (待补正 → 待受理)* → 审批中 → 准予 | 不予许可, or 不予受理 from 待受理.
 */
public enum CaseStatus {
    DRAFT("草稿"), SUBMITTED("待受理"), CORRECTION_REQUIRED("待补正"), ACCEPTED("审批中"), REJECTED("不予受理"),
    APPROVED("准予"), DENIED("不予许可");

    static {
        for (CaseStatus s : values()) {
            s.predecessors = EnumSet.noneOf(CaseStatus.class);
        }
        SUBMITTED.predecessors = EnumSet.of(DRAFT, CORRECTION_REQUIRED);
        CORRECTION_REQUIRED.predecessors = EnumSet.of(SUBMITTED);
        ACCEPTED.predecessors = EnumSet.of(SUBMITTED);
        REJECTED.predecessors = EnumSet.of(SUBMITTED);
        APPROVED.predecessors = EnumSet.of(ACCEPTED);
        DENIED.predecessors = EnumSet.of(ACCEPTED);
    }

    private final String label;
    /** Set in the static block: an enum's own EnumSet cannot be made while its constants are constructed. */
    private Set<CaseStatus> predecessors;

    CaseStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether a case may move to this status from {@code from}. */
    public boolean canFollow(CaseStatus from) {
        return predecessors.contains(from);
    }

}
