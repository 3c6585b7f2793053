package io.onewindow.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.onewindow.IntegrationTest;
import io.onewindow.identity.People;
import io.onewindow.identity.synthetic.SyntheticIdentities;
import io.onewindow.policy.internal.FactImports;
import io.onewindow.policy.internal.Matching;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The fact base (file import with progress, API), stored matching kept current, and the figures per policy. */
@IntegrationTest
class PolicyMatchingIntegrationTests {

    static final String QIYE = SyntheticIdentities.creditCode("91", "511100", 20230001L);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FactImports imports;

    @Autowired
    Matching matching;

    @Autowired
    People people;

    MockHttpSession login(String username) throws Exception {
        return io.onewindow.DemoLogins.session(mvc, username);
    }

    UUID qiyeId() {
        return people.enterpriseByCreditCode(QIYE).orElseThrow().id();
    }

    private List<Map<String, Object>> demoFacts;

    /** Start the demo enterprise without supplied facts; other test classes read its demo facts, so put them back. */
    @BeforeEach
    void forgetSuppliedFacts() {
        demoFacts = jdbc.sql("select * from policy_fact where enterprise_id = ?").param(qiyeId()).query().listOfRows();
        jdbc.sql("delete from policy_fact where enterprise_id = ?").param(qiyeId()).update();
        matching.matchEnterprise(people.enterprise(qiyeId()).orElseThrow());
    }

    @AfterEach
    void restoreDemoFacts() {
        jdbc.sql("delete from policy_fact where enterprise_id = ?").param(qiyeId()).update();
        for (Map<String, Object> row : demoFacts) {
            jdbc.sql("insert into policy_fact (enterprise_id, fact, value, source, as_of, updated_by) values (?, ?, ?, ?, ?, ?)")
                    .params(row.get("enterprise_id"), row.get("fact"), row.get("value"), row.get("source"), row.get("as_of"),
                            row.get("updated_by")).update();
        }
        matching.matchEnterprise(people.enterprise(qiyeId()).orElseThrow());
    }

