package io.onewindow.evaluation;

import java.time.LocalDate;
import java.util.List;

/** Rating results for other modules (督办) and the public page. */
public interface Evaluations {

    SatisfactionFigures figures();

    /** Ratings per day over the last {@code days} days (China time), oldest first, days without ratings included. */
    List<Day> trend(int days);


    /** One day of the trend. */
    record Day(LocalDate date, long rated, long satisfied, long bad) {
    }
}
