"""The channel: the medium an utterance reached the outlet through.

Read off the words around the cue, in the same sentence: "told the Interfax
news agency" (news agency), "in a CNN interview" (interview), "told ABC
television" (broadcast), "in an earlier tweet" (social media), "told
reporters" (reporters), "told a news conference" (press conference), "in a
statement" (statement), "in a letter" (document). A relaying organisation
("…," the State Department said) is found by attribute.py and typed "relayed".
Names of agencies, broadcasters and platforms are lexicons in data/.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from .lexicons import trie, words

_CAP = r"[A-Z][\w.&\-’']*"
_NAME = rf"{_CAP}(?:\s+{_CAP}){{0,2}}"
_TIME_WORDS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday On In".split())
_NEWSPAPER_HEADS = "Times|Post|Journal|News|Magazine|Herald|Tribune|Guardian|Telegraph|Gazette|Star|Globe|Examiner"


def _alternation(name: str) -> str:
    return "|".join(re.escape(w) for w in sorted(words(name), key=len, reverse=True))


@lru_cache(maxsize=None)
def _patterns() -> tuple:
    """(regex, channel type, keys) in order of precedence; group "ch" is the
    channel. A match always holds one of its keys (lowercase): a pattern
    whose keys are all absent from the words is not run at all."""
    agencies = _alternation("news_agencies")
    broadcasters = _alternation("broadcasters")
    social = _alternation("social_media")
    table = (
        (rf"(?:state[- ]run |state |official )?(?P<ch2>news agencies)|(?:state[- ]run |state |official )?news agency(?: (?P<ch>{_NAME}))?", "news agency",
         ("news agenc",)),
        (rf"(?P<ch>{_NAME}) news agency", "news agency", ("news agency",)),
        (rf"\b(?:told|telling|to|by|tells|with) (?:the )?(?P<ch>(?i:{agencies})\b(?: {_CAP})?)", "news agency",
         tuple(words("news_agencies"))),
        (rf"\bin an? (?:(?P<ch>{_NAME})(?:'s|’s)? )?(?:[a-z\-]+ ){{0,2}}interview(?: with (?:the )?(?P<ch2>{_NAME}))?",
         "interview", ("interview",)),
        (r"\b(?:told|telling|to|at|before) (?:an? |the )?(?:[a-z\-]+ ){0,2}(?P<ch>news conference|press conference|"
         r"press briefing|news briefing|briefing)", "press conference", ("conference", "briefing")),
        (r"\b(?:told|telling|tells|to) (?:a group of |the )?(?P<ch>reporters|journalists|the press|the media|press)\b",
         "reporters", ("reporters", "journalists", "press", "media")),
        (rf"\b(?:told|telling|tells|on|to|in an appearance on) (?:the )?(?P<ch>(?i:{broadcasters})\b)(?: (?:television|TV|"
         rf"News|radio|Radio|Television))?", "broadcast", tuple(words("broadcasters"))),
        (rf"\bin an? (?:[a-z]+ )?(?:(?i:{social}) )?(?P<ch>(?i:tweet)|post|Facebook post|Instagram post|video)\b",
         "social media", ("tweet", "post", "video")),
        (rf"\b(?:on|via) (?P<ch>social media|(?i:{social})\b)", "social media",
         ("social media",) + tuple(words("social_media"))),
        (r"\bin an? (?:[a-z\-]+ ){0,2}(?P<ch>statement|press release|news release)", "statement",
         ("statement", "release")),
        (r"\bin an? (?:[a-z\-]+ ){0,2}(?P<ch>letter|memo|report|court filing|filing|op-ed|column|book|email|essay|"
         r"blog post|document|post on Medium)\b", "document",
         ("letter", "memo", "report", "filing", "op-ed", "column", "book", "email", "essay", "post", "document",
          "medium")),
        (rf"\b(?:told|telling|tells) (?:the )?(?P<ch>(?:{_CAP} )*(?:{_NEWSPAPER_HEADS})|[A-Z]{{4,}}\b)", "interview",
         ("told", "telling", "tells")),
    )
    _ANY_KEY.append(_key_regex({key for _rx, _kind, keys in table for key in keys}))
    return tuple((re.compile(rx), kind, _key_regex(keys)) for rx, kind, keys in table)


def _key_regex(keys) -> re.Pattern:
    """A pattern found in a text exactly when one of ``keys`` is, shaped as a
    trie: a plain alternation of a hundred names tries every one of them at
    every position, and was half the time of finding channels."""
    return re.compile(_key_node(trie(keys)))


def _key_node(node: dict) -> str:
    """A key ending here is found whatever follows, so longer keys through
    this node add nothing to the search."""
    if "" in node:
        return ""
    branches = [re.escape(char) + _key_node(node[char]) for char in sorted(node)]
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


#: Every pattern's keys in one expression: most windows hold none, and one scan says so.
_ANY_KEY: list = []


def find_channel(masked: str, start: int, end: int) -> tuple[Optional[str], Optional[str]]:
    """The first channel named between two offsets: (channel as written, type)."""
    best = None
    patterns = _patterns()
    lowered = masked[start:end].lower()
    if _ANY_KEY[0].search(lowered) is None:
        return None, None
    for regex, kind, keys in patterns:
        if keys.search(lowered) is None:
            continue
        for match in regex.finditer(masked, start, end):
            if best is not None and match.start() >= best[0]:
                break
            channel = _channel_text(match)
            if channel.lower() not in words("nationalities"):
                best = (match.start(), channel, kind)
                break
    if best is None:
        return None, None
    return best[1], best[2]


def _channel_text(match: re.Match) -> str:
    """The channel's words as written, without time words and without the
    full stop of a sentence they end (``told Univision.``; ``U.S.`` and
    ``Inc.`` keep theirs)."""
    groups = match.groupdict()
    for key in ("ch2", "ch"):
        if groups.get(key):
            kept = [w for w in groups[key].split() if w not in _TIME_WORDS]
            return without_stop(" ".join(kept) or groups[key])
    words_ = match.group().split()
    return without_stop(words_[-1])


def without_stop(phrase: str) -> str:
    """``Univision.``, ``CNN.`` -> without the full stop of the sentence
    they end; ``U.S.``, ``Inc.``, ``Jr.`` keep theirs."""
    parts = phrase.rsplit(None, 1)
    if not parts:
        return phrase
    last = parts[-1]
    if last.endswith(".") and "." not in last[:-1] and len(last) > 2 and last[:-1].lower() not in _ABBREVIATED:
        return phrase[:-1]
    return phrase


#: Last words of a channel whose full stop is their own.
_ABBREVIATED = frozenset("co corp inc jr ltd sr".split())


def tweeted_channel(cue: str) -> tuple[Optional[str], Optional[str]]:
    """Cues that are themselves a medium: tweeted, posted."""
    low = cue.lower()
    if low.startswith("tweet"):
        return "Twitter", "social media"
    return None, None
