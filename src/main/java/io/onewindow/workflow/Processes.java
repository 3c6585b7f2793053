package io.onewindow.workflow;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Running approval procedures (后台分类审批) on the Flowable engine. Every call joins the caller's transaction, so a
 * case's state and its process instance are committed together or not at all.
 */
public interface Processes {

    /**
     * Starts the process of an item version for a case, deploying that version's BPMN on first use.
     *
     * @param deploymentKey identifies the BPMN version, e.g. {@code 511100-SCJGJ-XK-0001:v2}
     * @return the process instance id
     */
    String start(String caseId, String deploymentKey, String bpmnXml, Map<String, Object> variables);

    /** Tasks offered to any of the groups or assigned to the account, oldest first. */
    List<WorkTask> tasks(Collection<String> groups, String account);

    /** Every candidate group some open, unclaimed task waits for (to find the ones nobody holds). */
    java.util.Set<String> groupsAwaited();

    List<WorkTask> tasksOfCase(String caseId);

    Optional<WorkTask> task(String taskId);

    void claim(String taskId, String account);

    void release(String taskId);

    /** Completes a step; the variables (e.g. {@code outcome}) steer the gateways after it. */
    void complete(String taskId, Map<String, Object> variables);

    /** The user steps before this one in the process (the ones a case can be returned to), in process order. */
    List<Step> earlierSteps(String taskId);

    /**
     * Sends the case back to an earlier step: every active branch (including parallel joint-review branches and
     * branches already waiting at a join) is cancelled, and the reason is shown to the step that receives it.
     */
    void returnTo(String taskId, String activityId, String reason);

    boolean isRunning(String caseId);

    /** A user step of a process definition. */
    record Step(String activityId, String name) {
    }
}
