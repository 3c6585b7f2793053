-- Open311 publishes only orders the reporter agreed to make public (公开). Orders filed before this column
-- existed were never agreed to and stay private.
alter table hotline_order add column public_consent boolean not null default false;
