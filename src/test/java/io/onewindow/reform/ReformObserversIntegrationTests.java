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
import io.onewindow.calendar.WorkingDays;
import io.onewindow.platform.ChinaTime;
import io.onewindow.reform.internal.Reminders;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** 督办 around the plan: reminders before a milestone falls due, and 特邀监督员 comments moderated by the office. */
@IntegrationTest
class ReformObserversIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Reminders reminders;

    @Autowired
    io.onewindow.identity.Registrations registrations;

    @Autowired
    WorkingDays workingDays;

    @Test
    void aUnitIsRemindedOnceBeforeAMilestoneFallsDue() throws Exception {
        MockHttpSession supervisor = DemoLogins.session(mvc, "supervisor");
        String code = "T-REMIND-" + (System.nanoTime() % 100000);
        String due = workingDays.addWorkingDays(ChinaTime.today(), 2).toString();
        String file = """
                code: %s
                year: 2026
                title: 测试计划
                office: 511100-ZWJ
                chapters:
                  - number: 一
                    title: 监管
                    tasks:
                      - number: 1
                        title: 抽查
                        measures:
                          - key: "1.1"
                            title: 发布年度抽查计划
                            lead: 511100-SCJGJ
                            deadline: %s
                            milestones:
                              - {title: 抽查计划发布, due: %s}
                """.formatted(code, due, due);
        mvc.perform(multipart("/reform/plans").file(new MockMultipartFile("file", "p.yaml", null, file.getBytes(StandardCharsets.UTF_8)))
                .session(supervisor).with(csrf())).andExpect(flash().attribute("message", containsString(code)));
        assertThat(reminders.remind(ChinaTime.today())).isGreaterThanOrEqualTo(1);
        assertThat(reminders.remind(ChinaTime.today())).as("once").isZero();
        mvc.perform(get("/messages").session(DemoLogins.session(mvc, "deptadmin")))
                .andExpect(content().string(containsString("“抽查计划发布”应于 " + due)));
        // a milestone further away is not announced yet
        assertThat(jdbc.sql("select count(*) from reform_reminder where plan_code = ?").param(code).query(Integer.class).single())
                .isEqualTo(1);

        // a unit that took the measure on in October owes October's report by the 5th working day of November
        MockHttpSession deptadmin = DemoLogins.session(mvc, "deptadmin");
        mvc.perform(post("/reform/" + code + "/measures/1.1/claim").session(deptadmin).with(csrf()).param("responsible", "赵志强"));
        jdbc.sql("update reform_claim set claimed_at = timestamptz '2026-10-15 10:00+08' where plan_code = ?").param(code).update();
        LocalDate fourthOfNovember = LocalDate.of(2026, 11, 4);
        assertThat(reminders.remind(fourthOfNovember)).isPositive();
        assertThat(reminders.remind(fourthOfNovember)).as("once").isZero();
        assertThat(jdbc.sql("select count(*) from reform_reminder where plan_code = ? and ordinal = -202610").param(code)
                .query(Integer.class).single()).isEqualTo(1);
        mvc.perform(get("/messages").session(deptadmin)).andExpect(content().string(containsString("的 2026-10 进展应于 "
                + workingDays.addWorkingDays(LocalDate.of(2026, 10, 31), 5) + " 前报送")));
    }

    @Test
    void observersCommentAndTheOfficeDecidesWhatThePublicSees() throws Exception {
        MockHttpSession supervisor = DemoLogins.session(mvc, "supervisor");
        mvc.perform(post("/reform/plans/demo").session(supervisor).with(csrf()));
        mvc.perform(post("/reform/LS-FGF-2023/public").session(supervisor).with(csrf()).param("publish", "true"));
        // a person of their own (the demo's 张三 may be appointed by another test already)
        int n = (int) (System.nanoTime() % 800);
        String idNumber = io.onewindow.identity.synthetic.SyntheticIdentities.residentId("511102",
                LocalDate.of(1985, 5, 1 + n % 27), 100 + n);
        String username = "t.observer" + n + (System.nanoTime() % 1000);
        registrations.registerCitizen(new io.onewindow.identity.NewCitizen("钱多多", idNumber, "13800000099"),
                new io.onewindow.identity.NewLogin(username, "Test2023ok"));
        MockHttpSession zhangsan = DemoLogins.session(mvc, username, "Test2023ok");
        // not appointed yet: no form and no comment
        mvc.perform(get("/reform/public/LS-FGF-2023").session(zhangsan)).andExpect(content().string(not(containsString("comment-form"))));
        mvc.perform(post("/reform/public/LS-FGF-2023/comments").session(zhangsan).with(csrf()).param("measure", "9.7")
                .param("body", "好")).andExpect(flash().attribute("error", containsString("特邀监督员")));
        mvc.perform(post("/reform/observers").session(supervisor).with(csrf()).param("idNumber", "110101199003070000")
                .param("title", "企业家代表")).andExpect(flash().attribute("error", containsString("未找到")));
        mvc.perform(post("/reform/observers").session(DemoLogins.session(mvc, "deptadmin")).with(csrf())
                .param("idNumber", idNumber).param("title", "企业家代表")).andExpect(status().isForbidden());
        mvc.perform(post("/reform/observers").session(supervisor).with(csrf()).param("idNumber", idNumber)
                .param("title", "个体工商户代表")).andExpect(flash().attribute("message", containsString("特邀监督员")));

        String marker = UUID.randomUUID().toString();
        String body = "“一件事”套餐应增加<script>alert(1)</script>开办民宿 " + marker;
        mvc.perform(post("/reform/public/LS-FGF-2023/comments").session(zhangsan).with(csrf()).param("measure", "99.9")
                .param("body", body)).andExpect(flash().attribute("error", containsString("没有举措")));
        mvc.perform(post("/reform/public/LS-FGF-2023/comments").session(zhangsan).with(csrf()).param("measure", "9.7")
                .param("body", " ")).andExpect(flash().attribute("error", containsString("监督意见")));
        mvc.perform(post("/reform/public/LS-FGF-2023/comments").session(zhangsan).with(csrf()).param("measure", "9.7")
                .param("body", body)).andExpect(flash().attribute("message", containsString("经审核后公开")));
        mvc.perform(get("/reform/public/LS-FGF-2023")).andExpect(content().string(not(containsString(marker))));

        UUID id = jdbc.sql("select id from reform_comment where body = ?").param(body).query(UUID.class).single();
        mvc.perform(post("/reform/comments/" + id + "/moderate").session(supervisor).with(csrf()).param("publish", "false"))
                .andExpect(flash().attribute("error", containsString("须说明理由")));
        mvc.perform(post("/reform/comments/" + id + "/moderate").session(supervisor).with(csrf()).param("publish", "true"))
                .andExpect(flash().attribute("message", "已公开该意见"));
        mvc.perform(post("/reform/comments/" + id + "/moderate").session(supervisor).with(csrf()).param("publish", "false")
                .param("note", "重复")).andExpect(flash().attribute("error", "该意见已审核"));
        mvc.perform(get("/reform/public/LS-FGF-2023")).andExpect(content().string(containsString(marker)))
                .andExpect(content().string(containsString("特邀监督员 钱**（个体工商户代表）")))
                .andExpect(content().string(not(containsString("<script>alert(1)"))));
    }
}
