"""``compare`` on the multi-outlet clusters: how many hinted shared quotes end up in one group.

Each folder of ../shared/data/clusters is one news event told by several
outlets. Its meta.json lists ``heuristic_shared_quotes``: pairs of quotes
that word overlap picked as one quote printed by two outlets. They are a
hint, not a truth (some pairs are two different quotes), but a pair the
comparator leaves apart is worth a look, and a group far larger than any
utterance is quoted is a chain of unrelated quotes.

For every cluster: the hinted pairs, how many were found among the
extracted quotes (a hinted wording is found when an extracted quote of that
article has the same normalised words, else contains them or is contained
in them), how many of those ended in one group, the groups by variant
type and the largest group. Everything is deterministic: no timing, sorted
output. ``--misses`` lists the pairs left apart.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from quotecheck.api import process_article  # noqa: E402
from quotecheck.articles import read_articles  # noqa: E402
from quotecheck.compare import VARIANTS, group_of_quote, group_quotes  # noqa: E402
from quotecheck.diff import contains, tokens  # noqa: E402

try:
    from _machine import SHARED, need
except ImportError:  # imported from the tests, with benchmarks/ not on the path
    SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
    need = None

CLUSTERS = SHARED / "clusters"


def hinted_quotes(quotes: list, file: str, text: str) -> set:
    """Ids of the extracted quotes of ``file`` that print the hinted wording ``text``."""
    mine = [q for q in quotes if q.article == file or q.article.endswith("/" + file)]
    want = tokens(text)
    same = {q.id for q in mine if tokens(q.text) == want}
    if same or not want:
        return same
    return {q.id for q in mine if contains(tokens(q.text), want) or contains(want, tokens(q.text))}


def measure_cluster(folder: Path) -> dict:
    """The figures of one cluster folder, and the hinted pairs left apart."""
    meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    quotes = [q for a in read_articles([str(folder)], lambda m: None) for q in process_article(a).quotes]
    groups = group_quotes(quotes)
    group = group_of_quote(groups)
    hints = meta.get("heuristic_shared_quotes", [])
    found = grouped = 0
    misses = []
    for hint in hints:
        ids = [hinted_quotes(quotes, hint[f"file_{s}"], hint[f"quote_{s}"]) for s in "ab"]
        if not (ids[0] and ids[1]):
            misses.append(("not found", hint))
            continue
        found += 1
        if any(group.get(a) and group.get(a) == group.get(b) for a in ids[0] for b in ids[1]):
            grouped += 1
        else:
            misses.append(("apart", hint))
    return {
        "cluster": folder.name, "articles": len(meta.get("articles", [])), "quotes": len(quotes),
        "pairs": len(hints), "found": found, "grouped": grouped, "groups": len(groups),
        "variants": Counter(g.variant for g in groups),
        "largest": max((len(g.members) for g in groups), default=0), "misses": misses,
    }


def measure(root: Path = CLUSTERS) -> list:
    """The figures of every cluster folder under ``root``, in name order."""
    return [measure_cluster(folder) for folder in sorted(p for p in root.iterdir() if (p / "meta.json").is_file())]


def total(rows: list) -> dict:
    """The figures of all clusters together (largest: the largest of any)."""
    variants = Counter()
    for row in rows:
        variants.update(row["variants"])
    out = {key: sum(row[key] for row in rows) for key in ("articles", "quotes", "pairs", "found", "grouped", "groups")}
    out.update(cluster="total", variants=variants, largest=max((row["largest"] for row in rows), default=0))
    return out


def print_table(rows: list) -> None:
    short = {"conflicting_speaker": "conflict"}
    columns = [short.get(v, v) for v in VARIANTS]
    print("| cluster | articles | quotes | hinted pairs | found | same group | groups | " + " | ".join(columns)
          + " | largest group |")
    print("|---|" + "---:|" * (7 + len(columns)))
    for row in rows + [total(rows)]:
        name = f"**{row['cluster']}**" if row["cluster"] == "total" else row["cluster"]
        cells = [row[k] for k in ("articles", "quotes", "pairs", "found", "grouped", "groups")]
        cells += [row["variants"].get(v, 0) for v in VARIANTS] + [row["largest"]]
        print(f"| {name} | " + " | ".join(str(c) for c in cells) + " |")


def print_misses(rows: list) -> None:
    for row in rows:
        for why, hint in row["misses"]:
            print(f"{row['cluster']}: {why}: {hint['file_a']}: “{hint['quote_a']}”")
            print(f"{' ' * len(row['cluster'])}  {' ' * len(why)}  {hint['file_b']}: “{hint['quote_b']}”")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clusters", type=Path, default=CLUSTERS, help="folder of cluster folders")
    parser.add_argument("--misses", action="store_true", help="also list the hinted pairs left apart")
    args = parser.parse_args()
    from _machine import header

    need(args.clusters)
    header("compare on the multi-outlet clusters (hinted shared quotes grouped)")
    rows = measure(args.clusters)
    print_table(rows)
    if args.misses:
        print()
        print_misses(rows)


if __name__ == "__main__":
    main()
