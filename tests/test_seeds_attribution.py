"""Who said each quote of the five seed articles, as a fact-checker names it.

The hard cases of the seeds are here on purpose: a name in the sentence that
is not the speaker (Putin in Mykhailo's sentence, Biden in "Biden's top
diplomat"), words relayed by the State Department, pronouns and continuation
quotes resolved across paragraphs and headings.
"""

import pytest

from quotecheck import extract_quotes, read_articles
from tests.conftest import SEEDS

#: (article, line, first words, speaker, mention as written) of every quote.
SPEAKERS = [
    ("000", 2, "the U.S. will listen", "Wendy Sherman", "Sherman"),
    ("000", 7, "We need legal guarantees", "Sergei Ryabkov", "Ryabkov"),
    ("000", 10, "complete breakdown in ties", "Vladimir Putin", "Putin"),
    ("001", 9, "The talks promise", "Russian diplomatic mission in Geneva", "the Russian diplomatic mission in Geneva"),
    ("001", 11, "the US will listen", "Wendy Sherman", "Sherman"),
    ("001", 13, "businesslike", "Sergey Ryabkov", "Ryabkov"),
    ("001", 13, "difficult", "Sergey Ryabkov", "Ryabkov"),
    ("001", 27, "We need legal guarantees", "Sergey Ryabkov", "Ryabkov"),
    ("001", 31, "an invasion of Ukraine", "Washington", "Washington"),
    ("001", 33, "If they are unable", "Sergey Ryabkov", "he"),
    ("001", 37, "I don’t think", "Antony Blinken", "Blinken"),
    ("001", 43, "What we are hoping for", "Jens Stoltenberg", "he"),
    ("002", 5, "I don't think", "Antony Blinken", "Blinken"),
    ("002", 9, "the U.S. will listen", "Wendy Sherman", "Sherman"),
    ("002", 21, "We need legal guarantees", "Sergei Ryabkov", "Ryabkov"),
    ("002", 23, "If they are unable", "Sergei Ryabkov", "he"),
    ("002", 27, "What we are hoping for", "Jens Stoltenberg", "Stoltenberg"),
    ("002", 29, "cannot be considered", "Olga Stefanishyna",
     "Ukraine's Deputy Prime Minister Olga Stefanishyna"),
    ("002", 31, "aggressor is not in a position", "Olga Stefanishyna", "She"),
    ("002", 35, "complete breakdown in ties", "Vladimir Putin", "Putin"),
    ("002", 37, "and the freedom of sovereign nations", "Wendy Sherman", "Sherman"),
    ("002", 39, "complex but businesslike", "Sergei Ryabkov", "Ryabkov"),
    ("003", 32, "Talks could end in acrimony", None, None),
    ("003", 34, "begin to test Russia’s real intent", "Jonah Hull", "Al Jazeera’s Jonah Hull"),
    ("003", 36, "There are not many people", "Jonah Hull", "he"),
    ("003", 38, "It is being seen as a start", "Jonah Hull", "he"),
    ("003", 44, "It is possible to make deals", "Jens Stoltenberg", "Stoltenberg"),
    ("003", 46, "severe costs", "Jens Stoltenberg", "he"),
    ("004", 6, "difficult", "Sergei Ryabkov", "Ryabkov"),
    ("004", 8, "Pessimistic forecast", None, None),
    ("004", 9, "Are they ready", "Sergei Ryabkov", "Ryabkov"),
    ("004", 10, "I have a rather pessimistic forecast", "Sergei Ryabkov", "Ryabkov"),
    ("004", 11, "the freedom of sovereign nations", "Wendy Sherman", "Sherman"),
    ("004", 13, "I doubt that anything will change", "Mykhailo", "29-year-old soldier Mykhailo"),
    ("004", 14, "Guarantees of not joining NATO", "Mykhailo", "Mykhailo"),
    ("004", 14, "he wants to return the Soviet Union", "Mykhailo", "Mykhailo"),
    ("004", 17, "massive consequences for Russia", "Antony Blinken", "US Secretary of State Antony Blinken"),
    ("004", 18, "There’s a path of dialogue", "Antony Blinken", "he"),
    ("004", 20, "an atmosphere of escalation", "Antony Blinken", "Blinken"),
    ("004", 21, "If we’re actually going to make progress", "Antony Blinken",
     "US President Joe Biden’s top diplomat"),
    ("004", 22, "as well as NATO almost certainly", "Antony Blinken", "he"),
    ("004", 23, "stability", None, None),
]

