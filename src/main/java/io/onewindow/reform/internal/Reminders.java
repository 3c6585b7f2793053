package io.onewindow.reform.internal;

import io.onewindow.calendar.WorkingDays;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 到期提醒: a milestone due within the next {@value #WORKING_DAYS_BEFORE} working days and not reported done is
 * announced once to the lead unit's administrators (and to each department that claimed the measure).
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
                    // once per milestone and unit, whichever node gets there first
                    if (PlanLoading.isDepartment(unit) && jdbc.sql("""
                            insert into reform_reminder (plan_code, measure_key, ordinal, unit_id, sent_on) values (?, ?, ?, ?, ?)
                            on conflict do nothing""").params(plan.code(), s.measureKey(), s.ordinal(), unit, today).update() == 1) {
                        messages.toUnit(unit, "督办事项即将到期", "工作要点举措 " + s.measureKey() + " 的里程碑“" + s.title() + "”应于 "
                                + s.dueOn() + " 完成，请按时推进并在“督办任务”中报送。", plan.code() + "/" + s.measureKey());
                        sent++;
                    }
                }
            }
        }
        return sent;
    }
}
