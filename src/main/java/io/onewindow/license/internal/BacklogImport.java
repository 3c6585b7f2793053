package io.onewindow.license.internal;

import io.onewindow.audit.AuditLog;
import io.onewindow.identity.CurrentUser;
import io.onewindow.identity.CurrentUsers;
import io.onewindow.identity.People;
import io.onewindow.identity.Role;
import io.onewindow.license.LicenseErrorCode;
import io.onewindow.platform.City;
import io.onewindow.platform.OneWindowException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 存量证照回流: licences issued before the platform, imported from a department's file and signed under its seal.
 * Every row is checked first (a file with any bad row imports nothing, each bad row named); then rows are signed and
 * stored in chunks while the page shows the progress. A row whose 证照编号 already exists is skipped, so an
 * interrupted import can simply be run again.
 */
@Service
public class BacklogImport {

    private static final int CHUNK = 100;
    private static final int MAX_ROWS = 50_000;

    /** One row of the file. */
    public record Row(String type, String holderCode, String holderName, String department, String number,
            String issuedOn, String validUntil, String data) {
    }

    /** A job's state for the progress bar. */
    public record Job(UUID id, String fileName, int total, int done, int skipped, String status, String errors) {
        public int percent() {
            return total == 0 ? 100 : (done + skipped) * 100 / total;
        }
    }

    private record Checked(LicenseTypes.Type type, String kind, UUID holderId, String holderName, String holderCode,
            String department, String number, LocalDate issuedOn, LocalDate validUntil, Map<String, String> data) {
    }

    private final JdbcClient jdbc;
    private final LicenseTypes types;
    private final People people;
    private final Issuance issuance;
    private final TransactionTemplate transaction;
    private final AuditLog auditLog;

    private final io.onewindow.platform.BackgroundWork background;

    private final City city;

    BacklogImport(JdbcClient jdbc, LicenseTypes types, People people, Issuance issuance, TransactionTemplate transaction,
            AuditLog auditLog, io.onewindow.platform.BackgroundWork background, City city) {
        this.city = city;
        this.background = background;
        this.jdbc = jdbc;
        this.types = types;
        this.people = people;
        this.issuance = issuance;
        this.transaction = transaction;
        this.auditLog = auditLog;
    }

