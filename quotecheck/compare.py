"""Quotes of many articles -> groups of the same utterance and how their wordings differ.

The steps: join the fragments of one sentence into a unit, code its
normalised words, find candidate pairs through blocking keys (word trigrams,
speaker and word), keep the pairs that match, take connected units as one
group, pick a reference wording and classify every member against it.

Never every quote against every other: each unit is only compared with the
units sharing a blocking key, and keys shared by very many units (common
phrases) are skipped, so the work grows about linearly with the corpus.

Only like wordings link freely. A wording that is a small part of another
(a slogan inside a speech, one word of a sentence) joins only its single
best match: linked to everything that contains it, it would chain
unrelated quotes into one group.
"""

from __future__ import annotations

import gc
import hashlib
from collections import Counter, defaultdict
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Iterable, Optional

import numpy as np
from rapidfuzz.distance import Indel
from rapidfuzz.fuzz import partial_ratio_alignment
from rapidfuzz.process import cpdist

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
#: A unit pairs through its keys from the rarest up while it has reached fewer
#: units than this (its rarest keys always): see rare_enough.
PAIR_BUDGET = 100
#: Each unit is compared with this many others at most: those sharing most keys with it (ties kept).
CLOSEST = 5
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
#: A wording more than this many times longer than another holds the other as
#: a part: the shorter's words must then be found together, in a stretch of
#: the longer as long as the shorter, and the shorter joins only its best match.
PART = 2
#: A part joins all its matches when there are no more than this (see part_links).
PART_LINKS = 2


@dataclass(frozen=True, slots=True)
class Unit:
    """One or more quotes of one sentence, compared as one wording.

    ``code`` has one character per compared word (see Codebook): the words
    of a million quotes kept as tuples of strings took gigabytes.
    """

    quotes: tuple
    code: str
    key: Optional[str]

    @property
    def id(self) -> str:
        return self.quotes[0].id

    @property
    def article(self) -> str:
        return self.quotes[0].article


class Codebook:
    """Printed word -> one character standing for its comparison form ('' when it has none).

    Equal normalised words get equal characters, so a wording becomes a short
    string that hashes fast and that rapidfuzz and ``in`` compare natively.
    The function words come first (characters 1 to STOPS): a blocking key or
    a shared word is a function word exactly when its character is that low.
    """

    def __init__(self):
        self.chars: dict = dict(_STOP_CHARS)  # normalised word -> character
        self.printed: dict = {}  # printed word -> character

    def code(self, text: str) -> str:
        """The code of a text: one character per word that survives normalisation."""
        words = text.split()
        chars = list(map(self.printed.get, words))
        if None in chars:
            chars = [self._learn(w) if c is None else c for w, c in zip(words, chars)]
        return "".join(chars)

    def _learn(self, printed: str) -> str:
        norm = _diff.norm_word(printed)
        char = self.chars.get(norm) if norm else ""
        if char is None:
            char = self.chars[norm] = _char(len(self.chars))
        self.printed[printed] = char
        return char


#: Characters 1..STOPS are the function words of compare_stopwords.txt.
STOPS = len(lexicon("compare_stopwords"))
#: Code points usable as words: all but 0 (padding) and the surrogates (not encodable).
_POINTS = 0x10FFFF - 0x800


def _char(n: int) -> str:
    """The n-th word's character: 1, 2, ... skipping the surrogates.

    Past about a million distinct words the rarest share characters: they
    may then meet as blocking candidates, which matching sorts out.
    """
    point = n % _POINTS + 1
    return chr(point + 0x800 if point >= 0xD800 else point)


def group_quotes(quotes: Iterable[Quote]) -> list[VariantGroup]:
    """Every utterance quoted by at least two articles, worst variant first."""
    with _no_cycle_collection():
        units = build_units(quotes)
        links = _union(len(units), match_pairs(units))
        groups = [g for g in (make_group([units[i] for i in part]) for part in links) if g is not None]
        return sorted(groups, key=lambda g: (SEVERITY[g.variant], -len(g.members), g.group))


