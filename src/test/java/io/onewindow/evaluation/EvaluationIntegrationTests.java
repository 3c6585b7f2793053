package io.onewindow.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.onewindow.IntegrationTest;
import io.onewindow.calendar.WorkingDays;
import io.onewindow.catalog.Catalog;
import io.onewindow.catalog.CatalogQuery;
import io.onewindow.evaluation.internal.Ratings;
import io.onewindow.evaluation.internal.Tickets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class EvaluationIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Catalog catalog;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Ratings ratings;

    @Autowired
    Tickets tickets;

    @Autowired
    Evaluations evaluations;

    @Autowired
    WorkingDays workingDays;

    MockHttpSession login(String username) throws Exception {
        return io.onewindow.DemoLogins.session(mvc, username);
    }

    /** A 秒批 item decided in the submit request: a finished case of zhangsan's in one call. */
    UUID finishedCase(MockHttpSession citizen, String key) throws Exception {
        String item = catalog.search(CatalogQuery.text("城乡居民基本养老保险参保登记")).items().get(0).code();
        String body = "{\"itemCode\":\"" + item + "\",\"form\":{\"grade\":\"300\",\"phone\":\"13800000001\"}}";
        String response = mvc.perform(post("/api/v1/cases").session(citizen).with(csrf()).header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("APPROVED"))
                .andReturn().getResponse().getContentAsString();
        return UUID.fromString(com.jayway.jsonpath.JsonPath.<String>read(response, "$.id"));
    }

    long ratingCount() {
        return jdbc.sql("select count(*) from evaluation_rating").query(Long.class).single();
    }

    @Test
    void aBadRatingIsVerifiedRectifiedRepliedAndRevisitedAndCountedPublicly() throws Exception {
        MockHttpSession citizen = login("zhangsan");
        UUID caseId = finishedCase(citizen, "eval-loop-1");
        long before = evaluations.figures().total().bad();

        // refused, storing nothing: someone else's case, no level, an over-long comment
        long count = ratingCount();
        mvc.perform(post("/evaluation/cases/" + caseId).session(login("qiye")).with(csrf()).param("level", "2"))
                .andExpect(flash().attribute("error", containsString("申请人")));
        mvc.perform(post("/evaluation/cases/" + caseId).session(citizen).with(csrf()))
                .andExpect(flash().attribute("error", "请选择评价等级"));
        mvc.perform(post("/evaluation/cases/" + caseId).session(citizen).with(csrf()).param("level", "2")
                .param("comment", "长".repeat(501))).andExpect(flash().attribute("error", containsString("500")));
        assertThat(ratingCount()).isEqualTo(count);

        mvc.perform(post("/evaluation/cases/" + caseId).session(citizen).with(csrf()).param("level", "2")
                .param("tags", "多次跑腿").param("tags", "不存在的标签").param("comment", "材料要求前后不一致"))
                .andExpect(flash().attribute("message", "感谢您的评价"));
        var rating = ratings.byCase(caseId).orElseThrow();
        assertThat(rating.level()).isEqualTo(Level.DISSATISFIED);
        assertThat(rating.tags()).isEqualTo("多次跑腿");
        assertThat(rating.departmentId()).isEqualTo("511100-RSJ");
        var ticket = tickets.ofRating(rating.id()).orElseThrow();
        assertThat(ticket.status()).isEqualTo(Tickets.Status.VERIFYING);
        assertThat(ticket.dueOn()).isEqualTo(workingDays.addWorkingDays(LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")), 15));

        // another department cannot see the ticket; steps go in order only
        mvc.perform(get("/department/evaluation/" + ticket.id()).session(login("approver.health"))).andExpect(status().isNotFound());
        MockHttpSession hr = login("approver.hr");
        mvc.perform(get("/department/evaluation/" + ticket.id()).session(hr))
                .andExpect(content().string(containsString("张* 138****0001"))).andExpect(content().string(containsString("待核实")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("13800000001"))))
                .andExpect(content().string(containsString("办理人员：")));
        mvc.perform(post("/department/evaluation/" + ticket.id() + "/reply").session(hr).with(csrf()).param("text", "太早"))
                .andExpect(flash().attribute("error", containsString("待核实")));
        mvc.perform(post("/department/evaluation/" + ticket.id() + "/verify").session(hr).with(csrf()).param("text", " "))
                .andExpect(flash().attribute("error", containsString("核实情况")));
        mvc.perform(post("/department/evaluation/" + ticket.id() + "/verify").session(hr).with(csrf())
                .param("text", "已电话回访，确认窗口告知的材料与指南不一致")).andExpect(flash().attribute("message", "已保存"));
        mvc.perform(post("/department/evaluation/" + ticket.id() + "/rectify").session(hr).with(csrf())
                .param("text", "统一窗口与网上指南的材料清单")).andExpect(flash().attribute("message", "已保存"));
        mvc.perform(post("/department/evaluation/" + ticket.id() + "/reply").session(hr).with(csrf())
                .param("text", "已整改，感谢监督")).andExpect(flash().attribute("message", "已保存"));
        assertThat(tickets.ofRating(rating.id()).orElseThrow().status()).isEqualTo(Tickets.Status.REVISIT);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(jdbc.sql("select count(*) from notification_inbox where reference = ? and message like '%整改反馈%'")
                .param(caseId.toString()).query(Long.class).single()).isEqualTo(1));

        // only the rater can rate the fix, once
        mvc.perform(post("/evaluation/cases/" + caseId + "/revisit").session(login("qiye")).with(csrf()).param("level", "5"))
                .andExpect(flash().attribute("error", containsString("只有评价人")));
        mvc.perform(get("/evaluation/cases/" + caseId).session(citizen)).andExpect(content().string(containsString("已整改，感谢监督")));
        mvc.perform(post("/evaluation/cases/" + caseId + "/revisit").session(citizen).with(csrf()).param("level", "4"))
                .andExpect(flash().attribute("message", containsString("整改")));
        mvc.perform(post("/evaluation/cases/" + caseId + "/revisit").session(citizen).with(csrf()).param("level", "4"))
                .andExpect(flash().attribute("error", containsString("已回访")));
        assertThat(tickets.ofRating(rating.id()).orElseThrow().status()).isEqualTo(Tickets.Status.CLOSED);
        assertThat(ratings.find(rating.id()).orElseThrow().revisitLevel()).isEqualTo(4);

        var figures = evaluations.figures();
        assertThat(figures.total().bad()).isEqualTo(before + 1);
        assertThat(figures.byDepartment()).anySatisfy(r -> {
            assertThat(r.name()).isEqualTo("乐山市人力资源和社会保障局");
            assertThat(r.rectifiedOnTime()).isGreaterThanOrEqualTo(1);
        });
        assertThat(figures.byItem()).anySatisfy(r -> assertThat(r.name()).isEqualTo("城乡居民基本养老保险参保登记"));
        mvc.perform(get("/evaluation/public")).andExpect(status().isOk())
                .andExpect(content().string(containsString("乐山市人力资源和社会保障局")));
        assertThat(jdbc.sql("select count(*) from audit_entry where object_type = 'evaluation.ticket' and object_id = ?")
                .param(ticket.id().toString()).query(Long.class).single()).isEqualTo(4);
    }

    @Test
    void aCaseThatIsNotFinishedCannotBeRated() throws Exception {
        MockHttpSession citizen = login("zhangsan");
        String item = catalog.search(CatalogQuery.text("城乡居民基本养老保险参保登记")).items().get(0).code();
        String location = mvc.perform(post("/apply/" + item).session(citizen).with(csrf())).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        UUID running = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        long count = ratingCount();
        mvc.perform(post("/evaluation/cases/" + running).session(citizen).with(csrf()).param("level", "5"))
                .andExpect(flash().attribute("error", "办件办结后才能评价"));
        assertThat(ratingCount()).isEqualTo(count);
    }

    @Test
    void aWindowVisitIsRatedOnceAndNeverByTheClerk() throws Exception {
        MockHttpSession clerk = login("clerk");
        mvc.perform(post("/window/evaluation").session(clerk).with(csrf())).andExpect(status().is3xxRedirection());
        String token = jdbc.sql("select token from evaluation_visit order by created_at desc limit 1").query(String.class).single();
        mvc.perform(post("/rate/" + token).session(clerk).with(csrf()).param("level", "5"))
                .andExpect(flash().attribute("error", "工作人员不能评价自己的服务"));
        mvc.perform(post("/rate/" + token).with(csrf()).param("level", "1").param("tags", "等候时间长"))
                .andExpect(flash().attribute("message", "感谢您的评价"));
        mvc.perform(post("/rate/" + token).with(csrf()).param("level", "5"))
                .andExpect(flash().attribute("error", containsString("已评价")));
        mvc.perform(post("/rate/" + "0".repeat(32)).with(csrf()).param("level", "5"))
                .andExpect(flash().attribute("error", "评价链接不存在"));
        var rating = jdbc.sql("select id, channel, rater_account is null as anonymous, department_id from evaluation_rating where visit_token = ?")
                .param(token).query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getString(2), rs.getBoolean(3), rs.getString(4)})
                .single();
        assertThat(rating[1]).isEqualTo("WINDOW");
        assertThat(rating[2]).isEqualTo(true);
        assertThat(rating[3]).isNotNull();
        // an anonymous 差评 still opens a ticket; with no one to revisit, it closes at 反馈
        assertThat(tickets.ofRating((UUID) rating[0])).isPresent();
    }

    /** 中秋 and 国庆 2026: 15 working days from Fri 18 Sep end on Thu 15 Oct (the 20 Sep and 10 Oct 调休 Saturdays count). */
    @Test
    void aRectificationPastFifteenWorkingDaysAcrossTheHolidayEscalatesOnce() throws Exception {
        LocalDate opened = LocalDate.of(2026, 9, 18);
        assertThat(ratings.dueOn(opened)).isEqualTo(LocalDate.of(2026, 10, 15));

        MockHttpSession citizen = login("zhangsan");
        UUID caseId = finishedCase(citizen, "eval-overdue-1");
        mvc.perform(post("/evaluation/cases/" + caseId).session(citizen).with(csrf()).param("level", "1"))
                .andExpect(flash().attribute("message", "感谢您的评价"));
        UUID rating = ratings.byCase(caseId).orElseThrow().id();
        UUID ticket = tickets.ofRating(rating).orElseThrow().id();
        // as if the 差评 had been given on 18 Sep 2026
        jdbc.sql("update evaluation_ticket set created_at = ?, due_on = ? where id = ?")
                .params(OffsetDateTime.parse("2026-09-18T10:00:00+08:00"), ratings.dueOn(opened), ticket).update();

        tickets.escalateOverdue(LocalDate.of(2026, 10, 15));
        assertThat(tickets.ofRating(rating).orElseThrow().escalatedAt()).as("due day itself is not late").isNull();
        tickets.escalateOverdue(LocalDate.of(2026, 10, 16));
        var escalated = tickets.ofRating(rating).orElseThrow();
        assertThat(escalated.escalatedAt()).isNotNull();
        assertThat(escalated.overdue(LocalDate.of(2026, 10, 16))).isTrue();
        var first = escalated.escalatedAt();
        tickets.escalateOverdue(LocalDate.of(2026, 10, 20));
        assertThat(tickets.ofRating(rating).orElseThrow().escalatedAt()).as("escalates once").isEqualTo(first);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'RECTIFICATION_ESCALATED' and object_id = ?")
                .param(ticket.toString()).query(Long.class).single()).isEqualTo(1);

        mvc.perform(get("/supervision/evaluation").session(login("supervisor"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("2026-10-15")));
        mvc.perform(get("/supervision/evaluation").session(citizen)).andExpect(status().isForbidden());
        byte[] xlsx = mvc.perform(get("/supervision/evaluation.xlsx").session(login("supervisor"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheet("逾期整改");
            assertThat(sheet.getLastRowNum()).isGreaterThanOrEqualTo(1);
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("2026-10-15");
            assertThat(book.getSheet("按部门").getRow(0).getCell(5).getStringCellValue()).isEqualTo("差评按时整改");
        }
        var trend = evaluations.trend(30);
        assertThat(trend).hasSize(30);
        assertThat(trend.get(29).date()).isEqualTo(LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")));
        assertThat(trend.get(29).bad()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void anUpheldAppealTakesTheRatingOutOfTheFiguresButKeepsIt() throws Exception {
        MockHttpSession citizen = login("zhangsan");
        UUID caseId = finishedCase(citizen, "eval-appeal-1");
        mvc.perform(post("/evaluation/cases/" + caseId).session(citizen).with(csrf()).param("level", "1"))
                .andExpect(flash().attribute("message", "感谢您的评价"));
        UUID rating = ratings.byCase(caseId).orElseThrow().id();
        UUID ticket = tickets.ofRating(rating).orElseThrow().id();
        long bad = evaluations.figures().total().bad();

        MockHttpSession hr = login("approver.hr");
        mvc.perform(post("/department/evaluation/" + ticket + "/appeal").session(login("approver.health")).with(csrf())
                .param("reason", "MISTAKEN").param("evidence", "x")).andExpect(flash().attribute("error", containsString("不存在")));
        mvc.perform(post("/department/evaluation/" + ticket + "/appeal").session(hr).with(csrf()).param("evidence", "录音"))
                .andExpect(flash().attribute("error", containsString("申诉理由")));
        mvc.perform(post("/department/evaluation/" + ticket + "/appeal").session(hr).with(csrf()).param("reason", "MISTAKEN")
                .param("evidence", "评价人来电说明误点了“非常不满意”，通话录音编号 20261128-001"))
                .andExpect(flash().attribute("message", containsString("申诉已提交")));
        mvc.perform(post("/department/evaluation/" + ticket + "/appeal").session(hr).with(csrf()).param("reason", "MALICIOUS")
                .param("evidence", "再次申诉")).andExpect(flash().attribute("error", containsString("已有")));

        mvc.perform(get("/evaluation/appeals").session(hr)).andExpect(status().isForbidden());
        MockHttpSession reviewer = login("zwadmin");
        mvc.perform(get("/evaluation/appeals").session(reviewer)).andExpect(content().string(containsString("20261128-001")));
        UUID appeal = jdbc.sql("select id from evaluation_appeal where rating_id = ?").param(rating).query(UUID.class).single();
        mvc.perform(post("/evaluation/appeals/" + appeal).session(reviewer).with(csrf()).param("uphold", "true"))
                .andExpect(flash().attribute("error", containsString("复核意见")));
        mvc.perform(post("/evaluation/appeals/" + appeal).session(reviewer).with(csrf()).param("uphold", "true")
                .param("note", "录音证实为误评")).andExpect(flash().attribute("message", containsString("不再计入统计")));

        assertThat(ratings.find(rating).orElseThrow().excluded()).isTrue();
        assertThat(tickets.ofRating(rating).orElseThrow().status()).isEqualTo(Tickets.Status.CLOSED);
        assertThat(evaluations.figures().total().bad()).isEqualTo(bad - 1);
    }

    @Test
    void anUnresolvedMatterIsRecordedAssignedResolvedAndListedForTheJointMeeting() throws Exception {
        long count = jdbc.sql("select count(*) from evaluation_unresolved").query(Long.class).single();
        mvc.perform(post("/unresolved").with(csrf()).param("name", "李四").param("phone", "12345").param("matter", "x"))
                .andExpect(flash().attribute("error", containsString("联系电话")));
        mvc.perform(post("/unresolved").with(csrf()).param("name", "李四").param("phone", "13912345678")
                .param("matter", "长".repeat(1001))).andExpect(flash().attribute("error", containsString("1000")));
        assertThat(jdbc.sql("select count(*) from evaluation_unresolved").query(Long.class).single()).isEqualTo(count);

        mvc.perform(post("/unresolved").with(csrf()).param("name", "李四").param("phone", "13912345678")
                .param("matter", "个体户变更经营场所，窗口说要先去社区开证明，社区说没有这个证明"))
                .andExpect(flash().attribute("message", containsString("BBC")));
        mvc.perform(post("/unresolved").session(login("clerk")).with(csrf()).param("name", "王五").param("phone", "0833-2123456")
                .param("matter", "残疾人证补办要求回户籍地办理")).andExpect(flash().attribute("message", containsString("BBC")));
        var rows = jdbc.sql("select id, channel, hall_id, phone_mask from evaluation_unresolved order by created_at desc limit 2")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)}).list();
        assertThat(rows.get(0)[1]).isEqualTo("HALL");
        assertThat(rows.get(0)[2]).isEqualTo("511100-ZWFW");
        assertThat(rows.get(1)[1]).isEqualTo("ONLINE");
        assertThat(rows.get(1)[3]).isEqualTo("139****5678");
        UUID online = UUID.fromString(rows.get(1)[0]);

        mvc.perform(get("/unresolved/manage").session(login("deptadmin"))).andExpect(status().isForbidden());
        MockHttpSession coordinator = login("zwadmin");
        mvc.perform(get("/unresolved/manage").session(coordinator)).andExpect(content().string(containsString("李*")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("13912345678"))));
        mvc.perform(post("/unresolved/" + online + "/assign").session(coordinator).with(csrf()).param("departmentId", "nope"))
                .andExpect(flash().attribute("error", "请选择承办部门"));
        mvc.perform(post("/unresolved/" + online + "/assign").session(coordinator).with(csrf()).param("departmentId", "511100-SCJGJ"))
                .andExpect(flash().attribute("message", "已交办"));
        LocalDate due = jdbc.sql("select due_on from evaluation_unresolved where id = ?").param(online).query(LocalDate.class).single();
        assertThat(due).isEqualTo(workingDays.addWorkingDays(LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")), 5));

        mvc.perform(post("/unresolved/" + online + "/resolve").session(login("approver.hr")).with(csrf()).param("resolution", "x"))
                .andExpect(flash().attribute("error", containsString("不是本部门")));
        mvc.perform(post("/unresolved/" + online + "/resolve").session(login("approver")).with(csrf())
                .param("resolution", "经营场所变更不需社区证明，已通知窗口并电话告知反映人")).andExpect(flash().attribute("message", "已办结"));
        assertThat(jdbc.sql("select status from evaluation_unresolved where id = ?").param(online).query(String.class).single())
                .isEqualTo("RESOLVED");
        assertThat(jdbc.sql("select count(*) from audit_entry where object_type = 'evaluation.unresolved' and object_id = ?")
                .param(online.toString()).query(Long.class).single()).isEqualTo(3);
    }
}
