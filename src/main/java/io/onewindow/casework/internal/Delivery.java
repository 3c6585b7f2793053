package io.onewindow.casework.internal;

import io.onewindow.audit.AuditLog;
import io.onewindow.casework.ApplicantNotice;
import io.onewindow.casework.CaseworkErrorCode;
import io.onewindow.identity.CurrentUser;
import io.onewindow.identity.CurrentUsers;
import io.onewindow.identity.Role;
import io.onewindow.organization.HallId;
import io.onewindow.organization.Organization;
import io.onewindow.platform.Inputs;
import io.onewindow.platform.OneWindowException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 统一窗口出件: a decided case goes out through the window of the hall that took it in (online cases: the hall of
 * the competent department's region), by mail, or electronically; the applicant is told each step.
 */
@Service
public class Delivery {

    private final CaseRepository cases;
    private final OutcomeRepository outcomes;
    private final CaseAccess access;
    private final Organization organization;
    private final ApplicationEventPublisher events;
    private final AuditLog auditLog;

    Delivery(CaseRepository cases, OutcomeRepository outcomes, CaseAccess access, Organization organization,
            ApplicationEventPublisher events, AuditLog auditLog) {
        this.cases = cases;
        this.outcomes = outcomes;
        this.access = access;
        this.organization = organization;
        this.events = events;
        this.auditLog = auditLog;
    }

    /** Cases ready at the current clerk's hall. */
    public List<CaseRecord> readyHere() {
        CurrentUser clerk = CurrentUsers.current().orElseThrow();
        if (clerk.hallId() == null) {
            return List.of();
        }
        String region = organization.hall(new HallId(clerk.hallId())).map(h -> h.regionId()).orElse("");
        return cases.findAll(outcomes.readyAt(clerk.hallId(), region));
    }

    /** The applicant asks for the result by mail. */
    @Transactional
    public void chooseMail(UUID caseId, String address) {
        CaseRecord c = access.visible(caseId);
        if (!access.isApplicantSide(CurrentUsers.current().orElseThrow(), c)) {
            throw CaseAccess.notFound();
        }
        String a = Inputs.required(address, "邮寄地址", 200, CaseworkErrorCode.CASE_INVALID_INPUT);
        if (outcomes.chooseMail(caseId, a) != 1) {
            throw new OneWindowException(CaseworkErrorCode.CASE_WRONG_STATE, "结果尚未作出或已送达");
        }
        cases.event(caseId, CurrentUsers.current().orElseThrow().displayName(), "DELIVERY_MAIL", "选择邮寄送达");
        auditLog.record("CASE_DELIVERY_MAIL", "casework.case", caseId.toString(), null, Map.of("method", "MAIL"));
    }

    /** The applicant takes the result electronically (the decision document and, later, the electronic licence). */
    @Transactional
    public void electronic(UUID caseId) {
        CaseRecord c = access.visible(caseId);
        if (!access.isApplicantSide(CurrentUsers.current().orElseThrow(), c)) {
            throw CaseAccess.notFound();
        }
        if (outcomes.delivered(caseId, "ELECTRONIC", null) != 1) {
            throw new OneWindowException(CaseworkErrorCode.CASE_WRONG_STATE, "结果尚未作出或已送达");
        }
        cases.event(caseId, CurrentUsers.current().orElseThrow().displayName(), "DELIVERED", "电子送达");
        auditLog.record("CASE_DELIVERED", "casework.case", caseId.toString(), null, Map.of("method", "ELECTRONIC"));
    }

    /** The clerk hands the result over at the window, or records the mail tracking number. */
    @Transactional
    public void deliver(UUID caseId, String method, String trackingNumber) {
        CurrentUser clerk = CurrentUsers.current().filter(u -> u.has(Role.WINDOW_CLERK))
                .orElseThrow(() -> new OneWindowException(CaseworkErrorCode.CASE_FORBIDDEN, "只有出件窗口人员可以登记送达"));
        if (readyHere().stream().noneMatch(c -> c.id().equals(caseId))) {
            throw CaseAccess.notFound();
        }
        if (!"WINDOW".equals(method) && !"MAIL".equals(method)) {
            throw new OneWindowException(CaseworkErrorCode.CASE_INVALID_INPUT, "送达方式无效");
        }
        String tracking = "MAIL".equals(method)
                ? Inputs.required(trackingNumber, "邮件单号", 50, CaseworkErrorCode.CASE_INVALID_INPUT) : null;
        outcomes.delivered(caseId, method, tracking);
        CaseRecord c = cases.find(caseId).orElseThrow();
        String note = "WINDOW".equals(method) ? "窗口领取，已出件" : "已邮寄，单号 " + tracking;
        cases.event(caseId, clerk.displayName(), "DELIVERED", note);
        auditLog.record("CASE_DELIVERED", "casework.case", caseId.toString(), null, Map.of("method", method, "note", note));
        events.publishEvent(new ApplicantNotice(c.id(), "您的办件 " + c.number() + " 结果" + note + "。"));
    }
}
