package io.onewindow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.onewindow.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** An administrator enters a new year's notice on the admin page and deadlines follow at once. */
@IntegrationTest
class CalendarAdminIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void enteringANoticeChangesTheCalendarAndIsAudited() throws Exception {
        mvc.perform(get("/api/v1/calendar/days/2199-02-06")).andExpect(jsonPath("$.confirmed").value(false));

        mvc.perform(post("/admin/calendar/notices").with(csrf()).with(user("admin").roles("SYS_ADMIN"))
                        .param("year", "2199").param("documentNo", "国办发明电〔2198〕1号").param("publishedOn", "2198-11-01")
                        .param("holidays", "春节 2199-02-05 2199-02-09\n国庆节 2199-10-01 2199-10-07")
                        .param("workdays", "春节 2199-02-02"))
                .andExpect(redirectedUrl("/admin/calendar"));

        mvc.perform(get("/api/v1/calendar/days/2199-02-06")).andExpect(jsonPath("$.workingDay").value(false))
                .andExpect(jsonPath("$.reason").value("法定节假日放假（春节）"));
        mvc.perform(get("/api/v1/calendar/days/2199-02-02")).andExpect(jsonPath("$.workingDay").value(true));
        assertThat(jdbc.sql("select count(*) from audit_entry where object_type = 'calendar.notice' and object_id = '2199'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anInvalidNoticeIsShownBackAndNothingIsStored() throws Exception {
        mvc.perform(post("/admin/calendar/notices").with(csrf()).with(user("admin").roles("SYS_ADMIN"))
                        .param("year", "2198").param("documentNo", "文号")
                        .param("holidays", "春节 2198-02-30").param("workdays", "春节 2198-02-05"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("不是有效日期")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("不是周末")));
        assertThat(jdbc.sql("select count(*) from calendar_notice where year = 2198").query(Long.class).single()).isZero();
    }

    @Test
    void aNoticeCannotTakeDatesOfAnotherYear() throws Exception {
        mvc.perform(post("/admin/calendar/notices").with(csrf()).with(user("admin").roles("SYS_ADMIN"))
                        .param("year", "2023").param("documentNo", "更正")
                        .param("holidays", "元旦 2023-12-30 2023-12-31"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("已由其他年度的通知安排")));
        // 2023's notice is untouched
        mvc.perform(get("/api/v1/calendar/days/2023-01-28")).andExpect(jsonPath("$.workingDay").value(true));
    }
}
