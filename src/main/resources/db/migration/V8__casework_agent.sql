-- An applicant may act for another person or enterprise (代理申请) with a power of attorney (授权委托书).
alter table casework_case add column agent_account uuid;
alter table casework_case add column agent_name varchar(50);
