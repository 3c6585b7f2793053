-- Electronic licences (module: license): the licence catalogue, issued licences with GB/T 36903 metadata, the
-- city CA and each issuing department's SM2 seal, and other regions' trusted issuers (互认).
create table license_type (
    code             varchar(20) primary key,
    name             varchar(100) not null unique,
    holder_kind      varchar(10) not null check (holder_kind in ('CITIZEN', 'ENTERPRISE')),
    issuing_departments varchar(500) not null default '',
    data_items       varchar(500) not null default '',
    validity_years   int                               -- null: 长期
);

create table license_ca (
    id                 int primary key check (id = 1),
    certificate_pem    text not null,
    public_key_hex     varchar(200) not null,
    private_key_cipher bytea not null
);

create table license_seal (
    department_id      varchar(40) primary key,
    key_id             varchar(64) not null unique,
    department_name    varchar(100) not null,
    certificate_pem    text not null,
    public_key_hex     varchar(200) not null,
    private_key_cipher bytea not null,
    created_at         timestamptz not null default now()
);

create sequence license_number_seq;

create table license_license (
    id                varchar(64) primary key,        -- 证照标识
    type_code         varchar(20) not null references license_type (code),
    number            varchar(60) not null unique,    -- 证照编号
    holder_kind       varchar(10) not null,
    holder_id         uuid not null,                  -- identity module's citizen or enterprise id
    holder_name       varchar(100) not null,
    holder_code       varchar(30) not null,           -- 持证主体代码 (masked for citizens)
    holder_code_type  varchar(3) not null,            -- 111 公民身份号码, 001 统一社会信用代码
    issuer_department varchar(40) not null,
    issued_on         date not null,
    valid_from        date not null,
    valid_until       date,
    region_code       varchar(6) not null,            -- 属地编码
    payload           text not null,                  -- the RFC 8785 canonical JSON that is signed
    signature         text not null,                  -- base64 DER SM3withSM2
    key_id            varchar(64) not null,
    status            varchar(10) not null check (status in ('VALID', 'REVOKED', 'CHANGED')),
    status_reason     text,
    status_at         timestamptz,
    case_id           uuid unique,                    -- the case it was issued from, if any
    replaced_by       varchar(64),
    created_at        timestamptz not null default now()
);

create index license_holder_idx on license_license (holder_id, type_code);

create table license_trusted_issuer (
    key_id         varchar(64) primary key,
    region_name    varchar(100) not null,
    issuer_name    varchar(100) not null,
    public_key_hex varchar(200) not null,
    added_by       varchar(100) not null,
    added_at       timestamptz not null default now()
);
