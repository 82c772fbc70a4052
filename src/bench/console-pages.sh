#!/usr/bin/env bash
# Benchmark, not a test (issue 30): the console's pages with $submissions submissions in one county's
# jurisdiction (杭州市西湖区, HC-330106, in 杭州市, HC-330100). In one run it
#   1. registers $institutions institutions in the county; each files an MLPS filing through the API,
#      one in five an incident report too; one filing is returned and amended (versions and a diff);
#   2. copies the filings (src/bench/seed-copies.sql: every column as the service wrote it, each copy
#      delivered like its template) up to $submissions submissions, all unacknowledged in the inbox;
#   3. reads each page of the console $rounds times after 3 warm-up reads, one connection, as the
#      county's officer (and the prefecture's for its statistics and institutions), and as one
#      institution's officer; prints p50 / p95 / max per page and max against the 1 s target;
#   4. as the database's own yardstick, measured in the same run: pgbench reading the inbox's first
#      page of 50 unacknowledged entries (one client, prepared), the smallest read a page makes.
# Needs: the packaged service (README, Benchmarks); pgbench, python3, curl.
#   src/bench/console-pages.sh [submissions=10000] [institutions=100] [rounds=20]
source "$(dirname "$0")/lib.sh"
submissions="${1:-10000}"
institutions="${2:-100}"
rounds="${3:-20}"
port=18186
schema=healthsec_bench_console
work=/tmp/bench-console
need pgbench python3 curl
trap 'stop_service; drop_schema '$schema'; rm -rf '$work EXIT
drop_schema $schema
mkdir -p $work

# The pages are read with bearer tokens, as the tests read them. The console's sign-in tenant takes
# /console in the production profile (and, with sign-in off, refuses everyone there); its paths are
# fixed when the jar is built, so the service runs under a profile of its own, "bench": the same
# configuration as production (every other setting is profile-free) without the sign-in tenant.
start_service $port $schema HEALTHSEC_LIMITS_CLIENT_PER_SECOND=100000 HEALTHSEC_LIMITS_CLIENT_BURST=100000 QUARKUS_PROFILE=bench
register_institutions $port "$institutions" $work/tokens 330106
echo "registered $institutions institutions in 330106"

PORT=$port WORK=$work SCHEMA=$schema SUBMISSIONS=$submissions ROUNDS=$rounds python3 - <<'PY'
import http.client, json, os, subprocess, sys, time, datetime, statistics

port, work, schema = int(os.environ["PORT"]), os.environ["WORK"], os.environ["SCHEMA"]
wanted, rounds = int(os.environ["SUBMISSIONS"]), int(os.environ["ROUNDS"])
tokens = [t.strip() for t in open(work + "/tokens") if t.strip()]
usccs = [u.strip() for u in open(work + "/tokens.uscc") if u.strip()]  # as registered, in the tokens' order

def dev_token(role, value):
    return subprocess.check_output(["src/dev/dev-token.sh", role, value], text=True).strip()

county, prefecture = dev_token("authority", "HC-330106"), dev_token("authority", "HC-330100")
conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)

def call(method, path, token, body=None, headers=None):
    h = {"Authorization": "Bearer " + token}
    if body is not None:
        h["Content-Type"] = "application/json"
    h.update(headers or {})
    global conn
    try:
        conn.request(method, path, body=body, headers=h)
        r = conn.getresponse()
    except (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError):
        # The service closed the idle keep-alive connection (its idle timeout) while the copies were written.
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        conn.request(method, path, body=body, headers=h)
        r = conn.getresponse()
    data = r.read()
    return r.status, data, r

filing = open("src/test/resources/examples/mlps-filing.json", "rb").read()
now = datetime.datetime.now(datetime.timezone.utc)
incident = json.dumps({"discoveredAt": (now - datetime.timedelta(minutes=30)).isoformat(), "category": "RANSOMWARE",
    "declaredGrade": "GENERAL", "impact": {"personalInformationSubjectsAffected": 0, "personalInformationSubjectsLeaked": 0,
    "importantDataInvolved": False, "coreDataInvolved": False}, "affectedNetworks": ["his-core"],
    "systemOverview": "二级医院 HIS", "description": "服务器文件被加密", "suspectedCrime": True,
    "measuresTaken": "已断网隔离"}, ensure_ascii=False).encode()
templates = []
for i, token in enumerate(tokens):
    status, data, _ = call("POST", "/api/v1/mlps-filings", token, filing)
    if status != 201:
        sys.exit("filing: %d %s" % (status, data[:300]))
    templates.append(json.loads(data)["id"])
    if i % 5 == 0:
        status, data, _ = call("POST", "/api/v1/incidents", token, incident)
        if status != 201:
            sys.exit("incident: %d %s" % (status, data[:300]))
