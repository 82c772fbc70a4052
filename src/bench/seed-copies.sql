-- Benchmark seeding, not a migration: :n copies of submission :'template' (filed through the API,
-- so every column is as the service writes it) with new ids and references ':prefix-<n>', each
-- delivered to every recipient of the template (its inbox entries copied). The copies are written
-- by one transaction, so they page in id order. Columns are read from the catalogue: the script
-- follows the schema as migrations change it.
--   psql -v template=<uuid> -v n=100000 -v prefix=BENCH -f src/bench/seed-copies.sql
\set ON_ERROR_STOP on
select set_config('bench.template', :'template', false), set_config('bench.n', :'n', false),
       set_config('bench.prefix', :'prefix', false);
do $$
declare
    template uuid := current_setting('bench.template')::uuid;
    n int := current_setting('bench.n')::int;
    prefix text := current_setting('bench.prefix');
    cols text;
begin
    create temp table copies on commit drop as
        select gen_random_uuid() as id, prefix || '-' || lpad(g::text, 9, '0') as reference from generate_series(1, n) g;
    insert into submission
        select (jsonb_populate_record(null::submission, to_jsonb(t) || jsonb_build_object('id', c.id, 'lineage_id', c.id,
                'reference', c.reference))).*
        from copies c, submission t where t.id = template;
    select string_agg(quote_ident(column_name), ', ' order by ordinal_position) into cols
        from information_schema.columns
        where table_schema = current_schema() and table_name = 'inbox_entry' and is_generated = 'NEVER'
          and column_name not in ('id', 'txid', 'submission_id', 'submission_reference');
    execute format('insert into inbox_entry (submission_id, submission_reference, %s) '
                   'select c.id, c.reference, %s from copies c, inbox_entry e where e.submission_id = %L order by c.reference, e.id',
                   cols, (select string_agg('e.' || x, ', ') from unnest(string_to_array(cols, ', ')) x), template);
end $$;
analyze submission;
analyze inbox_entry;
