#!/usr/bin/env python3
"""Fault runs of issue 7 ("staying up") against a running SpatialPlan on the PostGIS store.

python3 standard library only. bench/faults.sh starts PostGIS, loads the parcels, starts the app and calls one
scenario at a time; each scenario is bounded in time and in requests, talks to 127.0.0.1 only, prints what it saw
and ends with a line "verdict <scenario>: ok" or "verdict <scenario>: FAILED (<why>)".

  outage   the database is stopped (pg_ctl stop -m immediate) during a mixed read/write load and started again
           after 10 s: 503 problem+json with Retry-After while it is down, no 500, no hang, recovery within 5 s of
           it coming back without a process restart, and every acknowledged (201) write still there.
  lock     a table lock held 30 s: database requests end at the configured timeout with 503/504, requests that do
           not need the database stay fast (the thread pool is not starved).
  pool     200 concurrent large requests against a 20-connection pool: answered (200) or refused with 503 and
           Retry-After, never 500; memory bounded; the server answers normally afterwards (no deadlock).
  aborts   1 000 clients that drop the connection mid-response: no query left running, memory back near its
           baseline, no "connection busy" afterwards.
  render   oversize images refused before rendering; a burst of renders limited (503 + Retry-After beyond the
           limit); other requests unaffected meanwhile.
  slow     slowloris (headers a byte at a time) and a slow upload are dropped by Kestrel's limits; an oversize body
           is refused with 413; the server keeps answering.
"""
import argparse
import http.client
import json
import random
import socket
import struct
import subprocess
import sys
import threading
import time

SMALL_BOXES = [(120.70 + 0.02 * i, 27.86 + 0.02 * j) for i in range(20) for j in range(10)]


class Outcome:
    __slots__ = ("start", "kind", "status", "ms", "retry_after", "problem", "error", "body")

    def __init__(self, start, kind, status, ms, retry_after=None, problem=False, error=None, body=b""):
        self.start, self.kind, self.status, self.ms = start, kind, status, ms
        self.retry_after, self.problem, self.error, self.body = retry_after, problem, error, body


def call(host, port, method, path, body=None, headers=None, timeout=60.0, kind="", keep_body=False):
    """One request on a fresh connection; status 0 and the error text when the connection fails."""
    t0 = time.monotonic()
    conn = http.client.HTTPConnection(host, port, timeout=timeout)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        resp = conn.getresponse()
        data = resp.read()
        ctype = resp.getheader("Content-Type") or ""
        return Outcome(t0, kind, resp.status, (time.monotonic() - t0) * 1000, resp.getheader("Retry-After"),
                       ctype.startswith("application/problem+json"), None, data if keep_body else b"")
    except (OSError, http.client.HTTPException) as e:
        return Outcome(t0, kind, 0, (time.monotonic() - t0) * 1000, error=type(e).__name__ + ": " + str(e))
    finally:
        conn.close()


def pct(values, p):
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def describe(outcomes, label):
    by_status = {}
    for o in outcomes:
        by_status[o.status] = by_status.get(o.status, 0) + 1
    ms = [o.ms for o in outcomes]
    statuses = ", ".join(f"{s}: {n}" for s, n in sorted(by_status.items())) or "none"
    if not outcomes:
        return f"  {label}: no requests"
    return (f"  {label}: {len(outcomes)} requests ({statuses}); latency p50 {pct(ms, 50):.0f} ms, "
            f"p99 {pct(ms, 99):.0f} ms, max {max(ms):.0f} ms")


def rss_kib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def psql(args, sql):
    return subprocess.run(["psql", "-h", "127.0.0.1", "-p", str(args.pg_port), "-U", "postgres", "-d", args.db,
                           "-X", "-A", "-t", "-c", sql], capture_output=True, text=True, check=False).stdout.strip()


def record_body(rng, n):
    x = 120.90 + rng.random() * 0.05
    y = 27.92 + rng.random() * 0.05
    d = 0.002
    ring = [[x, y], [x + d, y], [x + d, y + d], [x, y + d], [x, y]]
    return json.dumps({"type": "Feature", "properties": {"name_zh": f"故障测试 {n}", "built_year": 2024},
                       "geometry": {"type": "Polygon", "coordinates": [ring]}}).encode()


