package io.onewindow.bundle.internal;

import java.util.List;
import java.util.UUID;

/**
 * A published version of a 一件事: its members are catalogue items (by code, with the name they had when the
 * bundle was published), each applying always or under a condition, and waiting for the members named in
 * {@code after}. {@code offer} is null for a bundle the platform does not offer by itself.
 */
public record BundleDefinition(UUID id, String code, int version, String name, Kind kind, String event, String summary,
        String basis, String jointResult, Offer offer, List<Member> members) {

    /**
     * 主动服务: when the member at {@code afterPosition} is 准予 on its own, the rest is offered with this message; or,
     * with {@code afterPosition} null, when the platform hears {@code onEvent} (ENTERPRISE_REGISTERED, RETIREMENT_DUE).
     */
    public record Offer(Integer afterPosition, String onEvent, String message) {

        public static final java.util.Set<String> EVENTS = java.util.Set.of("ENTERPRISE_REGISTERED", "RETIREMENT_DUE");
    }

    /** 个人 life events and 企业 business events. */
    public enum Kind {
        LIFE("个人一件事"), BUSINESS("企业一件事");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * @param after positions of the members whose result this one waits for
     * @param forNewborn applied for the child once 出生登记 has registered them (the guardian applies for the ward)
     * @param forNewEnterprise applied for the 市场主体 once 设立登记 has registered it (the founder as its 经营者)
     */
    public record Member(int position, String itemCode, String itemName, String condition, List<Integer> after,
            boolean forNewborn, boolean forNewEnterprise) {

        public boolean conditional() {
            return condition != null && !condition.isBlank();
        }
    }

    public Member member(int position) {
        return members.stream().filter(m -> m.position() == position).findFirst().orElseThrow();
    }
}
