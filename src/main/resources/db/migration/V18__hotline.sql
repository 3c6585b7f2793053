-- 12345 热线 (module: hotline): work orders from calls, the web form and the API, dispatched to departments and
-- public-service companies, signed for, replied to, called back and closed; a knowledge base for direct answers.

-- Subject categories, a tree; editable by the hotline centre.
create table hotline_category (
    code        varchar(20) primary key,
    name        varchar(50) not null,
    parent_code varchar(20) references hotline_category (code),
    active      boolean not null default true
);

insert into hotline_category (code, name, parent_code) values
    ('SCJG', '市场监管', null), ('SCJG-SP', '食品安全', 'SCJG'), ('SCJG-JG', '价格', 'SCJG'),
    ('SCJG-GPJZ', '公平竞争', 'SCJG'), ('SCJG-XF', '消费维权', 'SCJG'),
    ('CSGL', '城市管理', null), ('CSGL-DL', '道路设施', 'CSGL'), ('CSGL-ZD', '占道经营', 'CSGL'), ('CSGL-ZS', '噪声扰民', 'CSGL'),
    ('JT', '交通', null), ('ZF', '住房', null), ('JY', '教育', null), ('YL', '医疗卫生', null), ('SB', '社保就业', null),
    ('HJ', '生态环境', null),
    ('GGSY', '水电气讯', null), ('GGSY-S', '供水', 'GGSY'), ('GGSY-D', '供电', 'GGSY'), ('GGSY-Q', '燃气', 'GGSY'),
    ('GGSY-TX', '通信', 'GGSY'),
    ('HQZC', '惠企政策', null), ('ZWFW', '政务服务', null), ('QT', '其他', null);

-- Public-service companies are handling units like departments (units are organization departments or these).
create table hotline_company (
    id    varchar(20) primary key,
    name  varchar(100) not null,
    kind  varchar(10) not null check (kind in ('WATER', 'POWER', 'GAS', 'TELECOM'))
);

insert into hotline_company (id, name, kind) values
    ('CO-WATER', '乐山市自来水有限责任公司', 'WATER'),
    ('CO-POWER', '国网四川省电力公司乐山供电公司', 'POWER'),
    ('CO-GAS', '乐山市燃气有限责任公司', 'GAS'),
    ('CO-TELECOM', '中国电信股份有限公司乐山分公司', 'TELECOM');

create sequence hotline_order_seq;

create table hotline_order (
    id              uuid primary key,
    number          varchar(20) not null unique,          -- RX + date + sequence
    channel         varchar(10) not null check (channel in ('PHONE', 'WEB', 'API')),
    type            varchar(12) not null check (type in ('CONSULT', 'HELP', 'COMPLAINT', 'REPORT', 'SUGGESTION', 'PRAISE')),
    category_code   varchar(20) not null references hotline_category (code),
    anonymous       boolean not null default false,       -- an anonymous 举报 never shows the caller to anyone
    caller_name     bytea,                                -- SM4-encrypted; the centre sees it, units see the mask
    caller_name_mask varchar(50),
    caller_phone    bytea,
    caller_phone_mask varchar(20),
    caller_phone_hash varchar(64),                        -- HMAC for "same caller" without decrypting
    content         varchar(2000) not null,
    region_id       varchar(12) not null,
    address         varchar(200),
    status          varchar(12) not null check (status in ('RECEIVED', 'DISPATCHED', 'SIGNED', 'REPLIED', 'CLOSED')),
    first_contact   boolean not null default false,       -- closed by the agent's direct answer on the call
    answer          varchar(2000),                        -- the direct answer, or the centre's closing note
    lead_unit       varchar(40),
    sign_due        date,
    handle_due      date,
    reply           varchar(2000),
    callback_result varchar(20) check (callback_result in ('SATISFIED', 'FAIR', 'UNSATISFIED')),
    reopen_count    int not null default 0,
    created_by      uuid,
    created_at      timestamptz not null default now(),
    dispatched_at   timestamptz,
    signed_at       timestamptz,
    replied_at      timestamptz,
    closed_at       timestamptz
);

create index hotline_order_open on hotline_order (category_code, region_id, created_at) where status <> 'CLOSED';
create index hotline_order_caller on hotline_order (caller_phone_hash, created_at);
create index hotline_order_unit on hotline_order (lead_unit, status);

-- What happened to an order, step by step (the audit log holds the same with hashes).
create table hotline_order_event (
    id       bigserial primary key,
    order_id uuid not null references hotline_order (id),
    at       timestamptz not null default now(),
    actor    varchar(100) not null,
    action   varchar(20) not null,
    note     varchar(2000)
);

create index hotline_order_event_order on hotline_order_event (order_id, id);

-- 知识库: answers agents give at first contact.
create table hotline_kb (
    id            serial primary key,
    category_code varchar(20) references hotline_category (code),
    question      varchar(200) not null,
    answer        varchar(2000) not null,
    updated_at    timestamptz not null default now()
);

insert into hotline_kb (category_code, question, answer) values
    ('ZWFW', '市政务服务中心在哪里，几点上班？', '乐山市政务服务中心位于市中区嘉州大道，工作日上午 9:00-12:00、下午 13:00-17:00 办公；大部分事项也可在“乐山一网通办”网上办理。'),
    ('SB', '城乡居民养老保险怎么参保缴费？', '年满16周岁、不是在校学生、未参加职工养老保险的城乡居民，可在“乐山一网通办”申请“城乡居民基本养老保险参保登记”，秒批办结；缴费档次每年 200 元至 6000 元可选。'),
    ('SB', '社保卡丢了怎么补办？', '可在网上申请“社会保障卡申领”，或携带身份证到合作银行网点办理挂失补卡；补卡期间可使用电子社保卡。'),
    ('SCJG', '开饭店需要办什么证？', '开办餐饮店需先取得营业执照，再申请食品经营许可；可在“乐山一网通办”按“开饭店一件事”一次提交，营业执照电子证照可免提交。'),
    ('SCJG-XF', '买到过期食品怎么投诉？', '请保留购物凭证和商品，拨打 12345 或 12315 投诉，说明商家名称、地址和购买时间；市场监管部门将在规定时限内处理并答复。'),
    ('GGSY-S', '家里停水了怎么办？', '计划停水会提前公告；突发停水请拨打自来水公司服务热线或 12345，说明小区和楼栋，供水企业将安排抢修并答复恢复时间。'),
    ('GGSY-D', '停电了找谁？', '请先确认是否欠费（可在网上国网查询），非欠费停电请拨打 95598 或 12345 报修，说明详细地址。'),
    ('HQZC', '小微企业有哪些优惠政策？', '惠企政策统一在“乐山一网通办”惠企政策栏目发布，符合条件的“免申即享”政策无需申请，系统匹配后直接兑现；其他政策可在线申报。');
