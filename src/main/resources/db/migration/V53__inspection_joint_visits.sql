-- 进一次门、查多项事 across plans: an entity drawn again in the same quarter by another department's plan, before
-- the earlier visit has a result, joins that visit (one trip, both plans' items) — shown on both plans.
alter table inspection_visit add column joins_plan uuid;   -- the earlier plan whose visit this one joins
alter table inspection_visit add column joins_ordinal int;

-- plan numbers from a sequence: two administrators committing at the same moment never get the same number
create sequence inspection_plan_serial;
