package io.onewindow.bundle.internal;

import io.onewindow.casework.CaseApproved;
import io.onewindow.casework.Cases;
import io.onewindow.exchange.RetirementApproaching;
import io.onewindow.identity.CurrentUser;
import io.onewindow.identity.CurrentUsers;
import io.onewindow.identity.EnterpriseAccountRegistered;
import io.onewindow.identity.People;
import io.onewindow.notification.Notifications;
import io.onewindow.platform.OneWindowException;
import io.onewindow.platform.PlatformErrorCode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 主动服务: when a case is 准予 that a bundle names as its trigger (a 出生医学证明 issued), the applicant is offered
 * the rest of the bundle in their account and by a notice — taking it starts the bundle with that case as its first
 * member and the form prefilled from it, so they confirm rather than apply. Events outside casework offer bundles
 * too: an enterprise opening its account, a retirement date pushed by the 人社 register.
 */
@Service
public class BundleOffers {

    /** An open offer: the bundle, the case it came from and its message. */
    public record Offer(UUID id, String bundleCode, String bundleName, String message, UUID sourceCaseId,
            Instant createdAt) {
    }

    private final JdbcClient jdbc;
    private final BundleDefinitions definitions;
    private final BundleCaseRepository bundleCases;
    private final BundleCases cases;
    private final Cases caseInfo;
    private final Notifications notifications;
    private final People people;

    BundleOffers(JdbcClient jdbc, BundleDefinitions definitions, BundleCaseRepository bundleCases, BundleCases cases,
            Cases caseInfo, Notifications notifications, People people) {
        this.people = people;
        this.jdbc = jdbc;
        this.definitions = definitions;
        this.bundleCases = bundleCases;
        this.cases = cases;
        this.caseInfo = caseInfo;
        this.notifications = notifications;
    }

    @ApplicationModuleListener
    void on(CaseApproved approved) {
        if (bundleCases.bundleOfMember(approved.caseId()).isPresent()) {
            return; // decided inside a bundle already
        }
        UUID account = caseInfo.find(approved.caseId()).map(Cases.CaseInfo::applicantAccount).orElse(null);
        if (account == null) {
            return; // no account to offer it to (applied at a window without one)
        }
        for (BundleDefinition d : definitions.published()) {
            if (d.offer() == null || d.offer().afterPosition() == null
                    || !d.member(d.offer().afterPosition()).itemCode().equals(approved.itemCode())) {
                continue;
            }
            offer(d, approved.applicantKind().name(), approved.applicantId(), account, approved.caseId(), null, "");
        }
    }

    /** 法人注册: a new firm is offered the bundles a new firm needs (员工录用, 水电气联合报装). */
    @ApplicationModuleListener
    void on(EnterpriseAccountRegistered registered) {
        onEvent("ENTERPRISE_REGISTERED", "ENTERPRISE", registered.enterpriseId(), registered.accountId(),
                "ENTERPRISE_REGISTERED:" + registered.enterpriseId(), "");
    }

    /** 数据推送 from 人社: a person whose 法定退休日期 is near is offered 职工退休一件事. */
    @ApplicationModuleListener
    void on(RetirementApproaching due) {
        people.accountOf(due.citizenId()).ifPresent(account -> onEvent("RETIREMENT_DUE", "CITIZEN", due.citizenId(), account,
                "RETIREMENT_DUE:" + due.citizenId() + ":" + due.retiresOn(), "您的法定退休日期为 " + due.retiresOn() + "（人社部门数据）。"));
    }

    private void onEvent(String event, String kind, UUID applicantId, UUID account, String eventKey, String prefix) {
        for (BundleDefinition d : definitions.published()) {
            if (d.offer() != null && event.equals(d.offer().onEvent())) {
                offer(d, kind, applicantId, account, null, eventKey, prefix);
            }
        }
    }

    /**
     * One offer per bundle and event — the case it came from, or the event's key — however often the event is
     * delivered; the applicant is told once.
     */
    private void offer(BundleDefinition d, String kind, UUID applicantId, UUID account, UUID sourceCaseId, String eventKey,
            String prefix) {
        int inserted = jdbc.sql("""
                insert into bundle_offer (id, definition_id, applicant_kind, applicant_id, account_id, source_case_id, event_key,
                  status) values (?, ?, ?, ?, ?, ?, ?, 'OFFERED') on conflict do nothing""")
                .params(UUID.randomUUID(), d.id(), kind, applicantId, account, sourceCaseId, eventKey).update();
        if (inserted == 1) {
            notifications.send(new Notifications.Notice(account, null, null, "BUNDLE_PROGRESS",
                    Map.of("bundle", d.name(), "message", prefix + d.offer().message() + "请在“我的一件事”中查看。"),
                    sourceCaseId != null ? sourceCaseId.toString() : eventKey));
        }
    }

    /** The signed-in applicant's open offers. */
    public List<Offer> mine() {
        UUID account = CurrentUsers.current().map(CurrentUser::accountId).orElse(null);
        return jdbc.sql("""
                select o.id, d.code, d.name, d.offer_message, o.source_case_id, o.created_at from bundle_offer o
                join bundle_definition d on d.id = o.definition_id where o.account_id = ? and o.status = 'OFFERED'
                order by o.created_at desc""").param(account)
                .query((rs, n) -> new Offer(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getObject(5, UUID.class), rs.getTimestamp(6).toInstant())).list();
    }

    /** Takes the offer: the bundle (as published now) starts, with the source case as its member when there is one. */
    @Transactional
    public UUID take(UUID offerId, Set<Integer> included) {
        Offer offer = open(offerId);
        BundleDefinition d = definitions.published(offer.bundleCode())
                .orElseThrow(() -> new OneWindowException(PlatformErrorCode.NOT_FOUND, "该“一件事”已停止办理"));
        if (offer.sourceCaseId() == null) { // offered on an event: the bundle starts like any application
            UUID started = cases.start(offer.bundleCode(), included);
            jdbc.sql("update bundle_offer set status = 'TAKEN', bundle_case_id = ? where id = ?").params(started, offerId).update();
            return started;
        }
        String itemCode = caseInfo.find(offer.sourceCaseId()).orElseThrow().itemCode();
        int position = d.members().stream().filter(m -> m.itemCode().equals(itemCode)).findFirst()
                .orElseThrow(() -> new OneWindowException(PlatformErrorCode.NOT_FOUND, "该“一件事”已调整，请从指南页重新申请"))
                .position();
        UUID bundleCase = cases.start(offer.bundleCode(), included, new BundleCases.Source(position, offer.sourceCaseId()));
        jdbc.sql("update bundle_offer set status = 'TAKEN', bundle_case_id = ? where id = ?").params(bundleCase, offerId)
                .update();
        return bundleCase;
    }

    @Transactional
    public void dismiss(UUID offerId) {
        open(offerId);
        jdbc.sql("update bundle_offer set status = 'DISMISSED' where id = ?").param(offerId).update();
    }

    private Offer open(UUID offerId) {
        return mine().stream().filter(o -> o.id().equals(offerId)).findFirst()
                .orElseThrow(() -> new OneWindowException(PlatformErrorCode.NOT_FOUND, "没有这条推荐，或已处理"));
    }
}
