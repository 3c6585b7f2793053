-- 外资企业 stream: the enterprises the centre follows (full coverage each month), the key ones (12 visited a
-- quarter by the plan), and the visit log.
create table hotline_foreign_enterprise (
    credit_code varchar(18) primary key,
    name        varchar(200) not null,
    key_account boolean not null default false,    -- 重点外资企业
    added_at    timestamptz not null default now()
);

create table hotline_foreign_visit (
    id          uuid primary key,
    credit_code varchar(18) not null references hotline_foreign_enterprise (credit_code),
    visited_on  date not null,
    visitor     varchar(100) not null,
    notes       varchar(2000) not null,
    created_at  timestamptz not null default now()
);

create index hotline_foreign_visit_day on hotline_foreign_visit (visited_on);
