package io.onewindow.reform.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A plan as the dashboard, the units and the public see it, computed at one moment from the plan and its work. */
public record PlanView(WorkPlanRepository.PlanInfo plan, LocalDate today, List<MeasureView> measures,
        List<ChapterSummary> chapters, List<UnitScore> ranking) {

    /** One measure with everything that bears on its status. */
    public record MeasureView(WorkPlanRepository.MeasureRow measure, String leadName, List<String> coNames,
            MeasureStatus status, List<String> reasons, List<MilestoneView> milestones, List<TargetView> targets,
            List<WorkRepository.Claim> claims, WorkRepository.Report latest, int missingReports,
            List<WorkRepository.Notice> notices, int percent, int score) {

        public boolean claimed() {
            return claims.stream().anyMatch(c -> !c.status().equals("ASSIGNED"));
        }

        public boolean claimedBy(String unitId) {
            return claims.stream().anyMatch(c -> c.unitId().equals(unitId));
        }
    }

    /** {@code overdueWorkingDays} > 0 when the due date passed without it being reported done. */
    public record MilestoneView(int ordinal, String title, LocalDate dueOn, LocalDate doneOn, int overdueWorkingDays) {

        public boolean overdue() {
            return overdueWorkingDays > 0;
        }
    }

    /**
     * @param value    the current figure (measured live, or the latest reported), null if none yet
     * @param method   for a measured target, the query run
     * @param met      null when there is no number to meet or no figure yet
     */
    public record TargetView(int ordinal, String label, String unit, String direction, BigDecimal targetValue,
            BigDecimal baseline, String figureKey, BigDecimal value, String method, String link, Boolean met) {

        public boolean measured() {
            return figureKey != null;
        }
    }

    public record ChapterSummary(String number, String title, int measures, int done, int onTrack, int atRisk, int late) {
    }

    /** 目标绩效考核: a lead unit's score, the mean of its measures' scores. */
    public record UnitScore(int rank, String unitId, String unitName, int measures, int late, int atRisk, int done,
            double score) {
    }

    public MeasureView measure(String key) {
        return measures.stream().filter(m -> m.measure().key().equals(key)).findFirst().orElse(null);
    }
}
