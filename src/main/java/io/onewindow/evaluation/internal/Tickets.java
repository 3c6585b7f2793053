package io.onewindow.evaluation.internal;

import io.onewindow.audit.AuditLog;
import io.onewindow.casework.ApplicantNotice;
import io.onewindow.evaluation.EvaluationErrorCode;
import io.onewindow.evaluation.Level;
import io.onewindow.identity.CurrentUser;
import io.onewindow.identity.CurrentUsers;
import io.onewindow.identity.Role;
import io.onewindow.identity.StaffAccounts;
import io.onewindow.platform.Inputs;
import io.onewindow.platform.OneWindowException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 差评整改: the closed loop every bad rating opens, 核实 → 整改 → 反馈 → 回访, worked by the responsible department's
 * staff and closed by the rater's second rating (or at 反馈 when the rater is anonymous and cannot be asked again).
 * Tickets not answered by their due day escalate once to the department head (DEPT_ADMIN).
 */
@Service
public class Tickets {

    /** Where a ticket stands; the names match the table's check constraint. */
    public enum Status {
        VERIFYING("待核实"), RECTIFYING("整改中"), FEEDBACK("待反馈"), REVISIT("待回访"), CLOSED("已办结");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A ticket with its rating, for the department's pages. */
    public record Ticket(UUID id, Ratings.Rating rating, String departmentId, Status status, String findings,
            String measures, String reply, LocalDate dueOn, OffsetDateTime escalatedAt, OffsetDateTime createdAt,
            OffsetDateTime repliedAt) {

        public boolean overdue(LocalDate today) {
            return repliedAt == null ? today.isAfter(dueOn) : repliedAt.atZoneSameInstant(Ratings.CHINA).toLocalDate().isAfter(dueOn);
        }
    }

    private final JdbcClient jdbc;
    private final Ratings ratings;
    private final AuditLog auditLog;
    private final StaffAccounts staffAccounts;

    private final ApplicationEventPublisher events;

    Tickets(JdbcClient jdbc, Ratings ratings, AuditLog auditLog, StaffAccounts staffAccounts,
            ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.ratings = ratings;
        this.auditLog = auditLog;
        this.staffAccounts = staffAccounts;
    }

    /** The department's tickets, open ones first; staff see only their own department's. */
    public List<Ticket> ofMyDepartment() {
        CurrentUser staff = departmentStaff();
        return jdbc.sql("select * from evaluation_ticket where department_id = ? order by status = 'CLOSED', due_on, created_at")
                .param(staff.departmentId()).query(this::map).list();
    }

    /** Open tickets past their due day, city-wide, for supervision. */
    public List<Ticket> overdue(LocalDate today) {
        return jdbc.sql("select * from evaluation_ticket where status in ('VERIFYING', 'RECTIFYING', 'FEEDBACK') and due_on < ?"
                + " order by due_on").param(today).query(this::map).list();
    }

    public Ticket get(UUID id) {
        CurrentUser staff = departmentStaff();
        return find(id).filter(t -> t.departmentId().equals(staff.departmentId()))
                .orElseThrow(() -> new OneWindowException(EvaluationErrorCode.EVALUATION_NOT_FOUND, "整改单不存在"));
    }

    /** The rater's view of the ticket on their rating, if any. */
    public Optional<Ticket> ofRating(UUID ratingId) {
        return jdbc.sql("select * from evaluation_ticket where rating_id = ?").param(ratingId).query(this::map).optional();
    }

    /** 核实: the unit called the rater back and records what it found. */
    @Transactional
    public void verify(UUID id, String findings) {
        advance(id, Status.VERIFYING, Status.RECTIFYING, "findings", "verified_at",
                Inputs.required(findings, "核实情况", 2000, EvaluationErrorCode.EVALUATION_INVALID_INPUT));
    }

    /** 整改: the measures taken. */
    @Transactional
    public void rectify(UUID id, String measures) {
        advance(id, Status.RECTIFYING, Status.FEEDBACK, "measures", "rectified_at",
                Inputs.required(measures, "整改措施", 2000, EvaluationErrorCode.EVALUATION_INVALID_INPUT));
    }

    /** 反馈: the reply the rater reads; an anonymous rater cannot be asked again, so the ticket closes here. */
    @Transactional
    public void reply(UUID id, String reply) {
        Ticket t = get(id);
        Status next = t.rating().raterAccount() == null ? Status.CLOSED : Status.REVISIT;
        advance(id, Status.FEEDBACK, next, "reply", "replied_at",
                Inputs.required(reply, "反馈内容", 2000, EvaluationErrorCode.EVALUATION_INVALID_INPUT));
        if (next == Status.CLOSED) {
            jdbc.sql("update evaluation_ticket set closed_at = now() where id = ?").param(id).update();
        }
        if (t.rating().caseId() != null && next == Status.REVISIT) {
            events.publishEvent(new ApplicantNotice(t.rating().caseId(), "您对办件的差评已整改反馈，请查看并对整改情况进行评价"));
        }
    }

