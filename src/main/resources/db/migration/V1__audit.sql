-- Audit log (module: audit). Append-only and hash-chained with SM3: each row's hash covers its own
-- fields and the previous row's hash, so an edited or deleted row breaks the chain from there on.
create table audit_entry (
    seq          bigint primary key,            -- gapless: assigned under an advisory lock
    occurred_at  timestamptz not null,
    actor        varchar(100) not null,
    action       varchar(100) not null,
    object_type  varchar(100) not null,
    object_id    varchar(200) not null,
    before_state text,
    after_state  text,
    prev_hash    char(64) not null,
    hash         char(64) not null
);

create index audit_entry_object_idx on audit_entry (object_type, object_id);

create function audit_entry_forbid_change() returns trigger language plpgsql as $$
begin
    raise exception '审计日志只允许追加，不允许修改或删除 (audit_entry is append-only)';
end
$$;

create trigger audit_entry_no_update_delete before update or delete on audit_entry
    for each row execute function audit_entry_forbid_change();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_forbid_change();
