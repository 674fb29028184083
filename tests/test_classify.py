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
