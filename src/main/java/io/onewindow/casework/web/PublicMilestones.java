package io.onewindow.casework.web;

import io.onewindow.casework.internal.CaseRepository.CaseEvent;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a stranger holding the case number and 4 characters of the ID may see of a case: the milestones and their
 * dates, in fixed wording. Staff names, review notes, 退回 reasons and internal steps stay with the department; the
 * applicant reads the full history (with the reasons meant for them) after signing in.
 */
final class PublicMilestones {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("SUBMITTED", "提交申请"),
            Map.entry("RESUBMITTED", "补正后重新提交"),
            Map.entry("CORRECTION_REQUIRED", "需要补正材料（请登录查看一次性告知书）"),
            Map.entry("REJECTED", "不予受理（请登录查看告知书）"),
            Map.entry("ACCEPTED", "已受理，进入审批"),
            Map.entry("PAUSED", "办理时限暂停计算"),
            Map.entry("RESUMED", "办理时限恢复计算"),
            Map.entry("APPROVED", "审批决定：准予"),
            Map.entry("DENIED", "审批决定：不予许可（请登录查看决定书）"),
            Map.entry("DELIVERY_MAIL", "选择邮寄送达"),
            Map.entry("DELIVERED", "结果已送达"));

    private PublicMilestones() {
    }

    record Milestone(Instant at, String label) {
    }

    static List<Milestone> of(List<CaseEvent> events) {
        return events.stream().filter(e -> LABELS.containsKey(e.type()))
                .map(e -> new Milestone(e.at(), LABELS.get(e.type()))).toList();
    }
}
