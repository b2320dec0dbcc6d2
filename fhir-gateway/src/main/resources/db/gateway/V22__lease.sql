-- Leases shared by gateway instances (ShedLock's JDBC provider): who holds which piece of work, until when (UTC).
create table lease (
  name       varchar(255) primary key,
  lock_until timestamp(3) not null,
  locked_at  timestamp(3) not null,
  locked_by  varchar(255) not null
);
