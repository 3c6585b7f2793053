-- 好差评 (module: evaluation): ratings of finished cases (一事一评) and window visits (一次一评), the rectification
-- ticket every 差评 opens, appeals, and the 办不成事 reports.
create table evaluation_visit (
    token        char(32) primary key,            -- the rating link the clerk's counter shows
    clerk_account uuid not null,
    department_id varchar(40),                    -- the clerk's department: the unit a 差评 goes to
    hall_id      varchar(40) not null,
    created_at   timestamptz not null default now(),
    expires_at   timestamptz not null,
    used_at      timestamptz
);

create table evaluation_rating (
    id            uuid primary key,
    case_id       uuid unique,
    visit_token   char(32) unique references evaluation_visit (token),
    channel       varchar(10) not null check (channel in ('ONLINE', 'WINDOW')),
    department_id varchar(40),
    hall_id       varchar(40),
    clerk_account uuid,
    item_code     varchar(40),
    item_name     varchar(200),
    rater_account uuid,                              -- null: anonymous
    level         int not null check (level between 1 and 5),
    tags          varchar(300),
    comment       varchar(500),
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now(),
    excluded      boolean not null default false,    -- an upheld appeal: kept in the record, out of the statistics
    revisit_level int check (revisit_level between 1 and 5)
);

create table evaluation_ticket (
    id            uuid primary key,
    rating_id     uuid not null unique references evaluation_rating (id),
    department_id varchar(40) not null,
    status        varchar(12) not null check (status in ('VERIFYING', 'RECTIFYING', 'FEEDBACK', 'REVISIT', 'CLOSED')),
    findings      text,
    measures      text,
    reply         text,
    due_on        date not null,                     -- 15 working days by the calendar (a setting)
    escalated_at  timestamptz,                       -- set once when overdue: the department head is told
    escalated_to  varchar(400),
    created_at    timestamptz not null default now(),
    verified_at   timestamptz,
    rectified_at  timestamptz,
    replied_at    timestamptz,                       -- 反馈: on time when this day is on or before due_on
    closed_at     timestamptz
);

create table evaluation_appeal (
    id          uuid primary key,
    rating_id   uuid not null references evaluation_rating (id),
    reason      varchar(20) not null check (reason in ('MISTAKEN', 'MALICIOUS')),
    evidence    text not null,
    status      varchar(10) not null check (status in ('PENDING', 'UPHELD', 'REJECTED')),
    decided_by  varchar(100),
    decided_at  timestamptz,
    created_at  timestamptz not null default now()
);

create index evaluation_ticket_open on evaluation_ticket (department_id, status) where status <> 'CLOSED';
