-- A deleted resource is kept as a tombstone (no body) so that an older version arriving late cannot bring it back.
alter table patient_resource add column deleted boolean not null default false;
