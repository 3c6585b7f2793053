package io.onewindow.casework.internal;

import io.onewindow.casework.ApplicantNotice;
import io.onewindow.casework.CaseAccepted;
import io.onewindow.notification.Notifications;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;


/**
 * Tells the applicant about each step: a 站内消息 to their account (and to the agent who applied for them), an SMS to
 * the form's phone and an e-mail to its address when given — through the notification module's outbox and relay.
 * Steps are heard as events ({@link ApplicantNotice}, {@link CaseAccepted}) after their transaction commits.
 */
@Component
public class Notifier {

    private final Notifications notifications;
    private final CaseRepository cases;

    Notifier(Notifications notifications, CaseRepository cases) {
        this.notifications = notifications;
        this.cases = cases;
    }

    @ApplicationModuleListener
    void on(ApplicantNotice notice) {
        cases.find(notice.caseId()).ifPresent(c -> notify(c, "CASE_NOTICE", Map.of("number", c.number(), "message",
                notice.message())));
    }

    @ApplicationModuleListener
    void on(CaseAccepted accepted) {
        cases.find(accepted.caseId()).ifPresent(c -> notify(c, "CASE_ACCEPTED", Map.of("number", accepted.number(),
                "due", accepted.promisedDue().toString())));
    }

    /** Delivered at least once: after a crash between writing and marking the event done, it is written again. */
    private void notify(CaseRecord c, String template, Map<String, String> params) {
        UUID applicant = c.applicantAccount();
        notifications.send(new Notifications.Notice(applicant, c.form().get("phone"), c.form().get("email"), template,
                params, c.id().toString()));
        if (c.agentAccount() != null && !c.agentAccount().equals(applicant)) {
            notifications.send(new Notifications.Notice(c.agentAccount(), null, null, template, params, c.id().toString()));
        }
    }

    public List<String> latest(UUID account, int limit) {
        return notifications.inbox(account, limit).stream().map(Notifications.Message::text).toList();
    }
}
