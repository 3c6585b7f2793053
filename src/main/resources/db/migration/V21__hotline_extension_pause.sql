-- 延期 (asked by the unit, decided by the centre) and 待补充 (waiting for the caller: the 办理 clock stops).
alter table hotline_order add column extension_days int;
alter table hotline_order add column extension_reason varchar(500);
alter table hotline_order add column extension_status varchar(10) check (extension_status in ('PENDING', 'APPROVED', 'REJECTED'));
alter table hotline_order add column paused_since date;
