package io.onewindow.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.onewindow.DemoLogins;
import io.onewindow.IntegrationTest;
import io.onewindow.identity.NewStaff;
import io.onewindow.identity.Role;
import io.onewindow.identity.StaffAccounts;
import io.onewindow.platform.ChinaTime;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * On site: a member of the drawn team records a finding with a photo and a 首违不罚 decision from the 不予处罚清单;
 * the result is on the public page and in the open data at once, due within 20 working days, and the enterprise's
 * credit tier explanation says what it rests on. Nobody outside the team records, nothing is recorded twice.
 */
@IntegrationTest
class InspectionResultsIntegrationTests {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StaffAccounts staffAccounts;

    @Autowired
    io.onewindow.inspection.internal.CreditTiers tiers;

    @Test
    void aFindingWithAPhotoAndFirstViolationNotPunishedIsPublishedAndExplainsTheTier() throws Exception {
        MockHttpSession admin = DemoLogins.session(mvc, "deptadmin");
        String location = mvc.perform(post("/inspection/plans").session(admin).with(csrf()).param("name", "企业公示和食品安全抽查")
                .param("item", "1").param("item", "3").param("ratioA", "100").param("ratioB", "100").param("ratioC", "100")
                .param("ratioD", "100").param("teamSize", "2")).andReturn().getResponse().getRedirectedUrl();
        String code = location.substring("/inspection/public/".length());
        UUID plan = jdbc.sql("select id from inspection_plan where code = ?").param(code).query(UUID.class).single();
        mvc.perform(post("/inspection/plans/" + plan + "/draw").session(admin).with(csrf()));

        // the demo enterprise 乐山嘉州绿色硅材料 and the first inspector of its team, signing in as themselves
        String qiye = jdbc.sql("select credit_code from identity_enterprise where name = '乐山嘉州绿色硅材料有限公司'").query(String.class).single();
        var visit = jdbc.sql("select ordinal, team from inspection_visit where plan_id = ? and credit_code = ?").params(plan, qiye)
                .query().singleRow();
        String officer = ((String) visit.get("team")).split(",")[0];
        String username = "t.officer" + (System.nanoTime() % 100000);
        staffAccounts.create(new NewStaff(username, "Officer2023x", "检查员", "511100-SCJGJ", null, Set.of(Role.INSPECTOR)));
        jdbc.sql("update identity_account set must_change_password = false where username = ?").param(username).update();
        jdbc.sql("update inspection_inspector set username = ? where id = ?").params(username, officer).update();
        MockHttpSession inspector = DemoLogins.session(mvc, username, "Officer2023x");
        String task = "/inspection/tasks/" + plan + "/" + visit.get("ordinal");
        mvc.perform(get("/inspection/tasks").session(inspector)).andExpect(content().string(containsString(qiye)));
        mvc.perform(get(task).session(inspector)).andExpect(status().isOk())
                .andExpect(content().string(containsString("不予处罚清单：企业未按时公示年度报告")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("从轻处罚清单")))); // 公共卫生 is not in this plan

        int notPunished = jdbc.sql("select id from inspection_penalty_entry where list = 'NOT' and field = '企业公示'").query(Integer.class).single();
        int otherField = jdbc.sql("select id from inspection_penalty_entry where field = '公共卫生'").query(Integer.class).single();
        String today = ChinaTime.today().toString();
        // refused: an entry of another field, no reason, a file that is not a picture, a future date
        mvc.perform(record(task, inspector, "RECTIFY", otherField, "理由", PNG, today)).andExpect(flash().attribute("error", "所选清单条目不适用于本次抽查的领域"));
        mvc.perform(record(task, inspector, "RECTIFY", notPunished, "", PNG, today)).andExpect(flash().attribute("error", containsString("请说明适用“不予处罚清单”条目的理由")));
        mvc.perform(record(task, inspector, "RECTIFY", notPunished, "理由", "%PDF-1.4".getBytes(), today)).andExpect(flash().attribute("error", "照片只能是 JPG 或 PNG 图片（按文件内容识别）"));
        mvc.perform(record(task, inspector, "RECTIFY", notPunished, "理由", PNG, ChinaTime.today().plusDays(3).toString())).andExpect(flash().attribute("error", "检查日期不能为空，也不能晚于今天"));
        // an inspector outside the team cannot record it
        String outsider = jdbc.sql("select id from inspection_inspector where department_id = '511100-SCJGJ' and position(id in ?) = 0 order by id limit 1")
                .param((String) visit.get("team")).query(String.class).single();
        String outsiderName = username + "x";
        staffAccounts.create(new NewStaff(outsiderName, "Officer2023x", "组外检查员", "511100-SCJGJ", null, Set.of(Role.INSPECTOR)));
        jdbc.sql("update identity_account set must_change_password = false where username = ?").param(outsiderName).update();
        jdbc.sql("update inspection_inspector set username = ? where id = ?").params(outsiderName, outsider).update();
        mvc.perform(record(task, DemoLogins.session(mvc, outsiderName, "Officer2023x"), "RECTIFY", notPunished, "理由", PNG, today))
                .andExpect(flash().attribute("error", "没有这项检查任务，或您不在其检查组中"));
        assertThat(jdbc.sql("select count(*) from inspection_result where plan_id = ?").param(plan).query(Integer.class).single())
                .as("nothing stored by refusals").isZero();

