-- 设立登记 through the platform: the person who founded a 市场主体 (its 经营者 or 法定代表人) holds its licences in
-- their own wallet; credit codes the platform assigns come from a sequence above every demo and imported serial.
alter table identity_enterprise add column representative_citizen_id uuid references identity_citizen (id);
create index identity_enterprise_representative_idx on identity_enterprise (representative_citizen_id);
create sequence identity_credit_code_serial start with 27512614111; -- 31^7: body "10000000"
