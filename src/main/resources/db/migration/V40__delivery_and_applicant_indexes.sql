-- 统一窗口出件 (results ready at a hall) and an applicant's earlier refusals (pre-check), served by indexes.
create index casework_case_ready_idx on casework_case (intake_hall_id, region_id) where delivery_status = 'READY';
create index casework_case_applicant_id_idx on casework_case (applicant_id);
