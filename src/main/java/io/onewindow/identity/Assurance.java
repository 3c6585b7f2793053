package io.onewindow.identity;

/**
 * How far an enterprise's registration is vouched for (身份核验等级). Money (免申即享) goes only to enterprises the
 * registration authority's data or a window clerk vouches for, never to a self-declared registration alone.
 */
public enum Assurance {
    /** Loaded from the registration authority's records (登记机关数据). */
    REGISTRY("登记机关数据"),
    /** Self-registered, then checked against the 营业执照 and the legal representative at a window (窗口核验). */
    WINDOW("窗口核验"),
    /** Self-registered online, nobody has checked it yet (自主申报). */
    SELF("自主申报，未核验");

    private final String label;

    Assurance(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean verified() {
        return this != SELF;
    }
}
