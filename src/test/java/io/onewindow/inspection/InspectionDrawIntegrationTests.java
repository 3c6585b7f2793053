package io.onewindow.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.onewindow.DemoLogins;
import io.onewindow.IntegrationTest;
import io.onewindow.platform.Sm3;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 双随机、一公开 through the pages: a joint plan committed with its seed's hash shown and the seed kept back; the
 * draw stores the list and reveals the seed; an outsider checks the hash and re-runs the draw from the published
 * inputs — on the page and through the API with their own copy — and gets the same list; a wrong seed does not.
 */
@IntegrationTest
class InspectionDrawIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    String commit(MockHttpSession admin, String name, String... items) throws Exception {
        var request = post("/inspection/plans").session(admin).with(csrf()).param("name", name).param("ratioA", "3")
                .param("ratioB", "5").param("ratioC", "20").param("ratioD", "100").param("teamSize", "2");
        for (String i : items) {
            request.param("item", i);
        }
        String location = mvc.perform(request).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/inspection/public/");
        return location.substring("/inspection/public/".length());
    }

    @Test
    void theHashComesFirstTheSeedAfterAndAnyoneGetsTheSameList() throws Exception {
        // a high-risk enterprise is always drawn (D 100 %)
        String risky = jdbc.sql("select credit_code from identity_enterprise order by credit_code limit 1").query(String.class).single();
        jdbc.sql("insert into inspection_tier (credit_code, tier, reason) values (?, 'D', '测试：高风险') on conflict (credit_code) do update set tier = 'D'")
                .param(risky).update();
        MockHttpSession admin = DemoLogins.session(mvc, "deptadmin");
        String code = commit(admin, "餐饮单位跨部门联合抽查", "1", "2", "4");
        String hash = jdbc.sql("select seed_hash from inspection_plan where code = ?").param(code).query(String.class).single();
        mvc.perform(get("/inspection/public/" + code)).andExpect(status().isOk())
                .andExpect(content().string(containsString(hash))).andExpect(content().string(containsString("抽取后公开")));
        String inputs = mvc.perform(get("/inspection/public/" + code + "/inputs.json")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(inputs).contains("\"teamSize\":2").contains(risky).contains("51110023000201"); // 卫健 inspectors joined

        UUID id = jdbc.sql("select id from inspection_plan where code = ?").param(code).query(UUID.class).single();
        // only the organising department's administrator draws, once
        mvc.perform(post("/inspection/plans/" + id + "/draw").session(DemoLogins.session(mvc, "head.wjw")).with(csrf()))
                .andExpect(flash().attribute("error", "没有这个抽查计划，或不是本部门的计划"));
        mvc.perform(post("/inspection/plans/" + id + "/draw").session(admin).with(csrf()))
                .andExpect(flash().attribute("message", containsString("随机种子已公开")));
        mvc.perform(post("/inspection/plans/" + id + "/draw").session(admin).with(csrf()))
                .andExpect(flash().attribute("error", "该计划已抽取，结果不能重抽"));

        String seed = jdbc.sql("select seed from inspection_plan where code = ?").param(code).query(String.class).single();
        assertThat(Sm3.hex(seed)).as("the revealed seed is the one committed to").isEqualTo(hash);
        List<String> stored = jdbc.sql("select credit_code from inspection_visit where plan_id = ? order by ordinal")
                .param(id).query(String.class).list();
        assertThat(stored).contains(risky);
        assertThat(jdbc.sql("select sealed_seed is null from inspection_plan where id = ?").param(id).query(Boolean.class).single()).isTrue();

        // an outsider re-runs it on the page …
        mvc.perform(get("/inspection/public/" + code).param("seed", seed))
                .andExpect(content().string(containsString("一致：重新计算得到相同的 " + stored.size() + " 户")));
        String wrong = (seed.charAt(0) == '0' ? "1" : "0") + seed.substring(1);
        mvc.perform(get("/inspection/public/" + code).param("seed", wrong))
                .andExpect(content().string(containsString("不一致")));
        mvc.perform(get("/inspection/public/" + code).param("seed", "not-hex"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("随机种子须为 64 位十六进制字符")));
        // … and with their own copy through the API
        mvc.perform(post("/api/v1/inspection/rerun").contentType("application/json")
                .content("{\"inputs\": " + inputs + ", \"seed\": \"" + seed + "\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(stored.size()))
                .andExpect(jsonPath("$[0].entity").value(stored.get(0)));
        mvc.perform(post("/api/v1/inspection/rerun").contentType("application/json").content("{\"inputs\": \"{\", \"seed\": \"" + seed + "\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/inspection/public")).andExpect(content().string(containsString(code)));
    }

    @Test
    void anEventNamesTheEntityTheTeamIsStillDrawnAndThePlanSaysWhy() throws Exception {
        MockHttpSession admin = DemoLogins.session(mvc, "deptadmin");
        String qiye = jdbc.sql("select credit_code from identity_enterprise where name = '乐山嘉州绿色硅材料有限公司'").query(String.class).single();
        mvc.perform(get("/inspection/plans").session(admin)).andExpect(content().string(containsString("校园及周边食品安全")));
        int before = jdbc.sql("select count(*) from inspection_plan").query(Integer.class).single();
        mvc.perform(post("/inspection/plans/event").session(admin).with(csrf()).param("name", "x").param("item", "1")
                .param("creditCode", "91511100000000000X").param("event", "12345 工单")).andExpect(flash().attribute("error", "检查对象不在名录中，请核对统一社会信用代码"));
        mvc.perform(post("/inspection/plans/event").session(admin).with(csrf()).param("name", "x").param("item", "1")
                .param("creditCode", qiye).param("event", " ")).andExpect(flash().attribute("error", containsString("请说明触发检查的事件")));
        assertThat(jdbc.sql("select count(*) from inspection_plan").query(Integer.class).single()).isEqualTo(before);

        String location = mvc.perform(post("/inspection/plans/event").session(admin).with(csrf()).param("name", "燃气使用隐患联合检查")
                .param("item", "1").param("item", "2").param("creditCode", qiye).param("event", "12345 工单核实属实：后厨燃气软管老化"))
                .andExpect(flash().attribute("message", containsString("检查组已随机抽取"))).andReturn().getResponse().getRedirectedUrl();
        String code = location.substring("/inspection/public/".length());
        var plan = jdbc.sql("select id, seed, seed_hash, trigger_kind from inspection_plan where code = ?").param(code).query().singleRow();
        assertThat(plan.get("trigger_kind")).isEqualTo("EVENT");
        assertThat(Sm3.hex((String) plan.get("seed"))).isEqualTo(plan.get("seed_hash"));
        assertThat(jdbc.sql("select credit_code from inspection_visit where plan_id = ?").param(plan.get("id")).query(String.class).list())
                .containsExactly(qiye);
        mvc.perform(get("/inspection/public/" + code)).andExpect(content().string(containsString("事件触发的联合检查")))
                .andExpect(content().string(containsString("后厨燃气软管老化")));
        mvc.perform(get("/inspection/public/" + code).param("seed", (String) plan.get("seed")))
                .andExpect(content().string(containsString("一致：重新计算得到相同的 1 户")));
    }

    @Test
    void anEntityDrawnByTwoDepartmentsInAQuarterIsVisitedOnce() throws Exception {
        MockHttpSession market = DemoLogins.session(mvc, "deptadmin");
        MockHttpSession health = DemoLogins.session(mvc, "head.wjw");
        String first = code(mvc.perform(post("/inspection/plans").session(market).with(csrf()).param("name", "企业公示抽查")
                .param("item", "3").param("ratioA", "100").param("ratioB", "100").param("ratioC", "100").param("ratioD", "100")
                .param("teamSize", "2")).andReturn().getResponse().getRedirectedUrl());
        mvc.perform(post("/inspection/plans/" + id(first) + "/draw").session(market).with(csrf()));
        String second = code(mvc.perform(post("/inspection/plans").session(health).with(csrf()).param("name", "公共场所卫生抽查")
                .param("item", "4").param("ratioA", "100").param("ratioB", "100").param("ratioC", "100").param("ratioD", "100")
                .param("teamSize", "2")).andReturn().getResponse().getRedirectedUrl());
        mvc.perform(post("/inspection/plans/" + id(second) + "/draw").session(health).with(csrf()));
        String qiye = jdbc.sql("select credit_code from identity_enterprise where name = '乐山嘉州绿色硅材料有限公司'").query(String.class).single();
        assertThat(jdbc.sql("select joins_plan from inspection_visit where plan_id = ? and credit_code = ?")
                .params(id(second), qiye).query(UUID.class).single()).as("joins an open visit of this quarter").isNotNull();
        mvc.perform(get("/inspection/public/" + second)).andExpect(content().string(containsString("进一次门：与 ")));
        mvc.perform(get("/inspection/plans").session(health)).andExpect(content().string(containsString("已录入 0 / ")));
    }

    @Test
    void inspectorsAreNeverSentBackToTheirOwnCases() throws Exception {
        MockHttpSession admin = DemoLogins.session(mvc, "deptadmin");
        String first = code(mvc.perform(post("/inspection/plans").session(admin).with(csrf()).param("name", "立案前")
                .param("item", "1").param("ratioA", "100").param("ratioB", "100").param("ratioC", "100").param("ratioD", "100")
                .param("teamSize", "2")).andReturn().getResponse().getRedirectedUrl());
        mvc.perform(post("/inspection/plans/" + id(first) + "/draw").session(admin).with(csrf()));
        // not a demo enterprise other journeys inspect
        var visit = jdbc.sql("""
                select ordinal, credit_code, team from inspection_visit where plan_id = ? and credit_code not in
                  (select credit_code from identity_enterprise where name in ('乐山嘉州绿色硅材料有限公司', '嘉禾小吃店'))
                order by ordinal limit 1""").param(id(first)).query().singleRow();
        // history: that visit ended in 立案 (recorded as by an inspector of its team)
        jdbc.sql("""
                insert into inspection_result (plan_id, ordinal, outcome, findings, acknowledgement, inspected_on, publish_due, recorded_by)
                values (?, ?, 'VIOLATION', '经营超过保质期的食品', 'SIGNED', current_date, current_date + 30, 'fixture')""")
                .params(id(first), visit.get("ordinal")).update();
        String second = code(mvc.perform(post("/inspection/plans").session(admin).with(csrf()).param("name", "立案后")
                .param("item", "1").param("ratioA", "100").param("ratioB", "100").param("ratioC", "100").param("ratioD", "100")
                .param("teamSize", "2")).andReturn().getResponse().getRedirectedUrl());
        String inputs = jdbc.sql("select inputs from inspection_plan where code = ?").param(second).query(String.class).single();
        for (String officer : ((String) visit.get("team")).split(",")) {
            assertThat(inputs).as("the inputs say %s may not go back", officer)
                    .containsPattern("\\{\"id\":\"" + officer + "\",\"fields\":\\[[^]]*],\"conflicts\":\\[[^]]*\"" + visit.get("credit_code") + "\"");
        }
        mvc.perform(post("/inspection/plans/" + id(second) + "/draw").session(admin).with(csrf()));
        String team = jdbc.sql("select team from inspection_visit where plan_id = ? and credit_code = ?")
                .params(id(second), visit.get("credit_code")).query(String.class).single();
        for (String officer : ((String) visit.get("team")).split(",")) {
            assertThat(team.split(",")).doesNotContain(officer);
        }
    }

    String code(String location) {
        return location.substring("/inspection/public/".length());
    }

    UUID id(String code) {
        return jdbc.sql("select id from inspection_plan where code = ?").param(code).query(UUID.class).single();
    }

    @Test
    void badPlansAreRefusedAndStoreNothing() throws Exception {
        MockHttpSession admin = DemoLogins.session(mvc, "deptadmin");
        int before = jdbc.sql("select count(*) from inspection_plan").query(Integer.class).single();
        mvc.perform(post("/inspection/plans").session(admin).with(csrf()).param("name", "无事项").param("ratioA", "3")
                .param("ratioB", "5").param("ratioC", "20").param("ratioD", "100").param("teamSize", "2"))
                .andExpect(flash().attribute("error", "请至少选择一个抽查事项"));
        mvc.perform(post("/inspection/plans").session(admin).with(csrf()).param("name", "比例").param("item", "1")
                .param("ratioA", "150").param("ratioB", "5").param("ratioC", "20").param("ratioD", "100").param("teamSize", "2"))
                .andExpect(flash().attribute("error", "各信用等级的抽取比例须在 0–100 之间"));
        mvc.perform(post("/inspection/plans").session(admin).with(csrf()).param("name", "一人").param("item", "1")
                .param("ratioA", "3").param("ratioB", "5").param("ratioC", "20").param("ratioD", "100").param("teamSize", "1"))
                .andExpect(flash().attribute("error", "检查组人数须在 2–5 人之间（执法须两人以上）"));
        mvc.perform(post("/inspection/plans").session(admin).with(csrf()).param("name", "x").param("item", "1")
                .param("ratioA", "三").param("ratioB", "5").param("ratioC", "20").param("ratioD", "100"))
                .andExpect(flash().attribute("error", "抽取比例和检查组人数须为整数"));
        mvc.perform(post("/inspection/plans").session(DemoLogins.session(mvc, "inspector")).with(csrf())
                .param("name", "x").param("item", "1")).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from inspection_plan").query(Integer.class).single()).isEqualTo(before);
        mvc.perform(get("/inspection/tasks").session(DemoLogins.session(mvc, "inspector"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Exception"))));
    }
}
