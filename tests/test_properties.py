"""Property tests: text built from random Unicode mixed with every quote mark,
apostrophe, dash and newline kind news copy carries.

Whatever the text, extraction must not raise, every record must point at its
own words, and the output must not depend on anything but the article. The
default run tries a few hundred texts per property; ``QUOTECHECK_LONG=1`` tries
100,000, and ``benchmarks/fuzz.py`` runs the same checks on seeded random
texts and counts the failures instead of stopping at the first.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotecheck.api import process_article
from quotecheck.articles import make_article, read_articles
from quotecheck.models import KINDS

#: Every mark the span finder knows, and the doubled NYT and TeX forms.
MARKS = ("‘", "’", "“", "”", '"', "'", "«", "»", "„", "‹", "›", "''", "``", "`", "‚", "‟")
APOSTROPHES = ("Russia’s", "don’t", "’90s", "rock ’n’ roll", "the allies’ plans", "goin’", "O'Brien", "’em")
DASHES = ("-", "–", "—", "―", "‐", "−")
NEWLINES = ("\n", "\r\n", "\r", "\u2028", "\u2029", "\x85", "\n\n", "\f", "\v")
#: Words that wake the attribution and metadata rules up.
WORDS = ("said", "says", "told", "according to", "Putin", "he", "she", "they", "the Kremlin", "Interfax",
         "the State Department said", "in a tweet", "Source: Reuters", "date 2022-01-10", "<tweet id=\"1\">",
         "</tweet>", ":", ".", ",", "(", ")", "…", "?", "!", "Mr.", "U.S.", "é", "\u0301", "日本", "\U0001F600",
         "\u200b", "\ufeff", "\t", "\u00a0", "  ")
#: Characters that open a quote at the offset the record gives.
MARK_CHARS = frozenset("".join(MARKS))

LONG = os.environ.get("QUOTECHECK_LONG") == "1"
EXAMPLES = 100_000 if LONG else 300
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

piece = st.one_of(
    st.sampled_from(MARKS), st.sampled_from(MARKS), st.sampled_from(APOSTROPHES), st.sampled_from(DASHES),
    st.sampled_from(NEWLINES), st.sampled_from(WORDS), st.text(max_size=6),
)
texts = st.lists(st.tuples(piece, st.sampled_from(("", " ", " "))), max_size=60).map(
    lambda parts: "".join(p + gap for p, gap in parts))


def problems(text: str) -> list[str]:
    """Every broken promise of the pipeline on one text (empty when all hold).

    Shared with benchmarks/fuzz.py, which counts failing texts instead of
    stopping at the first.
    """
    article = make_article("fuzz", "fuzz.txt", text, {})
    try:
        result = process_article(article)
        again = process_article(make_article("fuzz", "fuzz.txt", text, {}))
    except Exception as exc:  # noqa: BLE001 - the property is that nothing raises
        return [f"raised {type(exc).__name__}: {exc}"]
    found = [p for quote in result.quotes for p in _quote_problems(article.text, quote)]
    found += [p for mark in result.unbalanced for p in _unbalanced_problems(article.text, mark)]
    if again != result:
        found.append("not deterministic: a second run gave other records")
    return found


def _quote_problems(text: str, quote) -> list[str]:
    out = []
    if not 0 <= quote.start <= quote.end <= len(text):
        out.append(f"{quote.id}: span {quote.start}:{quote.end} outside a text of {len(text)}")
    if text[quote.start:quote.end] != quote.text:
        out.append(f"{quote.id}: text {quote.text!r} is not text[{quote.start}:{quote.end}]")
    if quote.kind not in KINDS:
        out.append(f"{quote.id}: unknown kind {quote.kind!r}")
    mark_at = _offset(text, quote.line, quote.column)
    if mark_at is None or text[mark_at] not in MARK_CHARS or mark_at > quote.start:
        out.append(f"{quote.id}: line {quote.line} column {quote.column} is not its opening mark")
    if (quote.speaker_start is None) != (quote.speaker_end is None):
        out.append(f"{quote.id}: mention has one offset only")
    elif quote.speaker_start is not None and not 0 <= quote.speaker_start <= quote.speaker_end <= len(text):
        out.append(f"{quote.id}: mention {quote.speaker_start}:{quote.speaker_end} outside the text")
    return out


def _unbalanced_problems(text: str, mark) -> list[str]:
    if text[mark.offset:mark.offset + len(mark.mark)] != mark.mark:
        return [f"unbalanced {mark.mark!r} at {mark.offset} is not in the text there"]
    if _offset(text, mark.line, mark.column) != mark.offset:
        return [f"unbalanced {mark.mark!r}: line {mark.line} column {mark.column} is not offset {mark.offset}"]
    return []


def _offset(text: str, line: int, column: int):
    """Offset of a 1-based line and column, lines split on ``\\n`` as the records count them."""
    start = 0
    for _ in range(line - 1):
        start = text.find("\n", start) + 1
        if start == 0:
            return None
    offset = start + column - 1
    return offset if 0 <= offset < len(text) else None


@SETTINGS
@given(texts)
def test_every_record_points_at_its_own_words(text):
    assert problems(text) == []


@SETTINGS
@given(st.text(max_size=200))
def test_plain_random_unicode_never_breaks_extraction(text):
    assert problems(text) == []


@settings(max_examples=EXAMPLES // 10 or 30, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(texts, min_size=2, max_size=4), st.data())
def test_records_do_not_depend_on_the_other_files_of_the_run(articles, data):
    """An article read with others gives exactly the records it gives alone."""
    chosen = data.draw(st.integers(0, len(articles) - 1))
    with tempfile.TemporaryDirectory() as folder:
        files = []
        for number, text in enumerate(articles):
            path = Path(folder, f"{number:02d}.txt")
            path.write_bytes(text.encode("utf-8"))
            files.append(str(path))
        together = {r.article.id: r for r in map(process_article, read_articles([folder], lambda m: None))}
        alone = [process_article(a) for a in read_articles([files[chosen]], lambda m: None)]
    name = f"{Path(folder).name}/{chosen:02d}.txt"
    assert [r.quotes for r in alone] == ([together[name].quotes] if name in together else [])


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=" ,\t'’\"”a.\ue000\n", max_size=600), st.data())
def test_the_stripped_tail_ends_as_the_whole_slice_does(text, data):
    # attribution reads the tail of a sentence instead of slicing all of it
    from quotecheck.attribute import _stripped_tail

    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    for chars in (" ,\t'’\"”", " \t", None):
        whole = text[start:end].rstrip(chars)
        tail = _stripped_tail(text, start, end, chars)
        assert whole.endswith(tail) and (not whole) == (not tail)
        assert whole[-3:] == tail[-3:]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["a b ", "“x” ", "said ", ". "]), max_size=60), st.data())
def test_quoted_between_agrees_with_the_masked_text(parts, data):
    from quotecheck.attribute import _Article
    from quotecheck.extract import find_spans
    from quotecheck.mentions import MASK

    text = "".join(parts)
    article = _Article(text, find_spans(text)[0])
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert article.quoted_between(start, end) == (MASK in article.masked[start:end])
