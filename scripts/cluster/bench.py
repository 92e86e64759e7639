#!/usr/bin/env python3
"""A short bench of a cluster of scripts/cluster/up.sh (its SPATIALPLAN_* variables in the environment): the proxy's
cost per request (the same request straight to node 1 and through nginx, interleaved so both see the same machine
load; the difference of the medians) and throughput through nginx at a few connections. 127.0.0.1 only, bounded.

  python3 scripts/cluster/bench.py [--requests 400] [--seconds 5] [--connections 4] [--path /ogc/...]
"""
import argparse
import http.client
import os
import statistics
import threading
import time
import urllib.parse


def client(base):
    u = urllib.parse.urlsplit(base)
    assert u.hostname in ("127.0.0.1", "localhost"), base
    return http.client.HTTPConnection(u.hostname, u.port, timeout=30)


def timed(conn, path):
    t0 = time.perf_counter()
    conn.request("GET", path)
    resp = conn.getresponse()
    resp.read()
    return resp.status, (time.perf_counter() - t0) * 1000


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--requests", type=int, default=400)
    p.add_argument("--seconds", type=float, default=5)
    p.add_argument("--connections", type=int, default=4)
    p.add_argument("--path", default="/ogc/collections/plan-zones/items?limit=20")
    args = p.parse_args()
    proxy = os.environ["SPATIALPLAN_PROXY_URL"]
    nodes = os.environ["SPATIALPLAN_NODE_URLS"].split()

    direct, through = client(nodes[0]), client(proxy)
    for _ in range(20):  # warm both paths (JIT, pools, keep-alive)
        timed(direct, args.path), timed(through, args.path)
    d, t = [], []
    for _ in range(args.requests):
        s1, ms1 = timed(direct, args.path)
        s2, ms2 = timed(through, args.path)
        assert s1 == 200 and s2 == 200, (s1, s2)
        d.append(ms1)
        t.append(ms2)
    md, mt = statistics.median(d), statistics.median(t)
    print(f"sequential {args.requests} x {args.path}: node p50 {md:.2f} ms, through nginx p50 {mt:.2f} ms, "
          f"proxy cost p50 {mt - md:.2f} ms")

    counts, latencies, lock, stop = {}, [], threading.Lock(), threading.Event()

    def run():
        conn = client(proxy)
        while not stop.is_set():
            status, ms = timed(conn, args.path)
            with lock:
                counts[status] = counts.get(status, 0) + 1
                latencies.append(ms)

    threads = [threading.Thread(target=run, daemon=True) for _ in range(args.connections)]
    for th in threads:
        th.start()
    time.sleep(args.seconds)
    stop.set()
    for th in threads:
        th.join(30)
    latencies.sort()
    p99 = latencies[int(0.99 * (len(latencies) - 1))]
    print(f"through nginx to {len(nodes)} node(s), {args.connections} connections, {args.seconds:.0f} s: "
          f"{sum(counts.values()) / args.seconds:.0f} req/s, p50 {statistics.median(latencies):.2f} ms, p99 {p99:.2f} ms, "
          f"answers {counts}")


if __name__ == "__main__":
    main()
