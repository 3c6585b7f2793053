package io.onewindow.casework.internal;

import io.onewindow.audit.AuditLog;
import io.onewindow.casework.ApplicantNotice;
import io.onewindow.casework.CaseStatus;
import io.onewindow.casework.CaseworkErrorCode;
import io.onewindow.casework.Channel;
import io.onewindow.catalog.Catalog;
import io.onewindow.catalog.FormField;
import io.onewindow.catalog.ItemVersion;
import io.onewindow.catalog.ServiceGuide;
import io.onewindow.identity.AccountKind;
import io.onewindow.identity.CurrentUser;
import io.onewindow.identity.CurrentUsers;
import io.onewindow.identity.Role;
import io.onewindow.platform.ChinaTime;
import io.onewindow.platform.City;
import io.onewindow.platform.OneWindowException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applying: online by the applicant, or at any hall's 综合窗口 by a clerk on the applicant's behalf. Both make the
 * same case under the item's current published version, routed to the competent department.
 */
@Service
public class Applications {


    private final CaseRepository cases;
    private final MaterialRepository materials;
    private final FileStore files;
    private final Catalog catalog;
    private final Applicants applicants;
    private final CaseAccess access;
    private final ApplicationEventPublisher events;
    private final AuditLog auditLog;
    private final Approvals approvals;

    private final City city;
    private final Reissues reissues;
    private final MaterialSources sources;

    Applications(CaseRepository cases, MaterialRepository materials, FileStore files, Catalog catalog,
            Applicants applicants, CaseAccess access, ApplicationEventPublisher events, AuditLog auditLog, Approvals approvals,
            City city, Reissues reissues, MaterialSources sources) {
        this.reissues = reissues;
        this.sources = sources;
        this.city = city;
        this.cases = cases;
        this.materials = materials;
        this.files = files;
        this.catalog = catalog;
        this.applicants = applicants;
        this.access = access;
        this.events = events;
        this.auditLog = auditLog;
        this.approvals = approvals;
    }

    /**
     * 网上申请: the applicant's open draft for the item, or a new one with the form prefilled (智能预填).
     *
     * @param principal for 代理申请: the ID number or credit code of the person or enterprise applied for, who must
     *                  be registered; the case then needs a 授权委托书. {@code null} to apply for oneself.
     */
    @Transactional
    public UUID startOnline(String itemCode, String principal, String reissue) {
        CurrentUser user = CurrentUsers.current().orElseThrow(CaseAccess::notFound);
        if (user.kind() == AccountKind.STAFF || user.partyId() == null) {
            throw invalid("请使用个人或法人账号在网上申请；工作人员请在“综合窗口受理”中代为申请");
        }
        boolean agent = principal != null && !principal.isBlank();
        Applicant applicant = agent ? applicants.identify(principal) : applicants.of(user);
        if (agent && applicant.id().equals(user.partyId())) {
            throw invalid("为本人申请无需代理，请直接在线申请");
        }
        ItemVersion item = published(itemCode);
        var held = agent ? Optional.<io.onewindow.casework.HeldLicenses.HeldLicense>empty() : reissues.heldResult(itemCode);
        reissues.requireReason(held, reissue);
        Optional<UUID> open = cases.openDraft(user.accountId(), applicant.id(), itemCode).map(CaseRecord::id);
        if (open.isPresent()) {
            return open.get();
        }
        UUID id = createDraft(item, applicant, user, Channel.ONLINE, null, agent);
        held.ifPresent(h -> cases.event(id, user.displayName(), "REISSUE", "申请" + reissue + "，原证“" + h.typeName()
                + "”（编号 " + h.number() + "）将在新证签发后作废"));
        return id;
    }

    /** For each prefilled field of the case's form, where its value came from, in words (e.g. 电子证照“营业执照”). */
    public Map<String, String> prefillSources(CaseRecord c, ServiceGuide g) {
        Applicant applicant = new Applicant(c.applicantKind(), c.applicantId(), c.applicantName(), c.applicantTail(),
                c.applicantAccount());
        Map<String, String> sources = new LinkedHashMap<>();
        for (FormField f : g.form()) {
            String value = c.form().get(f.key());
            String source = value == null || value.isBlank() ? null : applicants.sourceOf(f.prefill(), applicant);
            if (source != null) {
                sources.put(f.key(), source);
            }
        }
        return sources;
    }

    /** 前台综合受理: a clerk at any hall's 综合窗口 starts an application for an identified applicant. */
    @Transactional
    public UUID startAtWindow(String itemCode, String idNumberOrCreditCode) {
        CurrentUser clerk = CurrentUsers.current().filter(u -> u.has(Role.WINDOW_CLERK) && u.hallId() != null)
                .orElseThrow(() -> new OneWindowException(CaseworkErrorCode.CASE_FORBIDDEN, "只有大厅窗口人员可以代为受理"));
        ItemVersion item = published(itemCode);
        Applicant applicant = applicants.identify(idNumberOrCreditCode);
        return createDraft(item, applicant, clerk, Channel.WINDOW, clerk.hallId(), false);
    }

