package io.onewindow.reform.internal;

import io.onewindow.platform.ChinaTime;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Hourly on every node: overdue 督办单 escalated, and today's live figures kept for the targets' trends. */
@Component
class ReformJobs {

    private final Notices notices;
    private final LiveFigures figures;

    ReformJobs(Notices notices, LiveFigures figures) {
        this.notices = notices;
        this.figures = figures;
    }

    @Scheduled(initialDelayString = "${onewindow.reform.job-initial-delay:120s}", fixedDelayString = "PT1H")
    void run() {
        notices.escalateOverdue(ChinaTime.today());
        figures.now();
    }
}
