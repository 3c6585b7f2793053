package io.onewindow.calendar;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.onewindow.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The real notices 2023–2026 as migrated into PostgreSQL, through the public API. */
@IntegrationTest
class CalendarApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    /** Every make-up working weekend day (调休上班) in the State Council notices 2023–2026. */
    @ParameterizedTest
    @ValueSource(strings = {"2023-01-28", "2023-01-29", "2023-04-23", "2023-05-06", "2023-06-25", "2023-10-07",
        "2023-10-08", "2024-02-04", "2024-02-18", "2024-04-07", "2024-04-28", "2024-05-11", "2024-09-14",
        "2024-09-29", "2024-10-12", "2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11",
        "2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"})
    void everyMakeUpWeekendIsAWorkingDay(String date) throws Exception {
        mvc.perform(get("/api/v1/calendar/days/" + date))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.date").value(date))
                .andExpect(jsonPath("$.workingDay").value(true))
                .andExpect(jsonPath("$.reason").value(org.hamcrest.Matchers.startsWith("调休上班")));
    }

    @ParameterizedTest
    @CsvSource({"2022-12-31,元旦", "2023-01-02,元旦", "2023-01-27,春节", "2023-10-06,中秋节、国庆节", "2024-02-16,春节",
        "2024-05-03,劳动节", "2025-01-28,春节", "2025-02-04,春节", "2025-05-05,劳动节", "2025-10-08,国庆节、中秋节",
        "2026-01-02,元旦", "2026-02-23,春节", "2026-06-19,端午节", "2026-09-25,中秋节", "2026-10-07,国庆节"})
    void weekdayHolidaysAreDaysOff(String date, String name) throws Exception {
        mvc.perform(get("/api/v1/calendar/days/" + date))
                .andExpect(jsonPath("$.workingDay").value(false))
                .andExpect(jsonPath("$.reason").value("法定节假日放假（" + name + "）"));
    }

    @ParameterizedTest
    @CsvSource({
        // 2025 春节: 01-28..02-04 off, 02-08 (Sat) worked
        "2025-01-27,1,2025-02-05",
        "2025-01-27,4,2025-02-08",
        // 2026 国庆: 10-01..10-07 off, 10-10 (Sat) worked
        "2026-09-30,3,2026-10-10",
        // 2024 劳动节: 04-28 (Sun) worked, 05-01..05-05 off
        "2024-04-26,1,2024-04-28",
        "2024-04-28,1,2024-04-29",
        "2024-04-30,1,2024-05-06",
        // an ordinary 20-working-day clock across 2026's 春节 (02-15..02-23 off; 02-14 and 02-28 worked)
        "2026-02-02,20,2026-03-06"})
    void addsWorkingDaysWithoutCountingTheStartDay(String from, int days, String due) throws Exception {
        mvc.perform(get("/api/v1/calendar/working-days/add").param("from", from).param("days", String.valueOf(days)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.from").value(from))
                .andExpect(jsonPath("$.days").value(days))
                .andExpect(jsonPath("$.date").value(due));
    }

    @Test
    void countsWorkingDaysBetweenTwoDates() throws Exception {
        // 2023 has 249 working days after 2022-12-31 (the official count for 2023)
        mvc.perform(get("/api/v1/calendar/working-days/count").param("from", "2022-12-31").param("to", "2023-12-31"))
                .andExpect(jsonPath("$.workingDays").value(249));
    }

    @Test
    void badInputGetsAChineseProblemDetail() throws Exception {
        mvc.perform(get("/api/v1/calendar/days/2026-02-30"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("BAD_REQUEST"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("格式不正确")));
        mvc.perform(get("/api/v1/calendar/working-days/add").param("from", "2026-01-01").param("days", "-1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("CALENDAR_DAYS_OUT_OF_RANGE"));
        mvc.perform(get("/api/v1/calendar/working-days/add").param("from", "2026-01-01"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("缺少必填参数 days"));
        mvc.perform(get("/api/v1/calendar/days/1800-01-01"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("CALENDAR_DATE_OUT_OF_RANGE"));
    }
}
