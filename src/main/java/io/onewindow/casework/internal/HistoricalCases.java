package io.onewindow.casework.internal;

import io.onewindow.catalog.Catalog;
import io.onewindow.catalog.CatalogQuery;
import io.onewindow.catalog.ItemVersion;
import io.onewindow.identity.Citizen;
import io.onewindow.identity.People;
import io.onewindow.organization.Organization;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.LongConsumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Several years of a city's 办件 for scale tests ({@code --onewindow.generate.cases=2000000}): every published item,
 * weighted so a few high-frequency items carry most of the volume, as in a real hall; applicants drawn from the
 * registered citizens and enterprises; online, window and mobile channels; most cases decided (准予 / 不予许可 /
 * 不予受理), the last weeks' still in 补正 or 审批中 — in progress they have no Flowable task, being history
 * (marked 历史数据 in their timeline), so 审批工作台 is unaffected while every list and figure sees them. Three
 * timeline events per decided case. Written by set-based SQL in batches (random, not repeatable: a volume, not a fixture).
 */
@Component
class HistoricalCases {

    private static final int BATCH = 100_000;

    private final JdbcClient jdbc;
    private final Catalog catalog;
    private final People people;
    private final Organization organization;

    HistoricalCases(JdbcClient jdbc, Catalog catalog, People people, Organization organization) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.people = people;
        this.organization = organization;
    }

    /** Adds {@code count} cases submitted over the {@code years} years up to {@code until}; returns how many. */
    long generate(long count, int years, LocalDate until, LongConsumer progress) {
        List<ItemVersion> items = publishedItems();
        if (items.isEmpty()) {
            throw new IllegalStateException("no published catalogue items to generate cases for");
        }
        Applicants applicants = applicants();
        if (applicants.ids.isEmpty()) {
            throw new IllegalStateException("no registered citizens or enterprises to be applicants");
        }
        List<String> halls = organization.halls().stream().map(h -> h.id().value()).toList();
        long first = jdbc.sql("select count(*) from casework_case").query(Long.class).single();
        for (long done = 0; done < count; done += BATCH) {
            long n = Math.min(BATCH, count - done);
            insertBatch(first + done, n, years, until, items, applicants, halls);
            progress.accept(done + n);
        }
        return count;
    }

    private void insertBatch(long offset, long n, int years, LocalDate until, List<ItemVersion> items,
            Applicants a, List<String> halls) {
        // item i is picked with weight ~ 1/(i+1) (Zipf): a few items make most of the volume
        jdbc.sql("""
                with items as (
                    select * from unnest(string_to_array(:codes, chr(31), ''), string_to_array(:versions, chr(31), '')::int[], string_to_array(:departments, chr(31), ''), string_to_array(:regions, chr(31), ''), string_to_array(:statutory, chr(31), '')::int[], string_to_array(:promised, chr(31), '')::int[])
                        with ordinality as t(code, version, department, region, statutory, promised, k)),
                  applicants as (
                    select * from unnest(string_to_array(:kinds, chr(31), ''), string_to_array(:ids, chr(31), '')::uuid[], string_to_array(:names, chr(31), ''), string_to_array(:tails, chr(31), ''), string_to_array(:accounts, chr(31), '')::uuid[]) with ordinality as t(kind, id, name, tail, account, k)),
                  g as (
                    select g as n,
                        least(:itemCount, 1 + floor(exp(random() * ln(:itemCount + 1)) - 1)::int) as item_k,
                        1 + floor(random() * :applicantCount)::int as applicant_k,
                        (cast(:until as date) - floor(power(random(), 0.8) * :days)::int) as submitted_on,
                        random() as r_status, random() as r_channel, 1 + floor(random() * :hallCount)::int as hall_k,
                        random() as r_time
                    from generate_series(1, :n) g),
                  rows as (
                    select g.*, i.*, a.kind, a.id as applicant_id, a.name as applicant_name, a.tail, a.account,
                        case when g.r_channel < 0.55 then 'ONLINE' when g.r_channel < 0.9 then 'WINDOW' else 'MOBILE' end as channel,
                        case when g.submitted_on > cast(:until as date) - 20 and g.r_status < 0.35 then 'ACCEPTED'
                             when g.submitted_on > cast(:until as date) - 20 and g.r_status < 0.40 then 'CORRECTION_REQUIRED'
                             when g.r_status < 0.04 then 'REJECTED'
                             when g.r_status < 0.07 then 'DENIED'
                             else 'APPROVED' end as status
                    from g join items i on i.k = g.item_k join applicants a on a.k = g.applicant_k)
                insert into casework_case (id, number, item_code, item_version, department_id, region_id, channel,
                    applicant_kind, applicant_id, applicant_name, applicant_tail, applicant_account, submitted_by,
                    intake_hall_id, status, created_at, submitted_at, accepted_on, decided_on, decided_by,
                    statutory_days, promised_days, delivery_method, delivery_status, delivered_at)
                select gen_random_uuid(), 'H' || to_char(submitted_on, 'YYYYMMDD') || lpad((:offset + n)::text, 9, '0'),
                    code, version, department, region, channel, kind, applicant_id, applicant_name, tail, account,
                    coalesce(account, applicant_id), case when channel = 'WINDOW' then (string_to_array(:halls, chr(31), ''))[hall_k] end, status,
                    submitted_on + (r_time * interval '9 hours') + interval '8 hours',
                    submitted_on + (r_time * interval '9 hours') + interval '8 hours',
                    case when status in ('ACCEPTED', 'APPROVED', 'DENIED') then submitted_on + (r_time * 2)::int end,
                    case when status in ('APPROVED', 'DENIED', 'REJECTED')
                         then submitted_on + least(promised, 1 + (r_time * greatest(promised, 1))::int) end,
                    case when status in ('APPROVED', 'DENIED', 'REJECTED') then '历史数据' end,
                    statutory, promised,
                    case when status = 'APPROVED' then 'ELECTRONIC' end, case when status = 'APPROVED' then 'DELIVERED' end,
                    case when status = 'APPROVED' then submitted_on + least(promised, 1 + (r_time * greatest(promised, 1))::int) + time '17:00' end
                from rows""")
                .param("codes", joined(items.stream().map(ItemVersion::code)))
                .param("versions", joined(items.stream().map(ItemVersion::version)))
                .param("departments", joined(items.stream().map(v -> v.guide().departmentId())))
                .param("regions", joined(items.stream().map(v -> v.guide().regionId())))
                .param("statutory", joined(items.stream().map(v -> v.guide().statutoryDays())))
                .param("promised", joined(items.stream().map(v -> v.guide().promisedDays())))
                .param("kinds", joined(a.kinds.stream())).param("ids", joined(a.ids.stream()))
                .param("names", joined(a.names.stream())).param("tails", joined(a.tails.stream()))
                .param("accounts", joined(a.accounts.stream()))
                .param("itemCount", items.size()).param("applicantCount", a.ids.size())
                .param("halls", joined(halls.stream())).param("hallCount", Math.max(1, halls.size()))
                .param("until", java.sql.Date.valueOf(until)).param("days", years * 365).param("n", n).param("offset", offset)
                .update();
        // the timeline: submitted, accepted (or not), decided — for this batch's cases
        jdbc.sql("""
                insert into casework_event (case_id, at, actor, type, note)
                select c.id, e.at, e.actor, e.type, e.note from casework_case c
                cross join lateral (values
                    (c.submitted_at, '申请人', 'SUBMITTED', '历史数据'),
                    (case when c.accepted_on is not null then c.accepted_on + time '10:00' end, '窗口', 'ACCEPTED', null),
                    (case when c.decided_on is not null then c.decided_on + time '16:00' end, '历史数据', c.status, null)
                ) as e(at, actor, type, note)
                where c.number like 'H%' and substr(c.number, 10)::bigint > :from and substr(c.number, 10)::bigint <= :to
                  and e.at is not null""")
                .param("from", offset).param("to", offset + n).update();
    }

    /** A list as one text parameter (unit separator between values; an empty value is NULL), split in SQL. */
    static String joined(java.util.stream.Stream<?> values) {
        return values.map(v -> v == null ? "" : v.toString()).collect(java.util.stream.Collectors.joining("\u001f"));
    }

    private List<ItemVersion> publishedItems() {
        List<ItemVersion> items = new ArrayList<>();
        for (int page = 0; ; page++) {
            var result = catalog.search(new CatalogQuery(null, null, null, null, null, null, page, 100));
            result.items().forEach(s -> catalog.published(s.code()).ifPresent(items::add));
            if (result.items().size() < 100) {
                return items;
            }
        }
    }

    /** Parallel lists: kind, id, name, ID tail, own account (or null) of up to 20,000 applicants. */
    private record Applicants(List<String> kinds, List<UUID> ids, List<String> names, List<String> tails,
            List<UUID> accounts) {
    }

    private Applicants applicants() {
        Applicants a = new Applicants(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>());
        for (Citizen c : people.someCitizens(10_000)) {
            add(a, "CITIZEN", c.id(), c.name(), c.maskedIdNumber());
        }
        people.eachEnterprise(e -> {
            if (a.ids().size() < 20_000) {
                add(a, "ENTERPRISE", e.id(), e.name(), e.creditCode());
            }
        });
        return a;
    }

    private void add(Applicants a, String kind, UUID id, String name, String identifier) {
        a.kinds().add(kind);
        a.ids().add(id);
        a.names().add(name);
        a.tails().add(identifier.substring(identifier.length() - 4));
        a.accounts().add(people.accountOf(id).orElse(null));
    }

}
