-- Optional coordinates (WGS 84, as Open311 clients send them) and a media link from the API.
alter table hotline_order add column latitude numeric(9, 6);
alter table hotline_order add column longitude numeric(9, 6);
alter table hotline_order add column media_url varchar(500);
alter table hotline_order add column updated_at timestamptz not null default now();
