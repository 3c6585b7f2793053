-- A dataset answered by a department's own system instead of the platform's records: its URL (see docs/exchange.md).
alter table exchange_dataset add column endpoint varchar(500);
