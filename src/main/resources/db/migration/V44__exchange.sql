-- 数据共享交换 (module: exchange): the 数据资源目录, the 数据共享责任清单, 供需对接 grants, the append-only query log,
-- and the records of the in-platform providers that stand in for departments' systems.
create table exchange_dataset (
    code                   varchar(40) primary key,
    name                   varchar(100) not null,
    provider_department_id varchar(40) not null references org_department (id),
    share_type             varchar(20) not null check (share_type in ('UNCONDITIONAL', 'CONDITIONAL', 'NOT_SHARED')),
    conditions             text,                    -- 有条件共享: what a consumer must meet
    legal_basis            text not null,
    update_frequency       varchar(20) not null,
    subject_kind           varchar(10) not null check (subject_kind in ('CITIZEN', 'ENTERPRISE')),
    fields                 jsonb not null,          -- [{"name": …, "type": …, "personal": true}]
    serves                 text not null default '' -- the 一单 material names it stands for, separated by 、
);

-- 2023 年数据共享责任清单: which department provides which dataset by when (the demo city's list).
create table exchange_duty (
    id             serial primary key,
    dataset_code   varchar(40) not null references exchange_dataset (code),
    department_id  varchar(40) not null references org_department (id),
    task           text not null,
    due_on         date not null,
    delivered_on   date
);

-- 供需对接: a consumer department's use of a dataset, requested, decided by the provider, and expiring.
create table exchange_grant (
    id                     uuid primary key,
    dataset_code           varchar(40) not null references exchange_dataset (code),
    consumer_department_id varchar(40) not null references org_department (id),
    purpose                text not null,
    status                 varchar(10) not null check (status in ('REQUESTED', 'GRANTED', 'REJECTED', 'LAPSED')),
    conditions             text,
    reason                 text,
    requested_at           timestamptz not null default now(),
    decided_at             timestamptz,
    expires_on             date
);
create index exchange_grant_lookup on exchange_grant (dataset_code, consumer_department_id, status);

-- Every query, found or not: append-only (no update or delete is ever issued), shown to the person it is about.
create table exchange_query (
    id                     bigserial primary key,
    at                     timestamptz not null default now(),
    dataset_code           varchar(40) not null,
    provider_department_id varchar(40) not null,
    consumer_department_id varchar(40) not null,
    subject_kind           varchar(10) not null,
    subject_id             uuid not null,
    subject_mask           varchar(40) not null,
    purpose                varchar(200) not null,   -- the case number (or id) the query served
    result                 varchar(20) not null check (result in ('FOUND', 'NOT_FOUND', 'NO_GRANT', 'NOT_SHARED', 'UNAVAILABLE')),
    detail                 text
);
create index exchange_query_subject on exchange_query (subject_id, id desc);
create index exchange_query_dataset on exchange_query (dataset_code, at);

-- The in-platform providers' records (户籍, 婚姻登记, 出生医学证明, 社保, 医保, 企业登记, 不动产登记), by dataset.
create table exchange_source_record (
    dataset_code varchar(40) not null references exchange_dataset (code),
    subject_id   uuid not null,
    data         jsonb not null,
    updated_on   date not null default current_date,
    primary key (dataset_code, subject_id)
);

insert into exchange_dataset (code, name, provider_department_id, share_type, conditions, legal_basis, update_frequency,
                              subject_kind, fields, serves) values
('GA-HJXX', '人口户籍信息', '511100-GAJ', 'CONDITIONAL', '仅用于办理本人申请的政务服务事项，按事项核验，不得留存或转作他用',
 '《中华人民共和国居民身份证法》；《政务信息资源共享管理暂行办法》（国发〔2016〕51号）', '实时', 'CITIZEN',
 '[{"name":"姓名","type":"文本","personal":true},{"name":"公民身份号码","type":"文本","personal":true},{"name":"户籍地址","type":"文本","personal":true},{"name":"与户主关系","type":"文本","personal":true},{"name":"制证照片编号","type":"文本","personal":true}]',
 '户籍信息、数码照片'),
('MZ-HYDJ', '婚姻登记信息', '511100-MZJ', 'CONDITIONAL', '仅用于办理本人或其子女的政务服务事项',
 '《婚姻登记条例》；《政务信息资源共享管理暂行办法》', '每日', 'CITIZEN',
 '[{"name":"登记类别","type":"文本","personal":false},{"name":"配偶姓名","type":"文本","personal":true},{"name":"登记日期","type":"日期","personal":false},{"name":"结婚证字号","type":"文本","personal":true}]',
 '结婚证'),
('MZ-DBDX', '最低生活保障对象信息', '511100-MZJ', 'CONDITIONAL', '仅用于社会救助、残疾人补贴等事项的资格核验',
 '《社会救助暂行办法》', '每月', 'CITIZEN',
 '[{"name":"保障类别","type":"文本","personal":true},{"name":"保障起始日期","type":"日期","personal":false}]',
 '低保证明'),
('WJ-CSYXZM', '出生医学证明信息', '511100-WJW', 'CONDITIONAL', '仅用于新生儿落户、参保、生育津贴等事项',
 '《中华人民共和国母婴保健法》', '实时', 'CITIZEN',
 '[{"name":"新生儿姓名","type":"文本","personal":true},{"name":"出生日期","type":"日期","personal":true},{"name":"出生医学证明编号","type":"文本","personal":true}]',
 '出生医学证明信息'),
('RS-SBCB', '社会保险参保缴费信息', '511100-RSJ', 'CONDITIONAL', '仅用于社会保险、就业等事项的参保核验',
 '《中华人民共和国社会保险法》', '每日', 'CITIZEN',
 '[{"name":"险种","type":"文本","personal":false},{"name":"参保状态","type":"文本","personal":false},{"name":"累计缴费月数","type":"数字","personal":false},{"name":"参保地","type":"文本","personal":false}]',
 '参保缴费凭证'),
('YB-CBXX', '医疗保障参保信息', '511100-YBJ', 'CONDITIONAL', '仅用于医疗保障事项的参保和结算核验',
 '《医疗保障基金使用监督管理条例》', '每日', 'CITIZEN',
 '[{"name":"险种","type":"文本","personal":false},{"name":"参保状态","type":"文本","personal":false},{"name":"参保起始日期","type":"日期","personal":false},{"name":"最近住院结算","type":"文本","personal":true}]',
 '参保信息、参保缴费凭证、住院费用结算信息'),
('SC-QYDJ', '市场主体登记信息', '511100-SCJGJ', 'UNCONDITIONAL', null,
 '《中华人民共和国市场主体登记管理条例》；企业信息依法公示', '实时', 'ENTERPRISE',
 '[{"name":"名称","type":"文本","personal":false},{"name":"登记状态","type":"文本","personal":false},{"name":"注册资本（万元）","type":"数字","personal":false},{"name":"经营范围","type":"文本","personal":false}]',
 '市场主体登记信息'),
('ZR-BDCDJ', '不动产登记信息', '511100-ZRZYJ', 'CONDITIONAL', '仅用于权利人本人申请的事项，核验经营场所或住所的权属',
 '《不动产登记暂行条例》第二十七条', '实时', 'CITIZEN',
 '[{"name":"不动产权证书号","type":"文本","personal":true},{"name":"坐落","type":"文本","personal":true},{"name":"建筑面积（㎡）","type":"数字","personal":false},{"name":"用途","type":"文本","personal":false}]',
 '经营场所使用相关文件、不动产登记信息'),
('GA-WFFZ', '违法犯罪记录信息', '511100-GAJ', 'NOT_SHARED', null,
 '《中华人民共和国治安管理处罚法》第一百三十六条；《公安机关办理犯罪记录查询工作规定》：仅依申请出具，不纳入部门共享', '—', 'CITIZEN',
 '[{"name":"记录","type":"文本","personal":true}]', '');

-- the demo city's 2023 list (as the plan asks: "制定2023年数据共享责任清单"); edit for your city
insert into exchange_duty (dataset_code, department_id, task, due_on, delivered_on) values
('GA-HJXX', '511100-GAJ', '人口户籍信息接口接入市级共享平台，支撑社保、医保、民政事项免提交户籍证明', '2023-06-30', '2023-06-21'),
('MZ-HYDJ', '511100-MZJ', '婚姻登记信息按日回流共享，支撑出生医学证明、落户等事项', '2023-06-30', '2023-07-12'),
('MZ-DBDX', '511100-MZJ', '最低生活保障对象名单按月共享', '2023-08-01', '2023-07-28'),
('WJ-CSYXZM', '511100-WJW', '出生医学证明信息实时共享，支撑新生儿出生“一件事”', '2023-08-01', null),
('RS-SBCB', '511100-RSJ', '社会保险参保缴费信息接口接入共享平台', '2023-09-30', '2023-09-15'),
('YB-CBXX', '511100-YBJ', '医保参保和结算信息接口接入共享平台，支撑异地就医备案秒批', '2023-09-30', '2023-10-20'),
('SC-QYDJ', '511100-SCJGJ', '市场主体登记信息实时共享（省级数据回流）', '2023-06-30', '2023-06-10'),
('ZR-BDCDJ', '511100-ZRZYJ', '不动产登记信息接口接入共享平台，支撑个体工商户设立经营场所核验', '2023-12-31', null);
