package io.onewindow.exchange;

import java.time.LocalDate;
import java.util.UUID;

/**
 * 数据推送 from the 人社 register: a person's 法定退休日期 is within the next months (published once per person and
 * date), so that the platform can offer 职工退休一件事 before the day.
 */
public record RetirementApproaching(UUID citizenId, LocalDate retiresOn) {
}
