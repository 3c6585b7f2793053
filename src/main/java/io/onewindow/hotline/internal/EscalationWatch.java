package io.onewindow.hotline.internal;

import io.onewindow.platform.ChinaTime;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Hourly 提级 of overdue 亲清在线 appeals on every node (the update is idempotent and row-locked). */
@Component
class EscalationWatch {

    private final WorkOrders orders;

    EscalationWatch(WorkOrders orders) {
        this.orders = orders;
    }

    @Scheduled(initialDelayString = "${onewindow.hotline.escalation-initial-delay:120s}", fixedDelayString = "PT1H")
    void escalate() {
        orders.escalateOverdue(ChinaTime.today());
    }
}
