-- Backlog import (存量证照回流): one job per uploaded file, its progress readable by the page while it runs.
create table license_import_job (
    id          uuid primary key,
    file_name   varchar(200) not null,
    total       int not null,
    done        int not null default 0,
    skipped     int not null default 0,
    status      varchar(10) not null check (status in ('RUNNING', 'DONE', 'FAILED')),
    errors      text,
    created_by  varchar(100) not null,
    created_at  timestamptz not null default now(),
    finished_at timestamptz
);
