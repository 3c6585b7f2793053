package io.onewindow.reform.internal;

import io.onewindow.platform.ChinaTime;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hourly on every node: overdue 督办单 escalated, reminders of milestones about to fall due, and today's live figures
 * kept for the targets' trends.
 */
@Component
class ReformJobs {

    private final Notices notices;
    private final LiveFigures figures;
    private final Reminders reminders;

    ReformJobs(Notices notices, LiveFigures figures, Reminders reminders) {
        this.notices = notices;
        this.figures = figures;
        this.reminders = reminders;
    }

    @Scheduled(initialDelayString = "${onewindow.reform.job-initial-delay:120s}", fixedDelayString = "PT1H")
    void run() {
        notices.escalateOverdue(ChinaTime.today());
        reminders.remind(ChinaTime.today());
        figures.record();
    }
}
