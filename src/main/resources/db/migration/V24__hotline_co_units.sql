-- 协办单位 and 专班: a lead unit with co-units; a task force is such a group with a name for complex appeals.
alter table hotline_order add column task_force varchar(100);

create table hotline_co_unit (
    order_id   uuid not null references hotline_order (id),
    unit_id    varchar(40) not null,
    opinion    varchar(2000),                -- 协办意见, which the lead unit's reply draws on
    opinion_at timestamptz,
    primary key (order_id, unit_id)
);

create index hotline_co_unit_unit on hotline_co_unit (unit_id);
