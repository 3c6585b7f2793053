package io.onewindow.casework.web;

import io.onewindow.casework.internal.AcceptanceDecisions;
import io.onewindow.casework.internal.Applications;
import io.onewindow.casework.internal.Approvals;
import io.onewindow.casework.internal.CaseAccess;
import io.onewindow.casework.internal.CaseHolders;
import io.onewindow.casework.internal.CaseRecord;
import io.onewindow.casework.internal.CaseRepository;
import io.onewindow.casework.internal.MaterialRepository;
import io.onewindow.casework.internal.OutcomeRepository;
import io.onewindow.casework.internal.PauseRepository;
import io.onewindow.catalog.Catalog;
import io.onewindow.catalog.ItemVersion;
import io.onewindow.identity.CurrentUser;
import io.onewindow.identity.CurrentUsers;
import io.onewindow.organization.DepartmentId;
import io.onewindow.organization.Organization;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Puts a case on a page: the same view for the applicant, the clerk and the department, with what each may do. */
@Component
class CaseView {

    private final CaseRepository cases;
    private final MaterialRepository materials;
    private final PauseRepository pauses;
    private final CaseAccess access;
    private final Applications applications;
    private final AcceptanceDecisions decisions;
    private final Catalog catalog;
    private final Organization organization;
    private final Approvals approvals;
    private final OutcomeRepository outcomes;
    private final CaseHolders holders;
    private final io.onewindow.casework.internal.MaterialReuse reuse;
    private final io.onewindow.casework.internal.MaterialSources sources;

    CaseView(CaseRepository cases, MaterialRepository materials, PauseRepository pauses, CaseAccess access,
            Applications applications, AcceptanceDecisions decisions, Catalog catalog, Organization organization,
            Approvals approvals, OutcomeRepository outcomes, CaseHolders holders, io.onewindow.casework.internal.MaterialSources sources, io.onewindow.casework.internal.MaterialReuse reuse) {
        this.reuse = reuse;
        this.sources = sources;
        this.holders = holders;
        this.cases = cases;
        this.materials = materials;
        this.pauses = pauses;
        this.access = access;
        this.applications = applications;
        this.decisions = decisions;
        this.catalog = catalog;
        this.organization = organization;
        this.approvals = approvals;
        this.outcomes = outcomes;
    }

    void addTo(Model model, UUID caseId) {
        CaseRecord c = access.visible(caseId);
        CurrentUser user = CurrentUsers.current().orElseThrow();
        ItemVersion item = catalog.version(c.itemCode(), c.itemVersion()).orElseThrow();
        model.addAttribute("c", c);
        model.addAttribute("guide", item.guide());
        model.addAttribute("department", departmentName(c.departmentId()));
        model.addAttribute("intakeHall", c.intakeHallId() == null ? null
                : organization.hall(new io.onewindow.organization.HallId(c.intakeHallId())).map(h -> h.name()).orElse(null));
        model.addAttribute("uploads", materials.ofCase(caseId));
        model.addAttribute("events", cases.events(caseId));
        model.addAttribute("pauses", pauses.ofCase(caseId));
        model.addAttribute("clock", decisions.clock(c).orElse(null));
        model.addAttribute("standing", access.standing(c));
        boolean applicantSide = access.isApplicantSide(user, c);
        model.addAttribute("editable", applicantSide && c.editableByApplicant());
        model.addAttribute("staff", access.isDepartmentStaff(user, c));
        model.addAttribute("findings", applicantSide && c.editableByApplicant() ? applications.preCheck(caseId) : java.util.List.of());
        model.addAttribute("idempotencyKey", UUID.randomUUID().toString());
        model.addAttribute("verified", Applications.verifiedFields(item.guide(), c.applicantKind()));
        model.addAttribute("prefilledFrom", applicantSide ? applications.prefillSources(c, item.guide()) : java.util.Map.of());
        model.addAttribute("outcome", outcomes.of(caseId));
        model.addAttribute("linked", sources.linkedLicenses(c, item.guide()));
        model.addAttribute("shared", sources.shared(caseId));
        model.addAttribute("reusable", applicantSide && c.editableByApplicant() ? reuse.offers(c, item.guide()) : java.util.Map.of());
        var groups = Approvals.groupsOf(user);
        var tasks = approvals.tasksOf(c);
        model.addAttribute("tasks", tasks);
        model.addAttribute("holders", holders.of(c));
        model.addAttribute("myTasks", tasks.stream().filter(t -> user.accountId().toString().equals(t.assignee())
                || (t.assignee() == null && t.groups().stream().anyMatch(groups::contains))).toList());
        model.addAttribute("account", user.accountId().toString());
        java.util.Map<String, java.util.List<io.onewindow.workflow.Processes.Step>> earlier = new java.util.HashMap<>();
        tasks.stream().filter(t -> (t.assignee() == null || t.assignee().equals(user.accountId().toString()))
                        && t.groups().stream().anyMatch(groups::contains))
                .forEach(t -> earlier.put(t.id(), approvals.earlierSteps(t.id())));
        model.addAttribute("earlier", earlier);
    }

    String departmentName(String id) {
        return organization.department(new DepartmentId(id)).map(d -> d.name()).orElse(id);
    }
}
