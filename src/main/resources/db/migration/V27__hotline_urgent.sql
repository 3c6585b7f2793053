-- 紧急 orders: signed the same working day and handled within the urgent limit.
alter table hotline_order add column urgent boolean not null default false;
