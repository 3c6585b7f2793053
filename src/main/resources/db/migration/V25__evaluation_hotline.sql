-- The 12345 hotline's 回访 result is also a 好差评 rating of the lead unit (channel HOTLINE, one per order; a later
-- 回访 after 重办 replaces it). Its 不满意 reopens the order in the hotline, so it opens no rectification ticket here.
alter table evaluation_rating drop constraint evaluation_rating_channel_check;
alter table evaluation_rating add constraint evaluation_rating_channel_check check (channel in ('ONLINE', 'WINDOW', 'HOTLINE'));
alter table evaluation_rating add column hotline_order varchar(20) unique;
