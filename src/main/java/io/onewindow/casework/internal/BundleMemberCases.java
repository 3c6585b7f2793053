package io.onewindow.casework.internal;

import io.onewindow.audit.AuditLog;
import io.onewindow.casework.BundleMembers;
import io.onewindow.casework.CaseStatus;
import io.onewindow.casework.Channel;
import io.onewindow.catalog.Material;
import io.onewindow.catalog.ServiceGuide;
import io.onewindow.identity.AccountKind;
import io.onewindow.identity.CurrentUser;
import io.onewindow.identity.CurrentUsers;
import io.onewindow.platform.OneWindowException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** casework's side of 一件事一次办: each member is an ordinary case, reached through the same services as any. */
@Service
class BundleMemberCases implements BundleMembers {

    private final Applications applications;
    private final Materials materials;
    private final MaterialRepository uploads;
    private final CaseRepository cases;
    private final CaseAccess access;
    private final AcceptanceDecisions decisions;
    private final MaterialSources sources;
    private final Applicants applicants;
    private final Handovers handovers;
    private final AuditLog auditLog;
    private final OutcomeRepository outcomes;

    BundleMemberCases(Applications applications, Materials materials, MaterialRepository uploads, CaseRepository cases,
            CaseAccess access, AcceptanceDecisions decisions, MaterialSources sources, Applicants applicants,
            Handovers handovers, AuditLog auditLog, OutcomeRepository outcomes) {
        this.outcomes = outcomes;
        this.handovers = handovers;
        this.auditLog = auditLog;
        this.applicants = applicants;
        this.applications = applications;
        this.materials = materials;
        this.uploads = uploads;
        this.cases = cases;
        this.access = access;
        this.decisions = decisions;
        this.sources = sources;
    }

    @Override
    @Transactional
    public UUID draft(String itemCode) {
        // a fresh draft even beside an open one of the same item: the member belongs to this bundle alone
        CurrentUser user = CurrentUsers.current().orElseThrow(CaseAccess::notFound);
        if (user.kind() == AccountKind.STAFF || user.partyId() == null) {
            throw Applications.invalid("请使用个人或法人账号在网上申请");
        }
        return applications.createDraft(applications.published(itemCode), applicants.of(user), user, Channel.ONLINE,
                null, false);
    }

    @Override
    public UUID draftAtWindow(String itemCode, String idNumberOrCreditCode) {
        return applications.startAtWindow(itemCode, idNumberOrCreditCode);
    }

    @Override
    public void handToWard(UUID caseId, UUID wardId) {
        handovers.toWard(caseId, wardId);
    }

    @Override
    public void handToEnterprise(UUID caseId, UUID enterpriseId) {
        handovers.toEnterprise(caseId, enterpriseId);
    }

    @Override
    @Transactional
    public int mailTogether(List<UUID> caseIds, String address, String note) {
        int marked = 0;
        for (UUID id : caseIds) {
            if (outcomes.chooseMail(id, address + "（" + note + "）") == 1) {
                cases.event(id, "系统", "DELIVERY_MAIL", "一件事一次办：结果合并邮寄（" + note + "）");
                auditLog.record("CASE_DELIVERY_MAIL", "casework.case", id.toString(), null, Map.of("method", "MAIL", "joint", true));
                marked++;
            }
        }
        return marked;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Member> view(UUID caseId) {
        CaseRecord c = cases.find(caseId).orElse(null);
        if (c == null || !CurrentUsers.current().map(u -> access.canSee(u, c)).orElse(false)) {
            return Optional.empty();
        }
        return Optional.of(member(c));
    }

    @Override
    public void fill(UUID caseId, Map<String, String> values) {
        applications.saveForm(caseId, values);
    }

    @Override
    public void upload(UUID caseId, int materialIndex, String fileName, byte[] content) {
        materials.upload(caseId, materialIndex, fileName, content);
    }

    @Override
    public void fetchShared(UUID caseId) {
        applications.prepareSubmission(caseId);
    }

    @Override
    public List<Problem> problems(UUID caseId) {
        return applications.preCheck(caseId).stream().filter(PreCheck.Finding::blocking)
                .map(f -> {
                    boolean material = f.field() != null && f.field().startsWith("material:");
                    return new Problem(material, material ? null : f.field(), f.message());
                }).toList();
    }

    @Override
    public Member submit(UUID caseId, String idempotencyKey) {
        return member(applications.submit(caseId, idempotencyKey));
    }

    @Override
    @Transactional
    public Optional<String> submitOnBehalf(UUID caseId, String actor) {
        CaseRecord c = cases.find(caseId).orElseThrow();
        if (!c.editableByApplicant()) {
            return Optional.empty(); // already submitted (by the applicant, or a redelivered event)
        }
        ServiceGuide g = applications.guideOf(c);
        sources.fetchShared(c, g, applications.uploadedIndexes(c), true);
        try {
            applications.submitAs(c, actor, "bundle-" + caseId);
            return Optional.empty();
        } catch (OneWindowException e) {
            return Optional.of(e.getMessage());
        }
    }

    private Member member(CaseRecord c) {
        ServiceGuide g = applications.guideOf(c);
        Map<Integer, String> files = uploads.ofCase(c.id()).stream().collect(Collectors.toMap(
                MaterialRepository.Upload::materialIndex, MaterialRepository.Upload::fileName, (a, b) -> a + "、" + b));
        List<Slot> slots = new ArrayList<>();
        for (int i = 0; i < g.materials().size(); i++) {
            Material m = g.materials().get(i);
            String source = m.source() == Material.Source.APPLICANT || m.sourceRef() == null ? m.source().label()
                    : m.source().label() + "：" + m.sourceRef();
            slots.add(new Slot(i, m.name(), m.required(), m.condition(), source, files.get(i)));
        }
        var clock = decisions.clock(c);
        return new Member(c.id(), c.number(), c.itemCode(), g.name(), c.departmentId(), c.applicantKind(),
                c.applicantId(), c.status(), c.form(),
                Applications.verifiedFields(g, c.applicantKind()), slots,
                clock.map(k -> k.statutoryDue()).orElse(null), clock.map(k -> k.promisedDue()).orElse(null),
                clock.map(k -> k.light() == io.onewindow.casework.ClockState.Light.PAUSED).orElse(false)
                        || c.status() == CaseStatus.CORRECTION_REQUIRED);
    }
}
