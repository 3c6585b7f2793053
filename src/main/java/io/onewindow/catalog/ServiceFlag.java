package io.onewindow.catalog;

/** Service flags; the plan's 2023 targets (task 9, task 14) are counted on these. */
public enum ServiceFlag {
    INSTANT_APPROVAL("秒批秒办", 100),
    IMMEDIATE("即办件", 0),
    ZERO_MATERIAL("零材料办", 50),
    ONE_LICENSE("一证一照办", 100),
    CITYWIDE("全市通办", 0),
    PROVINCEWIDE("省内通办", 50),
    CROSS_PROVINCE("跨省通办（川渝通办）", 0),
    MOBILE("掌上办", 100),
    COMPREHENSIVE_WINDOW("综合窗口受理", 0);

    private final String label;
    private final int target2023;

    ServiceFlag(String label, int target2023) {
        this.label = label;
        this.target2023 = target2023;
    }

    public String label() {
        return label;
    }

    /** The work plan's target number of items for 2023, or 0 when the plan sets none. */
    public int target2023() {
        return target2023;
    }
}
