package io.onewindow.hotline.internal;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a work order stands, and from where it may get there: 受理 → 派单 → 签收 → 回复 → 办结. 回访 不满意 sends a
 * replied order back to 派单 (重办), 审核 back to 签收; 退单 returns a dispatched order to the centre; 直接答复, 转办 and
 * 并入 close an order the centre has not dispatched.
 */
public enum OrderStatus {
    RECEIVED("已受理"), DISPATCHED("待签收"), SIGNED("办理中"), REPLIED("待回访"), CLOSED("已办结");

    static {
        for (OrderStatus s : values()) {
            s.predecessors = EnumSet.noneOf(OrderStatus.class);
        }
        RECEIVED.predecessors = EnumSet.of(DISPATCHED);
        DISPATCHED.predecessors = EnumSet.of(RECEIVED, REPLIED);
        SIGNED.predecessors = EnumSet.of(DISPATCHED, REPLIED);
        REPLIED.predecessors = EnumSet.of(SIGNED);
        CLOSED.predecessors = EnumSet.of(RECEIVED, REPLIED);
    }

    private final String label;
    /** Set in the static block: an enum's own EnumSet cannot be made while its constants are constructed. */
    private Set<OrderStatus> predecessors;

    OrderStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether an order may move to this status from {@code from}. */
    public boolean canFollow(OrderStatus from) {
        return predecessors.contains(from);
    }
}
