-- Cards returned to EHRs through CDS Hooks, with the criteria behind each, so that feedback can be counted per
-- criterion.
create table cds_card (
    id            uuid        primary key,
    service_id    text        not null,
    hook_instance text        not null,
    ehr_id        text        not null,
    patient_id    text        not null,
    criteria      text[]      not null,
    issued_at     timestamptz not null default now()
);
create index cds_card_by_patient on cds_card (ehr_id, patient_id);

-- What clinicians did with the cards (CDS Hooks feedback): accepted, or overridden with a reason.
create table cds_feedback (
    id                   bigserial   primary key,
    card_id              uuid        not null references cds_card (id),
    service_id           text        not null,
    outcome              text        not null check (outcome in ('accepted', 'overridden')),
    override_system      text,
    override_code        text,
    override_display     text,
    user_comment         text,
    accepted_suggestions text[]      not null default '{}',
    outcome_at           timestamptz not null,
    client               text        not null,
    received_at          timestamptz not null default now()
);
create index cds_feedback_by_card on cds_feedback (card_id);

-- The jti of every EHR token accepted, until it expires: a token is accepted once.
create table cds_token_use (
    issuer     text        not null,
    jti        text        not null,
    expires_at timestamptz not null,
    primary key (issuer, jti)
);
create index cds_token_use_by_expiry on cds_token_use (expires_at);
