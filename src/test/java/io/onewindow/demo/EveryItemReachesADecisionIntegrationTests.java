package io.onewindow.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import io.onewindow.DemoLogins;
import io.onewindow.IntegrationTest;
import io.onewindow.casework.CaseStatus;
import io.onewindow.casework.Cases;
import io.onewindow.catalog.Audience;
import io.onewindow.catalog.Catalog;
import io.onewindow.catalog.CatalogQuery;
import io.onewindow.catalog.FormField;
import io.onewindow.catalog.ItemSummary;
import io.onewindow.catalog.Material;
import io.onewindow.catalog.ServiceGuide;
import io.onewindow.identity.Role;
import io.onewindow.workflow.Processes;
import io.onewindow.workflow.WorkTask;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Nobody waits on nobody: every published demo item, taken in at the city window, is worked from 受理 to 决定 by
 * demo accounts alone — for each open step the test signs in as a demo account of the step's department and role,
 * as a person would, and fails naming the item and step when there is none.
 */
@IntegrationTest
class EveryItemReachesADecisionIntegrationTests {

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
    io.onewindow.identity.StaffAccounts staffAccounts;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    final Map<String, MockHttpSession> sessions = new HashMap<>();

    MockHttpSession login(String username) throws Exception {
        MockHttpSession session = sessions.get(username);
        if (session == null) {
            session = (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(DemoLogins.PASSWORD))
                    .andExpect(authenticated()).andReturn().getRequest().getSession(false);
            sessions.put(username, session);
        }
        return session;
    }

    @Test
    void everyPublishedDemoItemIsDecidedByDemoAccountsAlone() throws Exception {
        // the demo catalogue (loaded by the platform), not items other tests publish with their own process models
        List<ItemSummary> items = catalog.search(new CatalogQuery(null, null, null, null, null, null, 0, 100)).items().stream()
                .filter(i -> "system".equals(catalog.published(i.code()).orElseThrow().createdBy())).toList();
        assertThat(items).hasSizeGreaterThanOrEqualTo(40);
        List<String> stuck = new ArrayList<>();
        for (ItemSummary item : items) {
            String result = walk(item);
            if (result != null) {
                stuck.add(item.name() + "：" + result);
            }
        }
        assertThat(stuck).as("items that do not reach a decision with demo accounts").isEmpty();
    }

    private CaseStatus status(UUID id) {
        return cases.find(id).orElseThrow().status();
    }

