-- The outbox holds only what waits for Kafka: the relay deletes an entry once Kafka has acknowledged it.
delete from outbox where published_at is not null;
drop index outbox_unpublished;
alter table outbox drop column published_at;
create index outbox_by_age on outbox (created_at);
