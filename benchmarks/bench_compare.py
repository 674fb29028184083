"""Grouping (``compare``) time and peak memory on 10k, 100k and 1M synthetic quotes.

Each size runs in a fresh process, so its peak resident memory is its own.
The quotes come from synth_quotes.py (real PolNeAR quotes, mutated, seeded);
making them is not timed. "peak MB" is the whole process at its peak (the
quotes themselves included); "grouping MB" is what grouping added on top.
The curve should be near-linear: time per quote at 1M within 1.5x of 10k.
CPU seconds are given beside wall time: on a shared machine they are the
figure that does not depend on what else runs.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time

from _machine import ROOT, header, peak_rss_mb

SIZES = (10_000, 100_000, 1_000_000)


def measure(size: int, seed: int) -> dict:
    """In this process: make ``size`` quotes, group them, return the figures."""
    sys.path.insert(0, str(ROOT))
    from synth_quotes import synthetic_quotes

    from quotecheck.compare import group_quotes

    quotes = synthetic_quotes(size, seed)
    before = peak_rss_mb()
    start, cpu = time.perf_counter(), time.process_time()
    groups = group_quotes(quotes)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    peak = peak_rss_mb()
    return {"size": size, "seconds": seconds, "cpu": cpu, "groups": len(groups), "peak_mb": peak,
            "grouping_mb": peak - before, "members": sum(len(g.members) for g in groups)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    parser.add_argument("--seed", type=int, default=2022)
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # internal: measure one size, print JSON
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure(args.one, args.seed)))
        return
    header("grouping (compare) on synthetic quotes")
    print("| quotes | groups | quotes grouped | wall s | CPU s | CPU µs/quote | x first | peak MB | grouping MB |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    first = None
    for size in args.sizes:
        out = subprocess.run([sys.executable, __file__, "--one", str(size), "--seed", str(args.seed)],
                             capture_output=True, text=True, check=True, cwd=ROOT / "benchmarks")
        row = json.loads(out.stdout)
        per = row["cpu"] / size * 1e6
        first = first or per
        print(f"| {size:,} | {row['groups']:,} | {row['members']:,} | {row['seconds']:.1f} | {row['cpu']:.1f} | {per:.0f} "
              f"| {per / first:.2f} | {row['peak_mb']:,.0f} | {row['grouping_mb']:,.0f} |", flush=True)


if __name__ == "__main__":
    main()
