-- A worker takes due deliveries by setting claimed_until, commits, and sends them outside any transaction; it then
-- records each outcome (clearing the claim). A delivery whose claim ran out unrecorded (its worker died) is due again.
alter table delivery add column claimed_until timestamptz;
