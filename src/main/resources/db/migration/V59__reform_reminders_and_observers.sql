-- 督办 reminders: a unit is told once, a few working days before, that a milestone of a measure it leads is due.
create table reform_reminder (
    plan_code   varchar(40) not null,
    measure_key varchar(20) not null,
    ordinal     int not null,
    unit_id     varchar(40) not null,
    sent_on     date not null,
    primary key (plan_code, measure_key, ordinal, unit_id)
);

-- 营商环境特邀监督员 (task 8): accounts the city office appointed; they may comment on measures, and a comment is
-- public only once the office has published it.
create table reform_observer (
    account_id  uuid primary key,              -- identity's applicant account
    name        varchar(50) not null,
    title       varchar(50) not null,          -- 企业家代表, 律师, 新闻媒体 …
    active      boolean not null default true,
    appointed_by varchar(50) not null,
    appointed_at timestamptz not null default now()
);

create table reform_comment (
    id           uuid primary key,
    plan_code    varchar(40) not null,
    measure_key  varchar(20) not null,
    observer_id  uuid not null references reform_observer (account_id),
    body         varchar(500) not null,
    status       varchar(10) not null check (status in ('PENDING', 'PUBLISHED', 'REJECTED')),
    created_at   timestamptz not null default now(),
    moderated_by varchar(50),
    moderated_at timestamptz,
    moderation_note varchar(200)
);
create index reform_comment_plan on reform_comment (plan_code, status, created_at desc);
