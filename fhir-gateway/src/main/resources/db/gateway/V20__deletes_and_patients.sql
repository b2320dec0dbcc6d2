-- Deletes are found in the EHR's _history; each type remembers how far its history was read.
alter table sync_state add column deletes_watermark timestamptz;

-- The patient of each published resource, so that its deletion can be keyed like its versions were;
-- deleted marks a version that was published as a tombstone.
alter table synced_version add column patient_id text;
alter table synced_version add column deleted boolean not null default false;
