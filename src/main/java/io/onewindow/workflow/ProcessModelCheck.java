package io.onewindow.workflow;

import java.util.List;

/**
 * What a BPMN file says and whether it can run.
 *
 * @param problems Chinese descriptions naming the element, empty when valid
 * @param steps the user tasks in document order, with the role (candidate group) each is assigned to
 * @param ruleDecision the process decides by the 秒批 rules ({@code ${autoApproved}}) before any person
 */
public record ProcessModelCheck(boolean valid, List<String> problems, String processKey, String processName,
        List<Step> steps, boolean ruleDecision) {

    public record Step(String id, String name, String role) {
    }
}
