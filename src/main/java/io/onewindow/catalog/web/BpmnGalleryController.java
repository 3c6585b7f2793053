package io.onewindow.catalog.web;

import io.onewindow.workflow.ProcessModels;
import io.onewindow.workflow.StandardProcesses;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * 流程图示例 for department admins: what each supported BPMN element looks like in the 一图 (the four standard shapes
 * and a modeler's file with lanes, drawn by the platform's own renderer), which elements are refused and why, and
 * the example file to start from in a modeler.
 */
@Controller
@PreAuthorize("hasAnyRole('DEPT_ADMIN','SYS_ADMIN')")
class BpmnGalleryController {

    private static final String EXAMPLE = "workflow/example-with-lanes.bpmn";

    private final ProcessModels models;

    BpmnGalleryController(ProcessModels models) {
        this.models = models;
    }

    @GetMapping("/catalog/manage/bpmn")
    String gallery(Model model) throws IOException {
        Map<String, String> drawings = new LinkedHashMap<>();
        List<StandardProcesses.Reviewer> joint = List.of(new StandardProcesses.Reviewer("511100-ZRZYJ", "自然资源和规划局"),
                new StandardProcesses.Reviewer("511100-YJJ", "应急管理局"));
        drawings.put("秒批：规则审查，未通过转人工审核（决定环节 decide）", models.diagramSvg(StandardProcesses.bpmn(
                StandardProcesses.Shape.INSTANT, "g_instant", "秒批", "511100-RSJ", List.of())));
        drawings.put("审查 → 决定", models.diagramSvg(StandardProcesses.bpmn(StandardProcesses.Shape.SIMPLE, "g_simple",
                "审查后决定", "511100-WJW", List.of())));
        drawings.put("审查 → 现场勘查 → 审核（可退回）→ 决定：排他网关按 outcome 分支，退回虚线画在下方", models.diagramSvg(
                StandardProcesses.bpmn(StandardProcesses.Shape.MULTI_STEP, "g_multi", "多环节", "511100-SCJGJ", List.of())));
        drawings.put("并联会审：并行网关分支、汇合后决定", models.diagramSvg(StandardProcesses.bpmn(
                StandardProcesses.Shape.JOINT_REVIEW, "g_joint", "并联会审", "511100-ZJJ", joint)));
        drawings.put("建模工具绘制的文件：保留其位置、连线和泳道", models.diagramSvg(example()));
        model.addAttribute("drawings", drawings);
        return "catalog/bpmn-gallery";
    }

    @GetMapping(value = "/catalog/manage/bpmn/example.bpmn")
    ResponseEntity<String> exampleFile() throws IOException {
        return ResponseEntity.ok().contentType(new MediaType("application", "xml", StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=example-with-lanes.bpmn").body(example());
    }

    private static String example() throws IOException {
        return new ClassPathResource(EXAMPLE).getContentAsString(StandardCharsets.UTF_8);
    }
}
