-- Each in-platform provider keeps its records in a table of its own, shaped like the department's register (as a
-- department's system would), instead of one shared table keyed by dataset. The dataset names its table, and each
-- field of the catalogue names its column, so the provider reads any of them the same way.
alter table exchange_dataset add column source_table varchar(63)
    check (source_table ~ '^exchange_src_[a-z_]+$');

-- 公安：人口户籍
create table exchange_src_ga_hukou (
    subject_id  uuid primary key,
    name        text,
    id_number   text,   -- masked as the register shares it (前6位****后4位)
    address     text,
    relation    text,
    photo_no    text,
    updated_on  date not null default current_date
);
-- 民政：婚姻登记
create table exchange_src_mz_marriage (
    subject_id     uuid primary key,
    kind           text,
    spouse_name    text,
    registered_on  text,
    certificate_no text,
    updated_on     date not null default current_date
);
-- 民政：最低生活保障对象
create table exchange_src_mz_dibao (
    subject_id uuid primary key,
    category   text,
    since      text,
    updated_on date not null default current_date
);
-- 卫健：出生医学证明
create table exchange_src_wj_birth (
    subject_id     uuid primary key,
    newborn_name   text,
    born_on        text,
    certificate_no text,
    updated_on     date not null default current_date
);
-- 人社：社会保险参保缴费
create table exchange_src_rs_insurance (
    subject_id  uuid primary key,
    insurance   text,
    status      text,
    months_paid text,
    place       text,
    updated_on  date not null default current_date
);
-- 医保：医疗保障参保
create table exchange_src_yb_insurance (
    subject_id      uuid primary key,
    insurance       text,
    status          text,
    since           text,
    last_settlement text,
    updated_on      date not null default current_date
);
-- 市场监管：市场主体登记
create table exchange_src_sc_enterprise (
    subject_id uuid primary key,
    name       text,
    status     text,
    capital    text,
    scope      text,
    updated_on date not null default current_date
);
-- 自然资源：不动产登记
create table exchange_src_zr_property (
    subject_id     uuid primary key,
    certificate_no text,
    location       text,
    area           text,
    use            text,
    updated_on     date not null default current_date
);

update exchange_dataset set source_table = 'exchange_src_ga_hukou', fields = '[{"name":"姓名","column":"name","type":"文本","personal":true},{"name":"公民身份号码","column":"id_number","type":"文本","personal":true},{"name":"户籍地址","column":"address","type":"文本","personal":true},{"name":"与户主关系","column":"relation","type":"文本","personal":true},{"name":"制证照片编号","column":"photo_no","type":"文本","personal":true}]' where code = 'GA-HJXX';
update exchange_dataset set source_table = 'exchange_src_mz_marriage', fields = '[{"name":"登记类别","column":"kind","type":"文本","personal":false},{"name":"配偶姓名","column":"spouse_name","type":"文本","personal":true},{"name":"登记日期","column":"registered_on","type":"日期","personal":false},{"name":"结婚证字号","column":"certificate_no","type":"文本","personal":true}]' where code = 'MZ-HYDJ';
update exchange_dataset set source_table = 'exchange_src_mz_dibao', fields = '[{"name":"保障类别","column":"category","type":"文本","personal":true},{"name":"保障起始日期","column":"since","type":"日期","personal":false}]' where code = 'MZ-DBDX';
update exchange_dataset set source_table = 'exchange_src_wj_birth', fields = '[{"name":"新生儿姓名","column":"newborn_name","type":"文本","personal":true},{"name":"出生日期","column":"born_on","type":"日期","personal":true},{"name":"出生医学证明编号","column":"certificate_no","type":"文本","personal":true}]' where code = 'WJ-CSYXZM';
update exchange_dataset set source_table = 'exchange_src_rs_insurance', fields = '[{"name":"险种","column":"insurance","type":"文本","personal":false},{"name":"参保状态","column":"status","type":"文本","personal":false},{"name":"累计缴费月数","column":"months_paid","type":"数字","personal":false},{"name":"参保地","column":"place","type":"文本","personal":false}]' where code = 'RS-SBCB';
update exchange_dataset set source_table = 'exchange_src_yb_insurance', fields = '[{"name":"险种","column":"insurance","type":"文本","personal":false},{"name":"参保状态","column":"status","type":"文本","personal":false},{"name":"参保起始日期","column":"since","type":"日期","personal":false},{"name":"最近住院结算","column":"last_settlement","type":"文本","personal":true}]' where code = 'YB-CBXX';
update exchange_dataset set source_table = 'exchange_src_sc_enterprise', fields = '[{"name":"名称","column":"name","type":"文本","personal":false},{"name":"登记状态","column":"status","type":"文本","personal":false},{"name":"注册资本（万元）","column":"capital","type":"数字","personal":false},{"name":"经营范围","column":"scope","type":"文本","personal":false}]' where code = 'SC-QYDJ';
update exchange_dataset set source_table = 'exchange_src_zr_property', fields = '[{"name":"不动产权证书号","column":"certificate_no","type":"文本","personal":true},{"name":"坐落","column":"location","type":"文本","personal":true},{"name":"建筑面积（㎡）","column":"area","type":"数字","personal":false},{"name":"用途","column":"use","type":"文本","personal":false}]' where code = 'ZR-BDCDJ';

-- the records held so far move to their provider's table
insert into exchange_src_ga_hukou (subject_id, name, id_number, address, relation, photo_no, updated_on)
select subject_id, data->>'姓名', data->>'公民身份号码', data->>'户籍地址', data->>'与户主关系', data->>'制证照片编号', updated_on
from exchange_source_record where dataset_code = 'GA-HJXX';
insert into exchange_src_mz_marriage (subject_id, kind, spouse_name, registered_on, certificate_no, updated_on)
select subject_id, data->>'登记类别', data->>'配偶姓名', data->>'登记日期', data->>'结婚证字号', updated_on
from exchange_source_record where dataset_code = 'MZ-HYDJ';
insert into exchange_src_mz_dibao (subject_id, category, since, updated_on)
select subject_id, data->>'保障类别', data->>'保障起始日期', updated_on from exchange_source_record where dataset_code = 'MZ-DBDX';
insert into exchange_src_wj_birth (subject_id, newborn_name, born_on, certificate_no, updated_on)
select subject_id, data->>'新生儿姓名', data->>'出生日期', data->>'出生医学证明编号', updated_on
from exchange_source_record where dataset_code = 'WJ-CSYXZM';
insert into exchange_src_rs_insurance (subject_id, insurance, status, months_paid, place, updated_on)
select subject_id, data->>'险种', data->>'参保状态', data->>'累计缴费月数', data->>'参保地', updated_on
from exchange_source_record where dataset_code = 'RS-SBCB';
insert into exchange_src_yb_insurance (subject_id, insurance, status, since, last_settlement, updated_on)
select subject_id, data->>'险种', data->>'参保状态', data->>'参保起始日期', data->>'最近住院结算', updated_on
from exchange_source_record where dataset_code = 'YB-CBXX';
insert into exchange_src_sc_enterprise (subject_id, name, status, capital, scope, updated_on)
select subject_id, data->>'名称', data->>'登记状态', data->>'注册资本（万元）', data->>'经营范围', updated_on
from exchange_source_record where dataset_code = 'SC-QYDJ';
insert into exchange_src_zr_property (subject_id, certificate_no, location, area, use, updated_on)
select subject_id, data->>'不动产权证书号', data->>'坐落', data->>'建筑面积（㎡）', data->>'用途', updated_on
from exchange_source_record where dataset_code = 'ZR-BDCDJ';
drop table exchange_source_record;
