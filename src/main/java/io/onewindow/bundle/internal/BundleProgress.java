package io.onewindow.bundle.internal;

import io.onewindow.casework.ApplicantNotice;
import io.onewindow.casework.BundleMembers;
import io.onewindow.casework.CaseApproved;
import io.onewindow.casework.CaseStatus;
import io.onewindow.casework.Cases;
import io.onewindow.identity.BirthRegistered;
import io.onewindow.identity.EnterpriseEstablished;
import io.onewindow.identity.Guardianships;
import io.onewindow.identity.Registrations;
import io.onewindow.notification.Notifications;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Moves a submitted bundle on as its members are decided: a member whose predecessors are all 准予 is submitted on
 * the applicant's behalf (they confirmed it with the bundle); one whose predecessor was refused is skipped, one whose
 * pre-check fails is held for the applicant to complete; one applied for the newborn becomes the child's application
 * once 出生登记 has registered the child (the guardian applies for the ward) — each with the reason, and the applicant told; when every member is finished, the bundle is 办结 and the
 * applicant gets one notice. Heard after each decision commits; a redelivered event changes nothing twice.
 */
@Component
class BundleProgress {

    private final BundleCaseRepository repository;
    private final BundleDefinitions definitions;
    private final BundleMembers members;
    private final Cases cases;
    private final Notifications notifications;
    private final Guardianships guardianships;
    private final Registrations registrations;

    BundleProgress(BundleCaseRepository repository, BundleDefinitions definitions, BundleMembers members, Cases cases,
            Notifications notifications, Guardianships guardianships, Registrations registrations) {
        this.registrations = registrations;
        this.guardianships = guardianships;
        this.repository = repository;
        this.definitions = definitions;
        this.members = members;
        this.cases = cases;
        this.notifications = notifications;
    }

    @ApplicationModuleListener
    void on(CaseApproved approved) {
        repository.bundleOfMember(approved.caseId()).ifPresent(this::advance);
    }

    /** Every other step of a member (不予受理, 不予许可, 一次性告知) reaches the applicant as a notice. */
    @ApplicationModuleListener
    void on(ApplicantNotice notice) {
        repository.bundleOfMember(notice.caseId()).ifPresent(this::advance);
    }

    /** The child 出生登记 registered: the members applied for the newborn can go now. */
    @ApplicationModuleListener
    void on(BirthRegistered born) {
        if (born.basisCaseId() != null) {
            repository.bundleOfMember(born.basisCaseId()).ifPresent(this::advance);
        }
    }

    /** The 市场主体 设立登记 registered: the members applied for it can go now. */
    @ApplicationModuleListener
    void on(EnterpriseEstablished established) {
        if (established.basisCaseId() != null) {
            repository.bundleOfMember(established.basisCaseId()).ifPresent(this::advance);
        }
    }

