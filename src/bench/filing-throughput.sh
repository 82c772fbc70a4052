#!/usr/bin/env bash
# Benchmark, not a test: starts the packaged jar (prod profile, env configuration) against the local
# PostgreSQL in a schema of its own, registers one institution, then drives POST /api/v1/mlps-filings
# with wrk on loopback and prints the numbers. Needs: ./mvnw package, wrk (apt-get install wrk).
#   src/bench/filing-throughput.sh [seconds=15] [connections=8]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-15}"
connections="${2:-8}"
port=18181
schema=healthsec_bench
psql -h 127.0.0.1 -U postgres -d test -qc "drop schema if exists $schema cascade" >/dev/null
export QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/test QUARKUS_DATASOURCE_USERNAME=postgres \
       QUARKUS_OIDC_PUBLIC_KEY="$(grep -v -- ----- src/test/resources/dev-keys/public.pem | tr -d '\n')" \
       QUARKUS_OIDC_TOKEN_ISSUER=https://dev.healthsec.local/issuer QUARKUS_HTTP_PORT=$port HEALTHSEC_DB_SCHEMA=$schema \
       QUARKUS_LOG_LEVEL=WARN
started=$(date +%s%N)
java -Xmx512m -jar target/quarkus-app/quarkus-run.jar > /tmp/bench-service.log 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; psql -h 127.0.0.1 -U postgres -d test -qc "drop schema if exists '$schema' cascade" >/dev/null' EXIT
until curl -sf "localhost:$port/q/health/ready" >/dev/null; do sleep 0.1; done
echo "ready after $(( ($(date +%s%N) - started) / 1000000 )) ms"
uscc=12110105MB00000006
curl -sf -X PUT -H "Authorization: Bearer $(src/dev/dev-token.sh admin)" -H 'Content-Type: application/json' \
  -d '{"name":"压测医院","divisionCode":"110105","criticalInformationInfrastructure":false,"centralOrganAffiliate":false,"processesImportantData":true,"processesCoreData":false}' \
  "localhost:$port/api/v1/institutions/$uscc" >/dev/null
token=$(src/dev/dev-token.sh institution $uscc)
body=$(tr -d '\n' < src/test/resources/examples/mlps-filing.json | sed 's/"/\\"/g')
cat > /tmp/bench-filing.lua <<LUA
wrk.method = "POST"
wrk.body = "$body"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $token"
done = function(summary, latency, requests)
  io.write(string.format("status errors (non-2xx): %d\n", summary.errors.status))
  io.write(string.format("p50 %.1f ms, p99 %.1f ms\n", latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
LUA
curl -s -o /dev/null -w "one filing: HTTP %{http_code} in %{time_total}s\n" -X POST -H "Authorization: Bearer $token" \
  -H 'Content-Type: application/json' --data @src/test/resources/examples/mlps-filing.json "localhost:$port/api/v1/mlps-filings"
echo "warming up the JIT for 10 s"
wrk -t2 -c"$connections" -d10s -s /tmp/bench-filing.lua "http://127.0.0.1:$port/api/v1/mlps-filings" >/dev/null
wrk -t1 -c1 -d5s -s /tmp/bench-filing.lua --latency "http://127.0.0.1:$port/api/v1/mlps-filings" | grep -E "Requests/sec|p50|Latency" | sed 's/^/one connection: /'
wrk -t2 -c"$connections" -d"${seconds}s" -s /tmp/bench-filing.lua "http://127.0.0.1:$port/api/v1/mlps-filings"
echo "rows stored: $(psql -h 127.0.0.1 -U postgres -d test -tAc "select count(*) from $schema.submission"), inbox entries: $(psql -h 127.0.0.1 -U postgres -d test -tAc "select count(*) from $schema.inbox_entry")"
echo "service RSS: $(( $(ps -o rss= -p $pid) / 1024 )) MiB"
