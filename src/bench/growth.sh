#!/usr/bin/env bash
# Growth: the reads that page through a national-size record, on a record seeded by SQL.
#   src/bench/growth.sh [submissions=5000000] [pages=200]
# Needs the packaged service (README, Benchmarks).
#
# 1. An empty schema: the service migrates it (start to ready printed), 2,000 institutions are
#    registered over the API in the 20 counties of Jiangxi (36) listed first in the division table,
#    and one MLPS filing and one incident initial report are filed over the API as templates.
# 2. SQL (growth-seed.sql) copies the templates into N submissions over the 700 days to now, each
#    delivered to four inboxes (county, prefecture and province health commissions, county public
#    security): 4 N inbox entries, those older than BACKLOG_DAYS (1) days acknowledged, the rest waiting
#    (a portal that was down for that long). 250,000 submissions per transaction.
# 3. The service on the seeded schema, rate limits raised (this measures reads, not the limiter):
#    growth.py times each read page by page on one connection: the province's, a prefecture's and a
#    county's inbox (all entries, and unacknowledged only), submission listings (an institution, a
#    county, the province), obligations (an institution, the province) and the statistics endpoint
#    (county, prefecture, province, this year).
# 4. The same reads once more with auto_explain on the service's own connections (EXPLAIN ANALYZE,
#    BUFFERS of the statements exactly as the service runs them), from PostgreSQL's log: each plan's
#    statement, the indexes it used, its rows and time (all plans in /tmp/growth-plans.txt).
# KEEP=1 keeps the seeded schema for the next run, which then starts at step 3 (after the migrations a
# newer build brings, timed apart).
source "$(dirname "$0")/lib.sh"
n="${1:-5000000}"
pages="${2:-200}"
port=18184
schema=healthsec_bench_growth
work=/tmp/bench-growth
chunk=250000
need python3 curl
trap 'stop_service; [ "${KEEP:-0}" = 1 ] || drop_schema '$schema'; rm -rf '$work EXIT
mkdir -p $work
mapfile -t counties < <(awk -F, '$1 ~ /^36/ && $3 ~ /^county/ {print $1}' src/main/resources/reference/gbt2260-divisions.csv | head -20)

# A kept schema of this size: its N-th copy exists and no (N+1)-th (two look-ups by the unique reference).
have=$("${PSQL[@]}" -tAc "select exists (select 1 from $schema.submission where reference = 'GROWTH-' || lpad('$n', 10, '0'))
    and not exists (select 1 from $schema.submission where reference = 'GROWTH-' || lpad('$((n + 1))', 10, '0'))" 2>/dev/null || echo f)
if [ "$have" != t ]; then
    drop_schema $schema
    start_service $port $schema
    echo "empty schema: start to ready ${READY_MS} ms (migrations and reference data included)"
    register_institutions $port 2000 $work/tokens "${counties[@]}"
    python3 src/bench/bodies.py $work
    token=$(head -1 $work/tokens)
    file() {
        curl -sf -X POST -H "Authorization: Bearer $token" -H 'Content-Type: application/json' --data @"$2" "127.0.0.1:$port$1" \
            | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])'
    }
    mlps=$(file /api/v1/mlps-filings $work/filing.json)
    incident=$(file /api/v1/incidents $work/incident.json)
    stop_service
    seeding=$(date +%s)
    until=$(date -u +%Y-%m-%dT%H:%M:%SZ)
    for ((lo = 1; lo <= n; lo += chunk)); do
        hi=$(( lo + chunk - 1 < n ? lo + chunk - 1 : n ))
        "${PSQL[@]}" -o /dev/null -c "set search_path to $schema" -v lo=$lo -v hi=$hi -v n="$n" -v mlps="$mlps" -v incident="$incident" \
            -v until="$until" -v days=700 -v acked_days="${BACKLOG_DAYS:-1}" -f src/bench/growth-seed.sql
        echo "  seeded $hi of $n submissions ($(( $(date +%s) - seeding )) s)"
    done
    # Obligations grow with institutions, not submissions: a province of ~35,000 institutions (1.07 M
    # nationally) owes ~200,000 at a time. Each derived obligation is copied 24 times under new ids
    # (same institution, commission and dates), for about that many in this province.
    "${PSQL[@]}" -c "set search_path to $schema" -c "do \$\$ declare cols text; vals text; begin
        select string_agg(quote_ident(column_name), ', ' order by ordinal_position),
               string_agg(case column_name when 'id' then 'o.id || '':copy'' || k' else 'o.' || quote_ident(column_name) end, ', '
                          order by ordinal_position) into cols, vals
        from information_schema.columns where table_schema = current_schema() and table_name = 'obligation' and is_generated = 'NEVER';
        execute format('insert into obligation (%s) select %s from obligation o, generate_series(1, 24) k', cols, vals);
        end \$\$"
    "${PSQL[@]}" -c "vacuum analyze $schema.submission" -c "vacuum analyze $schema.inbox_entry" -c "vacuum analyze $schema.obligation"
    echo "seeded in $(( $(date +%s) - seeding )) s"
