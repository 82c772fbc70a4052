#!/usr/bin/env bash
# Benchmark, not a test: how a filing and the obligation ledger's derivation grow with an
# institution's record. Since issue 14 a filing only counts a change on the ledger; the derivation
# runs in the catch-up job (off here) or in the first read that needs it, so the filing's latency
# should stay flat and the first read pays one derivation of the whole record. Starts the packaged
# jar against the local PostgreSQL in a schema of its own, registers one institution, files N MLPS
# filings one after the other (each a new network: every filing adds obligations), and prints the
# median filing latency per block of 50 filings and the latency of reading the institution's
# obligations. Needs: ./mvnw package.
#   src/bench/ledger-growth.sh [filings=500]
set -euo pipefail
cd "$(dirname "$0")/../.."
filings="${1:-500}"
port=18182
schema=healthsec_bench_ledger
psql -h 127.0.0.1 -U postgres -d test -qc "set client_min_messages = warning; drop schema if exists $schema cascade" >/dev/null
export QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/test QUARKUS_DATASOURCE_USERNAME=postgres \
       QUARKUS_OIDC_PUBLIC_KEY="$(grep -v -- ----- src/test/resources/dev-keys/public.pem | tr -d '\n')" \
       QUARKUS_OIDC_TOKEN_ISSUER=https://dev.healthsec.local/issuer QUARKUS_HTTP_PORT=$port HEALTHSEC_DB_SCHEMA=$schema \
       QUARKUS_LOG_LEVEL=WARN HEALTHSEC_OBLIGATIONS_JOB_EVERY=off HEALTHSEC_OBLIGATIONS_CATCH_UP_EVERY=off
"${JAVA_HOME:+$JAVA_HOME/bin/}java" -Xmx512m -jar target/quarkus-app/quarkus-run.jar > /tmp/bench-ledger-service.log 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; psql -h 127.0.0.1 -U postgres -d test -qc "set client_min_messages = warning; drop schema if exists '$schema' cascade" >/dev/null' EXIT
until curl -sf "localhost:$port/q/health/ready" >/dev/null; do sleep 0.1; done
uscc=12110105MB00000006
curl -sf -X PUT -H "Authorization: Bearer $(src/dev/dev-token.sh admin)" -H 'Content-Type: application/json' \
  -d '{"name":"压测医院","divisionCode":"110105","criticalInformationInfrastructure":false,"centralOrganAffiliate":false,"processesImportantData":true,"processesCoreData":false}' \
  "localhost:$port/api/v1/institutions/$uscc" >/dev/null
token=$(src/dev/dev-token.sh institution $uscc)
body=$(tr -d '\n' < src/test/resources/examples/mlps-filing.json)
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
times=/tmp/bench-ledger-times.txt
: > "$times"
for i in $(seq 1 "$filings"); do
  curl -s -o /dev/null -w '%{time_total}\n' -X POST -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d "${body//his-core/net-$i}" "localhost:$port/api/v1/mlps-filings" >> "$times"
  if (( i % 50 == 0 )); then
    printf 'filings %4d-%4d: median %.1f ms\n' $((i - 49)) "$i" "$(tail -50 "$times" | median | awk '{print $1 * 1000}')"
  fi
done
first_ms=$(curl -s -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $token" \
  "localhost:$port/api/v1/institutions/$uscc/obligations?limit=500" | awk '{print $1 * 1000}')
echo "GET obligations, first read (derives the whole record once): ${first_ms} ms"
read_ms=$(for _ in 1 2 3 4 5; do curl -s -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $token" \
  "localhost:$port/api/v1/institutions/$uscc/obligations?limit=500"; done | median | awk '{print $1 * 1000}')
echo "obligations on record: $(psql -h 127.0.0.1 -U postgres -d test -tAc "select count(*) from $schema.obligation")"
echo "GET obligations (first page of 500), median of 5: ${read_ms} ms"
