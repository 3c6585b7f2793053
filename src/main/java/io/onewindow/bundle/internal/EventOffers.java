package io.onewindow.bundle.internal;

import io.onewindow.exchange.RetirementApproaching;
import io.onewindow.identity.EnterpriseAccountRegistered;
import io.onewindow.identity.People;
import io.onewindow.notification.Notifications;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * 主动服务 on events the platform hears outside casework: an enterprise that opens its account is offered the bundles
 * of a new firm (员工录用, 水电气联合报装); a person whose 法定退休日期 the 人社 register pushes is offered 职工退休一件事.
 * Each offer is made once per bundle and event, however often the event is delivered.
 */
@Component
class EventOffers {

    private final BundleDefinitions definitions;
    private final JdbcClient jdbc;
    private final People people;
    private final Notifications notifications;

    EventOffers(BundleDefinitions definitions, JdbcClient jdbc, People people, Notifications notifications) {
        this.definitions = definitions;
        this.jdbc = jdbc;
        this.people = people;
        this.notifications = notifications;
    }

    @ApplicationModuleListener
    void on(EnterpriseAccountRegistered registered) {
        offer("ENTERPRISE_REGISTERED", "ENTERPRISE", registered.enterpriseId(), registered.accountId(),
                "ENTERPRISE_REGISTERED:" + registered.enterpriseId(), "");
    }

    @ApplicationModuleListener
    void on(RetirementApproaching due) {
        people.accountOf(due.citizenId()).ifPresent(account -> offer("RETIREMENT_DUE", "CITIZEN", due.citizenId(), account,
                "RETIREMENT_DUE:" + due.citizenId() + ":" + due.retiresOn(), "您的法定退休日期为 " + due.retiresOn() + "（人社部门数据）。"));
    }

    private void offer(String event, String kind, UUID applicantId, UUID account, String eventKey, String prefix) {
        for (BundleDefinition d : definitions.published()) {
            if (d.offer() == null || !event.equals(d.offer().onEvent())) {
                continue;
            }
            int inserted = jdbc.sql("""
                    insert into bundle_offer (id, definition_id, applicant_kind, applicant_id, account_id, event_key, status)
                    values (?, ?, ?, ?, ?, ?, 'OFFERED') on conflict (event_key, definition_id) where event_key is not null do nothing""")
                    .params(UUID.randomUUID(), d.id(), kind, applicantId, account, eventKey).update();
            if (inserted == 1) {
                notifications.send(new Notifications.Notice(account, null, null, "BUNDLE_PROGRESS",
                        Map.of("bundle", d.name(), "message", prefix + d.offer().message() + "请在“我的一件事”中查看。"), eventKey));
            }
        }
    }
}