    void advance(UUID bundleCaseId) {
        BundleCaseRepository.BundleCase bundle = repository.lock(bundleCaseId).orElseThrow();
        if (!bundle.status().equals("SUBMITTED")) {
            return;
        }
        BundleDefinition d = definitions.byId(bundle.definitionId()).orElseThrow();
        List<BundleCaseRepository.MemberRow> rows = repository.members(bundleCaseId);
        Map<Integer, CaseStatus> status = new HashMap<>();
        rows.forEach(r -> status.put(r.position(), cases.find(r.caseId()).map(Cases.CaseInfo::status).orElse(CaseStatus.DRAFT)));
        for (BundleCaseRepository.MemberRow r : rows) {
            if (r.state().equals("HELD") && status.get(r.position()) != CaseStatus.DRAFT) {
                repository.memberState(bundleCaseId, r.position(), "SUBMITTED", null); // the applicant submitted it
                continue;
            }
            if (!r.state().equals("WAITING")) {
                continue;
            }
            List<Integer> before = d.member(r.position()).after().stream().filter(status::containsKey).toList();
            String itemName = d.member(r.position()).itemName();
            var refused = before.stream().filter(p -> isFinishedWithout(status.get(p))).findFirst();
            if (refused.isPresent()) {
                String why = "“" + d.member(refused.get()).itemName() + "”未获准予，“" + itemName + "”不再提交";
                repository.memberState(bundleCaseId, r.position(), "SKIPPED", why);
                notify(bundle, d, why + "。");
            } else if (before.stream().allMatch(p -> status.get(p) == CaseStatus.APPROVED)) {
                if (d.member(r.position()).forNewborn()) {
                    var child = rows.stream().map(x -> guardianships.registeredBy(x.caseId())).flatMap(Optional::stream).findFirst();
                    if (child.isEmpty()) {
                        continue; // 出生登记 decided, the child not registered yet: BirthRegistered brings us back
                    }
                    members.handToWard(r.caseId(), child.get().id());
                }
                if (d.member(r.position()).forNewEnterprise()) {
                    var firm = rows.stream().map(x -> registrations.establishedBy(x.caseId())).flatMap(Optional::stream).findFirst();
                    if (firm.isEmpty()) {
                        continue; // 设立登记 decided, not registered yet: EnterpriseEstablished brings us back
                    }
                    members.handToEnterprise(r.caseId(), firm.get().id());
                }
                var failure = members.submitOnBehalf(r.caseId(), "一件事一次办（" + d.name() + "）");
                if (failure.isPresent()) {
                    hold(bundle, d, r, "“" + itemName + "”未能自动提交：" + failure.get() + "。请打开该事项补充后提交");
                } else {
                    repository.memberState(bundleCaseId, r.position(), "SUBMITTED", null);
                    status.put(r.position(), cases.find(r.caseId()).map(Cases.CaseInfo::status).orElseThrow());
                }
            }
        }
        boolean allDone = repository.members(bundleCaseId).stream().allMatch(r -> r.state().equals("SKIPPED")
                || finished(status.get(r.position())));
        if (allDone && repository.finished(bundleCaseId)) {
            mailIfChosen(bundleCaseId);
            long approvedCount = status.values().stream().filter(s -> s == CaseStatus.APPROVED).count();
            notify(bundle, d, "您申请的“" + d.name() + "”已全部办结：" + approvedCount + " 项准予，共 " + rows.size()
                    + " 项。办理结果中的电子证照已放入“我的证照”，请在“一件事”页面查看各事项结果。");
        }
    }

    /** 结果统一送达, once the bundle is 办结: a MAIL choice marks every result still at a window for one mailing. */
    void mailIfChosen(UUID bundleCaseId) {
        BundleCaseRepository.Delivery choice = repository.delivery(bundleCaseId);
        if (!"MAIL".equals(choice.method())) {
            return;
        }
        List<UUID> memberCases = repository.members(bundleCaseId).stream().map(BundleCaseRepository.MemberRow::caseId)
                .filter(java.util.Objects::nonNull).toList();
        members.mailTogether(memberCases, choice.address(), "一件事合并邮寄，共 " + memberCases.size() + " 件，编号尾号 "
                + bundleCaseId.toString().substring(0, 8));
    }

    private void hold(BundleCaseRepository.BundleCase bundle, BundleDefinition d, BundleCaseRepository.MemberRow r,
            String why) {
        repository.memberState(bundle.id(), r.position(), "HELD", why);
        notify(bundle, d, why + "。");
    }

    private void notify(BundleCaseRepository.BundleCase bundle, BundleDefinition d, String message) {
        notifications.send(new Notifications.Notice(bundle.accountId(), null, null, "BUNDLE_PROGRESS",
                Map.of("bundle", d.name(), "message", message), bundle.id().toString()));
    }

    private static boolean finished(CaseStatus s) {
        return s == CaseStatus.APPROVED || s == CaseStatus.DENIED || s == CaseStatus.REJECTED;
    }

    private static boolean isFinishedWithout(CaseStatus s) {
        return s == CaseStatus.DENIED || s == CaseStatus.REJECTED;
    }
}
