-- Issue 14: every inbox entry is updated once, when its authority acknowledges it. With room left
-- on each page the new row version stays on the same page and no index is touched (a HOT update:
-- acknowledged_at is in no index), so draining a backlog writes the heap, not three indexes.
-- Applies to pages written from now on; a VACUUM FULL or pg_repack rewrites the existing ones.
alter table inbox_entry set (fillfactor = 85);

-- Issue 14: a filing no longer derives its institution's obligations in its own transaction; it
-- counts a change on the ledger (changes + 1, stale) and the ledger is derived again by the
-- catch-up job or by the first read that needs it (obligation/Ledger). A derivation that read the
-- ledger at count n leaves it stale if the count moved on meanwhile, so no change is ever lost.
alter table obligation_ledger add column changes bigint not null default 0;
create index obligation_ledger_stale_idx on obligation_ledger (institution_uscc) where stale;
