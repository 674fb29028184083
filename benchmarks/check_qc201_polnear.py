"""How QC201 (unattributed quote) findings fall against PolNeAR's annotations.

Usage: .venv/bin/python benchmarks/check_qc201_polnear.py ../shared/data/polnear/dev.jsonl

Each QC201 finding is put in one bucket: the annotators gave that quote a
source (a false alarm, left by an attribution miss), annotated it without a
source, marked it as not a quotation (scare quotes, titles), or have no span
there at all. The first bucket is the noise a newsroom's CI would see.
"""

from __future__ import annotations

import json
import sys
from collections import Counter

from quotecheck import checks
from quotecheck.api import process_article
from quotecheck.articles import make_article


def _overlaps(start: int, end: int, spans) -> list:
    return [s for s in spans if s[0] < end and start < s[1]]


def bucket(record: dict, quote) -> str:
    """Which annotation, if any, covers one flagged quote."""
    gold = [g for g in record["quotes"] if g["start"] < quote.end and quote.start < g["end"]]
    if gold:
        return "annotated with a source" if any(g.get("speaker") for g in gold) else "annotated, no source"
    if _overlaps(quote.start, quote.end, record.get("other_quoted_spans", [])):
        return "annotated as not a quotation"
    return "no annotated span"


def main(path: str) -> Counter:
    counts: Counter = Counter()
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            result = process_article(make_article(record["id"], path, record["text"], {"title": record.get("title")}))
            quotes = {q.id: q for q in result.quotes}
            for finding in checks.check_unattributed(result):
                counts[bucket(record, quotes[finding.quote_id])] += 1
    return counts


if __name__ == "__main__":
    found = main(sys.argv[1])
    total = sum(found.values())
    print(f"{sys.argv[1]}: {total} QC201 findings")
    for name, n in found.most_common():
        print(f"  {name:32} {n:5}  {n / total:.1%}")
