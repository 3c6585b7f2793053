package io.onewindow.hotline.internal;

import io.onewindow.organization.Organization;
import io.onewindow.organization.Region;
import io.onewindow.platform.ChinaTime;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * {@code --onewindow.generate.hotline-orders=500000 [--onewindow.generate.years=3]}: several years of 12345 work
 * orders for scale tests, over every category, region and the city's departments; nearly all closed with a
 * callback result, the last two weeks' still open at every stage. No caller data (history: 历史数据). Set-based SQL
 * in batches, with a created and a closed event per closed order.
 */
@Component
@Order(61)
class HistoricalOrders implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(HistoricalOrders.class);
    private static final int BATCH = 100_000;

    private final JdbcClient jdbc;
    private final Organization organization;
    private final long orders;
    private final int years;

    HistoricalOrders(JdbcClient jdbc, Organization organization,
            @Value("${onewindow.generate.hotline-orders:0}") long orders, @Value("${onewindow.generate.years:3}") int years) {
        this.jdbc = jdbc;
        this.organization = organization;
        this.orders = orders;
        this.years = years;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (orders <= 0) {
            return;
        }
        long t0 = System.nanoTime();
        List<String> regions = organization.regions().stream().map(Region::id).toList();
        List<String> units = new ArrayList<>();
        regions.stream().limit(1).forEach(r -> organization.departments(r).stream()
                .map(d -> d.id().value()).forEach(units::add));
        LocalDate until = ChinaTime.today().minusDays(1);
        long first = jdbc.sql("select count(*) from hotline_order").query(Long.class).single();
        for (long done = 0; done < orders; done += BATCH) {
            long n = Math.min(BATCH, orders - done);
            insertBatch(first + done, n, until, regions, units);
            log.info("Historical 12345 orders: {}/{} ({}%), {} s", done + n, orders, (done + n) * 100 / orders,
                    (System.nanoTime() - t0) / 1_000_000_000);
        }
    }

    private void insertBatch(long offset, long n, LocalDate until, List<String> regions, List<String> units) {
        jdbc.sql("""
                with cats as (select code, name, row_number() over (order by code) as k from hotline_category where active),
                  g as (select g as n, (cast(:until as date) - floor(power(random(), 0.8) * :days)::int) as day,
                        1 + floor(random() * (select count(*) from cats))::int as cat_k, random() as r,
                        1 + floor(random() * :regionCount)::int as region_k, 1 + floor(random() * :unitCount)::int as unit_k,
                        random() as r_time
                    from generate_series(1, :n) g),
                  rows as (select g.*, c.code, c.name,
                        case when g.day > cast(:until as date) - 14 and g.r < 0.2 then 'DISPATCHED'
                             when g.day > cast(:until as date) - 14 and g.r < 0.35 then 'SIGNED'
                             when g.day > cast(:until as date) - 14 and g.r < 0.45 then 'REPLIED' else 'CLOSED' end as status,
                        g.day + (g.r_time * interval '12 hours') + interval '8 hours' as created
                    from g join cats c on c.k = g.cat_k)
                insert into hotline_order (id, number, channel, type, category_code, caller_name_mask, content, region_id,
                    status, first_contact, answer, lead_unit, sign_due, handle_due, reply, callback_result, created_at,
                    dispatched_at, signed_at, replied_at, closed_at)
                select gen_random_uuid(), 'RH' || to_char(day, 'YYYYMMDD') || lpad((:offset + n)::text, 8, '0'),
                    case when r < 0.7 then 'PHONE' when r < 0.95 then 'WEB' else 'API' end,
                    case when r_time < 0.45 then 'CONSULT' when r_time < 0.7 then 'HELP' when r_time < 0.85 then 'COMPLAINT'
                         when r_time < 0.93 then 'REPORT' when r_time < 0.98 then 'SUGGESTION' else 'PRAISE' end,
                    code, '历史数据', '（历史数据）关于' || name || '的诉求 #' || (:offset + n), (string_to_array(:regions, chr(31), ''))[region_k], status,
                    r < 0.3, case when r < 0.3 then '已当场答复（历史数据）' end,
                    case when r >= 0.3 then (string_to_array(:units, chr(31), ''))[unit_k] end, day + 1, day + 5,
                    case when status in ('REPLIED', 'CLOSED') and r >= 0.3 then '已办理并答复（历史数据）' end,
                    case when status = 'CLOSED' then case when r_time < 0.9 then 'SATISFIED' when r_time < 0.97 then 'FAIR' else 'UNSATISFIED' end end,
                    created, case when r >= 0.3 then created + interval '20 minutes' end,
                    case when status <> 'DISPATCHED' and r >= 0.3 then created + interval '3 hours' end,
                    case when status in ('REPLIED', 'CLOSED') then created + interval '3 days' end,
                    case when status = 'CLOSED' then created + interval '4 days' end
                from rows""")
                .param("until", java.sql.Date.valueOf(until)).param("days", years * 365).param("n", n)
                .param("offset", offset).param("regions", String.join("\u001f", regions)).param("regionCount", regions.size())
                .param("units", String.join("\u001f", units)).param("unitCount", Math.max(1, units.size())).update();
        jdbc.sql("""
                insert into hotline_order_event (order_id, at, actor, action, note)
                select o.id, e.at, '历史数据', e.action, null from hotline_order o
                cross join lateral (values (o.created_at, 'CREATED'), (o.closed_at, 'CLOSED')) as e(at, action)
                where o.number like 'RH%' and substr(o.number, 11)::bigint > :from and substr(o.number, 11)::bigint <= :to
                  and e.at is not null""").param("from", offset).param("to", offset + n).update();
    }
}