fi
# Planner statistics for every table the seeding or an earlier run changed, as autovacuum keeps them
# in production: a database run with autovacuum off (this machine's) would otherwise plan on none,
# and take the registry's 2,000 institutions for 155 rows and scan them (3.5 ms of a 100-entry inbox page).
echo "autovacuum: $("${PSQL[@]}" -tAc 'show autovacuum')"
stale=$("${PSQL[@]}" -tAc "select string_agg(format('%I.%I', schemaname, relname), ', ') from pg_stat_user_tables
    where schemaname = '$schema' and (coalesce(last_analyze, last_autoanalyze) is null or n_mod_since_analyze > 0)")
[ -z "$stale" ] || "${PSQL[@]}" -c "analyze $stale"
"${PSQL[@]}" -P pager=off -c "select c.relname as \"table\", c.reltuples::bigint as rows, pg_size_pretty(pg_table_size(c.oid)) as data,
    pg_size_pretty(pg_indexes_size(c.oid)) as indexes from pg_class c join pg_namespace s on s.oid = c.relnamespace
    where s.nspname = '$schema' and c.relname in ('submission', 'inbox_entry', 'obligation', 'institution', 'audit_record') order by 1"

uscc=$("${PSQL[@]}" -tAc "select uscc from $schema.institution order by uscc offset 7 limit 1")
county=$("${PSQL[@]}" -tAc "select division_code from $schema.institution where uscc = '$uscc'")
prefecture="${county:0:4}00"
province="${county:0:2}0000"
year_from="$(date +%Y)-01-01"
today=$(date +%Y-%m-%d)
institution=$(src/dev/dev-token.sh institution "$uscc")
for a in "$county" "$prefecture" "$province"; do
    declare "hc_$a=$(src/dev/dev-token.sh authority "HC-$a")"
done
token() { local v="hc_$1"; echo "${!v}"; }
{
    printf 'inbox, province HC-%s, all\t%s\t/api/v1/authorities/HC-%s/inbox\n' "$province" "$(token "$province")" "$province"
    printf 'inbox, province HC-%s, unacknowledged\t%s\t/api/v1/authorities/HC-%s/inbox?acknowledged=false\n' "$province" "$(token "$province")" "$province"
    printf 'inbox, prefecture HC-%s, all\t%s\t/api/v1/authorities/HC-%s/inbox\n' "$prefecture" "$(token "$prefecture")" "$prefecture"
    printf 'inbox, province HC-%s, unacknowledged, first page\t%s\t/api/v1/authorities/HC-%s/inbox?acknowledged=false\tfirst\n' \
        "$province" "$(token "$province")" "$province"
    printf 'inbox, county HC-%s, unacknowledged\t%s\t/api/v1/authorities/HC-%s/inbox?acknowledged=false\n' "$county" "$(token "$county")" "$county"
    printf 'submissions, one institution\t%s\t/api/v1/submissions\n' "$institution"
    printf 'submissions, county HC-%s\t%s\t/api/v1/submissions\n' "$county" "$(token "$county")"
    printf 'submissions, province HC-%s\t%s\t/api/v1/submissions\n' "$province" "$(token "$province")"
    printf 'submissions, province, since 30 days, MLPS\t%s\t/api/v1/submissions?type=MLPS_FILING&since=%s\n' "$(token "$province")" \
        "$(date -u -d '30 days ago' +%Y-%m-%dT%H:%M:%SZ)"
    printf 'obligations, one institution\t%s\t/api/v1/institutions/%s/obligations\n' "$institution" "$uscc"
    printf 'obligations, province HC-%s\t%s\t/api/v1/authorities/HC-%s/obligations\n' "$province" "$(token "$province")" "$province"
    for a in "$county" "$prefecture" "$province"; do
        printf 'statistics, HC-%s, %s to %s\t%s\t/api/v1/authorities/HC-%s/statistics?from=%s&to=%s\n' "$a" "$year_from" "$today" \
            "$(token "$a")" "$a" "$year_from" "$today"
    done
} > $work/reads.tsv

if [ "$have" = t ]; then
    # A kept schema from an older build: its pending migrations run first, as a deployment's migration
    # job runs them (no statement timeout: a migration may rewrite a table; no idle-in-transaction timeout:
    # Flyway holds its lock on a second connection, idle in a transaction, while it migrates), timed apart.
    start_service $port $schema HEALTHSEC_DB_STATEMENT_TIMEOUT=0 HEALTHSEC_DB_LOCK_TIMEOUT=0 HEALTHSEC_DB_IDLE_IN_TRANSACTION_TIMEOUT=0
    echo "kept schema: pending migrations and start to ready ${READY_MS} ms"
    stop_service
fi
limits=(HEALTHSEC_LIMITS_CLIENT_PER_SECOND=1000000 HEALTHSEC_LIMITS_CLIENT_BURST=1000000 HEALTHSEC_OBLIGATIONS_CATCH_UP_EVERY=off
        HEALTHSEC_STATISTICS_ROLLUP_DELAY=1s HEALTHSEC_STATISTICS_ROLLUP_EVERY=5s)
start_service $port $schema "${limits[@]}"
echo "existing schema ($n submissions): start to ready ${READY_MS} ms"
# The day counts the statistics read: the job rolls up every closed day (all of them after a seeding).
rolling=$(date +%s%N)
closed=$(TZ=Asia/Shanghai date -d '15 minutes ago' +%Y-%m-%d)
until [ "$("${PSQL[@]}" -tAc "select rolled_through >= '$closed' from $schema.submission_day_count_progress")" = t ]; do sleep 1; done
echo "day counts: every closed day rolled up $(( ($(date +%s%N) - rolling) / 1000000 )) ms after ready"\
" ($("${PSQL[@]}" -tAc "select count(*) || ' rows for ' || count(distinct day) || ' days' from $schema.submission_day_count"))"
echo "each read: 20 pages to warm up, then $pages pages timed, on one connection (PostgreSQL shared_buffers: $("${PSQL[@]}" -tAc 'show shared_buffers'))"
python3 src/bench/growth.py $port "$pages" $work/reads.tsv
stop_service

# The plans, exactly as the service runs its statements: auto_explain on its own connections.
log=$(ls -t /var/log/postgresql/postgresql-*-main.log 2>/dev/null | head -1 || true)
if [ -n "$log" ] && [ -r "$log" ]; then
    from=$(stat -c %s "$log")
    explain="-c session_preload_libraries=auto_explain -c auto_explain.log_min_duration=0 -c auto_explain.log_analyze=on"
    explain+=" -c auto_explain.log_buffers=on -c statement_timeout=30s"
    start_service $port $schema "${limits[@]}" QUARKUS_DATASOURCE_JDBC_ADDITIONAL_JDBC_PROPERTIES_OPTIONS="$explain"
    GROWTH_WARM=1 python3 src/bench/growth.py $port 2 $work/reads.tsv > /dev/null
    stop_service
    tail -c +"$((from + 1))" "$log" > /tmp/growth-plans.txt
    python3 - /tmp/growth-plans.txt <<'EOF'
import re, sys
text = open(sys.argv[1], encoding="utf-8", errors="replace").read()
plans, seen = re.split(r"\n(?=\S)", text), set()
print(f"\n{'statement (as the service runs it)':<74} {'indexes used':<52} {'rows':>7} {'ms':>8}")
for p in plans:
    m = re.search(r"duration: ([\d.]+) ms\s+plan:\s*\n\s*Query Text: (.*)", p)
    if not m or not re.search(r"\b(inbox_entry|submission|obligation|registered_institution)\b", m.group(2)) \
            or not m.group(2).lstrip().lower().startswith(("select", "with")):
        continue
    full = re.sub(r"\s+", " ", m.group(2)).strip()
    if full in seen:
        continue
    seen.add(full)
    # Named by what it reads (its select list elided): two listings that select the same columns differ there.
    query = re.sub(r"^select (?!\*).*? from ", "select … from ", full, count=1)[:72]
    indexes = sorted(set(re.findall(r"(?:Index|Index Only|Bitmap Index) Scan (?:Backward )?(?:using|on) (\w+)", p)))
    seq = sorted(set(re.findall(r"Seq Scan on (\w+)", p)))
    rows = re.search(r"\(actual time=[\d.]+\.\.[\d.]+ rows=(\d+)", p)
    used = ", ".join(indexes + [f"SEQ {s}" for s in seq]) or "-"
    print(f"{query:<74} {used[:52]:<52} {rows.group(1) if rows else '?':>7} {float(m.group(1)):>8.2f}")
print("(every plan in full, with its buffers: /tmp/growth-plans.txt)")
EOF
else
    echo "(PostgreSQL's log is not readable here: no plans; run the statements with EXPLAIN (ANALYZE, BUFFERS) by hand)"
fi
