-- When the centre asks the unit to call the caller back itself, the unit may see the caller's number in full.
alter table hotline_order add column unit_callback boolean not null default false;
