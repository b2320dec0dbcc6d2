-- The EHRs' provider directory: the latest version of each Practitioner, PractitionerRole, Organization, Location.
create table directory_resource (
    ehr_id        text        not null,
    resource_type text        not null,
    resource_id   text        not null,
    last_updated  timestamptz,
    body          jsonb       not null,
    received_at   timestamptz not null default now(),
    primary key (ehr_id, resource_type, resource_id)
);

-- The live case stream reads the cases changed since its last look.
create index care_case_by_updated on care_case (updated_at);
