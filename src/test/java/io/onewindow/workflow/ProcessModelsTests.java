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
}
