package io.onewindow.casework.internal;

import io.onewindow.audit.AuditLog;
import io.onewindow.casework.ApplicantNotice;
import io.onewindow.casework.CaseStatus;
import io.onewindow.casework.CaseworkErrorCode;
import io.onewindow.casework.Channel;
import io.onewindow.catalog.Catalog;
import io.onewindow.catalog.FormField;
import io.onewindow.catalog.ItemVersion;
import io.onewindow.catalog.ServiceGuide;
import io.onewindow.identity.AccountKind;
import io.onewindow.identity.CurrentUser;
import io.onewindow.identity.CurrentUsers;
import io.onewindow.platform.ChinaTime;
import io.onewindow.platform.OneWindowException;
import io.onewindow.platform.Sm3;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Submission in one request (API, 掌上办): creates and submits a case under an idempotency key. A retry with the
 * same key and body returns the same case; the same key with another body is refused; concurrent retries race on a
 * unique index and the losers read the winner's case.
 */
@Service
public class ApiSubmissions {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{8,100}");

    /** @param created false when an earlier submission with the same key is returned */
    public record Result(CaseRecord record, boolean created) {
    }

    private final CaseRepository cases;
    private final Applications applications;
    private final Applicants applicants;
    private final Catalog catalog;
    private final ApplicationEventPublisher events;
    private final AuditLog auditLog;
    private final TransactionTemplate transaction;
    private final Approvals approvals;
    private final SharedFetches shared;
    private final MaterialSources sources;

    ApiSubmissions(CaseRepository cases, Applications applications, Applicants applicants, Catalog catalog,
            ApplicationEventPublisher events, AuditLog auditLog, TransactionTemplate transaction, Approvals approvals, SharedFetches shared, MaterialSources sources) {
        this.sources = sources;
        this.shared = shared;
        this.cases = cases;
        this.applications = applications;
        this.applicants = applicants;
        this.catalog = catalog;
        this.events = events;
        this.auditLog = auditLog;
        this.transaction = transaction;
        this.approvals = approvals;
    }

    public Result submit(String itemCode, Integer itemVersion, Map<String, String> form, String key, Channel channel) {
        CurrentUser user = CurrentUsers.current().filter(u -> u.kind() != AccountKind.STAFF && u.partyId() != null)
                .orElseThrow(() -> new OneWindowException(CaseworkErrorCode.CASE_FORBIDDEN, "请使用个人或法人账号提交申请"));
        if (key == null || !KEY.matcher(key).matches()) {
            throw invalid("请求须带 Idempotency-Key（8–100 位字母、数字、下划线或连字符），重试时使用同一个值");
        }
        Map<String, String> posted = form == null ? Map.of() : form;
        List<String> nulls = posted.entrySet().stream().filter(e -> e.getKey() == null || e.getValue() == null)
                .map(e -> String.valueOf(e.getKey())).sorted().toList();
        if (!nulls.isEmpty()) {
            throw invalid("申请表字段不能为 null（不填请省略该字段或填空字符串）：" + String.join("、", nulls));
        }
        var existing = cases.findByIdempotencyKey(user.accountId(), key);
        if (existing.isPresent()) {
            return replay(existing.get(), itemCode, itemVersion, posted);
        }
        // 部门共享 before the transaction: a provider is never waited for while a database connection is held, and the
        // query log's own transaction never needs a second connection from a pool the submissions might have drained
        UUID id = UUID.randomUUID();
        var fetched = catalog.published(itemCode == null ? "" : itemCode).map(item -> {
            Applicant applicant = applicants.of(user);
            return shared.fetch(item.guide(), applicant.kind(), applicant.id(), MaterialSources.purpose(item.guide(), id),
                    Map.of(), Set.of(), true);
        }).orElse(Map.of());
        try {
            return transaction.execute(status -> new Result(create(user, itemCode, itemVersion, posted, key, channel, id,
                    fetched), true));
        } catch (DuplicateKeyException e) {
            // a concurrent request with the same key won the race
            return replay(cases.findByIdempotencyKey(user.accountId(), key).orElseThrow(), itemCode, itemVersion, posted);
        }
    }

    private Result replay(CaseRecord c, String itemCode, Integer itemVersion, Map<String, String> posted) {
        int version = itemVersion == null ? c.itemVersion() : itemVersion;
        String hash = requestHash(itemCode, version, posted);
        if (!hash.equals(c.requestHash())) {
            throw new OneWindowException(CaseworkErrorCode.CASE_IDEMPOTENCY_CONFLICT,
                    "该 Idempotency-Key 已用于另一份内容不同的申请（办件 " + c.number() + "）；新的申请请使用新的 Key");
        }
        return new Result(c, false);
    }

