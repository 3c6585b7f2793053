-- 跨部门综合监管: a joint inspection triggered by an event (a verified 12345 report, a failed inspection) instead of
-- the random draw of entities — logged as such; and the 重点事项清单 of high-risk fields with the departments
-- jointly responsible.
alter table inspection_plan add column trigger_kind varchar(10) not null default 'RANDOM'
    check (trigger_kind in ('RANDOM', 'EVENT'));
alter table inspection_plan add column trigger_note text;   -- for EVENT: what happened and its reference

create table inspection_focus (
    id            serial primary key,
    field         varchar(40) not null,
    matter        text not null,
    departments   text not null,          -- department ids jointly responsible, separated by ,
    legal_basis   text not null
);

insert into inspection_focus (field, matter, departments, legal_basis) values
('食品安全', '校园及周边食品安全、大型活动餐饮保障', '511100-SCJGJ,511100-JYJ,511100-WJW',
 '《中华人民共和国食品安全法》第六条；《国务院关于加强和规范事中事后监管的指导意见》（国发〔2019〕18号）'),
('药品安全', '药品零售企业处方药销售和执业药师在岗', '511100-SCJGJ,511100-WJW,511100-YBJ',
 '《中华人民共和国药品管理法》第一百零八条；《医疗保障基金使用监督管理条例》第二十三条'),
('燃气安全', '餐饮等人员密集场所燃气使用安全', '511100-ZJJ,511100-SCJGJ,511100-YJJ',
 '《城镇燃气管理条例》第五条；《中华人民共和国安全生产法》第十条'),
('特种设备', '电梯、锅炉、压力容器使用安全', '511100-SCJGJ,511100-ZJJ',
 '《中华人民共和国特种设备安全法》第五条'),
('危险化学品', '危险化学品经营、储存安全', '511100-YJJ,511100-GAJ,511100-SHJJ,511100-JTJ',
 '《危险化学品安全管理条例》第六条');
