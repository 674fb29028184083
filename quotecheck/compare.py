"""Quotes of many articles -> groups of the same utterance and how their wordings differ.

The steps: join the fragments of one sentence into a unit, normalise the
words, find candidate pairs through blocking keys (word trigrams, speaker
and word), keep the pairs that match, take connected units as one group,
pick a reference wording and classify every member against it.

Never every quote against every other: each unit is only compared with the
units sharing a blocking key, and keys shared by very many units (common
phrases) are skipped, so the work grows about linearly with the corpus.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Iterable, Optional

from rapidfuzz.distance import Indel

from . import diff as _diff
from .models import Member, Quote, VariantGroup
from .names import display_name, lexicon, speaker_key

#: Variant types from worst to mildest: the order of the Variants sheet.
VARIANTS = ("conflicting_speaker", "reworded", "extended", "truncated", "typographic", "identical")
SEVERITY = {name: rank for rank, name in enumerate(VARIANTS)}

#: Fewer words than this and a quote is "short": wording alone cannot link it.
LONG = 4
#: Characters between two quotes of one line that still make them one sentence's
#: fragments: `“businesslike” and “difficult”` has 7.
FRAGMENT_GAP = 12
#: A blocking key shared by more units than this is a common phrase, not evidence.
MAX_POSTINGS = 200
#: A unit pairs through all keys this rare, and through its RAREST rarest beyond.
RARE_POSTINGS = 20
RAREST = 4
#: Share of the shorter wording that must recur in the longer one.
MIN_COVER = 0.8
#: A lower bar when both articles name the same speaker: outlets that
#: paraphrase inside quote marks still print most of the words.
SAME_SPEAKER_COVER = 0.6
#: So many words in common, in order, are the same utterance whoever is named.
MANY_WORDS = 8
#: Stricter bar when the speakers differ: only the same words make a conflict.
CONFLICT_COVER = 0.9
CONFLICT_WORDS = 5


@dataclass(frozen=True)
class Unit:
    """One or more quotes of one sentence, compared as one wording."""

    quotes: tuple
    words: _diff.Words
    key: Optional[str]

    @property
    def tokens(self) -> tuple:
        return self.words.norms

    @property
    def id(self) -> str:
        return self.quotes[0].id

    @property
    def article(self) -> str:
        return self.quotes[0].article


def group_quotes(quotes: Iterable[Quote]) -> list[VariantGroup]:
    """Every utterance quoted by at least two articles, worst variant first."""
    units = build_units(quotes)
    links = _union(len(units), match_pairs(units))
    groups = [g for g in (make_group([units[i] for i in part]) for part in links) if g is not None]
    return sorted(groups, key=lambda g: (SEVERITY[g.variant], -len(g.members), g.group))


def build_units(quotes: Iterable[Quote]) -> list[Unit]:
    """Units in a fixed order (article, offset), whatever order the quotes came in."""
    by_article = defaultdict(list)
    for quote in quotes:
        by_article[quote.article].append(quote)
    units = []
    for article in sorted(by_article):
        units.extend(_article_units(sorted(by_article[article], key=lambda q: (q.start, q.id))))
    return units


def _article_units(quotes: list) -> list[Unit]:
    """Join a quote to the previous one when they are fragments of one sentence.

    AFP's `the conversation was “businesslike” and “difficult”` is one
    utterance in two quotes; compared apart, neither matches Reuters'
    "complex but businesslike" well.
    """
    runs: list = []
    for quote in quotes:
        last = runs[-1][-1] if runs else None
        if last is not None and _continues(runs[-1], quote):
            runs[-1].append(quote)
        else:
            runs.append([quote])
    return [_unit(run) for run in runs]


def _continues(run: list, quote: Quote) -> bool:
    """Same line, a few characters apart, and no other speaker named."""
    last = run[-1]
    if quote.line != last.line or quote.start - last.end > FRAGMENT_GAP or quote.kind == "headline":
        return False
    key = speaker_key(quote.speaker)
    keys = {speaker_key(q.speaker) for q in run} - {None}
    return key is None or not keys or keys == {key}


def _unit(run: list) -> Unit:
    words = _diff.words(run[0].text) if len(run) == 1 else _diff.join(_diff.words(q.text) for q in run)
    keys = [k for k in (speaker_key(q.speaker) for q in run) if k]
    return Unit(tuple(run), words, keys[0] if keys else None)


def blocking_keys(unit: Unit) -> set:
    """Keys under which a unit is indexed: two units are compared only if they share one.

    Word trigrams find long wordings whatever their speaker; (speaker, word)
    pairs find the short fragments of one speaker, which wording alone
    cannot tell apart from everyone else's.
    """
    toks = unit.tokens
    keys = {("w",) + toks[i:i + 3] for i in range(len(toks) - 2)} if len(toks) >= 3 else {("w",) + toks}
    if unit.key:
        stop = lexicon("compare_stopwords")
        keys.update(("s", unit.key, t) for t in toks if t not in stop)
    return keys


def candidate_pairs(units: list[Unit], kept: Optional[list] = None) -> set:
    """Index pairs (i < j) sharing one of the rarer blocking keys of i or j.

    Each unit pairs through every key at most RARE_POSTINGS units share, and
    otherwise through its RAREST shared keys only: true variants share many
    trigrams, among them rare ones, while a common trigram shared by near
    MAX_POSTINGS units would add thousands of hopeless pairs.
    ``kept`` limits the pairs to those units (one per exact duplicate).
    """
    postings = defaultdict(list)
    keys_of = {}
    for i in range(len(units)) if kept is None else kept:
        if units[i].tokens:
            keys_of[i] = blocking_keys(units[i])
            for key in keys_of[i]:
                postings[key].append(i)
    pairs = set()
    for i, keys in keys_of.items():
        shared = sorted((len(postings[k]), k) for k in keys if 1 < len(postings[k]) <= MAX_POSTINGS)
        for rank, (size, key) in enumerate(shared):
            if rank >= RAREST and size > RARE_POSTINGS:
                break
            pairs.update((min(i, j), max(i, j)) for j in postings[key] if j != i)
    return pairs


def duplicates(units: list[Unit]) -> tuple[list, list]:
    """(links between units with the same words and speaker key, one representative of each).

    A famous line reprinted by hundreds of articles would make every one of
    its blocking keys too common to use; linking exact repeats in a chain
    first keeps them one group and leaves one unit for the fuzzy matching.
    Short wordings with no named speaker can match nothing (see match), so
    they are left out here already.
    """
    buckets = defaultdict(list)
    for i, unit in enumerate(units):
        if len(unit.tokens) >= LONG or unit.key is not None:
            buckets[(unit.tokens, unit.key)].append(i)
    links = [(a, b) for same in buckets.values() for a, b in zip(same, same[1:])]
    return links, sorted(same[0] for same in buckets.values())


def match_pairs(units: list[Unit]) -> list:
    """The links between units: every matching long pair, and each short unit's best match.

    A short unit ("difficult") adds only its one best link, so short common
    words cannot chain unrelated quotes into one large group.
    """
    links, kept = duplicates(units)
    best: dict = {}
    for a, b in candidate_pairs(units, kept):
        score = match(units[a], units[b])
        if score is None:
            continue
        if min(len(units[a].tokens), len(units[b].tokens)) >= LONG:
            links.append((a, b))
            continue
        for one, other in ((a, b), (b, a)):
            if len(units[one].tokens) < LONG:
                rank = score + (units[other].id,)
                if one not in best or rank > best[one][0]:
                    best[one] = (rank, other)
    links.extend((one, other) for one, (_, other) in best.items())
    return links


def match(a: Unit, b: Unit) -> Optional[tuple]:
    """(cover, similarity) when two units are the same utterance, else None.

    Cover is the share of the shorter wording found, in order, in the longer;
    it keeps fragments and truncations, which a plain similarity would reject.
    Short wordings need the same named speaker and a shared word instead:
    a fuzzy score on one or two words says nothing.
    """
    la, lb = len(a.tokens), len(b.tokens)
    common = (la + lb - Indel.distance(a.tokens, b.tokens)) // 2
    cover, similarity = common / min(la, lb), 2 * common / (la + lb)
    same = a.key is not None and a.key == b.key
    conflict = a.key is not None and b.key is not None and not same
    if min(la, lb) >= LONG:
        if conflict:
            ok = cover >= CONFLICT_COVER and common >= CONFLICT_WORDS
        else:
            bar = SAME_SPEAKER_COVER if same or common >= MANY_WORDS else MIN_COVER
            ok = cover >= bar and common >= LONG
    else:
        ok = same and (cover == 1.0 or _shares_content_word(a, b))
    return (cover, similarity) if ok else None


def _shares_content_word(a: Unit, b: Unit) -> bool:
    stop = lexicon("compare_stopwords")
    return bool((set(a.tokens) & set(b.tokens)) - stop)


def _union(n: int, links: list) -> list[list[int]]:
    """Connected components of the link graph (union-find), as sorted index lists."""
    parent = list(range(n))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, b in links:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    parts = defaultdict(list)
    for i in range(n):
        parts[root(i)].append(i)
    return [p for p in parts.values() if len(p) > 1]


def make_group(units: list[Unit]) -> Optional[VariantGroup]:
    """A VariantGroup, or None when all units come from a single article."""
    if len({u.article for u in units}) < 2:
        return None
    units = sorted(units, key=lambda u: (u.article, u.quotes[0].start, u.id))
    key = _group_key(units)
    reference = _reference(units, key)
    members = tuple(_member(u, reference, key) for u in units)
    worst = min((m.variant for m in members), key=SEVERITY.__getitem__)
    names = [q.speaker for u in units for q in u.quotes if key and speaker_key(q.speaker) == key]
    return VariantGroup(
        group=group_id(q.id for u in units for q in u.quotes),
        speaker=display_name(names),
        variant=worst,
        reference=_unit_text(reference),
        members=members,
    )


def group_id(quote_ids: Iterable[str]) -> str:
    """Stable id: a hash of the member quote ids, whatever order they came in."""
    digest = hashlib.sha1("\n".join(sorted(quote_ids)).encode("utf-8")).hexdigest()
    return "G" + digest[:10]


def _group_key(units: list[Unit]) -> Optional[str]:
    """The speaker most articles name (ties: alphabetical key)."""
    votes = Counter()
    for key, article in {(u.key, u.article) for u in units if u.key}:
        votes[key] += 1
    if not votes:
        return None
    return sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]


def _reference(units: list[Unit], key: Optional[str]) -> Unit:
    """The wording most articles print, then the longest, among the group speaker's."""
    fair = [u for u in units if u.key in (None, key)] or units
    votes = Counter()
    for tokens, article in {(u.tokens, u.article) for u in fair}:
        votes[tokens] += 1
    return sorted(fair, key=lambda u: (-votes[u.tokens], -len(u.tokens), u.id))[0]


