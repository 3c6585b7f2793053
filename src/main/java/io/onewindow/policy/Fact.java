package io.onewindow.policy;

/** The enterprise facts a policy rule may read, with their type and the Chinese name used in explanations. */
public enum Fact {
    INDUSTRY("行业代码", Type.TEXT, ""), SIZE_CLASS("企业规模", Type.TEXT, ""), REGION("注册地", Type.TEXT, ""),
    YEARS_SINCE_REGISTRATION("成立年限", Type.NUMBER, "年"), EMPLOYEES("从业人数", Type.NUMBER, "人"),
    REVENUE("营业收入", Type.NUMBER, "万元"), TAX_PAID("纳税额", Type.NUMBER, "万元"),
    RND_SPENDING("研发投入", Type.NUMBER, "万元"), EXPORT_VALUE("出口额", Type.NUMBER, "万元"),
    HIGH_TECH("高新技术企业", Type.BOOLEAN, ""), SPECIALIZED("专精特新企业", Type.BOOLEAN, ""),
    CREDIT_TIER("信用等级", Type.TEXT, ""), REGISTERED_ON("成立日期", Type.DATE, ""),
    TOTAL_ASSETS("资产总额", Type.NUMBER, "万元");

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

    /** Facts a department supplies (import or API); the others come from the registration record. */
    public boolean imported() {
        return switch (this) {
            case INDUSTRY, SIZE_CLASS, REGION, YEARS_SINCE_REGISTRATION, REGISTERED_ON -> false;
            default -> true;
        };
    }

    /** A fact by its enum name or its Chinese label ("从业人数"). */
    public static java.util.Optional<Fact> byName(String name) {
        for (Fact f : values()) {
            if (f.name().equals(name) || f.label.equals(name)) {
                return java.util.Optional.of(f);
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * Reads a supplied value: numbers (≥ 0, amounts in 万元), 是/否 or true/false, credit tiers A–D.
     *
     * @throws IllegalArgumentException with a Chinese message naming the fact
     */
    public Object parse(String raw) {
        String text = raw == null ? "" : raw.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException(label + "不能为空");
        }
        switch (type) {
            case NUMBER -> {
                // 9 integer and 6 decimal digits fit in 40 characters with separators; longer text is not parsed
                // at all (BigDecimal parsing is quadratic: a 1 MB number string took 49 s)
                if (text.length() > 40) {
                    throw new IllegalArgumentException(label + "应为不超过 9 位整数、6 位小数的数值，而不是长度为 "
                            + text.length() + " 的文字");
                }
                try {
                    java.math.BigDecimal number = new java.math.BigDecimal(text.replace(",", ""));
                    if (number.signum() < 0 || number.precision() - number.scale() > 9) {
                        throw new IllegalArgumentException(label + "应为不小于 0、不超过 9 位整数的数值，而不是“" + text + "”");
                    }
                    // at most 15 significant digits: bulk matching holds numbers as doubles and must read them exactly
                    if (number.stripTrailingZeros().scale() > 6) {
                        throw new IllegalArgumentException(label + "最多保留 6 位小数，而不是“" + text + "”");
                    }
                    if (this == EMPLOYEES && number.stripTrailingZeros().scale() > 0) {
                        throw new IllegalArgumentException("从业人数应为整数，而不是“" + text + "”");
                    }
                    return number;
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(label + "应为数值" + (unit.isEmpty() ? "" : "（" + unit + "）") + "，而不是“" + text + "”");
                }
            }
            case BOOLEAN -> {
                if (text.equals("是") || text.equalsIgnoreCase("true")) {
                    return Boolean.TRUE;
                }
                if (text.equals("否") || text.equalsIgnoreCase("false")) {
                    return Boolean.FALSE;
                }
                throw new IllegalArgumentException(label + "应为“是”或“否”，而不是“" + text + "”");
            }
            case DATE -> {
                try {
                    return java.time.LocalDate.parse(text);
                } catch (java.time.format.DateTimeParseException e) {
                    throw new IllegalArgumentException(label + "应为日期（如 2023-01-01），而不是“" + text + "”");
                }
            }
            default -> {
                if (this == CREDIT_TIER && !text.matches("[ABCD]")) {
                    throw new IllegalArgumentException("信用等级应为 A、B、C 或 D，而不是“" + text + "”");
                }
                if (text.length() > 100) {
                    throw new IllegalArgumentException(label + "不能超过 100 个字符");
                }
                return text;
            }
        }
    }
}
