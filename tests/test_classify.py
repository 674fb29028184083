"""Kinds of quoted spans: quote, fragment, headline, term."""

import pytest

from quotecheck.attribute import attribute
from quotecheck.classify import final_kind, first_kind
from quotecheck.extract import find_spans


def kinds(text):
    spans, _ = find_spans(text)
    first = [first_kind(text, s) for s in spans]
    attrs = attribute(text, spans, first)
    return [final_kind(k, a.speaker is not None) for k, a in zip(first, attrs)]


def test_a_clause_is_a_quote():
    assert kinds('"We need legal guarantees of the non-expansion of NATO," Ryabkov said.') == ["quote"]


def test_a_few_words_credited_to_someone_are_a_fragment():
    assert kinds('Ryabkov called the meeting "complex but businesslike" on Sunday.') == ["fragment"]


def test_a_few_words_nobody_says_are_a_term():
    assert kinds('Putin met Biden and agreed on regular "stability" talks.') == ["term"]


def test_a_heading_is_a_headline():
    assert kinds('Talks begin\n\n‘Pessimistic forecast’\n\nThe talks began.') == ["headline"]


def test_a_title_case_name_is_a_term_even_near_a_cue():
    assert kinds('He said he loved the "Gang of Eight" plan, officials said.') == ["term"]


@pytest.mark.parametrize("kind,has_speaker,modifier,expected", [
    ("fragment", False, False, "term"),
    ("fragment", True, False, "fragment"),
    ("fragment", True, True, "term"),
    ("quote", False, False, "quote"),
    ("headline", False, False, "headline"),
])
def test_final_kind(kind, has_speaker, modifier, expected):
    assert final_kind(kind, has_speaker, modifier) == expected


def _alone_on_line_reference(text, span):
    """The line test as first written: copy both sides of the line and strip them."""
    decor = " \t\r\u00a0-–—―•*#|>"
    line_start = text.rfind("\n", 0, span.open_at) + 1
    line_end = text.find("\n", span.close_at)
    line_end = len(text) if line_end < 0 else line_end
    return not text[line_start:span.open_at].strip(decor) and not text[span.close_at:line_end].strip(decor)


@pytest.mark.parametrize("text", [
    "the man “we agree”. " * 300,
    "“a ‘b” c’ " * 300,
    "– ‘Pessimistic forecast’ –\n" * 50 + "“One” “two”\n\n— “Alone” —\r\n“Last”",
    "> “Quoted reply”\n* “Bullet”\n# “Heading” #\n|“cell”|\n“x” y\n",
])
def test_the_line_test_walks_outward_and_agrees_with_copying_the_line(text):
    """A paragraph of hundreds of quotes: each quote only looks at its neighbours
    (the copy of the whole line per quote was quadratic), and says the same."""
    from quotecheck.classify import _alone_on_line

    spans, _ = find_spans(text)
    assert spans
    assert [_alone_on_line(text, s) for s in spans] == [_alone_on_line_reference(text, s) for s in spans]


def test_many_headlines_alone_on_their_lines():
    text = "".join(f"– ‘Forecast number {i}’ –\n\n" for i in range(200))
    spans, _ = find_spans(text)
    assert [first_kind(text, s) for s in spans] == ["headline"] * 200
