-- Where a case belongs and why: the rule that placed it (or 'fallback'), a sentence saying how, and what the flag
-- said of the patient's record (its facility and organisation references), so that a case can be placed again.
alter table care_case
    add column placement_rule   text,
    add column placement_detail text,
    add column flag_facility    text,
    add column organizations    jsonb;
create index care_case_unplaced on care_case (ehr_id) where placement_rule = 'fallback' and status <> 'closed';
