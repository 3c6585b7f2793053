-- 主动服务 on events other than a member's 准予: an enterprise registering on the platform (员工录用, 水电气联合报装),
-- a person's statutory retirement date approaching in the 人社 register (职工退休).
alter table bundle_definition add column offer_event varchar(30);   -- ENTERPRISE_REGISTERED, RETIREMENT_DUE
alter table bundle_offer alter column source_case_id drop not null;
alter table bundle_offer add column event_key varchar(100);           -- the event, once per bundle however often heard
create unique index bundle_offer_event_once on bundle_offer (event_key, definition_id) where event_key is not null;

-- 人社: the 法定退休日期 the register computes (the 2025 渐进式延迟法定退休年龄 rules), shared with the 社保 dataset.
alter table exchange_src_rs_insurance add column retire_on text;
update exchange_dataset set fields = '[{"name":"险种","column":"insurance","type":"文本","personal":false},{"name":"参保状态","column":"status","type":"文本","personal":false},{"name":"累计缴费月数","column":"months_paid","type":"数字","personal":false},{"name":"参保地","column":"place","type":"文本","personal":false},{"name":"法定退休日期","column":"retire_on","type":"日期","personal":true}]' where code = 'RS-SBCB';

-- what a provider has pushed to the platform (数据推送), once per subject and kind
create table exchange_push (
    dataset_code varchar(30) not null,
    subject_id   uuid not null,
    kind         varchar(30) not null,
    pushed_on    date not null,
    primary key (dataset_code, subject_id, kind)
);
