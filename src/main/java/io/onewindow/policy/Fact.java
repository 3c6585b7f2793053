package io.onewindow.policy;

/** The enterprise facts a policy rule may read, with their type and the Chinese name used in explanations. */
public enum Fact {
    INDUSTRY("行业代码", Type.TEXT, ""), SIZE_CLASS("企业规模", Type.TEXT, ""), REGION("注册地", Type.TEXT, ""),
    YEARS_SINCE_REGISTRATION("成立年限", Type.NUMBER, "年"), EMPLOYEES("从业人数", Type.NUMBER, "人"),
    REVENUE("营业收入", Type.NUMBER, "万元"), TAX_PAID("纳税额", Type.NUMBER, "万元"),
    RND_SPENDING("研发投入", Type.NUMBER, "万元"), EXPORT_VALUE("出口额", Type.NUMBER, "万元"),
    HIGH_TECH("高新技术企业", Type.BOOLEAN, ""), SPECIALIZED("专精特新企业", Type.BOOLEAN, ""),
    CREDIT_TIER("信用等级", Type.TEXT, ""), REGISTERED_ON("成立日期", Type.DATE, "");

    /** What a fact's values are. */
    public enum Type {
        NUMBER, TEXT, BOOLEAN, DATE
    }

    private final String label;
    private final Type type;
    private final String unit;

    Fact(String label, Type type, String unit) {
        this.label = label;
        this.type = type;
        this.unit = unit;
    }

    public String label() {
        return label;
    }

    public Type type() {
        return type;
    }

    public String unit() {
        return unit;
    }
}
