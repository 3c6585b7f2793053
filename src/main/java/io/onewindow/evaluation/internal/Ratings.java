package io.onewindow.evaluation.internal;

import io.onewindow.audit.AuditLog;
import io.onewindow.calendar.WorkingDays;
import io.onewindow.casework.Cases;
import io.onewindow.evaluation.EvaluationErrorCode;
import io.onewindow.evaluation.Level;
import io.onewindow.identity.CurrentUser;
import io.onewindow.identity.CurrentUsers;
import io.onewindow.identity.Role;
import io.onewindow.platform.ChinaTime;
import io.onewindow.platform.Inputs;
import io.onewindow.platform.OneWindowException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 一事一评 and 一次一评: one rating per finished case (by its applicant only) and per window visit (through the link
 * the clerk's counter shows; a clerk cannot rate their own service). A 差评 opens a rectification ticket due in
 * {@code onewindow.evaluation.rectify-days} working days (15 in Sichuan).
 */
@Service
public class Ratings {

    static final ZoneId CHINA = ChinaTime.ZONE;
    private static final List<String> TAGS = List.of("办事效率高", "服务态度好", "一次办成", "材料要求清楚", "等候时间长",
            "态度不好", "要求重复提交材料", "多次跑腿", "流程不清楚", "超时未办结");

    /** A stored rating. */
    public record Rating(UUID id, UUID caseId, String channel, String departmentId, String hallId, UUID clerkAccount,
            String itemCode, String itemName, UUID raterAccount, Level level, String tags, String comment, boolean excluded,
            Integer revisitLevel, OffsetDateTime createdAt, String handledBy, String handledStep) {

        /** 回访 result label, or null before the rater rated the fix. */
        public String revisitLabel() {
            return revisitLevel == null ? null : Level.of(revisitLevel).label();
        }
    }

    private final JdbcClient jdbc;
    private final Cases cases;
    private final WorkingDays workingDays;
    private final AuditLog auditLog;
    private final int rectifyDays;
    private final int changeDays;
    private final SecureRandom random = new SecureRandom();

    Ratings(JdbcClient jdbc, Cases cases, WorkingDays workingDays, AuditLog auditLog,
            @Value("${onewindow.evaluation.rectify-days:15}") int rectifyDays,
            @Value("${onewindow.evaluation.change-days:7}") int changeDays) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.workingDays = workingDays;
        this.auditLog = auditLog;
        this.rectifyDays = rectifyDays;
        this.changeDays = changeDays;
    }

    public static List<String> tags() {
        return TAGS;
    }

    /** Rates (or, within the change window, re-rates) a finished case; only its applicant may. */
    @Transactional
    public UUID rateCase(UUID caseId, int score, List<String> tags, String comment, boolean anonymous) {
        CurrentUser user = CurrentUsers.current().orElseThrow();
        var c = cases.find(caseId).filter(x -> user.accountId().equals(x.applicantAccount())
                || user.accountId().equals(x.agentAccount())).orElseThrow(() -> new OneWindowException(
                EvaluationErrorCode.EVALUATION_NOT_ALLOWED, "只有该办件的申请人可以评价"));
        if (!c.finished()) {
            throw new OneWindowException(EvaluationErrorCode.EVALUATION_WRONG_STATE, "办件办结后才能评价");
        }
        Level level = level(score);
        String text = Inputs.optional(comment, "评价内容", 500, EvaluationErrorCode.EVALUATION_INVALID_INPUT);
        Optional<Rating> existing = byCase(caseId);
        if (existing.isPresent()) {
            return change(existing.get(), level, tags, text);
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into evaluation_rating (id, case_id, channel, department_id, hall_id, item_code, item_name,
                    rater_account, level, tags, comment, handled_by, handled_step)
                values (?, ?, 'ONLINE', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, caseId, c.departmentId(), c.intakeHallId(), c.itemCode(), c.itemName(), anonymous ? null : user.accountId(),
                        level.score(), tagText(tags), text, c.lastHandler(), c.lastStep()).update();
        afterRating(id, level, c.departmentId());
        return id;
    }

    /** The clerk's counter: a one-visit rating link, valid for a day. */
    @Transactional
    public String newVisit() {
        CurrentUser clerk = CurrentUsers.current().filter(u -> u.has(Role.WINDOW_CLERK) && u.hallId() != null)
                .orElseThrow(() -> new OneWindowException(EvaluationErrorCode.EVALUATION_NOT_ALLOWED, "只有大厅窗口人员可以发起评价"));
        byte[] b = new byte[16];
        random.nextBytes(b);
        String token = HexFormat.of().formatHex(b);
        jdbc.sql("insert into evaluation_visit (token, clerk_account, department_id, hall_id, expires_at)"
                + " values (?, ?, ?, ?, now() + interval '1 day')")
                .params(token, clerk.accountId(), clerk.departmentId(), clerk.hallId()).update();
        return token;
    }

    /** 一次一评 through the visit link; anonymous unless the rater is signed in; never the clerk themself. */
    @Transactional
    public UUID rateVisit(String token, int score, List<String> tags, String comment) {
        var visit = jdbc.sql("select clerk_account, hall_id, used_at, expires_at > now() as open, department_id"
                + " from evaluation_visit where token = ?")
                .param(token == null ? "" : token).query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getObject(3), rs.getBoolean(4), rs.getString(5)}).optional()
                .orElseThrow(() -> new OneWindowException(EvaluationErrorCode.EVALUATION_NOT_FOUND, "评价链接不存在"));
        if (visit[2] != null || !(Boolean) visit[3]) {
            throw new OneWindowException(EvaluationErrorCode.EVALUATION_WRONG_STATE, "本次服务已评价或评价链接已过期");
        }
        UUID clerk = (UUID) visit[0];
        Optional<CurrentUser> rater = CurrentUsers.current();
        if (rater.isPresent() && rater.get().accountId().equals(clerk)) {
            throw new OneWindowException(EvaluationErrorCode.EVALUATION_NOT_ALLOWED, "工作人员不能评价自己的服务");
        }
        Level level = level(score);
        String text = Inputs.optional(comment, "评价内容", 500, EvaluationErrorCode.EVALUATION_INVALID_INPUT);
        String department = (String) visit[4];
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into evaluation_rating (id, visit_token, channel, department_id, hall_id, clerk_account, rater_account,
                    level, tags, comment) values (?, ?, 'WINDOW', ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, token, department, visit[1], clerk, rater.map(CurrentUser::accountId).orElse(null), level.score(),
                        tagText(tags), text).update();
        jdbc.sql("update evaluation_visit set used_at = now() where token = ?").param(token).update();
        afterRating(id, level, department);
        return id;
    }

    public Optional<Rating> byCase(UUID caseId) {
        return jdbc.sql("select * from evaluation_rating where case_id = ?").param(caseId).query(Ratings::map).optional();
    }

    public Optional<Rating> find(UUID id) {
        return jdbc.sql("select * from evaluation_rating where id = ?").param(id).query(Ratings::map).optional();
    }

    private UUID change(Rating r, Level level, List<String> tags, String comment) {
        if (r.createdAt().toLocalDate().plusDays(changeDays).isBefore(ChinaTime.today())) {
            throw new OneWindowException(EvaluationErrorCode.EVALUATION_WRONG_STATE, "评价已超过 " + changeDays + " 天，不能修改");
        }
        jdbc.sql("update evaluation_rating set level = ?, tags = ?, comment = ?, updated_at = now() where id = ?")
                .params(level.score(), tagText(tags), comment, r.id()).update();
        auditLog.record("RATING_CHANGED", "evaluation.rating", r.id().toString(), Map.of("level", r.level().label()),
                Map.of("level", level.label()));
        if (level.bad() && ticketOf(r.id()).isEmpty()) {
            openTicket(r.id(), r.departmentId());
        }
        return r.id();
    }

    private void afterRating(UUID id, Level level, String department) {
        auditLog.record("RATING_GIVEN", "evaluation.rating", id.toString(), null, Map.of("level", level.label()));
        if (level.bad() && department != null) {
            openTicket(id, department);
        }
    }

    /** A 差评 opens a rectification ticket for the responsible department, due in working days. */
    private void openTicket(UUID ratingId, String department) {
        LocalDate due = dueOn(ChinaTime.today());
        UUID ticket = UUID.randomUUID();
        jdbc.sql("insert into evaluation_ticket (id, rating_id, department_id, status, due_on) values (?, ?, ?, 'VERIFYING', ?)")
                .params(ticket, ratingId, department, due).update();
        auditLog.record("RECTIFICATION_OPENED", "evaluation.ticket", ticket.toString(), null,
                Map.of("rating", ratingId.toString(), "due", due.toString()));
    }

    /** 整改时限: the {@code rectify-days}-th working day after the day the 差评 was given, by the holiday calendar. */
    public LocalDate dueOn(LocalDate opened) {
        return workingDays.addWorkingDays(opened, rectifyDays);
    }

    Optional<UUID> ticketOf(UUID ratingId) {
        return jdbc.sql("select id from evaluation_ticket where rating_id = ?").param(ratingId).query(UUID.class).optional();
    }

    private static Level level(int score) {
        if (score < 1 || score > 5) {
            throw new OneWindowException(EvaluationErrorCode.EVALUATION_INVALID_INPUT, "请选择评价等级");
        }
        return Level.of(score);
    }

    private static String tagText(List<String> tags) {
        if (tags == null) {
            return null;
        }
        List<String> known = tags.stream().filter(TAGS::contains).distinct().toList();
        return known.isEmpty() ? null : String.join("、", known);
    }

    static Rating map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Rating(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class), rs.getString("channel"),
                rs.getString("department_id"), rs.getString("hall_id"), rs.getObject("clerk_account", UUID.class),
                rs.getString("item_code"), rs.getString("item_name"), rs.getObject("rater_account", UUID.class), Level.of(rs.getInt("level")),
                rs.getString("tags"), rs.getString("comment"), rs.getBoolean("excluded"),
                (Integer) rs.getObject("revisit_level"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getString("handled_by"), rs.getString("handled_step"));
    }
}
