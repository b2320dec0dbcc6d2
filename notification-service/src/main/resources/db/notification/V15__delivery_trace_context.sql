-- the W3C traceparent of the change that queued the alert: its delivery continues that trace
alter table delivery add column trace_parent text;
