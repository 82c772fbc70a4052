-- Issue 14 (growth), each found by src/bench/growth.sh on 5 M submissions and 20 M inbox entries.
--
-- What waits in an inbox: the unacknowledged entries in queue order. Paging them (acknowledged=false)
-- and counting an inbox's backlog (statistics, gauges) walked every entry the authority ever had.
-- The index holds only what waits, so it stays as small as the backlog; an acknowledgement takes the
-- entry out of it (the update is no longer HOT: measured by src/bench/delivery-drain.sh).
-- On a large existing table an operator may build it first with CREATE INDEX CONCURRENTLY under
-- the same name; this statement then leaves it be.
create index if not exists inbox_entry_unacknowledged_idx on inbox_entry (authority_id, txid, id) where acknowledged_at is null;

-- A province's or a prefecture's obligations, in id order (by institution): the commission's prefix
-- and the id, so a page reads its rows in order instead of sorting the whole jurisdiction's.
-- A county is an equality on obligation_supervisor_idx; the nation is the primary key.
create index if not exists obligation_province_idx on obligation (left(supervising_authority_id, 5), id);
create index if not exists obligation_prefecture_idx on obligation (left(supervising_authority_id, 7), id);

-- A jurisdiction's institutions by the prefix of their supervising commission (`like 'HC-36%'`: the
-- catch-up of a jurisdiction's stale ledgers, its institution counts and listing). The plain index
-- on the column cannot answer a LIKE prefix in this collation, so at 1.07 M institutions each read
-- would scan the registry; this one can (varchar_pattern_ops, as obligation_supervisor_idx).
create index if not exists institution_supervisor_pattern_idx on institution (supervising_authority_id varchar_pattern_ops);
