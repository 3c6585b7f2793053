-- Who a 差评 is about, where known: the staff member and step that last handled the case (a snapshot at rating).
alter table evaluation_rating add column handled_by varchar(100);
alter table evaluation_rating add column handled_step varchar(300);
