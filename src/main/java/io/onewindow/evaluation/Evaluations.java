package io.onewindow.evaluation;

import java.time.LocalDate;
import java.util.List;

/** Rating results for other modules (督办) and the public page. */
public interface Evaluations {

    SatisfactionFigures figures();

    /** Ratings per day over the last {@code days} days (China time), oldest first, days without ratings included. */
    List<Day> trend(int days);

    /**
     * Records the 12345 回访 of a work order as a rating of its lead unit (满意 4, 基本满意 3, 不满意 2); a second 回访
     * after 重办 replaces the first.
     *
     * @param departmentId the lead unit when it is a department, else null
     */
    void rateHotlineOrder(String orderNumber, String departmentId, Level level);

    /** One day of the trend. */
    record Day(LocalDate date, long rated, long satisfied, long bad) {
    }
}
