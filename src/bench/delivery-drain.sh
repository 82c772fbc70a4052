#!/usr/bin/env bash
# Benchmark, not a test (issue 14): delivery. Seeds a backlog of $entries inbox entries for one
# county health commission (HC-110105) by SQL — copies of a filing made through the API, each with
# its own submission — then drains it as a provincial portal would (src/bench/drain.py): a page of
# unacknowledged entries read, the page acknowledged in one request, and on until the inbox is
# empty — the next page read while the last is acknowledged ("pipelined"), or in turn
# ("sequential"); prints entries/s and checks that every entry was acknowledged once.
# Needs: the packaged service (README, Benchmarks); python3, curl.
#   src/bench/delivery-drain.sh [entries=100000] [page=500] [pipelined|sequential]
source "$(dirname "$0")/lib.sh"
entries="${1:-100000}"
page="${2:-500}"
mode="${3:-pipelined}"
port=18183
schema=healthsec_bench_delivery
work=/tmp/bench-delivery
need python3 curl
trap 'stop_service; drop_schema '$schema'; rm -rf '$work EXIT
drop_schema $schema
mkdir -p $work
start_service $port $schema
register_institutions $port 1 $work/tokens 110105
python3 src/bench/bodies.py $work
template=$(curl -sf -X POST -H "Authorization: Bearer $(head -1 $work/tokens)" -H 'Content-Type: application/json' \
    --data @$work/filing.json "127.0.0.1:$port/api/v1/mlps-filings" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
seeding=$(date +%s%N)
"${PSQL[@]}" -q -o /dev/null -c "set search_path to $schema" -v template="$template" -v n="$entries" -v prefix=BENCH -f src/bench/seed-copies.sql
echo "seeded $entries submissions and their inbox entries in $(( ($(date +%s%N) - seeding) / 1000000 )) ms"
backlog=$("${PSQL[@]}" -tAc "select count(*) from $schema.inbox_entry where authority_id = 'HC-110105' and acknowledged_at is null")
echo "backlog of HC-110105: $backlog entries"
statements_reset
python3 src/bench/drain.py $port HC-110105 "$(src/dev/dev-token.sh authority HC-110105)" "$page" "$mode"
statements_report "$(( (backlog + page - 1) / page ))" page 8
"${PSQL[@]}" -tAc "select 'left unacknowledged: ' || count(*) filter (where acknowledged_at is null)
    || ', acknowledged: ' || count(*) filter (where acknowledged_at is not null) from $schema.inbox_entry where authority_id = 'HC-110105'"
