-- Who vouches for an enterprise's registration: the registration authority's data, a window clerk's check, or
-- nobody yet (self-registered online). Money (免申即享) goes only to the first two. Enterprises that registered
-- themselves with a login count as self-declared until a window verifies them.
alter table identity_enterprise add column assurance varchar(10) not null default 'REGISTRY'
    check (assurance in ('REGISTRY', 'WINDOW', 'SELF'));
update identity_enterprise e set assurance = 'SELF'
where exists (select 1 from identity_account a where a.enterprise_id = e.id and a.kind = 'ENTERPRISE');