    /** 回访: the rater rates the fix; only the person who gave the 差评 may. */
    @Transactional
    public void revisit(UUID ratingId, int score) {
        CurrentUser user = CurrentUsers.current().orElseThrow();
        Ratings.Rating rating = ratings.find(ratingId).filter(r -> user.accountId().equals(r.raterAccount()))
                .orElseThrow(() -> new OneWindowException(EvaluationErrorCode.EVALUATION_NOT_ALLOWED, "只有评价人可以回访评价"));
        if (score < 1 || score > 5) {
            throw new OneWindowException(EvaluationErrorCode.EVALUATION_INVALID_INPUT, "请选择回访评价等级");
        }
        int changed = jdbc.sql("update evaluation_ticket set status = 'CLOSED', closed_at = now() where rating_id = ? and status = 'REVISIT'")
                .param(ratingId).update();
        if (changed == 0) {
            throw new OneWindowException(EvaluationErrorCode.EVALUATION_WRONG_STATE, "整改尚未反馈或已回访");
        }
        jdbc.sql("update evaluation_rating set revisit_level = ? where id = ?").params(score, ratingId).update();
        auditLog.record("RECTIFICATION_REVISITED", "evaluation.rating", ratingId.toString(), null,
                Map.of("revisit", Level.of(score).label()));
    }

    /**
     * Marks each open ticket whose due day has passed as escalated, once, and names the department heads told.
     *
     * @return how many tickets escalated now
     */
    @Transactional
    public int escalateOverdue(LocalDate today) {
        List<Ticket> due = jdbc.sql("select * from evaluation_ticket where status in ('VERIFYING', 'RECTIFYING', 'FEEDBACK')"
                + " and due_on < ? and escalated_at is null for update skip locked").param(today).query(this::map).list();
        int escalated = 0;
        for (Ticket t : due) {
            String heads = staffAccounts.withRole(t.departmentId(), Role.DEPT_ADMIN).stream().map(UUID::toString)
                    .collect(Collectors.joining(","));
            // conditional, so that two nodes checking at once escalate a ticket only once
            if (jdbc.sql("update evaluation_ticket set escalated_at = now(), escalated_to = ? where id = ? and escalated_at is null")
                    .params(heads.isEmpty() ? null : heads, t.id()).update() == 1) {
                auditLog.record("RECTIFICATION_ESCALATED", "evaluation.ticket", t.id().toString(), null,
                        Map.of("due", t.dueOn().toString(), "departmentHeads", heads));
                escalated++;
            }
        }
        return escalated;
    }

    /** Department heads see escalated tickets of their department at the top of the list. */
    public List<Ticket> escalatedTo(UUID accountId) {
        return jdbc.sql("select * from evaluation_ticket where escalated_to like ? and status <> 'CLOSED' order by due_on")
                .param("%" + accountId + "%").query(this::map).list();
    }

    private void advance(UUID id, Status from, Status to, String column, String stampColumn, String text) {
        Ticket t = get(id);
        if (t.status() != from) {
            throw new OneWindowException(EvaluationErrorCode.EVALUATION_WRONG_STATE,
                    "整改单当前为“" + t.status().label() + "”，不能进行此步骤");
        }
        // the column names come from the callers above, never from input
        jdbc.sql("update evaluation_ticket set status = ?, " + column + " = ?, " + stampColumn + " = now() where id = ? and status = ?")
                .params(to.name(), text, id, from.name()).update();
        auditLog.record("RECTIFICATION_" + from.name(), "evaluation.ticket", id.toString(), Map.of("status", from.label()),
                Map.of("status", to.label(), column, text));
    }

    private CurrentUser departmentStaff() {
        return CurrentUsers.current().filter(u -> (u.has(Role.APPROVER) || u.has(Role.DEPT_ADMIN)) && u.departmentId() != null)
                .orElseThrow(() -> new OneWindowException(EvaluationErrorCode.EVALUATION_NOT_ALLOWED, "只有部门工作人员可以处理整改单"));
    }

    private Optional<Ticket> find(UUID id) {
        return jdbc.sql("select * from evaluation_ticket where id = ?").param(id).query(this::map).optional();
    }

    private Ticket map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        UUID ratingId = rs.getObject("rating_id", UUID.class);
        return new Ticket(rs.getObject("id", UUID.class), ratings.find(ratingId).orElseThrow(), rs.getString("department_id"),
                Status.valueOf(rs.getString("status")), rs.getString("findings"), rs.getString("measures"),
                rs.getString("reply"), rs.getObject("due_on", LocalDate.class), rs.getObject("escalated_at", OffsetDateTime.class),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("replied_at", OffsetDateTime.class));
    }
}
