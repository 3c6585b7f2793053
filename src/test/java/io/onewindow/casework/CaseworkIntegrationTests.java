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
import io.onewindow.casework.internal.CaseRecord;
import io.onewindow.casework.internal.CaseRepository;
import io.onewindow.catalog.Catalog;
import io.onewindow.catalog.CatalogQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class CaseworkIntegrationTests {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes();

    @Autowired
    MockMvc mvc;

    @Autowired
    io.onewindow.TestGateways.SmsGateway gateway;

    @Autowired
    Catalog catalog;

    @Autowired
    CaseRepository cases;

    @Autowired
    JdbcClient jdbc;

    MockHttpSession login(String username) throws Exception {
        return io.onewindow.DemoLogins.session(mvc, username);
    }

    String code(String name) {
        return catalog.search(CatalogQuery.text(name)).items().get(0).code();
    }

    UUID startOnline(MockHttpSession session, String itemName) throws Exception {
        String location = mvc.perform(post("/apply/" + code(itemName)).session(session).with(csrf())).andReturn().getResponse()
                .getRedirectedUrl();
        return UUID.fromString(location.substring("/cases/".length()));
    }

    @Test
    void applyOnlineGetCorrectionNoticeCorrectAndGetAccepted() throws Exception {
        MockHttpSession citizen = login("zhangsan");
        UUID id = startOnline(citizen, "出生医学证明办理");
        CaseRecord draft = cases.find(id).orElseThrow();
        assertThat(draft.form().get("applicantName")).isEqualTo("张三");
        assertThat(draft.form().get("idNumber")).isEqualTo("511102********1235");
        assertThat(draft.form().get("phone")).isEqualTo("13800000001");

        // submitting without the required material is stopped by the pre-check, and nothing changes
        mvc.perform(post("/cases/" + id + "/form").session(citizen).with(csrf()).param("action", "submit")
                        .param("idempotencyKey", "k-" + id).param("f.babyName", "张小宝").param("f.birthDate", "2026-11-20")
                        .param("f.hospital", "乐山市妇幼保健院"))
                .andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("缺少材料：出生医学证明首次签发登记表")));
        assertThat(cases.find(id).orElseThrow().status()).isEqualTo(CaseStatus.DRAFT);

        // an .exe renamed .pdf is refused; a real PDF is kept under a safe name
        mvc.perform(multipart("/cases/" + id + "/materials").file(new MockMultipartFile("file", "登记表.pdf", null,
                        new byte[] {'M', 'Z', 0, 0, 1, 2})).param("index", "1").session(citizen).with(csrf()))
                .andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("按文件内容识别")));
        mvc.perform(multipart("/cases/" + id + "/materials").file(new MockMultipartFile("file", "../../etc/登记表.pdf", null, PDF))
                        .param("index", "1").session(citizen).with(csrf()))
                .andExpect(flash().attribute("message", "材料已上传"));
        assertThat(jdbc.sql("select file_name from casework_material where case_id = ?").param(id).query(String.class).single())
                .isEqualTo("登记表.pdf");

        String key = "k-" + id;
        mvc.perform(post("/cases/" + id + "/form").session(citizen).with(csrf()).param("action", "submit")
                        .param("idempotencyKey", key).param("f.babyName", "张小宝").param("f.birthDate", "2026-11-20")
                        .param("f.hospital", "乐山市妇幼保健院").param("f.idNumber", "110105194912310021"))
                .andExpect(flash().attribute("message", org.hamcrest.Matchers.startsWith("已提交，办件编号 511100-")));
        // pressing again with the same key changes nothing
        mvc.perform(post("/cases/" + id + "/form").session(citizen).with(csrf()).param("action", "submit")
                .param("idempotencyKey", key).param("f.babyName", "张小宝"));
        CaseRecord submitted = cases.find(id).orElseThrow();
        assertThat(submitted.status()).isEqualTo(CaseStatus.SUBMITTED);
        assertThat(submitted.form().get("idNumber")).as("a tampered verified field keeps the profile value")
                .isEqualTo("511102********1235");

        // the department asks for a correction: one notice with everything
        MockHttpSession health = login("approver.health");
        mvc.perform(post("/cases/" + id + "/correction").session(health).with(csrf())
                        .param("items", "补充或更正材料：出生医学证明首次签发登记表").param("other", "出生医院名称请填写全称"))
                .andExpect(flash().attribute("message", "已出具一次性告知书"));
        assertThat(cases.find(id).orElseThrow().correctionNotice()).hasSize(2);
        mvc.perform(get("/cases/" + id + "/notices/correction.pdf").session(citizen)).andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF));

        mvc.perform(post("/cases/" + id + "/form").session(citizen).with(csrf()).param("action", "submit")
                        .param("idempotencyKey", key + "-2").param("f.babyName", "张小宝").param("f.birthDate", "2026-11-20")
                        .param("f.hospital", "乐山市妇幼保健院（市中区）"))
                .andExpect(flash().attribute("message", org.hamcrest.Matchers.startsWith("已提交")));
        mvc.perform(post("/cases/" + id + "/accept").session(health).with(csrf()))
                .andExpect(flash().attribute("message", "已受理，法定时限开始计算"));

        CaseRecord accepted = cases.find(id).orElseThrow();
        assertThat(accepted.status()).isEqualTo(CaseStatus.ACCEPTED);
        assertThat(accepted.number()).isEqualTo(submitted.number());
        mvc.perform(get("/api/v1/cases/" + id).session(citizen))
                .andExpect(jsonPath("$.status").value("ACCEPTED"))
                .andExpect(jsonPath("$.clock.light").exists())
                .andExpect(jsonPath("$.clock.statutoryDue").exists());
        mvc.perform(get("/cases/" + id + "/notices/acceptance.pdf").session(citizen)).andExpect(status().isOk());
        // the applicant is told once the acceptance has committed (the Notifier hears CaseAccepted)
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() ->
                mvc.perform(get("/my/cases").session(citizen)).andExpect(content().string(org.hamcrest.Matchers.containsString(accepted.number())))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("已受理，承诺于"))));
        // an overdue case shows red for the department and the supervisors
        jdbc.sql("update casework_case set accepted_on = date '2026-01-05' where id = ?").param(id).update();
        mvc.perform(get("/supervision/cases").session(login("supervisor")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(accepted.number())));
        mvc.perform(get("/department/cases").session(health))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("超期（红灯）")));
        mvc.perform(get("/supervision/cases").session(citizen)).andExpect(status().isForbidden());
        // public lookup needs the last 4 characters of the ID
        mvc.perform(get("/lookup").param("number", accepted.number()).param("tail", "1235"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("审批中")));
        mvc.perform(get("/lookup").param("number", accepted.number()).param("tail", "0000"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("未找到该办件")));
        // the SMS left through the relay to the gateway (TestGateways), with the acceptance's text
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(gateway.accepted).anySatisfy(body -> assertThat(body).contains("\"phone\":\"13800000001\"")
                        .contains("您的办件 " + accepted.number() + " 已受理")));
        assertThat(jdbc.sql("select count(*) from notification_outbox where address_mask = '138****0001' and reference = ?")
                .param(id.toString()).query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("select count(*) from audit_entry where object_id = ?").param(id.toString()).query(Long.class).single())
                .isGreaterThanOrEqualTo(6);
    }

    @Test
    void anAgentAppliesForAnEnterpriseWithAPowerOfAttorney() throws Exception {
        MockHttpSession agent = login("zhangsan");
        String creditCode = jdbc.sql("select credit_code from identity_enterprise order by credit_code offset 7 limit 1")
                .query(String.class).single();
        String item = code("特种设备使用登记");
        String location = mvc.perform(post("/apply/" + item).param("for", creditCode).session(agent).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
        UUID id = UUID.fromString(location.substring("/cases/".length()));
        CaseRecord draft = cases.find(id).orElseThrow();
        assertThat(draft.applicantKind()).isEqualTo("ENTERPRISE");
        assertThat(draft.applicantAccount()).isNull();
        assertThat(draft.agentName()).isEqualTo("张三");
        assertThat(draft.form().get("creditCode")).isEqualTo(creditCode);
        for (int i : new int[] {0, 2, 3}) { // 3: 监督检验证明, not in the 数据资源目录
            mvc.perform(multipart("/cases/" + id + "/materials").file(new MockMultipartFile("file", "m.pdf", null, PDF))
                    .param("index", String.valueOf(i)).session(agent).with(csrf()));
        }
        String[] form = {"f.contact", "张三", "f.phone", "13800000001", "f.equipment", "电梯", "f.location", "乐山市市中区",
            "f.legalRep", "王五"};
        var submit = post("/cases/" + id + "/form").session(agent).with(csrf()).param("action", "submit")
                .param("idempotencyKey", "agent-" + id);
        for (int i = 0; i < form.length; i += 2) {
            submit.param(form[i], form[i + 1]);
        }
        mvc.perform(submit).andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("授权委托书")));
        mvc.perform(multipart("/cases/" + id + "/materials").file(new MockMultipartFile("file", "委托书.pdf", null, PDF))
                .param("index", "-1").session(agent).with(csrf())).andExpect(flash().attribute("message", "材料已上传"));
        mvc.perform(post("/cases/" + id + "/form").session(agent).with(csrf()).param("action", "submit")
                        .param("idempotencyKey", "agent-" + id))
                .andExpect(flash().attribute("message", org.hamcrest.Matchers.startsWith("已提交")));
        mvc.perform(get("/my/cases").session(agent)).andExpect(content().string(org.hamcrest.Matchers.containsString(
                cases.find(id).orElseThrow().number())));
        // applying "for" oneself or for nobody registered is refused with a message
        mvc.perform(post("/apply/" + item).param("for", "11010519491231002X").session(agent).with(csrf()))
                .andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("未找到")));
    }

    @Test
    void othersSeeNotFoundAndFilesAreNotPublic() throws Exception {
        MockHttpSession citizen = login("zhangsan");
        UUID id = startOnline(citizen, "失业保险金申领");
        mvc.perform(multipart("/cases/" + id + "/materials").file(new MockMultipartFile("file", "a.pdf", null, PDF))
                .param("index", "1").session(citizen).with(csrf()));
        UUID upload = jdbc.sql("select id from casework_material where case_id = ?").param(id).query(UUID.class).single();

        MockHttpSession enterprise = login("qiye");
        mvc.perform(get("/cases/" + id).session(enterprise)).andExpect(status().isNotFound());
        mvc.perform(get("/cases/" + id + "/materials/" + upload).session(enterprise)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/cases/" + id).session(enterprise)).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("CASE_NOT_FOUND"));
        mvc.perform(get("/cases/" + id + "/materials/" + upload)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/cases/" + id + "/materials/" + upload).session(citizen)).andExpect(status().isOk())
                .andExpect(content().bytes(PDF));
        // staff of a department that is not competent cannot even see it
        mvc.perform(post("/cases/" + id + "/accept").session(login("approver.health")).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void aClerkInQianweiTakesInACityItemAndItArrivesAtTheCityDepartment() throws Exception {
        MockHttpSession clerk = login("clerk.qianwei");
        String item = code("食品经营许可");
        String location = mvc.perform(post("/window/intake").session(clerk).with(csrf()).param("itemCode", item)
                        .param("idNumber", jdbc.sql("select credit_code from identity_enterprise where name = '乐山嘉州绿色硅材料有限公司'")
                                .query(String.class).single()))
                .andReturn().getResponse().getRedirectedUrl();
        UUID id = UUID.fromString(location.substring("/cases/".length()));
        // while the clerk fills it in, the draft is the clerk's alone, even for the enterprise it is for
        MockHttpSession enterprise = login("qiye");
        mvc.perform(get("/cases/" + id).session(enterprise)).andExpect(status().isNotFound());
        for (int i : new int[] {0, 3, 4}) {
            mvc.perform(multipart("/cases/" + id + "/materials").file(new MockMultipartFile("file", "m.pdf", null, PDF))
                    .param("index", String.valueOf(i)).session(clerk).with(csrf()));
        }
        mvc.perform(post("/cases/" + id + "/form").session(clerk).with(csrf()).param("action", "submit")
                        .param("idempotencyKey", "w-" + id).param("f.contact", "李娜").param("f.phone", "13912340000")
                        .param("f.premises", "乐山市市中区嘉州大道1号").param("f.mainBusiness", "餐饮服务经营者")
                        .param("f.items", "热食类食品制售").param("f.legalRep", "黄明"))
                .andExpect(flash().attribute("message", org.hamcrest.Matchers.startsWith("已提交")));
        CaseRecord c = cases.find(id).orElseThrow();
        assertThat(c.channel()).isEqualTo(Channel.WINDOW);
        assertThat(c.intakeHallId()).isEqualTo("511123-ZWFW");
        assertThat(c.departmentId()).isEqualTo("511100-SCJGJ");
        mvc.perform(get("/department/cases").session(login("approver")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(c.number())));
        mvc.perform(get("/window/intake").session(clerk)).andExpect(content().string(org.hamcrest.Matchers.containsString(c.number())));
        mvc.perform(get("/cases/" + id).session(login("clerk.emeishan"))).andExpect(status().isNotFound());
        // one case, every channel: once submitted, the enterprise follows it online like its own
        mvc.perform(get("/my/cases").session(enterprise)).andExpect(content().string(org.hamcrest.Matchers.containsString(c.number())));
        mvc.perform(get("/cases/" + id).session(enterprise)).andExpect(status().isOk());
        assertThat(c.applicantAccount()).isEqualTo(jdbc.sql("select id from identity_account where username = 'qiye'")
                .query(UUID.class).single());
    }

    @Test
    void fiftyParallelSubmitsWithOneKeyMakeOneCase() throws Exception {
        MockHttpSession citizen = login("zhangsan");
        String item = code("社会保障卡申领");
        String body = "{\"itemCode\":\"" + item + "\",\"form\":{\"bank\":\"中国农业银行\",\"phone\":\"13800000001\"}}";
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            calls.add(() -> mvc.perform(post("/api/v1/cases").session(citizen).with(csrf())
                            .header("Idempotency-Key", "same-key-50-parallel").contentType(MediaType.APPLICATION_JSON)
                            .content(body))
                    .andReturn().getResponse().getStatus());
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : pool.invokeAll(calls)) {
            statuses.add(f.get());
        }
        pool.shutdown();
        assertThat(statuses).containsOnly(200, 201);
        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(jdbc.sql("select count(*) from casework_case where idempotency_key = 'same-key-50-parallel'")
                .query(Long.class).single()).isEqualTo(1);
        // the same key with a different body is a conflict, and stores nothing
        mvc.perform(post("/api/v1/cases").session(citizen).with(csrf()).header("Idempotency-Key", "same-key-50-parallel")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("中国农业银行", "中国银行")))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("CASE_IDEMPOTENCY_CONFLICT"));
    }

    @Test
    void apiRefusesTamperedAndIncompleteSubmissions() throws Exception {
        MockHttpSession citizen = login("zhangsan");
        String item = code("社会保障卡申领");
        mvc.perform(post("/api/v1/cases").session(citizen).with(csrf()).header("Idempotency-Key", "tamper-applicant-1")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"itemCode\":\"" + item + "\",\"form\":{\"bank\":\"中国银行\",\"applicantId\":\"x\"}}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("applicantId")));
        mvc.perform(post("/api/v1/cases").session(citizen).with(csrf()).header("Idempotency-Key", "tamper-version-1")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"itemCode\":\"" + item + "\",\"itemVersion\":99,\"form\":{\"bank\":\"中国银行\"}}"))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(post("/api/v1/cases").session(citizen).with(csrf()).header("Idempotency-Key", "missing-fields-1")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"itemCode\":\"" + item + "\",\"form\":{}}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("请填写")));
        mvc.perform(post("/api/v1/cases").session(citizen).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"itemCode\":\"" + item + "\",\"form\":{}}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Idempotency-Key")));
        assertThat(jdbc.sql("select count(*) from casework_case where idempotency_key in ('tamper-applicant-1','tamper-version-1','missing-fields-1')")
                .query(Long.class).single()).isZero();
    }
}
