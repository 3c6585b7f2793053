package io.onewindow.inspection.internal;

import io.onewindow.audit.AuditLog;
import io.onewindow.calendar.WorkingDays;
import io.onewindow.identity.CurrentUsers;
import io.onewindow.platform.ChinaTime;
import io.onewindow.platform.OneWindowException;
import io.onewindow.platform.PlatformErrorCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 现场检查结果: recorded by a member of the visit's team — findings, outcome, the 五清单 entry applied and why, a
 * photo, the entity's signature or refusal — published at once on the plan's public page, due within 20 working
 * days of the inspection; the entity's credit tier is recomputed from it.
 */
@Service
public class Results {

    /** What a result may be, as the public page says it. */
    public enum Outcome {
        NO_PROBLEM("未发现问题"), RECTIFY("发现问题，已责令改正"), VIOLATION("发现违法行为，立案查处"), NOT_FOUND("检查对象未找到（通过登记的住所无法联系）");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    static final int PUBLISH_WITHIN_WORKING_DAYS = 20;
    private static final int MAX_PHOTO_BYTES = 5 * 1024 * 1024;

    private final ResultRepository repository;
    private final PlanRepository plans;
    private final WorkingDays workingDays;
    private final CreditTiers tiers;
    private final AuditLog auditLog;

    Results(ResultRepository repository, PlanRepository plans, WorkingDays workingDays, CreditTiers tiers, AuditLog auditLog) {
        this.repository = repository;
        this.plans = plans;
        this.workingDays = workingDays;
        this.tiers = tiers;
        this.auditLog = auditLog;
    }

    /** What the inspector records on site. {@code entryId}/{@code entryReason}: the 五清单 entry applied, if any. */
    public record Report(String outcome, String findings, Integer entryId, String entryReason, String acknowledgement,
            LocalDate inspectedOn, LocalDate reinspectBy, byte[] photo) {
    }

    @Transactional
    public void record(UUID planId, int ordinal, Report r) {
        String username = CurrentUsers.current().orElseThrow().username();
        PlanRepository.VisitRow visit = teamVisit(planId, ordinal);
        if (repository.exists(planId, ordinal)) {
            throw new OneWindowException(PlatformErrorCode.CONFLICT, "该检查结果已录入，不能重复录入");
        }
        Outcome outcome = outcome(r.outcome());
        String findings = r.findings() == null ? "" : r.findings().strip();
        if (findings.isEmpty() || findings.length() > 2000) {
            throw invalid("请填写检查情况（2000 字以内）");
        }
        LocalDate today = ChinaTime.today();
        if (r.inspectedOn() == null || r.inspectedOn().isAfter(today)) {
            throw invalid("检查日期不能为空，也不能晚于今天");
        }
        ResultRepository.Entry entry = null;
        if (r.entryId() != null) {
            PlanRepository.Plan plan = plans.find(planId).orElseThrow();
            Set<String> fields = DrawInputs.read(plan.inputs()).fields();
            entry = repository.entry(r.entryId()).filter(e -> fields.contains(e.field()))
                    .orElseThrow(() -> invalid("所选清单条目不适用于本次抽查的领域"));
            if (outcome == Outcome.NO_PROBLEM || outcome == Outcome.NOT_FOUND) {
                throw invalid("未发现问题时不适用处罚清单");
            }
            if (r.entryReason() == null || r.entryReason().isBlank() || r.entryReason().length() > 1000) {
                throw invalid("请说明适用“" + entry.listLabel() + "”条目的理由（1000 字以内）");
            }
        }
        if (outcome == Outcome.RECTIFY && (r.reinspectBy() == null || !r.reinspectBy().isAfter(r.inspectedOn()))) {
            throw invalid("责令改正的，请确定复查日期（晚于检查日期）");
        }
        String ack = r.acknowledgement() == null ? "" : r.acknowledgement();
        if (!ack.equals("SIGNED") && !ack.equals("REFUSED")) {
            throw invalid("请记录检查对象签字确认或拒绝签字");
        }
        String photoType = r.photo() == null || r.photo().length == 0 ? null : photoType(r.photo());
        LocalDate due = workingDays.addWorkingDays(r.inspectedOn(), PUBLISH_WITHIN_WORKING_DAYS);
        repository.insert(planId, ordinal, outcome.name(), findings, entry == null ? null : entry.id(),
                entry == null ? null : r.entryReason().strip(), ack, photoType == null ? null : r.photo(), photoType,
                outcome == Outcome.RECTIFY ? r.reinspectBy() : null, r.inspectedOn(), due, username);
        auditLog.record("INSPECTION_RESULT_RECORDED", "inspection.visit", planId + "#" + ordinal, null,
                Map.of("outcome", outcome.name(), "entry", entry == null ? "" : String.valueOf(entry.id()),
                        "acknowledgement", ack));
        tiers.recompute(visit.creditCode());
    }

