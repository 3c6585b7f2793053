package io.onewindow.casework.internal;

import io.onewindow.identity.Role;
import io.onewindow.identity.StaffAccounts;
import io.onewindow.organization.DepartmentId;
import io.onewindow.organization.Organization;
import io.onewindow.workflow.Processes;
import io.onewindow.workflow.WorkTask;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Who holds a case now (当前办理): for each open step, the department and role it waits for, the person once
 * claimed, since when — and whether anybody at all can act on it. A step nobody can take is shown at once to the
 * applicant, the department's administrators and the supervisors, instead of surfacing only when the clock runs out.
 */
@Component
public class CaseHolders {

    /** One open step. {@code person} is null until claimed; {@code nobodyCanAct} when no enabled account holds the role. */
    public record Holder(String taskId, String step, String departmentId, String departmentName, String role, String person,
            Instant since, boolean nobodyCanAct) {

        private static final java.time.format.DateTimeFormatter MINUTE =
                java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(io.onewindow.platform.ChinaTime.ZONE);

        /** Beijing time, to the minute. */
        public String sinceText() {
            return since == null ? "" : MINUTE.format(since);
        }
    }

    /** A step nobody can act on, with its case. */
    public record Stranded(CaseRecord c, Holder holder) {
    }

    private final Approvals approvals;
    private final Processes processes;
    private final CaseRepository cases;
    private final StaffAccounts staff;
    private final Organization organization;

    CaseHolders(Approvals approvals, Processes processes, CaseRepository cases, StaffAccounts staff,
            Organization organization) {
        this.approvals = approvals;
        this.processes = processes;
        this.cases = cases;
        this.staff = staff;
        this.organization = organization;
    }

    /**
     * Every open step in the city that no enabled account can take (所有无人可办的环节), oldest first; for one
     * department when {@code departmentId} is given. Found from the groups awaited, not case by case.
     */
    public List<Stranded> stranded(String departmentId) {
        List<String> nobody = processes.groupsAwaited().stream()
                .filter(g -> departmentId == null || g.startsWith("dept:" + departmentId + ":"))
                .filter(g -> holder(new WorkTask(null, null, null, null, List.of(g), null, null, null)).nobodyCanAct())
                .toList();
        if (nobody.isEmpty()) {
            return List.of();
        }
        List<Stranded> stranded = new ArrayList<>();
        for (WorkTask t : processes.tasks(nobody, null)) {
            cases.find(UUID.fromString(t.caseId())).ifPresent(c -> stranded.add(new Stranded(c, holder(t))));
        }
        return stranded;
    }

    public List<Holder> of(CaseRecord c) {
        List<Holder> holders = new ArrayList<>();
        for (WorkTask t : approvals.tasksOf(c)) {
            holders.add(holder(t));
        }
        return holders;
    }

    Holder holder(WorkTask t) {
        String departmentId = null;
        Role role = null;
        boolean somebody = false;
        for (String group : t.groups()) {
            // groups are dept:<departmentId>:<ROLE>
            String[] parts = group.split(":");
            if (parts.length != 3 || !parts[0].equals("dept")) {
                continue;
            }
            Role r = roleOf(parts[2]);
            if (r == null) {
                continue;
            }
            departmentId = parts[1];
            role = r;
            somebody |= !staff.withRole(parts[1], r).isEmpty();
        }
        String person = t.assignee() == null ? null
                : staff.displayName(UUID.fromString(t.assignee())).orElse("（账号已删除）");
        String department = departmentId == null ? "未指定部门"
                : organization.department(new DepartmentId(departmentId)).map(d -> d.name()).orElse(departmentId);
        return new Holder(t.id(), t.name(), departmentId, department, role == null ? "未指定岗位" : role.label(), person,
                t.createdAt(), person == null && !somebody);
    }

    private static Role roleOf(String name) {
        try {
            return Role.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
