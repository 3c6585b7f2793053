package io.onewindow.notification.internal;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * 通知中继: takes due SMS and e-mail from the outbox and hands them to their channel. Rows are claimed for a short
 * lease ({@code for update skip locked}), so with several nodes each message is with one node at a time, and one
 * that a dying node held is tried again when the lease runs out (at least once; the SMS carries its outbox id as
 * idempotency key). A failure is tried again after a doubling back-off; after {@code max-attempts}, or when the
 * gateway refuses the message, it is dead (死信) and shown on the admin page. Each channel has its own rate limit.
 * No transaction is held while a gateway answers.
 */
@Component
class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private record Claimed(long id, String channel, byte[] address, String template, String params, String subject,
            String body, int attempts) {
    }

    private final JdbcClient jdbc;
    private final RelayKey key;
    private final NotificationSettings.Relay settings;
    private final Map<String, Channel> channels;
    private final Map<String, Bucket> limits = new HashMap<>();

    OutboxRelay(JdbcClient jdbc, RelayKey key, NotificationSettings settings, List<Channel> channels) {
        this.jdbc = jdbc;
        this.key = key;
        this.settings = settings.relay();
        this.channels = channels.stream().collect(Collectors.toMap(Channel::name, c -> c));
        channels.forEach(c -> limits.put(c.name(), Bucket.builder().addLimit(Bandwidth.builder()
                .capacity(Math.max(1, c.perSecond())).refillGreedy(Math.max(1, c.perSecond()), Duration.ofSeconds(1)).build())
                .build()));
    }

    @Scheduled(initialDelayString = "${onewindow.notification.relay.initial-delay:5s}",
            fixedDelayString = "${onewindow.notification.relay.every:2s}")
    void scheduled() {
        if (settings.enabled() && key.canOpen()) {
            try {
                relay();
            } catch (RuntimeException e) {
                log.warn("Notification relay round failed; the messages stay in the outbox: {}", e.toString());
            }
        }
    }

    /** One round: returns how many messages were delivered. */
    int relay() {
        String on = channels.values().stream().filter(Channel::on).map(Channel::name).collect(Collectors.joining(","));
        if (on.isEmpty()) {
            return 0;
        }
        List<Claimed> claimed = jdbc.sql("""
                update notification_outbox set lease_until = now() + make_interval(secs => :lease)
                where id in (select id from notification_outbox
                             where status = 'PENDING' and next_attempt_at <= now()
                               and (lease_until is null or lease_until < now())
                               and channel = any(string_to_array(:channels, ','))
                             order by next_attempt_at, id limit :batch for update skip locked)
                returning id, channel, address, template, params, subject, body, attempts""")
                .param("lease", (double) settings.lease().toSeconds()).param("channels", on).param("batch", settings.batch())
                .query(OutboxRelay::claimed).list();
        int sent = 0;
        for (Claimed c : claimed) {
            if (!limits.get(c.channel()).tryConsume(1)) {
                release(c); // over this channel's rate: the next round takes it
                continue;
            }
            sent += deliver(c) ? 1 : 0;
        }
        return sent;
    }

    private boolean deliver(Claimed c) {
        try {
            String address;
            try {
                address = key.open(c.address());
            } catch (IllegalStateException e) {
                throw new Channel.DeliveryFailure(e.getMessage(), true);
            }
            channels.get(c.channel()).deliver(new Channel.Delivery(c.id(), address, c.template(), Outbox.params(c.params()),
                    c.subject(), c.body()));
            jdbc.sql("""
                    update notification_outbox set status = 'SENT', sent_at = now(), attempts = attempts + 1,
                        lease_until = null, last_error = null where id = ?""").param(c.id()).update();
            return true;
        } catch (Channel.DeliveryFailure e) {
            failed(c, e.getMessage(), e.permanent());
            return false;
        } catch (RuntimeException e) {
            failed(c, e.toString(), false);
            return false;
        }
    }

    private void failed(Claimed c, String error, boolean permanent) {
        int attempts = c.attempts() + 1;
        boolean dead = permanent || attempts >= settings.maxAttempts();
        jdbc.sql("""
                update notification_outbox set attempts = ?, last_error = ?, lease_until = null,
                    status = case when ? then 'DEAD' else 'PENDING' end,
                    next_attempt_at = now() + make_interval(secs => ?) where id = ?""")
                .params(attempts, error, dead, (double) backoff(attempts).toMillis() / 1000, c.id()).update();
        if (dead) {
            log.warn("Notification {} ({}) is dead after {} attempt(s): {}", c.id(), c.channel(), attempts, error);
        }
    }

    /** 10 s, 20 s, 40 s … up to the maximum (defaults: 10 s doubling to 1 h). */
    Duration backoff(int attempts) {
        Duration d = settings.firstRetry().multipliedBy(1L << Math.min(20, attempts - 1));
        return d.compareTo(settings.maxRetry()) > 0 ? settings.maxRetry() : d;
    }

    private void release(Claimed c) {
        jdbc.sql("update notification_outbox set lease_until = null where id = ?").param(c.id()).update();
    }

    private static Claimed claimed(ResultSet rs, int n) throws SQLException {
        return new Claimed(rs.getLong("id"), rs.getString("channel"), rs.getBytes("address"), rs.getString("template"),
                rs.getString("params"), rs.getString("subject"), rs.getString("body"), rs.getInt("attempts"));
    }
}
