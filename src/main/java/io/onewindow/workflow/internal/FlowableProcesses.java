package io.onewindow.workflow.internal;

import io.onewindow.platform.OneWindowException;
import io.onewindow.workflow.Processes;
import io.onewindow.workflow.WorkTask;
import io.onewindow.workflow.WorkflowErrorCode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.flowable.bpmn.model.FlowNode;
import org.flowable.bpmn.model.Process;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.bpmn.model.UserTask;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.repository.Deployment;
import org.flowable.engine.repository.ProcessDefinition;
import org.flowable.engine.runtime.Execution;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class FlowableProcesses implements Processes {

    static final String RETURN_REASON = "returnReason";
    private static final long DEPLOY_LOCK = 0x57464c4f57L;

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final TaskService taskService;
    private final JdbcClient jdbc;

    FlowableProcesses(RepositoryService repository, RuntimeService runtime, TaskService taskService, JdbcClient jdbc) {
        this.repository = repository;
        this.runtime = runtime;
        this.taskService = taskService;
        this.jdbc = jdbc;
    }

    /**
     * Process definition ids by deployment key (one per item version, never redeployed), known once their deployment
     * has committed: a case accepted for a known version starts its process without asking the engine which
     * definition to use (two queries per acceptance).
     */
    private final Map<String, String> definitionIds = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public String start(String caseId, String deploymentKey, String bpmnXml, Map<String, Object> variables) {
        String definitionId = definitionIds.get(deploymentKey);
        if (definitionId == null) {
            definitionId = definition(deploymentKey, bpmnXml).getId();
            String known = definitionId;
            // cached only once committed: a deployment rolled back with its transaction must not be remembered
            io.onewindow.platform.AfterCommit.run(() -> definitionIds.put(deploymentKey, known));
        }
        Map<String, Object> vars = new HashMap<>(variables);
        vars.put("caseId", caseId);
        ProcessInstance instance = runtime.startProcessInstanceById(definitionId, caseId, vars);
        return instance.getId();
    }

    /** One deployment per item version; nodes deploying at the same moment take turns on an advisory lock. */
    private ProcessDefinition definition(String key, String bpmnXml) {
        Optional<ProcessDefinition> found = deployed(key);
        if (found.isPresent()) {
            return found.get();
        }
        jdbc.sql("select pg_advisory_xact_lock(?)").param(DEPLOY_LOCK).query((rs, n) -> 1).list();
        return deployed(key).orElseGet(() -> {
            Deployment d = repository.createDeployment().key(key).name(key)
                    .addString(key.replace(':', '_') + ".bpmn20.xml", bpmnXml).deploy();
            return repository.createProcessDefinitionQuery().deploymentId(d.getId()).singleResult();
        });
    }

    private Optional<ProcessDefinition> deployed(String key) {
        Deployment d = repository.createDeploymentQuery().deploymentKey(key).latest().singleResult();
        return d == null ? Optional.empty()
                : Optional.ofNullable(repository.createProcessDefinitionQuery().deploymentId(d.getId()).singleResult());
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkTask> tasks(Collection<String> groups, String account) {
        Map<String, Task> found = new java.util.LinkedHashMap<>();
        if (!groups.isEmpty()) {
            viewQuery().taskCandidateGroupIn(groups).orderByTaskCreateTime().asc().list()
                    .forEach(t -> found.put(t.getId(), t));
            viewQuery().taskCandidateGroupIn(groups).taskAssigned().orderByTaskCreateTime().asc()
                    .list().forEach(t -> found.put(t.getId(), t));
        }
        if (account != null) {
            viewQuery().taskAssignee(account).list().forEach(t -> found.put(t.getId(), t));
        }
        return found.values().stream().map(this::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Set<String> groupsAwaited() {
        // one query over the engine's identity links instead of one per task
        return new java.util.TreeSet<>(jdbc.sql("""
                select distinct l.group_id_ from act_ru_identitylink l join act_ru_task t on t.id_ = l.task_id_
                where l.type_ = 'candidate' and l.group_id_ is not null and t.assignee_ is null""").query(String.class).list());
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkTask> tasksOfCase(String caseId) {
        return viewQuery().processInstanceBusinessKey(caseId).orderByTaskCreateTime().asc().list()
                .stream().map(this::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<WorkTask> task(String taskId) {
        return Optional.ofNullable(viewQuery().taskId(taskId).singleResult()).map(this::view);
    }

    @Override
    public void claim(String taskId, String account) {
        Task task = get(taskId);
        if (task.getAssignee() != null && !task.getAssignee().equals(account)) {
            throw new OneWindowException(WorkflowErrorCode.WORKFLOW_TASK_TAKEN, "该环节已由他人认领");
        }
        taskService.claim(taskId, account);
    }

    @Override
    public void release(String taskId) {
        taskService.unclaim(get(taskId).getId());
    }

    @Override
    public void complete(String taskId, Map<String, Object> variables) {
        Task task = get(taskId);
        Map<String, Object> vars = new HashMap<>(variables);
        taskService.removeVariableLocal(task.getId(), RETURN_REASON);
        taskService.complete(task.getId(), vars);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Step> earlierSteps(String taskId) {
        Task task = get(taskId);
        Process process = repository.getBpmnModel(task.getProcessDefinitionId()).getMainProcess();
        Set<String> back = backEdges(process);
        Set<String> before = new LinkedHashSet<>();
        collectPredecessors(process, task.getTaskDefinitionKey(), back, before, new java.util.HashSet<>());
        List<Step> steps = new ArrayList<>();
        for (UserTask u : process.findFlowElementsOfType(UserTask.class, false)) {
            if (before.contains(u.getId())) {
                steps.add(new Step(u.getId(), u.getName()));
            }
        }
        return steps;
    }

    /** Walks back along forward flows only, so a 退回 loop never makes a later step look earlier. */
    private static void collectPredecessors(Process process, String id, Set<String> back, Set<String> found,
            Set<String> seen) {
        if (!seen.add(id)) {
            return;
        }
        FlowNode node = (FlowNode) process.getFlowElement(id);
        for (SequenceFlow in : node.getIncomingFlows()) {
            if (back.contains(in.getId())) {
                continue;
            }
            String source = in.getSourceRef();
            if (process.getFlowElement(source) instanceof UserTask) {
                found.add(source);
            }
            collectPredecessors(process, source, back, found, seen);
        }
    }

    /** Flows that close a loop, found by a depth-first walk from the start events. */
    private static Set<String> backEdges(Process process) {
        Set<String> back = new java.util.HashSet<>();
        Set<String> visiting = new java.util.HashSet<>();
        Set<String> done = new java.util.HashSet<>();
        process.findFlowElementsOfType(org.flowable.bpmn.model.StartEvent.class, false)
                .forEach(s -> walk(process, s, visiting, done, back));
        return back;
    }

    private static void walk(Process process, FlowNode n, Set<String> visiting, Set<String> done, Set<String> back) {
        if (done.contains(n.getId())) {
            return;
        }
        visiting.add(n.getId());
        for (SequenceFlow out : n.getOutgoingFlows()) {
            if (visiting.contains(out.getTargetRef())) {
                back.add(out.getId());
            } else if (process.getFlowElement(out.getTargetRef()) instanceof FlowNode target) {
                walk(process, target, visiting, done, back);
            }
        }
        visiting.remove(n.getId());
        done.add(n.getId());
    }

    @Override
    public void returnTo(String taskId, String activityId, String reason) {
        Task task = get(taskId);
        if (earlierSteps(taskId).stream().noneMatch(s -> s.activityId().equals(activityId))) {
            throw new OneWindowException(WorkflowErrorCode.WORKFLOW_INVALID_RETURN, "只能退回到本环节之前的环节");
        }
        // every child execution: active branches and branches already waiting at a parallel join
        List<String> executions = runtime.createExecutionQuery().processInstanceId(task.getProcessInstanceId()).list()
                .stream().filter(e -> e.getActivityId() != null && e.getParentId() != null).map(Execution::getId).toList();
        runtime.createChangeActivityStateBuilder().processInstanceId(task.getProcessInstanceId())
                .moveExecutionsToSingleActivityId(executions, activityId).changeState();
        for (Task arrived : taskService.createTaskQuery().processInstanceId(task.getProcessInstanceId())
                .taskDefinitionKey(activityId).list()) {
            taskService.setVariableLocal(arrived.getId(), RETURN_REASON, reason);
        }
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isRunning(String caseId) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseId).count() > 0;
    }

    private Task get(String taskId) {
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw new OneWindowException(WorkflowErrorCode.WORKFLOW_TASK_NOT_FOUND, "办理环节不存在或已完成");
        }
        return task;
    }

    /** Tasks with their candidate groups, return reason and case loaded in the same query (no N+1 per task). */
    private org.flowable.task.api.TaskQuery viewQuery() {
        return taskService.createTaskQuery().includeIdentityLinks().includeTaskLocalVariables().includeProcessVariables();
    }

    private WorkTask view(Task t) {
        List<String> groups = t.getIdentityLinks().stream().filter(l -> l.getGroupId() != null)
                .map(org.flowable.identitylink.api.IdentityLinkInfo::getGroupId).distinct().toList();
        Object reason = t.getTaskLocalVariables().get(RETURN_REASON);
        // start() stores the case id as a process variable; the business key is the fallback for older instances
        Object variable = t.getProcessVariables().get("caseId");
        String caseId = variable != null ? variable.toString()
                : runtime.createProcessInstanceQuery().processInstanceId(t.getProcessInstanceId()).singleResult().getBusinessKey();
        return new WorkTask(t.getId(), caseId, t.getTaskDefinitionKey(), t.getName(), groups, t.getAssignee(),
                t.getCreateTime().toInstant(), reason == null ? null : reason.toString());
    }
}
