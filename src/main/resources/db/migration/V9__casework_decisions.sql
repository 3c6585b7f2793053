-- Casework part 2: the decision after the approval procedure, 秒批 rule results, and delivery (统一窗口出件).
alter table casework_case drop constraint casework_case_status_check;
alter table casework_case add constraint casework_case_status_check check (status in
    ('DRAFT', 'SUBMITTED', 'CORRECTION_REQUIRED', 'ACCEPTED', 'REJECTED', 'APPROVED', 'DENIED'));
alter table casework_case add column process_instance_id varchar(64);
alter table casework_case add column decided_on date;
alter table casework_case add column decided_by varchar(100);
alter table casework_case add column auto_rules jsonb;              -- 秒批: every rule with passed/failed and why
alter table casework_case add column delivery_method varchar(10)
    check (delivery_method in ('WINDOW', 'MAIL', 'ELECTRONIC'));
alter table casework_case add column delivery_status varchar(10)
    check (delivery_status in ('READY', 'DELIVERED'));
alter table casework_case add column mail_address varchar(200);
alter table casework_case add column tracking_number varchar(50);
alter table casework_case add column delivered_at timestamptz;
