package io.onewindow.evaluation.internal;

import io.onewindow.audit.AuditLog;
import io.onewindow.evaluation.EvaluationErrorCode;
import io.onewindow.identity.CurrentUser;
import io.onewindow.identity.CurrentUsers;
import io.onewindow.identity.Role;
import io.onewindow.platform.Inputs;
import io.onewindow.platform.OneWindowException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 申诉复核: the rated unit appeals a rating as 误评 or 恶意评价 with evidence; the 政务服务 administration
 * ({@code onewindow.evaluation.review-department}, its DEPT_ADMIN) or a system administrator decides. An upheld
 * appeal takes the rating out of the statistics and closes its ticket; the rating itself stays in the record.
 */
@Service
public class Appeals {

    /** The two grounds the rules allow. */
    public enum Reason {
        MISTAKEN("误评"), MALICIOUS("恶意评价");

        private final String label;

        Reason(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public record Appeal(UUID id, Ratings.Rating rating, Reason reason, String evidence, String status,
            String departmentId, String decidedBy, String decisionNote, OffsetDateTime createdAt) {

        public String statusLabel() {
            return switch (status) {
                case "PENDING" -> "待复核";
                case "UPHELD" -> "申诉成立";
                default -> "申诉不成立";
            };
        }
    }

    private final JdbcClient jdbc;
    private final Ratings ratings;
    private final AuditLog auditLog;
    private final String reviewDepartment;

    Appeals(JdbcClient jdbc, Ratings ratings, AuditLog auditLog,
            @Value("${onewindow.evaluation.review-department:511100-ZWJ}") String reviewDepartment) {
        this.jdbc = jdbc;
        this.ratings = ratings;
        this.auditLog = auditLog;
        this.reviewDepartment = reviewDepartment;
    }

    /** Filed by staff of the rated department. */
    @Transactional
    public UUID file(UUID ratingId, String reason, String evidence) {
        CurrentUser staff = CurrentUsers.current().filter(u -> u.has(Role.APPROVER) || u.has(Role.DEPT_ADMIN)).orElse(null);
        Ratings.Rating rating = ratings.find(ratingId).filter(r -> staff != null && r.departmentId() != null
                && r.departmentId().equals(staff.departmentId())).orElseThrow(() -> new OneWindowException(
                EvaluationErrorCode.EVALUATION_NOT_ALLOWED, "只有被评价部门的工作人员可以申诉"));
        Reason why = parse(reason);
        String text = Inputs.required(evidence, "申诉证据", 2000, EvaluationErrorCode.EVALUATION_INVALID_INPUT);
        if (live(ratingId)) {
            throw new OneWindowException(EvaluationErrorCode.EVALUATION_WRONG_STATE, "该评价已有待复核或已成立的申诉");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into evaluation_appeal (id, rating_id, reason, evidence, status, filed_by, department_id)
                values (?, ?, ?, ?, 'PENDING', ?, ?)""")
                .params(id, ratingId, why.name(), text, staff.accountId(), rating.departmentId()).update();
        auditLog.record("APPEAL_FILED", "evaluation.rating", ratingId.toString(), null,
                Map.of("appeal", id.toString(), "reason", why.label()));
        return id;
    }

    /** Pending appeals, for the reviewers. */
    public List<Appeal> pending() {
        reviewer();
        return jdbc.sql("select * from evaluation_appeal where status = 'PENDING' order by created_at").query(this::map).list();
    }

    public List<Appeal> ofRating(UUID ratingId) {
        return jdbc.sql("select * from evaluation_appeal where rating_id = ? order by created_at").param(ratingId)
                .query(this::map).list();
    }

    @Transactional
    public void decide(UUID appealId, boolean uphold, String note) {
        CurrentUser reviewer = reviewer();
        String text = Inputs.required(note, "复核意见", 500, EvaluationErrorCode.EVALUATION_INVALID_INPUT);
        var filedBy = jdbc.sql("select filed_by from evaluation_appeal where id = ? and status = 'PENDING' for update")
                .param(appealId).query(UUID.class).optional().orElseThrow(() -> new OneWindowException(
                        EvaluationErrorCode.EVALUATION_WRONG_STATE, "申诉不存在或已复核"));
        if (filedBy.equals(reviewer.accountId())) {
            throw new OneWindowException(EvaluationErrorCode.EVALUATION_NOT_ALLOWED, "不能复核自己提出的申诉");
        }
        UUID ratingId = jdbc.sql("""
                update evaluation_appeal set status = ?, decided_by = ?, decided_at = now(), decision_note = ?
                where id = ? returning rating_id""").params(uphold ? "UPHELD" : "REJECTED", reviewer.username(), text, appealId)
                .query(UUID.class).single();
        if (uphold) {
            jdbc.sql("update evaluation_rating set excluded = true where id = ?").param(ratingId).update();
            jdbc.sql("update evaluation_ticket set status = 'CLOSED', closed_at = now() where rating_id = ? and status <> 'CLOSED'")
                    .param(ratingId).update();
        }
        auditLog.record(uphold ? "APPEAL_UPHELD" : "APPEAL_REJECTED", "evaluation.rating", ratingId.toString(),
                Map.of("appeal", appealId.toString()), Map.of("excluded", uphold, "note", text));
    }

    private boolean live(UUID ratingId) {
        return jdbc.sql("select count(*) from evaluation_appeal where rating_id = ? and status in ('PENDING', 'UPHELD')")
                .param(ratingId).query(Long.class).single() > 0;
    }

    private CurrentUser reviewer() {
        return CurrentUsers.current().filter(u -> u.has(Role.SYS_ADMIN)
                        || (u.has(Role.DEPT_ADMIN) && reviewDepartment.equals(u.departmentId())))
                .orElseThrow(() -> new OneWindowException(EvaluationErrorCode.EVALUATION_NOT_ALLOWED, "只有政务服务管理部门可以复核申诉"));
    }

    private static Reason parse(String reason) {
        try {
            return Reason.valueOf(reason == null ? "" : reason);
        } catch (IllegalArgumentException e) {
            throw new OneWindowException(EvaluationErrorCode.EVALUATION_INVALID_INPUT, "请选择申诉理由（误评或恶意评价）");
        }
    }

    private Appeal map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Appeal(rs.getObject("id", UUID.class), ratings.find(rs.getObject("rating_id", UUID.class)).orElseThrow(),
                Reason.valueOf(rs.getString("reason")), rs.getString("evidence"), rs.getString("status"),
                rs.getString("department_id"), rs.getString("decided_by"), rs.getString("decision_note"),
                rs.getObject("created_at", OffsetDateTime.class));
    }
}
