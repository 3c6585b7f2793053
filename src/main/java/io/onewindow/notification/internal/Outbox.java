package io.onewindow.notification.internal;

import io.onewindow.notification.Notifications;
import io.onewindow.platform.Masking;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Writes notices: the 站内消息 at once, the SMS and e-mail into the outbox for the relay (same transaction). */
@Service
class Outbox implements Notifications {

    static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,200}\\.[A-Za-z]{2,24}");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final NotificationSettings settings;
    private final RelayKey key;
    private final Map<String, Channel> channels;

    Outbox(JdbcClient jdbc, NotificationSettings settings, RelayKey key, List<Channel> channels) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.key = key;
        this.channels = channels.stream().collect(java.util.stream.Collectors.toMap(Channel::name, c -> c));
    }

    private boolean on(String channel) {
        return channels.containsKey(channel) && channels.get(channel).on();
    }

    @Override
    @Transactional
    public void send(Notice notice) {
        NotificationSettings.Template template = settings.templates() == null ? null : settings.templates().get(notice.template());
        if (template == null) {
            throw new IllegalArgumentException("没有名为 " + notice.template() + " 的通知模板（onewindow.notification.templates）");
        }
        String text = Templates.fill(template.text(), notice.params());
        if (notice.account() != null) {
            jdbc.sql("insert into notification_inbox (account_id, reference, message) values (?, ?, ?)")
                    .params(notice.account(), notice.reference(), text).update();
        }
        if (on("SMS") && notice.phone() != null && MOBILE.matcher(notice.phone().strip()).matches()) {
            queue("SMS", notice.phone().strip(), Masking.phone(notice.phone().strip()), notice, null,
                    settings.sms().signature() + text);
        }
        if (on("EMAIL") && notice.email() != null && EMAIL.matcher(notice.email().strip()).matches()) {
            String email = notice.email().strip();
            queue("EMAIL", email, maskEmail(email), notice, template.subject() == null ? "乐山市一网通办通知"
                    : Templates.fill(template.subject(), notice.params()), text);
        }
    }

    private void queue(String channel, String address, String mask, Notice notice, String subject, String body) {
        jdbc.sql("""
                insert into notification_outbox (channel, address, address_mask, template, params, subject, body, reference)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(channel, key.seal(address), mask, notice.template(), JSON.writeValueAsString(notice.params()),
                        subject, body, notice.reference())
                .update();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Message> inbox(UUID account, int limit) {
        return jdbc.sql("""
                select id, message, reference, created_at, read_at is not null as read from notification_inbox
                where account_id = ? order by id desc limit ?""").params(account, Math.min(Math.max(limit, 1), 200))
                .query((rs, n) -> new Message(rs.getLong("id"), rs.getString("message"), rs.getString("reference"),
                        rs.getTimestamp("created_at").toInstant(), rs.getBoolean("read"))).list();
    }

    static String maskEmail(String email) {
        int at = email.indexOf('@');
        return email.charAt(0) + "***" + email.substring(at);
    }

    static Map<String, String> params(String json) {
        return JSON.readValue(json, new tools.jackson.core.type.TypeReference<Map<String, String>>() { });
    }
}
