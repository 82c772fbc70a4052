"""One connection's latency for src/bench/intake-throughput.sh: the requests of intake.lua (MLPS
filings and incident initial reports in turn, each its own Idempotency-Key, the institutions'
tokens in turn), one after the other on one keep-alive connection for SECONDS, each timed from
sending to the last byte of its answer (Python's own cost, ~0.1 ms, included). Prints a RESULT line
in intake.lua's format. wrk's own percentiles at one connection disagreed with its request count
(a p90 above ten times the mean), so this phase is timed here, request by request.

    python3 src/bench/one-connection.py PORT SECONDS KEY_PREFIX   (BENCH_TOKENS, BENCH_FILING, BENCH_INCIDENT)
"""
import http.client
import os
import sys
import time

port, seconds, prefix = int(sys.argv[1]), float(sys.argv[2]), sys.argv[3]
with open(os.environ["BENCH_TOKENS"], encoding="utf-8") as f:
    tokens = ["Bearer " + line.strip() for line in f if line.strip()]
with open(os.environ["BENCH_FILING"], "rb") as f:
    filing = f.read()
with open(os.environ["BENCH_INCIDENT"], "rb") as f:
    incident = f.read()

conn = http.client.HTTPConnection("127.0.0.1", port)
times, created, other, n = [], 0, 0, 0
started = time.perf_counter()
while time.perf_counter() - started < seconds:
    n += 1
    path, body = ("/api/v1/mlps-filings", filing) if n % 2 == 0 else ("/api/v1/incidents", incident)
    t0 = time.perf_counter()
    conn.request("POST", path, body=body, headers={"Content-Type": "application/json", "Authorization": tokens[n % len(tokens)],
                                                   "Idempotency-Key": f"{prefix}-{n}"})
    response = conn.getresponse()
    response.read()
    times.append((time.perf_counter() - t0) * 1000)
    created, other = (created + 1, other) if response.status == 201 else (created, other + 1)
elapsed = time.perf_counter() - started
times.sort()


def pct(p):
    return times[min(len(times) - 1, int(round(p / 100 * (len(times) - 1))))]


print(f"RESULT requests={len(times)} created={created} other={other} socket_errors=0 seconds={elapsed:.1f} rate={len(times) / elapsed:.1f}"
      f" p50={pct(50):.2f} p90={pct(90):.2f} p99={pct(99):.2f} max={times[-1]:.2f}")
