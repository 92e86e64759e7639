#!/usr/bin/env python3
"""Checks and fault runs against a cluster of scripts/cluster/up.sh (its SPATIALPLAN_* variables in the environment),
on loopback only, each bounded in time; python3 stdlib only. In order:

  shared-key-ring  node B reads the antiforgery cookie node A's page set (one key ring, in the database)
  read-your-write  a record saved through A is read back through B at once
  replica-lag      a write stream through nginx: replication lag sampled on the primary, and each acknowledged record
                   looked up on the standby right away (remote_apply: it must be there)
  standby-down     the standby stopped (immediate) under a read load through nginx: reads go on from the primary,
                   a write waits for the standby until the command timeout and is answered 503 (committed on the
                   primary alone, so not confirmed); then the standby is started again and becomes synchronous again
  failover         the primary stopped (immediate) during a write stream, the standby promoted: every acknowledged
                   write is on the new primary, time to the first write there, only 503 + Retry-After meanwhile, and
                   no app node restarted
  kill-node        kill -9 of one app node under a read/write load through nginx: only requests in flight fail

Prints one line per figure and "verdict <name>: ok|FAILED" per check; exits 1 if any failed. The failover leaves the
cluster on the promoted standby (with no standby of its own); run scripts/cluster/down.sh afterwards.

  python3 scripts/cluster/faults.py --api-key KEY    # KEY: a planner's API key known to every node
"""
import argparse
import http.client
import json
import os
import random
import re
import signal
import subprocess
import sys
import threading
import time
import urllib.parse

COLLECTION = "/ogc/collections/built-up/items"
# Writes here test durability, not the overlap policy: seeded parcels may repeat, so overlaps are allowed.
CREATE = COLLECTION + "?onOverlap=allow"
READ = "/ogc/collections/plan-zones/items?limit=20"

failures = []


def verdict(name, ok, detail=""):
    print(f"verdict {name}: {'ok' if ok else 'FAILED'}{' — ' + detail if detail else ''}", flush=True)
    if not ok:
        failures.append(name)


def figure(text):
    print(f"  {text}", flush=True)


class Client:
    """One keep-alive connection to one base URL; reconnects after any failure. `request` returns
    (status, headers, body, ms); status 0 and the error as body when no answer came."""

    def __init__(self, base, timeout=20.0):
        u = urllib.parse.urlsplit(base)
        self.base, self.host, self.port, self.timeout = base, u.hostname, u.port, timeout
        self.conn = None

    def request(self, method, path, body=None, headers=None):
        t0 = time.monotonic()
        try:
            if self.conn is None:
                self.conn = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
            self.conn.request(method, path, body=body, headers=headers or {})
            resp = self.conn.getresponse()
            data = resp.read()
            return resp.status, {k.lower(): v for k, v in resp.getheaders()}, data, (time.monotonic() - t0) * 1000
        except (OSError, http.client.HTTPException) as e:
            self.close()
            return 0, {}, str(e).encode(), (time.monotonic() - t0) * 1000

    def close(self):
        if self.conn is not None:
            self.conn.close()
            self.conn = None


def record_body(rng, token):
    x = 120.90 + rng.random() * 0.05
    y = 27.92 + rng.random() * 0.05
    d = 0.002
    ring = [[x, y], [x + d, y], [x + d, y + d], [x, y + d], [x, y]]
    return json.dumps({"type": "Feature", "properties": {"name_zh": "集群测试", "built_year": 2024, "note": token},
                       "geometry": {"type": "Polygon", "coordinates": [ring]}}).encode()


def write_headers(api_key):
    return {"X-Api-Key": api_key, "Content-Type": "application/geo+json"}


