"""Every quoted span of the five seed articles, with its kind and position."""

import pytest

from quotecheck import extract_quotes, read_articles
from tests.conftest import SEEDS

#: (article, line, first words, kind) of every quote a reader finds in the seeds.
EXPECTED = [
    ("seeds/000_11aafe6ac5c0ca03.txt", 2, "the U.S. will listen", "quote"),
    ("seeds/000_11aafe6ac5c0ca03.txt", 7, "We need legal guarantees", "quote"),
    ("seeds/000_11aafe6ac5c0ca03.txt", 10, "complete breakdown in ties", "fragment"),
    ("seeds/001_74a605e591c66385.txt", 9, "The talks promise", "quote"),
    ("seeds/001_74a605e591c66385.txt", 11, "the US will listen", "quote"),
    ("seeds/001_74a605e591c66385.txt", 13, "businesslike", "fragment"),
    ("seeds/001_74a605e591c66385.txt", 13, "difficult", "fragment"),
    ("seeds/001_74a605e591c66385.txt", 27, "We need legal guarantees", "quote"),
    ("seeds/001_74a605e591c66385.txt", 31, "an invasion of Ukraine", "fragment"),
    ("seeds/001_74a605e591c66385.txt", 33, "If they are unable", "quote"),
    ("seeds/001_74a605e591c66385.txt", 37, "I don’t think", "quote"),
    ("seeds/001_74a605e591c66385.txt", 43, "What we are hoping for", "quote"),
    ("seeds/002_28f92bcafec2e117.txt", 5, "I don't think", "quote"),
    ("seeds/002_28f92bcafec2e117.txt", 9, "the U.S. will listen", "quote"),
    ("seeds/002_28f92bcafec2e117.txt", 21, "We need legal guarantees", "quote"),
    ("seeds/002_28f92bcafec2e117.txt", 23, "If they are unable", "quote"),
    ("seeds/002_28f92bcafec2e117.txt", 27, "What we are hoping for", "quote"),
    ("seeds/002_28f92bcafec2e117.txt", 29, "cannot be considered", "fragment"),
    ("seeds/002_28f92bcafec2e117.txt", 31, "aggressor is not in a position", "quote"),
    ("seeds/002_28f92bcafec2e117.txt", 35, "complete breakdown in ties", "fragment"),
    ("seeds/002_28f92bcafec2e117.txt", 37, "and the freedom of sovereign nations", "quote"),
    ("seeds/002_28f92bcafec2e117.txt", 39, "complex but businesslike", "fragment"),
    ("seeds/003_4d889060d68846e2.txt", 32, "Talks could end in acrimony", "headline"),
    ("seeds/003_4d889060d68846e2.txt", 34, "begin to test Russia’s real intent", "fragment"),
    ("seeds/003_4d889060d68846e2.txt", 36, "There are not many people", "quote"),
    ("seeds/003_4d889060d68846e2.txt", 38, "It is being seen as a start", "quote"),
    ("seeds/003_4d889060d68846e2.txt", 44, "It is possible to make deals", "quote"),
    ("seeds/003_4d889060d68846e2.txt", 46, "severe costs", "fragment"),
    ("seeds/004_1764845ccefd2103.txt", 6, "difficult", "fragment"),
    ("seeds/004_1764845ccefd2103.txt", 8, "Pessimistic forecast", "headline"),
    ("seeds/004_1764845ccefd2103.txt", 9, "Are they ready", "quote"),
    ("seeds/004_1764845ccefd2103.txt", 10, "I have a rather pessimistic forecast", "quote"),
    ("seeds/004_1764845ccefd2103.txt", 11, "the freedom of sovereign nations", "quote"),
    ("seeds/004_1764845ccefd2103.txt", 13, "I doubt that anything", "quote"),
    ("seeds/004_1764845ccefd2103.txt", 14, "Guarantees of not joining NATO", "quote"),
    ("seeds/004_1764845ccefd2103.txt", 14, "he wants to return", "quote"),
    ("seeds/004_1764845ccefd2103.txt", 17, "massive consequences for Russia", "quote"),
    ("seeds/004_1764845ccefd2103.txt", 18, "There’s a path of dialogue", "quote"),
    ("seeds/004_1764845ccefd2103.txt", 20, "an atmosphere of escalation", "quote"),
    ("seeds/004_1764845ccefd2103.txt", 21, "If we’re actually going", "quote"),
    ("seeds/004_1764845ccefd2103.txt", 22, "as well as NATO", "quote"),
    ("seeds/004_1764845ccefd2103.txt", 23, "stability", "term"),
]


@pytest.fixture(scope="module")
def seed_quotes():
    return [q for a in read_articles([str(SEEDS)]) for q in extract_quotes(a)]


def test_every_seed_span_is_found_and_nothing_else(seed_quotes):
    found = [(q.article, q.line, q.text) for q in seed_quotes]
    assert len(found) == len(EXPECTED)
    for (article, line, words, _kind), (got_article, got_line, text) in zip(EXPECTED, found):
        assert (got_article, got_line) == (article, line)
        assert text.startswith(words), (article, line, text)


@pytest.mark.parametrize("article, line, words, kind", EXPECTED)
def test_seed_span_kind(seed_quotes, article, line, words, kind):
    (quote,) = [q for q in seed_quotes if q.article == article and q.line == line and q.text.startswith(words)]
    assert quote.kind == kind


def test_seed_records_point_into_the_text(seed_quotes):
    texts = {a.id: a.text for a in read_articles([str(SEEDS)])}
    for quote in seed_quotes:
        assert texts[quote.article][quote.start:quote.end] == quote.text
        line_text = texts[quote.article].split("\n")[quote.line - 1]
        assert line_text[quote.column - 1] in "\"“‘'"


def test_metadata_lines_are_read_not_quoted():
    articles = {a.id: a for a in read_articles([str(SEEDS)])}
    assert articles["seeds/002_28f92bcafec2e117.txt"].date == "2022-01-10"
    assert articles["seeds/003_4d889060d68846e2.txt"].outlet == "Al Jazeera"
    assert articles["seeds/000_11aafe6ac5c0ca03.txt"].outlet == "000_11aafe6ac5c0ca03"


def test_ids_are_stable_and_independent_of_other_files():
    alone = extract_quotes(next(read_articles([str(SEEDS / "004_1764845ccefd2103.txt")])))
    together = [q for a in read_articles([str(SEEDS)]) for q in extract_quotes(a) if a.id == alone[0].article]
    assert [q.id for q in alone] == [q.id for q in together]
    assert len({q.id for q in alone}) == len(alone)