    FactImports.Job upload(MockHttpSession who, String csv) throws Exception {
        return upload(who, "facts.csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    /** A department's workbook: numbers as numeric cells, the rest as text. */
    static byte[] xlsx(Object[]... rows) throws Exception {
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = new java.io.ByteArrayOutputStream()) {
            var sheet = book.createSheet("企业数据");
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else {
                        row.createCell(c).setCellValue(String.valueOf(rows[r][c]));
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    FactImports.Job upload(MockHttpSession who, String fileName, byte[] content) throws Exception {
        String location = mvc.perform(multipart("/admin/policies/facts").file(new MockMultipartFile("file", fileName,
                "application/octet-stream", content)).session(who).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
        UUID job = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        return Awaitility.await("the import").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> imports.job(job).orElseThrow(), state -> !state.running());
    }

    @Test
    void aFileWithBadRowsImportsNothingAndNamesEachRow() throws Exception {
        MockHttpSession admin = login("deptadmin");
        String wrongCheck = QIYE.substring(0, 17) + (QIYE.charAt(17) == '0' ? '1' : '0');
        String unregistered = SyntheticIdentities.creditCode("91", "511100", 88888888L);
        var job = upload(admin, "\uFEFF统一社会信用代码,数据日期,从业人数,营业收入,高新技术企业\n"
                + QIYE + ",2026-06-30,25,1800,是\n"
                + wrongCheck + ",2026-06-30,25,1800,是\n"
                + unregistered + ",2026-06-30,25,1800,是\n"
                + "\n"
                + QIYE.toLowerCase() + ",2026-06-30,二十,1800,也许\n"
                + QIYE + ",2026/06/30,25,1800,否\n");
        assertThat(job.status()).isEqualTo("REJECTED");
        assertThat(job.errors()).contains("文件中有 4 行共 7 处错误")
                .contains("第 3 行：统一社会信用代码“" + wrongCheck + "”无效")
                .contains("第 4 行：统一社会信用代码“" + unregistered + "”未在本市登记")
                .contains("第 6 行：统一社会信用代码“" + QIYE + "”在文件中重复；从业人数应为数值（人），而不是“二十”；高新技术企业应为“是”或“否”，而不是“也许”")
                .contains("第 7 行：统一社会信用代码“" + QIYE + "”在文件中重复；数据日期应为日期（如 2026-06-30），而不是“2026/06/30”")
                .doesNotContain("第 2 行").doesNotContain("第 5 行");
        assertThat(jdbc.sql("select count(*) from policy_fact where enterprise_id = ?").param(qiyeId()).query(Long.class).single()).isZero();
        mvc.perform(get("/admin/policies/facts/" + job.id() + "/progress").session(admin))
                .andExpect(content().string(containsString("校验未通过，未导入任何数据")));

        // a header that names no known fact is refused before anything starts
        mvc.perform(multipart("/admin/policies/facts").file(new MockMultipartFile("file", "f.csv", "text/csv",
                "统一社会信用代码,数据日期,员工数\n".getBytes(StandardCharsets.UTF_8))).session(admin).with(csrf()))
                .andExpect(flash().attribute("error", containsString("第 1 行（表头）第 3 列“员工数”不是可导入的事实")));
        mvc.perform(multipart("/admin/policies/facts").file(new MockMultipartFile("file", "f.txt", "text/plain",
                "x".getBytes(StandardCharsets.UTF_8))).session(admin).with(csrf()))
                .andExpect(flash().attribute("error", containsString(".xlsx 或 .csv")));
        mvc.perform(multipart("/admin/policies/facts").file(new MockMultipartFile("file", "f.csv", "text/csv",
                "统一社会信用代码,数据日期,从业人数\n".getBytes(StandardCharsets.UTF_8))).session(login("qiye")).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void importedFactsAreShownWithTheirSourceAndKeepTheStoredMatchesCurrent() throws Exception {
        MockHttpSession admin = login("deptadmin");
        // 高新技术企业 with at least 20 staff: 1,000 元 per employee, capped at 200,000 元
        String location = mvc.perform(post("/admin/policies").session(admin).with(csrf()).param("code", "GX-WG")
                .param("title", "高新技术企业稳岗奖励").param("issuer", "乐山市科学技术局").param("docNumber", "乐科发〔2023〕8号")
                .param("validFrom", "2023-01-01").param("validTo", "2099-12-31").param("summary", "按从业人数奖励高新技术企业")
                .param("ruleJson", "{\"all\": [{\"fact\": \"HIGH_TECH\", \"op\": \"EQ\", \"value\": true},"
                        + " {\"fact\": \"EMPLOYEES\", \"op\": \"GE\", \"value\": 20}]}")
                .param("benefitJson", "{\"type\": \"PER_EMPLOYEE\", \"amount\": 1000, \"cap\": 200000}")
                .param("automatic", "true")).andReturn().getResponse().getRedirectedUrl();
        UUID policy = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(post("/admin/policies/" + policy + "/publish").session(admin).with(csrf()))
                .andExpect(flash().attribute("message", containsString("重新匹配")));
        awaitMatching();
        assertThat(matched(policy)).isFalse(); // the demo enterprise has no facts yet

        var job = upload(admin, "facts.xlsx", xlsx(new Object[] {"统一社会信用代码", "数据日期", "从业人数", "营业收入", "高新技术企业"},
                new Object[] {QIYE, "2026-06-30", 25, 1800.5, "是"}));
        assertThat(job.status()).isEqualTo("DONE");
        assertThat(job.written()).isEqualTo(1);
        assertThat(jdbc.sql("select actor from audit_entry where action = 'POLICY_FACTS_IMPORTED' and object_id = ?")
                .param(job.id().toString()).query(String.class).single()).isEqualTo("deptadmin");
        assertThat(jdbc.sql("select amount_yuan from policy_match where policy_id = ? and enterprise_id = ?")
                .params(policy, qiyeId()).query(java.math.BigDecimal.class).single()).isEqualByComparingTo("25000");

        MockHttpSession qiye = login("qiye");
        assertThat(notified(policy)).isFalse();
        mvc.perform(get("/my/policies").session(qiye)).andExpect(content().string(containsString("class=\"tag new\"")));
        assertThat(notified(policy)).isTrue(); // seen once: 已告知, and no longer 新
        mvc.perform(get("/my/policies").session(qiye)).andExpect(content().string(not(containsString("class=\"tag new\""))))
                .andExpect(content().string(containsString("✓ 高新技术企业 是 = 是")))
                .andExpect(content().string(containsString("从业人数 25人 × 1000元 = 25000元")))
                .andExpect(content().string(containsString("1800.5万元")))
                .andExpect(content().string(containsString("乐山市市场监督管理局")))
                // 25 staff and 1,800 万元 in manufacturing is 小型 by the 2011 rules, not the 中型 registered
                .andExpect(content().string(containsString("按工信部联企业〔2011〕300号划型")))
                .andExpect(content().string(containsString("<td>小型</td>")))
                .andExpect(content().string(containsString("C3985（制造业）")));

        // the API changes one fact; the enterprise is re-matched at once
        mvc.perform(put("/api/v1/enterprises/" + QIYE + "/facts").session(admin).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"asOf\": \"2026-10-31\", \"facts\": {\"EMPLOYEES\": 12}}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.matchesChanged").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)));
        assertThat(matched(policy)).isFalse();
        mvc.perform(get("/my/policies").session(qiye)).andExpect(content().string(containsString("✗ 从业人数 12人 &lt; 20人")));
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'POLICY_FACTS_UPDATED'").query(Long.class).single()).isPositive();

        // bad input through the API: a clear 4xx, nothing stored
        mvc.perform(put("/api/v1/enterprises/" + QIYE + "/facts").session(admin).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"asOf\": \"2026-10-31\", \"facts\": {\"EMPLOYEES\": \"很多\"}}"))
                .andExpect(status().isBadRequest()).andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(content().string(containsString("从业人数应为数值")));
        // a number of 1 MB is refused before anything parses it (it once took 49 s), one of 100 digits by the fact
        mvc.perform(put("/api/v1/enterprises/" + QIYE + "/facts").session(admin).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"asOf\": \"2026-10-31\", \"facts\": {\"REVENUE\": \""
                        + "9".repeat(1_048_576) + "\"}}"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("过长")));
        mvc.perform(put("/api/v1/enterprises/" + QIYE + "/facts").session(admin).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"asOf\": \"2026-10-31\", \"facts\": {\"REVENUE\": \""
                        + "9".repeat(100) + "\"}}"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("长度为 100 的文字")));
        mvc.perform(put("/api/v1/enterprises/" + QIYE + "/facts").session(admin).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"asOf\": \"2026-10-31\", \"facts\": {\"INDUSTRY\": \"C\"}}"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("不是可更新的事实")));
        mvc.perform(put("/api/v1/enterprises/91511100MA00000000/facts").session(admin).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"asOf\": \"2026-10-31\", \"facts\": {\"EMPLOYEES\": 30}}"))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/enterprises/" + QIYE + "/facts").session(qiye).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"asOf\": \"2026-10-31\", \"facts\": {\"EMPLOYEES\": 300}}"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select value from policy_fact where enterprise_id = ? and fact = 'EMPLOYEES'").param(qiyeId())
                .query(String.class).single()).isEqualTo("12");
        mvc.perform(get("/api/v1/enterprises/" + QIYE + "/facts").session(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("{\"fact\":\"EMPLOYEES\",\"label\":\"从业人数\",\"value\":\"12人\","
                        + "\"source\":\"乐山市市场监督管理局\",\"asOf\":\"2026-10-31\"}")))
                .andExpect(content().string(containsString("\"source\":\"市场主体登记\"")));
        mvc.perform(get("/api/v1/enterprises/" + QIYE + "/facts").session(qiye)).andExpect(status().isForbidden());

        // back above the threshold: eligible again; the 免申即享 batch pays it and the figures count it
        mvc.perform(put("/api/v1/enterprises/" + QIYE + "/facts").session(admin).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"asOf\": \"2026-11-27\", \"facts\": {\"从业人数\": \"40\"}}"))
                .andExpect(status().isOk());
        assertThat(matched(policy)).isTrue();
        long eligible = matches(policy);
        // eligible since twelve days ago: the payout keeps that date, for the days-to-payment figure
        jdbc.sql("update policy_match set eligible_since = eligible_since - 12 where policy_id = ? and enterprise_id = ?")
                .params(policy, qiyeId()).update();
        String other = jdbc.sql("select e.credit_code from policy_match m join identity_enterprise e on e.id = m.enterprise_id "
                + "where m.policy_id = ? and e.id <> ? limit 1").params(policy, qiyeId()).query(String.class).optional().orElse(null);
        mvc.perform(post("/admin/policies/" + policy + "/batch").session(admin).with(csrf()).param("voucher", "GK2026-0042")
                .param("excludeLines", other == null ? "" : other.toLowerCase() + "  已另行兑现\n"))
                .andExpect(flash().attribute("message", containsString("已确认兑现 " + (other == null ? eligible : eligible - 1) + " 户企业")));
        assertThat(jdbc.sql("select paid_at::date - eligible_since from policy_payout where enterprise_id = ? and bank_ref like 'GK2026-0042-%'")
                .param(qiyeId()).query(Integer.class).single()).isEqualTo(12);
        String paid = jdbc.sql("select sum(amount_yuan) from policy_payout o join policy_batch b on b.id = o.batch_id where b.policy_id = ?")
                .param(policy).query(java.math.BigDecimal.class).single().toPlainString();
        mvc.perform(get("/admin/policies/figures").session(admin)).andExpect(content().string(containsString("高新技术企业稳岗奖励")))
                .andExpect(content().string(containsString("<td class=\"paid\">" + (other == null ? eligible : eligible - 1) + "</td>")))
                .andExpect(content().string(containsString("<td>" + paid + "</td>")));
        mvc.perform(get("/my/policies").session(qiye)).andExpect(content().string(containsString("40000.00 元")));
        mvc.perform(get("/admin/policies/figures").session(login("supervisor"))).andExpect(status().isOk());
        mvc.perform(get("/admin/policies/figures").session(qiye)).andExpect(status().isForbidden());
    }

    @Test
    void theWhatIfShowsTheDistributionAndTheDifferenceFromTheVersionInForce() throws Exception {
        MockHttpSession admin = login("deptadmin");
        UUID v1 = draft(admin, "[\"C\"]");
        mvc.perform(post("/admin/policies/" + v1 + "/publish").session(admin).with(csrf()));
        awaitMatching();
        UUID v2 = draft(admin, "[\"C\", \"I\"]");
        // the code belongs to 市场监督管理局: 政务服务局's administrator may look, not publish or add versions
        MockHttpSession other = login("zwadmin");
        mvc.perform(post("/admin/policies/" + v2 + "/publish").session(other).with(csrf()))
                .andExpect(flash().attribute("error", containsString("由其他部门维护")));
        mvc.perform(post("/admin/policies").session(other).with(csrf()).param("code", "HY-SS").param("title", "改")
                .param("issuer", "乐山市政务服务和大数据管理局").param("docNumber", "1").param("validFrom", "2023-01-01")
                .param("validTo", "2099-12-31").param("summary", "改").param("ruleJson", "{\"all\": [{\"fact\": \"INDUSTRY\", \"op\": \"PREFIX\", \"value\": [\"A\"]}]}")
                .param("benefitJson", "{\"type\": \"FIXED\", \"amount\": 1}"))
                .andExpect(flash().attribute("error", containsString("由其他部门维护")));
        var page = mvc.perform(get("/admin/policies/" + v2).session(admin).param("whatIf", "true"))
                .andExpect(content().string(containsString("对比现行第 <span>1</span> 版")))
                .andExpect(content().string(containsString("class=\"what-if-chart\"")))
                .andExpect(content().string(containsString("制造业：")))
                .andReturn().getResponse().getContentAsString();
        long manufacturing = jdbc.sql("select count(*) from identity_enterprise where industry_code like 'C%'").query(Long.class).single();
        long software = jdbc.sql("select count(*) from identity_enterprise where industry_code like 'I%'").query(Long.class).single();
        assertThat(page).contains("id=\"gained\">" + software + "<").contains("id=\"lost\">0<")
                .contains("现行符合 <span>" + manufacturing + "</span> 户");
        // the public page filters by industry: the draft is not public, version 1 speaks to manufacturing only
        mvc.perform(get("/policies").param("industry", "C")).andExpect(content().string(containsString("行业试算补助")));
        mvc.perform(get("/policies").param("industry", "H")).andExpect(content().string(not(containsString("行业试算补助"))));
        mvc.perform(get("/policies").param("q", "试算")).andExpect(content().string(containsString("行业试算补助")));

        // publishing version 2 supersedes version 1: its stored pairs go, version 2's come
        assertThat(matches(v1)).isEqualTo(manufacturing);
        mvc.perform(post("/admin/policies/" + v2 + "/publish").session(admin).with(csrf()));
        awaitMatching();
        mvc.perform(get("/admin/policies/match/progress").session(admin)).andExpect(content().string(containsString("<span>PUBLISH</span>，<span>已完成</span>")));
        mvc.perform(post("/admin/policies/match").session(admin).with(csrf()))
                .andExpect(flash().attribute("message", containsString("已开始全量匹配")));
        awaitMatching();
        mvc.perform(get("/admin/policies/match/progress").session(admin)).andExpect(content().string(containsString("<span>MANUAL</span>，<span>已完成</span>")));
        assertThat(matches(v2)).isEqualTo(manufacturing + software); // an unchanged run changes nothing

        // while a run is reading, the page polls and shows where it is
        UUID running = UUID.randomUUID();
        jdbc.sql("insert into policy_match_run (id, trigger, started_at, phase) values (?, 'MANUAL', now() + interval '1 minute', 'READING')")
                .param(running).update();
        mvc.perform(get("/admin/policies/match/progress").session(admin))
                .andExpect(content().string(containsString("读取全部企业事实")))
                .andExpect(content().string(containsString("hx-trigger=\"every 1s\"")))
                .andExpect(content().string(containsString("value=\"25\"")));
        jdbc.sql("update policy_match_run set phase = 'DONE' where id = ?").param(running).update();
        assertThat(matches(v1)).isZero();
        assertThat(matches(v2)).isEqualTo(manufacturing + software);
    }

    UUID draft(MockHttpSession admin, String prefixes) throws Exception {
        String location = mvc.perform(post("/admin/policies").session(admin).with(csrf()).param("code", "HY-SS")
                .param("title", "行业试算补助").param("issuer", "乐山市经济和信息化局").param("docNumber", "乐经信发〔2023〕30号")
                .param("validFrom", "2023-01-01").param("validTo", "2099-12-31").param("summary", "试算对比用")
                .param("ruleJson", "{\"all\": [{\"fact\": \"INDUSTRY\", \"op\": \"PREFIX\", \"value\": " + prefixes + "}]}")
                .param("benefitJson", "{\"type\": \"FIXED\", \"amount\": 1000}")).andReturn().getResponse().getRedirectedUrl();
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    /** Publication matches in the background; wait until the run has finished. */
    void awaitMatching() {
        Awaitility.await("the matching run").atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(50))
                .until(() -> matching.lastRun().map(r -> !r.running()).orElse(true));
    }

    boolean notified(UUID policy) {
        return jdbc.sql("select notified_at is not null from policy_match where policy_id = ? and enterprise_id = ?")
                .params(policy, qiyeId()).query(Boolean.class).single();
    }

    boolean matched(UUID policy) {
        return jdbc.sql("select count(*) from policy_match where policy_id = ? and enterprise_id = ?").params(policy, qiyeId())
                .query(Long.class).single() > 0;
    }

    long matches(UUID policy) {
        return jdbc.sql("select count(*) from policy_match where policy_id = ?").param(policy).query(Long.class).single();
    }
}
