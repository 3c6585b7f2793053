-- 部门共享 materials of a case (module: casework): fetched through the exchange at submission, with the query that
-- fetched them; a failed fetch keeps its reason so the applicant is asked to upload instead.
create table casework_shared_material (
    case_id        uuid not null references casework_case (id) on delete cascade,
    material_index int not null,
    found          boolean not null,
    dataset        varchar(100),
    provider       varchar(100),
    query_id       bigint,
    summary        text,
    reason         text,
    fetched_at     timestamptz not null default now(),
    primary key (case_id, material_index)
);
