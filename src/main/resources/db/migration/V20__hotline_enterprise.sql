-- 亲清在线: enterprise appeals (by credit code) with a named 专员, the 外资企业 stream, and 提级办理.
alter table hotline_order add column enterprise_credit_code varchar(18);
alter table hotline_order add column enterprise_name varchar(200);
alter table hotline_order add column foreign_invested boolean not null default false;
alter table hotline_order add column liaison_account uuid;                 -- 专员: the agent who owns the appeal
alter table hotline_order add column escalation_level int not null default 0; -- 0 = 承办单位, 1 = 提级 to the city government
alter table hotline_order add column escalated_at timestamptz;
alter table hotline_order add column escalation_reason varchar(200);

create index hotline_order_enterprise on hotline_order (enterprise_credit_code) where enterprise_credit_code is not null;
