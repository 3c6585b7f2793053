package io.onewindow.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import io.onewindow.DemoLogins;
import io.onewindow.IntegrationTest;
import io.onewindow.TestGateways;
import io.onewindow.notification.Notifications;
import io.onewindow.platform.PersonalDataProtector;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The outbox relay against a real SMS gateway and SMTP server (TestGateways): delivery on every channel, sealed
 * addresses, retries with back-off into the dead letters and back, refusals, tampering, and two relays at once.
 */
@IntegrationTest
class NotificationRelayIntegrationTests {

    @Autowired
    Notifications notifications;

    @Autowired
    OutboxRelay relay;

    @Autowired
    TestGateways.SmsGateway gateway;

    @Autowired
    GreenMail mail;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PersonalDataProtector dataKey;

    @Autowired
    MockMvc mvc;

    UUID account(String username) {
        return jdbc.sql("select id from identity_account where username = ?").param(username).query(UUID.class).single();
    }

    @Test
    void aNoticeReachesTheInboxThePhoneAndTheMailboxAndTheOutboxHoldsNoReadableAddress() throws Exception {
        String reference = UUID.randomUUID().toString();
        notifications.send(new Notifications.Notice(account("zhangsan"), "13800000071", "zhang.san@example.com",
                "CASE_ACCEPTED", Map.of("number", "LS-TEST-71", "due", "2026-12-18"), reference));

        assertThat(notifications.inbox(account("zhangsan"), 5)).anySatisfy(m ->
                assertThat(m.text()).isEqualTo("您的办件 LS-TEST-71 已受理，承诺于 2026-12-18 前办结。"));
        for (byte[] sealed : jdbc.sql("select address from notification_outbox where reference = ?").param(reference)
                .query(byte[].class).list()) {
            assertThat(new String(sealed, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("13800000071")
                    .doesNotContain("zhang.san");
            assertThatThrownBy(() -> dataKey.decrypt(sealed)).as("the platform's data key cannot open it").isNotNull();
        }
        assertThat(jdbc.sql("select address_mask from notification_outbox where reference = ? order by channel")
                .param(reference).query(String.class).list()).containsExactly("z***@example.com", "138****0071");

        Awaitility.await("the SMS").atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(gateway.accepted)
                .anySatisfy(body -> assertThat(body).contains("\"phone\":\"13800000071\"")
                        .contains("\"templateCode\":\"OW_CASE_ACCEPTED\"").contains("\"number\":\"LS-TEST-71\"")
                        .contains("【乐山一网通办】您的办件 LS-TEST-71 已受理")));
        Awaitility.await("the e-mail").atMost(Duration.ofSeconds(10)).until(() -> mailTo("zhang.san@example.com").size() == 1);
        MimeMessage email = mailTo("zhang.san@example.com").get(0);
        assertThat(email.getSubject()).isEqualTo("办件 LS-TEST-71 已受理");
        assertThat(GreenMailUtil.getBody(email)).isNotBlank();
        assertThat(jdbc.sql("select count(*) from notification_outbox where reference = ? and status = 'SENT'")
                .param(reference).query(Long.class).single()).isEqualTo(2);

        // the 消息 page shows one's own messages only
        mvc.perform(get("/messages").session(DemoLogins.session(mvc, "zhangsan")))
                .andExpect(content().string(containsString("LS-TEST-71")));
        mvc.perform(get("/messages").session(DemoLogins.session(mvc, "qiye")))
                .andExpect(content().string(not(containsString("LS-TEST-71"))));
    }

    @Test
    void aFailingGatewayIsTriedAgainUntilTheMessageIsDeadThenItCanBeSentAgain() throws Exception {
        String reference = UUID.randomUUID().toString();
        notifications.send(new Notifications.Notice(null, "13900000500", null, "CASE_CLOCK",
                Map.of("message", "网关故障测试"), reference));
        Awaitility.await("dead after three attempts").atMost(Duration.ofSeconds(20)).until(() -> "DEAD".equals(
                jdbc.sql("select status from notification_outbox where reference = ?").param(reference).query(String.class).single()));
        Map<String, Object> row = jdbc.sql("select attempts, last_error from notification_outbox where reference = ?")
                .param(reference).query().singleRow();
        assertThat(row.get("attempts")).isEqualTo(3);
        assertThat((String) row.get("last_error")).contains("HTTP 500");
        assertThat(relay.backoff(1)).isEqualTo(Duration.ofMillis(200));
        assertThat(relay.backoff(2)).isEqualTo(Duration.ofMillis(400));
        assertThat(relay.backoff(30)).isEqualTo(Duration.ofSeconds(1));

        var admin = DemoLogins.session(mvc, "admin");
        long id = jdbc.sql("select id from notification_outbox where reference = ?").param(reference).query(Long.class).single();
        mvc.perform(get("/admin/notifications").session(admin))
                .andExpect(content().string(containsString("139****0500"))).andExpect(content().string(containsString("死信")))
                .andExpect(content().string(not(containsString("13900000500"))));
        mvc.perform(post("/admin/notifications/" + id + "/retry").session(admin).with(csrf()));
        assertThat(jdbc.sql("select attempts from notification_outbox where id = ?").param(id).query(Integer.class).single())
                .isLessThan(3);
        Awaitility.await("dead again").atMost(Duration.ofSeconds(20)).until(() -> "DEAD".equals(
                jdbc.sql("select status from notification_outbox where id = ?").param(id).query(String.class).single()));
        mvc.perform(get("/admin/notifications").session(DemoLogins.session(mvc, "clerk"))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/notifications/" + id + "/retry").session(DemoLogins.session(mvc, "hotline")).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void aRefusalOrAnAlteredAddressIsDeadAtOnce() {
        String refused = UUID.randomUUID().toString();
        String altered = UUID.randomUUID().toString();
        notifications.send(new Notifications.Notice(null, "13900000400", null, "CASE_CLOCK", Map.of("message", "拒收"), refused));
        // written straight into the outbox: bytes that were never sealed with the relay key
        jdbc.sql("""
                insert into notification_outbox (channel, address, address_mask, template, params, body, reference)
                values ('SMS', ?, '139****0001', 'CASE_CLOCK', '{"message":"x"}', 'x', ?)""")
                .params(new byte[] {4, 1, 2, 3}, altered).update();
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(jdbc.sql("select status || ' ' || attempts || ' ' || coalesce(last_error, '') from notification_outbox where reference = ?")
                    .param(refused).query(String.class).single()).startsWith("DEAD 1 ").contains("HTTP 400");
            assertThat(jdbc.sql("select status || ' ' || coalesce(last_error, '') from notification_outbox where reference = ?")
                    .param(altered).query(String.class).single()).startsWith("DEAD ").contains("无法解密");
        });
    }

