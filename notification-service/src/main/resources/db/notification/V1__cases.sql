-- Consumer idempotency: an event id is processed once, in the same transaction as its effects.
create table processed_event (
    event_id     text        primary key,
    processed_at timestamptz not null default now()
);

-- A coordinator's case: one per flag, followed from 'new' to 'closed'.
create table care_case (
    id           uuid        primary key,
    flag_id      text        not null unique,
    ehr_id       text        not null,
    patient_id   text        not null,
    patient      jsonb       not null,
    facility     text,
    priority     text        not null check (priority in ('urgent', 'high', 'routine')),
    status       text        not null default 'new'
                             check (status in ('new', 'acknowledged', 'in-review', 'referred', 'closed')),
    flag_status  text        not null check (flag_status in ('open', 'resolved')),
    criteria     jsonb       not null,
    coverage     jsonb,
    ruleset_version text     not null,
    created_at   timestamptz not null,
    updated_at   timestamptz not null
);
create index care_case_worklist on care_case (status, priority, created_at);
create index care_case_by_patient on care_case (ehr_id, patient_id);

-- What happened to each case, in order.
create table case_history (
    id        bigserial   primary key,
    case_id   uuid        not null references care_case (id),
    at        timestamptz not null,
    action    text        not null,
    actor     text        not null,
    detail    text
);
create index case_history_by_case on case_history (case_id, at);
