# Shared by the benchmarks in src/bench (sourced, not run). Benchmarks print numbers; they are not tests.
#
# Everything runs against the local PostgreSQL (127.0.0.1:5432, database test, trust auth), each
# benchmark in a schema of its own that it drops on exit. The service is the packaged jar
# (./mvnw package) in the prod profile: JSON logs, rate limits on, the audit sealer and the metric
# jobs running. JVM options: BENCH_JAVA_OPTS (default: the container's, see DEFAULT_JAVA_OPTS).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
export PGOPTIONS="-c client_min_messages=warning"
PSQL=(psql -h 127.0.0.1 -U postgres -d test -v ON_ERROR_STOP=1 -qX)
# The container's JVM settings (src/main/docker/Dockerfile.jvm, for the chart's 768Mi limit: a heap
# of 25%, the serial collector, C1 only, 512 KiB stacks, two malloc arenas), fixed here so that a
# 24 GiB machine does not size the heap at a quarter of its memory.
# Class data sharing as in the image: an archive of the classes Quarkus loads while it boots, made
# by need() once per build of the jar (CDS_ARCHIVE).
CDS_ARCHIVE=target/quarkus-app/bench-cds.jsa
DEFAULT_JAVA_OPTS="-Xms64m -Xmx192m -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError -XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=64m -Xss512k"
DEFAULT_JAVA_OPTS+=" -XX:SharedArchiveFile=$CDS_ARCHIVE"
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"

need() {
    for tool in "$@"; do
        command -v "$tool" >/dev/null || { echo "needs $tool (Debian: apt-get install ${tool/pgbench/postgresql-client})" >&2; exit 2; }
    done
    [ -f target/quarkus-app/quarkus-run.jar ] || { echo "needs the packaged service (README, Benchmarks: how to build it)" >&2; exit 2; }
    if [ ! "$CDS_ARCHIVE" -nt target/quarkus-app/quarkus-run.jar ]; then
        # As Dockerfile.jvm does: Quarkus stops after its static initialisation in this mode (no database).
        rm -f "$CDS_ARCHIVE"
        "${JAVA_HOME:+$JAVA_HOME/bin/}java" -XX:ArchiveClassesAtExit="$CDS_ARCHIVE" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Dquarkus.appcds.generate=true \
            -jar target/quarkus-app/quarkus-run.jar > /tmp/bench-cds.log 2>&1 || echo "(no class data sharing archive: see /tmp/bench-cds.log)" >&2
    fi
}

# The database's own ceiling (../shared/bench): pgbench inserting one ~2 KB JSONB row with three
# indexes per transaction, 8 clients, prepared statements, for $1 seconds. Prints and sets CEILING (tps).
ceiling() {
    local seconds="${1:-20}" doc
    "${PSQL[@]}" -c "drop schema if exists bench_ceiling cascade; create schema bench_ceiling;
      create table bench_ceiling.bench_sub(pk bigserial primary key, id bigint, uscc text, kind text, received_at timestamptz, body jsonb);
      create index on bench_ceiling.bench_sub(uscc, received_at); create index on bench_ceiling.bench_sub(kind);
      create index on bench_ceiling.bench_sub(id);"
    doc=$(python3 -c 'import json,sys; d=json.load(open("src/test/resources/examples/mlps-filing.json")); s=json.dumps(d,ensure_ascii=False); d["padding"]="x"*max(0,2048-len(s.encode())-14); print(json.dumps(d,ensure_ascii=False))')
    CEILING=$(PGOPTIONS="-c search_path=bench_ceiling" pgbench -h 127.0.0.1 -U postgres -n -c 8 -j 2 -T "$seconds" -M prepared \
        -D doc="$doc" -f ../shared/bench/ceiling.sql test 2>/dev/null | awk '/^tps/ {print int($3)}')
    "${PSQL[@]}" -c "drop schema bench_ceiling cascade"
    echo "database ceiling (pgbench, ../shared/bench/ceiling.sql, 8 clients, ${seconds} s): ${CEILING} inserts/s"
}

