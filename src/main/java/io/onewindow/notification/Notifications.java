package io.onewindow.notification;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Sends a notice to a person by every channel they can be reached on; used inside the sender's transaction. */
public interface Notifications {

    /**
     * One notice: a template (see {@code onewindow.notification.templates}) with its placeholder values, to an
     * account (站内消息), a mobile phone (SMS) and/or an e-mail address — each may be {@code null}.
     *
     * @param reference what the notice is about, e.g. a case id, shown with the message
     */
    record Notice(UUID account, String phone, String email, String template, Map<String, String> params,
            String reference) {
    }

    /** A message on an account's 消息 page. */
    record Message(long id, String text, String reference, Instant createdAt, boolean read) {
    }

    /**
     * Writes the in-platform message at once and queues the SMS and e-mail for the relay, all in the caller's
     * transaction (so a notice exists exactly when the change it tells of does). An invalid phone or address is
     * skipped, never an error for the sender.
     */
    void send(Notice notice);

    /** The newest messages of an account. */
    List<Message> inbox(UUID account, int limit);
}