    /** Checks every row now; imports in the background. Returns the job to follow. */
    public UUID start(String fileName, List<Row> rows) {
        CurrentUser user = CurrentUsers.current().orElseThrow();
        if (rows.isEmpty() || rows.size() > MAX_ROWS) {
            throw new OneWindowException(LicenseErrorCode.LICENSE_INVALID_INPUT, "文件应包含 1–" + MAX_ROWS + " 条证照");
        }
        List<String> errors = new ArrayList<>();
        List<Checked> checked = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            try {
                checked.add(check(rows.get(i), user));
            } catch (OneWindowException e) {
                errors.add("第 " + (i + 2) + " 行：" + e.detail());
            }
        }
        if (!errors.isEmpty()) {
            throw new OneWindowException(LicenseErrorCode.LICENSE_INVALID_INPUT, "导入未执行，文件中有 " + errors.size()
                    + " 处错误：" + String.join("；", errors.subList(0, Math.min(20, errors.size()))));
        }
        UUID job = UUID.randomUUID();
        jdbc.sql("insert into license_import_job (id, file_name, total, status, created_by) values (?, ?, ?, 'RUNNING', ?)")
                .params(job, fileName, checked.size(), user.username()).update();
        auditLog.record("LICENSE_IMPORT_STARTED", "license.import", job.toString(), null,
                Map.of("file", fileName, "rows", checked.size()));
        background.submit("licence import " + job, () -> run(job, checked));
        return job;
    }

    public Optional<Job> job(UUID id) {
        return jdbc.sql("select * from license_import_job where id = ?").param(id).query((rs, n) -> new Job(
                rs.getObject("id", UUID.class), rs.getString("file_name"), rs.getInt("total"), rs.getInt("done"),
                rs.getInt("skipped"), rs.getString("status"), rs.getString("errors"))).optional();
    }

    private void run(UUID job, List<Checked> rows) {
        try {
            for (int from = 0; from < rows.size(); from += CHUNK) {
                List<Checked> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
                transaction.executeWithoutResult(s -> {
                    int done = 0;
                    int skipped = 0;
                    for (Checked c : chunk) {
                        if (exists(c.number())) {
                            skipped++;
                        } else {
                            issuance.issue(new Issuance.Request(c.type(), c.kind(), c.holderId(), c.holderName(),
                                    c.holderCode(), c.department(), city.regionCode(), c.issuedOn(), c.validUntil(), c.data(), null),
                                    c.number());
                            done++;
                        }
                    }
                    jdbc.sql("update license_import_job set done = done + ?, skipped = skipped + ?, heartbeat_at = now() where id = ?")
                            .params(done, skipped, job).update();
                });
            }
            jdbc.sql("update license_import_job set status = 'DONE', finished_at = now() where id = ?").param(job).update();
        } catch (RuntimeException e) {
            jdbc.sql("update license_import_job set status = 'FAILED', errors = ?, finished_at = now() where id = ?")
                    .params("导入中断：" + e.getMessage() + "。已导入的证照保留，重新导入同一文件将跳过已有编号", job).update();
        }
    }

    private boolean exists(String number) {
        return jdbc.sql("select count(*) from license_license where number = ?").param(number).query(Integer.class).single() > 0;
    }

    private Checked check(Row r, CurrentUser user) {
        LicenseTypes.Type type = types.byName(blank(r.type())).orElseThrow(() -> invalid("证照类型“" + r.type() + "”不在证照目录中"));
        String department = blank(r.department());
        boolean allowed = user.has(Role.SYS_ADMIN) || ((user.has(Role.DEPT_ADMIN)) && department.equals(user.departmentId()));
        if (!allowed) {
            throw invalid("无权以部门 " + department + " 的名义导入证照");
        }
        String code = blank(r.holderCode()).toUpperCase();
        UUID holder;
        String kind;
        String shownCode;
        if ("CITIZEN".equals(type.holderKind())) {
            var citizen = people.citizenByIdNumber(code).orElseThrow(() -> invalid("持证人 " + io.onewindow.platform.Masking.residentId(code) + " 未实名登记"));
            holder = citizen.id();
            kind = "CITIZEN";
            shownCode = citizen.maskedIdNumber();
        } else {
            var enterprise = people.enterpriseByCreditCode(code).orElseThrow(() -> invalid("统一社会信用代码 " + code + " 未登记"));
            holder = enterprise.id();
            kind = "ENTERPRISE";
            shownCode = enterprise.creditCode();
        }
        String number = blank(r.number());
        if (number.isEmpty() || number.length() > 60) {
            throw invalid("证照编号不能为空，且不超过 60 个字");
        }
        LocalDate issued = date(r.issuedOn(), "颁证日期");
        LocalDate until = blank(r.validUntil()).isEmpty() || "长期".equals(blank(r.validUntil())) ? null : date(r.validUntil(), "有效期止");
        if (until != null && until.isBefore(issued)) {
            throw invalid("有效期止早于颁证日期");
        }
        Map<String, String> data = new LinkedHashMap<>();
        for (String line : blank(r.data()).split("[\\n;；]")) {
            if (!line.isBlank()) {
                String[] kv = line.split("[=＝]", 2);
                if (kv.length != 2) {
                    throw invalid("照面信息应为“项目=内容”，以分号或换行分隔");
                }
                data.put(kv[0].strip(), kv[1].strip());
            }
        }
        return new Checked(type, kind, holder, blank(r.holderName()).isEmpty() ? "" : blank(r.holderName()), shownCode,
                department, number, issued, until, data);
    }

    private static LocalDate date(String text, String label) {
        try {
            return LocalDate.parse(blank(text));
        } catch (DateTimeParseException e) {
            throw invalid(label + "“" + text + "”不是有效日期（如 2020-06-01）");
        }
    }

    private static String blank(String s) {
        return s == null ? "" : s.strip();
    }

    private static OneWindowException invalid(String detail) {
        return new OneWindowException(LicenseErrorCode.LICENSE_INVALID_INPUT, detail);
    }
}
