-- A member applied for the newborn (医保参保, 社保卡 in 新生儿出生一件事): drafted for the guardian, it becomes the
-- child's application once 出生登记 has registered the child, and is submitted with the guardian as agent.
alter table bundle_member add column for_newborn boolean not null default false;
