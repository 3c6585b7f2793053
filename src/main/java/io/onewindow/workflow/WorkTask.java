package io.onewindow.workflow;

import java.time.Instant;
import java.util.List;

/**
 * A human step waiting in a running process.
 *
 * @param caseId the business key: the case the process runs for
 * @param activityId the BPMN element, e.g. {@code review}, {@code joint1}, {@code decide}
 * @param groups candidate groups, {@code dept:<departmentId>:<ROLE>}
 * @param assignee the claiming account, or {@code null} while unclaimed
 * @param returnReason why the case was sent back to this step, if it was
 */
public record WorkTask(String id, String caseId, String activityId, String name, List<String> groups, String assignee,
        Instant createdAt, String returnReason) {
}
