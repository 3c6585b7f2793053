package io.onewindow.exchange.internal;

import io.onewindow.exchange.RetirementApproaching;
import io.onewindow.platform.ChinaTime;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 数据推送: the 人社 register tells the platform, once per person, that a 法定退休日期 is within
 * {@value #MONTHS_AHEAD} months (the register's own date: the 2025 渐进式延迟法定退休年龄 rules are the department's to
 * apply). The event goes through the publication registry, so a push is not lost by a crash.
 */
@Component
public class RetirementPush {

    static final int MONTHS_AHEAD = 3;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    RetirementPush(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Scheduled(initialDelayString = "${onewindow.exchange.push-initial-delay:150s}", fixedDelayString = "PT6H")
    void daily() {
        push(ChinaTime.today());
    }

    /** Returns how many people were pushed. */
    @Transactional
    public int push(LocalDate today) {
        var due = jdbc.sql("""
                select r.subject_id, r.retire_on from exchange_src_rs_insurance r
                where r.retire_on ~ '^\\d{4}-\\d{2}-\\d{2}$' and cast(r.retire_on as date) between ? and ?
                and not exists (select 1 from exchange_push p where p.dataset_code = 'RS-SBCB' and p.subject_id = r.subject_id
                                and p.kind = 'RETIREMENT_DUE')
                order by r.subject_id limit 1000""").params(today, today.plusMonths(MONTHS_AHEAD))
                .query((rs, n) -> new RetirementApproaching(rs.getObject(1, UUID.class), LocalDate.parse(rs.getString(2)))).list();
        int pushed = 0;
        for (RetirementApproaching r : due) {
            // once per person, whichever node gets there first
            if (jdbc.sql("""
                    insert into exchange_push (dataset_code, subject_id, kind, pushed_on) values ('RS-SBCB', ?, 'RETIREMENT_DUE', ?)
                    on conflict do nothing""").params(r.citizenId(), today).update() == 1) {
                events.publishEvent(r);
                pushed++;
            }
        }
        return pushed;
    }
}