def verdict(name, failures):
    print(f"verdict {name}: " + ("ok" if not failures else "FAILED (" + "; ".join(failures) + ")"), flush=True)
    return 0 if not failures else 1


# --- scenarios ----------------------------------------------------------------------------------------------------

def outage(args):
    """Mixed load; the database stopped at 10 s and started at 20 s; 45 s in all."""
    rng_seed = 7
    outcomes, acked, lock = [], [], threading.Lock()
    stop_at, start_at, end_at = 10.0, 20.0, 45.0
    t0 = time.monotonic()
    marks = {}

    def worker(w):
        rng = random.Random(rng_seed * 100 + w)
        n = 0
        while time.monotonic() - t0 < end_at:
            n += 1
            if rng.random() < 0.2:
                o = call(args.host, args.port, "POST", "/ogc/collections/built-up/items?onOverlap=allow",
                         body=record_body(rng, f"{w}-{n}"), kind="write", timeout=30, keep_body=True,
                         headers={"Content-Type": "application/geo+json", "X-Api-Key": args.api_key})
                if o.status == 201:
                    with lock:
                        acked.append(json.loads(o.body)["id"])
                o.body = b""
            else:
                x, y = rng.choice(SMALL_BOXES)
                o = call(args.host, args.port, "GET",
                         f"/ogc/collections/{args.collection}/items?bbox={x:.3f},{y:.3f},{x + 0.02:.3f},{y + 0.02:.3f}&limit=1000",
                         kind="read", timeout=30)
            with lock:
                outcomes.append(o)

    threads = [threading.Thread(target=worker, args=(w,)) for w in range(8)]
    for t in threads:
        t.start()
    time.sleep(stop_at)
    marks["stop"] = time.monotonic()
    subprocess.run(args.pg_stop, shell=True, check=False)
    marks["stopped"] = time.monotonic()
    time.sleep(start_at - (time.monotonic() - t0))
    subprocess.run(args.pg_start, shell=True, check=False)
    marks["started"] = time.monotonic()  # pg_ctl -w returns when it accepts connections
    for t in threads:
        t.join()

    before = [o for o in outcomes if o.start < marks["stop"]]
    down = [o for o in outcomes if marks["stopped"] <= o.start < marks["started"]]
    after = [o for o in outcomes if o.start >= marks["started"]]
    print(f"database stopped at {marks['stop'] - t0:.1f} s, started again at {marks['started'] - t0:.1f} s (ready)")
    print(describe(before, "before the stop"))
    print(describe(down, "while down"))
    print(describe(after, "after the restart"))
    first_ok = min((o.start + o.ms / 1000 for o in after if 200 <= o.status < 300), default=None)
    last_bad = max((o.start + o.ms / 1000 for o in after if not 200 <= o.status < 300), default=None)
    recovery = (first_ok - marks["started"]) if first_ok else float("inf")
    settled = max(0.0, (last_bad - marks["started"])) if last_bad else 0.0
    print(f"  first success {recovery:.2f} s after the database was ready; last failure {settled:.2f} s after it")

    missing = []
    for record_id in acked:
        o = call(args.host, args.port, "GET", f"/ogc/collections/built-up/items/{record_id}", timeout=30)
        if o.status != 200:
            missing.append(record_id)
    print(f"  acknowledged writes: {len(acked)}; missing afterwards: {len(missing)}")

    failures = []
    if any(o.status >= 500 and o.status != 503 for o in outcomes):
        failures.append("a 5xx other than 503")
    if any(o.status == 0 for o in outcomes):
        failures.append("connection errors (hang or reset)")
    if any(o.status == 503 and (not o.problem or not o.retry_after) for o in outcomes):
        failures.append("a 503 without problem+json and Retry-After")
    if not any(o.status == 503 for o in down):
        failures.append("no 503 while the database was down")
    if max((o.ms for o in down), default=0) > 30_000:
        failures.append("a request hung while the database was down")
    if settled > 5.0:
        failures.append(f"failures until {settled:.1f} s after the database came back (> 5 s)")
    if missing:
        failures.append(f"{len(missing)} acknowledged writes lost")
    return verdict("outage", failures)


