/**
 * Notifications (通知): messages to people that leave the building — SMS through the operator's HTTP gateway and
 * e-mail through SMTP, written to an outbox in the sender's transaction and delivered by a relay with retries,
 * back-off and a dead-letter state — and in-platform messages (站内消息) on each account's 消息 page. Addresses in
 * the outbox are sealed with the relay's SM2 key, so only the relay can read them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications",
        allowedDependencies = {"audit", "identity", "platform"})
package io.onewindow.notification;
