-- Casework (module: casework): applications (办件) from every channel, their materials, timeline, clock pauses,
-- notifications. Files themselves live outside the database (FileStore), referenced by an unguessable id.
create table casework_case (
    id                uuid primary key,
    number            varchar(30) unique,           -- assigned on submit: region code + yyyyMMdd + sequence
    item_code         varchar(40) not null,
    item_version      int not null,
    department_id     varchar(40) not null,          -- the competent department (中台/后台), whatever hall took it in
    region_id         varchar(20) not null,
    channel           varchar(10) not null check (channel in ('ONLINE', 'WINDOW', 'MOBILE', 'KIOSK')),
    applicant_kind    varchar(10) not null check (applicant_kind in ('CITIZEN', 'ENTERPRISE')),
    applicant_id      uuid not null,                 -- identity module's citizen or enterprise id
    applicant_name    varchar(100) not null,
    applicant_tail    varchar(4) not null,           -- last 4 characters of the ID number or credit code (public lookup)
    applicant_account uuid,                          -- the applicant's own login, when they have one
    submitted_by      uuid not null,                 -- the account that acted: the applicant, or a window clerk
    intake_hall_id    varchar(40),                   -- the hall whose window took it in
    form_data         jsonb not null default '{}',
    status            varchar(20) not null check (status in ('DRAFT', 'SUBMITTED', 'CORRECTION_REQUIRED',
                                                             'ACCEPTED', 'REJECTED')),
    correction_notice jsonb,                          -- the 一次性告知 items while status is CORRECTION_REQUIRED
    decision_reason   text,
    decision_basis    text,
    idempotency_key   varchar(100),
    request_hash      char(64),
    created_at        timestamptz not null default now(),
    submitted_at      timestamptz,
    accepted_on       date,
    statutory_days    int not null,
    promised_days     int not null,
    version           int not null default 0,
    unique (submitted_by, idempotency_key)
);

create index casework_case_department_idx on casework_case (department_id, status);
create index casework_case_hall_idx on casework_case (intake_hall_id);
create index casework_case_applicant_idx on casework_case (applicant_account);

create table casework_material (
    id             uuid primary key,
    case_id        uuid not null references casework_case (id) on delete cascade,
    material_index int not null,                     -- position in the item version's 一单
    file_id        varchar(64) not null,             -- FileStore key
    file_name      varchar(200) not null,
    content_type   varchar(50) not null,
    size_bytes     bigint not null,
    sha256         char(64) not null,
    uploaded_by    uuid not null,
    uploaded_at    timestamptz not null default now()
);

create index casework_material_case_idx on casework_material (case_id);

create table casework_event (
    id       bigserial primary key,
    case_id  uuid not null references casework_case (id) on delete cascade,
    at       timestamptz not null default now(),
    actor    varchar(100) not null,
    type     varchar(30) not null,
    note     text
);

create index casework_event_case_idx on casework_event (case_id, id);

-- Periods the statutory clock does not run (补正 after acceptance, 听证, 检验检测, 专家评审, 公示).
create table casework_pause (
    id        bigserial primary key,
    case_id   uuid not null references casework_case (id) on delete cascade,
    kind      varchar(20) not null check (kind in ('CORRECTION', 'HEARING', 'TESTING', 'EXPERT_REVIEW', 'PUBLIC_NOTICE')),
    starts_on date not null,
    ends_on   date,
    note      text
);

create table casework_sequence (
    region_id varchar(20) not null,
    day       date not null,
    last      int not null,
    primary key (region_id, day)
);

create table casework_notification (
    id         bigserial primary key,
    account_id uuid not null,
    case_id    uuid not null references casework_case (id) on delete cascade,
    message    text not null,
    created_at timestamptz not null default now(),
    read_at    timestamptz
);

create index casework_notification_account_idx on casework_notification (account_id, id desc);

-- Default SMS gateway: messages wait here for the operator's SMS platform to pick up.
create table casework_sms_outbox (
    id         bigserial primary key,
    phone      bytea not null,                        -- SM4-encrypted
    phone_mask varchar(20) not null,
    message    text not null,
    created_at timestamptz not null default now(),
    sent_at    timestamptz
);