class Env:
    def __init__(self, args):
        self.args = args
        self.proxy = os.environ["SPATIALPLAN_PROXY_URL"]
        # The nodes still running (a check before this one, ClusterReconnectTests, may have killed one).
        urls = os.environ["SPATIALPLAN_NODE_URLS"].split()
        self.dir = os.environ.get("SPATIALPLAN_CLUSTER_DIR", os.path.dirname(os.environ["SPATIALPLAN_PRIMARY_PGDATA"]))
        alive = [(url, pid) for url, pid in zip(urls, self._pids(len(urls))) if os.path.exists(f"/proc/{pid}")]
        self.nodes = [url for url, _ in alive]
        self.pids = [pid for _, pid in alive]
        self.primary = os.environ["SPATIALPLAN_PRIMARY_PGDATA"]
        self.standby = os.environ["SPATIALPLAN_STANDBY_PGDATA"]
        self.bin = os.environ["SPATIALPLAN_PG_BIN"]
        self.run_as = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []

    def port_of(self, pgdata):
        with open(os.path.join(pgdata, "postgresql.conf")) as f:
            return [m.group(1) for m in re.finditer(r"^port = (\d+)", f.read(), re.M)][-1]

    def psql(self, pgdata, sql, timeout=10):
        out = subprocess.run([f"{self.bin}/psql", "-h", "127.0.0.1", "-p", self.port_of(pgdata), "-U", "postgres",
                              "-d", "spatialplan", "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", "-c", sql],
                             capture_output=True, text=True, timeout=timeout)
        if out.returncode != 0:
            raise RuntimeError(out.stderr.strip())
        return out.stdout.strip()

    def pg_ctl(self, *args):
        subprocess.run(self.run_as + [f"{self.bin}/pg_ctl", *args], check=True, capture_output=True, timeout=60)

    def _pids(self, n):
        pids = []
        for i in range(1, n + 1):
            with open(os.path.join(self.dir, f"node{i}.pid")) as f:
                pids.append(int(f.read().strip()))
        return pids

    def node_pids(self):
        return list(self.pids)


# --- shared sign-in ---------------------------------------------------------------------------------------------

def cookies_of(headers_list):
    jar = {}
    for name, value in headers_list:
        if name.lower() == "set-cookie":
            pair = value.split(";", 1)[0]
            k, _, v = pair.partition("=")
            jar[k] = v
    return jar


def raw(base, method, path, body=None, headers=None):
    u = urllib.parse.urlsplit(base)
    conn = http.client.HTTPConnection(u.hostname, u.port, timeout=20)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        resp = conn.getresponse()
        return resp.status, resp.getheaders(), resp.read()
    finally:
        conn.close()


def shared_key_ring(env):
    """Node A's page sets the antiforgery cookie (protected with the key ring). Node B, sent that cookie, keeps it
    (no new antiforgery Set-Cookie) only if it can read it: with a key ring of its own it would replace it, as it does
    a tampered one. The cookie and form token together are checked across nodes in Web.Tests (SharedKeyRingTests)."""
    a, b = env.nodes[0], env.nodes[-1]
    status, headers, _ = raw(a, "GET", "/")
    jar = {k: v for k, v in cookies_of(headers).items() if k.startswith(".AspNetCore.Antiforgery")}
    if status != 200 or len(jar) != 1:
        verdict("shared-key-ring", False, f"node A's page: {status}, antiforgery cookies {list(jar)}")
        return
    (name, value), = jar.items()

    def renewed(cookie_value):
        _, h, _ = raw(b, "GET", "/", headers={"Cookie": f"{name}={cookie_value}"})
        return name in cookies_of(h)

    kept = not renewed(value)
    tampered_renewed = renewed(value[:-6] + "AAAAAA")
    keys = int(env.psql(env.primary, "SELECT count(*) FROM data_protection_keys"))
    figure(f"antiforgery cookie made by {a}: {b} {'kept it' if kept else 'replaced it'}; a tampered one "
           f"{'replaced' if tampered_renewed else 'kept'}; keys in the database: {keys}")
    verdict("shared-key-ring", kept and tampered_renewed and keys == 1)


# --- read your own write across nodes --------------------------------------------------------------------------

def read_your_write(env):
    rng = random.Random(1)
    a, b = Client(env.nodes[0]), Client(env.nodes[-1])
    misses, n = 0, 20
    for i in range(n):
        token = f"ryw-{i}"
        status, _, body, _ = a.request("POST", CREATE, record_body(rng, token), write_headers(env.args.api_key))
        if status != 201:
            verdict("read-your-write", False, f"write through A answered {status}: {body[:200]!r}")
            return
        rid = json.loads(body)["id"]
        status, _, body, _ = b.request("GET", f"{COLLECTION}/{urllib.parse.quote(rid)}")
        if status != 200 or json.loads(body)["properties"].get("note") != token:
            misses += 1
    figure(f"{n} records saved through {env.nodes[0]}, each read back through {env.nodes[-1]} at once: {n - misses} found")
    verdict("read-your-write", misses == 0)