def lock(args):
    """ACCESS EXCLUSIVE on features for 30 s; database and non-database requests meanwhile."""
    holder = subprocess.Popen(["psql", "-h", "127.0.0.1", "-p", str(args.pg_port), "-U", "postgres", "-d", args.db,
                               "-X", "-q", "-c",
                               "BEGIN; LOCK TABLE features IN ACCESS EXCLUSIVE MODE; SELECT pg_sleep(30); COMMIT;"])
    time.sleep(1.0)
    t0 = time.monotonic()
    db, light, guard = [], [], threading.Lock()

    def db_worker(w):
        while time.monotonic() - t0 < 25:
            o = call(args.host, args.port, "GET", f"/ogc/collections/{args.collection}/items?limit=10&offset={w}",
                     kind="db", timeout=60)
            with guard:
                db.append(o)

    def light_worker():
        paths = ["/ogc", "/ogc/conformance", "/api/layers", "/api/plan", "/health/live"]
        i = 0
        while time.monotonic() - t0 < 25:
            o = call(args.host, args.port, "GET", paths[i % len(paths)], kind="light", timeout=60)
            i += 1
            with guard:
                light.append(o)
            time.sleep(0.05)

    threads = [threading.Thread(target=db_worker, args=(w,)) for w in range(16)]
    threads += [threading.Thread(target=light_worker) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    holder.wait(timeout=60)
    print(describe(db, "database requests under the lock"))
    print(describe([o for o in light if o.status != 404], "requests that need no database"))
    after = call(args.host, args.port, "GET", f"/ogc/collections/{args.collection}/items?limit=10", timeout=30)
    print(f"  after the lock: {after.status} in {after.ms:.0f} ms")
    failures = []
    if any(o.status not in (503, 504) for o in db):
        failures.append("a database request not answered 503/504 under the lock")
    if db and max(o.ms for o in db) > args.timeout_s * 1000 * 3 + 2000:
        failures.append(f"a database request took {max(o.ms for o in db):.0f} ms (timeout {args.timeout_s} s)")
    light_ok = [o for o in light if o.status == 200]
    if not light_ok or pct([o.ms for o in light_ok], 99) > 500:
        failures.append("requests that need no database slowed down (p99 > 500 ms)")
    if after.status != 200:
        failures.append(f"after the lock: {after.status}")
    return verdict("lock", failures)


def pool(args):
    """200 clients at once, each asking for the large bbox repeatedly for 20 s."""
    pid = args.app_pid
    base_rss = rss_kib(pid)
    peak = [base_rss]
    outcomes, guard = [], threading.Lock()
    t0 = time.monotonic()
    stop = threading.Event()

    def sampler():
        while not stop.is_set():
            peak[0] = max(peak[0], rss_kib(pid))
            time.sleep(0.1)

    def worker():
        while time.monotonic() - t0 < 20:
            o = call(args.host, args.port, "GET",
                     f"/ogc/collections/{args.collection}/items?bbox=120.85,27.90,120.95,28.00&limit=10000",
                     kind="large", timeout=90)
            with guard:
                outcomes.append(o)

    s = threading.Thread(target=sampler)
    s.start()
    threads = [threading.Thread(target=worker) for _ in range(200)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=200)
    hung = sum(t.is_alive() for t in threads)
    stop.set()
    s.join()
    after = call(args.host, args.port, "GET", f"/ogc/collections/{args.collection}/items?limit=10", timeout=30)
    print(describe(outcomes, "200 concurrent large requests"))
    print(f"  RSS {base_rss / 1024:.0f} MB before, peak {peak[0] / 1024:.0f} MB; afterwards {after.status} in {after.ms:.0f} ms")
    failures = []
    if hung:
        failures.append(f"{hung} clients still waiting after 200 s")
    if any(o.status not in (200, 503) for o in outcomes):
        failures.append("answers other than 200/503")
    if any(o.status == 503 and not o.retry_after for o in outcomes):
        failures.append("a 503 without Retry-After")
    if peak[0] > base_rss + 1_500_000:
        failures.append("memory grew by more than 1.5 GB")
    if after.status != 200:
        failures.append(f"afterwards {after.status}")
    return verdict("pool", failures)


def aborts(args):
    """1 000 requests for the large bbox dropped after the first 4 KiB, 50 at a time."""
    pid = args.app_pid
    for _ in range(3):
        call(args.host, args.port, "GET", f"/ogc/collections/{args.collection}/items?bbox=120.85,27.90,120.95,28.00&limit=10000")
    base_rss = rss_kib(pid)
    path = f"/ogc/collections/{args.collection}/items?bbox=120.85,27.90,120.95,28.00&limit=10000"
    counter = iter(range(1000))
    guard = threading.Lock()
    dropped = [0]

    def worker():
        while True:
            with guard:
                if next(counter, None) is None:
                    return
            s = socket.create_connection((args.host, args.port), timeout=30)
            try:
                s.sendall(f"GET {path} HTTP/1.1\r\nHost: {args.host}\r\n\r\n".encode())
                s.recv(4096)
                # RST instead of FIN: the client is gone, as when a browser tab closes.
                s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                with guard:
                    dropped[0] += 1
            except OSError:
                pass
            finally:
                s.close()

    t0 = time.monotonic()
    threads = [threading.Thread(target=worker) for _ in range(50)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    took = time.monotonic() - t0
    time.sleep(2.0)
    running = psql(args, "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                         "AND state = 'active' AND pid <> pg_backend_pid()")
    after = [call(args.host, args.port, "GET", path, timeout=60) for _ in range(20)]
    time.sleep(1.0)
    rss_after = rss_kib(pid)
    print(f"  {dropped[0]} requests dropped mid-response in {took:.1f} s; 2 s later {running} queries still active")
    print(describe(after, "20 requests afterwards"))
    print(f"  RSS {base_rss / 1024:.0f} MB before, {rss_after / 1024:.0f} MB after")
    failures = []
    if running not in ("0", ""):
        failures.append(f"{running} queries still running 2 s later")
    if any(o.status != 200 for o in after):
        failures.append("requests afterwards failed")
    if rss_after > base_rss + 300_000:
        failures.append("memory did not come back within 300 MB of its baseline")
    return verdict("aborts", failures)


def render(args):
    """Oversize images, then a burst of 3 x cores renders of the parcels while light requests are timed."""
    failures = []
    for query in ["width=100000&height=100000", "width=20000&height=20000&dpi=600", "paper=A0&dpi=1200"]:
        o = call(args.host, args.port, "GET", f"/api/export?format=png&{query}", timeout=30)
        print(f"  oversize {query}: {o.status} in {o.ms:.0f} ms")
        if o.status != 400 or o.ms > 1000:
            failures.append(f"oversize {query} not refused quickly ({o.status}, {o.ms:.0f} ms)")
    t0 = time.monotonic()
    renders, light, guard = [], [], threading.Lock()
    layers = f"plan-zones,{args.collection}"

    def render_worker():
        o = call(args.host, args.port, "GET",
                 f"/api/export?format=png&width=1024&height=512&bbox=120.6,27.8,121.2,28.1&layers={layers}",
                 kind="render", timeout=120)
        with guard:
            renders.append(o)

    def light_worker():
        while time.monotonic() - t0 < 15:
            o = call(args.host, args.port, "GET", "/ogc/collections", kind="light", timeout=60)
            with guard:
                light.append(o)
            time.sleep(0.05)

    cores = args.cores
    threads = [threading.Thread(target=render_worker) for _ in range(cores * 3 + 4)]
    threads.append(threading.Thread(target=light_worker))
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(describe(renders, f"{cores * 3 + 4} renders at once"))
    print(describe(light, "/ogc/collections meanwhile"))
    if any(o.status not in (200, 503) for o in renders):
        failures.append("render answers other than 200/503")
    if not any(o.status == 503 and o.retry_after for o in renders):
        failures.append("no render refused with 503 + Retry-After beyond the limit")
    if not any(o.status == 200 for o in renders):
        failures.append("no render finished: the limit let none through")
    if light and pct([o.ms for o in light], 99) > 1000:
        failures.append("/ogc/collections p99 over 1 s during the renders")
    return verdict("render", failures)


def slow(args):
    """Slowloris, a slow upload and an oversize body."""
    failures = []
    sockets = []
    for _ in range(100):
        s = socket.create_connection((args.host, args.port), timeout=5)
        s.sendall(b"GET /ogc HTTP/1.1\r\nHost: x\r\n")
        sockets.append(s)
    t0 = time.monotonic()
    closed_at = {}
    while time.monotonic() - t0 < args.header_timeout_s + 20 and len(closed_at) < len(sockets):
        for i, s in enumerate(sockets):
            if i in closed_at:
                continue
            try:
                s.sendall(b"X-a: b\r\n")
                s.settimeout(0.01)
                if s.recv(1024) == b"":
                    closed_at[i] = time.monotonic() - t0
                else:
                    closed_at[i] = time.monotonic() - t0  # 408 or similar: the server gave up on it
            except socket.timeout:
                pass
            except OSError:
                closed_at[i] = time.monotonic() - t0
        probe = call(args.host, args.port, "GET", "/ogc", timeout=5)
        if probe.status != 200:
            failures.append(f"a normal request got {probe.status} during slowloris")
            break
        time.sleep(1.0)
    for s in sockets:
        s.close()
    print(f"  slowloris: {len(closed_at)} of {len(sockets)} connections dropped by the server, the last after "
          f"{max(closed_at.values(), default=float('nan')):.1f} s (RequestHeadersTimeout {args.header_timeout_s} s)")
    if len(closed_at) < len(sockets):
        failures.append("slowloris connections kept open")

    s = socket.create_connection((args.host, args.port), timeout=5)
    s.sendall(b"POST /api/measure HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n")
    t0 = time.monotonic()
    dropped = None
    while time.monotonic() - t0 < 60:
        try:
            s.sendall(b"{")
            s.settimeout(1.0)
            if s.recv(4096) is not None:
                dropped = time.monotonic() - t0
                break
        except socket.timeout:
            continue
        except OSError:
            dropped = time.monotonic() - t0
            break
    s.close()
    print(f"  slow upload (1 byte/s): " + (f"dropped after {dropped:.1f} s" if dropped else "still open after 60 s"))
    if dropped is None:
        failures.append("slow upload not dropped within 60 s")

    # An oversize body: declare 64 MB, send the first 64 KiB and read the answer, as a client that waits for it.
    s = socket.create_connection((args.host, args.port), timeout=30)
    s.sendall(b"POST /api/measure HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
              b"Content-Length: 67108864\r\n\r\n" + b" " * 65536)
    answer = b""
    try:
        while b"\r\n" not in answer:
            chunk = s.recv(4096)
            if not chunk:
                break
            answer += chunk
    except OSError as e:
        answer = answer or str(e).encode()
    s.close()
    status_line = answer.split(b"\r\n", 1)[0].decode(errors="replace")
    print(f"  64 MB body to /api/measure: {status_line or 'connection closed without an answer'}")
    if " 413 " not in status_line + " ":
        failures.append(f"oversize body answered '{status_line}', not 413")
    after = call(args.host, args.port, "GET", "/ogc", timeout=5)
    print(f"  afterwards /ogc: {after.status} in {after.ms:.0f} ms")
    if after.status != 200:
        failures.append("server not answering afterwards")
    return verdict("slow", failures)


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("scenario", choices=["outage", "lock", "pool", "aborts", "render", "slow"])
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=5091)
    p.add_argument("--app-pid", type=int, default=0)
    p.add_argument("--collection", default="parcels100k")
    p.add_argument("--api-key", default="")
    p.add_argument("--pg-port", type=int, default=54350)
    p.add_argument("--db", default="spatialplan")
    p.add_argument("--pg-stop", default="")
    p.add_argument("--pg-start", default="")
    p.add_argument("--timeout-s", type=float, default=5.0, help="the app's configured database command timeout")
    p.add_argument("--header-timeout-s", type=float, default=10.0, help="Kestrel RequestHeadersTimeout")
    p.add_argument("--cores", type=int, default=2)
    args = p.parse_args()
    print(f"== {args.scenario}", flush=True)
    sys.exit(globals()[args.scenario](args))


if __name__ == "__main__":
    main()
