"""The portal side of src/bench/delivery-drain.sh: drains an authority's inbox as a provincial portal
would: read a page of unacknowledged entries (`after` the last page's cursor), acknowledge the page
in one request (acknowledgeInboxEntries), and on, until the inbox is empty. "pipelined" (the
default) reads the next page on one keep-alive connection while the last one is acknowledged on
another — the cursor does not wait for the acknowledgement; "sequential" does both in turn on one
connection. Prints the entries drained, the rate and the latency of each kind of request.

    python3 src/bench/drain.py PORT AUTHORITY TOKEN [page=500] [pipelined|sequential]
"""
import http.client
import json
import queue
import sys
import threading
import time

port, authority, token = int(sys.argv[1]), sys.argv[2], sys.argv[3]
page_size = int(sys.argv[4]) if len(sys.argv) > 4 else 500
pipelined = (sys.argv[5] if len(sys.argv) > 5 else "pipelined") == "pipelined"
headers = {"Authorization": "Bearer " + token, "Content-Type": "application/json"}
times = {"read a page": [], "acknowledge a page": []}
connections = threading.local()


def call(kind, method, path, body=None):
    if not hasattr(connections, "conn"):
        connections.conn = http.client.HTTPConnection("127.0.0.1", port)
    conn = connections.conn
    while True:
        started = time.perf_counter()
        conn.request(method, path, body=body, headers=headers)
        response = conn.getresponse()
        payload = response.read()
        if response.status == 429:  # the token's production rate limit: wait as told
            time.sleep(float(response.getheader("Retry-After", "1")))
            continue
        times[kind].append((time.perf_counter() - started) * 1000)
        if response.status != 200:
            raise SystemExit(f"{kind}: HTTP {response.status} {payload[:300]!r}")
        return json.loads(payload)


drained, started = 0, time.perf_counter()
pages = queue.Queue(maxsize=2)


def read_pages():
    cursor = None
    while True:
        path = f"/api/v1/authorities/{authority}/inbox?acknowledged=false&limit={page_size}" + (f"&after={cursor}" if cursor else "")
        page = call("read a page", "GET", path)
        pages.put([e["id"] for e in page["entries"]])
        cursor = page.get("next")
        if not cursor:
            pages.put(None)
            return


def acknowledge(ids):
    result = call("acknowledge a page", "POST", f"/api/v1/authorities/{authority}/inbox/ack", json.dumps({"entryIds": ids}))
    if result["acknowledged"] != len(ids):
        raise SystemExit(f"acknowledged {result['acknowledged']} of {len(ids)}: {result}")
    return len(ids)


if pipelined:
    reader = threading.Thread(target=read_pages, daemon=True)
    reader.start()
    while (ids := pages.get()) is not None:
        drained += acknowledge(ids) if ids else 0
else:
    cursor = None
    while True:
        path = f"/api/v1/authorities/{authority}/inbox?acknowledged=false&limit={page_size}" + (f"&after={cursor}" if cursor else "")
        page = call("read a page", "GET", path)
        ids = [e["id"] for e in page["entries"]]
        drained += acknowledge(ids) if ids else 0
        cursor = page.get("next")
        if not cursor:
            break
elapsed = time.perf_counter() - started


def pct(xs, q):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(q * len(xs)))] if xs else 0


print(f"drained {drained} entries ({'pipelined' if pipelined else 'sequential'}) in {elapsed:.2f} s: "
      f"{drained / elapsed:.0f} entries/s ({len(times['read a page'])} pages of up to {page_size})")
for kind, xs in times.items():
    print(f"  {kind}: p50 {pct(xs, 0.5):.1f} ms, p99 {pct(xs, 0.99):.1f} ms")
