"""Planners' records written over HTTP, and what each write's answer proves about the store afterwards.

Shared by bench/writes.py (the write load) and bench/kill9.py (kill -9 during a write stream); python3 stdlib only.
Every write carries a unique token in properties.note. A write answered 2xx is acknowledged: the store must show it.
One answered with a refusal (4xx) changed nothing. One with no answer (a killed server, a reset) or a 5xx is
ambiguous: the store may show it or not, but nothing else. `verify` reads the whole collection and reports lost
writes (an acknowledged create, replace or delete not in the store) and phantoms (a record or state no write made).
"""
import http.client
import json
import threading
import time
import urllib.parse

COLLECTION = "/ogc/collections/built-up/items"
# The load writes test durability and speed, not the overlap policy: seeded parcels may repeat, so overlaps are allowed.
CREATE = COLLECTION + "?onOverlap=allow"


def record_body(rng, token):
    x = 120.90 + rng.random() * 0.05
    y = 27.92 + rng.random() * 0.05
    d = 0.002
    ring = [[x, y], [x + d, y], [x + d, y + d], [x, y + d], [x, y]]
    return json.dumps({"type": "Feature", "properties": {"name_zh": "写入测试", "built_year": 2024, "note": token},
                       "geometry": {"type": "Polygon", "coordinates": [ring]}}).encode()


class Client:
    """One keep-alive connection; reconnects after any failure. `request` returns (status, body, ms): status 0 and the
    error text as body when no answer came, -1 when the connection was refused (nothing was sent)."""

    def __init__(self, host, port, api_key, timeout=30.0):
        self.host, self.port, self.api_key, self.timeout = host, port, api_key, timeout
        self.conn = None

    def request(self, method, path, body=None):
        headers = {"X-Api-Key": self.api_key} if method != "GET" else {}
        if body is not None:
            headers["Content-Type"] = "application/geo+json"
        t0 = time.monotonic()
        try:
            if self.conn is None:
                self.conn = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
            self.conn.request(method, path, body=body, headers=headers)
            resp = self.conn.getresponse()
            data = resp.read()
            return resp.status, data, (time.monotonic() - t0) * 1000
        except ConnectionRefusedError as e:
            self.close()
            return -1, str(e).encode(), (time.monotonic() - t0) * 1000
        except (OSError, http.client.HTTPException) as e:
            self.close()
            return 0, str(e).encode(), (time.monotonic() - t0) * 1000

    def close(self):
        if self.conn is not None:
            self.conn.close()
            self.conn = None


class Ledger:
    """Per record id, the states each write may have left it in; thread-safe."""

    ABSENT = None

    def __init__(self):
        self.lock = threading.Lock()
        self.allowed = {}            # id -> set of tokens (None: absent) the record may show now
        self.ambiguous_creates = set()  # tokens of creates that got no answer (their id is unknown)
        self.acked = {"create": 0, "replace": 0, "delete": 0}
        self.ambiguous = 0

    def create(self, token, status, body):
        with self.lock:
            if status == 201:
                self.acked["create"] += 1
                self.allowed[json.loads(body)["id"]] = {token}
            elif status == 0 or status >= 500:
                self.ambiguous += 1
                self.ambiguous_creates.add(token)

    def change(self, kind, record_id, token, status):
        """A replace (token: the new state) or a delete (token None) of a record this client created."""
        with self.lock:
            if status in (200, 204):
                self.acked[kind] += 1
                self.allowed[record_id] = {token}
            elif status == 0 or status >= 500:
                self.ambiguous += 1
                self.allowed[record_id] = self.allowed[record_id] | {token}

    def verify(self, client, initial_ids=()):
        """Reads every record; returns (lost, phantom) lists of short descriptions."""
        client.close()  # a fresh connection: an idle keep-alive one may have been closed by the server meanwhile
        found, offset = {}, 0
        while True:
            status, body, _ = client.request("GET", f"{COLLECTION}?limit=10000&offset={offset}")
            if status != 200:
                return [f"listing answered {status}: {body[:200]!r}"], []
            page = json.loads(body)
            for f in page["features"]:
                found[str(f["id"])] = (f.get("properties") or {}).get("note")
            offset += len(page["features"])
            if not page["features"] or offset >= page.get("numberMatched", 0):
                break
        lost, phantom = [], []
        with self.lock:
            for record_id, allowed in self.allowed.items():
                actual = found.get(record_id, Ledger.ABSENT)
                if actual not in allowed:
                    (lost if actual is Ledger.ABSENT or Ledger.ABSENT not in allowed else phantom).append(
                        f"{record_id}: {actual!r}, expected one of {sorted(map(str, allowed))}")
            for record_id, note in found.items():
                if record_id not in self.allowed and record_id not in initial_ids and note not in self.ambiguous_creates:
                    phantom.append(f"{record_id}: {note!r}, written by no one")
        return lost, phantom


def list_ids(client):
    client.close()
    status, body, _ = client.request("GET", f"{COLLECTION}?limit=10000")
    return {str(f["id"]) for f in json.loads(body)["features"]} if status == 200 else set()


def item(record_id):
    return f"{COLLECTION}/{urllib.parse.quote(record_id, safe='')}"
