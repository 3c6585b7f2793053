-- 惠企政策 (module: policy): versioned policies whose eligibility is a rule (JSON, see docs/policy.md). A published
-- version is never changed; a change is a new draft version.
create table policy_policy (
    id           uuid primary key,
    code         varchar(30) not null,
    version      int not null,
    title        varchar(200) not null,
    issuer       varchar(100) not null,
    doc_number   varchar(100) not null,            -- 文号
    basis        varchar(500),                     -- 政策依据
    valid_from   date not null,
    valid_to     date not null,
    summary      varchar(2000) not null,
    rule_json    text not null,
    amount_yuan  numeric(14, 2) not null,          -- fixed benefit per eligible enterprise
    automatic    boolean not null default false,   -- 免申即享
    status       varchar(10) not null check (status in ('DRAFT', 'PUBLISHED')),
    created_by   varchar(100) not null,
    created_at   timestamptz not null default now(),
    published_at timestamptz,
    unique (code, version),
    check (valid_to >= valid_from)
);
