-- 结果统一送达: the applicant chooses how a bundle's paper results reach them — each at the 出件 window as usual, or
-- all in one parcel by mail once the bundle is 办结 (the members' results are then marked for one mailing).
alter table bundle_case add column delivery_choice varchar(10) not null default 'WINDOW'
    check (delivery_choice in ('WINDOW', 'MAIL'));
alter table bundle_case add column mail_address varchar(200);
