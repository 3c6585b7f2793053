-- Service catalogue (module: catalog). An item keeps its code across versions; each version holds the whole
-- guide (jsonb) and its BPMN. Published versions are immutable; an item has at most one open version.
create table catalog_item (
    id            uuid primary key,
    code          varchar(40) not null unique,
    department_id varchar(40) not null,
    region_id     varchar(20) not null,
    created_at    timestamptz not null default now()
);

create table catalog_item_version (
    id           uuid primary key,
    item_id      uuid not null references catalog_item (id),
    version      int not null,
    status       varchar(12) not null check (status in ('DRAFT', 'IN_REVIEW', 'PUBLISHED')),
    guide        jsonb not null,
    bpmn_xml     text,
    created_by   varchar(50) not null,
    created_at   timestamptz not null default now(),
    submitted_by varchar(50),
    submitted_at timestamptz,
    review_note  text,
    published_by varchar(50),
    published_at timestamptz,
    unique (item_id, version)
);

create unique index catalog_one_open_version on catalog_item_version (item_id) where status <> 'PUBLISHED';
create index catalog_version_status_idx on catalog_item_version (status);

create function catalog_published_is_immutable() returns trigger language plpgsql as $$
begin
    if old.status = 'PUBLISHED' then
        raise exception '已发布的事项版本不可修改或删除 (published catalog versions are immutable)';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end
$$;

create trigger catalog_version_immutable before update or delete on catalog_item_version
    for each row execute function catalog_published_is_immutable();

-- The current published version of every item.
create view catalog_current as
select distinct on (v.item_id) i.code, i.department_id, i.region_id, v.*
from catalog_item i join catalog_item_version v on v.item_id = i.id
where v.status = 'PUBLISHED'
order by v.item_id, v.version desc;
