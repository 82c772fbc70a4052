#!/usr/bin/env bash
# Benchmark, not a test: one connection's latency of the two-way supervision operations (issue 10)
# against the packaged jar (prod profile) and the local PostgreSQL, in a schema of its own: a
# filing, the same as a dry run, a delegate's filing (its grant checked on the request), reading a
# submission, a return for correction, an amendment, an acceptance, the history and the diff.
# Prints p50/p99 per operation. Needs: ./mvnw package, python3.
#   src/bench/lifecycle-latency.sh [rounds=200]
set -euo pipefail
cd "$(dirname "$0")/../.."
export PGOPTIONS="-c client_min_messages=warning"
rounds="${1:-200}"
port=18182
schema=healthsec_bench_lifecycle
psql -h 127.0.0.1 -U postgres -d test -qc "drop schema if exists $schema cascade" >/dev/null
export QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/test QUARKUS_DATASOURCE_USERNAME=postgres \
       QUARKUS_OIDC_PUBLIC_KEY="$(grep -v -- ----- src/test/resources/dev-keys/public.pem | tr -d '\n')" \
       QUARKUS_OIDC_TOKEN_ISSUER=https://dev.healthsec.local/issuer QUARKUS_HTTP_PORT=$port HEALTHSEC_DB_SCHEMA=$schema \
       QUARKUS_LOG_LEVEL=WARN
"${JAVA_HOME:+$JAVA_HOME/bin/}java" -Xmx512m ${BENCH_JAVA_OPTS:-} -jar target/quarkus-app/quarkus-run.jar > /tmp/bench-lifecycle.log 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; psql -h 127.0.0.1 -U postgres -d test -qc "drop schema if exists '$schema' cascade" >/dev/null' EXIT
until curl -sf "localhost:$port/q/health/ready" >/dev/null; do sleep 0.1; done
uscc=12110105MB00000006
curl -sf -X PUT -H "Authorization: Bearer $(src/dev/dev-token.sh admin)" -H 'Content-Type: application/json' \
  -d '{"name":"压测医院","divisionCode":"110105","criticalInformationInfrastructure":false,"centralOrganAffiliate":false,"processesImportantData":false,"processesCoreData":false}' \
  "localhost:$port/api/v1/institutions/$uscc" >/dev/null
curl -sf -X POST -H "Authorization: Bearer $(src/dev/dev-token.sh admin)" -H 'Content-Type: application/json' \
  -d "{\"delegate\":\"bench-vendor\",\"expiresAt\":\"$(date -u -d '+30 days' +%Y-%m-%dT%H:%M:%SZ)\"}" \
  "localhost:$port/api/v1/institutions/$uscc/delegates" >/dev/null
PORT=$port ROUNDS=$rounds INSTITUTION="$(src/dev/dev-token.sh institution $uscc)" AUTHORITY="$(src/dev/dev-token.sh authority HC-110105)" \
DELEGATE="$(src/dev/dev-token.sh delegate bench-vendor $uscc)" python3 - <<'PY'
import http.client, json, os, time
port, rounds = int(os.environ["PORT"]), int(os.environ["ROUNDS"])
conn = http.client.HTTPConnection("127.0.0.1", port)
body = open("src/test/resources/examples/mlps-filing.json", "rb").read()
ret = json.dumps({"outcome": "RETURNED_FOR_CORRECTION", "comment": "请补充", "findings": [
    {"field": "/publicSecurityFiling", "code": "CERTIFICATE_MISSING", "message": "请补充备案证明"}]}).encode()
acc = json.dumps({"outcome": "ACCEPTED"}).encode()
times = {}
def call(name, method, path, token, data=None, headers=None, expect=(200, 201)):
    h = {"Authorization": "Bearer " + token, "Content-Type": "application/json"}
    h.update(headers or {})
    t = time.perf_counter()
    conn.request(method, path, body=data, headers=h)
    r = conn.getresponse()
    payload = r.read()
    times.setdefault(name, []).append((time.perf_counter() - t) * 1000)
    if r.status not in expect:
        raise SystemExit(f"{name}: HTTP {r.status} {payload[:300]!r}")
    return r, payload
inst, auth, dele = os.environ["INSTITUTION"], os.environ["AUTHORITY"], os.environ["DELEGATE"]
for i in range(rounds + 20):  # the first 20 rounds warm the JIT and are not counted
    if i == 20:
        times.clear()
    r, p = call("file", "POST", "/api/v1/mlps-filings", inst, body)
    sid = json.loads(p)["id"]
    call("file dryRun=true", "POST", "/api/v1/mlps-filings?dryRun=true", inst, body)
    call("file as delegate", "POST", "/api/v1/mlps-filings", dele, body)
    r, _ = call("read submission", "GET", f"/api/v1/submissions/{sid}", inst)
    r, _ = call("return for correction", "POST", f"/api/v1/submissions/{sid}/decisions", auth, ret, {"If-Match": r.getheader("ETag")})
    r, p = call("amend", "POST", f"/api/v1/submissions/{sid}/amendments", inst, body, {"If-Match": r.getheader("ETag")})
    v2 = json.loads(p)["id"]
    call("accept", "POST", f"/api/v1/submissions/{v2}/decisions", auth, acc, {"If-Match": r.getheader("ETag")})
    call("history", "GET", f"/api/v1/submissions/{v2}/history", inst)
    call("diff", "GET", f"/api/v1/submissions/{v2}/diff", inst)
def pct(xs, q):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(q * len(xs)))]
print(f"{rounds} rounds, one connection (ms):")
for name, xs in times.items():
    print(f"  {name:24s} p50 {pct(xs, 0.5):6.1f}  p99 {pct(xs, 0.99):6.1f}")
PY
echo "service RSS: $(( $(ps -o rss= -p $pid) / 1024 )) MiB"
