-- Where each EHR's sync stands, per resource type: the watermark only moves after Kafka acknowledged a page.
create table sync_state (
    ehr_id          text        not null,
    resource_type   text        not null,
    watermark       timestamptz,
    resources_seen  bigint      not null default 0,
    dead_lettered   bigint      not null default 0,
    last_run_at     timestamptz,
    last_success_at timestamptz,
    last_error      text,
    primary key (ehr_id, resource_type)
);

-- The last version of each resource published, so the overlap of '_lastUpdated=ge' is not published twice.
create table synced_version (
    ehr_id        text        not null,
    resource_type text        not null,
    resource_id   text        not null,
    version_id    text        not null,
    last_updated  timestamptz,
    primary key (ehr_id, resource_type, resource_id)
);