    UUID createDraft(ItemVersion item, Applicant applicant, CurrentUser actor, Channel channel, String hall,
            boolean agent) {
        UUID id = UUID.randomUUID();
        ServiceGuide g = item.guide();
        cases.insert(new CaseRecord(id, null, item.code(), item.version(), g.departmentId(), g.regionId(), channel,
                applicant.kind(), applicant.id(), applicant.name(), applicant.tail(), applicant.account(),
                actor.accountId(), hall, applicants.prefill(g, applicant, actor), CaseStatus.DRAFT, List.of(), null, null, null, null,
                null, null, null, g.statutoryDays(), g.promisedDays(), 0, agent ? actor.accountId() : null,
                agent ? actor.displayName() : null));
        cases.event(id, actor.displayName(), "CREATED", channel.label() + "，事项第 " + item.version() + " 版"
                + (agent ? "，" + actor.displayName() + " 代理申请" : ""));
        auditLog.record("CASE_CREATED", "casework.case", id.toString(), null,
                Map.of("item", item.code(), "version", item.version(), "channel", channel.name()));
        return id;
    }

    /** Keeps only the item's own fields; verified identity fields keep their prefilled value whatever is posted. */
    @Transactional
    public void saveForm(UUID caseId, Map<String, String> posted) {
        CaseRecord c = editable(caseId);
        ServiceGuide g = guideOf(c);
        Map<String, String> form = new LinkedHashMap<>();
        Set<String> verified = verifiedFields(g, c.applicantKind());
        for (FormField f : g.form()) {
            // verified identity stays as prefilled; a field not posted at all keeps its saved value
            String value = verified.contains(f.key()) || !posted.containsKey(f.key()) ? c.form().get(f.key()) : posted.get(f.key());
            if (value != null && value.length() > PreCheck.MAX_VALUE_LENGTH) {
                throw invalid("“" + f.label() + "”不能超过 " + PreCheck.MAX_VALUE_LENGTH + " 个字");
            }
            form.put(f.key(), value == null ? "" : value.strip());
        }
        cases.updateForm(caseId, form);
    }

    /** 智能预审 of the case as it stands. */
    @Transactional(readOnly = true)
    public List<PreCheck.Finding> preCheck(UUID caseId) {
        CaseRecord c = access.visible(caseId);
        return preCheck(c, guideOf(c));
    }

    List<PreCheck.Finding> preCheck(CaseRecord c, ServiceGuide g) {
        return preCheck(c, g, sources.linkedLicenses(c, g));
    }

    List<PreCheck.Finding> preCheck(CaseRecord c, ServiceGuide g,
            Map<Integer, io.onewindow.casework.HeldLicenses.HeldLicense> licenses) {
        Set<Integer> uploaded = uploadedIndexes(c);
        List<PreCheck.Finding> findings = new java.util.ArrayList<>(PreCheck.run(g, c.form(), uploaded,
                verifiedFields(g, c.applicantKind()), licenses, sources.shared(c.id()), ChinaTime.today()));
        if (!uploaded.contains(CaseRecord.POWER_OF_ATTORNEY) && access.needsPowerOfAttorney(c)) {
            findings.add(new PreCheck.Finding(true, "material:" + CaseRecord.POWER_OF_ATTORNEY,
                    "代理申请须上传申请人签署的授权委托书"));
        }
        return findings;
    }

    Set<Integer> uploadedIndexes(CaseRecord c) {
        return materials.ofCase(c.id()).stream().map(MaterialRepository.Upload::materialIndex).collect(Collectors.toSet());
    }

    /**
     * Before {@link #submit}, outside any transaction: the 部门共享 materials are fetched (again, for those that failed
     * before), so no provider is waited for while a database connection is held.
     */
    public void prepareSubmission(UUID caseId) {
        CaseRecord c = access.visible(caseId);
        if (c.editableByApplicant()) {
            sources.fetchShared(c, guideOf(c), uploadedIndexes(c), true);
        }
    }

    /**
     * Submits a draft (or resubmits after 补正). Pressing twice with the same key gives the same case; a failed
     * pre-check leaves the case as it was and lists every finding.
     */
    @Transactional
    public CaseRecord submit(UUID caseId, String idempotencyKey) {
        CaseRecord c = access.visible(caseId);
        CurrentUser user = CurrentUsers.current().orElseThrow();
        if (!access.isApplicantSide(user, c)) {
            throw CaseAccess.notFound();
        }
        return submitAs(c, user.displayName(), idempotencyKey);
    }

