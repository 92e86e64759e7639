#!/usr/bin/env python3
"""Prints bench/run.sh's table: the median over the rounds of every figure, ratios against MapServer, and the
issue 7 targets met or missed. Input: the TSV run.sh writes (round, server, metric, value); servers are ms
(MapServer 8), emb (SpatialPlan, embedded store) and pg (SpatialPlan, PostGIS store)."""
import argparse
import statistics
from collections import defaultdict


def load(path):
    values = defaultdict(list)
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 4 and parts[3] not in ("", "-"):
                values[(parts[1], parts[2])].append(float(parts[3]))
    return values


def main():
    p = argparse.ArgumentParser()
    p.add_argument("tsv")
    for name in ("rounds", "cores", "ms-procs", "lat-secs", "wrk-secs", "wrk-conn", "p6-secs"):
        p.add_argument("--" + name, default="?")
    a = p.parse_args()
    values = load(a.tsv)

    def med(server, metric):
        v = values.get((server, metric))
        return statistics.median(v) if v else None

    def span(server, metric):
        v = values.get((server, metric))
        return f"{min(v):g}–{max(v):g}" if v and len(v) > 1 else ""

    def f(x, digits=1):
        return "-" if x is None else f"{x:,.{digits}f}"

    def ratio(x, y):
        return None if x is None or not y else x / y

    print(f"SpatialPlan vs MapServer 8.0 (FastCGI x{a.ms_procs} behind lighttpd) on 10^5 synthetic parcels (10^4 for P5.10k),")
    print(f"{a.cores} cores, loopback. Every figure is the median of {a.rounds} rounds (each round measures every server;")
    print("the per-round values are in bench/results/last-run.tsv).")
    print(f"p50 = wrk, 1 connection, {a.lat_secs} s (server + loopback, no client start-up); r/s and MB/s = wrk,")
    print(f"{a.wrk_conn} connections, {a.wrk_secs} s. Ratios: SpatialPlan throughput / MapServer throughput.")
    print("MapServer 8.0 in Debian 12 ignores 'offset', so every request here is a single page.")
    print()
    header = f"{'request':<26}{'features':>9}{'KB':>7} |{'MS p50':>9}{'emb p50':>9}{'pg p50':>9} |{'MS r/s':>8}{'emb r/s':>9}{'pg r/s':>8} |{'emb/MS':>7}{'pg/MS':>7}"
    print(header)
    print("-" * len(header))
    rows = [("P1", "items, small bbox"), ("P2", "items, large bbox"), ("P3", "one feature by id"),
            ("P5.10k", "PNG 1024x512, 10^4"), ("P5.100k", "PNG 1024x512, 10^5"),
            ("P7.10", "items limit=10"), ("P7.100", "items limit=100"), ("P7.1000", "items limit=1000"),
            ("P7.10000", "items limit=10000")]
    for key, label in rows:
        feats = med("emb", key + ".features")
        kb = med("emb", key + ".bytes")
        print(f"{key + ' ' + label:<26}{f(feats, 0) if feats is not None else '':>9}{f(kb / 1024 if kb else None, 0):>7} |"
              f"{f(med('ms', key + '.p50'), 2):>9}{f(med('emb', key + '.p50'), 2):>9}{f(med('pg', key + '.p50'), 2):>9} |"
              f"{f(med('ms', key + '.rps')):>8}{f(med('emb', key + '.rps')):>9}{f(med('pg', key + '.rps')):>8} |"
              f"{f(ratio(med('emb', key + '.rps'), med('ms', key + '.rps')), 2):>7}{f(ratio(med('pg', key + '.rps'), med('ms', key + '.rps')), 2):>7}")
    print()
    print("P5: MapServer draws the parcels alone (WMS GetMap); SpatialPlan's /api/export draws them in a full map frame")
    print("    (title, legend, scale bar, north arrow, attribution), so it does more per image.")
    for s, name in (("ms", "MapServer"), ("emb", "embedded"), ("pg", "PostGIS")):
        feats = [med(s, f"P2.features"), med(s, "P1.features")]
        one = ratio((med(s, "P2.bytes") or 0) / 1048576, (med(s, "P2.p50") or 0) / 1000)
        print(f"P2 {name:<9}: {f(one, 1)} MB/s for one request (size / p50), {f(med(s, 'P2.mbs'), 2)} MB/s at {a.wrk_conn} connections; RSS {f(med(s, 'P2.rss_before'), 0)} MB before, "
              f"peak {f(med(s, 'P2.rss_peak'), 0)} MB under load; features P2 {f(feats[0], 0)}, P1 {f(feats[1], 0)}")
    print("    (MapServer: the mapserv FastCGI processes; SpatialPlan: the app process; PostgreSQL's own memory not counted)")
    print()
    print(f"P6 mixed workload, {a.p6_secs} s, 8 connections (60 % small bbox, 25 % by id, 10 % collection, 5 % large bbox):")
    print(f"  {'server':<10}{'req/s':>9}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'errors':>8}{'requests':>10}")
    for s, name in (("ms", "MapServer"), ("emb", "embedded"), ("pg", "PostGIS")):
        print(f"  {name:<10}{f(med(s, 'P6.rps')):>9}{f(med(s, 'P6.p50'), 2):>9}{f(med(s, 'P6.p95'), 2):>9}"
              f"{f(med(s, 'P6.p99'), 2):>9}{f(med(s, 'P6.errors'), 0):>8}{f(med(s, 'P6.requests'), 0):>10}")
    print()
    print("P7 latency against size (p50 at 1 connection; linear = ms per 1 000 features roughly constant from 1 000 up):")
    for s, name in (("ms", "MapServer"), ("emb", "embedded"), ("pg", "PostGIS")):
        t = {n: med(s, f"P7.{n}.p50") for n in (10, 100, 1000, 10000)}
        if None in t.values():
            continue
        per_k_1000 = t[1000] / 1.0
        per_k_10000 = t[10000] / 10.0
        print(f"  {name:<10} {t[10]:.2f} / {t[100]:.2f} / {t[1000]:.2f} / {t[10000]:.2f} ms; "
              f"{per_k_1000:.2f} ms per 1 000 at 1 000, {per_k_10000:.2f} at 10 000 (x{ratio(t[10000], t[1000]):.1f} for 10x the features)")
    print()
    print("P8 vector tile, p50 at 1 connection, against the same ST_AsMVT statement alone (pgbench, 1 client):")
    for z in ("z12", "z14"):
        alone = med("pg", f"P8.{z}.alone")
        print(f"  {z}: embedded {f(med('emb', f'P8.{z}.p50'), 2)} ms, PostGIS {f(med('pg', f'P8.{z}.p50'), 2)} ms, "
              f"ST_AsMVT alone {f(alone, 2)} ms -> PostGIS store overhead {f((med('pg', f'P8.{z}.p50') or 0) - (alone or 0), 2)} ms; "
              f"tile {f((med('pg', f'P8.{z}.bytes') or 0) / 1024, 0)} KB")
    print()
    print(f"P9 cold start to the first 200 on /ogc/collections: embedded {f(med('emb', 'P9'), 2)} s ({span('emb', 'P9')}), "
          f"PostGIS {f(med('pg', 'P9'), 2)} s ({span('pg', 'P9')}); PostGIS first start incl. seeding {f(med('pg', 'P9.seed'), 2)} s")
    print()

    def target(name, ok, detail):
        print(f"  {'met   ' if ok else 'MISSED'} {name}: {detail}")

    print("Targets of issue 7 (same-run ratios):")
    for s, name in (("emb", "embedded"), ("pg", "PostGIS")):
        for key in ("P1", "P2"):
            r = ratio(med(s, key + ".rps"), med("ms", key + ".rps"))
            target(f"{key} throughput >= 2x MapServer ({name})", r is not None and r >= 2, f"x{f(r, 2)}")
        mbs = ratio((med(s, "P2.bytes") or 0) / 1048576, (med(s, "P2.p50") or 0) / 1000)
        target(f"P2 >= 26 MB/s for one request ({name})", mbs is not None and mbs >= 26,
               f"{f(mbs, 1)} MB/s (size / p50 at 1 connection; {f(med(s, 'P2.mbs'), 1)} MB/s at {a.wrk_conn} connections)")
        p3 = med(s, "P3.p50")
        target(f"P3 < 5 ms ({name})", p3 is not None and p3 < 5, f"{f(p3, 2)} ms")
        for z in ("10k", "100k"):
            ours, peer = med(s, f"P5.{z}.p50"), med("ms", f"P5.{z}.p50")
            target(f"P5 PNG {z} no slower than MapServer ({name})", ours is not None and peer and ours <= peer,
                   f"{f(ours, 1)} ms vs {f(peer, 1)} ms")
        p9 = med(s, "P9")
        target(f"P9 < 3 s ({name})", p9 is not None and p9 < 3, f"{f(p9, 2)} s")
    r4 = ratio(med("emb", "P1.rps"), med("pg", "P1.rps"))
    target("P4 embedded >= 5x the database path on P1", r4 is not None and r4 >= 5, f"x{f(r4, 2)}")
    for z in ("z12", "z14"):
        d = (med("pg", f"P8.{z}.p50") or 0) - (med("pg", f"P8.{z}.alone") or 0)
        target(f"P8 {z} within 2 ms of ST_AsMVT alone (PostGIS)", d <= 2, f"+{d:.2f} ms")


if __name__ == "__main__":
    main()
