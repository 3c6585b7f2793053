package io.onewindow.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.calendar.SpecialDay;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NoticeParserTests {

    @Test
    void parsesTheTwentyTwentyThreeNoticeIncludingNewYearsEveOfTheYearBefore() {
        var result = NoticeParser.parse(2023, "国办发明电〔2022〕16号", LocalDate.of(2022, 12, 8),
                "元旦 2022-12-31 2023-01-02\n春节，2023-01-21，2023-01-27\n清明节 2023-04-05",
                "春节 2023-01-28\n春节 2023-01-29");
        assertThat(result.errors()).isEmpty();
        assertThat(result.notice().days()).filteredOn(d -> d.kind() == SpecialDay.Kind.HOLIDAY).hasSize(11);
        assertThat(result.notice().days()).filteredOn(d -> d.kind() == SpecialDay.Kind.WORKDAY).hasSize(2);
    }

    @Test
    void collectsEveryProblemWithItsLine() {
        var result = NoticeParser.parse(2027, "", null,
                "春节 2027-02-30\n国庆 2027-10-08 2027-10-01\n端午",
                "劳动节 2027-05-06\n春节 2027-02-06\n春节 2027-02-06");
        assertThat(result.ok()).isFalse();
        assertThat(result.errors()).anyMatch(e -> e.contains("通知文号"))
                .anyMatch(e -> e.contains("放假安排第 1 行") && e.contains("不是有效日期"))
                .anyMatch(e -> e.contains("放假安排第 2 行") && e.contains("结束日期不能早于起始日期"))
                .anyMatch(e -> e.contains("放假安排第 3 行") && e.contains("格式"))
                .anyMatch(e -> e.contains("调休上班第 1 行") && e.contains("不是周末"))
                .anyMatch(e -> e.contains("调休上班第 3 行") && e.contains("重复"));
    }

    @Test
    void refusesDatesOutsideTheYear() {
        var result = NoticeParser.parse(2027, "文号", null, "国庆 2028-10-01 2028-10-07", "");
        assertThat(result.errors()).anyMatch(e -> e.contains("不在 2027 年度通知的范围内"));
    }
}