def variant_of(reference: Unit, unit: Unit) -> str:
    """How one wording differs from the reference, from the words alone."""
    if unit.tokens == reference.tokens:
        printed = all(_diff.same_print(a, b) for a, b in zip(reference.words.raws, unit.words.raws))
        return "identical" if printed else "typographic"
    if _diff.contains(reference.tokens, unit.tokens):
        return "truncated"
    if _diff.contains(unit.tokens, reference.tokens):
        return "extended"
    return "reworded"


def _member(unit: Unit, reference: Unit, key: Optional[str]) -> Member:
    first, last = unit.quotes[0], unit.quotes[-1]
    speakers = [q.speaker for q in unit.quotes if q.speaker]
    channels = [q.channel for q in unit.quotes if q.channel]
    conflict = key is not None and unit.key is not None and unit.key != key
    return Member(
        article=first.article, outlet=first.outlet, quote_id=first.id, text=_unit_text(unit),
        start=first.start, end=last.end, line=first.line,
        speaker=speakers[0] if speakers else None, channel=channels[0] if channels else None,
        diff=_diff.word_diff(reference.words, unit.words),
        variant="conflicting_speaker" if conflict else variant_of(reference, unit),
        quote_ids=tuple(q.id for q in unit.quotes),
    )


def _unit_text(unit: Unit) -> str:
    """The quoted words; fragments of one sentence joined by an ellipsis."""
    return " … ".join(q.text for q in unit.quotes)


def group_of_quote(groups: Iterable[VariantGroup]) -> dict:
    """Quote id -> group id, for every quote that is in a group."""
    return {qid: g.group for g in groups for m in g.members for qid in (m.quote_ids or (m.quote_id,))}
