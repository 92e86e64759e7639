#!/usr/bin/env python3
"""Write load of issue 12 against a running SpatialPlan: N connections (8), each a loop of 70 % reads and 30 % record
writes (create, replace, delete in equal parts, each on the connection's own records) for a fixed time (60 s), on
127.0.0.1 only. python3 stdlib only (bench/records_ledger.py).

Reads are half a record by id (the connection's own: always 200) and half a page of the collection (limit 50).
Prints one JSON line: req/s, p50/p95/p99 per kind, errors (any unexpected answer), and what the final check found:
every acknowledged create readable, every acknowledged replace current, every acknowledged delete gone, nothing
that no one wrote (lost / phantom), and the server's RSS before and after (after 5 s idle).

  python3 bench/writes.py --port 5092 --api-key KEY --app-pid PID --store embedded
"""
import argparse
import json
import random
import sys
import threading
import time

from records_ledger import COLLECTION, CREATE, Client, Ledger, item, list_ids, record_body

KINDS = ("read-item", "read-page", "create", "replace", "delete")


def rss_mb(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def pct(values, p):
    if not values:
        return None
    s = sorted(values)
    return round(s[min(len(s) - 1, int(round(p / 100 * (len(s) - 1))))], 2)


def worker(w, args, ledger, lat, errors, stop_at):
    rng = random.Random(1000 + w)
    client = Client(args.host, args.port, args.api_key)
    mine, n = [], 0
    while time.monotonic() < stop_at:
        n += 1
        token = f"w{w}-{n}"
        r = rng.random()
        if r < 0.70:
            if mine and r < 0.35:
                kind, (status, body, ms) = "read-item", client.request("GET", item(rng.choice(mine)))
                ok = status == 200
            else:
                kind, (status, body, ms) = "read-page", client.request("GET", f"{COLLECTION}?limit=50")
                ok = status == 200
        else:
            kind = "create" if not mine else rng.choice(("create", "replace", "delete"))
            if kind == "create":
                status, body, ms = client.request("POST", CREATE, record_body(rng, token))
                ledger.create(token, status, body)
                ok = status == 201
                if ok:
                    mine.append(json.loads(body)["id"])
            elif kind == "replace":
                target = rng.choice(mine)
                status, body, ms = client.request("PUT", item(target) + "?onOverlap=allow", record_body(rng, token))
                ledger.change("replace", target, token, status)
                ok = status == 200
            else:
                target = mine.pop(rng.randrange(len(mine)))
                status, body, ms = client.request("DELETE", item(target))
                ledger.change("delete", target, None, status)
                ok = status == 204
        lat[kind].append(ms)
        if not ok:
            errors.append(f"{kind} {status} {body[:120]!r}")
    client.close()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--api-key", required=True)
    ap.add_argument("--app-pid", type=int, required=True)
    ap.add_argument("--store", required=True)
    ap.add_argument("--connections", type=int, default=8)
    ap.add_argument("--seconds", type=float, default=60)
    args = ap.parse_args()
    assert args.host in ("127.0.0.1", "localhost", "::1"), "loopback only"

    probe = Client(args.host, args.port, args.api_key)
    initial = list_ids(probe)
    rss_before = rss_mb(args.app_pid)
    ledger, lat, errors = Ledger(), {k: [] for k in KINDS}, []
    stop_at = time.monotonic() + args.seconds
    threads = [threading.Thread(target=worker, args=(w, args, ledger, lat, errors, stop_at)) for w in range(args.connections)]
    t0 = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - t0
    time.sleep(5)
    rss_after = rss_mb(args.app_pid)
    lost, phantom = ledger.verify(probe, initial)
    total = sum(len(v) for v in lat.values())
    writes = sum(len(lat[k]) for k in ("create", "replace", "delete"))
    result = {
        "store": args.store, "seconds": round(elapsed, 1), "requests": total, "req_s": round(total / elapsed, 1),
        "writes": writes, "writes_s": round(writes / elapsed, 1),
        "kinds": {k: {"n": len(v), "p50": pct(v, 50), "p95": pct(v, 95), "p99": pct(v, 99)} for k, v in lat.items()},
        "write_p99": pct(lat["create"] + lat["replace"] + lat["delete"], 99),
        "errors": len(errors), "error_samples": errors[:5], "acked": ledger.acked, "ambiguous": ledger.ambiguous,
        "lost": len(lost), "phantom": len(phantom), "lost_samples": lost[:5], "phantom_samples": phantom[:5],
        "rss_before_mb": round(rss_before, 1), "rss_after_mb": round(rss_after, 1),
    }
    print(json.dumps(result, ensure_ascii=False), flush=True)
    return 0 if not errors and not lost and not phantom else 1


if __name__ == "__main__":
    sys.exit(main())
