package io.onewindow.evaluation.internal;

import io.onewindow.audit.AuditLog;
import io.onewindow.calendar.WorkingDays;
import io.onewindow.evaluation.EvaluationErrorCode;
import io.onewindow.identity.CurrentUser;
import io.onewindow.identity.CurrentUsers;
import io.onewindow.identity.Role;
import io.onewindow.organization.DepartmentId;
import io.onewindow.organization.Organization;
import io.onewindow.platform.ChinaTime;
import io.onewindow.platform.Inputs;
import io.onewindow.platform.Masking;
import io.onewindow.platform.OneWindowException;
import io.onewindow.platform.PersonalDataProtector;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 办不成事 反映: anyone reports a matter they could not get done (online, or through the clerk at the hall's 办不成事
 * window); the 政务服务 administration assigns it to a department with a due day {@code unresolved-days} working days
 * on; the department records how it was resolved. Everything open, or resolved late, is listed for the 联席会议.
 */
@Service
public class UnresolvedReports {

    public record Report(UUID id, String number, String channel, String hallId, String reporterName, String phoneMask,
            String matter, String status, String departmentId, LocalDate dueOn, String resolution,
            OffsetDateTime createdAt, OffsetDateTime resolvedAt) {

        public String statusLabel() {
            return switch (status) {
                case "REPORTED" -> "待交办";
                case "ASSIGNED" -> "办理中";
                default -> "已解决";
            };
        }

        public boolean overdue(LocalDate today) {
            if (dueOn == null) {
                return false;
            }
            LocalDate end = resolvedAt == null ? today : resolvedAt.atZoneSameInstant(Ratings.CHINA).toLocalDate();
            return end.isAfter(dueOn);
        }
    }

    private final JdbcClient jdbc;
    private final PersonalDataProtector protector;
    private final WorkingDays workingDays;
    private final Organization organization;
    private final AuditLog auditLog;
    private final String reviewDepartment;
    private final int days;

    UnresolvedReports(JdbcClient jdbc, PersonalDataProtector protector, WorkingDays workingDays, Organization organization,
            AuditLog auditLog, @Value("${onewindow.evaluation.review-department:511100-ZWJ}") String reviewDepartment,
            @Value("${onewindow.evaluation.unresolved-days:5}") int days) {
        this.jdbc = jdbc;
        this.protector = protector;
        this.workingDays = workingDays;
        this.organization = organization;
        this.auditLog = auditLog;
        this.reviewDepartment = reviewDepartment;
        this.days = days;
    }

    /** Records a report; a window clerk records it for the person at the counter. Returns its number. */
    @Transactional
    public String report(String name, String phone, String matter) {
        String who = Inputs.required(name, "姓名", 50, EvaluationErrorCode.EVALUATION_INVALID_INPUT);
        String tel = Inputs.contactPhone(phone, "联系电话", EvaluationErrorCode.EVALUATION_INVALID_INPUT);
        String text = Inputs.required(matter, "反映事项", 1000, EvaluationErrorCode.EVALUATION_INVALID_INPUT);
        Optional<CurrentUser> user = CurrentUsers.current();
        boolean atWindow = user.map(u -> u.has(Role.WINDOW_CLERK) && u.hallId() != null).orElse(false);
        UUID id = UUID.randomUUID();
        long seq = jdbc.sql("select nextval('evaluation_unresolved_seq')").query(Long.class).single();
        String number = "BBC" + ChinaTime.today().format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%05d", seq % 100000);
        jdbc.sql("""
                insert into evaluation_unresolved (id, number, channel, hall_id, reporter_account, reporter_name, phone,
                    phone_mask, matter, status, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'REPORTED', ?)""")
                .params(id, number, atWindow ? "HALL" : "ONLINE", atWindow ? user.get().hallId() : null,
                        atWindow ? null : user.map(CurrentUser::accountId).orElse(null), who, protector.encrypt(tel),
                        Masking.phone(tel), text, atWindow ? user.get().accountId() : null).update();
        auditLog.record("UNRESOLVED_REPORTED", "evaluation.unresolved", id.toString(), null, Map.of("number", number));
        return number;
    }

