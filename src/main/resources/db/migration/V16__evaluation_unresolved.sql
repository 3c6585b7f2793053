-- 办不成事 反映窗口: a matter someone could not get done, recorded online or at the hall's window, assigned to a
-- department by the 政务服务 administration, resolved within working days, and listed for the 联席会议.
create sequence evaluation_unresolved_seq;

create table evaluation_unresolved (
    id              uuid primary key,
    number          varchar(20) not null unique,       -- BBC + date + sequence, quoted to the reporter
    channel         varchar(10) not null check (channel in ('ONLINE', 'HALL')),
    hall_id         varchar(40),
    reporter_account uuid,
    reporter_name   varchar(50) not null,
    phone           bytea not null,                    -- encrypted; staff see phone_mask only
    phone_mask      varchar(20) not null,
    matter          varchar(1000) not null,
    status          varchar(10) not null check (status in ('REPORTED', 'ASSIGNED', 'RESOLVED')),
    department_id   varchar(40),
    due_on          date,
    resolution      varchar(2000),
    recorded_by     uuid,                              -- the clerk, for a report taken at the window
    created_at      timestamptz not null default now(),
    assigned_at     timestamptz,
    resolved_at     timestamptz
);

create index evaluation_unresolved_status on evaluation_unresolved (status, due_on);
