-- Background jobs record when they last showed signs of life, so that a job left running by a crash (or by a
-- node that was stopped) is marked failed with a reason instead of staying RUNNING for ever.
alter table policy_fact_import add column heartbeat_at timestamptz not null default now();
alter table license_import_job add column heartbeat_at timestamptz not null default now();
alter table policy_match_run add column heartbeat_at timestamptz not null default now();
alter table policy_match_run add column failure text;