@contextmanager
def _no_cycle_collection():
    """Pause Python's cycle collector while grouping.

    Grouping a million quotes makes millions of small objects, none in a
    cycle; the collector scanned the growing heap again and again for
    nothing, a sixth of the time at 300,000 quotes. Reference counting
    still frees everything as usual.
    """
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def build_units(quotes: Iterable[Quote]) -> list[Unit]:
    """Units in a fixed order (article, offset), whatever order the quotes came in."""
    by_article = defaultdict(list)
    for quote in quotes:
        by_article[quote.article].append(quote)
    book = Codebook()
    units = []
    for article in sorted(by_article):
        units.extend(_article_units(sorted(by_article[article], key=lambda q: (q.start, q.id)), book))
    return units


def _article_units(quotes: list, book: Optional[Codebook] = None) -> list[Unit]:
    """Join a quote to the previous one when they are fragments of one sentence.

    AFP's `the conversation was “businesslike” and “difficult”` is one
    utterance in two quotes; compared apart, neither matches Reuters'
    "complex but businesslike" well.
    """
    book = Codebook() if book is None else book
    runs: list = []
    for quote in quotes:
        if runs and _continues(runs[-1], quote):
            runs[-1].append(quote)
        else:
            runs.append([quote])
    return [_unit(run, book) for run in runs]


def _continues(run: list, quote: Quote) -> bool:
    """Same line, a few characters apart, and no other speaker named.

    A quote closing on a full stop, then one opening capitalised, are two
    sentences (`"… there goes the orchestra." "I am so excited …"`: two
    statements printed one after the other), never fragments of one."""
    last = run[-1]
    if quote.line != last.line or quote.start - last.end > FRAGMENT_GAP or quote.kind == "headline":
        return False
    if last.text.rstrip().endswith((".", "!", "?")) and quote.text[:1].isupper():
        return False
    key = speaker_key(quote.speaker)
    keys = {speaker_key(q.speaker) for q in run} - {None}
    return key is None or not keys or keys == {key}


def _unit(run: list, book: Codebook) -> Unit:
    keys = [k for k in (speaker_key(q.speaker) for q in run) if k]
    return Unit(tuple(run), "".join(book.code(q.text) for q in run), keys[0] if keys else None)


def unit_words(unit: Unit) -> _diff.Words:
    """The printed and normalised words of a unit, worked out again when a group needs them."""
    if len(unit.quotes) == 1:
        return _diff.words(unit.quotes[0].text)
    return _diff.join(_diff.words(q.text) for q in unit.quotes)


def pair_codes(a: tuple, b: tuple) -> tuple[str, str]:
    """Codes for two tuples of normalised words, for callers without a shared Codebook."""
    chars = dict(_STOP_CHARS)
    code = lambda words: "".join([chars.setdefault(w, _char(len(chars))) for w in words])  # noqa: E731
    return code(a), code(b)


#: The function words' characters, as every Codebook starts.
_STOP_CHARS = {w: _char(n) for n, w in enumerate(sorted(lexicon("compare_stopwords")))}


# ---------------------------------------------------------------- blocking


def blocking_keys(tokens: tuple, key: Optional[str]) -> set:
    """Keys under which a unit is indexed: two units are compared only if they share one.

    Word trigrams find long wordings whatever their speaker; (speaker, word)
    pairs find the short fragments of one speaker, which wording alone
    cannot tell apart from everyone else's. candidate_pairs computes the
    same keys as numbers; this form is for engines that index units apart.
    """
    keys = {("w",) + tokens[i:i + 3] for i in range(len(tokens) - 2)} if len(tokens) >= 3 else {("w",) + tokens}
    if key:
        stop = lexicon("compare_stopwords")
        keys.update(("s", key, t) for t in tokens if t not in stop)
    return keys


def rare_enough(sizes: list) -> int:
    """The largest key size a unit pairs through, given the sizes of its usable keys.

    Keys are taken from the rarest up, all keys of one size at a time, while
    the units they reach stay within PAIR_BUDGET; the rarest size is always
    taken. True variants share many trigrams, among them rare ones; a unit
    sharing only commoner ones with another is seldom its variant, and
    pairing through every key would make the pairs grow faster than the
    corpus. Ties count alike, so the choice never depends on how keys sort.
    """
    reached, limit = 0, 0
    for size, count in sorted(Counter(sizes).items()):
        if limit and reached + size * count > PAIR_BUDGET:
            break
        reached, limit = reached + size * count, size
    return limit