# Starts the packaged service on port $1 in schema $2 with the development key trusted; extra
# environment as further arguments (NAME=value). Sets SERVICE_PID and READY_MS; logs to /tmp/$2.log.
start_service() {
    local port="$1" schema="$2"; shift 2
    local started
    started=$(date +%s%N)
    env QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/test QUARKUS_DATASOURCE_USERNAME=postgres \
        QUARKUS_OIDC_PUBLIC_KEY="$(grep -v -- ----- src/test/resources/dev-keys/public.pem | tr -d '\n')" \
        QUARKUS_OIDC_TOKEN_ISSUER=https://dev.healthsec.local/issuer QUARKUS_HTTP_PORT="$port" HEALTHSEC_DB_SCHEMA="$schema" \
        QUARKUS_LOG_LEVEL=WARN "$@" \
        "${JAVA_HOME:+$JAVA_HOME/bin/}java" ${BENCH_JAVA_OPTS:-$DEFAULT_JAVA_OPTS} -jar "${BENCH_JAR:-target/quarkus-app/quarkus-run.jar}" > "/tmp/$schema.log" 2>&1 &
    SERVICE_PID=$!
    until curl -sf "127.0.0.1:$port/q/health/ready" >/dev/null; do
        kill -0 "$SERVICE_PID" 2>/dev/null || { echo "the service stopped; see /tmp/$schema.log" >&2; tail -20 "/tmp/$schema.log" >&2; exit 1; }
        sleep 0.02
    done
    READY_MS=$(( ($(date +%s%N) - started) / 1000000 ))
}

stop_service() {
    [ -n "${SERVICE_PID:-}" ] && kill "$SERVICE_PID" 2>/dev/null && wait "$SERVICE_PID" 2>/dev/null || true
    SERVICE_PID=
}

drop_schema() {
    "${PSQL[@]}" -c "drop schema if exists $1 cascade; drop schema if exists bench_ceiling cascade" 2>/dev/null || true
}

rss_mib() {
    echo $(( $(ps -o rss= -p "$1") / 1024 ))
}

# Registers $2 institutions in the counties $4.. (src/bench/institutions.py) on port $1 and writes
# one bearer token each to file $3.
register_institutions() {
    python3 src/bench/institutions.py "$@"
}

# CPU seconds used so far by the service ($1) and by every PostgreSQL process, for the CPU each
# unit of work costs on either side (sets SERVICE_CPU and DATABASE_CPU; clock ticks are 1/100 s).
cpu() {
    SERVICE_CPU=$(awk '{print ($14 + $15) / 100}' "/proc/$1/stat")
    DATABASE_CPU=$(for p in $(pgrep -x postgres); do cat "/proc/$p/stat" 2>/dev/null; done | awk '{t += $14 + $15} END {print t / 100}')
}

# pg_stat_statements, where the server loads it (shared_preload_libraries): reset before a measured
# run, then the statements per unit of work ($1 units, named $2) and the top ones by total time.
# Prints a hint, not an error, where the server does not load it.
statements_reset() {
    STATEMENTS=$("${PSQL[@]}" -tAc "select count(*) from pg_extension where extname = 'pg_stat_statements'" 2>/dev/null || echo 0)
    if [ "$STATEMENTS" = 1 ] && "${PSQL[@]}" -tAc "select pg_stat_statements_reset()" >/dev/null 2>&1; then
        return
    fi
    STATEMENTS=0
    echo "(pg_stat_statements is not loaded: no statement counts; see README, Benchmarks)"
}
statements_report() {
    [ "${STATEMENTS:-0}" = 1 ] || return 0
    "${PSQL[@]}" -P pager=off -c "
      with s as (select * from pg_stat_statements where dbid = (select oid from pg_database where datname = 'test')
                   and query not like '%pg_stat_statements%')
      select round(sum(calls)::numeric / $1, 1) as \"statements per $2\",
             round((sum(total_exec_time) / $1)::numeric, 3) as \"database ms per $2\" from s" \
      -c "with s as (select * from pg_stat_statements where dbid = (select oid from pg_database where datname = 'test')
                   and query not like '%pg_stat_statements%')
      select round(calls::numeric / $1, 2) as \"per $2\", round(mean_exec_time::numeric, 3) as \"mean ms\",
             round((100 * total_exec_time / sum(total_exec_time) over ())::numeric, 1) as \"% time\",
             left(regexp_replace(query, '\s+', ' ', 'g'), 110) as statement
      from s order by total_exec_time desc limit ${3:-15}"
}
