package io.onewindow.casework.internal;

import io.onewindow.casework.CaseStatus;
import io.onewindow.casework.CaseworkErrorCode;
import io.onewindow.identity.CurrentUser;
import io.onewindow.identity.CurrentUsers;
import io.onewindow.identity.Guardianships;
import io.onewindow.identity.Role;
import io.onewindow.platform.OneWindowException;
import io.onewindow.workflow.Processes;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Who may see and act on a case. Anyone else gets "not found", so a case number reveals nothing: the applicant
 * (their own cases, drafts included); once submitted, the clerks of the hall that took it in, the competent department's
 * staff, the staff of a department while a joint step waits for them, supervisors.
 */
@Component
public class CaseAccess {

    private final CaseRepository cases;
    private final Processes processes;
    private final Guardianships guardianships;
    private final io.onewindow.identity.People people;

    CaseAccess(CaseRepository cases, Processes processes, Guardianships guardianships, io.onewindow.identity.People people) {
        this.people = people;
        this.cases = cases;
        this.processes = processes;
        this.guardianships = guardianships;
    }

    /**
     * 代理申请 needs the applicant's 授权委托书 — except from a guardian on record applying for their ward (监护), or
     * the 经营者/法定代表人 on record applying for their 市场主体.
     */
    public boolean needsPowerOfAttorney(CaseRecord c) {
        return c.byAgent() && standing(c) == null;
    }

    /** Why an agent may apply without a 授权委托书: 监护人, 法定代表人（经营者）; null for anyone else. */
    public String standing(CaseRecord c) {
        if (!c.byAgent()) {
            return null;
        }
        if (guardianships.guardianAccount(c.agentAccount(), c.applicantId())) {
            return "监护人";
        }
        return people.representativeAccount(c.agentAccount(), c.applicantId()) ? "法定代表人（经营者）" : null;
    }

    public boolean canSee(CurrentUser user, CaseRecord c) {
        if (user == null) {
            return false;
        }
        if (isApplicantSide(user, c)) {
            return true;
        }
        // a draft is the applicant's alone: nobody else sees it, or its files, before it is submitted
        return c.status() != CaseStatus.DRAFT
                && ((user.has(Role.WINDOW_CLERK) && c.intakeHallId() != null && c.intakeHallId().equals(user.hallId()))
                || isDepartmentStaff(user, c)
                || user.has(Role.SUPERVISOR) || user.has(Role.SYS_ADMIN)
                || hasAStepOnIt(user, c));
    }

    /** 并联审批: another department's staff while one of the case's open steps waits for their department and role. */
    private boolean hasAStepOnIt(CurrentUser user, CaseRecord c) {
        var groups = Approvals.groupsOf(user);
        return !groups.isEmpty() && processes.tasksOfCase(c.id().toString()).stream()
                .anyMatch(t -> t.groups().stream().anyMatch(groups::contains));
    }

    /**
     * The applicant, or the clerk or agent who is filling it in for them. A draft someone else is filling in (at a
     * window, as an agent) is theirs alone until it is submitted; then the applicant follows it like their own.
     */
    public boolean isApplicantSide(CurrentUser user, CaseRecord c) {
        boolean applicant = user.accountId().equals(c.applicantAccount())
                && (c.status() != CaseStatus.DRAFT || c.applicantAccount().equals(c.submittedBy()));
        return applicant || user.accountId().equals(c.submittedBy()) || user.accountId().equals(c.agentAccount());
    }

    public boolean isDepartmentStaff(CurrentUser user, CaseRecord c) {
        return c.status() != CaseStatus.DRAFT && (user.has(Role.APPROVER) || user.has(Role.DEPT_ADMIN)) && c.departmentId().equals(user.departmentId());
    }

    /** The case if the current user may see it; otherwise 404, whether or not it exists. */
    public CaseRecord visible(UUID id) {
        CurrentUser user = CurrentUsers.current().orElse(null);
        return cases.find(id).filter(c -> canSee(user, c)).orElseThrow(CaseAccess::notFound);
    }

    public static OneWindowException notFound() {
        return new OneWindowException(CaseworkErrorCode.CASE_NOT_FOUND, "办件不存在，或您无权查看");
    }
}
