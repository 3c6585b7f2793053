package io.onewindow.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.onewindow.IntegrationTest;
import io.onewindow.identity.NewStaff;
import io.onewindow.identity.Role;
import io.onewindow.identity.StaffAccounts;
import io.onewindow.workflow.StandardProcesses;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/** The whole life of an item through the management pages, as the department and the city would use them. */
@IntegrationTest
class CatalogEditingIntegrationTests {

    private static final String MATERIALS = """
            申请书 | 电子件 | 1 | 必需 | 申请人提交
            营业执照 | 电子件 | 1 | 必需 | 电子证照：营业执照""";

    @Autowired
    MockMvc mvc;

    @Autowired
    Catalog catalog;

    @Autowired
    StaffAccounts staffAccounts;

    @Autowired
    JdbcClient jdbc;

    private MockHttpSession login(String username) throws Exception {
        return io.onewindow.DemoLogins.session(mvc, username, password(username));
    }

    private static String password(String username) {
        return username.startsWith("other.") ? "Other2023x" : "Leshan2023";
    }

    private String create(MockHttpSession session, String name) throws Exception {
        String location = mvc.perform(post("/catalog/manage/items").session(session).with(csrf())
                        .param("departmentId", "511100-SCJGJ").param("name", name).param("type", "LICENSING")
                        .param("audience", "ENTERPRISE"))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/catalog/manage/items/511100-SCJGJ-XK-");
        return location.substring("/catalog/manage/items/".length());
    }

    private RequestBuilder draft(String code, MockHttpSession session, String materials, String days,
            String bpmn) {
        return multipart("/catalog/manage/items/" + code + "/draft").file(new MockMultipartFile("bpmnFile",
                        "process.bpmn", "application/xml", bpmn == null ? new byte[0] : bpmn.getBytes()))
                .session(session).with(csrf())
                .param("name", "网络餐饮服务第三方平台备案").param("audience", "ENTERPRISE").param("lifeEvents", "准营")
                .param("keywords", "外卖平台，网络订餐").param("legalBasis", "《中华人民共和国食品安全法》第六十二条")
                .param("conditions", "在本市设立的网络餐饮服务第三方平台").param("materials", materials)
                .param("statutoryDays", days).param("promisedDays", "0").param("fees", "不收费")
                .param("result", "备案凭证").param("location", "乐山市政务服务中心").param("hours", "工作日")
                .param("enquiryPhone", "12345").param("complaintPhone", "12345").param("supervisor", "乐山市人民政府办公室")
                .param("visits", "0").param("flags", "COMPREHENSIVE_WINDOW")
                .param("form", "entName | 主体名称 | 文本 | 必填 | | enterprise.name\nurl | 平台网址 | 文本 | 必填 | ^https?://.+ |");
    }

    private static String bpmn(String code) {
        return StandardProcesses.bpmn(StandardProcesses.Shape.SIMPLE, "p_" + code.replace('-', '_'), "网络餐饮服务第三方平台备案",
                "511100-SCJGJ", List.of());
    }

