package io.onewindow.identity;

/** Who a case, a licence or a rating is about: a natural person (个人) or an enterprise or other legal person (法人). */
public enum PartyKind {
    CITIZEN("个人"), ENTERPRISE("法人");

    private final String label;

    PartyKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
