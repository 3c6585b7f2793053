-- 水电气联合报装: the public utilities take connection applications as 办理单位 of their own, with their own staff
-- accounts (they are companies, not government departments — the 12345 centre already dispatches to them as
-- hotline_company). A city adds its own utilities in its organisation file.
insert into org_department (id, region_id, name, short_name) values
    ('511100-GSGS', '511100', '乐山市自来水有限责任公司', '自来水公司'),
    ('511100-GDGS', '511100', '国网四川省电力公司乐山供电公司', '供电公司'),
    ('511100-RQGS', '511100', '乐山市燃气有限责任公司', '燃气公司')
on conflict (id) do nothing;
