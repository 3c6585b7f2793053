-- Departments' own risk judgements of enterprises (e.g. 税务 纳税信用, 生态环境 环境信用), imported by their
-- administrators; an enterprise's tier is the higher risk of these and its inspection results.
create table inspection_tier_report (
    credit_code    varchar(18) not null,
    department_id  varchar(40) not null,
    tier           char(1) not null check (tier in ('A', 'B', 'C', 'D')),
    basis          varchar(200) not null,
    reported_on    date not null,
    reported_by    varchar(50) not null,
    primary key (credit_code, department_id)
);