#: (article, line, first words, channel, channel type) wherever the text names the medium.
CHANNELS = [
    ("000", 2, "the U.S. will listen", "tweet", "social media"),
    ("001", 9, "The talks promise", "social media", "social media"),
    ("001", 13, "businesslike", "Interfax", "news agency"),
    ("001", 37, "I don’t think", "CNN", "interview"),
    ("002", 5, "I don't think", "CNN", "interview"),
    ("002", 31, "aggressor is not in a position", "reporters", "reporters"),
    ("002", 37, "and the freedom of sovereign nations", "State Department", "relayed"),
    ("002", 39, "complex but businesslike", "Interfax", "news agency"),
    ("003", 44, "It is possible to make deals", "news conference", "press conference"),
    ("004", 11, "the freedom of sovereign nations", "State Department", "relayed"),
    ("004", 17, "massive consequences for Russia", "CNN", "broadcast"),
    ("004", 22, "as well as NATO almost certainly", "ABC", "broadcast"),
]


@pytest.fixture(scope="module")
def seed_quotes():
    quotes = {}
    for article in read_articles([str(SEEDS)]):
        quotes[article.id.removeprefix("seeds/")[:3]] = (article.text, extract_quotes(article))
    return quotes


def _find(seed_quotes, article, line, words):
    text, quotes = seed_quotes[article]
    found = [q for q in quotes if q.line == line and q.text.startswith(words)]
    assert len(found) == 1, f"{article}:{line}: no single quote starting {words!r}"
    return text, found[0]


@pytest.mark.parametrize("article,line,words,speaker,mention", SPEAKERS)
def test_every_seed_quote_has_its_speaker(seed_quotes, article, line, words, speaker, mention):
    text, quote = _find(seed_quotes, article, line, words)
    assert quote.speaker == speaker
    if mention is None:
        assert quote.speaker_start is None
    else:
        assert text[quote.speaker_start:quote.speaker_end] == mention


def test_every_seed_quote_is_pinned(seed_quotes):
    assert sum(len(quotes) for _text, quotes in seed_quotes.values()) == len(SPEAKERS)


@pytest.mark.parametrize("article,line,words,channel,kind", CHANNELS)
def test_seed_channels(seed_quotes, article, line, words, channel, kind):
    _text, quote = _find(seed_quotes, article, line, words)
    assert (quote.channel, quote.channel_type) == (channel, kind)


def test_putin_is_the_object_not_the_speaker(seed_quotes):
    _text, quote = _find(seed_quotes, "004", 14, "Guarantees of not joining NATO")
    assert quote.speaker == "Mykhailo" and quote.cue == "said"


def test_biden_is_the_possessor_not_the_speaker(seed_quotes):
    _text, quote = _find(seed_quotes, "004", 21, "If we’re actually going")
    assert quote.speaker == "Antony Blinken"


def test_continuation_quote_points_at_the_attributing_mention(seed_quotes):
    text, quote = _find(seed_quotes, "004", 10, "I have a rather pessimistic forecast")
    mention_line = text.count("\n", 0, quote.speaker_start) + 1
    assert mention_line == 9 and quote.cue == "said"


def test_titles_are_kept_apart_from_names(seed_quotes):
    _text, quote = _find(seed_quotes, "000", 7, "We need legal guarantees")
    assert quote.speaker_title == "Russian Deputy Foreign Minister"
    _text, quote = _find(seed_quotes, "004", 13, "I doubt that anything")
    assert quote.speaker_title == "29-year-old soldier"


def test_the_scare_quote_nobody_says_is_a_term(seed_quotes):
    _text, quote = _find(seed_quotes, "004", 23, "stability")
    assert quote.kind == "term"
