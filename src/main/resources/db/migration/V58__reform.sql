-- 督办: the work plan as data (docs/reform.md). A plan is loaded from its file; a revised file publishes the next
-- version and keeps the ones before. What units do — claims, reports, milestones done, 督办单, comments — is keyed by
-- the plan's code and the measure's key, so it carries over to a revised version of the same plan.
create table reform_plan (
    id                      uuid primary key,
    code                    varchar(40) not null,
    version                 int not null,
    year                    int not null,
    title                   varchar(200) not null,
    document                varchar(100),
    issued_on               date,
    office_unit             varchar(40) not null,      -- the city office that confirms claims and issues 督办单
    report_every_months     int not null check (report_every_months between 1 and 12),
    report_due_working_days int not null check (report_due_working_days between 1 and 20),
    answer_working_days     int not null check (answer_working_days between 1 and 30),
    source                  text not null,             -- the file as loaded
    source_hash             char(64) not null,         -- SM3 of the file
    status                  varchar(10) not null check (status in ('PUBLISHED', 'RETIRED')),
    public_view             boolean not null default false,  -- the city chose to publish its progress
    loaded_by               varchar(50) not null,
    loaded_at               timestamptz not null default now(),
    unique (code, version)
);
create unique index reform_plan_one_published on reform_plan (code) where status = 'PUBLISHED';

create table reform_measure (
    plan_id        uuid not null references reform_plan (id),
    key            varchar(20) not null,
    ordinal        int not null,
    chapter_number varchar(10) not null,
    chapter_title  varchar(200) not null,
    task_number    int not null,
    task_title     varchar(200) not null,
    title          varchar(500) not null,
    lead_unit      varchar(100) not null,          -- a department id, or the name of a unit without an account
    co_units       text not null default '',       -- the same, separated by ,
    deadline       date not null,
    primary key (plan_id, key)
);

create table reform_milestone (
    plan_id     uuid not null references reform_plan (id),
    measure_key varchar(20) not null,
    ordinal     int not null,
    title       varchar(300) not null,
    due_on      date not null,
    primary key (plan_id, measure_key, ordinal)
);

create table reform_target (
    plan_id      uuid not null references reform_plan (id),
    measure_key  varchar(20) not null,
    ordinal      int not null,
    label        varchar(200) not null,
    unit         varchar(20) not null,
    direction    varchar(10) not null check (direction in ('AT_LEAST', 'AT_MOST')),
    target_value numeric(18, 2),                   -- null: watched, no number set
    baseline     numeric(18, 2),
    figure_key   varchar(60),                      -- measured live by the platform; null: reported by the unit
    primary key (plan_id, measure_key, ordinal)
);

-- 认领: a unit on a measure (the lead or a co-responsible unit), its responsible person and its own steps.
create table reform_claim (
    plan_code    varchar(40) not null,
    measure_key  varchar(20) not null,
    unit_id      varchar(40) not null,
    responsible  varchar(50),
    contact      varchar(50),
    steps        text,
    status       varchar(10) not null check (status in ('ASSIGNED', 'CLAIMED', 'CONFIRMED')),
    claimed_by   varchar(50),
    claimed_at   timestamptz,
    assigned_by  varchar(50),
    confirmed_by varchar(50),
    confirmed_at timestamptz,
    primary key (plan_code, measure_key, unit_id)
);

-- 进展报送: one per unit, measure and period at most (a later report of the same period replaces it, kept in audit).
create table reform_report (
    id            uuid primary key,
    plan_code     varchar(40) not null,
    measure_key   varchar(20) not null,
    unit_id       varchar(40) not null,
    period        varchar(7) not null,             -- 2023-07: the month (or first month of the period) reported on
    status        varchar(10) not null check (status in ('ON_TRACK', 'AT_RISK', 'DONE')),
    percent       int not null check (percent between 0 and 100),
    narrative     varchar(2000) not null,
    target_values text not null default '{}',      -- JSON: target ordinal → reported figure
    reported_by   varchar(50) not null,
    reported_at   timestamptz not null default now(),
    file_name     varchar(200),
    file_type     varchar(60),
    file_content  bytea,
    unique (plan_code, measure_key, unit_id, period)
);
create index reform_report_measure on reform_report (plan_code, measure_key, reported_at desc);

create table reform_milestone_done (
    plan_code   varchar(40) not null,
    measure_key varchar(20) not null,
    ordinal     int not null,
    done_on     date not null,
    report_id   uuid not null references reform_report (id),
    primary key (plan_code, measure_key, ordinal)
);

-- 督办单: issued by the city office to a unit, answered within N working days, escalated when not.
create sequence reform_notice_serial;
create table reform_notice (
    id                uuid primary key,
    number            varchar(20) not null unique,
    plan_code         varchar(40) not null,
    measure_key       varchar(20) not null,
    unit_id           varchar(40) not null,
    milestone_ordinal int,
    reason            varchar(1000) not null,
    issued_by         varchar(50) not null,
    issued_at         timestamptz not null default now(),
    answer_due        date not null,
    answer            varchar(2000),
    answered_by       varchar(50),
    answered_at       timestamptz,
    status            varchar(10) not null check (status in ('ISSUED', 'ANSWERED')),
    escalated_at      timestamptz
);
create index reform_notice_unit on reform_notice (unit_id, status);

-- The live figures as they stood each day, for the trend of each measured target.
create table reform_figure_snapshot (
    figure_key varchar(60) not null,
    taken_on   date not null,
    value      numeric(18, 2) not null,
    primary key (figure_key, taken_on)
);