    @Test
    void draftSubmitPublishReviseAndDiff() throws Exception {
        MockHttpSession department = login("deptadmin");
        MockHttpSession city = login("zwadmin");
        String code = create(department, "网络餐饮服务第三方平台备案");

        mvc.perform(draft(code, department, MATERIALS, "20", bpmn(code))).andExpect(flash().attribute("message", "草稿已保存"));
        // the department may not publish its own item
        mvc.perform(post("/catalog/manage/items/" + code + "/submit").session(department).with(csrf()))
                .andExpect(flash().attribute("message", "已提交审核"));
        mvc.perform(post("/catalog/manage/items/" + code + "/publish").session(department).with(csrf()))
                .andExpect(flash().attribute("error", "只有政务服务管理部门可以审核发布事项"));
        assertThat(catalog.published(code)).isEmpty();

        mvc.perform(post("/catalog/manage/items/" + code + "/publish").session(city).with(csrf()))
                .andExpect(flash().attribute("message", org.hamcrest.Matchers.startsWith("已发布")));
        assertThat(catalog.search(CatalogQuery.text("外卖平台")).items()).extracting(ItemSummary::code).contains(code);

        // a published version cannot be changed, not even by SQL
        assertThatThrownBy(() -> jdbc.sql("update catalog_item_version set guide = '{}' where status = 'PUBLISHED'").update())
                .hasMessageContaining("immutable");

        // revise: version 2 with an extra material, published; window and API both show version 2
        mvc.perform(post("/catalog/manage/items/" + code + "/revise").session(department).with(csrf()))
                .andExpect(flash().attribute("message", "已新建修订版草稿"));
        mvc.perform(draft(code, department, MATERIALS + "\n平台食品安全管理制度 | 电子件 | 1 | 必需 | 申请人提交", "15", null))
                .andExpect(flash().attribute("message", "草稿已保存"));
        mvc.perform(post("/catalog/manage/items/" + code + "/submit").session(department).with(csrf()));
        mvc.perform(post("/catalog/manage/items/" + code + "/publish").session(city).with(csrf()));

        assertThat(catalog.published(code).orElseThrow().version()).isEqualTo(2);
        mvc.perform(get("/api/v1/catalog/items/" + code))
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.guide.materials.length()").value(3))
                .andExpect(jsonPath("$.guide.materials[2].name").value("平台食品安全管理制度"))
                .andExpect(jsonPath("$.guide.statutoryDays").value(15));
        mvc.perform(get("/window/items/" + code).session(login("clerk")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("平台食品安全管理制度")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("第 <span>2</span> 版")));
        mvc.perform(get("/catalog/manage/items/" + code + "/diff").param("from", "1").param("to", "2").session(department))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("平台食品安全管理制度")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("法定办结时限")));
        assertThat(jdbc.sql("select count(*) from audit_entry where object_type = 'catalog.item' and object_id = ?")
                .param(code).query(Long.class).single()).isGreaterThanOrEqualTo(8);
    }

    @Test
    void submittingIsRefusedWithWhatIsMissingAndBadInputIsNamed() throws Exception {
        MockHttpSession department = login("deptadmin");
        String code = create(department, "待完善事项");
        mvc.perform(post("/catalog/manage/items/" + code + "/submit").session(department).with(csrf()))
                .andExpect(flash().attribute("error", org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("缺少设定依据"),
                        org.hamcrest.Matchers.containsString("缺少 BPMN 办理流程"))));
        // a material without a source, a time limit that is not a positive number
        mvc.perform(draft(code, department, "申请书 | 电子件 | 1 | 必需 |", "20", null))
                .andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("申请材料第 1 行")));
        mvc.perform(draft(code, department, MATERIALS, "0", null))
                .andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("法定办结时限应为 1–365 个工作日")));
        mvc.perform(draft(code, department, MATERIALS, "二十", null))
                .andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("应为整数")));
        // invalid BPMN is stored in the draft but refused on submit, naming the element
        String broken = bpmn(code).replace(" flowable:candidateGroups=\"dept:511100-SCJGJ:APPROVER\"", "");
        mvc.perform(draft(code, department, MATERIALS, "20", broken)).andExpect(flash().attribute("message", "草稿已保存"));
        mvc.perform(post("/catalog/manage/items/" + code + "/submit").session(department).with(csrf()))
                .andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("review")));
        mvc.perform(draft(code, department, MATERIALS, "20", "<definitions>not bpmn")).andExpect(flash().attribute("message", "草稿已保存"));
        mvc.perform(post("/catalog/manage/items/" + code + "/submit").session(department).with(csrf()))
                .andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("BPMN 文件无法解析")));
        assertThat(catalog.published(code)).isEmpty();
    }

    @Test
    void anotherDepartmentsAdminCannotTouchTheItem() throws Exception {
        staffAccounts.create(new NewStaff("other.admin", "Other2023x", "卫健委管理员", "511100-WJW", null,
                Set.of(Role.DEPT_ADMIN)));
        // an administrator set the password: it must be changed first; here as if that had been done
        jdbc.sql("update identity_account set must_change_password = false where username = 'other.admin'").update();
        String code = create(login("deptadmin"), "他部门事项");
        MockHttpSession other = login("other.admin");
        mvc.perform(get("/catalog/manage/items/" + code).session(other)).andExpect(status().isForbidden());
        mvc.perform(post("/catalog/manage/items/" + code + "/submit").session(other).with(csrf()))
                .andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("本部门管理员")));
        mvc.perform(post("/catalog/manage/items").session(other).with(csrf()).param("departmentId", "511100-SCJGJ")
                        .param("name", "越权创建").param("type", "LICENSING").param("audience", "ENTERPRISE"))
                .andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("本部门管理员")));
        // applicants and clerks cannot open the management pages at all
        mvc.perform(get("/catalog/manage").session(login("zhangsan"))).andExpect(status().isForbidden());
    }
}
