-- 惠企政策: the fact base the rules read, stored match results, benefit formulas and 一窗申报 items.

-- Facts imported from departments' files or the API, one row per enterprise and fact, with source and as-of date.
-- Registration facts (industry, region, registration date, size class) come from identity and are not stored here.
create table policy_fact (
    enterprise_id uuid not null,
    fact          varchar(30) not null,
    value         varchar(100) not null,
    source        varchar(100) not null,          -- the department (or system) that supplied it
    as_of         date not null,                  -- 数据日期
    updated_at    timestamptz not null default now(),
    updated_by    varchar(100) not null,
    primary key (enterprise_id, fact)
);

-- A fact import: checked in full first (any bad row ⇒ nothing imported), then written in one transaction.
create table policy_fact_import (
    id          uuid primary key,
    file_name   varchar(200) not null,
    total       int not null,
    checked     int not null default 0,
    written     int not null default 0,
    status      varchar(10) not null check (status in ('CHECKING', 'WRITING', 'DONE', 'REJECTED', 'FAILED')),
    errors      text,
    source      varchar(100) not null,
    created_by  varchar(100) not null,
    created_at  timestamptz not null default now(),
    finished_at timestamptz
);

-- The current eligible (policy, enterprise) pairs of the policies in force; absent = not eligible. The trace is
-- recomputed on demand from the same facts and rule, so it is not stored.
create table policy_match (
    policy_id      uuid not null,                 -- policy_policy.id; no foreign key: bulk runs write millions of rows and
                                                  -- published versions are never deleted
    enterprise_id  uuid not null,
    amount_yuan    numeric(14, 2) not null,
    eligible_since date not null,
    notified_at    timestamptz,                   -- the enterprise was told (可享政策 notice)
    -- enterprise first: one enterprise's re-match reads its rows by this key, and bulk runs append in this order
    primary key (enterprise_id, policy_id)
);

-- One row per full matching run (nightly, on demand, after publication), for the admin page and the figures.
create table policy_match_run (
    id          uuid primary key,
    trigger     varchar(20) not null,
    started_at  timestamptz not null default now(),
    finished_at timestamptz,
    enterprises int,
    policies    int,
    eligible    int,
    millis      bigint
);

-- Benefit formula (docs/policy.md): FIXED, PER_EMPLOYEE, PERCENT (of a fact, capped) or TIERS.
alter table policy_policy add column benefit_json text;
update policy_policy set benefit_json = '{"type":"FIXED","amount":' || amount_yuan || '}';
alter table policy_policy alter column benefit_json set not null;
alter table policy_policy alter column amount_yuan drop not null;
-- 一窗申报: a policy that needs an application names the catalogue item applications go through.
alter table policy_policy add column apply_item_code varchar(40);

alter table policy_payout add column eligible_since date;

-- 兑现: the batch's 国库集中支付 voucher; each payout's reference under it. The money goes to the enterprise's
-- 基本存款账户 on record with the bank; the platform keeps the reference, not the account number.
alter table policy_batch add column voucher varchar(40);
alter table policy_payout add column bank_ref varchar(50);

-- The department that owns a policy code: only it (or a system administrator) publishes versions and confirms payouts.
alter table policy_policy add column department_id varchar(40);

-- A bulk run's phase while it runs (QUEUED, READING, MATCHING, WRITING) and at the end (DONE, FAILED), for the
-- progress shown after a publication or a manual run.
alter table policy_match_run add column phase varchar(10) not null default 'DONE';
