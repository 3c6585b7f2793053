package io.onewindow.identity;

public enum AccountKind {
    STAFF("工作人员"), CITIZEN("个人"), ENTERPRISE("法人");

    private final String label;

    AccountKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
