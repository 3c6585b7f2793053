package io.onewindow.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

import io.onewindow.DemoLogins;
import io.onewindow.IntegrationTest;
import io.onewindow.casework.CaseStatus;
import io.onewindow.casework.Cases;
import io.onewindow.identity.Role;
import io.onewindow.identity.StaffAccounts;
import io.onewindow.identity.synthetic.SyntheticIdentities;
import io.onewindow.workflow.Processes;
import io.onewindow.workflow.WorkTask;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * A modeler's file (src/test/resources/bpmn) goes through the catalogue as a department would upload it: refused on
 * submit with findings when it could strand a case, or published and walked to a decision with demo accounts.
 */
@IntegrationTest
class ModelerFilesIntegrationTests {

    static final byte[] PDF = io.onewindow.TestFiles.PDF;

    @Autowired
    MockMvc mvc;

    @Autowired
    Catalog catalog;

    @Autowired
    Processes processes;

    @Autowired
    Cases cases;

    @Autowired
    StaffAccounts staff;

    @Autowired
    io.onewindow.workflow.ProcessModels models;

    private static String fixture(String name) throws Exception {
        return new ClassPathResource("bpmn/" + name).getContentAsString(StandardCharsets.UTF_8);
    }

    private String create(MockHttpSession session, String name) throws Exception {
        String location = mvc.perform(post("/catalog/manage/items").session(session).with(csrf())
                        .param("departmentId", "511100-ZJJ").param("name", name).param("type", "LICENSING")
                        .param("audience", "ENTERPRISE"))
                .andReturn().getResponse().getRedirectedUrl();
        return location.substring("/catalog/manage/items/".length());
    }

    private RequestBuilder draft(String code, MockHttpSession session, String name, String bpmn) {
        return multipart("/catalog/manage/items/" + code + "/draft").file(new MockMultipartFile("bpmnFile",
                        "process.bpmn", "application/xml", bpmn.getBytes(StandardCharsets.UTF_8)))
                .session(session).with(csrf())
                .param("name", name).param("audience", "ENTERPRISE").param("lifeEvents", "投资建设")
                .param("keywords", "并联审查").param("legalBasis", "《中华人民共和国建筑法》第八条")
                .param("conditions", "已取得建设工程规划许可").param("materials", "申请表|电子件|1|必需|申请人提交")
                .param("statutoryDays", "20").param("promisedDays", "10").param("fees", "不收费")
                .param("result", "审查意见书").param("location", "乐山市政务服务中心").param("hours", "工作日")
                .param("enquiryPhone", "12345").param("complaintPhone", "12345").param("supervisor", "乐山市人民政府办公室")
                .param("visits", "0").param("flags", "COMPREHENSIVE_WINDOW")
                .param("form", "entName | 主体名称 | 文本 | 必填 | | enterprise.name\nproject | 项目名称 | 文本 | 必填 | |");
    }

    @Test
    void aFileThatCouldStrandACaseIsRefusedOnSubmitNamingTheElements() throws Exception {
        MockHttpSession department = DemoLogins.session(mvc, "head.zjj");
        String code = create(department, "休假审批（外来流程）");
        mvc.perform(draft(code, department, "休假审批（外来流程）", fixture("flowable-vacation-request.bpmn20.xml")))
                .andExpect(flash().attribute("message", "草稿已保存"));
        mvc.perform(post("/catalog/manage/items/" + code + "/submit").session(department).with(csrf()))
                .andExpect(flash().attribute("error", containsString("候选组 management 不是平台的部门岗位")))
                .andExpect(flash().attribute("error", containsString("缺少决定环节")));
        assertThat(catalog.published(code)).isEmpty();
    }

    @Test
    void theAdaptedParallelReviewIsPublishedAndEveryCaseReachesADecision() throws Exception {
        MockHttpSession department = DemoLogins.session(mvc, "head.zjj");
        MockHttpSession city = DemoLogins.session(mvc, "zwadmin");
        String code = create(department, "建设项目并联审查");
        mvc.perform(draft(code, department, "建设项目并联审查", fixture("adapted-parallel-review.bpmn20.xml")))
                .andExpect(flash().attribute("message", "草稿已保存"));

        // while nobody holds a role the process needs, it cannot be submitted
        var fire = staff.withRole("511100-YJJ", Role.APPROVER);
        fire.forEach(a -> staff.setEnabled(a, false));
        try {
            mvc.perform(post("/catalog/manage/items/" + code + "/submit").session(department).with(csrf()))
                    .andExpect(flash().attribute("error", containsString("用户任务 fire（消防审查）：乐山市应急管理局没有启用的“部门审批人员”账号")));
        } finally {
            fire.forEach(a -> staff.setEnabled(a, true));
        }
        mvc.perform(post("/catalog/manage/items/" + code + "/submit").session(department).with(csrf()))
                .andExpect(flash().attribute("message", "已提交审核"));
        mvc.perform(post("/catalog/manage/items/" + code + "/publish").session(city).with(csrf()))
                .andExpect(flash().attribute("message", containsString("已发布")));

        // a case taken at the window for the demo enterprise runs through both branches to 决定 by demo accounts
        MockHttpSession clerk = DemoLogins.session(mvc, "clerk");
        String location = mvc.perform(post("/window/intake").session(clerk).with(csrf()).param("itemCode", code)
                .param("idNumber", SyntheticIdentities.creditCode("91", "511100", 20230001L))).andReturn().getResponse().getRedirectedUrl();
        UUID id = UUID.fromString(location.substring("/cases/".length()));
        mvc.perform(multipart("/cases/" + id + "/materials").file(new MockMultipartFile("file", "申请表.pdf", null, PDF))
                .param("index", "0").session(clerk).with(csrf()));
        mvc.perform(post("/cases/" + id + "/form").session(clerk).with(csrf()).param("action", "submit")
                .param("idempotencyKey", "modeler-" + id).param("f.contact", "李娜").param("f.phone", "13912340000")
                .param("f.legalRep", "黄明").param("f.project", "嘉州新城二期"));
        mvc.perform(post("/cases/" + id + "/accept").session(DemoLogins.session(mvc, "approver.zjj")).with(csrf()));
        Map<String, String> who = Map.of("planning", "approver.zrzyj", "fire", "approver.yjj", "decide", "head.zjj");
        for (int round = 0; round < 5 && !processes.tasksOfCase(id.toString()).isEmpty(); round++) {
            for (WorkTask t : processes.tasksOfCase(id.toString())) {
                MockHttpSession session = DemoLogins.session(mvc, who.get(t.activityId()));
                mvc.perform(post("/tasks/" + t.id() + "/claim").session(session).with(csrf()).param("caseId", id.toString()));
                mvc.perform(post("/tasks/" + t.id() + (t.activityId().equals("decide") ? "/decide" : "/pass")).session(session)
                        .with(csrf()).param("caseId", id.toString()).param("approve", "true").param("opinion", "同意"));
            }
        }
        assertThat(cases.find(id).orElseThrow().status()).isEqualTo(CaseStatus.APPROVED);
    }

    @Test
    void departmentAdminsSeeWhatEachElementLooksLikeAndGetAFileThatPasses() throws Exception {
        MockHttpSession department = DemoLogins.session(mvc, "head.zjj");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/catalog/manage/bpmn").session(department))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(containsString("data-lane=\"业务科室\"")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(containsString("不被接受的元素")));
        String example = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/catalog/manage/bpmn/example.bpmn")
                .session(department)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(models.check(example).problems()).isEmpty();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/catalog/manage/bpmn")
                .session(DemoLogins.session(mvc, "zhangsan"))).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isForbidden());
    }
}