def closest(shared: dict) -> list:
    """A unit's CLOSEST others, given how many chosen keys each shares with it (ties: first in order).

    Past the first few, the others under a unit's keys are commoner
    wordings that happen to share a phrase: comparing with them all made
    the work grow with the square of the corpus.
    """
    return sorted(shared, key=lambda other: (-shared[other], other))[:CLOSEST]


def candidate_pairs(units: list[Unit], kept: Optional[list] = None) -> tuple[np.ndarray, np.ndarray]:
    """Index pairs (lo, hi), lo < hi, of units sharing one of the rarer blocking keys of either.

    Keys are 64-bit numbers packed from word characters (a trigram, or a
    speaker and a word), kept in flat arrays: a million quotes have tens
    of millions of keys, too many for a dict of tuples.
    ``kept`` limits the pairs to those units (one per exact duplicate).
    """
    index = [i for i in (range(len(units)) if kept is None else kept) if units[i].code]
    if not index:
        return np.empty(0, np.int64), np.empty(0, np.int64)
    keys, owners = _incidences(units, index)
    owners, runs, sizes = _postings(keys, owners)
    chosen = _chosen(owners, sizes)
    return _expand(owners, runs[chosen], sizes[chosen], owners[chosen], len(units))


def _incidences(units: list[Unit], index: list, chunk: int = 1 << 16) -> tuple[np.ndarray, np.ndarray]:
    """(key, unit) for every blocking key of every unit in ``index``, units ascending within a key."""
    speakers = _speaker_ids([units[i].key for i in index])
    parts = [_unit_keys([units[i].code for i in index[lo:lo + chunk]], np.asarray(index[lo:lo + chunk], np.int32),
                        speakers[lo:lo + chunk]) for lo in range(0, len(index), chunk)]
    return np.concatenate([p[0] for p in parts]), np.concatenate([p[1] for p in parts])


