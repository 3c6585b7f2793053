package io.onewindow.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.onewindow.IntegrationTest;
import io.onewindow.policy.internal.Policies;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class PolicyIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Policies policies;

    @Autowired
    io.onewindow.policy.internal.WhatIfAnalysis whatIfs;

    @Autowired
    io.onewindow.policy.internal.Payouts payouts;

    @Autowired
    JdbcClient jdbc;

    MockHttpSession login(String username) throws Exception {
        return io.onewindow.DemoLogins.session(mvc, username);
    }

    /** 制造业 (C) medium enterprises registered five years or more: the demo enterprise (C3985, 中型, 2016) qualifies. */
    static final String RULE = """
            {"all": [{"fact": "INDUSTRY", "op": "PREFIX", "value": ["C"]},
                     {"fact": "SIZE_CLASS", "op": "IN", "value": ["MEDIUM", "SMALL"]},
                     {"fact": "YEARS_SINCE_REGISTRATION", "op": "GE", "value": 5}]}""";

    static final String FIXED_20000 = "{\"type\": \"FIXED\", \"amount\": 20000}";

    MockHttpServletRequestBuilder draft(MockHttpSession who, String rule) {
        return draft(who, rule, FIXED_20000);
    }

    MockHttpServletRequestBuilder draft(MockHttpSession who, String rule, String benefit) {
        return post("/admin/policies").session(who).with(csrf()).param("code", "ZZY-WG").param("title", "制造业稳岗补助")
                .param("issuer", "乐山市经济和信息化局").param("docNumber", "乐经信发〔2023〕12号").param("validFrom", "2023-01-01")
                .param("validTo", "2099-12-31").param("summary", "对稳定就业的制造业中小企业给予一次性补助")
                .param("ruleJson", rule).param("benefitJson", benefit).param("automatic", "true");
    }

    @Test
    void aDraftIsCheckedTriedOverAllEnterprisesPublishedAndExplainedToEachEnterprise() throws Exception {
        MockHttpSession admin = login("deptadmin");
        long before = jdbc.sql("select count(*) from policy_policy").query(Long.class).single();
        mvc.perform(draft(admin, "{\"all\": [{\"fact\": \"STAFF\", \"op\": \"GE\", \"value\": 5}]}"))
                .andExpect(flash().attribute("error", containsString("规则.all[0].fact：未知的事实“STAFF”")));
        mvc.perform(draft(admin, "{\"all\": [{\"fact\": \"EMPLOYEES\", \"op\": \"GE\", \"value\": \"五\"}]}"))
                .andExpect(flash().attribute("error", containsString("是数值")));
        mvc.perform(draft(admin, "{\"any\": []}")).andExpect(flash().attribute("error", containsString("条件组不能为空")));
        mvc.perform(draft(admin, "not json")).andExpect(flash().attribute("error", containsString("JSON")));
        mvc.perform(draft(admin, RULE, "{\"type\": \"FIXED\", \"amount\": -1}"))
                .andExpect(flash().attribute("error", containsString("兑现标准.amount：应为大于 0")));
        mvc.perform(draft(login("zhangsan"), RULE)).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from policy_policy").query(Long.class).single()).isEqualTo(before);

        String location = mvc.perform(draft(admin, RULE)).andExpect(flash().attribute("message", containsString("草稿已保存")))
                .andReturn().getResponse().getRedirectedUrl();
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));

        var whatIf = whatIfs.whatIf(id);
        assertThat(whatIf.enterprises()).isGreaterThan(1);
        assertThat(whatIf.eligible()).isBetween(1L, whatIf.enterprises() - 1);
        assertThat(whatIf.cost()).isEqualByComparingTo(new java.math.BigDecimal(20000).multiply(java.math.BigDecimal.valueOf(whatIf.eligible())));
        mvc.perform(get("/admin/policies/" + id).session(admin).param("whatIf", "true"))
                .andExpect(content().string(containsString("id=\"eligible\">" + whatIf.eligible() + "<")));

        // not public until published; then immutable
        mvc.perform(get("/api/v1/policies")).andExpect(content().string(org.hamcrest.Matchers.not(containsString("ZZY-WG"))));
        mvc.perform(post("/admin/policies/" + id + "/publish").session(admin).with(csrf())).andExpect(flash().attribute("message", containsString("已发布")));
        mvc.perform(post("/admin/policies/" + id + "/publish").session(admin).with(csrf()))
                .andExpect(flash().attribute("error", containsString("已发布的版本不能修改")));
        mvc.perform(get("/api/v1/policies")).andExpect(content().string(containsString("\"code\":\"ZZY-WG\"")))
                .andExpect(content().string(containsString("\"fact\":\"YEARS_SINCE_REGISTRATION\"")));
        mvc.perform(get("/policies")).andExpect(content().string(containsString("制造业稳岗补助")));

        // the demo enterprise (C3985, 中型, registered 2016) qualifies and sees each reason
        mvc.perform(get("/my/policies").session(login("qiye"))).andExpect(content().string(containsString("符合")))
                .andExpect(content().string(containsString("✓ 行业 C3985（制造业）属于 C 制造业")))
                .andExpect(content().string(containsString("✓ 企业规模 中型 属于 中型、小型")));
        assertThat(whatIf.byRegion().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(whatIf.eligible());
        mvc.perform(get("/my/policies").session(login("zhangsan"))).andExpect(status().isForbidden());

        // 免申即享: confirm the list once, one enterprise excluded with a reason; the demo enterprise is told it was paid
        var candidates = payouts.eligibleList(id);
        String qiye = jdbc.sql("select credit_code from identity_enterprise where name = '乐山嘉州绿色硅材料有限公司'")
                .query(String.class).single();
        String excluded = candidates.stream().map(io.onewindow.policy.internal.Payouts.Candidate::creditCode).filter(c -> !c.equals(qiye)).findFirst().orElseThrow();
        mvc.perform(get("/admin/policies/" + id + "/batch.xlsx").session(admin)).andExpect(status().is4xxClientError());
        mvc.perform(post("/admin/policies/" + id + "/batch").session(admin).with(csrf()))
                .andExpect(flash().attribute("error", containsString("国库集中支付凭证号")));
        mvc.perform(post("/admin/policies/" + id + "/batch").session(admin).with(csrf()).param("voucher", "GK2026-1128")
                .param("exclude", excluded)).andExpect(flash().attribute("error", containsString("排除理由")));
        mvc.perform(post("/admin/policies/" + id + "/batch").session(admin).with(csrf()).param("voucher", "GK2026-1128")
                .param("exclude", excluded).param("reason-" + excluded, "该企业已享受同类补助")).andExpect(flash().attribute("message",
                        containsString("已确认兑现 " + (candidates.size() - 1) + " 户企业")));
        mvc.perform(post("/admin/policies/" + id + "/batch").session(admin).with(csrf()).param("voucher", "GK2026-1129"))
                .andExpect(flash().attribute("error", containsString("不能重复确认")));
        // the finance department's list: every payout with its reference, and the exclusion with its reason
        byte[] book = mvc.perform(get("/admin/policies/" + id + "/batch.xlsx").session(admin)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(book))) {
            var paid = workbook.getSheet("兑现名单");
            assertThat(paid.getLastRowNum()).isEqualTo(1 + candidates.size() - 1);
            assertThat(paid.getRow(2).getCell(4).getStringCellValue()).isEqualTo("GK2026-1128-00001");
            assertThat(paid.getRow(2).getCell(3).getNumericCellValue()).isEqualTo(20000.0);
            var excludedSheet = workbook.getSheet("不予兑现");
            assertThat(excludedSheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(excluded);
            assertThat(excludedSheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("该企业已享受同类补助");
        }
        assertThat(jdbc.sql("select count(*) from policy_payout o join policy_batch b on b.id = o.batch_id "
                + "where b.policy_id = ? and o.credit_code = ?").params(id, excluded).query(Long.class).single()).isZero();
        mvc.perform(get("/my/policies").session(login("qiye"))).andExpect(content().string(containsString("已为您兑现")))
                .andExpect(content().string(containsString("20000.00 元")))
                .andExpect(content().string(containsString("支付凭证 <span class=\"mono\">GK2026-1128-")));
    }

    @Test
    void anEligibleEnterpriseIsLedToTheApplicationAndQuestionsGoToTheHotline() throws Exception {
        // the demo 研发投入后补助 needs an application: its next step opens a case on the catalogue item
        MockHttpSession qiye = login("qiye");
        String page = mvc.perform(get("/my/policies").session(qiye)).andReturn().getResponse().getContentAsString();
        var link = java.util.regex.Pattern.compile("href=\"/apply/([^\"]+)\">下一步：一窗申报").matcher(page);
        assertThat(link.find()).as("一窗申报 link").isTrue();
        assertThat(page).contains("研发投入 260万元 × 5% = 130000元");
        // the link opens a confirmation page and changes nothing; the draft is created by its POST
        mvc.perform(get("/apply/" + link.group(1)).session(qiye)).andExpect(status().isOk())
                .andExpect(content().string(containsString("开始填写申请")));
        mvc.perform(post("/apply/" + link.group(1)).session(qiye).with(csrf()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern("/cases/*"));
        // questions: the hotline form opens on 咨询 / 惠企政策
        mvc.perform(get("/12345").param("type", "CONSULT").param("category", "HQZC"))
                .andExpect(content().string(containsString("value=\"HQZC\" selected")))
                .andExpect(content().string(containsString("value=\"CONSULT\" selected")));
    }
}