    /** 交办: the 政务服务 administration gives the matter to a department. */
    @Transactional
    public void assign(UUID id, String departmentId) {
        coordinator();
        var department = organization.department(new DepartmentId(departmentId == null ? "" : departmentId))
                .orElseThrow(() -> new OneWindowException(EvaluationErrorCode.EVALUATION_INVALID_INPUT, "请选择承办部门"));
        LocalDate due = workingDays.addWorkingDays(ChinaTime.today(), days);
        int changed = jdbc.sql("""
                update evaluation_unresolved set status = 'ASSIGNED', department_id = ?, due_on = ?, assigned_at = now()
                where id = ? and status = 'REPORTED'""").params(department.id().value(), due, id).update();
        if (changed == 0) {
            throw new OneWindowException(EvaluationErrorCode.EVALUATION_WRONG_STATE, "该事项已交办");
        }
        auditLog.record("UNRESOLVED_ASSIGNED", "evaluation.unresolved", id.toString(), null,
                Map.of("department", department.id().value(), "due", due.toString()));
    }

    /** The assigned department records how the matter was resolved. */
    @Transactional
    public void resolve(UUID id, String resolution) {
        CurrentUser staff = CurrentUsers.current().filter(u -> u.has(Role.APPROVER) || u.has(Role.DEPT_ADMIN)).orElseThrow(
                () -> new OneWindowException(EvaluationErrorCode.EVALUATION_NOT_ALLOWED, "只有承办部门可以办结"));
        String text = Inputs.required(resolution, "办理结果", 2000, EvaluationErrorCode.EVALUATION_INVALID_INPUT);
        int changed = jdbc.sql("""
                update evaluation_unresolved set status = 'RESOLVED', resolution = ?, resolved_at = now()
                where id = ? and status = 'ASSIGNED' and department_id = ?""").params(text, id, staff.departmentId()).update();
        if (changed == 0) {
            throw new OneWindowException(EvaluationErrorCode.EVALUATION_WRONG_STATE, "该事项不是本部门办理中的事项");
        }
        auditLog.record("UNRESOLVED_RESOLVED", "evaluation.unresolved", id.toString(), null, Map.of("resolution", text));
    }

    /** Everything, newest first, for the coordinators and the 联席会议 list. */
    public List<Report> all() {
        return jdbc.sql("select * from evaluation_unresolved order by status = 'RESOLVED', created_at desc limit 500")
                .query(UnresolvedReports::map).list();
    }

    public List<Report> ofMyDepartment() {
        CurrentUser staff = CurrentUsers.current().orElseThrow();
        return jdbc.sql("select * from evaluation_unresolved where department_id = ? order by status = 'RESOLVED', due_on")
                .param(staff.departmentId() == null ? "" : staff.departmentId()).query(UnresolvedReports::map).list();
    }

    public List<Report> mine() {
        UUID me = CurrentUsers.current().orElseThrow().accountId();
        return jdbc.sql("select * from evaluation_unresolved where reporter_account = ? order by created_at desc")
                .param(me).query(UnresolvedReports::map).list();
    }

    /** Whether the signed-in person coordinates the 办不成事 window (assigns, sees the meeting list). */
    public boolean isCoordinator() {
        return CurrentUsers.current().filter(this::coordinates).isPresent();
    }

    private void coordinator() {
        CurrentUsers.current().filter(this::coordinates).orElseThrow(() -> new OneWindowException(
                EvaluationErrorCode.EVALUATION_NOT_ALLOWED, "只有政务服务管理部门可以交办"));
    }

    private boolean coordinates(CurrentUser u) {
        return u.has(Role.SYS_ADMIN) || u.has(Role.SUPERVISOR) || (u.has(Role.DEPT_ADMIN) && reviewDepartment.equals(u.departmentId()));
    }

    private static Report map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Report(rs.getObject("id", UUID.class), rs.getString("number"), rs.getString("channel"),
                rs.getString("hall_id"), Masking.name(rs.getString("reporter_name")), rs.getString("phone_mask"),
                rs.getString("matter"), rs.getString("status"), rs.getString("department_id"),
                rs.getObject("due_on", LocalDate.class), rs.getString("resolution"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("resolved_at", OffsetDateTime.class));
    }
}
