#!/usr/bin/env bash
# Benchmark, not a test (issue 14): intake against the database's ceiling. In one run it measures
#   1. the database's own ceiling (pgbench, ../shared/bench/ceiling.sql);
#   2. the packaged service's start to ready on an empty schema (migrations, reference data) and on
#      the existing schema;
#   3. MLPS filings and incident initial reports in turn, each with its own Idempotency-Key, from
#      $institutions institutions in four counties (one token each; production rate limits on):
#      one connection for 15 s, then $connections connections for $seconds s, after a 20 s warm-up;
#   4. that every 201 has its submission, idempotency record, audit record and inbox entries; the
#      resident memory under load (highest of one sample a second); the ratio to the ceiling.
# Needs: the packaged service (README, Benchmarks); wrk, pgbench, python3, curl.
#   src/bench/intake-throughput.sh [seconds=60] [connections=32] [institutions=1000]
source "$(dirname "$0")/lib.sh"
seconds="${1:-60}"
connections="${2:-32}"
institutions="${3:-1000}"
port=18181
schema=healthsec_bench_intake
work=/tmp/bench-intake
need wrk pgbench python3 curl
trap 'stop_service; drop_schema '$schema'; rm -rf '$work EXIT
drop_schema $schema
mkdir -p $work

ceiling 20

start_service $port $schema
echo "start to ready, empty schema (migrations and reference data): ${READY_MS} ms"
stop_service
start_service $port $schema
echo "start to ready, existing schema: ${READY_MS} ms"

register_institutions $port "$institutions" $work/tokens 110105 110108 310104 440106
echo "registered $institutions institutions"
python3 src/bench/bodies.py $work
export BENCH_TOKENS=$work/tokens BENCH_FILING=$work/filing.json BENCH_INCIDENT=$work/incident.json
counts() {
    "${PSQL[@]}" -tA -F ' ' -c "select (select count(*) from $schema.submission), (select count(*) from $schema.idempotency_record),
        (select count(*) from $schema.audit_record where action like 'SUBMISSION%'), (select count(*) from $schema.inbox_entry),
        (select count(*) from $schema.submission s where not exists (select 1 from $schema.inbox_entry e where e.submission_id = s.id))"
}
run() { # name threads connections seconds
    BENCH_RUN="$1-$$" wrk -t"$2" -c"$3" -d"$4s" --timeout 10s -s src/bench/intake.lua "http://127.0.0.1:$port" \
        | grep '^RESULT' | sed "s/^RESULT/$1/"
}
field() { sed -E "s/.* $1=([0-9.]+).*/\1/" <<< "$2"; }
echo "$(run warm-up 2 "$connections" 20)"
sleep 3  # the warm-up's requests in flight finish
read -r s0 i0 a0 e0 _ <<< "$(counts)"
one=$(python3 src/bench/one-connection.py "$port" 15 "one-$$" | grep '^RESULT' | sed 's/^RESULT/one-connection/')
echo "$one"
( peak=0; while kill -0 "$SERVICE_PID" 2>/dev/null; do
      r=$(rss_mib "$SERVICE_PID" 2>/dev/null || echo 0); (( r > peak )) && peak=$r && echo $peak > $work/rss; sleep 1
  done ) &
sampler=$!
statements_reset
cpu "$SERVICE_PID"; service0=$SERVICE_CPU database0=$DATABASE_CPU
many=$(run "$connections-connections" 2 "$connections" "$seconds")
cpu "$SERVICE_PID"
kill $sampler 2>/dev/null || true
echo "$many"
created=$(( $(field created "$one") + $(field created "$many") ))
sleep 3  # requests in flight when wrk stopped (at most one per connection) finish
read -r s1 i1 a1 e1 orphans <<< "$(counts)"
echo "written by the measured runs: submissions $((s1 - s0)) (201 answers counted by wrk: $created; the rest were in flight"\
     "when wrk stopped, at most $((connections + 1))), idempotency records $((i1 - i0)), submission audit records $((a1 - a0)),"\
     "inbox entries $((e1 - e0)); submissions without an inbox entry: $orphans"
statements_report "$(field created "$many")" submission
python3 -c "n = $(field created "$many"); print(f'CPU per submission: service {1000 * ($SERVICE_CPU - $service0) / n:.2f} ms, database {1000 * ($DATABASE_CPU - $database0) / n:.2f} ms')"
echo "resident memory under load (peak): $(cat $work/rss) MiB"
echo "intake: $(field rate "$many") submissions/s = $(python3 -c "print(f'{100 * $(field rate "$many") / $CEILING:.1f}')")% of the ceiling ($CEILING/s)"
