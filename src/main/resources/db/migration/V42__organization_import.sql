-- 组织机构和人员导入 (module: identity): one row per uploaded organisation file, for the progress bar and the
-- result. Initial passwords the platform generated are kept SM4-sealed until their importer has seen them once.
create table identity_org_import (
    id            uuid primary key,
    file_name     varchar(200) not null,
    total         int not null,
    done          int not null default 0,
    status        varchar(20) not null check (status in ('RUNNING', 'DONE', 'REJECTED', 'FAILED')),
    summary       text,
    errors        text,
    passwords     bytea,
    created_by    varchar(50) not null,
    created_at    timestamptz not null default now(),
    heartbeat_at  timestamptz not null default now(),
    finished_at   timestamptz
);
create index identity_org_import_recent on identity_org_import (created_at desc);
