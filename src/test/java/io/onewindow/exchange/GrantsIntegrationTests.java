package io.onewindow.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.onewindow.DemoLogins;
import io.onewindow.IntegrationTest;
import io.onewindow.exchange.internal.Grants;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** 供需对接: request, the provider's decision (with conditions, or a reason), 无条件 at once, 不予共享 never, lapse. */
@IntegrationTest
class GrantsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Grants grants;

    String newest(String consumer, String dataset) {
        return jdbc.sql("""
                select status || '|' || coalesce(conditions, '') || '|' || coalesce(reason, '') from exchange_grant
                where consumer_department_id = ? and dataset_code = ? order by requested_at desc limit 1""")
                .params(consumer, dataset).query(String.class).single();
    }

    UUID newestId(String consumer, String dataset) {
        return jdbc.sql("select id from exchange_grant where consumer_department_id = ? and dataset_code = ? order by requested_at desc limit 1")
                .params(consumer, dataset).query(UUID.class).single();
    }

    @Test
    void aConditionalDatasetIsDecidedByItsProviderAndAnUnconditionalOneIsGrantedAtOnce() throws Exception {
        MockHttpSession market = DemoLogins.session(mvc, "deptadmin");           // 市场监管局
        mvc.perform(post("/exchange/grants").session(market).with(csrf()).param("dataset", "MZ-HYDJ")
                .param("purpose", "个体工商户登记时核验经营者婚姻状况（夫妻共同经营）")).andExpect(flash().attribute("message", "已提交共享申请"));
        assertThat(newest("511100-SCJGJ", "MZ-HYDJ")).startsWith("REQUESTED");
        UUID request = newestId("511100-SCJGJ", "MZ-HYDJ");

        // only the provider's administrator decides; a rejection needs a reason
        mvc.perform(post("/exchange/grants/" + request + "/decide").session(market).with(csrf()).param("grant", "true")
                .param("expiresOn", "2027-12-31")).andExpect(flash().attribute("error", containsString("只有提供部门的管理员")));
        MockHttpSession civil = DemoLogins.session(mvc, "head.mzj");               // 民政局
        mvc.perform(post("/exchange/grants/" + request + "/decide").session(civil).with(csrf()).param("grant", "false"))
                .andExpect(flash().attribute("error", "拒绝共享须说明理由"));
        mvc.perform(post("/exchange/grants/" + request + "/decide").session(civil).with(csrf()).param("grant", "true")
                .param("note", "仅核验是否已婚，不返回配偶信息").param("expiresOn", "2027-12-31"))
                .andExpect(flash().attribute("message", "已同意共享"));
        assertThat(newest("511100-SCJGJ", "MZ-HYDJ")).isEqualTo("GRANTED|仅核验是否已婚，不返回配偶信息|");
        mvc.perform(post("/exchange/grants/" + request + "/decide").session(civil).with(csrf()).param("grant", "false")
                .param("note", "改主意")).andExpect(flash().attribute("error", containsString("不能再审核")));
        assertThat(jdbc.sql("select count(*) from audit_entry where object_id = ?").param(request.toString())
                .query(Long.class).single()).isEqualTo(2);

        // 无条件共享: granted at once; 不予共享: refused with its legal basis; one's own data needs no grant
        MockHttpSession office = DemoLogins.session(mvc, "zwadmin");               // 政务服务和大数据管理局
        mvc.perform(post("/exchange/grants").session(office).with(csrf()).param("dataset", "SC-QYDJ").param("purpose", "企业开办核验"));
        assertThat(newest("511100-ZWJ", "SC-QYDJ")).startsWith("GRANTED");
        mvc.perform(post("/exchange/grants").session(office).with(csrf()).param("dataset", "GA-WFFZ").param("purpose", "x"))
                .andExpect(flash().attribute("error", containsString("不予共享（《中华人民共和国治安管理处罚法》")));
        mvc.perform(post("/exchange/grants").session(market).with(csrf()).param("dataset", "SC-QYDJ").param("purpose", "x"))
                .andExpect(flash().attribute("error", "本部门的数据无需申请共享"));
        mvc.perform(post("/exchange/grants").session(market).with(csrf()).param("dataset", "GA-HJXX").param("purpose", " "))
                .andExpect(flash().attribute("error", containsString("请填写")));
        mvc.perform(get("/exchange/grants").session(DemoLogins.session(mvc, "clerk"))).andExpect(status().isForbidden());
    }

    @Test
    void aGrantNearItsEndIsRenewedByANewRequestAndOnlyThen() throws Exception {
        MockHttpSession health = DemoLogins.session(mvc, "head.wjw");               // 卫健委
        UUID far = UUID.randomUUID();
        UUID near = UUID.randomUUID();
        jdbc.sql("""
                insert into exchange_grant (id, dataset_code, consumer_department_id, purpose, status, decided_at, expires_on)
                values (?, 'MZ-DBDX', '511100-WJW', '医疗救助对象核验', 'GRANTED', now(), current_date + 300),
                       (?, 'MZ-HYDJ', '511100-WJW', '出生医学证明核验父母婚姻', 'GRANTED', now(), current_date + 20)""")
                .params(far, near).update();
        mvc.perform(post("/exchange/grants/" + far + "/renew").session(health).with(csrf()))
                .andExpect(flash().attribute("error", containsString("到期前 60 天内可申请续期")));
        mvc.perform(post("/exchange/grants/" + near + "/renew").session(health).with(csrf()))
                .andExpect(flash().attribute("message", "已申请续期"));
        assertThat(newest("511100-WJW", "MZ-HYDJ")).startsWith("REQUESTED");
        assertThat(jdbc.sql("select status from exchange_grant where id = ?").param(near).query(String.class).single())
                .as("the grant in force stays until the provider decides").isEqualTo("GRANTED");
        // another department cannot renew it
        mvc.perform(post("/exchange/grants/" + near + "/renew").session(DemoLogins.session(mvc, "deptadmin")).with(csrf()))
                .andExpect(flash().attribute("error", containsString("授权不存在")));
    }

    @Test
    void aRequestNobodyDecidesLapsesAfterFiveWorkingDays() {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into exchange_grant (id, dataset_code, consumer_department_id, purpose, status, requested_at)
                values (?, 'RS-SBCB', '511100-MZJ', '低保核对', 'REQUESTED', now() - interval '20 days')""").param(id).update();
        UUID fresh = UUID.randomUUID();
        jdbc.sql("""
                insert into exchange_grant (id, dataset_code, consumer_department_id, purpose, status)
                values (?, 'RS-SBCB', '511100-WJW', '医师注册核验', 'REQUESTED')""").param(fresh).update();
        assertThat(grants.lapse()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.sql("select status || ' ' || reason from exchange_grant where id = ?").param(id).query(String.class).single())
                .isEqualTo("LAPSED 提供部门 5 个工作日内未审核");
        assertThat(jdbc.sql("select status from exchange_grant where id = ?").param(fresh).query(String.class).single())
                .isEqualTo("REQUESTED");
    }
}
