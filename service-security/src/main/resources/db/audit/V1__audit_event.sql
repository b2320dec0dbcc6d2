-- Who read or changed which patient's data, when, from where and with what outcome (shaped like FHIR AuditEvent).
create table audit_event (
    id               bigserial   primary key,
    recorded         timestamptz not null,
    action           char(1)     not null check (action in ('C', 'R', 'U', 'D', 'E')),
    subtype          text        not null,
    outcome          text        not null check (outcome in ('success', 'denied', 'error')),
    agent_subject    text        not null,
    agent_username   text,
    agent_roles      text[]      not null,
    agent_facilities text[]      not null,
    client_address   text,
    purpose          text,
    patient_ehr_id   text,
    patient_id       text,
    entity           text        not null,
    detail           text
);
create index audit_event_by_patient on audit_event (patient_ehr_id, patient_id, recorded);
create index audit_event_by_time on audit_event (recorded);
