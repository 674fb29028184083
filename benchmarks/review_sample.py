"""A seeded sample of resolved speakers, printed for a person to judge.

PolNeAR scores the mention that carries an attribution, not the name it is
resolved to, so ``quotecheck eval`` cannot tell whether "he" became the right
person. This prints a reproducible sample of quotes whose mention is of one
sort (a pronoun by default), each with the name it resolved to and the text
before the mention, for a reader to mark right or wrong.

    .venv/bin/python benchmarks/review_sample.py --seed 1 --n 25
    .venv/bin/python benchmarks/review_sample.py --mentions "the president" "the senator" --n 10
    .venv/bin/python benchmarks/review_sample.py --descriptions --n 25   # "the senator" -> a name
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

from _machine import ROOT, SHARED, header, need

sys.path.insert(0, str(ROOT))

from quotecheck.api import process_article  # noqa: E402
from quotecheck.articles import read_articles  # noqa: E402


def sample(path: str, mentions: set, n: int, seed: int, descriptions: bool = False) -> list:
    """(article text, quote) for ``n`` quotes whose mention, lowercased, is in
    ``mentions``; with ``descriptions``, whose mention is a description
    ("the Florida senator") resolved to a name."""
    found = []
    for article in read_articles([path], lambda message: None):
        for quote in process_article(article).quotes:
            if quote.speaker_start is None:
                continue
            mention = article.text[quote.speaker_start:quote.speaker_end]
            if descriptions:
                if mention.lower().startswith("the ") and quote.speaker.lower() not in mention.lower():
                    found.append((article.text, quote))
            elif mention.lower() in mentions:
                found.append((article.text, quote))
    random.Random(seed).shuffle(found)
    return found[:n]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=str(SHARED / "polnear" / "train.jsonl"))
    parser.add_argument("--mentions", nargs="+", default=["he", "she"], help="mentions to sample (lowercased)")
    parser.add_argument("--descriptions", action="store_true",
                        help="sample descriptions resolved to a name instead of --mentions")
    parser.add_argument("--n", type=int, default=25)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    header("resolved speakers to judge by reading")
    rows = sample(str(need(Path(args.corpus))), {m.lower() for m in args.mentions}, args.n, args.seed,
                  args.descriptions)
    for number, (text, quote) in enumerate(rows, 1):
        before = text[max(0, quote.speaker_start - 600):quote.speaker_end].replace("\n", " ¶ ")
        print(f"\n{number}. {quote.article} — resolved to: {quote.speaker}")
        print(f"   …{before}")


if __name__ == "__main__":
    main()
