package io.onewindow.reform.internal;

import io.onewindow.calendar.WorkingDays;
import io.onewindow.organization.Organization;
import io.onewindow.platform.ChinaTime;
import io.onewindow.platform.OneWindowException;
import io.onewindow.platform.PlanFigures;
import io.onewindow.platform.PlatformErrorCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Computes where every measure stands, from the plan, the units' work, the working-day calendar and the live
 * figures (rules in docs/reform.md): nothing here is typed by anyone but the units' own reports.
 */
@Service
public class Progress {

    private final WorkPlanRepository plans;
    private final WorkRepository work;
    private final WorkingDays workingDays;
    private final Organization organization;
    private final LiveFigures figures;
    private final JsonMapper json;

    Progress(WorkPlanRepository plans, WorkRepository work, WorkingDays workingDays, Organization organization,
            LiveFigures figures, JsonMapper json) {
        this.plans = plans;
        this.work = work;
        this.workingDays = workingDays;
        this.organization = organization;
        this.figures = figures;
        this.json = json;
    }

    /** For the office and the units: the figures read now, and today's snapshot kept. */
    @Transactional
    public PlanView view(String code) {
        return view(code, figures.record());
    }

    /**
     * Where each measure stands without reading any module's figures (a 督办单, a unit's task list): statuses and
     * reasons never depend on them; targets then show no figure.
     */
    @Transactional(readOnly = true)
    public PlanView statusView(String code) {
        return view(code, Map.of());
    }

    /** For the public: figures at most a minute old, nothing written. */
    @Transactional(readOnly = true)
    public PlanView publicView(String code) {
        return view(code, figures.recent());
    }

    private PlanView view(String code, Map<String, PlanFigures.Figure> live) {
        var plan = plans.published(code).orElseThrow(() -> new OneWindowException(PlatformErrorCode.NOT_FOUND, "没有这个计划"));
        LocalDate today = ChinaTime.today();
        var milestones = plans.milestones(plan.id());
        var targets = plans.targets(plan.id());
        var claims = work.claims(code);
        var reports = work.reports(code);
        var notices = work.notices(code);
        var done = work.milestonesDone(code);
        List<PlanView.MeasureView> views = new ArrayList<>();
        for (WorkPlanRepository.MeasureRow m : plans.measures(plan.id())) {
            List<PlanView.MilestoneView> ms = milestones.stream().filter(s -> s.measureKey().equals(m.key()))
                    .map(s -> milestone(s, done.get(m.key() + "#" + s.ordinal()), today)).toList();
            var mine = reports.stream().filter(r -> r.measureKey().equals(m.key())).toList(); // newest first
            WorkRepository.Report latest = mine.isEmpty() ? null : mine.get(0);
            List<PlanView.TargetView> ts = targets.stream().filter(t -> t.measureKey().equals(m.key()))
                    .map(t -> target(t, live, latest)).toList();
            var measureClaims = claims.stream().filter(c -> c.measureKey().equals(m.key())).toList();
            int missing = measureClaims.stream().mapToInt(c -> missingReports(plan, c, mine, today)).sum();
            var measureNotices = notices.stream().filter(n -> n.measureKey().equals(m.key())).toList();
            views.add(measure(m, ms, ts, measureClaims, latest, missing, measureNotices, today));
        }
        return new PlanView(plan, today, views, Scores.chapters(views), Scores.ranking(views));
    }

