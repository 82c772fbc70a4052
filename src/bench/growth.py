"""Times the reads that must stay fast as the record grows (src/bench/growth.sh): one keep-alive
connection, each page a request; WARM requests first (not counted), then PAGES counted, following
the cursor (`next`) and starting again from the first page at the end. Prints p50, p95, p99 and max
in ms per read, and fails if any request is answered with anything but 200.

    python3 src/bench/growth.py PORT PAGES SCENARIO_FILE

SCENARIO_FILE: one read per line, tab-separated: name, token, path (with its query).
"""
import http.client
import json
import os
import sys
import time

port, pages, scenario_file = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
WARM = int(os.environ.get("GROWTH_WARM", "20"))


def percentile(sorted_ms, p):
    return sorted_ms[min(len(sorted_ms) - 1, int(round(p / 100 * (len(sorted_ms) - 1))))]


def get(conn, token, path):
    while True:
        started = time.perf_counter()
        conn.request("GET", path, headers={"Authorization": "Bearer " + token, "Accept": "application/json"})
        response = conn.getresponse()
        body = response.read()
        elapsed = (time.perf_counter() - started) * 1000
        if response.status == 429:
            time.sleep(float(response.getheader("Retry-After", "1")))
            continue
        if response.status != 200:
            raise SystemExit(f"GET {path.split('?')[0]}: HTTP {response.status}")
        return elapsed, json.loads(body)


def run(name, token, path):
    conn = http.client.HTTPConnection("127.0.0.1", port)
    times, items, cursor = [], 0, None
    for i in range(WARM + pages):
        separator = "&" if "?" in path else "?"
        ms, page = get(conn, token, path + (f"{separator}after={cursor}" if cursor else ""))
        if i >= WARM:
            times.append(ms)
            rows = page.get("items") if isinstance(page, dict) else None
            items += len(rows) if isinstance(rows, list) else 1
        cursor = page.get("next") if isinstance(page, dict) else None
    conn.close()
    times.sort()
    print(f"{name:<44} {len(times):>5} {items:>8} {percentile(times, 50):>8.1f} {percentile(times, 95):>8.1f}"
          f" {percentile(times, 99):>8.1f} {times[-1]:>8.1f}")
    return percentile(times, 99)


print(f"{'read':<44} {'pages':>5} {'rows':>8} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'max ms':>8}")
worst = 0
with open(scenario_file, encoding="utf-8") as f:
    for line in f:
        if line.strip():
            name, token, path = line.rstrip("\n").split("\t")
            worst = max(worst, run(name, token, path))
print(f"worst p99: {worst:.1f} ms (target: 20 ms per page)")
