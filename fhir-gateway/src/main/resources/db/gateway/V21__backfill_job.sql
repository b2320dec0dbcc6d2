-- Bulk Data $export backfills: the job, and each NDJSON file with the lines already published, so that a restart
-- resumes where the last acknowledged batch ended.
create table backfill_job (
    id               uuid        primary key,
    ehr_id           text        not null,
    state            text        not null,
    method           text        not null,
    resource_types   text,
    since            timestamptz,
    group_id         text,
    status_url       text,
    transaction_time timestamptz,
    files_total      integer     not null default 0,
    files_done       integer     not null default 0,
    resources_total  bigint,
    resources_done   bigint      not null default 0,
    dead_lettered    bigint      not null default 0,
    created_at       timestamptz not null,
    started_at       timestamptz,
    download_started_at timestamptz,
    updated_at       timestamptz not null,
    finished_at      timestamptz,
    last_error       text
);

create index backfill_job_ehr on backfill_job (ehr_id, created_at desc);

create table backfill_file (
    job_id        uuid    not null references backfill_job (id) on delete cascade,
    position      integer not null,
    resource_type text    not null,
    url           text    not null,
    expected      bigint,
    lines_done    bigint  not null default 0,
    done          boolean not null default false,
    primary key (job_id, position)
);
