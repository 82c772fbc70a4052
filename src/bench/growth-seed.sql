-- Benchmark seeding, not a migration (src/bench/growth.sh): submissions :lo..:hi of :n, copied
-- from the templates :'mlps' and :'incident' (filed through the API, so every column is as the
-- service writes them), MLPS filings and incident reports in turn, spread over the registered
-- institutions and over the :days days before :'until', each delivered to four inboxes: the health
-- commissions of its county, prefecture and province, and the county's public security organ.
-- Entries older than :acked_days days are acknowledged, as a draining portal leaves them. One
-- transaction per call; foreign-key triggers are off for the load (session_replication_role), since
-- every reference is built from rows that exist. Columns are read from the catalogue, so the script
-- follows the schema as migrations change it.
\set ON_ERROR_STOP on
set session_replication_role = replica;
select set_config('bench.lo', :'lo', false), set_config('bench.hi', :'hi', false), set_config('bench.n', :'n', false),
       set_config('bench.mlps', :'mlps', false), set_config('bench.incident', :'incident', false),
       set_config('bench.until', :'until', false), set_config('bench.days', :'days', false),
       set_config('bench.acked_days', :'acked_days', false);
do $$
declare
    lo bigint := current_setting('bench.lo')::bigint;
    hi bigint := current_setting('bench.hi')::bigint;
    n bigint := current_setting('bench.n')::bigint;
    until timestamptz := current_setting('bench.until')::timestamptz;
    span interval := make_interval(days => current_setting('bench.days')::int);
    acked_before timestamptz := current_setting('bench.until')::timestamptz - make_interval(days => current_setting('bench.acked_days')::int);
    institutions int;
    cols text;
    vals text;
begin
    create temp table insts on commit drop as
        select row_number() over (order by uscc) - 1 as k, uscc, division_code as county, supervising_authority_id as supervisor
        from registered_institution;
    select count(*) into institutions from insts;
    create temp table copies on commit drop as
        select gen_random_uuid() as id, 'GROWTH-' || lpad(g::text, 10, '0') as reference, i.uscc, i.county, i.supervisor,
               case when g % 2 = 0 then current_setting('bench.mlps')::uuid else current_setting('bench.incident')::uuid end as template,
               until - span + span * (g::float8 / n) as received_at
        from generate_series(lo, hi) g join insts i on i.k = g % institutions;
    -- Column by column (a row through to_jsonb and back costs ~1 ms): the overridden ones from the copy.
    select string_agg(quote_ident(column_name), ', ' order by ordinal_position),
           string_agg(case column_name when 'id' then 'c.id' when 'lineage_id' then 'c.id' when 'reference' then 'c.reference'
                          when 'institution_uscc' then 'c.uscc' when 'received_at' then 'c.received_at'
                          when 'supervising_authority_id' then 'c.supervisor'
                          when 'thread_id' then 'case when t.thread_id is null then null else c.id end'
                          else 't.' || quote_ident(column_name) end, ', ' order by ordinal_position)
        into cols, vals
        from information_schema.columns
        where table_schema = current_schema() and table_name = 'submission' and is_generated = 'NEVER';
    execute format('insert into submission (%s) select %s from copies c join submission t on t.id = c.template order by c.received_at',
                   cols, vals);
    select string_agg(quote_ident(column_name), ', ' order by ordinal_position) into cols
        from information_schema.columns
        where table_schema = current_schema() and table_name = 'inbox_entry' and is_generated = 'NEVER'
          and column_name not in ('id', 'txid', 'authority_id', 'submission_id', 'submission_reference', 'institution_uscc',
                                  'received_at', 'created_at', 'acknowledged_at', 'acknowledged_by');
    execute format('insert into inbox_entry (authority_id, submission_id, submission_reference, institution_uscc, received_at,'
                   ' created_at, acknowledged_at, acknowledged_by, %s)'
                   ' select a.authority, c.id, c.reference, c.uscc, c.received_at, c.received_at,'
                   ' case when c.received_at < %L then c.received_at + interval ''1 hour'' end,'
                   ' case when c.received_at < %L then ''bench-portal'' end, %s'
                   ' from copies c join lateral (select distinct on (submission_id) * from inbox_entry x'
                   '   where x.submission_id = c.template order by submission_id, id) e on true'
                   ' cross join lateral (values (''HC-'' || c.county), (''HC-'' || left(c.county, 4) || ''00''),'
                   '   (''HC-'' || left(c.county, 2) || ''0000''), (''PSB-'' || c.county)) a(authority)'
                   ' order by c.received_at, a.authority',
                   cols, acked_before, acked_before, (select string_agg('e.' || x, ', ') from unnest(string_to_array(cols, ', ')) x));
end $$;