        mvc.perform(record(task, inspector, "RECTIFY", notPunished, "首次违法，已当场补报年度报告，未造成危害后果", PNG, today))
                .andExpect(flash().attribute("message", "检查结果已录入并公示"));
        mvc.perform(record(task, inspector, "NO_PROBLEM", null, null, null, today)).andExpect(flash().attribute("error", "该检查结果已录入，不能重复录入"));

        // 一公开: the public page and the open data, at once
        mvc.perform(get("/inspection/public/" + code)).andExpect(content().string(containsString("发现问题，已责令改正")))
                .andExpect(content().string(containsString("适用不予处罚清单：不予行政处罚；责令限期改正")));
        mvc.perform(get("/inspection/public/" + code + "/results.json")).andExpect(jsonPath("$[0].list").value("不予处罚清单"))
                .andExpect(jsonPath("$[0].creditCode").value(qiye));
        mvc.perform(get("/inspection/public/" + code + "/results.csv")).andExpect(content().string(containsString("不予处罚清单")));
        String due = jdbc.sql("select publish_due::text from inspection_result where plan_id = ?").param(plan).query(String.class).single();
        assertThat(due).isGreaterThan(today);

        // the enterprise sees its tier and why
        mvc.perform(get("/my/credit-tier").session(DemoLogins.session(mvc, "qiye")))
                .andExpect(content().string(containsString("B 类")))
                .andExpect(content().string(containsString("发现问题，已责令改正（适用不予处罚清单：不予行政处罚；责令限期改正）")));
        // and 惠企政策 rules that ask for 信用等级 read it
        assertThat(jdbc.sql("""
                select f.value from policy_fact f join identity_enterprise e on e.id = f.enterprise_id
                where e.credit_code = ? and f.fact = 'CREDIT_TIER'""").param(qiye).query(String.class).single()).isEqualTo("B");

        // 复查: on the inspector's list, then found not corrected — which counts as 立案 for the tier
        mvc.perform(get("/inspection/tasks").session(inspector)).andExpect(content().string(containsString("待复查")));
        mvc.perform(post(task + "/reinspection").session(inspector).with(csrf()).param("corrected", "maybe")
                .param("findings", "x").param("inspectedOn", today)).andExpect(flash().attribute("error", "请选择复查结论：已整改或未整改"));
        mvc.perform(post(task + "/reinspection").session(inspector).with(csrf()).param("corrected", "false")
                .param("findings", "仍未公示年度报告").param("inspectedOn", today))
                .andExpect(flash().attribute("message", "复查结果已录入并公示"));
        mvc.perform(post(task + "/reinspection").session(inspector).with(csrf()).param("corrected", "true")
                .param("findings", "再次复查").param("inspectedOn", today)).andExpect(flash().attribute("error", "该检查不需要复查，或已复查"));
        mvc.perform(get("/inspection/public/" + code)).andExpect(content().string(containsString("复查：未整改，立案查处")));
        mvc.perform(get("/my/credit-tier").session(DemoLogins.session(mvc, "qiye")))
                .andExpect(content().string(containsString("C 类"))).andExpect(content().string(containsString("复查未整改（按立案计）")));
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'CREDIT_TIER_CHANGED' and object_id = ?")
                .param(qiye).query(Integer.class).single()).isPositive();

        // a department's own judgement: the higher risk counts, and says where it comes from (not on a demo
        // enterprise: 惠企政策 tests count on their tiers)
        String other = jdbc.sql("""
                select credit_code from identity_enterprise where name not in ('乐山嘉州绿色硅材料有限公司', '嘉禾小吃店')
                order by credit_code desc limit 1""").query(String.class).single();
        MockHttpSession taxLike = DemoLogins.session(mvc, "head.wjw");
        mvc.perform(multipart("/inspection/tiers").file(new MockMultipartFile("file", "tiers.csv", "text/csv",
                ("统一社会信用代码,信用等级,依据\n" + other + ",E,x\n91511100MA0000000X,D,x\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .session(taxLike).with(csrf())).andExpect(flash().attribute("error", containsString("第 2 行：信用等级应为 A、B、C 或 D")))
                .andExpect(flash().attribute("error", containsString("第 3 行：")));
        mvc.perform(multipart("/inspection/tiers").file(new MockMultipartFile("file", "tiers.csv", "text/csv",
                (other + ",D,公共场所卫生监督量化分级为不合格\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .session(taxLike).with(csrf())).andExpect(flash().attribute("message", containsString("已导入 1 户")));
        assertThat(tiers.of(other).tier()).isEqualTo("D");
        assertThat(tiers.of(other).explanation()).contains("乐山市卫生健康委员会报送 D 类（公共场所卫生监督量化分级为不合格");
        mvc.perform(multipart("/inspection/tiers").file(new MockMultipartFile("file", "t.csv", "text/csv", new byte[0]))
                .session(inspector).with(csrf())).andExpect(status().isForbidden());
    }

    org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder record(String task, MockHttpSession who,
            String outcome, Integer entry, String reason, byte[] photo, String inspectedOn) {
        var request = multipart(task).session(who).with(csrf());
        if (photo != null) {
            request.file(new MockMultipartFile("photo", "现场.png", "image/png", photo));
        }
        request.param("outcome", outcome).param("findings", "企业未按时公示 2025 年度报告").param("acknowledgement", "SIGNED")
                .param("inspectedOn", inspectedOn);
        if (outcome.equals("RECTIFY")) {
            request.param("reinspectBy", ChinaTime.today().plusDays(10).toString());
        }
        if (entry != null) {
            request.param("entry", String.valueOf(entry)).param("entryReason", reason);
        }
        return request;
    }
}
