-- Consent links (授权查看): a holder shares one licence with a third party for a purpose until an expiry; every
-- access is recorded and shown to the holder; the holder can revoke the link at any time.
create table license_consent (
    token       char(32) primary key,             -- 128 random bits, hex
    license_id  varchar(64) not null references license_license (id),
    holder_id   uuid not null,
    purpose     varchar(200) not null,
    expires_at  timestamptz not null,
    created_at  timestamptz not null default now(),
    revoked_at  timestamptz
);

create index license_consent_license_idx on license_consent (license_id);

create table license_consent_access (
    id          bigserial primary key,
    token       char(32) not null references license_consent (token),
    accessed_at timestamptz not null default now(),
    viewer      varchar(200)                       -- the browser's user agent, shortened
);
