-- 开办餐饮店/运输企业/药店/旅行社一件事: the founder applies for the whole bundle; the members marked for the new
-- enterprise become its applications (the founder as its 经营者/法定代表人) once 设立登记 has registered it.
alter table bundle_member add column for_new_enterprise boolean not null default false;
-- which decision registered the 市场主体 (a redelivered 准予 establishes nothing twice)
alter table identity_enterprise add column established_by_case uuid;
create unique index identity_enterprise_established_by_case on identity_enterprise (established_by_case)
    where established_by_case is not null;
