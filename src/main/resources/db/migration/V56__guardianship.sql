-- 监护: a child registered by 出生登记 is a citizen of their own (GB 11643 number assigned at registration) whose
-- guardian applies for them without a 授权委托书 and holds their licences in the guardian's wallet.
create table identity_guardianship (
    ward_id        uuid not null references identity_citizen (id),
    guardian_id    uuid not null references identity_citizen (id),
    relation       varchar(10) not null,       -- 父亲, 母亲, 其他监护人
    basis_case_id  uuid unique,                -- the 出生登记 case that registered the ward (redelivery registers once)
    since          date not null,
    primary key (ward_id, guardian_id)
);
create index identity_guardianship_guardian on identity_guardianship (guardian_id);