    @Test
    void twoRelaysAtOnceSendEveryMessageOnce() throws Exception {
        List<String> phones = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            phones.add(String.format("137%08d", 20_000 + i));
            notifications.send(new Notifications.Notice(null, phones.get(i), null, "CASE_CLOCK", Map.of("message", "并发"), "race"));
        }
        var pool = Executors.newFixedThreadPool(2);
        Callable<Integer> round = () -> {
            int n = 0;
            for (int i = 0; i < 10; i++) {
                n += relay.relay();
            }
            return n;
        };
        pool.invokeAll(List.of(round, round));
        pool.shutdown();
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "select count(*) from notification_outbox where reference = 'race' and status = 'SENT'").query(Long.class).single() == 40);
        List<String> ids = new ArrayList<>();
        Pattern messageId = Pattern.compile("\"messageId\":\"(onewindow-\\d+)\",\"phone\":\"(137\\d{8})\"");
        for (String body : gateway.accepted) {
            Matcher m = messageId.matcher(body);
            if (m.find() && phones.contains(m.group(2))) {
                ids.add(m.group(1));
            }
        }
        assertThat(ids).hasSize(40).doesNotHaveDuplicates();
    }

    private List<MimeMessage> mailTo(String address) {
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equals(address));
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).toList();
    }
}
