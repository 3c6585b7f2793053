-- 110/119/120/122 转办 (〔2022〕12号) and merged duplicates.
alter table hotline_order add column transferred_to varchar(3) check (transferred_to in ('110', '119', '120', '122'));
alter table hotline_order add column transferred_at timestamptz;
alter table hotline_order add column transfer_reason varchar(500);
alter table hotline_order add column merged_into uuid references hotline_order (id);

create index hotline_order_merged on hotline_order (merged_into) where merged_into is not null;
