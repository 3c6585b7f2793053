package io.onewindow.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

import io.onewindow.DemoLogins;
import io.onewindow.IntegrationTest;
import io.onewindow.identity.NewEnterprise;
import io.onewindow.identity.NewLogin;
import io.onewindow.identity.People;
import io.onewindow.identity.Registrations;
import io.onewindow.identity.SizeClass;
import io.onewindow.identity.synthetic.SyntheticIdentities;
import io.onewindow.policy.PolicyImport.DepartmentFigure;
import io.onewindow.policy.internal.Payouts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 免申即享 pays only enterprises someone vouches for, and only on facts that are there: a self-registered enterprise
 * and one whose credit tier is missing are 待核实 — shown to the department, paid nothing — until a window verifies
 * the one and the department supplies the other.
 */
@IntegrationTest
class MoneyOnlyToTheVerifiedIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Registrations registrations;

    @Autowired
    People people;

    @Autowired
    PolicyImport policyImport;

    @Autowired
    Payouts payouts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSelfDeclaredEnterpriseAndAMissingCreditTierAreNeverPaid() throws Exception {
        String code = SyntheticIdentities.creditCode("92", "511102", 55_555_555L);
        registrations.registerEnterprise(new NewEnterprise(code, "乐山市市中区新开张面馆", "王小二", "H6210", SizeClass.MICRO,
                LocalDate.of(2025, 1, 1)), "王小二", new NewLogin("mianguan.test", "Mianguan2026"));
        UUID id = people.enterpriseByCreditCode(code).orElseThrow().id();
        UUID policy = jdbc.sql("select id from policy_policy where code = 'HQ-2023-01' and status = 'PUBLISHED'")
                .query(UUID.class).single();
        LocalDate asOf = LocalDate.of(2026, 11, 30);
        // 人社局 knows 12 insured employees; nobody has rated its credit yet
        policyImport.supplyFigures(List.of(new DepartmentFigure(id, Fact.EMPLOYEES, new BigDecimal("12"), asOf)),
                "乐山市人力资源和社会保障局", "test");
        assertThat(payouts.eligibleList(policy)).noneMatch(c -> c.creditCode().equals(code));
        assertThat(payouts.pendingList(policy)).filteredOn(p -> p.creditCode().equals(code)).singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("待核实：缺少信用等级数据"));

        // the credit tier arrives: the rule holds, but the registration is self-declared — still not paid
        policyImport.supplyFigures(List.of(new DepartmentFigure(id, Fact.CREDIT_TIER, "B", asOf)), "乐山市发展和改革委员会", "test");
        assertThat(payouts.eligibleList(policy)).noneMatch(c -> c.creditCode().equals(code));
        assertThat(payouts.pendingList(policy)).filteredOn(p -> p.creditCode().equals(code)).singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("尚未到窗口核验"));
        var head = DemoLogins.session(mvc, "head.rsj");
        mvc.perform(get("/admin/policies/" + policy + "/batch").session(head)).andExpect(content().string(containsString("待核实")))
                .andExpect(content().string(containsString("乐山市市中区新开张面馆")));
        var owner = DemoLogins.session(mvc, "mianguan.test", "Mianguan2026");
        mvc.perform(get("/my/policies").session(owner)).andExpect(content().string(containsString("本企业注册信息尚未核验")));

        // a clerk checks the papers: without ticking the box nothing changes; then it is verified and on the list
        var clerk = DemoLogins.session(mvc, "clerk");
        mvc.perform(post("/window/enterprises/verify").session(clerk).with(csrf()).param("creditCode", code))
                .andExpect(flash().attribute("error", containsString("请先核对营业执照原件")));
        assertThat(payouts.eligibleList(policy)).noneMatch(c -> c.creditCode().equals(code));
        mvc.perform(post("/window/enterprises/verify").session(owner).with(csrf()).param("creditCode", code)
                .param("checked", "true"));
        assertThat(people.enterprise(id).orElseThrow().assurance()).isEqualTo(io.onewindow.identity.Assurance.SELF);
        mvc.perform(post("/window/enterprises/verify").session(clerk).with(csrf()).param("creditCode", code.toLowerCase())
                .param("checked", "true")).andExpect(flash().attribute("message", containsString("企业身份已核验")));
        assertThat(payouts.eligibleList(policy)).filteredOn(c -> c.creditCode().equals(code)).singleElement()
                .satisfies(c -> assertThat(c.amountYuan()).isEqualByComparingTo("6000"));
        mvc.perform(get("/my/policies").session(owner)).andExpect(content().string(not(containsString("本企业注册信息尚未核验"))));
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'ENTERPRISE_VERIFIED' and object_id = ?")
                .param(id.toString()).query(Long.class).single()).isEqualTo(1);
    }
}
