package io.onewindow.evaluation.internal;

import io.onewindow.platform.ChinaTime;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Hourly escalation of overdue 差评整改 tickets on every node (through the transactional service). */
@Component
class TicketWatch {

    private final Tickets tickets;

    TicketWatch(Tickets tickets) {
        this.tickets = tickets;
    }

    @Scheduled(initialDelayString = "${onewindow.evaluation.escalation-initial-delay:90s}", fixedDelayString = "PT1H")
    void escalate() {
        tickets.escalateOverdue(ChinaTime.today());
    }
}
