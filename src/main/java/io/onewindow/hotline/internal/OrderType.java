package io.onewindow.hotline.internal;

/** 诉求类型; the default 办理 limits in working days are settings ({@code onewindow.hotline.handle-days.*}). */
public enum OrderType {
    CONSULT("咨询"), HELP("求助"), COMPLAINT("投诉"), REPORT("举报"), SUGGESTION("建议"), PRAISE("表扬");

    private final String label;

    OrderType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
