-- Issue 25 §1: the horizon belongs to the service's own writers. Shared by routing (the inbox),
-- audit (the sealer) and webhook (the event streams); no table changes.
--
-- An inbox entry, an audit record or an event is ordered by the id of the transaction that wrote
-- it (`txid`, pg_current_xact_id()), and a reader shows it only once no transaction with a smaller
-- id that could still add one is running: a cursor that moved past a position must never meet an
-- older one committing later. Until now that horizon was pg_snapshot_xmin(pg_current_snapshot()),
-- the oldest transaction running anywhere in the cluster: one write left open in another database,
-- by another application or by a migration job froze every inbox for as long as it ran.
--
-- writer_horizon() is the smallest transaction id that is still running, as the caller's snapshot
-- sees it, in a session of this database logged in as the caller's own login (the service's
-- replicas share one login); with none, the snapshot's xmax. Everything below it is finished for
-- this snapshot, or was written by a stranger — a session of another database (which cannot write
-- here), of another login (another application, an operator, the migration job's owner login,
-- autovacuum), which the service never is.
--
-- Why it is sound whatever the timing: a running transaction is "a stranger" only when
-- pg_stat_activity names the backend holding that very id as another database's or another
-- login's; a transaction id is never reused while it runs, so that fact does not change. An id in
-- the snapshot that pg_stat_activity no longer shows (it finished meanwhile) or does not show yet
-- counts as the service's own: the horizon only errs towards waiting. pg_stat_activity is read
-- once per transaction (PostgreSQL caches it until the transaction ends), which keeps the reading
-- consistent, and stale only towards waiting for the same reason.
--
-- `stable`: it runs on the calling statement's snapshot (a stable function takes no snapshot of its
-- own), so the horizon and the rows the statement reads with it are of one instant. It reads the
-- backends through pg_stat_get_activity, the function behind the pg_stat_activity view (every
-- session may read the columns used here), without the view's joins; plpgsql keeps its plans
-- across calls on a pooled connection: 0.12 ms a call here against 0.09 ms for
-- pg_snapshot_xmin(pg_current_snapshot()) (pgbench, one client, 100 connection slots).
-- backend_xid is the 32-bit form of a transaction id; the running ones are never 2^31 apart, so
-- their low 32 bits name them.
create function writer_horizon() returns bigint language plpgsql stable as $$
declare
    snap pg_snapshot := pg_current_snapshot();
    my_db oid;
    my_login oid;
    horizon bigint;
begin
    select s.datid, s.usesysid into my_db, my_login from pg_stat_get_activity(pg_backend_pid()) s;
    select min(x::text::bigint) into horizon
    from pg_snapshot_xip(snap) x
    where (x::text::bigint & 4294967295) not in (
        select s.backend_xid::text::bigint from pg_stat_get_activity(null) s
        where s.backend_xid is not null and (s.datid is distinct from my_db or s.usesysid is distinct from my_login));
    return coalesce(horizon, pg_snapshot_xmax(snap)::text::bigint);
end
$$;

comment on function writer_horizon() is
    'The smallest transaction id still running in a session of this database and this login (else the snapshot''s xmax): '
    'inbox entries, audit records and events with a smaller txid are final (issue 25; routing/InboxService, audit/AuditSealer, webhook).';