    /** 复查: the problem ordered corrected is checked again; not corrected, it counts as 立案 for the credit tier. */
    @Transactional
    public void reinspect(UUID planId, int ordinal, boolean corrected, String findings, LocalDate inspectedOn) {
        String username = CurrentUsers.current().orElseThrow().username();
        PlanRepository.VisitRow visit = teamVisit(planId, ordinal);
        ResultRepository.Published first = repository.ofPlan(planId).stream().filter(r -> r.ordinal() == ordinal)
                .findFirst().filter(ResultRepository.Published::awaitingReinspection)
                .orElseThrow(() -> new OneWindowException(PlatformErrorCode.CONFLICT, "该检查不需要复查，或已复查"));
        String text = findings == null ? "" : findings.strip();
        if (text.isEmpty() || text.length() > 2000) {
            throw invalid("请填写复查情况（2000 字以内）");
        }
        if (inspectedOn == null || inspectedOn.isAfter(ChinaTime.today()) || inspectedOn.isBefore(first.inspectedOn())) {
            throw invalid("复查日期须在首次检查之后，且不晚于今天");
        }
        repository.insertReinspection(planId, ordinal, corrected, text, inspectedOn, username);
        auditLog.record("INSPECTION_REINSPECTED", "inspection.visit", planId + "#" + ordinal, null,
                Map.of("corrected", corrected));
        tiers.recompute(visit.creditCode());
    }

    /** A visit of the signed-in inspector's team; anyone else gets "not found". */
    public PlanRepository.VisitRow teamVisit(UUID planId, int ordinal) {
        return plans.teamVisit(CurrentUsers.current().orElseThrow().username(), planId, ordinal)
                .orElseThrow(() -> new OneWindowException(PlatformErrorCode.NOT_FOUND, "没有这项检查任务，或您不在其检查组中"));
    }

    static Outcome outcome(String value) {
        try {
            return Outcome.valueOf(value == null ? "" : value);
        } catch (IllegalArgumentException e) {
            throw invalid("请选择检查结果");
        }
    }

    /** JPEG or PNG by their first bytes (the name says nothing); at most 5 MB. */
    static String photoType(byte[] photo) {
        if (photo.length > MAX_PHOTO_BYTES) {
            throw invalid("照片不能超过 5 MB");
        }
        if (photo.length > 3 && (photo[0] & 0xFF) == 0xFF && (photo[1] & 0xFF) == 0xD8 && (photo[2] & 0xFF) == 0xFF) {
            return "image/jpeg";
        }
        if (photo.length > 8 && (photo[0] & 0xFF) == 0x89 && photo[1] == 'P' && photo[2] == 'N' && photo[3] == 'G') {
            return "image/png";
        }
        throw invalid("照片只能是 JPG 或 PNG 图片（按文件内容识别）");
    }

    public List<ResultRepository.Entry> entriesFor(Set<String> fields) {
        return repository.entries().stream().filter(e -> fields.contains(e.field())).toList();
    }

    private static OneWindowException invalid(String detail) {
        return new OneWindowException(PlatformErrorCode.VALIDATION_FAILED, detail);
    }
}
