"""Times the reads that must stay fast as the record grows (src/bench/growth.sh): one keep-alive
connection, each page a request; WARM requests first (not counted), then PAGES counted, following
the cursor (`next`) and starting again from the first page at the end. Prints p50, p95, p99 and max
in ms per read, and fails if any request is answered with anything but 200.

    python3 src/bench/growth.py PORT PAGES SCENARIO_FILE

SCENARIO_FILE: one read per line, tab-separated: name, token, path (with its query) and, optionally,
"first": the first page every time (what a person opening the inbox sees), not the next one.
A read that has taken BUDGET seconds (GROWTH_BUDGET, 60) stops there and is reported with the pages
it got through; an answer other than 200 (a statement timeout, say) is reported, not retried.
"""
import http.client
import json
import os
import sys
import time

port, pages, scenario_file = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
WARM = int(os.environ.get("GROWTH_WARM", "20"))
BUDGET = float(os.environ.get("GROWTH_BUDGET", "60"))


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
            return elapsed, response.status
        return elapsed, json.loads(body)


def run(name, token, path, first=False):
    conn = http.client.HTTPConnection("127.0.0.1", port)
    times, warm, items, cursor, started, note = [], [], 0, None, time.monotonic(), ""
    for i in range(WARM + pages):
        if time.monotonic() - started > BUDGET:
            note = f"  (stopped: {BUDGET:.0f} s budget spent)"
            break
        separator = "&" if "?" in path else "?"
        ms, page = get(conn, token, path + (f"{separator}after={cursor}" if cursor else ""))
        warm.append(ms)
        if isinstance(page, int):
            times.append(ms)
            note = f"  (HTTP {page} after {ms:.0f} ms)"
            break
        if i >= WARM:
            times.append(ms)
            rows = [v for v in page.values() if isinstance(v, list)] if isinstance(page, dict) else []
            items += len(rows[0]) if len(rows) == 1 else 1  # a page's one list; a report (statistics) counts as one
        cursor = None if first else page.get("next") if isinstance(page, dict) else None
    conn.close()
    if not times and warm:
        times, note = warm, note + " (warm-up pages only)"
    if not times:
        print(f"{name:<44} {0:>5} {0:>8} {'-':>8} {'-':>8} {'-':>8} {'-':>8}{note or '  (nothing timed within the warm-up)'}")
        return float("inf")
    times.sort()
    print(f"{name:<44} {len(times):>5} {items:>8} {percentile(times, 50):>8.1f} {percentile(times, 95):>8.1f}"
          f" {percentile(times, 99):>8.1f} {times[-1]:>8.1f}{note}")
    return percentile(times, 99)


print(f"{'read':<44} {'pages':>5} {'rows':>8} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'max ms':>8}")
worst = 0
with open(scenario_file, encoding="utf-8") as f:
    for line in f:
        if line.strip():
            name, token, path, *mode = line.rstrip("\n").split("\t")
            worst = max(worst, run(name, token, path, mode == ["first"]))
print(f"worst p99: {worst:.1f} ms (target: 20 ms per page)")
