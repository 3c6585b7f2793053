package io.onewindow.workflow.internal;

import io.onewindow.platform.OneWindowException;
import io.onewindow.workflow.ProcessDiagram;
import io.onewindow.workflow.ProcessModelCheck;
import io.onewindow.workflow.ProcessModels;
import io.onewindow.workflow.WorkflowErrorCode;
import java.util.ArrayList;
import java.util.List;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.EndEvent;
import org.flowable.bpmn.model.Process;
import org.flowable.bpmn.model.StartEvent;
import org.flowable.bpmn.model.UserTask;
import org.flowable.validation.ProcessValidator;
import org.flowable.validation.ProcessValidatorFactory;
import org.flowable.validation.ValidationError;
import org.springframework.stereotype.Service;

@Service
class FlowableProcessModels implements ProcessModels {

    private static final int MAX_BYTES = 1_000_000;

    private final ProcessValidator validator = new ProcessValidatorFactory().createDefaultProcessValidator();
    private final org.springframework.beans.factory.ObjectProvider<io.onewindow.workflow.DepartmentRoles> roles;

    FlowableProcessModels(org.springframework.beans.factory.ObjectProvider<io.onewindow.workflow.DepartmentRoles> roles) {
        this.roles = roles;
    }

    @Override
    public ProcessModelCheck check(String bpmnXml) {
        if (bpmnXml == null || bpmnXml.isBlank()) {
            return invalid("请提供 BPMN 流程文件");
        }
        if (bpmnXml.length() > MAX_BYTES) {
            return invalid("BPMN 文件过大（超过 1 MB）");
        }
        BpmnModel model;
        try {
            model = BpmnParsing.parse(bpmnXml);
        } catch (RuntimeException e) {
            return invalid("BPMN 文件无法解析：" + rootMessage(e));
        }
        List<String> problems = new ArrayList<>();
        for (ValidationError error : validator.validate(model)) {
            if (!error.isWarning()) {
                problems.add("元素 " + nullToDash(error.getActivityId()) + "：" + error.getDefaultDescription()
                        + "（" + error.getProblem() + "）");
            }
        }
        List<Process> executable = model.getProcesses().stream().filter(Process::isExecutable).toList();
        if (executable.size() != 1) {
            problems.add("应恰好有一个可执行流程（isExecutable=\"true\"），实际为 " + executable.size() + " 个");
            return new ProcessModelCheck(false, problems, null, null, List.of(), false);
        }
        Process process = executable.get(0);
        checkPlatformRules(process, problems);
        // can a case run by it always reach a decision? (see ProgressRules)
        ProgressRules.problems(process, bpmnXml).stream().filter(p -> !problems.contains(p)).forEach(problems::add);
        List<ProcessModelCheck.Step> steps = process.findFlowElementsOfType(UserTask.class, false).stream()
                .map(t -> new ProcessModelCheck.Step(t.getId(), t.getName(),
                        t.getCandidateGroups().isEmpty() ? null : String.join(",", t.getCandidateGroups())))
                .toList();
        boolean ruleDecision = process.findFlowElementsOfType(org.flowable.bpmn.model.SequenceFlow.class, false).stream()
                .anyMatch(f -> f.getConditionExpression() != null && f.getConditionExpression().contains("autoApproved"));
        return new ProcessModelCheck(problems.isEmpty(), List.copyOf(problems), process.getId(), process.getName(), steps,
                ruleDecision);
    }

    @Override
    public List<String> staffingProblems(String bpmnXml) {
        ProcessModelCheck check = check(bpmnXml);
        var directory = roles.getIfAvailable();
        if (!check.valid() || directory == null) {
            return List.of();
        }
        List<String> problems = new ArrayList<>();
        for (ProcessModelCheck.Step step : check.steps()) {
            for (String group : step.role() == null ? new String[0] : step.role().split(",")) {
                String[] parts = group.split(":");
                String problem = parts.length == 3 ? directory.problem(parts[1], parts[2]) : null;
                if (problem != null) {
                    problems.add("用户任务 " + step.id() + "（" + step.name() + "）：" + problem);
                }
            }
        }
        return problems;
    }

    @Override
    public String diagramSvg(String bpmnXml) {
        return SvgFlowchart.render(diagram(bpmnXml));
    }

    @Override
    public ProcessDiagram diagram(String bpmnXml) {
        ProcessModelCheck check = check(bpmnXml);
        if (!check.valid()) {
            throw new OneWindowException(WorkflowErrorCode.WORKFLOW_INVALID_MODEL, String.join("；", check.problems()));
        }
        BpmnModel model = BpmnParsing.parse(bpmnXml);
        Process process = model.getProcessById(check.processKey());
        // the modeler's own drawing when the file has one for every step, else the platform's layout
        return ModelerLayout.of(model, process).orElseGet(() -> new FlowchartLayout(process).layout());
    }

    /** Every step of a government procedure has a start, an end, a name and a role that does it. */
    private static void checkPlatformRules(Process process, List<String> problems) {
        if (process.getName() == null || process.getName().isBlank()) {
            problems.add("流程 " + process.getId() + " 缺少名称（name）");
        }
        if (process.findFlowElementsOfType(StartEvent.class, false).size() != 1) {
            problems.add("流程应有且只有一个开始事件");
        }
        if (process.findFlowElementsOfType(EndEvent.class, false).isEmpty()) {
            problems.add("流程缺少结束事件");
        }
        for (UserTask task : process.findFlowElementsOfType(UserTask.class, false)) {
            if (task.getName() == null || task.getName().isBlank()) {
                problems.add("用户任务 " + task.getId() + " 缺少名称");
            }
            if (task.getCandidateGroups().isEmpty() && task.getAssignee() == null) {
                problems.add("用户任务 " + task.getId() + "（" + nullToDash(task.getName())
                        + "）未指定办理岗位（flowable:candidateGroups）");
            }
        }
    }

    private static ProcessModelCheck invalid(String problem) {
        return new ProcessModelCheck(false, List.of(problem), null, null, List.of(), false);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return m.length() > 300 ? m.substring(0, 300) + "…" : m;
    }

    private static String nullToDash(String s) {
        return s == null ? "-" : s;
    }
}
