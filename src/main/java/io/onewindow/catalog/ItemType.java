package io.onewindow.catalog;

/** 事项类型, with the two-letter code used in item codes. */
public enum ItemType {
    LICENSING("行政许可", "XK"), CONFIRMATION("行政确认", "QR"), BENEFIT("行政给付", "JF"), REWARD("行政奖励", "JL"),
    ADJUDICATION("行政裁决", "CJ"), FILING("行政备案", "BA"), OTHER_POWER("其他行政权力", "QT"), PUBLIC_SERVICE("公共服务", "GG");

    private final String label;
    private final String code;

    ItemType(String label, String code) {
        this.label = label;
        this.code = code;
    }

    public String label() {
        return label;
    }

    public String code() {
        return code;
    }
}
