package io.onewindow.workflow.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flowable.bpmn.model.EndEvent;
import org.flowable.bpmn.model.EventDefinition;
import org.flowable.bpmn.model.ExclusiveGateway;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.FlowNode;
import org.flowable.bpmn.model.FlowableListener;
import org.flowable.bpmn.model.ParallelGateway;
import org.flowable.bpmn.model.Process;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.bpmn.model.StartEvent;
import org.flowable.bpmn.model.UserTask;

/**
 * What a process must satisfy so that a case run by it can never be stranded (see docs/workflow.md): only the
 * elements the platform runs; every user task offered to a department role ({@code dept:<部门>:<APPROVER|DEPT_ADMIN>});
 * exactly one decision step, the user task with id {@code decide}, where 准予/不予 is taken; no end reachable without
 * it except the 秒批 path ({@code ${autoApproved}}); every step leads on to an end; gateway conditions only on the
 * variables the platform sets ({@code outcome}, {@code autoApproved}), and a default flow unless they cover every case.
 */
final class ProgressRules {

    /** The id of the decision step (准予/不予). */
    static final String DECISION = "decide";

    static final Pattern GROUP = Pattern.compile("dept:\\d{6}-[A-Z0-9]+:(APPROVER|DEPT_ADMIN)");
    private static final Set<String> VARIABLES = Set.of("outcome", "autoApproved");
    private static final Set<String> WORDS = Set.of("true", "false", "null", "empty", "not", "and", "or", "eq", "ne",
            "lt", "gt", "le", "ge");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_.]*");
    private static final Pattern CAMUNDA = Pattern.compile(
            "camunda:(assignee|candidateGroups|candidateUsers|class|expression|delegateExpression|calledElement)\\b");

    private ProgressRules() {
    }

    static List<String> problems(Process process, String xml) {
        List<String> problems = new ArrayList<>();
        Matcher camunda = CAMUNDA.matcher(xml);
        if (camunda.find()) {
            problems.add("文件使用了 Camunda 专有属性（" + camunda.group() + " 等），本平台不识别：办理岗位请用 "
                    + "flowable:candidateGroups=\"dept:部门编码:APPROVER\"（或 DEPT_ADMIN）");
        }
        listeners("流程 " + process.getId(), process.getExecutionListeners(), problems);
        for (FlowElement e : process.getFlowElements()) {
            elementProblem(e, problems);
        }
        List<UserTask> decisions = process.findFlowElementsOfType(UserTask.class, false).stream()
                .filter(t -> DECISION.equals(t.getId())).toList();
        if (decisions.isEmpty()) {
            problems.add("缺少决定环节：准予或不予在 id 为 \"decide\" 的用户任务上作出，流程中没有这样的任务，办件会无法办结");
            return problems;
        }
        paths(process, problems);
        return problems;
    }

    private static void elementProblem(FlowElement e, List<String> problems) {
        String what = describe(e);
        if (e instanceof FlowNode node) {
            listeners(what, node.getExecutionListeners(), problems);
        }
        if (e instanceof UserTask task) {
            userTask(task, what, problems);
        } else if (e instanceof StartEvent start) {
            noEventDefinition(start.getEventDefinitions(), what, "开始事件", problems);
        } else if (e instanceof EndEvent end) {
            noEventDefinition(end.getEventDefinitions(), what, "结束事件", problems);
        } else if (e instanceof ExclusiveGateway gateway) {
            exclusive(gateway, what, problems);
        } else if (e instanceof SequenceFlow flow) {
            condition(flow, problems);
        } else if (e instanceof ParallelGateway) {
            return;
        } else if (e instanceof org.flowable.bpmn.model.ServiceTask) {
            problems.add(what + "：服务任务需要平台没有的程序，无法执行；请改为由部门岗位办理的用户任务");
        } else if (e instanceof org.flowable.bpmn.model.ScriptTask) {
            problems.add(what + "：出于安全原因，平台不执行流程文件中的脚本");
        } else if (e instanceof org.flowable.bpmn.model.CallActivity) {
            problems.add(what + "：调用活动引用的流程不在本事项中；请把其中的步骤画进本流程");
        } else if (e instanceof org.flowable.bpmn.model.SubProcess) {
            problems.add(what + "：暂不支持子流程；请把其中的步骤展开到本流程");
        } else if (e instanceof org.flowable.bpmn.model.Event) {
            problems.add(what + "：暂不支持定时、消息、信号等中间事件；办理时限由平台按法定工作日统一计时");
        } else if (e instanceof org.flowable.bpmn.model.Gateway) {
            problems.add(what + "：暂不支持该网关；请用排他网关或并行网关");
        } else if (e instanceof org.flowable.bpmn.model.Task) {
            problems.add(what + "：暂不支持该类任务；请用用户任务");
        }
        // lanes, annotations and associations only describe the drawing
    }

    private static void userTask(UserTask task, String what, List<String> problems) {
        listeners(what, task.getTaskListeners(), problems);
        if (task.getAssignee() != null) {
            problems.add(what + "：指定了办理人 " + task.getAssignee() + "（humanPerformer/assignee）；平台按部门岗位派件，"
                    + "请改为 flowable:candidateGroups=\"dept:部门编码:APPROVER\"（或 DEPT_ADMIN）");
        }
        if (!task.getCandidateUsers().isEmpty()) {
            problems.add(what + "：指定了个人（candidateUsers " + String.join(",", task.getCandidateUsers()) + "）；请改为部门岗位");
        }
        for (String group : task.getCandidateGroups()) {
            if (group.contains("${") || group.contains("#{")) {
                problems.add(what + "：办理岗位是表达式 " + group + "，平台不提供它引用的对象；请写明部门岗位");
            } else if (!GROUP.matcher(group).matches()) {
                problems.add(what + "：候选组 " + group + " 不是平台的部门岗位，没有人能看到和认领它（应为 dept:部门编码:APPROVER 或 "
                        + "dept:部门编码:DEPT_ADMIN，如 dept:511100-SCJGJ:APPROVER）");
            }
        }
    }

    private static void exclusive(ExclusiveGateway gateway, String what, List<String> problems) {
        if (gateway.getOutgoingFlows().size() < 2 || gateway.getDefaultFlow() != null) {
            return;
        }
        Set<String> outcomes = new HashSet<>();
        for (SequenceFlow f : gateway.getOutgoingFlows()) {
            String c = f.getConditionExpression() == null ? "" : f.getConditionExpression().replace(" ", "");
            if (c.equals("${outcome=='pass'}") || c.equals("${outcome=='return'}")) {
                outcomes.add(c);
            }
        }
        // the platform sets outcome to pass or return on every step it completes: those two cover every case
        if (outcomes.size() < 2) {
            problems.add(what + "：没有默认流向，条件都不成立时办件会停在这里；请设置默认流向（default）");
        }
    }

    private static void condition(SequenceFlow flow, List<String> problems) {
        String c = flow.getConditionExpression();
        if (c == null || c.isBlank()) {
            return;
        }
        String code = c.replaceAll("'[^']*'|\"[^\"]*\"", "");
        Matcher m = IDENTIFIER.matcher(code);
        Set<String> unknown = new LinkedHashSet<>();
        while (m.find()) {
            String name = m.group();
            if (!VARIABLES.contains(name) && !WORDS.contains(name)) {
                unknown.add(name);
            }
        }
        if (!unknown.isEmpty()) {
            problems.add("流向 " + flow.getId() + " 的条件 " + c + " 使用了平台不提供的 " + String.join("、", unknown)
                    + "；可用的是 outcome（'pass' 或 'return'）和 autoApproved（秒批规则是否全部通过）");
        }
    }

    /** Every node reached from the start goes on to an end; no end is reached without the decision, except by 秒批. */
    private static void paths(Process process, List<String> problems) {
        Map<String, List<SequenceFlow>> out = new HashMap<>();
        Map<String, List<SequenceFlow>> in = new HashMap<>();
        for (SequenceFlow f : process.findFlowElementsOfType(SequenceFlow.class, false)) {
            out.computeIfAbsent(f.getSourceRef(), k -> new ArrayList<>()).add(f);
            in.computeIfAbsent(f.getTargetRef(), k -> new ArrayList<>()).add(f);
        }
        List<StartEvent> starts = process.findFlowElementsOfType(StartEvent.class, false);
        if (starts.size() != 1) {
            return; // reported by the platform rules
        }
        Set<String> reached = reach(starts.get(0).getId(), out, null);
        if (!reached.contains(DECISION)) {
            problems.add("从开始事件无法到达决定环节 decide，办件不会有结论");
        }
        Set<String> ends = new HashSet<>();
        process.findFlowElementsOfType(EndEvent.class, false).forEach(e -> ends.add(e.getId()));
        Set<String> finishing = new HashSet<>();
        for (String end : ends) {
            finishing.addAll(reachBack(end, in));
        }
        for (String id : reached) {
            if (!finishing.contains(id)) {
                problems.add(describe(process.getFlowElement(id)) + " 之后没有通向结束事件的路径，办件会停在这里");
            }
        }
        // ends reached without the decision step: only the 秒批 path may do that
        for (String id : reach(starts.get(0).getId(), out, DECISION)) {
            if (ends.contains(id) && in.getOrDefault(id, List.of()).stream().anyMatch(f -> !ruleApproval(f, in))) {
                problems.add(describe(process.getFlowElement(id)) + " 不经过决定环节 decide 也能到达：办件会结束却没有准予或不予的结论");
            }
        }
    }

    /** The flow into a 秒批 end: it (or the flow just before it) carries the ${autoApproved} condition. */
    private static boolean ruleApproval(SequenceFlow f, Map<String, List<SequenceFlow>> in) {
        return f.getConditionExpression() != null && f.getConditionExpression().contains("autoApproved");
    }

    private static Set<String> reach(String from, Map<String, List<SequenceFlow>> out, String stopAt) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(from));
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (!seen.add(id) || id.equals(stopAt)) {
                continue;
            }
            out.getOrDefault(id, List.of()).forEach(f -> todo.push(f.getTargetRef()));
        }
        return seen;
    }

    private static Set<String> reachBack(String from, Map<String, List<SequenceFlow>> in) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(from));
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (seen.add(id)) {
                in.getOrDefault(id, List.of()).forEach(f -> todo.push(f.getSourceRef()));
            }
        }
        return seen;
    }

    private static void listeners(String what, List<FlowableListener> listeners, List<String> problems) {
        if (listeners != null && !listeners.isEmpty()) {
            problems.add(what + "：带有监听器（" + listeners.get(0).getImplementation() + "），需要平台没有的程序；请删除");
        }
    }

    private static void noEventDefinition(List<EventDefinition> definitions, String what, String kind, List<String> problems) {
        if (definitions != null && !definitions.isEmpty()) {
            problems.add(what + "：" + kind + "应为普通" + kind + "（不带定时、消息、错误等定义）");
        }
    }

    static String describe(FlowElement e) {
        if (e == null) {
            return "元素";
        }
        String kind = e instanceof UserTask ? "用户任务"
                : e instanceof StartEvent ? "开始事件"
                : e instanceof EndEvent ? "结束事件"
                : e instanceof org.flowable.bpmn.model.Gateway ? "网关"
                : e instanceof org.flowable.bpmn.model.ServiceTask ? "服务任务"
                : e instanceof org.flowable.bpmn.model.ScriptTask ? "脚本任务"
                : e instanceof org.flowable.bpmn.model.CallActivity ? "调用活动" : "元素";
        return kind + " " + e.getId() + (e.getName() == null || e.getName().isBlank() ? "" : "（" + e.getName() + "）");
    }
}
