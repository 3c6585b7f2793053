-- An Open311 order at lat=NaN&long=NaN was stored and then broke every list that read it (NaN is a legal
-- PostgreSQL numeric but no Java BigDecimal). Repair such rows and let the database refuse them from now on:
-- in PostgreSQL NaN sorts above every number, so the range checks fail for it.
update hotline_order set latitude = null, longitude = null where latitude = 'NaN' or longitude = 'NaN';
alter table hotline_order add constraint hotline_order_latitude_range check (latitude between -90 and 90);
alter table hotline_order add constraint hotline_order_longitude_range check (longitude between -180 and 180);
