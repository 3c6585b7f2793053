package io.onewindow.evaluation.internal;

import io.onewindow.organization.Organization;
import io.onewindow.organization.ServiceHall;
import io.onewindow.platform.ChinaTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code --onewindow.generate.ratings=600000 [--onewindow.generate.years=3]}: several years of 好差评 window ratings
 * (一次一评) for scale tests, across every hall and its departments, mostly 非常满意 as real figures are; the few
 * 差评 are marked handled (历史数据). Set-based SQL in batches.
 */
@Component
@Order(62)
class HistoricalRatings implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(HistoricalRatings.class);
    private static final int BATCH = 100_000;

    private final JdbcClient jdbc;
    private final Organization organization;
    private final long ratings;
    private final int years;

    HistoricalRatings(JdbcClient jdbc, Organization organization,
            @Value("${onewindow.generate.ratings:0}") long ratings, @Value("${onewindow.generate.years:3}") int years) {
        this.jdbc = jdbc;
        this.organization = organization;
        this.ratings = ratings;
        this.years = years;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (ratings <= 0) {
            return;
        }
        long t0 = System.nanoTime();
        List<ServiceHall> halls = organization.halls();
        List<String> departments = halls.stream().map(h -> organization.departments(h.regionId()).stream()
                .findFirst().map(d -> d.id().value()).orElse(null)).toList();
        for (long done = 0; done < ratings; done += BATCH) {
            long n = Math.min(BATCH, ratings - done);
            jdbc.sql("""
                    with g as (select 1 + floor(random() * :hallCount)::int as hall_k, random() as r,
                            (cast(:until as date) - floor(power(random(), 0.8) * :days)::int) + (random() * interval '9 hours')
                                + interval '8 hours' as at
                        from generate_series(1, :n))
                    insert into evaluation_rating (id, channel, department_id, hall_id, level, tags, created_at,
                        updated_at, handled_by, handled_step)
                    select gen_random_uuid(), 'WINDOW', (string_to_array(:departments, chr(31), ''))[hall_k], (string_to_array(:halls, chr(31), ''))[hall_k],
                        case when r < 0.86 then 5 when r < 0.96 then 4 when r < 0.985 then 3 when r < 0.993 then 2 else 1 end,
                        case when r >= 0.985 then '等候时间长' end, at, at,
                        case when r >= 0.985 then '历史数据' end, case when r >= 0.985 then '已整改（历史数据）' end
                    from g""")
                    .param("hallCount", halls.size()).param("until", java.sql.Date.valueOf(ChinaTime.today().minusDays(1)))
                    .param("days", years * 365).param("n", n)
                    .param("departments", String.join("\u001f", departments.stream().map(d -> d == null ? "" : d).toList()))
                    .param("halls", String.join("\u001f", halls.stream().map(h -> h.id().value()).toList())).update();
            log.info("Historical ratings: {}/{} ({}%), {} s", done + n, ratings, (done + n) * 100 / ratings,
                    (System.nanoTime() - t0) / 1_000_000_000);
        }
    }
}
