-- People (module: identity). Personal identifiers are stored SM4-GCM encrypted (…_cipher), found by an
-- HMAC-SM3 lookup hash (…_hash) and shown masked (…_masked). Credit codes are public and stored in clear.
create table identity_citizen (
    id                uuid primary key,
    name              varchar(50) not null,
    id_number_cipher  bytea not null,
    id_number_hash    char(64) not null unique,
    id_number_masked  varchar(18) not null,
    birth_date        date not null,
    sex               varchar(1) not null check (sex in ('男', '女')),
    address_code      char(6) not null,
    phone_cipher      bytea,
    phone_masked      varchar(20),
    registered_at     timestamptz not null default now()
);

create table identity_enterprise (
    id                   uuid primary key,
    credit_code          char(18) not null unique,
    name                 varchar(100) not null,
    entity_type          varchar(30) not null,
    legal_representative varchar(50) not null,
    region_code          char(6) not null,
    industry_code        varchar(5) not null,
    size_class           varchar(10) not null check (size_class in ('LARGE', 'MEDIUM', 'SMALL', 'MICRO')),
    established_on       date,
    registered_at        timestamptz not null default now()
);

create index identity_enterprise_name_idx on identity_enterprise (name);

create table identity_account (
    id              uuid primary key,
    username        varchar(50) not null unique,     -- stored lower-case
    password_hash   varchar(100) not null,
    display_name    varchar(50) not null,
    kind            varchar(10) not null check (kind in ('STAFF', 'CITIZEN', 'ENTERPRISE')),
    citizen_id      uuid references identity_citizen (id),
    enterprise_id   uuid references identity_enterprise (id),
    department_id   varchar(40),                     -- organization module's id; referenced by id only
    hall_id         varchar(40),
    failed_logins   int not null default 0,
    locked_until    timestamptz,
    enabled         boolean not null default true,
    created_at      timestamptz not null default now(),
    last_login_at   timestamptz
);

create table identity_account_role (
    account_id uuid not null references identity_account (id) on delete cascade,
    role       varchar(20) not null,
    primary key (account_id, role)
);