# --- writes through nginx, with a ledger -----------------------------------------------------------------------

class WriteStream:
    """WRITERS threads creating records through nginx until stopped; remembers what each answer proves."""

    def __init__(self, env, writers=4, pause_after_error=0.05):
        self.env, self.writers, self.pause = env, writers, pause_after_error
        self.lock = threading.Lock()
        self.acked = {}          # id -> (token, monotonic time of the answer)
        self.ambiguous = set()   # tokens of writes answered 5xx or not at all
        self.statuses = {}
        self.unavailable_without_retry_after = 0
        self.latencies = []
        self.stop = threading.Event()
        self.threads = [threading.Thread(target=self._run, args=(w,), daemon=True) for w in range(writers)]

    def start(self):
        for t in self.threads:
            t.start()
        return self

    def finish(self):
        self.stop.set()
        for t in self.threads:
            t.join(30)

    def _run(self, w):
        rng = random.Random(1000 + w)
        client = Client(self.env.proxy, timeout=30)
        n = 0
        while not self.stop.is_set():
            n += 1
            token = f"w{w}-{n}-{rng.random():.6f}"
            status, headers, body, ms = client.request("POST", CREATE, record_body(rng, token),
                                                       write_headers(self.env.args.api_key))
            now = time.monotonic()
            with self.lock:
                self.statuses[status] = self.statuses.get(status, 0) + 1
                if status == 201:
                    self.acked[json.loads(body)["id"]] = (token, now)
                    self.latencies.append(ms)
                else:
                    self.ambiguous.add(token)
                    if status == 503 and "retry-after" not in headers:
                        self.unavailable_without_retry_after += 1
            if status != 201:
                time.sleep(self.pause)

    def acked_after(self, t):
        with self.lock:
            times = [at for _, at in self.acked.values() if at > t]
        return min(times) if times else None


def percentile(values, p):
    if not values:
        return float("nan")
    s = sorted(values)
    return s[min(len(s) - 1, int(round(p / 100 * (len(s) - 1))))]


