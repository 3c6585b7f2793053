-- Notifications (module: notification).
-- 站内消息: every account's messages, from every module (casework's own table moved here).
create table notification_inbox (
    id          bigserial primary key,
    account_id  uuid not null,
    reference   varchar(100),
    message     text not null,
    created_at  timestamptz not null default now(),
    read_at     timestamptz
);
create index notification_inbox_account on notification_inbox (account_id, id desc);

insert into notification_inbox (account_id, reference, message, created_at, read_at)
select account_id, case_id::text, message, created_at, read_at from casework_notification order by id;
drop table casework_notification;

-- SMS and e-mail waiting for the relay. The address is sealed with the relay's SM2 public key (only the relay reads
-- it); the mask is for the admin page. A row is claimed for a short lease, so two nodes never send it twice at once
-- and a node that dies mid-send leaves it to be retried.
create table notification_outbox (
    id              bigserial primary key,
    channel         varchar(10) not null check (channel in ('SMS', 'EMAIL')),
    address         bytea not null,
    address_mask    varchar(100) not null,
    template        varchar(50) not null,
    params          text not null,                 -- JSON object of the placeholder values
    subject         varchar(200),
    body            text not null,                 -- the rendered text (the e-mail, and the SMS for gateways that take text)
    reference       varchar(100),
    status          varchar(10) not null default 'PENDING' check (status in ('PENDING', 'SENT', 'DEAD')),
    attempts        int not null default 0,
    next_attempt_at timestamptz not null default now(),
    lease_until     timestamptz,
    last_error      text,
    created_at      timestamptz not null default now(),
    sent_at         timestamptz
);
create index notification_outbox_due on notification_outbox (next_attempt_at) where status = 'PENDING';
create index notification_outbox_status on notification_outbox (channel, status);
