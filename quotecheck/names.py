"""Speaker keys: one key per person however outlets spell or shorten the name.

Outlets write "Sergei Ryabkov", "Sergey Ryabkov", "Riabkov" or just "Ryabkov"
for one man. Comparing quotes across articles needs them to be one person,
so a speaker is reduced to the spelling key of the surname. Pronouns,
vague descriptions and documents ("he", "officials", "the statement") give
no key: they say nothing about who spoke until attribution has resolved
them, and two articles saying "officials" need not mean the same people.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import Optional

from anyascii import anyascii

_WORD = re.compile(r"[a-z0-9]+")
_POSSESSIVE = re.compile(r"['\u2019]s\b", re.IGNORECASE)


@lru_cache(maxsize=None)
def lexicon(name: str) -> frozenset:
    """A word list from quotecheck/data, loaded once."""
    text = resources.files("quotecheck").joinpath(f"data/{name}.txt").read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line)


def name_words(name: Optional[str]) -> list[str]:
    """ASCII, lower-case words of a name, with possessives and suffixes dropped."""
    if not name:
        return []
    text = anyascii(_POSSESSIVE.sub("", name)).lower()
    suffixes = lexicon("speaker_suffixes")
    return [w for w in _WORD.findall(text) if w not in suffixes]


def spelling_key(word: str) -> str:
    """Fold the spellings transliteration varies on: y/i, doubled letters, ck, ph.

    Russian and Ukrainian names reach English through several systems
    (Sergei/Sergey, Ryabkov/Riabkov, Zelensky/Zelenskiy/Zelenskyy); the
    differences are almost all in these few letters.
    """
    word = word.replace("y", "i").replace("ck", "k").replace("ph", "f")
    return re.sub(r"(.)\1+", r"\1", word)


@lru_cache(maxsize=1 << 16)
def speaker_key(name: Optional[str]) -> Optional[str]:
    """The key that links one speaker across articles, or None if unknown.

    A person is their surname (the last word); an organisation ("the State
    Department") keeps all its words, since "Department" alone would merge
    every ministry in the corpus.
    """
    words = name_words(name)
    if not words or all(w in lexicon("speaker_vague") for w in words):
        return None
    if words[-1] in lexicon("speaker_organisations"):
        words = [w for w in words if w != "the"]
        return " ".join(spelling_key(w) for w in words)
    return spelling_key(words[-1])


def display_name(names) -> Optional[str]:
    """The fullest way the articles wrote a name: longest, then alphabetical."""
    names = [n for n in names if n]
    if not names:
        return None
    return sorted(names, key=lambda n: (-len(n), n))[0]
