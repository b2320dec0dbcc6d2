-- One open case per patient: a later flag of the same patient updates the open case instead of opening another.
alter table care_case drop constraint care_case_flag_id_key;
create index care_case_by_flag on care_case (flag_id);
create unique index care_case_one_open_per_patient on care_case (ehr_id, patient_id) where status <> 'closed';

-- The lifecycle: who works the case, what came of it.
alter table care_case
    add column team             text,
    add column assignee         text,
    add column acknowledged_at  timestamptz,
    add column referral         jsonb,
    add column outcome          text check (outcome in ('second-opinion-obtained', 'patient-declined', 'not-needed')),
    add column reason_code      text,
    add column outcome_text     text,
    add column closed_at        timestamptz,
    add column flag_resolved_at timestamptz,
    add column escalated_at     timestamptz;
create index care_case_open_by_assignee on care_case (team, assignee) where status <> 'closed';

-- Which criteria of a case were already announced (at once or in a digest): nothing is announced twice.
create table case_alert (
    case_id    uuid        not null references care_case (id),
    criterion  text        not null,
    kind       text        not null check (kind in ('immediate', 'digest')),
    alerted_at timestamptz not null,
    primary key (case_id, criterion)
);

-- Round-robin position per coordinator team.
create table team_cursor (
    team       text    primary key,
    next_index integer not null
);

-- Persisted delivery queue for e-mail and webhooks: retried with backoff until sent, never dropped.
create table delivery (
    id              uuid        primary key,
    case_id         uuid        references care_case (id),
    channel         text        not null check (channel in ('email', 'webhook')),
    target          text        not null,
    subject         text,
    body            text        not null,
    urgent          boolean     not null default false,
    status          text        not null default 'pending' check (status in ('pending', 'sent')),
    attempts        integer     not null default 0,
    next_attempt_at timestamptz not null,
    last_error      text,
    created_at      timestamptz not null,
    sent_at         timestamptz
);
create index delivery_due on delivery (next_attempt_at) where status = 'pending';
create index delivery_by_case on delivery (case_id);

-- Transactional outbox: Task write-back events are written with the case change and relayed to Kafka afterwards.
create table outbox (
    id           uuid        primary key,
    topic        text        not null,
    message_key  text        not null,
    payload      bytea       not null,
    created_at   timestamptz not null default clock_timestamp(),
    published_at timestamptz
);
create index outbox_unpublished on outbox (created_at) where published_at is null;
