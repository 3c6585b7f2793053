package io.onewindow.reform.internal;

/** Where a measure stands (docs/reform.md states the rules). */
public enum MeasureStatus {
    DONE("已完成", "ok"), ON_TRACK("按计划推进", "ok"), AT_RISK("存在风险", "warn"), LATE("已超期", "bad");

    private final String label;
    private final String tone;

    MeasureStatus(String label, String tone) {
        this.label = label;
        this.tone = tone;
    }

    public String label() {
        return label;
    }

    /** The tag class a page shows it with. */
    public String tone() {
        return tone;
    }
}
