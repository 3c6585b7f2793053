package io.onewindow.casework.internal;

import io.onewindow.casework.ApplicantNotice;
import io.onewindow.casework.CaseAccepted;
import io.onewindow.platform.Masking;
import io.onewindow.platform.PersonalDataProtector;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the applicant about each step: an in-site message to their account, and an SMS through the outbox table
 * that the operator's SMS platform reads (the default gateway; the phone number is stored encrypted). Steps are heard
 * as events ({@link ApplicantNotice}, {@link CaseAccepted}) after their transaction commits.
 */
@Component
public class Notifier {

    private final JdbcClient jdbc;
    private final PersonalDataProtector protector;
    private final CaseRepository cases;

    Notifier(JdbcClient jdbc, PersonalDataProtector protector, CaseRepository cases) {
        this.jdbc = jdbc;
        this.protector = protector;
        this.cases = cases;
    }

    @ApplicationModuleListener
    void on(ApplicantNotice notice) {
        cases.find(notice.caseId()).ifPresent(c -> notify(c, notice.message()));
    }

    @ApplicationModuleListener
    void on(CaseAccepted accepted) {
        cases.find(accepted.caseId()).ifPresent(c -> notify(c, "您的办件 " + accepted.number() + " 已受理，承诺于 "
                + accepted.promisedDue() + " 前办结。"));
    }

    /** Delivered at least once: after a crash between sending and marking the event done, it is sent again. */
    private void notify(CaseRecord c, String message) {
        // the applicant (also for a case taken at a window or by an agent) and the agent who applied for them
        java.util.stream.Stream.of(c.applicantAccount(), c.agentAccount()).filter(java.util.Objects::nonNull).distinct()
                .forEach(recipient -> jdbc.sql("insert into casework_notification (account_id, case_id, message) values (?, ?, ?)")
                        .params(recipient, c.id(), message).update());
        String phone = c.form().get("phone");
        if (phone != null && phone.matches("1[3-9]\\d{9}")) {
            jdbc.sql("insert into casework_sms_outbox (phone, phone_mask, message) values (?, ?, ?)")
                    .params(protector.encrypt(phone), Masking.phone(phone), "【乐山一网通办】" + message).update();
        }
    }

    public java.util.List<String> latest(UUID account, int limit) {
        return jdbc.sql("select message from casework_notification where account_id = ? order by id desc limit ?")
                .params(account, limit).query(String.class).list();
    }
}