    private PlanView.MeasureView measure(WorkPlanRepository.MeasureRow m, List<PlanView.MilestoneView> ms,
            List<PlanView.TargetView> ts, List<WorkRepository.Claim> claims, WorkRepository.Report latest, int missing,
            List<WorkRepository.Notice> notices, LocalDate today) {
        List<String> reasons = new ArrayList<>();
        boolean reportedDone = latest != null && latest.status().equals("DONE");
        ms.stream().filter(PlanView.MilestoneView::overdue).forEach(s -> reasons.add("里程碑“" + s.title() + "”超期 "
                + s.overdueWorkingDays() + " 个工作日"));
        boolean pastDeadline = !reportedDone && m.deadline().isBefore(today);
        if (pastDeadline) {
            reasons.add("已过完成时限 " + m.deadline());
        }
        if (claims.stream().allMatch(c -> c.status().equals("ASSIGNED"))) {
            reasons.add(claims.isEmpty() ? "尚无单位认领" : "已交办，责任单位尚未认领");
        }
        if (missing > 0) {
            reasons.add("逾期未报送进展 " + missing + " 期");
        }
        if (latest != null && latest.status().equals("AT_RISK")) {
            reasons.add("责任单位报告存在风险");
        }
        notices.stream().filter(n -> n.open() && n.answerDue().isBefore(today))
                .forEach(n -> reasons.add("督办单 " + n.number() + " 逾期未答复"));
        MeasureStatus status;
        if (reportedDone && ms.stream().noneMatch(PlanView.MilestoneView::overdue)) {
            status = MeasureStatus.DONE;
        } else if (pastDeadline || ms.stream().anyMatch(PlanView.MilestoneView::overdue)) {
            status = MeasureStatus.LATE;
        } else if (!reasons.isEmpty()) {
            status = MeasureStatus.AT_RISK;
        } else {
            status = MeasureStatus.ON_TRACK;
        }
        int percent = status == MeasureStatus.DONE ? 100 : latest == null ? 0 : latest.percent();
        var view = new PlanView.MeasureView(m, unitName(m.leadUnit()), m.coUnits().stream().map(this::unitName).toList(),
                status, reasons, ms, ts, claims, latest, missing, notices, percent, 0);
        return withScore(view, today);
    }

    private PlanView.MeasureView withScore(PlanView.MeasureView v, LocalDate today) {
        int score = Scores.measureScore(v, today);
        return new PlanView.MeasureView(v.measure(), v.leadName(), v.coNames(), v.status(), v.reasons(), v.milestones(),
                v.targets(), v.claims(), v.latest(), v.missingReports(), v.notices(), v.percent(), score);
    }

    private PlanView.MilestoneView milestone(WorkPlanRepository.MilestoneRow s, LocalDate doneOn, LocalDate today) {
        int overdue = doneOn == null && s.dueOn().isBefore(today) ? workingDays.workingDaysBetween(s.dueOn(), today) : 0;
        return new PlanView.MilestoneView(s.ordinal(), s.title(), s.dueOn(), doneOn, overdue);
    }

    private PlanView.TargetView target(WorkPlanRepository.TargetRow t, Map<String, PlanFigures.Figure> live,
            WorkRepository.Report latest) {
        BigDecimal value = null;
        String method = null;
        String link = null;
        if (t.measured()) {
            PlanFigures.Figure f = live.get(t.figureKey());
            if (f != null) {
                value = BigDecimal.valueOf(f.value());
                method = f.method();
                link = f.link();
            }
        } else if (latest != null) {
            Object reported = json.readValue(latest.targetValues(), Map.class).get(String.valueOf(t.ordinal()));
            value = reported == null || reported.toString().isBlank() ? null : new BigDecimal(reported.toString());
        }
        Boolean met = value == null || t.targetValue() == null ? null
                : t.direction().equals("AT_MOST") ? value.compareTo(t.targetValue()) <= 0 : value.compareTo(t.targetValue()) >= 0;
        return new PlanView.TargetView(t.ordinal(), t.label(), t.unit(), t.direction(), t.targetValue(), t.baseline(),
                t.figureKey(), value, method, link, met);
    }

    /**
     * Periods (of the plan's length, counted from the month the unit took the measure on) whose report was due —
     * on the N-th working day after the period ends — and is not in, until the measure is reported done.
     */
    int missingReports(WorkPlanRepository.PlanInfo plan, WorkRepository.Claim claim, List<WorkRepository.Report> reports,
            LocalDate today) {
        if (claim.claimedAt() == null || reports.stream().anyMatch(r -> r.status().equals("DONE"))) {
            return 0;
        }
        return (int) ReportPeriods.ended(plan, claim.claimedAt(), today, workingDays).stream()
                .filter(p -> p.due().isBefore(today))
                .filter(p -> reports.stream().noneMatch(r -> r.unitId().equals(claim.unitId()) && r.period().equals(p.name())))
                .count();
    }

    public String unitName(String unit) {
        return PlanLoading.isDepartment(unit) ? organization.departmentName(unit) : unit;
    }

    /** Measures a unit leads, works on or was sent a 督办单 for, first the late ones. */
    public List<PlanView.MeasureView> ofUnit(PlanView view, String unitId) {
        return view.measures().stream().filter(m -> m.measure().leadUnit().equals(unitId)
                || m.measure().coUnits().contains(unitId) || m.claimedBy(unitId)
                || m.notices().stream().anyMatch(n -> n.unitId().equals(unitId)))
                .sorted(Comparator.comparing((PlanView.MeasureView m) -> m.status().ordinal()).reversed()).toList();
    }
}
