-- 复查: a problem ordered corrected is checked again by the date set on site; not corrected, it is 立案.
create table inspection_reinspection (
    plan_id       uuid not null,
    ordinal       int not null,
    corrected     boolean not null,
    findings      text not null,
    inspected_on  date not null,
    recorded_by   varchar(50) not null,
    recorded_at   timestamptz not null default now(),
    primary key (plan_id, ordinal),
    foreign key (plan_id, ordinal) references inspection_result (plan_id, ordinal)
);
