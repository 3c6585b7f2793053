-- 一件事一次办 (module: bundle): bundles of published catalogue items, versioned like items; a bundle case is one
-- application whose member cases go to each department (casework's own cases, referred to by id).
create table bundle_definition (
    id            uuid primary key,
    code          varchar(20) not null,
    version       int not null,
    name          varchar(100) not null,
    kind          varchar(10) not null check (kind in ('LIFE', 'BUSINESS')),
    event         varchar(20) not null,
    summary       text not null,
    basis         text not null,
    joint_result  text not null,
    offer_after   int,                    -- 主动服务: the member whose 准予 makes the platform offer the rest
    offer_message text,
    content_hash  varchar(64) not null,   -- SM3 of the definition as loaded: a changed file publishes a new version
    status        varchar(10) not null check (status in ('PUBLISHED', 'RETIRED')),
    published_at  timestamptz not null default now(),
    unique (code, version)
);
create unique index bundle_definition_current on bundle_definition (code) where status = 'PUBLISHED';

create table bundle_member (
    definition_id   uuid not null references bundle_definition (id),
    position        int not null,
    item_code       varchar(40) not null,
    item_name       varchar(100) not null,
    condition_text  text,                 -- when the member applies; null: always
    after_positions int[] not null default '{}',  -- members whose result this one waits for
    primary key (definition_id, position)
);

create table bundle_case (
    id               uuid primary key,
    definition_id    uuid not null references bundle_definition (id),
    applicant_kind   varchar(10) not null,
    applicant_id     uuid not null,
    account_id       uuid not null,       -- who applies (the applicant's own login, or the window clerk)
    channel          varchar(10) not null,
    status           varchar(12) not null check (status in ('DRAFT', 'SUBMITTED', 'FINISHED')),
    created_at       timestamptz not null default now(),
    submitted_at     timestamptz,
    finished_at      timestamptz
);
create index bundle_case_account on bundle_case (account_id, created_at desc);
create index bundle_case_applicant on bundle_case (applicant_id, created_at desc);

create table bundle_case_member (
    bundle_case_id  uuid not null references bundle_case (id),
    position        int not null,
    case_id         uuid not null,        -- casework's case (a draft until it is submitted)
    state           varchar(10) not null check (state in ('DRAFT', 'WAITING', 'SUBMITTED', 'HELD', 'SKIPPED')),
    note            text,                 -- why a waiting member was not submitted (HELD: the applicant can; SKIPPED: a predecessor was refused)
    primary key (bundle_case_id, position)
);
create unique index bundle_case_member_case on bundle_case_member (case_id);

-- 主动服务: a bundle offered to an applicant because the platform saw the event (e.g. a 出生医学证明 issued); taking
-- it starts the bundle with that case as its first member and the form prefilled from it.
create table bundle_offer (
    id              uuid primary key,
    definition_id   uuid not null references bundle_definition (id),
    applicant_kind  varchar(10) not null,
    applicant_id    uuid not null,
    account_id      uuid not null,
    source_case_id  uuid not null,        -- the case whose 准予 is the event
    status          varchar(10) not null check (status in ('OFFERED', 'TAKEN', 'DISMISSED')),
    bundle_case_id  uuid references bundle_case (id),
    created_at      timestamptz not null default now()
);
create index bundle_offer_account on bundle_offer (account_id, status);
-- one offer per bundle and event, however often the event is delivered
create unique index bundle_offer_once on bundle_offer (source_case_id, definition_id);
