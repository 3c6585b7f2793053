package io.onewindow.hotline.internal;

/** Where a work order stands: 受理 → 派单 → 签收 → 回复 → 办结 (回访 closes it, or 重办 sends it back to 派单). */
public enum OrderStatus {
    RECEIVED("已受理"), DISPATCHED("待签收"), SIGNED("办理中"), REPLIED("待回访"), CLOSED("已办结");

    private final String label;

    OrderStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
