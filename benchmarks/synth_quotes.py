"""Synthetic corpora of quotes for the grouping and workbook benchmarks: seeded, reproducible.

Real quotes are the material: every quote quotecheck extracts from PolNeAR
train (about 9,500, read at run time from ../shared, never stored). A
synthetic *utterance* is a real quote whose wording is mutated (a share of
its words replaced by words drawn from the whole corpus) and whose speaker is
drawn from the real speakers, so a million quotes are a million plausible,
mostly distinct wordings rather than 100 copies of the same 9,500.

Each utterance is then "reported" by one to five outlets, the way the same
statement runs through a news cycle: most copies are verbatim, some are cut
short or extended, reworded in a word, retyped (straight for curly marks) or
credited to another speaker. Quotes are laid out in articles of about ten
quotes each, as in real news, so fragment joining and per-article work are
exercised too. Same seed, same quotes, on every machine.
"""

from __future__ import annotations

import random
import sys
from dataclasses import replace
from typing import Iterator

from _machine import ROOT, SHARED, need

sys.path.insert(0, str(ROOT))

from quotecheck.api import process_article  # noqa: E402
from quotecheck.articles import read_articles  # noqa: E402
from quotecheck.models import Quote  # noqa: E402

OUTLETS = ("apnews", "bbc", "cnn", "foxnews", "guardian", "nytimes", "reuters", "tass", "wapo", "wsj")
#: Share of the words of a sampled quote replaced to make a new utterance.
MUTATE_WORDS = 0.3
#: Quotes per synthetic article.
PER_ARTICLE = 10


def real_quotes(corpus: str | None = None) -> list[Quote]:
    """The quotes quotecheck finds in PolNeAR train: the material to sample from."""
    path = str(need(SHARED / "polnear" / "train.jsonl")) if corpus is None else corpus
    quotes = []
    for article in read_articles([path], lambda message: None):
        quotes.extend(q for q in process_article(article).quotes if len(q.text.split()) >= 2)
    return quotes


def synthetic_quotes(n: int, seed: int = 2022, material: list[Quote] | None = None) -> list[Quote]:
    """``n`` quotes in articles of ``PER_ARTICLE``, as list (see the module docs)."""
    return list(iter_synthetic_quotes(n, seed, material))


def iter_synthetic_quotes(n: int, seed: int = 2022, material: list[Quote] | None = None) -> Iterator[Quote]:
    """The quotes one at a time, so a caller can stream them to a file."""
    rng = random.Random(seed)
    material = material if material is not None else real_quotes()
    vocabulary = sorted({w for q in material for w in q.text.split()})
    speakers = sorted({q.speaker for q in material if q.speaker})
    made = 0
    article: dict = {}  # outlet -> [article number, quotes in it so far]
    while made < n:
        base = rng.choice(material)
        words = [rng.choice(vocabulary) if rng.random() < MUTATE_WORDS else w for w in base.text.split()]
        speaker = rng.choice(speakers) if rng.random() < 0.8 else None
        outlets = rng.sample(OUTLETS, rng.choice((1, 1, 2, 2, 3, 4, 5)))
        for outlet in outlets:
            if made >= n:
                return
            number, in_article = article.setdefault(outlet, [0, 0])
            if in_article >= PER_ARTICLE:
                number, in_article = number + 1, 0
            article[outlet] = [number, in_article + 1]
            text, who = _reported(rng, words, speaker, vocabulary, speakers)
            start = 100 + in_article * 400
            yield replace(
                base, id=f"Q{made:010d}", article=f"{outlet}/{number:07d}", outlet=outlet,
                line=3 + in_article * 2, column=1, start=start, end=start + len(text), text=text,
                speaker=who, speaker_start=None if who is None else start + len(text) + 3,
                speaker_end=None if who is None else start + len(text) + 3 + len(who), context=text,
            )
            made += 1


def _reported(rng: random.Random, words: list, speaker, vocabulary: list, speakers: list) -> tuple:
    """One outlet's copy of an utterance: usually verbatim, sometimes changed."""
    roll = rng.random()
    words = list(words)
    if roll < 0.55 or len(words) < 4:
        pass
    elif roll < 0.70:
        words = words[: max(2, len(words) * 2 // 3)]  # truncated
    elif roll < 0.78:
        words = words + [rng.choice(vocabulary) for _ in range(rng.randint(2, 6))]  # extended
    elif roll < 0.88:
        words[rng.randrange(len(words))] = rng.choice(vocabulary)  # reworded
    elif roll < 0.95:
        words = [w.replace("\u2019", "'") for w in words]  # typographic
        words[-1] = words[-1].rstrip(",.") + ","
    elif speakers:
        speaker = rng.choice(speakers)  # another speaker credited
    return " ".join(words), speaker


if __name__ == "__main__":
    import json

    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    for quote in iter_synthetic_quotes(count):
        print(json.dumps(quote.to_dict(), ensure_ascii=False))
