package io.onewindow.policy.internal;

import io.onewindow.audit.AuditLog;
import io.onewindow.identity.CreditCodes;
import io.onewindow.identity.CurrentUser;
import io.onewindow.identity.CurrentUsers;
import io.onewindow.identity.People;
import io.onewindow.identity.Role;
import io.onewindow.organization.Organization;
import io.onewindow.platform.ChinaTime;
import io.onewindow.platform.OneWindowException;
import io.onewindow.policy.Fact;
import io.onewindow.policy.PolicyErrorCode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 企业事实导入: a department's file (header 统一社会信用代码, 数据日期, then fact columns by name) checked in full
 * in the background while the page shows progress; any bad row ⇒ the job is rejected with every bad row named
 * and nothing is imported; otherwise every value is written in one transaction and the enterprises re-matched.
 * The API ({@link #put}) is the same path for one enterprise.
 */
@Service
public class FactImports {

    static final String CODE_COLUMN = "统一社会信用代码";
    static final String DATE_COLUMN = "数据日期";
    private static final int MAX_ROWS = 500_000;
    private static final int PROGRESS_EVERY = 5_000;
    private static final int ERRORS_SHOWN = 50;

    /** A job's state for the progress bar. */
    public record Job(UUID id, String fileName, int total, int checked, int written, String status, String errors,
            String source) {

        public int percent() {
            if (total == 0) {
                return 100;
            }
            return switch (status) {
                case "CHECKING" -> checked * 50 / total;
                case "WRITING" -> 50 + written * 50 / total;
                default -> 100;
            };
        }

        public boolean running() {
            return status.equals("CHECKING") || status.equals("WRITING");
        }
    }

    private final JdbcClient jdbc;
    private final People people;
    private final Organization organization;
    private final FactBase facts;
    private final Matching matching;
    private final AuditLog auditLog;
    private final TransactionTemplate transaction;
    private final TransactionTemplate separate;

    private final io.onewindow.platform.BackgroundWork background;

    FactImports(JdbcClient jdbc, People people, Organization organization, FactBase facts, Matching matching,
            AuditLog auditLog, PlatformTransactionManager transactions, io.onewindow.platform.BackgroundWork background) {
        this.background = background;
        this.jdbc = jdbc;
        this.people = people;
        this.organization = organization;
        this.facts = facts;
        this.matching = matching;
        this.auditLog = auditLog;
        this.transaction = new TransactionTemplate(transactions);
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Starts an import of a table already read from the file (first row = header). The header is checked now;
     * the rows in the background.
     */
    public UUID start(String fileName, List<List<String>> table) {
        CurrentUser user = supplier();
        List<Fact> columns = header(table.isEmpty() ? List.of() : table.get(0));
        if (table.size() < 2) {
            throw invalid("文件中没有数据行（第 1 行为表头：" + CODE_COLUMN + "、" + DATE_COLUMN + "、事实名称…）");
        }
        if (table.size() - 1 > MAX_ROWS) {
            throw invalid("一次最多导入 " + MAX_ROWS + " 行");
        }
        String source = sourceOf(user);
        UUID job = UUID.randomUUID();
        jdbc.sql("insert into policy_fact_import (id, file_name, total, status, source, created_by) values (?, ?, ?, 'CHECKING', ?, ?)")
                .params(job, fileName, table.size() - 1, source, user.username()).update();
        // the worker acts as the importing user, so the audit log names them
        background.submit("fact import " + job, () -> run(job, columns, table.subList(1, table.size()), source,
                user.username()));
        return job;
    }

    public Optional<Job> job(UUID id) {
        return jdbc.sql("select * from policy_fact_import where id = ?").param(id).query(FactImports::job).optional();
    }

    public List<Job> recent() {
        return jdbc.sql("select * from policy_fact_import order by created_at desc limit 10").query(FactImports::job).list();
    }

    private static Job job(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Job(rs.getObject("id", UUID.class), rs.getString("file_name"), rs.getInt("total"), rs.getInt("checked"),
                rs.getInt("written"), rs.getString("status"), rs.getString("errors"), rs.getString("source"));
    }

    private void run(UUID job, List<Fact> columns, List<List<String>> rows, String source, String user) {
        boolean[] written = {false};
        try {
            Map<String, UUID> registered = new HashMap<>();
            people.eachEnterprise(e -> registered.put(e.creditCode(), e.id()));
            List<String> errors = new ArrayList<>();
            int errorCount = 0;
            int errorRows = 0;
            List<FactBase.Supplied> supplied = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            Set<UUID> enterprises = new LinkedHashSet<>();
            for (int i = 0; i < rows.size(); i++) {
                List<String> problems = check(rows.get(i), columns, registered, seen, supplied, enterprises);
                if (!problems.isEmpty()) {
                    errorCount += problems.size();
                    errorRows++;
                    if (errors.size() < ERRORS_SHOWN) {
                        errors.add("第 " + (i + 2) + " 行：" + String.join("；", problems));
                    }
                }
                if ((i + 1) % PROGRESS_EVERY == 0) {
                    progress(job, "checked", i + 1);
                }
            }
            progress(job, "checked", rows.size());
            if (errorCount > 0) {
                jdbc.sql("update policy_fact_import set status = 'REJECTED', errors = ?, finished_at = now() where id = ?")
                        .params("未导入任何数据：文件中有 " + errorRows + " 行共 " + errorCount + " 处错误。\n" + String.join("\n", errors)
                                + (errorRows > errors.size() ? "\n（仅列出前 " + errors.size() + " 行）" : ""), job).update();
                return;
            }
            jdbc.sql("update policy_fact_import set status = 'WRITING', heartbeat_at = now() where id = ?").param(job).update();
            transaction.executeWithoutResult(s -> {
                int chunk = 50_000;
                for (int from = 0; from < supplied.size(); from += chunk) {
                    facts.write(supplied.subList(from, Math.min(supplied.size(), from + chunk)), source, user);
                    progress(job, "written", (int) ((long) rows.size() * Math.min(supplied.size(), from + chunk) / supplied.size()));
                }
                auditLog.record("POLICY_FACTS_IMPORTED", "policy.fact-import", job.toString(), null,
                        Map.of("rows", rows.size(), "values", supplied.size(), "source", source));
            });
            written[0] = true;
            matching.factsChanged(enterprises);
            jdbc.sql("update policy_fact_import set status = 'DONE', written = total, finished_at = now() where id = ?").param(job).update();
        } catch (RuntimeException e) {
            jdbc.sql("update policy_fact_import set status = 'FAILED', errors = ?, finished_at = now() where id = ?")
                    .params(written[0] ? "数据已全部导入，但重新匹配失败（" + e.getMessage() + "），将在夜间全量匹配时补上"
                            : "导入中断，未导入任何数据：" + e.getMessage(), job).update();
        }
    }

    /** Progress is written in its own transaction so the page sees it while the import's transaction is open. */
    private void progress(UUID job, String column, int value) {
        separate.executeWithoutResult(s -> jdbc.sql("update policy_fact_import set " + column + " = ?, heartbeat_at = now() where id = ?")
                .params(value, job).update());
    }

    private List<String> check(List<String> row, List<Fact> columns, Map<String, UUID> registered, Set<String> seen,
            List<FactBase.Supplied> out, Set<UUID> enterprises) {
        List<String> problems = new ArrayList<>();
        if (String.join("", row).isBlank()) {
            return problems; // a blank line inside the file
        }
        String code = cell(row, 0).toUpperCase();
        UUID enterprise = null;
        var check = CreditCodes.check(code);
        if (!check.valid()) {
            problems.add(CODE_COLUMN + "“" + code + "”无效：" + check.reason());
        } else if ((enterprise = registered.get(code)) == null) {
            problems.add(CODE_COLUMN + "“" + code + "”未在本市登记");
        } else if (!seen.add(code)) {
            problems.add(CODE_COLUMN + "“" + code + "”在文件中重复");
        }
        LocalDate asOf = null;
        try {
            asOf = asOf(cell(row, 1));
        } catch (OneWindowException e) {
            problems.add(e.detail());
        }
        List<FactBase.Supplied> values = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            String raw = cell(row, c + 2);
            if (raw.isEmpty()) {
                continue; // an empty cell changes nothing
            }
            try {
                values.add(new FactBase.Supplied(enterprise, columns.get(c), columns.get(c).parse(raw), asOf));
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        }
        if (values.isEmpty() && problems.isEmpty()) {
            problems.add("没有任何事实数据");
        }
        if (problems.isEmpty()) {
            out.addAll(values);
            enterprises.add(enterprise);
        }
        return problems;
    }

    private List<Fact> header(List<String> header) {
        if (header.size() < 3 || !CODE_COLUMN.equals(cell(header, 0)) || !DATE_COLUMN.equals(cell(header, 1))) {
            throw invalid("第 1 行（表头）应为：" + CODE_COLUMN + "、" + DATE_COLUMN + "，再加一列或多列事实（"
                    + String.join("、", importableNames()) + "）");
        }
        List<Fact> columns = new ArrayList<>();
        for (int c = 2; c < header.size(); c++) {
            String name = cell(header, c);
            int column = c + 1;
            Fact f = importable(name).orElseThrow(() -> invalid("第 1 行（表头）第 " + column + " 列“" + name
                    + "”不是可导入的事实（可用：" + String.join("、", importableNames()) + "）"));
            if (columns.contains(f)) {
                throw invalid("第 1 行（表头）“" + name + "”重复");
            }
            columns.add(f);
        }
        return columns;
    }

    static Optional<Fact> importable(String name) {
        return Fact.byName(name == null ? "" : name.strip()).filter(Fact::imported);
    }

    static List<String> importableNames() {
        return Arrays.stream(Fact.values()).filter(Fact::imported).map(Fact::label).toList();
    }

    static LocalDate asOf(String text) {
        String value = text == null ? "" : text.strip();
        try {
            LocalDate date = LocalDate.parse(value);
            if (date.isAfter(ChinaTime.today())) {
                throw invalid(DATE_COLUMN + "不能晚于今天");
            }
            return date;
        } catch (DateTimeParseException e) {
            throw invalid(DATE_COLUMN + "应为日期（如 2026-06-30），而不是“" + value + "”");
        }
    }

    private static String cell(List<String> row, int i) {
        return i < row.size() && row.get(i) != null ? row.get(i).strip() : "";
    }

    /** The department that supplies the facts (its name is the source shown to enterprises). */
    String sourceOf(CurrentUser user) {
        return Optional.ofNullable(user.departmentId()).flatMap(d -> organization.department(
                new io.onewindow.organization.DepartmentId(d))).map(d -> d.name()).orElse(user.displayName());
    }

    CurrentUser supplier() {
        return CurrentUsers.current().filter(u -> u.has(Role.SYS_ADMIN) || u.has(Role.DEPT_ADMIN)).orElseThrow(() ->
                new OneWindowException(PolicyErrorCode.POLICY_NOT_ALLOWED, "只有部门管理员可以导入或更新企业事实"));
    }

    static OneWindowException invalid(String message) {
        return new OneWindowException(PolicyErrorCode.POLICY_INVALID_INPUT, message);
    }
}