    /**
     * The submission itself: by the applicant, or by the platform for a bundle member the applicant confirmed in
     * the bundle and that waited for another member's result ({@code actor} names who, for the case history).
     */
    CaseRecord submitAs(CaseRecord c, String actor, String idempotencyKey) {
        UUID caseId = c.id();
        if (c.status() == CaseStatus.SUBMITTED && idempotencyKey != null && idempotencyKey.equals(c.idempotencyKey())) {
            return c;
        }
        if (!c.editableByApplicant()) {
            throw new OneWindowException(CaseworkErrorCode.CASE_WRONG_STATE, "该办件已提交（" + c.status().label() + "），不能重复提交");
        }
        Map<Integer, io.onewindow.casework.HeldLicenses.HeldLicense> licenses = sources.linkedLicenses(c, guideOf(c));
        // fetched by prepareSubmission before this transaction; here only what is still missing (never waited for twice)
        var sharedMaterials = sources.fetchShared(c, guideOf(c), uploadedIndexes(c), false);
        List<PreCheck.Finding> findings = preCheck(c, guideOf(c), licenses);
        if (!PreCheck.passes(findings)) {
            throw new OneWindowException(CaseworkErrorCode.CASE_PRECHECK_FAILED, findings.stream()
                    .filter(PreCheck.Finding::blocking).map(PreCheck.Finding::message).collect(Collectors.joining("；")));
        }
        boolean resubmit = c.status() == CaseStatus.CORRECTION_REQUIRED;
        Map<String, Object> columns = new HashMap<>();
        columns.put("idempotency_key", idempotencyKey);
        columns.put("submitted_at", ChinaTime.now());
        if (!resubmit) {
            columns.put("number", cases.nextNumber(regionCode(c), ChinaTime.today()));
        }
        if (!cases.transition(c, c.status(), CaseStatus.SUBMITTED, columns)) {
            CaseRecord now = cases.find(caseId).orElseThrow();
            if (now.status() == CaseStatus.SUBMITTED && idempotencyKey != null && idempotencyKey.equals(now.idempotencyKey())) {
                return now;
            }
            throw new OneWindowException(CaseworkErrorCode.CASE_WRONG_STATE, "办件状态已变化，请刷新后重试");
        }
        CaseRecord submitted = cases.find(caseId).orElseThrow();
        cases.event(caseId, actor, resubmit ? "RESUBMITTED" : "SUBMITTED",
                resubmit ? "补正后重新提交" : "提交申请，办件编号 " + submitted.number());
        auditLog.record(resubmit ? "CASE_RESUBMITTED" : "CASE_SUBMITTED", "casework.case", caseId.toString(),
                Map.of("status", c.status().name()), Map.of("status", "SUBMITTED", "number", submitted.number()));
        events.publishEvent(new ApplicantNotice(submitted.id(), "您的“" + guideOf(submitted).name() + "”申请已提交，办件编号 " + submitted.number()
                + "，等待" + "部门受理。"));
        if (Approvals.isInstant(catalog.version(c.itemCode(), c.itemVersion()).orElseThrow())) {
            approvals.acceptInstantly(submitted, findings, licenses, sharedMaterials);
            return cases.find(caseId).orElseThrow();
        }
        return submitted;
    }

    /**
     * Fields whose value is the applicant's verified identity (a citizen's name and ID number, an enterprise's name
     * and credit code): shown, never editable, not re-checked.
     */
    public static Set<String> verifiedFields(ServiceGuide g, String applicantKind) {
        Set<String> sources = "CITIZEN".equals(applicantKind) ? Set.of("profile.name", "profile.idNumber")
                : Set.of("enterprise.name", "enterprise.creditCode");
        return g.form().stream().filter(f -> f.prefill() != null && sources.contains(f.prefill()))
                .map(FormField::key).collect(Collectors.toSet());
    }

    CaseRecord editable(UUID caseId) {
        CaseRecord c = access.visible(caseId);
        CurrentUser user = CurrentUsers.current().orElseThrow();
        if (!access.isApplicantSide(user, c)) {
            throw CaseAccess.notFound();
        }
        if (!c.editableByApplicant()) {
            throw new OneWindowException(CaseworkErrorCode.CASE_WRONG_STATE, "办件已提交（" + c.status().label() + "），不能修改");
        }
        return c;
    }

    ServiceGuide guideOf(CaseRecord c) {
        return catalog.version(c.itemCode(), c.itemVersion()).map(ItemVersion::guide).orElseThrow();
    }

    ItemVersion published(String itemCode) {
        return catalog.published(itemCode == null ? "" : itemCode.strip()).orElseThrow(() -> invalid("事项不存在或尚未发布"));
    }

    /** The region part of a case number: the item's county, or the city for city-level items. */
    String regionCode(CaseRecord c) {
        return c.regionId().matches("\\d{6}") ? c.regionId() : city.regionCode();
    }

    static OneWindowException invalid(String detail) {
        return new OneWindowException(CaseworkErrorCode.CASE_INVALID_INPUT, detail);
    }
}
