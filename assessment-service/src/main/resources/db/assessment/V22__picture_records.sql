-- Each kept version's picture records in the service's own compact form, so that a picture is rebuilt without
-- parsing FHIR. records_form names the form (format version, record shape, zone of planned dates); rows of another
-- form, or none, are derived again from body on first use and written back.
alter table patient_resource add column picture_records bytea;
alter table patient_resource add column records_form text;
