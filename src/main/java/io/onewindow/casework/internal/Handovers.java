package io.onewindow.casework.internal;

import io.onewindow.audit.AuditLog;
import io.onewindow.casework.CaseStatus;
import io.onewindow.casework.CaseworkErrorCode;
import io.onewindow.catalog.FormField;
import io.onewindow.identity.Citizen;
import io.onewindow.identity.Enterprise;
import io.onewindow.identity.Guardianships;
import io.onewindow.identity.People;
import io.onewindow.platform.OneWindowException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A bundle member drafted for the person who applied becomes the application of someone the decision before it
 * created: the newborn 出生登记 registered (the parent as 监护人) or the 市场主体 设立登记 registered (the founder as its
 * 经营者/法定代表人). The former applicant becomes the agent; no 授权委托书 is needed, the standing is on record.
 */
@Service
class Handovers {

    private final CaseRepository cases;
    private final Applications applications;
    private final Applicants applicants;
    private final Guardianships guardianships;
    private final People people;
    private final AuditLog auditLog;

    Handovers(CaseRepository cases, Applications applications, Applicants applicants, Guardianships guardianships,
            People people, AuditLog auditLog) {
        this.cases = cases;
        this.applications = applications;
        this.applicants = applicants;
        this.guardianships = guardianships;
        this.people = people;
        this.auditLog = auditLog;
    }

    @Transactional
    public void toWard(UUID caseId, UUID wardId) {
        CaseRecord c = draft(caseId);
        if (c == null || c.applicantId().equals(wardId)) {
            return;
        }
        if (!guardianships.isGuardian(c.applicantId(), wardId)) {
            throw new OneWindowException(CaseworkErrorCode.CASE_FORBIDDEN, "只有监护人可以为其被监护人申请");
        }
        Citizen ward = people.citizen(wardId).orElseThrow(CaseAccess::notFound);
        String masked = ward.maskedIdNumber();
        handOver(c, new Applicant("CITIZEN", wardId, ward.name(), masked.substring(masked.length() - 4), null),
                "出生登记已办结，申请人为新生儿" + ward.name() + "（" + masked + "），由监护人" + c.applicantName() + "代为申请",
                "GUARDIAN");
    }

    @Transactional
    public void toEnterprise(UUID caseId, UUID enterpriseId) {
        CaseRecord c = draft(caseId);
        if (c == null || c.applicantId().equals(enterpriseId)) {
            return;
        }
        if (people.representedBy(c.applicantId()).stream().noneMatch(e -> e.id().equals(enterpriseId))) {
            throw new OneWindowException(CaseworkErrorCode.CASE_FORBIDDEN, "只有经营者（法定代表人）可以为其市场主体申请");
        }
        Enterprise e = people.enterprise(enterpriseId).orElseThrow(CaseAccess::notFound);
        String code = e.creditCode();
        handOver(c, new Applicant("ENTERPRISE", enterpriseId, e.name(), code.substring(code.length() - 4),
                people.accountOf(enterpriseId).orElse(null)), "设立登记已办结，申请人为" + e.name() + "（" + code + "），由"
                + c.applicantName() + "以经营者（法定代表人）身份代为申请", "REPRESENTATIVE");
    }

    private CaseRecord draft(UUID caseId) {
        CaseRecord c = cases.find(caseId).orElseThrow(CaseAccess::notFound);
        return c.status() == CaseStatus.DRAFT ? c : null;
    }

    /**
     * The new applicant's profile fills what the form left blank (智能预填), and its verified identity fields (the
     * enterprise's name, credit code, representative) whatever they held.
     */
    private void handOver(CaseRecord c, Applicant to, String note, String standing) {
        cases.handOver(c.id(), to, c.applicantAccount(), c.applicantName());
        var guide = applications.guideOf(c);
        Map<String, String> prefilled = applicants.prefill(guide, to, null);
        Map<String, String> form = new LinkedHashMap<>(c.form());
        var verified = Applications.verifiedFields(guide, to.kind()); // identity on record, whatever was typed
        for (FormField f : guide.form()) {
            String value = form.get(f.key());
            String fresh = prefilled.get(f.key());
            if ((verified.contains(f.key()) || value == null || value.isBlank()) && fresh != null && !fresh.isBlank()) {
                form.put(f.key(), fresh);
            }
        }
        cases.updateForm(c.id(), form);
        cases.event(c.id(), c.applicantName(), "APPLICANT_CHANGED", note);
        auditLog.record("CASE_APPLICANT_CHANGED", "casework.case", c.id().toString(),
                Map.of("applicantId", c.applicantId(), "kind", c.applicantKind()),
                Map.of("applicantId", to.id(), "kind", to.kind(), "agent", standing));
    }
}