    /** Returns null when the case was decided, otherwise where it stopped. */
    private String walk(ItemSummary item) throws Exception {
        ServiceGuide g = catalog.published(item.code()).orElseThrow().guide();
        MockHttpSession clerk = login("clerk");
        // 设立登记 is applied for by the person founding the business
        boolean founding = "营业执照".equals(g.resultLicenseType()) && g.lifeEvents().contains("设立");
        String applicant = g.audience() == Audience.CITIZEN || founding ? DemoAccounts.ZHANGSAN_ID : DemoAccounts.QIYE_CREDIT_CODE;
        String location = mvc.perform(post("/window/intake").session(clerk).with(csrf()).param("itemCode", item.code())
                .param("idNumber", applicant)).andReturn().getResponse().getRedirectedUrl();
        if (location == null || !location.startsWith("/cases/")) {
            return "窗口无法受理";
        }
        UUID id = UUID.fromString(location.substring("/cases/".length()));
        for (int i = 0; i < g.materials().size(); i++) {
            Material m = g.materials().get(i);
            if (m.required() && m.condition() == null && m.source() == Material.Source.APPLICANT) {
                mvc.perform(multipart("/cases/" + id + "/materials").file(new MockMultipartFile("file", "m.pdf", null, PDF))
                        .param("index", String.valueOf(i)).session(clerk).with(csrf()));
            }
        }
        MockHttpServletRequestBuilder submit = post("/cases/" + id + "/form").session(clerk).with(csrf())
                .param("action", "submit").param("idempotencyKey", "walk-" + id);
        for (FormField f : g.form()) {
            submit.param("f." + f.key(), sample(f));
        }
        String refused = (String) mvc.perform(submit).andReturn().getFlashMap().get("error");
        if (status(id) == CaseStatus.DRAFT && refused != null && refused.contains("未能从")) {
            // a 部门共享 material that could not be fetched: the clerk uploads it, as the message asks, and submits again
            for (int index : jdbc.sql("select material_index from casework_shared_material where case_id = ? and not found")
                    .param(id).query(Integer.class).list()) {
                mvc.perform(multipart("/cases/" + id + "/materials").file(new MockMultipartFile("file", "m.pdf", null, PDF))
                        .param("index", String.valueOf(index)).session(clerk).with(csrf()));
            }
            refused = (String) mvc.perform(submit).andReturn().getFlashMap().get("error");
        }
        if (status(id) == CaseStatus.DRAFT) {
            return "无法提交：" + refused;
        }
        if (status(id) == CaseStatus.SUBMITTED) {
            MockHttpSession accepting = login(account(g.departmentId(), Role.APPROVER, item.name() + " 受理"));
            mvc.perform(post("/cases/" + id + "/accept").session(accepting).with(csrf()));
        }
        for (int round = 0; round < 20 && !processes.tasksOfCase(id.toString()).isEmpty(); round++) {
            for (WorkTask t : processes.tasksOfCase(id.toString())) {
                String[] group = t.groups().get(0).split(":");
                MockHttpSession who = login(account(group[1], Role.valueOf(group[2]), item.name() + " " + t.name()));
                // the case page tells whoever may see it who holds the case now
                mvc.perform(get("/cases/" + id).session(who)).andExpect(content().string(
                        org.hamcrest.Matchers.containsString("当前办理")));
                mvc.perform(post("/tasks/" + t.id() + "/claim").session(who).with(csrf()).param("caseId", id.toString()));
                if (t.activityId().equals("decide")) {
                    mvc.perform(post("/tasks/" + t.id() + "/decide").session(who).with(csrf()).param("caseId", id.toString())
                            .param("approve", "true"));
                } else {
                    mvc.perform(post("/tasks/" + t.id() + "/pass").session(who).with(csrf()).param("caseId", id.toString())
                            .param("opinion", "同意"));
                }
            }
        }
        return status(id) == CaseStatus.APPROVED ? null : "停在 " + status(id).label()
                + processes.tasksOfCase(id.toString()).stream().map(WorkTask::name).toList();
    }

    /** A demo account holding the role in the department; fails the test naming the step when there is none. */
    private String account(String departmentId, Role role, String step) {
        return staffAccounts.list("", 500).stream()
                .filter(s -> departmentId.equals(s.departmentId()) && s.roles().contains(role) && s.enabled())
                .map(io.onewindow.identity.StaffAccounts.AccountSummary::username).sorted().findFirst().orElseThrow(() -> new AssertionError("没有演示账号能办理“" + step + "”：" + departmentId + " " + role.label()));
    }

    private static String sample(FormField f) {
        // a pattern such as ^[0-9]{12}$: that many of the first allowed character
        var fixed = f.validation() == null ? null
                : java.util.regex.Pattern.compile("\\^\\[(.)[^]]*]\\{(\\d+)}\\$").matcher(f.validation());
        if (fixed != null && fixed.matches()) {
            return fixed.group(1).repeat(Integer.parseInt(fixed.group(2)));
        }
        if ("projectCode".equals(f.key())) { // 投资项目代码, as the 在线审批监管平台 assigns it
            return "2026-511102-47-03-012345";
        }
        return switch (f.type()) {
            case NUMBER -> "120";
            case DATE -> "2026-11-02";
            case SELECT -> f.options().get(0);
            case PHONE -> "13912340000";
            case EMAIL -> "zhangsan@example.com";
            case ID_NUMBER -> DemoAccounts.ZHANGSAN_ID;
            case CREDIT_CODE -> DemoAccounts.QIYE_CREDIT_CODE;
            case ADDRESS -> "乐山市市中区嘉州大道1号";
            default -> "演示" + f.label();
        };
    }
}
