-- Consumer idempotency: an event id is processed once, in the same transaction as its effects.
create table processed_event (
    event_id     text        primary key,
    processed_at timestamptz not null default now()
);

-- Each patient's clinical picture: the latest version of every resource, as the EHR served it.
create table patient_resource (
    ehr_id        text        not null,
    resource_type text        not null,
    resource_id   text        not null,
    patient_id    text        not null,
    version_id    text        not null,
    last_updated  timestamptz,
    body          jsonb       not null,
    event_id      text        not null,
    received_at   timestamptz not null default now(),
    primary key (ehr_id, resource_type, resource_id)
);
create index patient_resource_by_patient on patient_resource (ehr_id, patient_id);

-- The latest assessment of each patient.
create table assessment (
    ehr_id          text        not null,
    patient_id      text        not null,
    patient         jsonb       not null,
    status          text        not null check (status in ('flagged', 'clear')),
    priority        text,
    criteria        jsonb       not null,
    ruleset_version text        not null,
    assessed_at     timestamptz not null,
    primary key (ehr_id, patient_id)
);

-- Second-opinion flags; at most one open flag per patient.
create table flag (
    id              uuid        primary key,
    ehr_id          text        not null,
    patient_id      text        not null,
    status          text        not null check (status in ('open', 'resolved')),
    priority        text        not null,
    payload         jsonb       not null,
    raised_at       timestamptz not null,
    updated_at      timestamptz not null,
    resolved_at     timestamptz
);
create unique index flag_one_open_per_patient on flag (ehr_id, patient_id) where status = 'open';
create index flag_by_status on flag (status, updated_at);

-- Transactional outbox: flag events are written with the flag and relayed to Kafka afterwards.
create table outbox (
    id           uuid        primary key,
    topic        text        not null,
    message_key  text        not null,
    payload      bytea       not null,
    created_at   timestamptz not null default clock_timestamp(),
    published_at timestamptz
);
create index outbox_unpublished on outbox (created_at) where published_at is null;
