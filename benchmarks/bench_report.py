"""Writing the fact-checker's workbook for 100k synthetic quotes: time and peak memory.

The quotes come from synth_quotes.py (seeded); their articles are rebuilt as
records without text. Grouping runs first and is timed apart, so the figure
is the workbook alone: rich-text diffs, validation, links and all sheets.
"peak MB while writing" is the whole process (quotes and groups included),
measured from just before the workbook is written.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections import defaultdict

from _machine import ROOT, current_peak_mb, header, reset_peak

sys.path.insert(0, str(ROOT))

from synth_quotes import synthetic_quotes  # noqa: E402

from quotecheck.api import ArticleResult  # noqa: E402
from quotecheck.compare import group_quotes  # noqa: E402
from quotecheck.models import Article  # noqa: E402
from quotecheck.report import write_report  # noqa: E402


def results_of(quotes) -> list:
    """ArticleResults for synthetic quotes, one per synthetic article, in order."""
    by_article = defaultdict(list)
    for quote in quotes:
        by_article[quote.article].append(quote)
    return [ArticleResult(Article(id=a, path=f"{a}.txt", text="", outlet=qs[0].outlet), tuple(qs), ())
            for a, qs in by_article.items()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quotes", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=2022)
    args = parser.parse_args()
    header("workbook (report) for synthetic quotes")
    quotes = synthetic_quotes(args.quotes, args.seed)
    results = results_of(quotes)
    start = time.perf_counter()
    groups = group_quotes(quotes)
    grouping = time.perf_counter() - start
    reset_peak()
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "report.xlsx")
        start, cpu = time.perf_counter(), time.process_time()
        write_report(path, results, groups)
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
        size = os.path.getsize(path) / 1e6
    peak = current_peak_mb()
    print("| quotes | articles | groups | grouping s | workbook wall s | workbook CPU s | size MB | peak MB while writing |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    print(f"| {len(quotes):,} | {len(results):,} | {len(groups):,} | {grouping:.1f} | {seconds:.1f} | {cpu:.1f} | {size:.1f} "
          f"| {peak:,.0f} |")


if __name__ == "__main__":
    main()
