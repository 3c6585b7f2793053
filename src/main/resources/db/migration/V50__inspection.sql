-- 新型监管 (module: inspection), first part: the directories, credit tiers, 双随机 plans and their verifiable draws.

-- 抽查事项清单 (分类检查事项目录): what may be inspected, by which department, on what legal basis, in which field.
create table inspection_item (
    id             serial primary key,
    department_id  varchar(40) not null,
    name           varchar(200) not null,
    field          varchar(20) not null,     -- 领域: the competence an inspector needs (食品安全, 特种设备 …)
    method         varchar(100) not null,    -- 检查方式
    legal_basis    text not null
);

-- 执法检查人员名录: 执法证号, department, fields of competence, validity, and declared conflicts (credit codes).
create table inspection_inspector (
    id             varchar(30) primary key,  -- 执法证号
    name           varchar(50) not null,
    department_id  varchar(40) not null,
    username       varchar(50),              -- their login, when they have one
    fields         text not null,            -- separated by 、
    valid_until    date not null,
    conflicts      text not null default ''  -- credit codes separated by , (declared interests and their own past cases)
);

-- 信用风险分类 per enterprise (A low … D high); an enterprise without a row is B.
create table inspection_tier (
    credit_code    varchar(18) primary key,
    tier           char(1) not null check (tier in ('A', 'B', 'C', 'D')),
    reason         text not null,
    updated_at     timestamptz not null default now()
);

-- A 双随机 plan: frozen inputs and the SM3 hash of its seed are published when it is committed; the draw reveals
-- the seed, so anyone can re-run the draw from the inputs and compare.
create table inspection_plan (
    id             uuid primary key,
    code           varchar(30) not null unique,
    name           varchar(200) not null,
    department_id  varchar(40) not null,     -- the organising department (市场监管 for joint plans)
    items          text not null,            -- inspection_item ids separated by ,
    inputs         text not null,            -- the canonical JSON the draw runs on (docs/inspection.md)
    seed_hash      varchar(64) not null,     -- SM3 of the seed's hex text, published before the draw
    sealed_seed    bytea,                    -- the seed until the draw, sealed with the data key (SM4)
    seed           varchar(64),              -- revealed by the draw
    status         varchar(10) not null check (status in ('COMMITTED', 'DRAWN')),
    created_by     varchar(50) not null,
    created_at     timestamptz not null default now(),
    drawn_at       timestamptz
);

create table inspection_visit (
    plan_id        uuid not null references inspection_plan (id),
    ordinal        int not null,
    credit_code    varchar(18) not null,
    tier           char(1) not null,
    team           text not null,            -- 执法证号 separated by ,
    primary key (plan_id, ordinal)
);
create index inspection_visit_entity on inspection_visit (credit_code);

insert into inspection_item (department_id, name, field, method, legal_basis) values
('511100-SCJGJ', '食品经营者落实食品安全主体责任情况检查', '食品安全', '现场检查、书面检查',
 '《中华人民共和国食品安全法》第一百一十条；《市场监督管理随机抽查事项清单》'),
('511100-SCJGJ', '特种设备使用单位安全管理情况检查', '特种设备', '现场检查',
 '《中华人民共和国特种设备安全法》第五十七条、第六十一条'),
('511100-SCJGJ', '企业公示信息情况检查', '企业公示', '书面检查、网络监测',
 '《企业信息公示暂行条例》第十四条'),
('511100-WJW', '公共场所卫生监督检查', '公共卫生', '现场检查、抽样检测',
 '《公共场所卫生管理条例》第十条；《公共场所卫生管理条例实施细则》第三十二条'),
('511100-YJJ', '危险化学品经营单位安全生产检查', '危险化学品', '现场检查',
 '《危险化学品安全管理条例》第六条；《中华人民共和国安全生产法》第六十五条'),
('511100-SHJJ', '排污单位污染物排放情况检查', '生态环境', '现场检查、监测',
 '《中华人民共和国环境保护法》第二十四条；《排污许可管理条例》第二十九条');

-- the demo city's 执法检查人员名录 (the demo account "inspector" is 吴海涛)
insert into inspection_inspector (id, name, department_id, username, fields, valid_until) values
('51110023000101', '吴海涛', '511100-SCJGJ', 'inspector', '食品安全、企业公示', '2028-12-31'),
('51110023000102', '陈静', '511100-SCJGJ', null, '食品安全、特种设备', '2028-12-31'),
('51110023000103', '刘波', '511100-SCJGJ', null, '特种设备、企业公示', '2027-06-30'),
('51110023000104', '杨丽', '511100-SCJGJ', null, '食品安全', '2028-12-31'),
('51110023000105', '赵刚', '511100-SCJGJ', null, '企业公示', '2027-12-31'),
('51110023000106', '黄敏', '511100-SCJGJ', null, '食品安全、特种设备、企业公示', '2028-12-31'),
('51110023000201', '周婷', '511100-WJW', null, '公共卫生', '2028-12-31'),
('51110023000202', '徐强', '511100-WJW', null, '公共卫生', '2027-12-31'),
('51110023000301', '孙伟', '511100-YJJ', null, '危险化学品', '2028-12-31'),
('51110023000302', '马兰', '511100-YJJ', null, '危险化学品', '2028-12-31'),
('51110023000401', '朱军', '511100-SHJJ', null, '生态环境', '2028-12-31'),
('51110023000402', '胡燕', '511100-SHJJ', null, '生态环境', '2028-12-31');
