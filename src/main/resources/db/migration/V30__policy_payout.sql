-- 免申即享: the department confirms the eligible list of a published policy once (with exclusions and reasons);
-- the payouts are recorded as 已兑现 and shown to each enterprise, which never applied.
create table policy_batch (
    id           uuid primary key,
    policy_id    uuid not null unique references policy_policy (id),   -- one batch per policy version
    confirmed_by varchar(100) not null,
    confirmed_at timestamptz not null default now(),
    enterprises  int not null,
    total_yuan   numeric(16, 2) not null
);

create table policy_batch_exclusion (
    batch_id    uuid not null references policy_batch (id),
    credit_code varchar(18) not null,
    reason      varchar(200) not null,
    primary key (batch_id, credit_code)
);

create table policy_payout (
    batch_id        uuid not null references policy_batch (id),
    enterprise_id   uuid not null,
    credit_code     varchar(18) not null,
    enterprise_name varchar(200) not null,
    amount_yuan     numeric(14, 2) not null,
    status          varchar(10) not null default 'PAID' check (status in ('PAID')),
    paid_at         timestamptz not null default now(),
    primary key (batch_id, enterprise_id)
);

create index policy_payout_enterprise on policy_payout (enterprise_id);
