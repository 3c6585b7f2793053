package io.onewindow.hotline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.onewindow.DemoLogins;
import io.onewindow.IntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** 12345 as a stranger meets it: Open311 shows only what reporters agreed to publish, masked; NaN breaks nothing. */
@IntegrationTest
class HotlinePrivacyIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    long orders() {
        return jdbc.sql("select count(*) from hotline_order").query(Long.class).single();
    }

    String numberOf(String content) {
        return jdbc.sql("select number from hotline_order where content = ?").param(content).query(String.class).single();
    }

    @Test
    void anOpen311RequestAtNaNIsRefusedStoresNothingAndTheListsKeepWorking() throws Exception {
        long before = orders();
        for (String[] at : new String[][] {{"NaN", "NaN"}, {"Infinity", "103.7"}, {"29.5", "-Infinity"}}) {
            mvc.perform(post("/open311/v2/requests.json").param("api_key", "leshan-open311-demo")
                            .param("service_code", "CSGL-DL").param("lat", at[0]).param("long", at[1])
                            .param("description", "路面坑洞"))
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$[0].code").value(400))
                    .andExpect(jsonPath("$[0].description").value(Matchers.containsString("有限的数字")));
        }
        assertThat(orders()).isEqualTo(before);
        mvc.perform(get("/open311/v2/requests.json")).andExpect(status().isOk());
        mvc.perform(get("/hotline").session(DemoLogins.session(mvc, "hotline"))).andExpect(status().isOk());
        // and the database itself refuses such a row now (the migration repaired any stored before)
        mvc.perform(post("/open311/v2/requests.json").param("api_key", "leshan-open311-demo").param("service_code", "CSGL-DL")
                .param("lat", "29.55").param("long", "103.76").param("description", "坐标约束测试")).andExpect(status().isCreated());
        org.junit.jupiter.api.Assertions.assertThrows(DataIntegrityViolationException.class, () -> jdbc.sql(
                "update hotline_order set latitude = 'NaN' where content = '坐标约束测试'").update());
    }

    @Test
    void open311PublishesOnlyConsentedOrdersWithPersonalDataMasked() throws Exception {
        MockHttpSession agent = DemoLogins.session(mvc, "hotline");
        // a phone order, with a name and a number in its text: never published
        mvc.perform(post("/hotline/orders").session(agent).with(csrf()).param("type", "HELP").param("categoryCode", "CSGL-DL")
                .param("callerName", "王强").param("callerPhone", "13912345678").param("regionId", "511100")
                .param("content", "电话诉求：我叫王强，电话13912345678，井盖破损"));
        // a web order without the 公开 box, and a 举报 with it: never published
        mvc.perform(post("/12345").with(csrf()).param("type", "HELP").param("categoryCode", "CSGL-DL").param("anonymous", "true")
                .param("regionId", "511100").param("content", "网上诉求（未同意公开）：路灯不亮"));
        mvc.perform(post("/12345").with(csrf()).param("type", "REPORT").param("categoryCode", "CSGL-DL").param("anonymous", "true")
                .param("regionId", "511100").param("publicConsent", "true").param("content", "举报（同意公开也不公开）：夜间施工"));
        // a web order with the 公开 box: published, with the personal data masked
        mvc.perform(post("/12345").with(csrf()).param("type", "HELP").param("categoryCode", "CSGL-DL").param("anonymous", "true")
                .param("regionId", "511100").param("publicConsent", "true")
                .param("content", "公开诉求：我叫李四，电话13812345678，身份证511102199003151235，嘉州路积水"));

        String list = mvc.perform(get("/open311/v2/requests.json")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(list).contains("公开诉求").contains("李*").contains("[电话已隐去]").contains("[身份证号已隐去]")
                .doesNotContain("13812345678").doesNotContain("511102199003151235").doesNotContain("李四")
                .doesNotContain("电话诉求").doesNotContain("未同意公开").doesNotContain("同意公开也不公开");
        for (String hidden : new String[] {"电话诉求：我叫王强，电话13912345678，井盖破损", "网上诉求（未同意公开）：路灯不亮",
            "举报（同意公开也不公开）：夜间施工"}) {
            mvc.perform(get("/open311/v2/requests/" + numberOf(hidden) + ".json")).andExpect(status().isNotFound());
            mvc.perform(get("/open311/v2/requests.json").param("service_request_id", numberOf(hidden)))
                    .andExpect(content().string("[]"));
        }
    }

    @Test
    void thePublicFormShowsAnEmptyContentBoxAndTrackingIsThrottled() throws Exception {
        String form = mvc.perform(get("/12345")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).containsPattern("<textarea id=\"content\" name=\"content\"[^>]*></textarea>")
                .doesNotContain("th:fragment");
        mvc.perform(post("/12345").with(csrf()).param("type", "HELP").param("categoryCode", "CSGL-DL")
                .param("callerName", "赵六").param("callerPhone", "13700001234").param("regionId", "511100")
                .param("content", "跟踪限流测试：人行道破损"));
        String number = numberOf("跟踪限流测试：人行道破损");
        mvc.perform(get("/12345").param("number", number).param("tail", "1234"))
                .andExpect(content().string(Matchers.containsString("id=\"tracked\"")));
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/12345").param("number", number).param("tail", "000" + i));
        }
        mvc.perform(get("/12345").param("number", number).param("tail", "1234")).andExpect(status().isTooManyRequests())
                .andExpect(content().string(Matchers.containsString("查询错误次数过多")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"tracked\""))));
    }
}