    private CaseRecord create(CurrentUser user, String itemCode, Integer itemVersion, Map<String, String> posted,
            String key, Channel channel, UUID id, Map<Integer, io.onewindow.casework.SharedMaterials.Fetch> sharedMaterials) {
        ItemVersion item = catalog.published(itemCode == null ? "" : itemCode).orElseThrow(() -> invalid("事项不存在或尚未发布"));
        if (itemVersion != null && itemVersion != item.version()) {
            throw new OneWindowException(CaseworkErrorCode.CASE_PRECHECK_FAILED, "申请所依据的事项版本（第 " + itemVersion
                    + " 版）不是当前发布版本（第 " + item.version() + " 版），请按最新办事指南重新填写");
        }
        ServiceGuide g = item.guide();
        Set<String> declared = g.form().stream().map(FormField::key).collect(Collectors.toSet());
        List<String> unknown = posted.keySet().stream().filter(k -> !declared.contains(k)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw invalid("申请表中没有这些字段：" + String.join("、", unknown));
        }
        Applicant applicant = applicants.of(user);
        // verified identity comes from the profile, whatever the request says; the rest from the request
        Map<String, String> prefilled = applicants.prefill(g, applicant, user);
        Set<String> verified = Applications.verifiedFields(g, applicant.kind());
        Map<String, String> draftForm = new LinkedHashMap<>();
        g.form().forEach(f -> draftForm.put(f.key(), verified.contains(f.key()) ? prefilled.get(f.key())
                : posted.getOrDefault(f.key(), prefilled.getOrDefault(f.key(), "")).strip()));
        CaseRecord draft = new CaseRecord(id, null, item.code(), item.version(), g.departmentId(), g.regionId(), channel,
                applicant.kind(), applicant.id(), applicant.name(), applicant.tail(), applicant.account(),
                user.accountId(), null, draftForm, CaseStatus.DRAFT, List.of(), null, null, key,
                requestHash(itemCode, item.version(), posted), null, null, null, g.statutoryDays(),
                g.promisedDays(), 0, null, null);
        // 电子证照 and the 部门共享 fetched above, as a submission from the page has them
        var licenses = sources.linkedLicenses(draft, g);
        List<PreCheck.Finding> findings = PreCheck.run(g, draftForm, Set.of(), verified, licenses, sharedMaterials,
                ChinaTime.today());
        if (!PreCheck.passes(findings)) {
            throw new OneWindowException(CaseworkErrorCode.CASE_PRECHECK_FAILED, findings.stream()
                    .filter(PreCheck.Finding::blocking).map(PreCheck.Finding::message).collect(Collectors.joining("；")));
        }
        cases.insert(draft);
        shared.save(id, sharedMaterials);
        CaseRecord stored = cases.find(id).orElseThrow();
        cases.transition(stored, CaseStatus.DRAFT, CaseStatus.SUBMITTED, Map.of("number",
                cases.nextNumber(applications.regionCode(stored), ChinaTime.today()),
                "submitted_at", ChinaTime.now()));
        CaseRecord submitted = cases.find(id).orElseThrow();
        cases.event(id, user.displayName(), "SUBMITTED", channel.label() + "提交申请，办件编号 " + submitted.number());
        auditLog.record("CASE_SUBMITTED", "casework.case", id.toString(), null,
                Map.of("status", "SUBMITTED", "number", submitted.number(), "channel", channel.name()));
        events.publishEvent(new ApplicantNotice(submitted.id(), "您的“" + g.name() + "”申请已提交，办件编号 " + submitted.number() + "。"));
        if (Approvals.isInstant(item)) {
            approvals.acceptInstantly(submitted, findings, licenses, sharedMaterials);
            return cases.find(id).orElseThrow();
        }
        return submitted;
    }

    /** Hash of what a submission says, to tell a retry (same body) from a reused key (different body). */
    static String requestHash(String itemCode, int itemVersion, Map<String, String> form) {
        return Sm3.hex(itemCode + "\u0000" + itemVersion + "\u0000" + new TreeMap<>(form));
    }

    private static OneWindowException invalid(String detail) {
        return new OneWindowException(CaseworkErrorCode.CASE_INVALID_INPUT, detail);
    }
}