def replica_lag(env):
    stream = WriteStream(env, writers=4).start()
    lags, deadline = [], time.monotonic() + env.args.seconds
    while time.monotonic() < deadline:
        row = env.psql(env.primary, "SELECT coalesce(extract(epoch FROM write_lag), 0), coalesce(extract(epoch FROM "
                                    "flush_lag), 0), coalesce(extract(epoch FROM replay_lag), 0), "
                                    "pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn) FROM pg_stat_replication "
                                    "WHERE application_name = 'standby1'")
        if row:
            lags.append([float(x) for x in row.split("|")])
        time.sleep(0.1)
    stream.finish()
    ids = list(stream.acked)
    sample = ids[::max(1, len(ids) // 50)]
    # Looked up after the stream, so this shows only that nothing acknowledged is missing on the standby; the lag
    # figures above bound how far behind it was during the stream.
    on_standby = int(env.psql(env.standby, "SELECT count(*) FROM features WHERE collection_id = 'built-up' AND "
                                           "feature_id = ANY(ARRAY[" + ",".join(f"'{i}'" for i in sample) + "])")) if sample else 0
    w = max(x[0] for x in lags) * 1000 if lags else float("nan")
    f = max(x[1] for x in lags) * 1000 if lags else float("nan")
    r = [x[2] * 1000 for x in lags]
    b = max(x[3] for x in lags) if lags else float("nan")
    figure(f"{len(ids)} writes in {env.args.seconds:.0f} s through nginx (4 writers), commit p50 "
           f"{percentile(stream.latencies, 50):.1f} ms, p99 {percentile(stream.latencies, 99):.1f} ms")
    figure(f"replication lag over {len(lags)} samples: write max {w:.1f} ms, flush max {f:.1f} ms, replay p50 "
           f"{percentile(r, 50):.1f} ms, max {max(r) if r else float('nan'):.1f} ms; WAL not yet applied max {b:.0f} bytes")
    figure(f"acknowledged records looked up on the standby: {on_standby} of {len(sample)}")
    verdict("replica-lag", len(ids) > 0 and on_standby == len(sample) and set(stream.statuses) == {201},
            f"answers {stream.statuses}")


# --- a read load ----------------------------------------------------------------------------------------------

class ReadLoad:
    def __init__(self, base, threads=4, path=READ):
        self.base, self.path = base, path
        self.lock = threading.Lock()
        self.events = []  # (monotonic time, status)
        self.stop = threading.Event()
        self.threads = [threading.Thread(target=self._run, daemon=True) for _ in range(threads)]

    def start(self):
        for t in self.threads:
            t.start()
        return self

    def finish(self):
        self.stop.set()
        for t in self.threads:
            t.join(30)

    def _run(self):
        client = Client(self.base, timeout=20)
        while not self.stop.is_set():
            status, _, _, _ = client.request("GET", self.path)
            with self.lock:
                self.events.append((time.monotonic(), status))

    def counts(self, since=0.0):
        with self.lock:
            out = {}
            for t, s in self.events:
                if t >= since:
                    out[s] = out.get(s, 0) + 1
            return out


def standby_down(env):
    load = ReadLoad(env.proxy).start()
    time.sleep(1.0)
    t_stop = time.monotonic()
    env.pg_ctl("-D", env.standby, "-m", "immediate", "-w", "stop")
    # A write now waits for the standby until the command timeout; then PostgreSQL commits it on the primary alone.
    # It must not be answered as saved (201): 503 with Retry-After.
    write = {}

    def one_write():
        token = f"standby-down-{random.random():.6f}"
        status, headers, body, ms = Client(env.proxy, timeout=60).request(
            "POST", CREATE, record_body(random.Random(5), token), write_headers(env.args.api_key))
        write.update(status=status, retry_after=headers.get("retry-after"), ms=ms, token=token)

    writer = threading.Thread(target=one_write, daemon=True)
    writer.start()
    time.sleep(env.args.seconds)
    during = load.counts(t_stop)
    # Connections left in the pool to the standby fail once each; reads through the primary from then on.
    late = load.counts(t_stop + 2.0)
    load.finish()
    writer.join(60)
    on_primary_only = int(env.psql(env.primary, "SELECT count(*) FROM features WHERE properties->>'note' = "
                                                f"'{write.get('token', '')}'")) if write else -1
    figure(f"a write with the standby stopped: {write.get('status')} after {write.get('ms', 0) / 1000:.1f} s, "
           f"Retry-After {write.get('retry_after')}; on the primary (not confirmed by the standby): {on_primary_only}")
    on_primary = int(env.psql(env.primary, "SELECT count(*) FROM pg_stat_activity WHERE datname = 'spatialplan' "
                                           "AND backend_type = 'client backend' AND application_name <> 'psql'"))
    figure(f"reads through nginx with the standby stopped: {during} (from 2 s after the stop: {late}); "
           f"app connections now on the primary: {on_primary}")
    env.pg_ctl("-D", env.standby, "-l", os.path.join(env.dir, "standby.log"), "-w", "-t", "60", "start")
    deadline = time.monotonic() + 30
    state = ""
    while time.monotonic() < deadline:
        state = env.psql(env.primary, "SELECT sync_state FROM pg_stat_replication WHERE application_name = 'standby1'")
        if state == "sync":
            break
        time.sleep(0.2)
    figure(f"standby started again: {state or 'not streaming'}")
    errors = sum(n for s, n in during.items() if s != 200)
    verdict("standby-down", late.get(200, 0) > 0 and set(late) == {200} and errors <= len(load.threads) and state == "sync"
            and write.get("status") == 503 and write.get("retry_after") is not None,
            f"{errors} failed reads (at most one per reader allowed: the one in flight); the write {write.get('status')}"
            " (503 expected: not confirmed by the standby)")


def failover(env):
    pids = env.node_pids()
    stream = WriteStream(env, writers=4).start()
    time.sleep(2.0)
    t_stop = time.monotonic()
    env.pg_ctl("-D", env.primary, "-m", "immediate", "-w", "stop")
    acked_before = len(stream.acked)
    time.sleep(env.args.promote_after)
    t_promote = time.monotonic()
    env.pg_ctl("-D", env.standby, "-w", "-t", "60", "promote")
    t_promoted = time.monotonic()
    deadline = t_promoted + 30
    first = None
    while time.monotonic() < deadline:
        first = stream.acked_after(t_promote)
        if first is not None and time.monotonic() > first + 2.0:
            break
        time.sleep(0.05)
    stream.finish()
    with stream.lock:
        acked = dict(stream.acked)
        ambiguous = set(stream.ambiguous)
        statuses = dict(stream.statuses)
    rows = env.psql(env.standby, "SELECT feature_id, properties->>'note' FROM features WHERE collection_id = 'built-up'")
    present = dict(line.split("|", 1) for line in rows.splitlines() if line)
    lost = [i for i in acked if i not in present]
    known_tokens = {t for t, _ in acked.values()} | ambiguous
    phantoms = [i for i, note in present.items() if note and note.startswith("w") and note not in known_tokens
                and i not in acked]
    restarted = [p for p in pids if not os.path.exists(f"/proc/{p}")]
    figure(f"writes acknowledged: {len(acked)} ({acked_before} before the primary stopped); answers {statuses}")
    figure(f"on the new primary: {len(acked) - len(lost)} of {len(acked)} acknowledged (lost {len(lost)}), "
           f"phantoms {len(phantoms)}")
    figure(f"primary stopped at 0 s, promote at {t_promote - t_stop:.2f} s (done at {t_promoted - t_stop:.2f} s), "
           f"first write acknowledged at {((first or float('nan')) - t_stop):.2f} s "
           f"({((first or float('nan')) - t_promoted):.2f} s after the promotion)")
    figure(f"503 without Retry-After: {stream.unavailable_without_retry_after}; app nodes gone: {len(restarted)}")
    other = {s: n for s, n in statuses.items() if s not in (201, 503)}
    verdict("failover", not lost and not phantoms and first is not None and not other and
            stream.unavailable_without_retry_after == 0 and not restarted,
            f"answers other than 201/503: {other}" if other else "")


def kill_node(env):
    reads = ReadLoad(env.proxy, threads=3).start()
    writes = WriteStream(env, writers=2).start()
    time.sleep(2.0)
    victim = env.node_pids()[-1]
    t_kill = time.monotonic()
    os.kill(victim, signal.SIGKILL)
    time.sleep(env.args.seconds)
    reads.finish()
    writes.finish()
    read_counts = reads.counts(t_kill)
    late_reads = reads.counts(t_kill + 1.0)
    with writes.lock:
        write_statuses = dict(writes.statuses)
    failed_reads = sum(n for s, n in read_counts.items() if s != 200)
    failed_writes = sum(n for s, n in write_statuses.items() if s != 201)
    figure(f"kill -9 of node pid {victim}: reads after it {read_counts} (from 1 s after: {late_reads}), "
           f"writes {write_statuses}")
    in_flight = len(reads.threads) + len(writes.threads)
    verdict("kill-node", failed_reads + failed_writes <= in_flight and set(late_reads) == {200} and
            late_reads.get(200, 0) > 0 and write_statuses.get(201, 0) > 0,
            f"{failed_reads + failed_writes} failed (at most {in_flight} in flight)")


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--api-key", required=True)
    p.add_argument("--seconds", type=float, default=4.0, help="length of each load phase")
    p.add_argument("--promote-after", type=float, default=1.0, help="seconds between the primary's stop and the promotion")
    p.add_argument("--only", nargs="*", default=None)
    args = p.parse_args()
    env = Env(args)
    if len(env.nodes) < 2:
        sys.exit(f"the checks need two running app nodes, found {len(env.nodes)}")
    for url in [env.proxy, *env.nodes]:
        if urllib.parse.urlsplit(url).hostname not in ("127.0.0.1", "localhost"):
            sys.exit(f"not a loopback address: {url}")
    checks = [("shared-key-ring", shared_key_ring), ("read-your-write", read_your_write), ("replica-lag", replica_lag),
              ("standby-down", standby_down), ("failover", failover), ("kill-node", kill_node)]
    for name, check in checks:
        if args.only is None or name in args.only:
            print(f"{name}:", flush=True)
            t0 = time.monotonic()
            try:
                check(env)
            except Exception as e:  # a check that cannot run has failed
                verdict(name, False, f"{type(e).__name__}: {e}")
            figure(f"({time.monotonic() - t0:.1f} s)")
    print(f"cluster checks: {6 if args.only is None else len(args.only)} run, {len(failures)} failed"
          + (f" ({', '.join(failures)})" if failures else ""))
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
