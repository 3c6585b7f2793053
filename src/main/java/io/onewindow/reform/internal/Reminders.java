package io.onewindow.reform.internal;

import io.onewindow.calendar.WorkingDays;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 到期提醒: a milestone due within the next {@value #WORKING_DAYS_BEFORE} working days and not reported done is
 * announced once to the lead unit's administrators (and to each department that claimed the measure); so is a
 * period's progress report falling due, to each unit that owes it. Sent once each (milestone: its ordinal; report:
 * minus its period, −202611, in {@code reform_reminder}).
 */
@Service
public class Reminders {

    static final int WORKING_DAYS_BEFORE = 3;

    private final WorkPlanRepository plans;
    private final WorkRepository work;
    private final WorkingDays workingDays;
    private final ReformMessages messages;
    private final JdbcClient jdbc;

    Reminders(WorkPlanRepository plans, WorkRepository work, WorkingDays workingDays, ReformMessages messages, JdbcClient jdbc) {
        this.plans = plans;
        this.work = work;
        this.workingDays = workingDays;
        this.messages = messages;
        this.jdbc = jdbc;
    }

    /** Returns how many reminders went out. */
    @Transactional
    public int remind(LocalDate today) {
        LocalDate horizon = workingDays.addWorkingDays(today, WORKING_DAYS_BEFORE);
        int sent = 0;
        for (var plan : plans.published()) {
            var done = work.milestonesDone(plan.code());
            var claims = work.claims(plan.code());
            var measures = plans.measures(plan.id());
            for (var s : plans.milestones(plan.id())) {
                if (s.dueOn().isBefore(today) || s.dueOn().isAfter(horizon) || done.containsKey(s.measureKey() + "#" + s.ordinal())) {
                    continue;
                }
                var lead = measures.stream().filter(m -> m.key().equals(s.measureKey())).findFirst().orElseThrow().leadUnit();
                java.util.Set<String> units = new java.util.LinkedHashSet<>();
                units.add(lead);
                claims.stream().filter(c -> c.measureKey().equals(s.measureKey())).forEach(c -> units.add(c.unitId()));
                for (String unit : units) {
                    if (once(plan.code(), s.measureKey(), s.ordinal(), unit, today)) {
                        messages.toUnit(unit, "督办事项即将到期", "工作要点举措 " + s.measureKey() + " 的里程碑“" + s.title() + "”应于 "
                                + s.dueOn() + " 完成，请按时推进并在“督办任务”中报送。", plan.code() + "/" + s.measureKey());
                        sent++;
                    }
                }
            }
            sent += remindReports(plan, today, horizon);
        }
        return sent;
    }

    /** The report of the period that last ended, due within the horizon and not in yet. */
    private int remindReports(WorkPlanRepository.PlanInfo plan, LocalDate today, LocalDate horizon) {
        var reports = work.reports(plan.code());
        java.util.Set<String> done = new java.util.HashSet<>();
        reports.stream().filter(r -> r.status().equals("DONE")).forEach(r -> done.add(r.measureKey()));
        int sent = 0;
        for (var claim : work.claims(plan.code())) {
            if (claim.claimedAt() == null || done.contains(claim.measureKey()) || !PlanLoading.isDepartment(claim.unitId())) {
                continue;
            }
            var ended = ReportPeriods.ended(plan, claim.claimedAt(), today, workingDays);
            if (ended.isEmpty()) {
                continue;
            }
            var last = ended.get(ended.size() - 1);
            boolean reported = reports.stream().anyMatch(r -> r.measureKey().equals(claim.measureKey())
                    && r.unitId().equals(claim.unitId()) && r.period().equals(last.name()));
            if (!reported && !last.due().isBefore(today) && !last.due().isAfter(horizon) && once(plan.code(),
                    claim.measureKey(), -(last.start().getYear() * 100 + last.start().getMonthValue()), claim.unitId(), today)) {
                messages.toUnit(claim.unitId(), "进展报送即将到期", "工作要点举措 " + claim.measureKey() + " 的 " + last.name()
                        + " 进展应于 " + last.due() + " 前报送。", plan.code() + "/" + claim.measureKey());
                sent++;
            }
        }
        return sent;
    }

    /** Once per milestone (or report period) and unit, whichever node gets there first. */
    private boolean once(String planCode, String measureKey, int ordinal, String unit, LocalDate today) {
        return PlanLoading.isDepartment(unit) && jdbc.sql("""
                insert into reform_reminder (plan_code, measure_key, ordinal, unit_id, sent_on) values (?, ?, ?, ?, ?)
                on conflict do nothing""").params(planCode, measureKey, ordinal, unit, today).update() == 1;
    }
}
