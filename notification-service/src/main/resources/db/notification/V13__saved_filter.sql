-- A coordinator's saved worklist filters, per user (the token's subject): a name and the worklist query string it
-- applies (filters and sort; never a search text, so no patient data is kept here).
create table saved_filter (
    id         uuid        primary key,
    subject    text        not null,
    name       text        not null,
    query      text        not null,
    created_at timestamptz not null,
    unique (subject, name)
);
