-- The coordinator's attempts to reach the patient of a case: who, when, what came of it, and a note.
create table case_outreach (
    id       bigserial   primary key,
    case_id  uuid        not null references care_case (id),
    at       timestamptz not null,
    actor    text        not null,
    outcome  text        not null check (outcome in ('reached', 'no-answer', 'left-message', 'patient-declined',
                                                     'scheduled', 'wrong-number', 'other')),
    note     text
);
create index case_outreach_by_case on case_outreach (case_id, at desc);
