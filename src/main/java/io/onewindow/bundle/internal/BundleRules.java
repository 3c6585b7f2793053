package io.onewindow.bundle.internal;

import io.onewindow.bundle.internal.BundleCases.MemberView;
import io.onewindow.bundle.internal.BundleCases.View;
import io.onewindow.casework.CaseStatus;
import io.onewindow.catalog.Audience;
import io.onewindow.catalog.ServiceGuide;
import io.onewindow.identity.AccountKind;
import java.util.List;
import java.util.Set;

/** The rules of a bundle application that read only its definition and members: who applies, what goes now. */
final class BundleRules {

    private BundleRules() {
    }

    /** The one kind of account that applies for every member, or null when they differ (设立 then the new 企业). */
    static AccountKind applicantKind(BundleGuide guide) {
        Set<AccountKind> kinds = new java.util.HashSet<>();
        for (var entry : guide.members().entrySet()) {
            if (guide.definition().member(entry.getKey()).forNewEnterprise()) {
                continue; // the founder applies for it, as the new 市场主体's 经营者
            }
            ServiceGuide g = entry.getValue();
            // 设立登记 is applied for by the person who founds the business
            boolean establishes = "营业执照".equals(g.resultLicenseType()) && g.lifeEvents().contains("设立");
            kinds.add(g.audience() == Audience.CITIZEN || establishes ? AccountKind.CITIZEN : AccountKind.ENTERPRISE);
        }
        return kinds.size() == 1 ? kinds.iterator().next() : null;
    }

    /** A member's fields its applicant's registration fills (enterprise.name, …): blank until 设立登记 registers it. */
    static Set<String> firmFields(MemberView m, View v) {
        return v.guide().members().get(m.definition().position()).form().stream()
                .filter(f -> f.prefill() != null && f.prefill().startsWith("enterprise."))
                .map(io.onewindow.catalog.FormField::key).collect(java.util.stream.Collectors.toSet());
    }

    /** The members still drafts (not a member decided on its own before it joined the bundle). */
    static List<MemberView> drafts(View v) {
        return v.members().stream().filter(m -> m.state().equals("DRAFT")).toList();
    }

    /** Sent now: every predecessor in this application is already 准予 (or there is none). */
    static boolean ready(MemberView m, View v) {
        return waitsFor(m, v).stream().allMatch(p -> v.members().stream().anyMatch(x -> x.definition().position() == p
                && x.member().status() == CaseStatus.APPROVED));
    }

    /** The members of this application a member waits for (predecessors the applicant's situation left out do not count). */
    static List<Integer> waitsFor(MemberView m, View v) {
        return m.definition().after().stream()
                .filter(p -> v.members().stream().anyMatch(x -> x.definition().position() == p)).toList();
    }
}
