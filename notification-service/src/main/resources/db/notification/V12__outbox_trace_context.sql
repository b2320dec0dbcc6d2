-- the W3C traceparent of the change that wrote the entry, sent on as the record's traceparent header
alter table outbox add column trace_parent text;
