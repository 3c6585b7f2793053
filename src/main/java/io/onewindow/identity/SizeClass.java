package io.onewindow.identity;

/** 企业规模 per 工信部联企业〔2011〕300号. */
public enum SizeClass {
    LARGE("大型"), MEDIUM("中型"), SMALL("小型"), MICRO("微型");

    private final String label;

    SizeClass(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
