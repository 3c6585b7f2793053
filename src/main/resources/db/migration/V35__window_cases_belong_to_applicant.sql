-- Cases taken at a window (or by an agent) for a registered person or enterprise belong to that party's own account
-- too, so that they appear in its 我的办件, notices and 好差评. Earlier such cases carried no applicant account.
update casework_case c
set applicant_account = (select a.id from identity_account a
                         where a.enabled and (a.citizen_id = c.applicant_id or a.enterprise_id = c.applicant_id)
                         order by a.created_at, a.id limit 1)
where c.applicant_account is null;
