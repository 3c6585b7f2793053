package io.onewindow.reform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.onewindow.DemoLogins;
import io.onewindow.IntegrationTest;
import io.onewindow.TestFiles;
import io.onewindow.calendar.WorkingDays;
import io.onewindow.platform.ChinaTime;
import io.onewindow.reform.internal.MeasureStatus;
import io.onewindow.reform.internal.Notices;
import io.onewindow.reform.internal.Progress;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 督办 end to end on the 2023 plan: loading (and refusing bad files whole), 认领 and confirmation, reports with
 * evidence, 督办单 for an overdue milestone answered and escalated, targets measured live — and who may do what.
 */
@IntegrationTest
class ReformIntegrationTests {

    static final String CODE = "LS-FGF-2023";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Progress progress;

    @Autowired
    Notices notices;

    @Autowired
    WorkingDays workingDays;

    MockHttpSession supervisor;
    MockHttpSession deptadmin;

    @BeforeEach
    void loadThePlan() throws Exception {
        supervisor = DemoLogins.session(mvc, "supervisor");
        deptadmin = DemoLogins.session(mvc, "deptadmin");
        mvc.perform(post("/reform/plans/demo").session(supervisor).with(csrf()));
    }

    static byte[] demo() throws Exception {
        return new ClassPathResource("reform/plan-2023.yaml").getInputStream().readAllBytes();
    }

    int planVersions() {
        return jdbc.sql("select count(*) from reform_plan").query(Integer.class).single();
    }

    @Test
    void thePlanLoadsWholeAndARevisionKeepsTheHistory() throws Exception {
        var view = progress.view(CODE);
        assertThat(view.chapters()).hasSize(5);
        assertThat(view.measures()).hasSize(55);
        assertThat(view.measures().stream().map(m -> m.measure().taskNumber()).distinct()).hasSize(23);
        assertThat(view.measure("14.1").milestones().get(0).dueOn()).isEqualTo(LocalDate.of(2023, 8, 1));
        // the same file again changes nothing
        int before = planVersions();
        mvc.perform(multipart("/reform/plans").file(new MockMultipartFile("file", "plan.yaml", null, demo()))
                .session(supervisor).with(csrf())).andExpect(flash().attribute("message", containsString("未产生新版本")));
        assertThat(planVersions()).isEqualTo(before);

        // a revision publishes the next version; a unit's claim follows the measure's key
        mvc.perform(post("/reform/" + CODE + "/measures/17.1/claim").session(deptadmin).with(csrf())
                .param("responsible", "赵志强（副局长）").param("contact", "0833-2000000"));
        String revised = new String(demo(), StandardCharsets.UTF_8).replace("制发抽查工作细则，编制年度抽查计划",
                "制发抽查工作细则，编制年度抽查计划（修订）");
        mvc.perform(multipart("/reform/plans").file(new MockMultipartFile("file", "plan.yaml", null,
                revised.getBytes(StandardCharsets.UTF_8))).session(supervisor).with(csrf()))
                .andExpect(flash().attribute("message", containsString("已载入“LS-FGF-2023”第 ")));
        assertThat(planVersions()).isEqualTo(before + 1);
        assertThat(jdbc.sql("select count(*) from reform_plan where code = ? and status = 'PUBLISHED'").param(CODE)
                .query(Integer.class).single()).isEqualTo(1);
        var revisedView = progress.view(CODE);
        assertThat(revisedView.measure("17.1").measure().title()).endsWith("（修订）");
        assertThat(revisedView.measure("17.1").claimedBy("511100-SCJGJ")).isTrue();
        mvc.perform(get("/reform/" + CODE).session(supervisor)).andExpect(status().isOk())
                .andExpect(content().string(containsString("已被修订")));
    }

