"""Word lists that drive attribution, loaded once from quotecheck/data/*.txt.

The rules in attribute.py, mentions.py and channels.py are generic; what
counts as a cue verb, a title, an organisation or a broadcaster lives in the
data files, one lowercase entry a line, sorted, so a reviewer can extend the
engine without reading code.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

#: Every lexicon attribution reads, by file name (without ``.txt``).
NAMES = (
    "broadcasters",
    "cue_verbs",
    "determiners",
    "female_names",
    "group_nouns",
    "male_names",
    "nationalities",
    "news_agencies",
    "org_heads",
    "past_verbs",
    "place_names",
    "places",
    "person_pronouns",
    "prepositions",
    "pronouns",
    "role_nouns",
    "skip_words",
    "social_media",
    "speech_nouns",
    "titles",
)


@lru_cache(maxsize=None)
def lines(name: str) -> tuple:
    """The entries of one data file in file order (for tests on the data)."""
    text = resources.files("quotecheck").joinpath(f"data/{name}.txt").read_text(encoding="utf-8")
    return tuple(text.splitlines())


@lru_cache(maxsize=None)
def words(name: str) -> frozenset:
    """One lexicon as a set of lowercase entries; blank lines ignored."""
    return frozenset(line for line in lines(name) if line)


def trie(entries) -> dict:
    """``entries`` as nested dicts, one level per character, ``""`` marking
    where an entry ends: the shape of the regular expressions built from a
    lexicon, which fail on the first character of most words."""
    root: dict = {}
    for entry in entries:
        node = root
        for char in entry:
            node = node.setdefault(char, {})
        node[""] = {}
    return root
