package io.onewindow.workflow;

/**
 * Whether a department role a process offers its steps to can be staffed: the department exists and someone
 * enabled holds the role. Implemented by casework (which knows the organisation and the staff accounts); asked when
 * an item is submitted and published, so that no published process waits on a role nobody holds.
 */
public interface DepartmentRoles {

    /** A Chinese problem for a step offered to {@code role} of {@code departmentId}, or null when someone can take it. */
    String problem(String departmentId, String role);
}
