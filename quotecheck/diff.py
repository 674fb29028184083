"""Words of a quote, normalised for comparison, and word-level diffs between wordings.

Outlets change what does not change meaning: curly or straight quotes and
apostrophes, dashes, "U.S." or "US", "non-starters" or "nonstarters", case,
spacing. Each written word is kept next to its normalised form, so the
comparison ignores those differences while the diff a reviewer reads still
shows the words as each outlet printed them.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from anyascii import anyascii
from rapidfuzz.distance import Indel

_NON_WORD = re.compile(r"[^a-z0-9]+")
#: Punctuation that house style moves inside or outside a closing quote mark.
_TRAILING = ",.;:"


class Words(NamedTuple):
    """The written words of a text and, index for index, their comparison forms.

    Two parallel tuples rather than one object per word: a corpus has
    millions of words, and this is the form they are kept in.
    """

    raws: tuple
    norms: tuple


@lru_cache(maxsize=1 << 17)
def norm_word(raw: str) -> str:
    """Comparison form of one word: ASCII, lower case, letters and digits only.

    Dropping every mark makes U.S./US, Russia's/Russia’s and
    non-starters/nonstarters equal, which is the point. Cached: news reuses
    a small vocabulary, and transliteration is the costly part.
    """
    return _NON_WORD.sub("", (raw if raw.isascii() else anyascii(raw)).lower())


#: Printed words whose comparison form is remembered; past this, the memory starts again.
NORMS_KEPT = 1 << 20
_NORMS: dict = {}


def words(text: str) -> Words:
    """The words of a text that survive normalisation (bare dashes and marks do not)."""
    raws = text.split()
    norms = list(map(_NORMS.get, raws))
    if None in norms:
        norms = [_norm(r) if n is None else n for r, n in zip(raws, norms)]
    if "" in norms:
        kept = [(r, n) for r, n in zip(raws, norms) if n]
        raws, norms = [r for r, _ in kept], [n for _, n in kept]
    return Words(tuple(raws), tuple(norms))


def _norm(raw: str) -> str:
    """norm_word, remembered for the next text that prints the word: news reuses its words."""
    if len(_NORMS) >= NORMS_KEPT:
        _NORMS.clear()
    norm = _NORMS[raw] = norm_word(raw)
    return norm


def join(parts) -> Words:
    """The words of several fragments, one after the other."""
    parts = list(parts)
    return Words(tuple(r for p in parts for r in p.raws), tuple(n for p in parts for n in p.norms))


def tokens(text: str) -> tuple:
    """Just the comparison forms, for matching."""
    return words(text).norms


def same_print(a: str, b: str) -> bool:
    """Whether two equal words were printed the same (closing commas and stops aside)."""
    return a.rstrip(_TRAILING) == b.rstrip(_TRAILING)


def contains(big: tuple, small: tuple) -> bool:
    """Whether ``small`` occurs in ``big`` as a run of consecutive words."""
    n = len(small)
    if n == 0 or n > len(big):
        return False
    first = small[0]
    return any(big[i:i + n] == small for i in range(len(big) - n + 1) if big[i] == first)


def word_diff(reference: Words, member: Words) -> tuple:
    """Diff of two word sequences as (op, text) runs, op in equal/delete/insert.

    Words equal in comparison form but printed differently ("U.S." and "US")
    come out as a delete and an insert, so a reviewer sees the typographic
    change too; the variant type is decided on the normalised words.
    """
    if reference.raws == member.raws:
        return (("equal", " ".join(member.raws)),) if member.raws else ()
    if reference.norms == member.norms:
        opcodes = [("equal", 0, len(reference.norms), 0, len(member.norms))]
    else:
        opcodes = Indel.opcodes(reference.norms, member.norms)
    ops: list = []
    for tag, i1, i2, j1, j2 in opcodes:
        if tag == "equal":
            _equal_run(ops, reference.raws[i1:i2], member.raws[j1:j2])
            continue
        for ref in reference.raws[i1:i2]:
            _push(ops, "delete", ref)
        for mem in member.raws[j1:j2]:
            _push(ops, "insert", mem)
    return tuple((op, " ".join(run)) for op, run in ops)


def _equal_run(ops: list, refs: tuple, mems: tuple) -> None:
    """Words equal once normalised: equal as printed, or a delete and an insert each."""
    if not mems:
        return
    if refs == mems:
        if ops and ops[-1][0] == "equal":
            ops[-1][1].extend(mems)
        else:
            ops.append(("equal", list(mems)))
        return
    for ref, mem in zip(refs, mems):
        if ref == mem or same_print(ref, mem):
            _push(ops, "equal", mem)
        else:
            _push(ops, "delete", ref)
            _push(ops, "insert", mem)


def _push(ops: list, op: str, word: str) -> None:
    """Append a word, extending the last run when it has the same op."""
    if ops and ops[-1][0] == op:
        ops[-1][1].append(word)
    else:
        ops.append((op, [word]))


def render(diff: tuple) -> str:
    """Plain-text diff: [-deleted-] {+inserted+}, as git's --word-diff prints it."""
    parts = []
    for op, text in diff:
        parts.append(text if op == "equal" else f"[-{text}-]" if op == "delete" else f"{{+{text}+}}")
    return " ".join(parts)
