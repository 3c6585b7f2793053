-- 申诉复核: who filed the appeal and the reviewer's note; one open or upheld appeal per rating.
alter table evaluation_appeal add column filed_by uuid not null;
alter table evaluation_appeal add column department_id varchar(40) not null;
alter table evaluation_appeal add column decision_note varchar(500);
create unique index evaluation_appeal_one_live on evaluation_appeal (rating_id) where status in ('PENDING', 'UPHELD');
