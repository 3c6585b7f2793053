package io.onewindow.exchange.internal;

import io.onewindow.audit.AuditLog;
import io.onewindow.calendar.WorkingDays;
import io.onewindow.identity.CurrentUser;
import io.onewindow.identity.CurrentUsers;
import io.onewindow.identity.Role;
import io.onewindow.platform.ChinaTime;
import io.onewindow.platform.Inputs;
import io.onewindow.platform.OneWindowException;
import io.onewindow.platform.PlatformErrorCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 供需对接: a department's administrator asks for a dataset with a purpose; 无条件共享 is granted at once, 有条件共享
 * is decided by the provider department's administrator (granted with conditions and an expiry, or rejected with a
 * reason); a request nobody decides within {@link #DECIDE_WITHIN} working days lapses. Every step is audited.
 */
@Service
public class Grants {

    static final int DECIDE_WITHIN = 5;

    /** One grant or request, with names for the page. */
    public record Grant(UUID id, String datasetCode, String datasetName, String providerDepartmentId, String providerName,
            String consumerDepartmentId, String consumerName, String purpose, String status, String conditions,
            String reason, LocalDate requestedOn, LocalDate expiresOn) {

        public String statusLabel() {
            return switch (status) {
                case "REQUESTED" -> "待提供部门审核";
                case "GRANTED" -> "已授权";
                case "REJECTED" -> "已拒绝";
                default -> "已失效（逾期未审核）";
            };
        }
    }

    private final JdbcClient jdbc;
    private final Datasets datasets;
    private final WorkingDays workingDays;
    private final AuditLog auditLog;

    Grants(JdbcClient jdbc, Datasets datasets, WorkingDays workingDays, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.datasets = datasets;
        this.workingDays = workingDays;
        this.auditLog = auditLog;
    }

    /** The grants a department holds or has to decide (as consumer or as provider); all for the supervisor. */
    public List<Grant> of(String departmentId) {
        return jdbc.sql("""
                select g.*, d.name as dataset_name, d.provider_department_id, p.name as provider_name, c.name as consumer_name
                from exchange_grant g join exchange_dataset d on d.code = g.dataset_code
                join org_department p on p.id = d.provider_department_id join org_department c on c.id = g.consumer_department_id
                where cast(? as text) is null or g.consumer_department_id = ? or d.provider_department_id = ?
                order by g.requested_at desc limit 200""").params(departmentId, departmentId, departmentId)
                .query((rs, n) -> new Grant(rs.getObject("id", UUID.class), rs.getString("dataset_code"),
                        rs.getString("dataset_name"), rs.getString("provider_department_id"), rs.getString("provider_name"),
                        rs.getString("consumer_department_id"), rs.getString("consumer_name"), rs.getString("purpose"),
                        rs.getString("status"), rs.getString("conditions"), rs.getString("reason"),
                        rs.getTimestamp("requested_at").toInstant().atZone(ChinaTime.ZONE).toLocalDate(),
                        rs.getObject("expires_on", LocalDate.class))).list();
    }

    @Transactional
    public UUID request(String datasetCode, String purpose) {
        CurrentUser user = administrator();
        Datasets.Dataset d = datasets.byCode(datasetCode == null ? "" : datasetCode).orElseThrow(() -> invalid("请选择数据资源"));
        String why = Inputs.required(purpose, "用途（办理哪些事项、核验什么）", 500, PlatformErrorCode.VALIDATION_FAILED);
        if (d.shareType().equals("NOT_SHARED")) {
            throw invalid("“" + d.name() + "”不予共享（" + d.legalBasis() + "），不能申请");
        }
        if (d.providerDepartmentId().equals(user.departmentId())) {
            throw invalid("本部门的数据无需申请共享");
        }
        UUID id = UUID.randomUUID();
        boolean open = d.shareType().equals("UNCONDITIONAL");
        jdbc.sql("""
                insert into exchange_grant (id, dataset_code, consumer_department_id, purpose, status, decided_at, expires_on)
                values (?, ?, ?, ?, ?, ?, ?)""").params(id, d.code(), user.departmentId(), why, open ? "GRANTED" : "REQUESTED",
                open ? ChinaTime.now() : null, open ? ChinaTime.today().plusYears(1) : null).update();
        auditLog.record(open ? "EXCHANGE_GRANTED" : "EXCHANGE_REQUESTED", "exchange.grant", id.toString(), null,
                Map.of("dataset", d.code(), "consumer", user.departmentId(), "purpose", why));
        return id;
    }

    /**
     * 续期: the consumer asks again, for the same dataset and purpose, before its grant runs out (within 60 days of
     * the end, or after it); the grant in force stays until the provider decides.
     */
    @Transactional
    public UUID renew(UUID id) {
        CurrentUser user = administrator();
        Grant g = of(user.departmentId()).stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow(() -> invalid("授权不存在"));
        if (!g.consumerDepartmentId().equals(user.departmentId()) || !g.status().equals("GRANTED")) {
            throw invalid("只能为本部门已获得的授权申请续期");
        }
        if (g.expiresOn() != null && g.expiresOn().isAfter(ChinaTime.today().plusDays(60))) {
            throw invalid("授权有效期至 " + g.expiresOn() + "，到期前 60 天内可申请续期");
        }
        return request(g.datasetCode(), g.purpose());
    }

    @Transactional
    public void decide(UUID id, boolean grant, String conditionsOrReason, LocalDate expiresOn) {
        CurrentUser user = administrator();
        Grant g = of(null).stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow(() -> invalid("申请不存在"));
        if (!g.providerDepartmentId().equals(user.departmentId())) {
            throw new OneWindowException(PlatformErrorCode.FORBIDDEN, "只有提供部门的管理员可以审核该申请");
        }
        if (!g.status().equals("REQUESTED")) {
            throw invalid("该申请已" + g.statusLabel() + "，不能再审核");
        }
        if (!grant && (conditionsOrReason == null || conditionsOrReason.isBlank())) {
            throw invalid("拒绝共享须说明理由");
        }
        if (grant && (expiresOn == null || !expiresOn.isAfter(ChinaTime.today()))) {
            throw invalid("请填写晚于今天的授权有效期");
        }
        jdbc.sql("""
                update exchange_grant set status = ?, conditions = ?, reason = ?, decided_at = now(), expires_on = ?
                where id = ? and status = 'REQUESTED'""").params(grant ? "GRANTED" : "REJECTED",
                grant ? conditionsOrReason : null, grant ? null : conditionsOrReason, grant ? expiresOn : null, id).update();
        auditLog.record(grant ? "EXCHANGE_GRANTED" : "EXCHANGE_REJECTED", "exchange.grant", id.toString(),
                Map.of("status", "REQUESTED"), Map.of("status", grant ? "GRANTED" : "REJECTED", "by", user.username()));
    }

    /** Requests undecided for more than {@link #DECIDE_WITHIN} working days lapse (checked hourly and on each page). */
    @Scheduled(initialDelayString = "${onewindow.exchange.lapse-initial-delay:60s}", fixedDelayString = "PT1H")
    @Transactional
    public int lapse() {
        LocalDate today = ChinaTime.today();
        int n = 0;
        var open = jdbc.sql("select id, requested_at from exchange_grant where status = 'REQUESTED'")
                .query((rs, i) -> Map.entry(rs.getObject("id", UUID.class),
                        rs.getTimestamp("requested_at").toInstant().atZone(ChinaTime.ZONE).toLocalDate())).list();
        for (var g : open) {
            if (workingDays.workingDaysBetween(g.getValue(), today) > DECIDE_WITHIN) {
                n += jdbc.sql("update exchange_grant set status = 'LAPSED', reason = ? where id = ? and status = 'REQUESTED'")
                        .params("提供部门 " + DECIDE_WITHIN + " 个工作日内未审核", g.getKey()).update();
            }
        }
        return n;
    }

    private static CurrentUser administrator() {
        return CurrentUsers.current().filter(u -> u.has(Role.DEPT_ADMIN) && u.departmentId() != null).orElseThrow(() ->
                new OneWindowException(PlatformErrorCode.FORBIDDEN, "只有部门管理员可以申请或审核数据共享"));
    }

    private static OneWindowException invalid(String detail) {
        return new OneWindowException(PlatformErrorCode.VALIDATION_FAILED, detail);
    }
}
