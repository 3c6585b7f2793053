-- A password someone else set (the first administrator's one-time password) must be changed at the first sign-in.
alter table identity_account add column must_change_password boolean not null default false;
