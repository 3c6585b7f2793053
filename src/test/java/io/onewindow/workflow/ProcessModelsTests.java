package io.onewindow.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onewindow.workflow.internal.ProcessModelsAccess;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ProcessModelsTests {

    private final ProcessModels models = ProcessModelsAccess.create();

    @ParameterizedTest
    @EnumSource(StandardProcesses.Shape.class)
    void everyStandardShapeIsValidAndDrawable(StandardProcesses.Shape shape) {
        String xml = StandardProcesses.bpmn(shape, "p_test", "测试事项审批", "511100-SCJGJ",
                List.of(new StandardProcesses.Reviewer("511100-ZJJ", "住建局"), new StandardProcesses.Reviewer("511100-WJW", "卫健委")));
        ProcessModelCheck check = models.check(xml);
        assertThat(check.problems()).isEmpty();
        assertThat(check.valid()).isTrue();
        assertThat(check.processKey()).isEqualTo("p_test");
        String svg = models.diagramSvg(xml);
        assertThat(svg).startsWith("<svg").contains("<title id=\"flow-title\">办理流程图：测试事项审批</title>").endsWith("</svg>");
    }

    @Test
    void jointReviewHasAParallelStepPerDepartment() {
        String xml = StandardProcesses.bpmn(StandardProcesses.Shape.JOINT_REVIEW, "p_joint", "联合审查", "511100-ZJJ",
                List.of(new StandardProcesses.Reviewer("511100-ZRZYJ", "自然资源和规划局"),
                        new StandardProcesses.Reviewer("511100-SHJJ", "生态环境局"), new StandardProcesses.Reviewer("511100-YJJ", "应急管理局")));
        ProcessModelCheck check = models.check(xml);
        assertThat(check.steps()).extracting(ProcessModelCheck.Step::role)
                .contains("dept:511100-ZRZYJ:APPROVER", "dept:511100-SHJJ:APPROVER", "dept:511100-YJJ:APPROVER");
        String svg = models.diagramSvg(xml);
        assertThat(svg).contains("生态环境局会审").contains(">+</text>");
    }

    @Test
    void returnFlowsAreDrawnDashed() {
        String svg = models.diagramSvg(StandardProcesses.bpmn(StandardProcesses.Shape.MULTI_STEP, "p_multi", "多环节",
                "511100-WJW", List.of()));
        assertThat(svg).contains("stroke-dasharray").contains("退回审查").contains("现场勘查");
    }

    @Test
    void malformedXmlIsRefusedInChinese() {
        ProcessModelCheck check = models.check("<definitions><process id=\"x\"");
        assertThat(check.valid()).isFalse();
        assertThat(check.problems().get(0)).startsWith("BPMN 文件无法解析");
    }

    @Test
    void aUserTaskWithoutRoleIsRefused() {
        String xml = StandardProcesses.bpmn(StandardProcesses.Shape.SIMPLE, "p_x", "无岗位", "511100-SCJGJ", List.of())
                .replace(" flowable:candidateGroups=\"dept:511100-SCJGJ:APPROVER\"", "");
        ProcessModelCheck check = models.check(xml);
        assertThat(check.valid()).isFalse();
        assertThat(check.problems()).anyMatch(p -> p.contains("review") && p.contains("未指定办理岗位"));
    }

    @Test
    void flowableValidatorErrorsAreReported() {
        // a sequence flow pointing at a missing element fails Flowable's own validation
        String xml = StandardProcesses.bpmn(StandardProcesses.Shape.SIMPLE, "p_y", "断线", "511100-SCJGJ", List.of())
                .replace("targetRef=\"end\"", "targetRef=\"nowhere\"");
        ProcessModelCheck check = models.check(xml);
        assertThat(check.valid()).isFalse();
        assertThat(check.problems()).isNotEmpty();
        assertThatThrownBy(() -> models.diagramSvg(xml)).hasMessageContaining("nowhere");
    }

    @Test
    void noExecutableProcessIsRefused() {
        String xml = StandardProcesses.bpmn(StandardProcesses.Shape.SIMPLE, "p_z", "不可执行", "511100-SCJGJ", List.of())
                .replace("isExecutable=\"true\"", "isExecutable=\"false\"");
        assertThat(models.check(xml).problems()).anyMatch(p -> p.contains("可执行流程"));
    }

    @Test
    void externalEntitiesAreNotResolved() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" targetNamespace=\"t\">"
                + "<process id=\"p\" name=\"&x;\" isExecutable=\"true\"><startEvent id=\"s\"/></process></definitions>";
        ProcessModelCheck check = models.check(xxe);
        assertThat(check.valid()).isFalse();
        assertThat(String.join("", check.problems())).doesNotContain("root:");
    }

    private static String fixture(String name) throws java.io.IOException {
        return new org.springframework.core.io.ClassPathResource("bpmn/" + name).getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void theFlowableVacationExampleIsRefusedForEachThingThatWouldStrandACase() throws Exception {
        ProcessModelCheck check = models.check(fixture("flowable-vacation-request.bpmn20.xml"));
        assertThat(check.valid()).isFalse();
        assertThat(String.join("\n", check.problems()))
                .contains("候选组 management 不是平台的部门岗位")
                .contains("指定了办理人 ${employeeName}（humanPerformer/assignee）")
                .contains("服务任务 sendApprovalMail（Send confirmation e-mail）：服务任务需要平台没有的程序")
                .contains("使用了平台不提供的 vacationApproved")
                .contains("缺少决定环节");
    }

    @Test
    void theFlowableForkJoinIsRefusedBecauseItEndsWithoutADecision() throws Exception {
        ProcessModelCheck check = models.check(fixture("flowable-parallel-gateway.bpmn20.xml"));
        assertThat(check.valid()).isFalse();
        assertThat(check.problems()).anyMatch(p -> p.startsWith("缺少决定环节"));
        // once a decide step is added but an end stays reachable without it, that is named too
        String bypass = fixture("flowable-parallel-gateway.bpmn20.xml").replace("id=\"archiveOrder\"", "id=\"decide\"")
                .replace("targetRef=\"archiveOrder\"", "targetRef=\"decide\"").replace("sourceRef=\"archiveOrder\"", "sourceRef=\"decide\"")
                .replace("<sequenceFlow id=\"flow3\" sourceRef=\"fork\" targetRef=\"shipOrder\"/>",
                        "<sequenceFlow id=\"flow3\" sourceRef=\"fork\" targetRef=\"shipOrder\"/><sequenceFlow id=\"flowX\" sourceRef=\"shipOrder\" targetRef=\"theEnd\"/>");
        assertThat(models.check(bypass).problems()).anyMatch(p -> p.contains("不经过决定环节 decide 也能到达"));
    }

    @Test
    void theCamundaModelerFileIsRefusedNamingItsCamundaAttributesServiceTaskAndCallActivity() throws Exception {
        ProcessModelCheck check = models.check(fixture("camunda-modeler-lanes.bpmn"));
        assertThat(check.valid()).isFalse();
        assertThat(String.join("\n", check.problems()))
                .contains("Camunda 专有属性")
                .contains("服务任务 Task_register（写入登记系统）")
                .contains("调用活动 Activity_archive（归档）")
                .contains("缺少决定环节");
    }

    @Test
    void theAdaptedParallelReviewIsAcceptedAndDrawn() throws Exception {
        String xml = fixture("adapted-parallel-review.bpmn20.xml");
        ProcessModelCheck check = models.check(xml);
        assertThat(check.problems()).isEmpty();
        assertThat(check.steps()).extracting(ProcessModelCheck.Step::id).containsExactlyInAnyOrder("planning", "fire", "decide");
        assertThat(models.diagramSvg(xml)).contains("规划审查").contains("消防审查").contains("决定");
    }

    @Test
    void aGatewayWithoutDefaultOnAnUnsetVariableAndADeadEndAreRefused() {
        String xml = StandardProcesses.bpmn(StandardProcesses.Shape.MULTI_STEP, "p_m", "多环节", "511100-WJW", List.of())
                .replace("${outcome == 'return'}", "${approved == false}");
        List<String> problems = models.check(xml).problems();
        assertThat(problems).anyMatch(p -> p.contains("使用了平台不提供的 approved"));
        assertThat(problems).anyMatch(p -> p.contains("网关 auditResult（审核结论）：没有默认流向"));
        String deadEnd = StandardProcesses.bpmn(StandardProcesses.Shape.SIMPLE, "p_d", "死路", "511100-WJW", List.of())
                .replace("<sequenceFlow id=\"f3\" sourceRef=\"decide\" targetRef=\"end\"/>", "");
        assertThat(models.check(deadEnd).problems()).anyMatch(p -> p.contains("决定") && p.contains("没有通向结束事件的路径"));
    }

    @Test
    void aModelersDrawingIsKeptWithItsLanesAndWaypoints() throws Exception {
        String xml = fixture("adapted-camunda-lanes.bpmn");
        assertThat(models.check(xml).problems()).isEmpty();
        ProcessDiagram d = models.diagram(xml);
        assertThat(d.lanes()).extracting(ProcessDiagram.Lane::name).containsExactly("窗口", "业务科室");
        var byId = new java.util.HashMap<String, ProcessDiagram.Node>();
        d.nodes().forEach(n -> byId.put(n.id(), n));
        // as drawn: 材料核对 in the upper lane, 审查 to its right in the lower lane
        assertThat(byId.get("Task_check").x()).isLessThan(byId.get("Task_review").x());
        assertThat(byId.get("Task_review").y()).isGreaterThan(byId.get("Task_check").y());
        assertThat(d.edges()).anyMatch(e -> e.points().size() == 4); // the modeler's bent flow keeps its waypoints
        assertThat(models.diagramSvg(xml)).contains("data-lane=\"窗口\"").contains("data-lane=\"业务科室\"");
        // a file without a drawing is still laid out by the platform
        assertThat(models.diagram(fixture("adapted-parallel-review.bpmn20.xml")).lanes()).isEmpty();
    }

    @Test
    void labelsWrapAtWordsInLatinAndAnywhereInChinese() {
        assertThat(new ProcessDiagram.Node("t", ProcessDiagram.Kind.TASK, "Handle vacation request", 0, 0).labelLines())
                .containsExactly("Handle", "vacation", "request");
        assertThat(new ProcessDiagram.Node("t", ProcessDiagram.Kind.TASK, "出生医学证明首次签发登记", 0, 0).labelLines())
                .containsExactly("出生医学证明首次", "签发登记");
        assertThat(new ProcessDiagram.Node("t", ProcessDiagram.Kind.TASK, "Review the application", 0, 0).labelLines())
                .containsExactly("Review the", "application");
        assertThat(new ProcessDiagram.Node("t", ProcessDiagram.Kind.TASK, "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十", 0, 0)
                .labelLines()).hasSize(3).last().asString().endsWith("…");
    }
}
