package io.onewindow.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.onewindow.IntegrationTest;
import io.onewindow.casework.internal.CaseRepository;
import io.onewindow.casework.internal.OutcomeRepository;
import io.onewindow.catalog.Catalog;
import io.onewindow.catalog.CatalogQuery;
import io.onewindow.identity.NewStaff;
import io.onewindow.identity.Role;
import io.onewindow.identity.StaffAccounts;
import io.onewindow.workflow.Processes;
import io.onewindow.workflow.WorkTask;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/** 后台分类审批 through the pages: steps, returns (also out of a joint review), decisions, 秒批, 出件. */
@IntegrationTest
@RecordApplicationEvents
class ApprovalIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Catalog catalog;

    @Autowired
    CaseRepository cases;

    @Autowired
    OutcomeRepository outcomes;

    @Autowired
    Processes processes;

    @Autowired
    StaffAccounts staff;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    @Autowired
    io.onewindow.identity.Registrations registrations;

    @Autowired
    io.onewindow.casework.internal.ClockWatch clockWatch;

    MockHttpSession login(String username) throws Exception {
        String password = username.startsWith("t.") ? "Test2023ok" : "Leshan2023";
        return io.onewindow.DemoLogins.session(mvc, username, password);
    }

    /** A case submitted at the city hall's window for the demo enterprise, with the given materials uploaded. */
    /** {@code materials}: the ones handed in, including 部门共享 ones the catalogue has no shared data for. */
    UUID submitAtWindow(String itemName, int[] materials, String... fields) throws Exception {
        MockHttpSession clerk = login("clerk");
        String code = catalog.search(CatalogQuery.text(itemName)).items().get(0).code();
        String creditCode = jdbc.sql("select credit_code from identity_enterprise where name = '乐山嘉州绿色硅材料有限公司'")
                .query(String.class).single();
        String location = mvc.perform(post("/window/intake").session(clerk).with(csrf()).param("itemCode", code)
                .param("idNumber", creditCode)).andReturn().getResponse().getRedirectedUrl();
        UUID id = UUID.fromString(location.substring("/cases/".length()));
        for (int i : materials) {
            mvc.perform(multipart("/cases/" + id + "/materials").file(new MockMultipartFile("file", "m.pdf", null,
                    CaseworkIntegrationTests.PDF)).param("index", String.valueOf(i)).session(clerk).with(csrf()));
        }
        var submit = post("/cases/" + id + "/form").session(clerk).with(csrf()).param("action", "submit")
                .param("idempotencyKey", "t-" + id).param("f.contact", "李娜").param("f.phone", "13912340000")
                .param("f.legalRep", "黄明");
        for (int i = 0; i < fields.length; i += 2) {
            submit.param("f." + fields[i], fields[i + 1]);
        }
        mvc.perform(submit).andExpect(flash().attribute("message", org.hamcrest.Matchers.startsWith("已提交")));
        return id;
    }

    WorkTask only(UUID caseId, String activity) {
        List<WorkTask> tasks = processes.tasksOfCase(caseId.toString()).stream()
                .filter(t -> t.activityId().equals(activity)).toList();
        assertThat(tasks).as("open %s tasks", activity).hasSize(1);
        return tasks.get(0);
    }

    void claimAndPass(MockHttpSession who, UUID caseId, String activity, String opinion) throws Exception {
        WorkTask t = only(caseId, activity);
        mvc.perform(post("/tasks/" + t.id() + "/claim").session(who).with(csrf()).param("caseId", caseId.toString()))
                .andExpect(flash().attribute("message", "已认领"));
        mvc.perform(post("/tasks/" + t.id() + "/pass").session(who).with(csrf()).param("caseId", caseId.toString())
                .param("opinion", opinion)).andExpect(flash().attribute("message", "本环节已办结，流转至下一环节"));
    }

    @Test
    void reviewInspectAuditReturnedOnceThenDecidedAndHandedOut() throws Exception {
        UUID id = submitAtWindow("食品经营许可", new int[] {0, 3, 4}, "premises", "乐山市市中区嘉州大道1号",
                "mainBusiness", "餐饮服务经营者", "items", "热食类食品制售");
        MockHttpSession approver = login("approver");
        MockHttpSession head = login("deptadmin");
        mvc.perform(post("/cases/" + id + "/accept").session(approver).with(csrf()));
        assertThat(outcomes.of(id).processInstanceId()).isNotNull();
        assertThat(processes.isRunning(id.toString())).isTrue();

        mvc.perform(get("/workbench").session(approver)).andExpect(content().string(org.hamcrest.Matchers.containsString(
                cases.find(id).orElseThrow().number())));
        claimAndPass(approver, id, "review", "材料齐全");
        mvc.perform(multipart("/cases/" + id + "/attachments").file(new MockMultipartFile("file", "勘查记录.pdf", null,
                CaseworkIntegrationTests.PDF)).session(approver).with(csrf())).andExpect(flash().attribute("message", "已添加审批附件"));
        mvc.perform(multipart("/cases/" + id + "/attachments").file(new MockMultipartFile("file", "勘查记录.pdf", null,
                CaseworkIntegrationTests.PDF)).session(login("clerk")).with(csrf()))
                .andExpect(flash().attribute("error", "只有主管部门在审批中可以添加附件"));
        claimAndPass(approver, id, "inspect", "现场符合要求");
        WorkTask audit = only(id, "audit");
        mvc.perform(post("/tasks/" + audit.id() + "/return").session(head).with(csrf()).param("caseId", id.toString())
                .param("activityId", "review").param("reason", "经营场所面积未核实")).andExpect(flash().attribute("message", "已退回"));
        assertThat(only(id, "review").returnReason()).isEqualTo("经营场所面积未核实");
        claimAndPass(approver, id, "review", "已核实面积");
        claimAndPass(approver, id, "inspect", "复核无误");
        claimAndPass(head, id, "audit", "同意");
        WorkTask decide = only(id, "decide");
        mvc.perform(post("/tasks/" + decide.id() + "/claim").session(head).with(csrf()).param("caseId", id.toString()));
        mvc.perform(post("/tasks/" + decide.id() + "/decide").session(head).with(csrf()).param("caseId", id.toString())
                .param("approve", "true")).andExpect(flash().attribute("message", "已决定准予"));

        assertThat(cases.find(id).orElseThrow().status()).isEqualTo(CaseStatus.APPROVED);
        assertThat(processes.isRunning(id.toString())).isFalse();
        assertThat(events.stream(CaseApproved.class).filter(e -> e.caseId().equals(id)))
                .singleElement().satisfies(e -> assertThat(e.resultLicenseType()).isEqualTo("食品经营许可证"));
        assertThat(cases.events(id)).extracting(CaseRepository.CaseEvent::note)
                .anyMatch(n -> n.contains("审核 退回至 审查：经营场所面积未核实"));
        mvc.perform(get("/cases/" + id + "/notices/approval.pdf").session(login("clerk"))).andExpect(status().isOk());

        MockHttpSession clerk = login("clerk");
        mvc.perform(get("/window/delivery").session(clerk)).andExpect(content().string(org.hamcrest.Matchers.containsString(
                cases.find(id).orElseThrow().number())));
        mvc.perform(post("/window/delivery/" + id).session(clerk).with(csrf()).param("method", "WINDOW"))
                .andExpect(flash().attribute("message", "已登记出件"));
        assertThat(outcomes.of(id).deliveryStatus()).isEqualTo("DELIVERED");
        assertThat(jdbc.sql("select count(*) from audit_entry where object_id = ? and action like 'CASE_TASK%'")
                .param(id.toString()).query(Long.class).single()).isGreaterThanOrEqualTo(10);
    }

    @Test
    void aReturnFromOneJointBranchRerunsBoth() throws Exception {
        staff.create(new NewStaff("t.zjj", "Test2023ok", "住建审批", "511100-ZJJ", null, Set.of(Role.APPROVER, Role.DEPT_ADMIN)));
        staff.create(new NewStaff("t.zrzy", "Test2023ok", "规划审批", "511100-ZRZYJ", null, Set.of(Role.APPROVER)));
        staff.create(new NewStaff("t.yjj", "Test2023ok", "应急审批", "511100-YJJ", null, Set.of(Role.APPROVER)));
        // an administrator chose these passwords, so they must be changed first: here as if that had been done
        jdbc.sql("update identity_account set must_change_password = false where username like 't.%'").update();
        UUID id = submitAtWindow("建筑工程施工许可证核发", new int[] {0, 3, 4, 5}, "projectCode", "2026-511102-47-03-012345",
                "projectName", "嘉州新城一期",
                "site", "乐山市市中区", "contractPrice", "5000", "floorArea", "12000");
        MockHttpSession zjj = login("t.zjj");
        MockHttpSession zrzy = login("t.zrzy");
        MockHttpSession yjj = login("t.yjj");
        mvc.perform(post("/cases/" + id + "/accept").session(zjj).with(csrf()));
        claimAndPass(zjj, id, "review", "材料齐全");
        // both departments have their step at once (并联审批)
        only(id, "joint1");
        only(id, "joint2");
        claimAndPass(zrzy, id, "joint1", "符合规划");
        // the other department cannot act on this department's step by its id
        WorkTask joint2 = only(id, "joint2");
        mvc.perform(post("/tasks/" + joint2.id() + "/pass").session(zrzy).with(csrf()).param("caseId", id.toString())
                .param("opinion", "越权")).andExpect(flash().attribute("error", "该环节不属于您的部门和岗位"));
        mvc.perform(post("/tasks/" + joint2.id() + "/return").session(yjj).with(csrf()).param("caseId", id.toString())
                .param("activityId", "review").param("reason", "消防通道设计需补充")).andExpect(flash().attribute("message", "已退回"));
        assertThat(processes.tasksOfCase(id.toString())).extracting(WorkTask::activityId).containsExactly("review");
        claimAndPass(zjj, id, "review", "已补充");
        // both branches run again
        only(id, "joint1");
        only(id, "joint2");
    }

    @Test
    void instantItemsAreDecidedInTheSubmitRequestOrGoToAPerson() throws Exception {
        MockHttpSession citizen = login("zhangsan");
        String item = catalog.search(CatalogQuery.text("城乡居民基本养老保险参保登记")).items().get(0).code();
        String body = "{\"itemCode\":\"" + item + "\",\"form\":{\"grade\":\"300\",\"phone\":\"13800000001\"}}";
        String response = mvc.perform(post("/api/v1/cases").session(citizen).with(csrf()).header("Idempotency-Key", "instant-ok-1")
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("APPROVED"))
                .andReturn().getResponse().getContentAsString();
        UUID id = UUID.fromString(com.jayway.jsonpath.JsonPath.<String>read(response, "$.id"));
        assertThat(outcomes.of(id).autoRules()).hasSize(3).allMatch(r -> r.passed());
        assertThat(processes.isRunning(id.toString())).isFalse();
        mvc.perform(get("/cases/" + id).session(citizen)).andExpect(content().string(org.hamcrest.Matchers.containsString("秒批规则")));

        // an applicant refused within the year is not decided automatically: a person decides, seeing the failed rule
        String idNumber = io.onewindow.identity.synthetic.SyntheticIdentities.residentId("511124", java.time.LocalDate.of(1980, 5, 6), 381);
        registrations.registerCitizen(new io.onewindow.identity.NewCitizen("赵六", idNumber, "13700000002"),
                new io.onewindow.identity.NewLogin("zhaoliu", "Leshan2023"));
        hasHukou(idNumber);
        jdbc.sql("""
                insert into casework_case (id, number, item_code, item_version, department_id, region_id, channel,
                  applicant_kind, applicant_id, applicant_name, applicant_tail, submitted_by, status, statutory_days,
                  promised_days, submitted_at, decision_reason, decision_basis)
                select gen_random_uuid(), 'T-REFUSED-1', ?, 1, '511100-RSJ', '511100', 'WINDOW', 'CITIZEN', c.id,
                  c.name, '0000', a.id, 'REJECTED', 5, 0, now(), '不符合参保条件', '测试'
                from identity_citizen c join identity_account a on a.citizen_id = c.id where a.username = 'zhaoliu'""")
                .param(item).update();
        MockHttpSession refused = login("zhaoliu");
        String second = mvc.perform(post("/api/v1/cases").session(refused).with(csrf()).header("Idempotency-Key", "instant-fail-1")
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("ACCEPTED"))
                .andReturn().getResponse().getContentAsString();
        UUID manual = UUID.fromString(com.jayway.jsonpath.JsonPath.<String>read(second, "$.id"));
        assertThat(outcomes.of(manual).autoRules()).filteredOn(r -> !r.passed()).extracting(r -> r.rule())
                .contains("申请人近一年无不予受理或不予许可记录");
        WorkTask check = only(manual, "decide");
        MockHttpSession hr = login("approver.hr");
        mvc.perform(get("/cases/" + manual).session(hr)).andExpect(content().string(org.hamcrest.Matchers.containsString("未通过")));
        mvc.perform(post("/tasks/" + check.id() + "/decide").session(hr).with(csrf()).param("caseId", manual.toString())
                .param("approve", "true")).andExpect(flash().attribute("message", "已决定准予"));
        assertThat(cases.find(manual).orElseThrow().status()).isEqualTo(CaseStatus.APPROVED);
    }

    @Autowired
    io.onewindow.exchange.ExchangeSetup exchange;

    @Autowired
    io.onewindow.identity.People people;

    /** The 公安 provider holds the person's 户籍 (the item's 部门共享 material). */
    void hasHukou(String idNumber) {
        var c = people.citizenByIdNumber(idNumber).orElseThrow();
        exchange.putRecord("GA-HJXX", c.id(), java.util.Map.of("姓名", c.name(), "户籍地址", "四川省乐山市"));
    }

    /** 秒批 has no human acceptance: an applicant without the required electronic licence goes to a person. */
    @Test
    void anApplicantWithoutARequiredLicenceIsNotApprovedInstantly() throws Exception {
        String item = catalog.search(CatalogQuery.text("城乡居民基本养老保险参保登记")).items().get(0).code();
        String idNumber = io.onewindow.identity.synthetic.SyntheticIdentities.residentId("511126", java.time.LocalDate.of(1975, 2, 3), 557);
        registrations.registerCitizen(new io.onewindow.identity.NewCitizen("钱七", idNumber, "13700000003"),
                new io.onewindow.identity.NewLogin("qianqi", "Leshan2023"));
        hasHukou(idNumber);
        String response = mvc.perform(post("/api/v1/cases").session(login("qianqi")).with(csrf())
                        .header("Idempotency-Key", "instant-no-licence-1").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"itemCode\":\"" + item + "\",\"form\":{\"grade\":\"300\",\"phone\":\"13700000003\"}}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("ACCEPTED"))
                .andReturn().getResponse().getContentAsString();
        UUID id = UUID.fromString(com.jayway.jsonpath.JsonPath.<String>read(response, "$.id"));
        var failed = outcomes.of(id).autoRules().stream().filter(r -> !r.passed()).toList();
        assertThat(failed).extracting(r -> r.rule()).containsExactly("申请表和材料通过智能预审",
                "所需材料均由电子证照、部门共享获取或免提交");
        assertThat(failed.get(0).detail()).contains("未找到您的电子证照“居民身份证”");
        assertThat(failed.get(1).detail()).contains("电子证照 居民身份证（未找到）");
        assertThat(processes.isRunning(id.toString())).isTrue();
        only(id, "decide");
        // the one who holds the licence is decided in the request, with the licence as evidence
        String approved = mvc.perform(post("/api/v1/cases").session(login("zhangsan")).with(csrf())
                        .header("Idempotency-Key", "instant-licence-evidence-1").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"itemCode\":\"" + item + "\",\"form\":{\"grade\":\"300\",\"phone\":\"13800000001\"}}"))
                .andExpect(jsonPath("$.status").value("APPROVED")).andReturn().getResponse().getContentAsString();
        assertThat(outcomes.of(UUID.fromString(com.jayway.jsonpath.JsonPath.<String>read(approved, "$.id"))).autoRules())
                .anySatisfy(r -> assertThat(r.detail()).contains("依据：电子证照 居民身份证 "));
    }

    @Test
    void anOverdueCaseIsEscalatedOnceEvenWhenTwoNodesWatchAtOnce() throws Exception {
        UUID id = submitAtWindow("特种设备使用登记", new int[] {0, 2, 3}, "equipment", "电梯", "location", "乐山市市中区");
        mvc.perform(post("/cases/" + id + "/accept").session(login("approver")).with(csrf()));
        // accepted long ago: the 15-working-day clock ran out
        jdbc.sql("update casework_case set accepted_on = date '2026-03-02' where id = ?").param(id).update();
        java.util.concurrent.ExecutorService nodes = java.util.concurrent.Executors.newFixedThreadPool(2);
        var first = nodes.submit(clockWatch::scan);
        var second = nodes.submit(clockWatch::scan);
        first.get();
        second.get();
        nodes.shutdown();
        clockWatch.scan();
        assertThat(jdbc.sql("select count(*) from casework_clock_alert where case_id = ? and kind = 'ESCALATION'")
                .param(id).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from casework_event where case_id = ? and type = 'ESCALATION'")
                .param(id).query(Long.class).single()).isEqualTo(1);
        mvc.perform(get("/workbench").session(login("deptadmin")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("已超过法定时限")));
    }
}
