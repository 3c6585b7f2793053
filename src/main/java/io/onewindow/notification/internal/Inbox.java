package io.onewindow.notification.internal;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An account's 站内消息 beyond reading them (which {@link Outbox#inbox} does). */
@Service
public class Inbox {

    private final JdbcClient jdbc;

    Inbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Marks the account's own messages read; returns how many were unread. */
    @Transactional
    public int markRead(UUID account) {
        return jdbc.sql("update notification_inbox set read_at = now() where account_id = ? and read_at is null")
                .param(account).update();
    }
}