    @Test
    void twoRevisionsLoadedAtOnceBecomeTwoVersionsAndOnePublished() throws Exception {
        String base = new String(demo(), StandardCharsets.UTF_8);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        var results = new java.util.ArrayList<java.util.concurrent.Future<String>>();
        for (String edit : new String[] {"（甲）", "（乙）"}) {
            byte[] file = base.replace("推动100个事项“秒批秒办”", "推动100个事项“秒批秒办”" + edit + UUID.randomUUID())
                    .getBytes(StandardCharsets.UTF_8);
            results.add(pool.submit(() -> (String) mvc.perform(multipart("/reform/plans").file(new MockMultipartFile("file",
                    "plan.yaml", null, file)).session(supervisor).with(csrf())).andReturn().getFlashMap().get("message")));
        }
        for (var r : results) {
            assertThat(r.get()).contains("已载入");
        }
        pool.shutdown();
        assertThat(jdbc.sql("select count(*) from reform_plan where code = ? and status = 'PUBLISHED'").param(CODE)
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(distinct version) = count(*) from reform_plan where code = ?").param(CODE)
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void aBadPlanFileIsRefusedWholeWithEveryReason() throws Exception {
        int before = planVersions();
        String good = new String(demo(), StandardCharsets.UTF_8);
        String[][] cases = {
            {"not: [yaml", "不是有效的 YAML"},
            {good.replace("reportEveryMonths: 1", "reportEveryMonth: 1"), "字段有误"},
            {good.replace("key: \"9.2\"", "key: \"9.1\""), "编号重复"},
            {good.replace("measured: catalog.instant-approval", "measured: catalog.made-up"), "不是平台可计算的数据项"},
            {good.replace("lead: 511100-SCJGJ", "lead: 511100-NOSUCH"), "511100-NOSUCH"},
            {good.replace("deadline: 2023-08-01", "deadline: 八月一日"), "字段有误"},
            {good.replace("code: LS-FGF-2023", "code: \"<script>\""), "code（计划代码）"},
            // an alias bomb is not expanded
            {"a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                    + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n", "YAML"},
            {"", "请选择计划文件"}};
        for (String[] c : cases) {
            mvc.perform(multipart("/reform/plans").file(new MockMultipartFile("file", "plan.yaml", null,
                    c[0].getBytes(StandardCharsets.UTF_8))).session(supervisor).with(csrf()))
                    .andExpect(flash().attribute("error", containsString(c[1])));
        }
        mvc.perform(multipart("/reform/plans").file(new MockMultipartFile("file", "plan.yaml", null,
                new byte[3 * 1024 * 1024])).session(supervisor).with(csrf()))
                .andExpect(flash().attribute("error", containsString("2 MB")));
        assertThat(planVersions()).isEqualTo(before);
    }

    @Test
    void onlyTheOfficeLoadsAndOnlyUnitAdminsClaimAndNothingLeaksToThePublic() throws Exception {
        mvc.perform(post("/reform/plans/demo").session(deptadmin).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/reform/" + CODE).session(deptadmin)).andExpect(status().isForbidden());
        mvc.perform(get("/reform/" + CODE).session(DemoLogins.session(mvc, "zhangsan"))).andExpect(status().isForbidden());
        mvc.perform(get("/reform/unit").session(supervisor)).andExpect(status().isForbidden());
        mvc.perform(post("/reform/" + CODE + "/measures/17.1/claim").session(DemoLogins.session(mvc, "approver"))
                .with(csrf()).param("responsible", "某人")).andExpect(status().isForbidden());
        mvc.perform(get("/reform/" + CODE + "/measures/99.9").session(supervisor)).andExpect(status().isNotFound());
        // the public sees a plan only once the city publishes it, and never the units' people or files
        mvc.perform(post("/reform/" + CODE + "/public").session(supervisor).with(csrf()).param("publish", "false"));
        mvc.perform(get("/reform/public/" + CODE)).andExpect(status().isNotFound());
        mvc.perform(post("/reform/" + CODE + "/public").session(supervisor).with(csrf()).param("publish", "true"));
        mvc.perform(post("/reform/" + CODE + "/measures/17.1/claim").session(deptadmin).with(csrf())
                .param("responsible", "赵志强").param("contact", "13800001111"));
        mvc.perform(get("/reform/public/" + CODE)).andExpect(status().isOk())
                .andExpect(content().string(containsString("双随机、一公开")))
                .andExpect(content().string(not(containsString("13800001111"))))
                .andExpect(content().string(not(containsString("赵志强"))));
        mvc.perform(get("/reform/public")).andExpect(content().string(containsString(CODE)));
    }

    @Test
    void aUnitClaimsReportsWithEvidenceAndTheOfficeConfirms() throws Exception {
        mvc.perform(post("/reform/" + CODE + "/measures/17.2/claim").session(deptadmin).with(csrf()).param("responsible", " "))
                .andExpect(flash().attribute("error", containsString("责任人")));
        // reporting before claiming is refused
        mvc.perform(multipart("/reform/" + CODE + "/measures/20.1/reports").session(deptadmin).with(csrf())
                .param("period", "2026-11").param("status", "ON_TRACK").param("percent", "10").param("narrative", "x"))
                .andExpect(flash().attribute("error", containsString("尚未认领")));
        mvc.perform(post("/reform/" + CODE + "/measures/17.2/claim").session(deptadmin).with(csrf())
                .param("responsible", "赵志强（副局长）").param("steps", "一、摸清底数；二、分级分类"))
                .andExpect(flash().attribute("message", containsString("待督办机构确认")));
        mvc.perform(post("/reform/" + CODE + "/measures/17.2/confirm").session(supervisor).with(csrf()).param("unit", "511100-SCJGJ"))
                .andExpect(flash().attribute("message", "已确认认领"));
        mvc.perform(post("/reform/" + CODE + "/measures/17.2/confirm").session(supervisor).with(csrf()).param("unit", "511100-SCJGJ"))
                .andExpect(flash().attribute("error", containsString("已确认")));

        long reports = jdbc.sql("select count(*) from reform_report").query(Long.class).single();
        var bad = new String[][] {{"2099-01", "ON_TRACK", "10", "未来月份"}, {"2026/11", "ON_TRACK", "10", "报送期"},
            {"2026-11", "MAYBE", "10", "进展状态"}, {"2026-11", "ON_TRACK", "101", "完成比例"}, {"2026-11", "ON_TRACK", "10", ""}};
        for (String[] b : bad) {
            mvc.perform(multipart("/reform/" + CODE + "/measures/17.2/reports").session(deptadmin).with(csrf())
                    .param("period", b[0]).param("status", b[1]).param("percent", b[2]).param("narrative", b[3].isEmpty() ? " " : "进展"))
                    .andExpect(flash().attribute("error", containsString(b[3].isEmpty() ? "工作进展" : b[3])));
        }
        mvc.perform(multipart("/reform/" + CODE + "/measures/17.2/reports").file(new MockMultipartFile("file", "x.pdf", null,
                "MZ not a pdf".getBytes())).session(deptadmin).with(csrf()).param("period", "2026-11").param("status", "ON_TRACK")
                .param("percent", "30").param("narrative", "进展")).andExpect(flash().attribute("error", containsString("不是 PDF")));
        // a measured target is the platform's, not the unit's to type
        mvc.perform(post("/reform/" + CODE + "/measures/17.1/claim").session(deptadmin).with(csrf()).param("responsible", "赵志强"));
        mvc.perform(multipart("/reform/" + CODE + "/measures/17.1/reports").session(deptadmin).with(csrf())
                .param("period", "2026-11").param("status", "ON_TRACK").param("percent", "30").param("narrative", "进展")
                .param("target.0", "99")).andExpect(flash().attribute("error", containsString("由平台实时计算")));
        assertThat(jdbc.sql("select count(*) from reform_report").query(Long.class).single()).isEqualTo(reports);

        mvc.perform(multipart("/reform/" + CODE + "/measures/17.2/reports").file(new MockMultipartFile("file", "分级分类监管方案.pdf",
                null, TestFiles.PDF)).session(deptadmin).with(csrf()).param("period", "2026-11").param("status", "ON_TRACK")
                .param("percent", "40").param("narrative", "已完成市场主体信用风险分类"))
                .andExpect(flash().attribute("message", containsString("已报送")));
        var m = progress.view(CODE).measure("17.2");
        assertThat(m.latest().percent()).isEqualTo(40);
        UUID report = m.latest().id();
        mvc.perform(get("/reform/" + CODE + "/reports/" + report + "/file").session(supervisor)).andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"));
        mvc.perform(get("/reform/" + CODE + "/reports/" + report + "/file").session(DemoLogins.session(mvc, "zhangsan")))
                .andExpect(status().isForbidden());

        // the office reports for a unit without an account (代报): 贷款余额 is not the platform's to see
        mvc.perform(multipart("/reform/" + CODE + "/measures/4.1/reports").session(supervisor).with(csrf())
                .param("period", "2023-12").param("status", "DONE").param("percent", "100").param("narrative", "人民银行乐山市分行报送")
                .param("target.0", "236.4")).andExpect(flash().attribute("message", containsString("已报送")));
        var loans = progress.view(CODE).measure("4.1");
        assertThat(loans.targets().get(0).value()).isEqualByComparingTo("236.4");
        assertThat(loans.targets().get(0).met()).isTrue();
        assertThat(loans.status()).isEqualTo(MeasureStatus.DONE);
    }

    @Test
    void anOverdueMilestoneGetsANoticeTheUnitAnswersAndSilenceIsEscalated() throws Exception {
        var m = progress.view(CODE).measure("3.1");
        assertThat(m.status()).isEqualTo(MeasureStatus.LATE);
        assertThat(m.milestones().get(0).overdueWorkingDays())
                .isEqualTo(workingDays.workingDaysBetween(LocalDate.of(2023, 6, 30), ChinaTime.today()));
        // a milestone that is not overdue is not a reason for a 督办单
        mvc.perform(post("/reform/" + CODE + "/measures/17.1/notices").session(deptadmin).with(csrf()).param("milestone", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/reform/" + CODE + "/measures/17.1/notices").session(supervisor).with(csrf()).param("milestone", "0")
                .param("note", "请说明细则制发进度")).andExpect(flash().attribute("message", containsString("已发出督办单 DB")));
        var notice = progress.view(CODE).measure("17.1").notices().get(0);
        assertThat(notice.unitId()).isEqualTo("511100-SCJGJ");
        assertThat(notice.answerDue()).isEqualTo(workingDays.addWorkingDays(ChinaTime.today(), 5));
        assertThat(notice.reason()).contains("制发《乐山市市场监管领域部门联合").contains("已超期");
        // the unit's administrator hears of it
        mvc.perform(get("/messages").session(deptadmin)).andExpect(content().string(containsString(notice.number())));
        // only the unit answers, once
        mvc.perform(post("/reform/notices/" + notice.id() + "/answer").session(DemoLogins.session(mvc, "head.gaj")).with(csrf())
                .param("answer", "不是我们的")).andExpect(flash().attribute("error", "没有这份督办单"));
        mvc.perform(post("/reform/notices/" + notice.id() + "/answer").session(deptadmin).with(csrf()).param("answer", " "))
                .andExpect(flash().attribute("error", containsString("答复内容")));
        mvc.perform(post("/reform/notices/" + notice.id() + "/answer").session(deptadmin).with(csrf())
                .param("answer", "细则已起草，12月15日前印发")).andExpect(flash().attribute("message", "已答复督办单"));
        mvc.perform(post("/reform/notices/" + notice.id() + "/answer").session(deptadmin).with(csrf())
                .param("answer", "再答一次")).andExpect(flash().attribute("error", "该督办单已答复"));

        // another one left unanswered past its date is escalated, once, even by two nodes
        mvc.perform(post("/reform/" + CODE + "/measures/3.1/notices").session(supervisor).with(csrf()).param("milestone", "0"));
        UUID second = jdbc.sql("select id from reform_notice where measure_key = '3.1' order by issued_at desc limit 1")
                .query(UUID.class).single();
        jdbc.sql("update reform_notice set answer_due = ? where id = ?").params(ChinaTime.today().minusDays(1), second).update();
        assertThat(notices.escalateOverdue(ChinaTime.today())).isGreaterThanOrEqualTo(1);
        assertThat(notices.escalateOverdue(ChinaTime.today())).isZero();
        assertThat(jdbc.sql("select escalated_at is not null from reform_notice where id = ?").param(second)
                .query(Boolean.class).single()).isTrue();
        assertThat(progress.view(CODE).measure("3.1").reasons()).anyMatch(r -> r.contains("逾期未答复"));
    }

    @Test
    void aUnitThatStopsReportingFallsBehindAndLosesPoints() throws Exception {
        mvc.perform(post("/reform/" + CODE + "/measures/22.1/claim").session(deptadmin).with(csrf()).param("responsible", "赵志强"));
        var fresh = progress.view(CODE).measure("22.1");
        assertThat(fresh.missingReports()).as("a claim made this month owes no report yet").isZero();
        // claimed four months ago, reported once since: the other periods whose due day passed are missing
        jdbc.sql("update reform_claim set claimed_at = now() - interval '4 months' where plan_code = ? and measure_key = '22.1'")
                .param(CODE).update();
        String reported = java.time.YearMonth.from(ChinaTime.today()).minusMonths(3).toString();
        mvc.perform(multipart("/reform/" + CODE + "/measures/22.1/reports").session(deptadmin).with(csrf())
                .param("period", reported).param("status", "ON_TRACK").param("percent", "20").param("narrative", "首期进展"))
                .andExpect(flash().attribute("message", containsString("已报送")));
        var m = progress.view(CODE).measure("22.1");
        assertThat(m.missingReports()).isBetween(2, 3); // the month before this one counts once its 5th working day passed
        assertThat(m.reasons()).anyMatch(r -> r.startsWith("逾期未报送进展"));
        // past its 2023 deadline and behind on reports: 100 − 20 − 10 per missing report
        assertThat(m.score()).isEqualTo(100 - 20 - 10 * m.missingReports());
        var ranking = progress.view(CODE).ranking();
        assertThat(ranking.get(0).rank()).isEqualTo(1);
        assertThat(ranking).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
    }

    @Test
    void exportsCarryTheWholePlanForTheMeeting() throws Exception {
        byte[] xlsx = mvc.perform(get("/reform/" + CODE + "/export.xlsx").session(supervisor)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheet("举措").getLastRowNum()).isEqualTo(55);
            assertThat(book.getSheet("目标绩效考核").getRow(1).getCell(0).getStringCellValue()).isEqualTo("1");
        }
        byte[] pdf = mvc.perform(get("/reform/" + CODE + "/export.pdf").session(supervisor)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertThat(text).contains("目标绩效考核排名").contains("推动100个事项“秒批秒办”");
        }
    }
}
