-- A delivery the worker gave up on (delivery.max-attempts reached) is kept as 'failed': shown on the case, on the
-- admin page and in health, and sent again when an admin retries it.
alter table delivery drop constraint delivery_status_check;
alter table delivery add constraint delivery_status_check check (status in ('pending', 'sent', 'failed'));
create index delivery_unsent on delivery (channel, status) where status <> 'sent';
