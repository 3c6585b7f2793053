-- City scale (millions of cases, hundreds of thousands of 12345 orders): every list people open daily is served by an
-- index, checked by QueryPlanIntegrationTests with sequential scans switched off (bench/scale.sh measures the pages).

-- 督办: the city's running cases, oldest acceptance first
create index casework_case_running_idx on casework_case (accepted_on) where status = 'ACCEPTED';
-- 部门办件: a department's open cases, oldest first
create index casework_case_department_open_idx on casework_case (department_id, submitted_at)
    where status in ('SUBMITTED', 'ACCEPTED', 'CORRECTION_REQUIRED');
-- 窗口受理: the hall's latest cases
drop index casework_case_hall_idx;
create index casework_case_hall_idx on casework_case (intake_hall_id, created_at desc);
-- 我的办件: an applicant's cases, newest first (own account, or submitted by them)
drop index casework_case_applicant_idx;
create index casework_case_applicant_idx on casework_case (applicant_account, created_at desc);
create index casework_case_submitter_idx on casework_case (submitted_by, created_at desc);

-- 12345: open orders newest first (console), orders of a month or of the last days (figures, hot spots)
create index hotline_order_open_recent on hotline_order (created_at desc) where status <> 'CLOSED';
create index hotline_order_created on hotline_order (created_at);
