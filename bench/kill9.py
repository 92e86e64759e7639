#!/usr/bin/env python3
"""kill -9 during a write stream (issue 12), against one store: starts the app from a launcher script (which execs
the server, so its pid is the server's), lets WRITERS connections create, replace and delete their own records, kills
the server with SIGKILL at a random moment KILLS times (restarting it each time), then checks on a last start that
every acknowledged write is there (bench/records_ledger.py: no lost, no phantom write) and, for the embedded store,
that the data folder holds nothing but the records database (no temporary file, nothing to clean by hand).
127.0.0.1 only, bounded (about 10 s per kill); python3 stdlib only. Ends with "verdict kill9-<store>: ok|FAILED".

  python3 bench/kill9.py --store embedded --launch /tmp/x/launch.sh --port 5093 --api-key KEY --data-dir /tmp/x/data
"""
import argparse
import json
import os
import random
import signal
import subprocess
import sys
import threading
import time

from records_ledger import COLLECTION, Client, Ledger, item, list_ids, record_body

DATABASE_FILES = {"records.sqlite", "records.sqlite-wal", "records.sqlite-shm"}


def start(args):
    log = open(args.log, "ab")
    proc = subprocess.Popen(["bash", args.launch], stdout=log, stderr=log, start_new_session=True)
    probe = Client(args.host, args.port, args.api_key, timeout=5)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"the app exited with {proc.returncode} at start (see {args.log})")
        if probe.request("GET", "/ogc/collections")[0] == 200:
            probe.close()
            return proc
        time.sleep(0.1)
    proc.kill()
    raise SystemExit("the app did not start within 120 s")


def writer(w, args, ledger, stop, counts):
    rng = random.Random(7000 + w)
    client = Client(args.host, args.port, args.api_key, timeout=10)
    mine, n = [], 0
    while not stop.is_set():
        n += 1
        token = f"k{w}-{n}"
        kind = "create" if not mine or rng.random() < 0.5 else rng.choice(("replace", "delete"))
        if kind == "create":
            status, body, _ = client.request("POST", COLLECTION, record_body(rng, token))
            ledger.create(token, status, body)
            if status == 201:
                mine.append(json.loads(body)["id"])
        elif kind == "replace":
            target = rng.choice(mine)
            status, _, _ = client.request("PUT", item(target), record_body(rng, token))
            ledger.change("replace", target, token, status)
        else:
            target = mine.pop(rng.randrange(len(mine)))
            status, _, _ = client.request("DELETE", item(target))
            ledger.change("delete", target, None, status)
            if status not in (204, 0) and status < 500:
                mine.append(target)  # refused or not sent: still there
        counts[status > 0 and status < 500] += 1
        if status <= 0:
            time.sleep(0.05)  # the server is down: wait for its restart rather than spin
    client.close()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--store", required=True)
    ap.add_argument("--launch", required=True)
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--api-key", required=True)
    ap.add_argument("--data-dir")
    ap.add_argument("--log", default="/dev/null")
    ap.add_argument("--kills", type=int, default=20)
    ap.add_argument("--writers", type=int, default=4)
    args = ap.parse_args()
    assert args.host in ("127.0.0.1", "localhost", "::1"), "loopback only"

    rng = random.Random(42)
    proc = start(args)
    initial = list_ids(Client(args.host, args.port, args.api_key))
    ledger, stop, counts = Ledger(), threading.Event(), [0, 0]
    threads = [threading.Thread(target=writer, args=(w, args, ledger, stop, counts)) for w in range(args.writers)]
    for t in threads:
        t.start()
    leftovers = []
    for k in range(args.kills):
        time.sleep(rng.uniform(0.3, 2.5))
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        if args.data_dir:
            leftovers += [f"after kill {k + 1}: {f}" for f in os.listdir(args.data_dir) if f not in DATABASE_FILES]
        proc = start(args)
        if args.data_dir:  # what a start leaves: the database, nothing to clean by hand
            leftovers += [f"after start {k + 1}: {f}" for f in os.listdir(args.data_dir) if f not in DATABASE_FILES]
    time.sleep(1)
    stop.set()
    for t in threads:
        t.join()
    lost, phantom = ledger.verify(Client(args.host, args.port, args.api_key), initial)
    proc.send_signal(signal.SIGTERM)
    proc.wait(timeout=60)
    if args.data_dir:
        leftovers += [f"after a clean stop: {f}" for f in os.listdir(args.data_dir) if f != "records.sqlite"]
    print(json.dumps({"store": args.store, "kills": args.kills, "acked": ledger.acked, "ambiguous": ledger.ambiguous,
                      "answered": counts[1], "unanswered": counts[0], "lost": len(lost), "phantom": len(phantom),
                      "leftovers": leftovers[:10], "lost_samples": lost[:5], "phantom_samples": phantom[:5]}), flush=True)
    failures = ([f"{len(lost)} lost"] if lost else []) + ([f"{len(phantom)} phantom"] if phantom else []) + \
               ([f"{len(leftovers)} leftover files"] if leftovers else []) + \
               ([] if sum(ledger.acked.values()) > 0 else ["no write acknowledged"])
    print(f"verdict kill9-{args.store}: " + ("ok" if not failures else "FAILED (" + "; ".join(failures) + ")"), flush=True)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
