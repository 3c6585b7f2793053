package io.onewindow.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import io.onewindow.DemoLogins;
import io.onewindow.IntegrationTest;
import io.onewindow.exchange.ExchangeSetup;
import io.onewindow.exchange.internal.RetirementPush;
import io.onewindow.identity.CreditCodes;
import io.onewindow.identity.NewCitizen;
import io.onewindow.identity.NewEnterprise;
import io.onewindow.identity.NewLogin;
import io.onewindow.identity.People;
import io.onewindow.identity.Registrations;
import io.onewindow.identity.SizeClass;
import io.onewindow.identity.synthetic.SyntheticIdentities;
import io.onewindow.platform.ChinaTime;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** 主动服务 on events outside casework: an enterprise opening its account, a retirement date pushed by 人社. */
@IntegrationTest
class EventOffersIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Registrations registrations;

    @Autowired
    People people;

    @Autowired
    ExchangeSetup exchange;

    @Autowired
    RetirementPush retirementPush;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anEnterpriseThatOpensItsAccountIsOfferedTheBundlesOfANewFirm() throws Exception {
        long serial = 700_000 + System.nanoTime() % 100_000;
        String code = CreditCodes.assemble("91", "511102", serial);
        String username = "t.firm" + serial;
        registrations.registerEnterprise(new NewEnterprise(code, "乐山市新开办测试有限公司", "王五", "C3011", SizeClass.MICRO,
                LocalDate.of(2026, 11, 1)), "王五", new NewLogin(username, "Test2023ok"));
        MockHttpSession firm = DemoLogins.session(mvc, username, "Test2023ok");
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> mvc.perform(get("/bundle-cases").session(firm))
                .andExpect(content().string(containsString("员工录用一件事"))).andExpect(content().string(containsString("水电气联合报装一件事"))));
        UUID offer = jdbc.sql("""
                select o.id from bundle_offer o join bundle_definition d on d.id = o.definition_id
                where d.code = 'YJS-YGLY' and o.event_key = ?""").param("ENTERPRISE_REGISTERED:" + people.enterpriseByCreditCode(code)
                .orElseThrow().id()).query(UUID.class).single();
        String started = mvc.perform(post("/bundle-offers/" + offer + "/take").session(firm).with(csrf())).andReturn()
                .getResponse().getRedirectedUrl();
        assertThat(started).startsWith("/bundle-cases/");
        mvc.perform(get(started).session(firm)).andExpect(content().string(containsString("就业登记")));
        // someone else cannot take it, and it is taken once
        mvc.perform(post("/bundle-offers/" + offer + "/take").session(DemoLogins.session(mvc, "qiye")).with(csrf()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("error", "没有这条推荐，或已处理"));
    }

    @Test
    void aRetirementDatePushedByTheRegisterBringsTheRetirementBundleOnce() throws Exception {
        long n = System.nanoTime() % 800;
        String id = SyntheticIdentities.residentId("511102", LocalDate.of(1966, 1, 1 + (int) (n % 27)), 100 + (int) n);
        String username = "t.retire" + n + (System.nanoTime() % 1000);
        registrations.registerCitizen(new NewCitizen("赵退休", id, "13800000088"), new NewLogin(username, "Test2023ok"));
        UUID citizen = people.citizenByIdNumber(id).orElseThrow().id();
        LocalDate retires = ChinaTime.today().plusDays(40);
        exchange.putRecord("RS-SBCB", citizen, Map.of("险种", "城镇职工基本养老保险", "参保状态", "正常参保", "累计缴费月数", "420",
                "参保地", "乐山市", "法定退休日期", retires.toString()));
        // someone whose date is years away is not pushed
        assertThat(retirementPush.push(ChinaTime.today())).isGreaterThanOrEqualTo(1);
        assertThat(retirementPush.push(ChinaTime.today())).as("once per person").isZero();
        MockHttpSession person = DemoLogins.session(mvc, username, "Test2023ok");
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> mvc.perform(get("/messages").session(person))
                .andExpect(content().string(containsString("您的法定退休日期为 " + retires))));
        mvc.perform(get("/bundle-cases").session(person)).andExpect(content().string(containsString("职工退休一件事")));
        assertThat(jdbc.sql("select count(*) from exchange_push where subject_id = ?").param(citizen).query(Integer.class).single())
                .isEqualTo(1);
    }
}
