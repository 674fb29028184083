"""The property checks of tests/test_properties.py on many seeded random texts.

Hypothesis stops at the first failure and shrinks it; this run counts instead:
how many texts ran, how many broke a property, and the first few of them as
Python literals to paste into a test. Texts are built from the same pieces as
the property tests (every quote mark, apostrophe, dash, newline kind, random
Unicode). Same seed, same texts.

    .venv/bin/python benchmarks/fuzz.py                 # 100,000 texts
    .venv/bin/python benchmarks/fuzz.py --cases 5000 --seed 7
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from concurrent.futures import ProcessPoolExecutor

from _machine import ROOT, cores, header

sys.path.insert(0, str(ROOT))

from tests.test_properties import APOSTROPHES, DASHES, MARKS, NEWLINES, WORDS, problems  # noqa: E402

#: Chunk of cases per worker task: big enough that the pool costs nothing.
CHUNK = 500


def random_text(rng: random.Random) -> str:
    """One text of up to 80 pieces, marks twice as likely as anything else."""
    parts = []
    for _ in range(rng.randint(0, 80)):
        roll = rng.random()
        if roll < 0.35:
            parts.append(rng.choice(MARKS))
        elif roll < 0.45:
            parts.append(rng.choice(APOSTROPHES))
        elif roll < 0.52:
            parts.append(rng.choice(DASHES))
        elif roll < 0.62:
            parts.append(rng.choice(NEWLINES))
        elif roll < 0.72:
            parts.append("".join(chr(rng.randint(1, 0x2FFFF)) for _ in range(rng.randint(1, 4))))
        else:
            parts.append(rng.choice(WORDS))
        parts.append(rng.choice(("", " ", " ", " ")))
    return "".join(parts)


def run_chunk(seed: int, first: int, count: int) -> list[tuple[int, str, list[str]]]:
    """Check cases ``first .. first+count`` of ``seed``; return the failing ones."""
    failures = []
    for case in range(first, first + count):
        text = random_text(random.Random(f"{seed}:{case}"))
        found = problems(text)
        if found:
            failures.append((case, text, found))
    return failures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000, help="texts to generate (default 100,000)")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    parser.add_argument("--jobs", type=int, default=cores(), help="worker processes (default: every core)")
    parser.add_argument("--show", type=int, default=5, help="failing texts to print (default 5)")
    args = parser.parse_args()
    header(f"fuzz: {args.cases:,} random texts through process_article, seed {args.seed}")
    started = time.perf_counter()
    starts = range(0, args.cases, CHUNK)
    with ProcessPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        chunks = pool.map(run_chunk, [args.seed] * len(starts), starts,
                          [min(CHUNK, args.cases - s) for s in starts])
        failures = [f for chunk in chunks for f in chunk]
    wall = time.perf_counter() - started
    print(f"ran {args.cases:,} cases in {wall:.1f} s wall on {args.jobs} processes; failed {len(failures):,}")
    for case, text, found in failures[: args.show]:
        print(f"\ncase {case}: {text!r}")
        for problem in found[:3]:
            print(f"  - {problem}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
