-- Deadline reminders and escalations, each sent once per case whatever the number of nodes: the node whose
-- insert succeeds sends it.
create table casework_clock_alert (
    case_id    uuid not null references casework_case (id) on delete cascade,
    kind       varchar(20) not null check (kind in ('REMINDER', 'ESCALATION')),
    due_on     date not null,
    created_at timestamptz not null default now(),
    primary key (case_id, kind, due_on)
);
