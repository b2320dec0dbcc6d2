-- the W3C traceparent of the change that wrote the row, so that the flag event it leads to continues the same trace
alter table outbox add column trace_parent text;
alter table pending_assessment add column trace_parent text;
