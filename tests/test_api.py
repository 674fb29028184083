"""The pipeline API: records of one article, and the sentence each quote stands in."""

import random

import pytest

from quotecheck.api import CONTEXT_WINDOW, process_article, sentence_context
from quotecheck.articles import make_article
from quotecheck.extract import find_spans


def _context_reference(text, open_at, close_at, limit=600):
    """The sentence around a quote, searched in the text around it for each quote."""
    low, high = max(0, open_at - CONTEXT_WINDOW), min(len(text), close_at + CONTEXT_WINDOW)
    para_start = max(text.rfind("\n", low, open_at) + 1, low)
    para_end = text.find("\n", close_at, high)
    para_end = high if para_end < 0 else para_end
    stop = max(text.rfind(end + " ", para_start + 1, open_at) for end in ".!?")
    start = stop + 2 if stop >= 0 else para_start
    stops = [i for i in (text.find(end + " ", close_at, para_end) for end in ".!?") if i >= 0]
    if close_at < para_end and text[para_end - 1] in ".!?":
        stops.append(para_end - 1)
    end = min(stops) + 1 if stops else para_end
    context = text[start:end].strip()
    return context if len(context) <= limit else context[: limit - 1] + "…"


def _contexts(text):
    result = process_article(make_article("a", "a.txt", text, {}))
    return result.quotes


@pytest.mark.parametrize("text", [
    "the man “we agree”. " * 500,  # one paragraph of short quotes, a full stop after each
    "“a ‘b” c’ " * 1500,  # no sentence end at all: the paragraph is cut at the window
    "He said “yes” and left! She asked “why?” Then “no” came. " * 80,
    "Intro.\n\n“First paragraph.\n\n“Second,” he said. More. “Third” here?\n“Open to the end",
])
def test_each_quote_gets_the_sentence_the_search_around_it_would_find(text):
    """Each line is read once for all its quotes (searching around every quote
    of a long paragraph was quadratic); the sentences are the same."""
    spans, _ = find_spans(text)
    quotes = _contexts(text)
    assert len(quotes) == len(spans) > 0
    assert [q.context for q in quotes] == [_context_reference(text, s.open_at, s.close_at) for s in spans]


def test_one_quote_context_reads_only_its_window_and_agrees():
    rng = random.Random(5)
    alphabet = list("ab .!?\n“”") + [". ", "\n\n", "? ", "! "]
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 200)))
        for _ in range(5):
            open_at = rng.randrange(0, len(text) + 1)
            close_at = rng.randrange(open_at, len(text) + 1)
            assert sentence_context(text, open_at, close_at) == _context_reference(text, open_at, close_at)
    text = "x" * (3 * CONTEXT_WINDOW) + ". Said “so” here. " + "y" * (3 * CONTEXT_WINDOW)
    at = text.index("“")
    assert sentence_context(text, at, at + 4) == "Said “so” here."


@pytest.mark.parametrize("text,context", [
    ("He left. “I thought it was disgraceful,” Mr. Trump said. Then he went.",
     "“I thought it was disgraceful,” Mr. Trump said."),
    ("J. Smith came. “We win,” said Sen. Ron Johnson. Next.", "“We win,” said Sen. Ron Johnson."),
    ("Lt. Gov. Dan Patrick spoke. “We win,” he said.", "“We win,” he said."),
])
def test_the_context_does_not_end_at_a_title(text, context):
    # "“…,” Mr." was the whole context of a quote signed "Mr. Trump said"
    at = text.index("“")
    assert sentence_context(text, at, text.index("”") + 1) == context


def test_records_convert_to_plain_dicts_in_field_order():
    from dataclasses import asdict

    from quotecheck.models import QUOTE_FIELDS

    quote = _contexts("“We agree,” Ryabkov said.")[0]
    assert quote.to_dict() == asdict(quote)
    assert tuple(quote.to_dict()) == QUOTE_FIELDS
