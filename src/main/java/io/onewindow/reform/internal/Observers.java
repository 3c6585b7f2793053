package io.onewindow.reform.internal;

import io.onewindow.audit.AuditLog;
import io.onewindow.identity.AccountKind;
import io.onewindow.identity.CurrentUser;
import io.onewindow.identity.CurrentUsers;
import io.onewindow.identity.People;
import io.onewindow.platform.Inputs;
import io.onewindow.platform.Masking;
import io.onewindow.platform.OneWindowException;
import io.onewindow.platform.PlatformErrorCode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 营商环境特邀监督员 (task 8): people the city office appoints (by their ID number: they have an account already) may
 * comment on the measures of a published plan; a comment is public once the office publishes it, and a rejected one
 * is kept with the reason. The public sees the observer's masked name and title.
 */
@Service
public class Observers {

    static final int MAX_PENDING = 10;

    public record Observer(UUID accountId, String name, String title, boolean active) {
    }

    public record Comment(UUID id, String planCode, String measureKey, String observerName, String observerTitle,
            String body, String status, Instant createdAt, String moderationNote) {
    }

    private final JdbcClient jdbc;
    private final People people;
    private final WorkPlanRepository plans;
    private final AuditLog auditLog;

    Observers(JdbcClient jdbc, People people, WorkPlanRepository plans, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.people = people;
        this.plans = plans;
        this.auditLog = auditLog;
    }

    /** 聘请: the person with this ID number, who has an account, becomes an observer with a title. */
    @Transactional
    public Observer appoint(String idNumber, String title) {
        CurrentUser office = PlanLoading.office();
        String what = Inputs.required(title, "监督员身份（如企业家代表）", 50, PlatformErrorCode.VALIDATION_FAILED);
        var citizen = people.citizenByIdNumber(idNumber == null ? "" : idNumber.strip().toUpperCase())
                .orElseThrow(() -> invalid("未找到该身份证号码的实名用户"));
        UUID account = people.accountOf(citizen.id()).orElseThrow(() -> invalid("该用户尚未注册账号，请其先在平台注册"));
        jdbc.sql("""
                insert into reform_observer (account_id, name, title, appointed_by) values (?, ?, ?, ?)
                on conflict (account_id) do update set title = excluded.title, active = true""")
                .params(account, citizen.name(), what, office.username()).update();
        auditLog.record("REFORM_OBSERVER_APPOINTED", "reform.observer", account.toString(), null,
                Map.of("name", Masking.name(citizen.name()), "title", what));
        return new Observer(account, citizen.name(), what, true);
    }

    @Transactional
    public void dismiss(UUID accountId) {
        PlanLoading.office();
        if (jdbc.sql("update reform_observer set active = false where account_id = ? and active").param(accountId).update() == 1) {
            auditLog.record("REFORM_OBSERVER_DISMISSED", "reform.observer", accountId.toString(), Map.of("active", true),
                    Map.of("active", false));
        }
    }

    public List<Observer> all() {
        return jdbc.sql("select * from reform_observer order by appointed_at").query((rs, n) -> new Observer(
                rs.getObject("account_id", UUID.class), rs.getString("name"), rs.getString("title"), rs.getBoolean("active"))).list();
    }

    /** Whether the signed-in account is an active observer. */
    public boolean isObserver() {
        return CurrentUsers.current().filter(u -> u.kind() != AccountKind.STAFF).map(u -> jdbc.sql(
                "select count(*) from reform_observer where account_id = ? and active").param(u.accountId())
                .query(Integer.class).single() > 0).orElse(false);
    }

    @Transactional
    public void comment(String code, String key, String text) {
        CurrentUser user = CurrentUsers.current().filter(u -> isObserver())
                .orElseThrow(() -> new OneWindowException(PlatformErrorCode.FORBIDDEN, "只有市政府聘请的营商环境特邀监督员可以发表监督意见"));
        var plan = plans.published(code).filter(WorkPlanRepository.PlanInfo::publicView)
                .orElseThrow(() -> new OneWindowException(PlatformErrorCode.NOT_FOUND, "该计划未公开"));
        if (plans.measures(plan.id()).stream().noneMatch(m -> m.key().equals(key))) {
            throw new OneWindowException(PlatformErrorCode.NOT_FOUND, "计划中没有举措 " + key);
        }
        String body = Inputs.required(text, "监督意见", 500, PlatformErrorCode.VALIDATION_FAILED);
        int pending = jdbc.sql("select count(*) from reform_comment where observer_id = ? and status = 'PENDING'")
                .param(user.accountId()).query(Integer.class).single();
        if (pending >= MAX_PENDING) {
            throw invalid("您已有 " + MAX_PENDING + " 条意见待审核，请待审核后再提交");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into reform_comment (id, plan_code, measure_key, observer_id, body, status) values (?, ?, ?, ?, ?, 'PENDING')")
                .params(id, code, key, user.accountId(), body).update();
        auditLog.record("REFORM_COMMENT_SUBMITTED", "reform.comment", id.toString(), null, Map.of("measure", key));
    }

    /** 审核: the office publishes a comment or rejects it with a reason. */
    @Transactional
    public void moderate(UUID id, boolean publish, String note) {
        CurrentUser office = PlanLoading.office();
        String reason = Inputs.optional(note, "审核说明", 200, PlatformErrorCode.VALIDATION_FAILED);
        if (!publish && reason == null) {
            throw invalid("不予公开须说明理由");
        }
        if (jdbc.sql("""
                update reform_comment set status = ?, moderated_by = ?, moderated_at = now(), moderation_note = ?
                where id = ? and status = 'PENDING'""").params(publish ? "PUBLISHED" : "REJECTED", office.username(), reason, id)
                .update() != 1) {
            throw new OneWindowException(PlatformErrorCode.CONFLICT, "该意见已审核");
        }
        auditLog.record("REFORM_COMMENT_MODERATED", "reform.comment", id.toString(), Map.of("status", "PENDING"),
                Map.of("status", publish ? "PUBLISHED" : "REJECTED"));
    }

    public List<Comment> pending() {
        return comments("c.status = 'PENDING'", null);
    }

    /** The published comments of a plan, the observer's name masked. */
    public List<Comment> published(String code) {
        return comments("c.status = 'PUBLISHED' and c.plan_code = ?", code).stream().map(c -> new Comment(c.id(), c.planCode(),
                c.measureKey(), Masking.name(c.observerName()), c.observerTitle(), c.body(), c.status(), c.createdAt(), null)).toList();
    }

    private List<Comment> comments(String where, String param) {
        var query = jdbc.sql("select c.*, o.name, o.title from reform_comment c join reform_observer o on o.account_id = c.observer_id where "
                + where + " order by c.created_at desc limit 500");
        if (param != null) {
            query = query.param(param);
        }
        return query.query((rs, n) -> new Comment(rs.getObject("id", UUID.class), rs.getString("plan_code"),
                rs.getString("measure_key"), rs.getString("name"), rs.getString("title"), rs.getString("body"),
                rs.getString("status"), rs.getTimestamp("created_at").toInstant(), rs.getString("moderation_note"))).list();
    }

    private static OneWindowException invalid(String detail) {
        return new OneWindowException(PlatformErrorCode.VALIDATION_FAILED, detail);
    }
}
