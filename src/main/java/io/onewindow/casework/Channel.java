package io.onewindow.casework;

/** The door an application came in by; every channel follows the same standard (线上线下无差别受理). */
public enum Channel {
    ONLINE("网上申请"), WINDOW("窗口受理"), MOBILE("掌上办"), KIOSK("自助终端");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
