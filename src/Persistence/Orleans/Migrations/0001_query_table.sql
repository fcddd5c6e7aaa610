-- The named queries Orleans' ADO.NET providers (clustering, grain storage, reminders) read at
-- start: "SELECT QueryKey, QueryText FROM OrleansQuery" (unquoted, so PostgreSQL folds the names
-- to lower case). Each provider binds @Name parameters to its query and reads result columns by
-- name; the later migrations insert one row per query key of each provider.
create table orleansquery (
    querykey text primary key,
    querytext text not null
);
