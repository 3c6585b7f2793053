-- Photos and files sent with a web report (at most 5, 5 MB each; JPEG, PNG or PDF by their content).
create table hotline_attachment (
    id           uuid primary key,
    order_id     uuid not null references hotline_order (id),
    filename     varchar(200) not null,
    content_type varchar(50) not null,
    size_bytes   int not null,
    data         bytea not null,
    created_at   timestamptz not null default now()
);

create index hotline_attachment_order on hotline_attachment (order_id);