# One filing returned and amended: the submission page then has versions and a diff.
first = templates[0]
status, data, r = call("GET", "/api/v1/submissions/" + first, county)
status, data, _ = call("POST", "/api/v1/submissions/%s/decisions" % first, county,
    json.dumps({"outcome": "RETURNED_FOR_CORRECTION", "comment": "请补充", "findings": []}, ensure_ascii=False).encode(),
    {"If-Match": r.getheader("ETag")})
status, data, r = call("GET", "/api/v1/submissions/" + first, tokens[0])
status, data, _ = call("POST", "/api/v1/submissions/%s/amendments" % first, tokens[0], filing.replace(b"11010599001", b"11010599002"), {"If-Match": r.getheader("ETag")})
if status != 201:
    sys.exit("amendment: %d %s" % (status, data[:300]))
amended = json.loads(data)["id"]

filed = len(templates) + (len(tokens) + 4) // 5 + 1
per = max(0, (wanted - filed) // len(templates))
env = dict(os.environ, PGOPTIONS="-c client_min_messages=warning -c search_path=" + schema)
started = time.time()
for n, template in enumerate(templates[1:] + templates[:1]):
    extra = per + (1 if n < (wanted - filed) - per * len(templates) else 0)
    subprocess.check_call(["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", "test", "-qX", "-v", "template=" + template,
        "-v", "n=%d" % extra, "-v", "prefix=BENCH%03d" % n, "-f", "src/bench/seed-copies.sql"], env=env, stdout=subprocess.DEVNULL)
total = int(subprocess.check_output(["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", "test", "-tAqX", "-c",
    "select count(*) from %s.submission s join %s.registered_institution r on r.uscc = s.institution_uscc where r.division_code = '330106'"
    % (schema, schema)], text=True).strip())
unacknowledged = int(subprocess.check_output(["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", "test", "-tAqX", "-c",
    "select count(*) from %s.inbox_entry where authority_id = 'HC-330106' and acknowledged_at is null" % schema], text=True).strip())
print("submissions in HC-330106's jurisdiction: %d (%d filed through the API, the rest copied in %.1f s); unacknowledged in its inbox: %d"
      % (total, filed, time.time() - started, unacknowledged))

pages = [
    ("inbox, first page (50)", "/console/inbox", county),
    ("inbox, narrowed (type, institution, days)", "/console/inbox?kind=SUBMISSION&type=MLPS_FILING&institution=%s&from=%s&to=%s"
        % (usccs[3], (now - datetime.timedelta(days=30)).date(), now.date()), county),
    ("inbox, acknowledged view", "/console/inbox?view=acknowledged", county),
    ("a submission (form, receipt, versions, diff)", "/console/submissions/" + amended, county),
    ("institutions by compliance (county)", "/console/institutions", county),
    ("institutions by compliance (prefecture)", "/console/institutions", prefecture),
    ("one institution (ledger, notices)", "/console/institutions/" + usccs[3], county),
    ("open incidents", "/console/incidents", county),
    ("statistics (county)", "/console/statistics", county),
    ("statistics (prefecture, 13 units)", "/console/statistics", prefecture),
    ("statistics CSV (prefecture)", "/console/statistics.csv", prefecture),
    ("the institution's own view", "/console/mine", tokens[0]),
    ("the institution's submission", "/console/mine/submissions/" + amended, tokens[0]),
]
print("%-46s %8s %8s %8s %10s" % ("page (%d reads after 3 warm-up)" % rounds, "p50 ms", "p95 ms", "max ms", "max / 1 s"))
worst = 0
for name, path, token in pages:
    times = []
    for i in range(rounds + 3):
        t0 = time.perf_counter()
        status, data, _ = call("GET", path, token)
        elapsed = (time.perf_counter() - t0) * 1000
        if status != 200:
            sys.exit("%s: %d %s" % (path, status, data[:300]))
        if i >= 3:
            times.append(elapsed)
    times.sort()
    p95 = times[min(len(times) - 1, int(round(0.95 * len(times))) - 1)]
    worst = max(worst, times[-1])
    print("%-46s %8.1f %8.1f %8.1f %9.0f%%" % (name, statistics.median(times), p95, times[-1], times[-1] / 10))
print("slowest read of any page: %.1f ms = %.0f%% of the 1 s target" % (worst, worst / 10))
PY

cat > $work/inbox-page.sql <<'SQL'
select * from inbox_entry where authority_id = 'HC-330106' and acknowledged_at is null order by txid, id limit 51;
SQL
floor=$(PGOPTIONS="-c search_path=$schema" pgbench -h 127.0.0.1 -U postgres -n -c 1 -T 5 -M prepared -f $work/inbox-page.sql test 2>/dev/null \
    | awk '/latency average/ {print $4}')
echo "database yardstick (pgbench, one client, prepared, 5 s): the inbox's first 50 unacknowledged entries in ${floor} ms"
