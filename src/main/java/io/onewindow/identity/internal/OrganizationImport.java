package io.onewindow.identity.internal;

import io.onewindow.audit.AuditLog;
import io.onewindow.identity.CurrentUser;
import io.onewindow.identity.CurrentUsers;
import io.onewindow.identity.IdentityErrorCode;
import io.onewindow.identity.Role;
import io.onewindow.identity.internal.OrganizationFile.Kind;
import io.onewindow.identity.internal.OrganizationFile.Line;
import io.onewindow.platform.BackgroundWork;
import io.onewindow.platform.OneWindowException;
import io.onewindow.platform.PersonalDataProtector;
import io.onewindow.platform.Spreadsheets.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.IntConsumer;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 组织机构和人员导入: the organisation file written in one transaction, row by row (each row in a savepoint, so a bad
 * row is named and the next is still checked); any bad row ⇒ everything rolled back and every bad row named.
 * Re-importing updates by id and username and never duplicates. Runs in the background with a progress bar; the
 * demo organisation is loaded through {@link #applyNow}, the same path.
 */
@Service
public class OrganizationImport implements io.onewindow.identity.OrganizationFiles {

    private static final int ERRORS_SHOWN = 100;

    /** A job's state for the progress bar and result. */
    public record Job(UUID id, String fileName, int total, int done, String status, String summary, String errors,
            String createdBy, boolean hasPasswords) {

        public int percent() {
            return total == 0 ? 100 : Math.min(100, done * 100 / total);
        }

        public boolean running() {
            return status.equals("RUNNING");
        }
    }

    /** What a finished import did: per table, how many rows were created, updated and left unchanged. */
    public record Summary(Map<String, int[]> counts, Map<String, String> passwords, List<String> errors) {

        String text() {
            List<String> parts = new ArrayList<>();
            counts.forEach((table, c) -> parts.add(table + "：新增 " + c[0] + "，更新 " + c[1] + "，未变 " + c[2]));
            return String.join("；", parts);
        }
    }

    private final OrganizationRows rows;
    private final JdbcClient jdbc;
    private final AuditLog auditLog;
    private final BackgroundWork background;
    private final PersonalDataProtector protector;
    private final AccountRepository accounts;
    private final TransactionTemplate transaction;
    private final TransactionTemplate savepoint;
    private final TransactionTemplate separate;

    OrganizationImport(OrganizationRows rows, JdbcClient jdbc, AuditLog auditLog, BackgroundWork background,
            PersonalDataProtector protector, AccountRepository accounts, PlatformTransactionManager transactions) {
        this.rows = rows;
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.background = background;
        this.protector = protector;
        this.accounts = accounts;
        this.transaction = new TransactionTemplate(transactions);
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Checks the file's tables now (a 400 names what is wrong with them) and writes the rows in the background. */
    public UUID start(String fileName, List<Table> tables) {
        CurrentUser user = administrator();
        Map<Kind, List<Line>> lines = OrganizationFile.read(tables);
        int total = lines.values().stream().mapToInt(List::size).sum();
        UUID job = UUID.randomUUID();
        jdbc.sql("insert into identity_org_import (id, file_name, total, status, created_by) values (?, ?, ?, 'RUNNING', ?)")
                .params(job, fileName, total, user.username()).update();
        background.submit("organisation import " + job, () -> run(job, lines));
        return job;
    }

    @Override
    public String load(String fileName, byte[] content, boolean mustChangePassword) {
        Summary summary = apply(OrganizationFile.read(io.onewindow.platform.Spreadsheets.tables(fileName, content)),
                mustChangePassword, done -> { });
        if (!summary.errors().isEmpty()) {
            throw OrganizationFile.invalid(String.join("\n", summary.errors()));
        }
        return summary.text();
    }

    public Optional<Job> job(UUID id) {
        return jdbc.sql("select * from identity_org_import where id = ?").param(id).query(OrganizationImport::job).optional();
    }

    public List<Job> recent() {
        return jdbc.sql("select * from identity_org_import order by created_at desc limit 10").query(OrganizationImport::job)
                .list();
    }

    /**
     * The initial passwords the platform generated, for the administrator who ran the import, once: they are
     * erased as they are read (the page says so).
     */
    public Map<String, String> takePasswords(UUID jobId) {
        CurrentUser user = administrator();
        byte[] sealed = jdbc.sql("""
                update identity_org_import i set passwords = null from identity_org_import old
                where i.id = old.id and i.id = ? and i.created_by = ? and old.passwords is not null
                returning old.passwords""").params(jobId, user.username()).query(byte[].class).optional().orElse(null);
        Map<String, String> passwords = new LinkedHashMap<>();
        if (sealed != null) {
            for (String line : protector.decrypt(sealed).split("\n")) {
                String[] p = line.split("\t", 2);
                passwords.put(p[0], p[1]);
            }
        }
        return passwords;
    }

    private void run(UUID job, Map<Kind, List<Line>> lines) {
        try {
            Summary summary = apply(lines, true, done -> progress(job, done));
            if (!summary.errors().isEmpty()) {
                int shown = Math.min(ERRORS_SHOWN, summary.errors().size());
                jdbc.sql("update identity_org_import set status = 'REJECTED', errors = ?, finished_at = now() where id = ?")
                        .params("未导入任何数据：文件中有 " + summary.errors().size() + " 行有错误。\n"
                                + String.join("\n", summary.errors().subList(0, shown))
                                + (shown < summary.errors().size() ? "\n（仅列出前 " + shown + " 行）" : ""), job).update();
                return;
            }
            byte[] sealed = summary.passwords().isEmpty() ? null : protector.encrypt(String.join("\n",
                    summary.passwords().entrySet().stream().map(e -> e.getKey() + "\t" + e.getValue()).toList()));
            jdbc.sql("""
                    update identity_org_import set status = 'DONE', done = total, summary = ?, passwords = ?,
                        finished_at = now() where id = ?""").params(summary.text(), sealed, job).update();
        } catch (RuntimeException e) {
            jdbc.sql("update identity_org_import set status = 'FAILED', errors = ?, finished_at = now() where id = ?")
                    .params("导入中断，未导入任何数据：" + e.getMessage(), job).update();
        }
    }

    private Summary apply(Map<Kind, List<Line>> lines, boolean mustChangePassword, IntConsumer progress) {
        return transaction.execute(status -> {
            Map<String, int[]> counts = new LinkedHashMap<>();
            Map<String, String> passwords = new LinkedHashMap<>();
            List<String> errors = new ArrayList<>();
            int done = 0;
            for (Kind kind : Kind.values()) {
                int[] c = new int[3];
                for (Line line : lines.getOrDefault(kind, List.of())) {
                    try {
                        StaffUpserts.Result r = savepoint.execute(s -> rows.write(line, mustChangePassword));
                        c[r.outcome().ordinal()]++;
                        if (r.password() != null) {
                            passwords.put(line.get("用户名").toLowerCase(), r.password());
                        }
                    } catch (OneWindowException e) {
                        errors.add(line.where() + "：" + e.detail());
                    } catch (DataAccessException e) {
                        errors.add(line.where() + "：无法保存（" + e.getMostSpecificCause().getMessage() + "）");
                    }
                    if (++done % 20 == 0) {
                        progress.accept(done);
                    }
                }
                if (lines.containsKey(kind)) {
                    counts.put(kind.sheet, c);
                }
            }
            if (errors.isEmpty() && !accounts.anyEnabledAdministrator()) {
                errors.add("导入后将没有可用的系统管理员账号：请保留至少一个启用的“系统管理员”");
            }
            if (!errors.isEmpty()) {
                status.setRollbackOnly();
            } else {
                auditLog.record("ORGANIZATION_IMPORTED", "identity.org-import", "file", null,
                        Map.of("rows", done, "result", new Summary(counts, Map.of(), List.of()).text()));
            }
            return new Summary(counts, passwords, errors);
        });
    }

    /** Progress in its own transaction, so the page sees it while the import's transaction is open. */
    private void progress(UUID job, int done) {
        separate.executeWithoutResult(s -> jdbc.sql("update identity_org_import set done = ?, heartbeat_at = now() where id = ?")
                .params(done, job).update());
    }

    private static Job job(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Job(rs.getObject("id", UUID.class), rs.getString("file_name"), rs.getInt("total"), rs.getInt("done"),
                rs.getString("status"), rs.getString("summary"), rs.getString("errors"), rs.getString("created_by"),
                rs.getBytes("passwords") != null);
    }

    private static CurrentUser administrator() {
        return CurrentUsers.current().filter(u -> u.has(Role.SYS_ADMIN)).orElseThrow(() -> new OneWindowException(
                IdentityErrorCode.IDENTITY_NOT_ALLOWED, "只有系统管理员可以导入组织机构和人员"));
    }
}
