-- Patients whose picture changed and who wait for one re-assessment: a burst of events yields one evaluation.
create table pending_assessment (
    ehr_id     text        not null,
    patient_id text        not null,
    due_at     timestamptz not null,
    primary key (ehr_id, patient_id)
);
create index pending_assessment_due on pending_assessment (due_at);