def _unit_keys(codes: list, owner: np.ndarray, speakers: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The keys of some units: word trigrams (the words themselves under three), (speaker, word)."""
    lengths = np.fromiter(map(len, codes), np.int64, len(codes))
    flat = np.frombuffer("".join(codes).encode("utf-32-le"), "<u4").astype(np.uint64)
    starts = np.cumsum(lengths) - lengths
    left = np.repeat(starts + lengths, lengths) - np.arange(len(flat))  # words from here to the unit's end
    at = np.flatnonzero(left >= 3)
    trigrams = flat[at] << np.uint64(42) | flat[at + 1] << np.uint64(21) | flat[at + 2]
    few = np.flatnonzero(lengths < 3)
    shorts = flat[starts[few]]
    two = lengths[few] == 2
    shorts[two] = shorts[two] << np.uint64(21) | flat[starts[few][two] + 1]
    said = np.repeat(speakers, lengths)
    at_said = np.flatnonzero((said > 0) & (flat > STOPS))
    spoken = np.uint64(1 << 63) | said[at_said] << np.uint64(21) | flat[at_said]
    word_owner = np.repeat(owner, lengths)
    return (np.concatenate([trigrams, shorts, spoken]),
            np.concatenate([word_owner[at], owner[few], word_owner[at_said]]))


def _speaker_ids(keys: list) -> np.ndarray:
    """A number per speaker key, 0 for none (fits the 21 bits a key field has)."""
    ids: dict = {}
    return np.fromiter((0 if k is None else ids.setdefault(k, len(ids) % ((1 << 21) - 1) + 1) for k in keys),
                       np.uint64, len(keys))


def _postings(keys: np.ndarray, owners: np.ndarray) -> tuple:
    """(units sorted by key, start of each one's key run, size of that run), repeats of a unit dropped."""
    order = np.argsort(keys, kind="stable")
    keys, owners = keys[order], owners[order]
    del order
    fresh = np.ones(len(keys), bool)
    fresh[1:] = (keys[1:] != keys[:-1]) | (owners[1:] != owners[:-1])
    keys, owners = keys[fresh], owners[fresh]
    new_run = np.ones(len(keys), bool)
    new_run[1:] = keys[1:] != keys[:-1]
    starts = np.flatnonzero(new_run)
    counts = np.diff(np.append(starts, len(keys)))
    return owners, np.repeat(starts, counts), np.repeat(counts, counts)


def _chosen(owners: np.ndarray, sizes: np.ndarray) -> np.ndarray:
    """Positions of the (unit, key) entries a unit pairs through, as rare_enough decides."""
    usable = np.flatnonzero((sizes > 1) & (sizes <= MAX_POSTINGS))
    if not len(usable):
        return usable
    by_unit = owners[usable].astype(np.int64) << MAX_POSTINGS.bit_length() | sizes[usable]
    order = usable[np.argsort(by_unit)]  # by unit, then size
    unit, size = owners[order], sizes[order]
    unit_first, unit_length = _runs(_starts(unit))
    size_first, size_length = _runs(_starts(unit) | _starts(size))
    reached = np.cumsum(size)  # units reached by the keys so far, counted within each unit
    reached -= np.repeat(reached[unit_first] - size[unit_first], unit_length)
    whole = np.repeat(reached[size_first + size_length - 1], size_length)  # ... once the whole size is taken
    rarest = np.repeat(np.isin(size_first, unit_first), size_length)
    return np.sort(order[rarest | (whole <= PAIR_BUDGET)])


def _starts(values: np.ndarray) -> np.ndarray:
    """Where a run of equal values begins."""
    new = np.ones(len(values), bool)
    new[1:] = values[1:] != values[:-1]
    return new


def _runs(starts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(first position, length) of each run, given where runs start."""
    first = np.flatnonzero(starts)
    return first, np.diff(np.append(first, len(starts)))


def _distinct(values: np.ndarray) -> np.ndarray:
    """The distinct values, sorted (a sort and a comparison: faster than np.unique's hashing here)."""
    values = np.sort(values)
    return values[_starts(values)]


def _expand(owners, runs, sizes, mine, n: int, chunk: int = 1 << 21) -> tuple[np.ndarray, np.ndarray]:
    """Each unit's closest others under its chosen keys, in chunks of whole units, each pair once."""
    order = np.argsort(mine, kind="stable")
    runs, sizes, mine = runs[order], sizes[order], mine[order]
    found = []
    ends = np.cumsum(sizes)
    lo = 0
    while lo < len(sizes):
        hi = max(lo + 1, int(np.searchsorted(ends, (ends[lo - 1] if lo else 0) + chunk)))
        hi = int(np.searchsorted(mine, mine[hi - 1], "right"))  # a unit's keys stay in one chunk
        size, total = sizes[lo:hi], int(sizes[lo:hi].sum())
        step = np.arange(total) - np.repeat(np.cumsum(size) - size, size)
        a = np.repeat(mine[lo:hi], size).astype(np.int64)
        b = owners[np.repeat(runs[lo:hi], size) + step].astype(np.int64)
        keep = a != b
        a, b = _closest(a[keep], b[keep], n)
        found.append(_distinct(np.minimum(a, b) * n + np.maximum(a, b)))
        lo = hi
    pairs = _distinct(np.concatenate(found)) if found else np.empty(0, np.int64)
    return pairs // n, pairs % n


def _closest(a: np.ndarray, b: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Of the pairs (a, b), one per shared key, each a's CLOSEST others: most keys shared, then first in order."""
    pairs = np.sort(a * n + b)
    first, shared = _runs(_starts(pairs))
    a, b = pairs[first] // n, pairs[first] % n
    most = int(shared.max(initial=0))
    order = np.argsort(a * (most + 1) + (most - shared), kind="stable")  # by a, most shared first, then b
    a, b = a[order], b[order]
    unit_first, unit_length = _runs(_starts(a))
    rank = np.arange(len(a)) - np.repeat(unit_first, unit_length)
    return a[rank < CLOSEST], b[rank < CLOSEST]


def duplicates(units: list[Unit]) -> tuple[list, list]:
    """(links between units with the same words and speaker key, one representative of each).

    A famous line reprinted by hundreds of articles would make every one of
    its blocking keys too common to use; linking exact repeats in a chain
    first keeps them one group and leaves one unit for the fuzzy matching.
    Short wordings with no named speaker can match nothing (see relation),
    so they are left out here already.
    """
    buckets = defaultdict(list)
    for i, unit in enumerate(units):
        if len(unit.code) >= LONG or unit.key is not None:
            buckets[(unit.code, unit.key)].append(i)
    links = [(a, b) for same in buckets.values() for a, b in zip(same, same[1:])]
    return links, sorted(same[0] for same in buckets.values())


# ---------------------------------------------------------------- matching


def match_pairs(units: list[Unit]) -> list:
    """The links between units: every pair of like wordings, and each part's best match.

    A short unit ("difficult") or a part of a much longer wording adds only
    its one best link, so common words and phrases cannot chain unrelated
    quotes into one large group.
    """
    links, kept = duplicates(units)
    parts = defaultdict(list)
    los, his = _hopeful(units, *candidate_pairs(units, kept))
    for a, b in zip(los.tolist(), his.tolist()):
        found = relation(units[a].code, units[a].key, units[b].code, units[b].key)
        if found is None:
            continue
        if not (found[2] or found[3]):
            links.append((a, b))
            continue
        for one, other, part in ((a, b, found[2]), (b, a, found[3])):
            if part:
                parts[one].append((found[:2] + (units[other].id,), other, units[other].key))
    order = {one: (-len(units[one].code), units[one].id) for one in parts}
    keys = [u.key for u in units]
    return links + part_links(links, parts, order, keys)


def _hopeful(units: list[Unit], los: np.ndarray, his: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The candidate pairs that may pass relation, judged for all pairs at once.

    Most candidates fail on the first test: too few words in common (or, for
    a short unit, no same named speaker). rapidfuzz computes every pair's
    distance in one call, so only the hopeful ones cost a Python call each.
    """
    if not len(los):
        return los, his
    codes = [u.code for u in units]
    distance = cpdist([codes[a] for a in los.tolist()], [codes[b] for b in his.tolist()],
                      scorer=Indel.distance, dtype=np.int64)
    lengths = np.fromiter(map(len, codes), np.int64, len(codes))
    la, lb = lengths[los], lengths[his]
    common, shortest = (la + lb - distance) // 2, np.minimum(la, lb)
    ids: dict = {}
    key = np.fromiter((-1 if u.key is None else ids.setdefault(u.key, len(ids)) for u in units), np.int64, len(units))
    same = (key[los] == key[his]) & (key[los] >= 0)
    hopeful = np.where(shortest < LONG, same, (common >= LONG) & (common >= SAME_SPEAKER_COVER * shortest - 1e-9))
    return los[hopeful], his[hopeful]


def part_links(firm: list, parts: dict, order: dict, keys=None) -> list:
    """The links of the parts: ``parts`` maps a part to its matches (rank, other, other's key).

    Parts are placed longest first, on the groups the other links made:
    a part whose matches all lie in one group joins it (a sentence quoted
    whole by some outlets and in pieces by others); a part matching
    several groups joins them all only when they are few; otherwise it
    joins only its best match. A phrase found in many quotes is a phrase
    they share, not one utterance.

    Every join through a part must also keep the group one utterance
    (see _Forest.may_take): a long wording can hold several statements (a
    speech, or a quote whose closing mark was lost running over several
    paragraphs), and each of its parts joining it would chain all of them,
    whatever limit the parts themselves keep. ``keys`` maps a unit to its
    speaker key (default: the keys the matches carry).
    """
    if keys is None:
        keys = {other: key for matches in parts.values() for _, other, key in matches}
    forest = _Forest(firm, keys)
    links = []
    for one in sorted(parts, key=order.__getitem__):
        found: dict = {}
        for match in parts[one]:
            found.setdefault(forest.root(match[1]), []).append(match)
        best = sorted((max(matches) for matches in found.values()), reverse=True)
        if len(best) > PART_LINKS or -order[one][0] < LONG:
            best = best[:1]
        for _, other, _ in best:
            if forest.may_take(other, one):
                forest.join(one, other, through_part=True)
                links.append((one, other))
    return links


class _Forest:
    """Union-find over any hashable nodes: which group each unit is in so far.

    For the groups that parts join, it also knows their named speakers and
    their size, and whether a group has already taken in another through a part.
    """

    def __init__(self, links: Iterable = (), keys=None):
        self.parent: dict = {}
        self.keys = keys if keys is not None else {}
        self.named: dict = {}  # root -> speaker keys of its group, for roots whose group has more than one unit
        self.size: dict = {}  # root -> units, likewise
        self.took: set = set()  # roots of groups that took in a group of several units through a part
        for a, b in links:
            self.join(a, b)

    def root(self, node):
        parent = self.parent
        while parent.get(node, node) != node:
            parent[node] = parent.get(parent[node], parent[node])
            node = parent[node]
        return node

    def _named(self, root) -> frozenset:
        if root in self.named:
            return self.named[root]
        key = self.keys[root] if isinstance(self.keys, list) else self.keys.get(root)
        return frozenset(() if key is None else (key,))

    def may_take(self, whole, part) -> bool:
        """Whether a part may join the group of a wording it is found in.

        Not when the two groups name only different speakers: a stretch of
        one person's words inside another's is a phrase they share or a
        quote running over into the next speaker's. And a group takes in
        at most one group of several units through its parts: two such
        groups are two statements quoted apart by several articles, and a
        long wording holding both is no reason to call them one.
        """
        rw, rp = self.root(whole), self.root(part)
        if rw == rp:
            return True
        mine, theirs = self._named(rp), self._named(rw)
        if mine and theirs and not mine & theirs:
            return False
        return self.size.get(rp, 1) == 1 or not (rw in self.took or rp in self.took)

    def join(self, a, b, through_part: bool = False) -> None:
        """Join the groups of a and b; through_part: a is a part taken in by b's group."""
        ra, rb = self.root(a), self.root(b)
        if ra == rb:
            return
        took = ra in self.took or rb in self.took or (through_part and self.size.get(ra, 1) > 1)
        named = self._named(ra) | self._named(rb)
        size = self.size.pop(ra, 1) + self.size.pop(rb, 1)
        for root in (ra, rb):
            self.named.pop(root, None)
            self.took.discard(root)
        top = min(ra, rb)
        self.parent[max(ra, rb)] = top
        self.named[top], self.size[top] = named, size
        if took:
            self.took.add(top)


def relation(a: str, a_key: Optional[str], b: str, b_key: Optional[str]) -> Optional[tuple]:
    """(cover, similarity, a is a part, b is a part) when two codes are one utterance, else None.

    Cover is the share of the shorter wording found, in order, in the longer;
    it keeps fragments and truncations, which a plain similarity would reject.
    Short wordings need the same named speaker and a shared word instead:
    a fuzzy score on one or two words says nothing. A part (a short unit, or
    one PART times shorter than the other) joins only its best match.
    """
    la, lb = len(a), len(b)
    short, full = (a, b) if la <= lb else (b, a)
    common = (la + lb - Indel.distance(a, b)) // 2
    if len(short) < LONG:
        if not (a_key is not None and a_key == b_key and (common == la or common == lb or shares_content_word(a, b))):
            return None
        return common / len(short), 2 * common / (la + lb), la < LONG, lb < LONG
    if not _enough(common, len(short), a_key, b_key):
        return None
    parted = len(full) > PART * len(short)
    if parted:
        full = _stretch(short, full)
        common = (len(short) + len(full) - Indel.distance(short, full)) // 2
    if not (_enough(common, len(short), a_key, b_key) and _content_enough(short, full, a_key, b_key)):
        return None
    return common / len(short), 2 * common / (la + lb), parted and la < lb, parted and lb < la


def _enough(common: int, shortest: int, a_key: Optional[str], b_key: Optional[str]) -> bool:
    """Whether ``common`` words in order make two wordings one utterance (see docs/report.md)."""
    cover = common / shortest
    same = a_key is not None and a_key == b_key
    if a_key is not None and b_key is not None and not same:
        return cover >= CONFLICT_COVER and common >= CONFLICT_WORDS
    bar = SAME_SPEAKER_COVER if same or common >= MANY_WORDS else MIN_COVER
    return cover >= bar and common >= LONG


def _content_enough(short: str, full: str, a_key: Optional[str], b_key: Optional[str]) -> bool:
    """Whether the words that carry meaning recur too, not just "the ... in the ... of".

    "the best in the world" finds four of its five words in "one of the
    most empowering feelings in the world", all but one function words.
    """
    mine, theirs = short.translate(_CONTENT), full.translate(_CONTENT)
    if not mine:
        return a_key is not None and a_key == b_key
    common = (len(mine) + len(theirs) - Indel.distance(mine, theirs)) // 2
    return common / len(mine) >= SAME_SPEAKER_COVER


#: str.translate table that drops the function words' characters from a code.
_CONTENT = dict.fromkeys(range(1, STOPS + 1))


def _stretch(short: str, full: str) -> str:
    """The stretch of ``full`` where ``short`` is found best, for a part of a much longer wording.

    In a 1,000-word text any 15-word quote finds most of its words in order,
    scattered; only words found together say it is a part of the text. The
    stretch is the best window of the shorter's length widened by that
    length on each side, so inserted or moved words still count.
    """
    at = full.find(short)
    if at >= 0:
        return short
    found = partial_ratio_alignment(short, full)
    reach = len(short)
    return full[max(0, found.dest_start - reach):found.dest_end + reach]


def shares_content_word(a: str, b: str) -> bool:
    """Whether two codes share a word that is not a function word."""
    return any(ord(c) > STOPS for c in set(a) & set(b))


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


# ---------------------------------------------------------------- groups


def make_group(units: list[Unit]) -> Optional[VariantGroup]:
    """A VariantGroup, or None when all units come from a single article."""
    if len({u.article for u in units}) < 2:
        return None
    units = sorted(units, key=lambda u: (u.article, u.quotes[0].start, u.id))
    texts = [_unit_text(u) for u in units]
    known: dict = {}  # outlets reprint: words and diff once per wording
    for text, unit in zip(texts, units):
        if text not in known:
            known[text] = unit_words(unit)
    words = [known[text] for text in texts]
    key = _group_key(units)
    reference = _reference(units, words, key)
    compared: dict = {}
    for text, w in known.items():
        compared[text] = (_diff.word_diff(words[reference], w), variant_of(words[reference], w))
    members = tuple(_member(u, text, compared[text], key) for u, text in zip(units, texts))
    worst = min((m.variant for m in members), key=SEVERITY.__getitem__)
    names = [q.speaker for u in units for q in u.quotes if key and speaker_key(q.speaker) == key]
    return VariantGroup(
        group=group_id(q.id for u in units for q in u.quotes),
        speaker=display_name(names),
        variant=worst,
        reference=texts[reference],
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


def _reference(units: list[Unit], words: list, key: Optional[str]) -> int:
    """Index of the wording most articles print, then the longest, among the group speaker's."""
    fair = [n for n, u in enumerate(units) if u.key in (None, key)] or list(range(len(units)))
    votes = Counter()
    for norms, article in {(words[n].norms, units[n].article) for n in fair}:
        votes[norms] += 1
    return min(fair, key=lambda n: (-votes[words[n].norms], -len(words[n].norms), units[n].id))


def variant_of(reference: _diff.Words, words: _diff.Words) -> str:
    """How one wording differs from the reference, from the words alone."""
    if words.norms == reference.norms:
        printed = words.raws == reference.raws or all(map(_diff.same_print, reference.raws, words.raws))
        return "identical" if printed else "typographic"
    if _diff.contains(reference.norms, words.norms):
        return "truncated"
    if _diff.contains(words.norms, reference.norms):
        return "extended"
    return "reworded"


def _member(unit: Unit, text: str, compared: tuple, key: Optional[str]) -> Member:
    """One unit as a member: its place, its speaker, and (diff, variant) against the reference."""
    first, last = unit.quotes[0], unit.quotes[-1]
    speakers = [q.speaker for q in unit.quotes if q.speaker]
    channels = [q.channel for q in unit.quotes if q.channel]
    conflict = key is not None and unit.key is not None and unit.key != key
    return Member(
        article=first.article, outlet=first.outlet, quote_id=first.id, text=text,
        start=first.start, end=last.end, line=first.line,
        speaker=speakers[0] if speakers else None, channel=channels[0] if channels else None,
        diff=compared[0], variant="conflicting_speaker" if conflict else compared[1],
        quote_ids=tuple(q.id for q in unit.quotes),
    )


def _unit_text(unit: Unit) -> str:
    """The quoted words; fragments of one sentence joined by an ellipsis."""
    return " … ".join(q.text for q in unit.quotes)


def group_of_quote(groups: Iterable[VariantGroup]) -> dict:
    """Quote id -> group id, for every quote that is in a group."""
    return {qid: g.group for g in groups for m in g.members for qid in (m.quote_ids or (m.quote_id,))}
