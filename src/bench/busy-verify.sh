#!/usr/bin/env bash
# Issue 25 §2: the suite passes on a busy machine. Runs the README's test command (./mvnw verify)
# RUNS times in a row (default 3) while a CPU burner keeps every core busy, and prints each run's
# result: exit status, wall time, the tests run, failed and skipped (unit and Quarkus tests, then the
# integration tests), and the name of every test that failed. Not a test and not in .ci/run: it takes
# RUNS times the suite's time, longer under the burner.
#
#   src/bench/busy-verify.sh [runs=3] [burners=<cores>]
#
# The burner is stress-ng (Debian: apt-get install stress-ng) with one CPU worker per core, or, where
# stress-ng is missing, one shell busy-loop per core. Each run's full log is kept in LOG_DIR
# (default /tmp/busy-verify), since a run's target/ is the next run's.
set -uo pipefail
cd "$(dirname "$0")/../.."

runs=${1:-3}
burners=${2:-$(nproc)}
log_dir=${LOG_DIR:-/tmp/busy-verify}
mkdir -p "$log_dir"

pids=()
stop_burners() {
    for pid in "${pids[@]}"; do
        kill "$pid" 2>/dev/null
    done
    wait 2>/dev/null
}
trap stop_burners EXIT

if command -v stress-ng >/dev/null 2>&1; then
    stress-ng --cpu "$burners" --cpu-method all --timeout 0 --quiet &
    pids+=($!)
    burner="stress-ng --cpu $burners"
else
    for _ in $(seq "$burners"); do
        ( while :; do :; done ) &
        pids+=($!)
    done
    burner="$burners shell busy-loops"
fi
sleep 2
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; burner: $burner; load average now: $(cut -d' ' -f1-3 /proc/loadavg)"

failed_runs=0
for run in $(seq "$runs"); do
    log="$log_dir/run-$run.log"
    start=$(date +%s)
    ./mvnw -B verify >"$log" 2>&1
    rc=$?
    seconds=$(( $(date +%s) - start ))
    # The two "Results:" summaries: surefire's (unit and Quarkus tests), then failsafe's (integration tests).
    totals=$(grep -E '^\[(INFO|ERROR|WARNING)\] Tests run: [0-9]+, Failures: [0-9]+, Errors: [0-9]+, Skipped: [0-9]+$' "$log" \
        | sed -E 's/^\[[A-Z]+\] //' | paste -sd';' -)
    failures=$(grep -E '<<< (FAILURE|ERROR)!' "$log" | grep -vE '^\[ERROR\] Tests run:' | sed -E 's/^\[ERROR\] //; s/ -- Time elapsed.*//' | sort -u)
    [ "$rc" -ne 0 ] && failed_runs=$((failed_runs + 1))
    printf 'run %d: exit %d in %d min %02d s; load average %s; %s\n' "$run" "$rc" $((seconds / 60)) $((seconds % 60)) \
        "$(cut -d' ' -f1-3 /proc/loadavg)" "${totals:-no test summary (see $log)}"
    if [ -n "$failures" ]; then
        echo "$failures" | sed 's/^/    failed: /'
    fi
done
echo "$((runs - failed_runs)) of $runs runs green under $burner (logs in $log_dir)"
[ "$failed_runs" -eq 0 ]
