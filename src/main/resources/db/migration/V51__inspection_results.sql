-- 新型监管: what the inspectors found, the 五清单 that guide the decision, and the credit tier it leads to.

-- 一目录五清单: 不予处罚、免予处罚、减轻处罚、从轻处罚、从重处罚 entries, each with its legal basis and conditions.
create table inspection_penalty_entry (
    id            serial primary key,
    list          varchar(10) not null check (list in ('NOT', 'EXEMPT', 'MITIGATE', 'LIGHTER', 'HEAVIER')),
    field         varchar(20) not null,     -- the field it applies to (as inspection_item.field)
    conduct       text not null,            -- the conduct it describes
    conditions    text not null,            -- when it applies
    legal_basis   text not null,
    discretion    text not null             -- the range it leads to, e.g. 不予行政处罚；责令改正
);

-- the result of one drawn visit, recorded on site by a member of its team
create table inspection_result (
    plan_id        uuid not null,
    ordinal        int not null,
    outcome        varchar(12) not null check (outcome in ('NO_PROBLEM', 'RECTIFY', 'VIOLATION', 'NOT_FOUND')),
    findings       text not null,            -- per item, as written on site
    entry_id       int references inspection_penalty_entry (id),  -- the 清单 entry applied, if any
    entry_reason   text,                     -- why that entry applies
    acknowledgement varchar(10) not null check (acknowledgement in ('SIGNED', 'REFUSED')),
    photo          bytea,                    -- JPEG or PNG, at most 5 MB
    photo_type     varchar(20),
    reinspect_by   date,                     -- 复查 for a rectification
    inspected_on   date not null,
    publish_due    date not null,            -- inspected_on + 20 working days (国办发〔2015〕58号)
    recorded_by    varchar(50) not null,
    recorded_at    timestamptz not null default now(),
    primary key (plan_id, ordinal),
    foreign key (plan_id, ordinal) references inspection_visit (plan_id, ordinal)
);

alter table inspection_tier add column explanation text not null default '';

insert into inspection_penalty_entry (list, field, conduct, conditions, legal_basis, discretion) values
('NOT', '食品安全', '食品经营者未按规定公示食品经营许可证、未在显著位置张贴监督检查结果记录表等轻微违法行为',
 '初次违法、危害后果轻微并及时改正', '《中华人民共和国行政处罚法》第三十三条第一款；四川省市场监管领域轻微违法行为不予行政处罚清单',
 '不予行政处罚；责令改正，进行教育'),
('NOT', '企业公示', '企业未按时公示年度报告，但在责令期限内补报',
 '初次违法，在责令期限内改正，未造成危害后果', '《中华人民共和国行政处罚法》第三十三条第一款；《企业信息公示暂行条例》第八条',
 '不予行政处罚；责令限期改正'),
('EXEMPT', '特种设备', '特种设备使用单位未按规定办理使用登记，在检查前已主动申请登记',
 '主动消除或者减轻违法行为危害后果', '《中华人民共和国行政处罚法》第三十二条；《中华人民共和国特种设备安全法》第八十三条',
 '免予行政处罚'),
('MITIGATE', '食品安全', '食品经营者经营超过保质期的食品，数量少、货值金额小，主动召回',
 '主动消除或者减轻违法行为危害后果', '《中华人民共和国行政处罚法》第三十二条第一项；《中华人民共和国食品安全法》第一百二十四条',
 '减轻处罚：在法定最低罚款数额以下处罚'),
('LIGHTER', '公共卫生', '公共场所未按规定对顾客用品用具进行清洗、消毒',
 '初次违法，配合调查，积极整改', '《中华人民共和国行政处罚法》第三十二条；《公共场所卫生管理条例实施细则》第三十六条',
 '从轻处罚：警告，或在罚款幅度较低部分处罚'),
('HEAVIER', '食品安全', '食品经营者经营病死、毒死或者死因不明的禽畜肉类',
 '造成严重后果，或者一年内再次违法', '《中华人民共和国食品安全法》第一百二十三条、第一百三十四条',
 '从重处罚：在罚款幅度较高部分处罚，情节严重的吊销许可证');
