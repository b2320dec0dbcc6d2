-- A case is found by its patient: the open one through care_case_one_open_per_patient, closed ones through this
-- index, which a new case does not enter; a flag's case through its patient too. Two indexes fewer to write per case.
create index care_case_closed_by_patient on care_case (ehr_id, patient_id) where status = 'closed';
drop index care_case_by_patient;
drop index care_case_by_flag;
