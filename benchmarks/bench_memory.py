"""Memory while streaming: peak RSS of ``quotecheck extract`` on a corpus and on ten times it.

The larger corpus is the same JSONL repeated (written to a temporary file
that is deleted afterwards). If extract streams, the two peaks are about the
same; if it held the corpus, the second would be about ten times larger.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time

from _machine import ROOT, SHARED, header, need


def run_extract(path: str, jobs: int) -> tuple[float, float]:
    """(seconds, peak MB) of one ``quotecheck extract`` in a child process."""
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", _CHILD, path, str(jobs)], cwd=ROOT)
    _, status, usage = os.wait4(child.pid, 0)
    if status:
        raise SystemExit(f"extract failed on {path}")
    return time.perf_counter() - start, usage.ru_maxrss / 1024


# Runs extract and reports nothing: the parent reads the child's peak memory
# (workers of --jobs are the child's children and are not counted; see docs).
_CHILD = ("import sys; from quotecheck.cli import main; "
          "sys.exit(main(['extract', '-q', '-j', sys.argv[2], '-o', '/dev/null', sys.argv[1]]))")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(SHARED / "polnear" / "train.jsonl"))
    parser.add_argument("--times", type=int, default=10)
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args()
    need(__import__("pathlib").Path(args.corpus))
    header("memory while streaming a JSONL corpus through extract")
    with tempfile.TemporaryDirectory() as folder:
        big = os.path.join(folder, "repeated.jsonl")
        with open(args.corpus, "rb") as source:
            data = source.read()
        with open(big, "wb") as out:
            for _ in range(args.times):
                out.write(data)
        print("| corpus | MB | seconds | peak RSS MB |")
        print("|---|---:|---:|---:|")
        for label, path in (("as is", args.corpus), (f"{args.times} times", big)):
            seconds, peak = run_extract(path, args.jobs)
            print(f"| {label} | {os.path.getsize(path) / 1e6:,.0f} | {seconds:.1f} | {peak:,.0f} |", flush=True)


if __name__ == "__main__":
    main()
