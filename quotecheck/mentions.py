"""Mentions of speakers: the noun phrase before or after a cue, and what it names.

No parser: a mention is read off the tokens next to a cue verb. Walking back
from "said" over adverbs ("also", "has"), then over the words of a noun phrase
("US President Joe Biden's top diplomat", "the Russian diplomatic mission in
Geneva") gives the subject; an appositive between commas ("Wendy Sherman, the
US deputy secretary of state, said") is stepped over to the name before it.
Walking forward gives the speaker of "said Mary Smith" and "according to X".

Offsets are into the article text; the text searched is the masked text in
which every quotation is a run of ``MASK`` characters, so nothing inside a
quote is ever taken for a speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from .lexicons import words

MASK = "\ue000"
TOKEN = re.compile(r"\ue000+|[^\W_](?:[\w’'.\-&/]*[^\W_])?(?:(?<=s)['’](?![\w'’]))?\.?|[^\s\w]")
CONJUNCTIONS = _CONJUNCTIONS = frozenset("and or but that which while when as if because so nor than whether where "
                                         "what although though unless why how wherever whenever".split())
_NAME_PARTICLES = frozenset("of de da van von der al bin la le del".split())
_OBJECT_PRONOUNS = frozenset("him her them us me whom".split())
POSSESSIVE = _POSSESSIVE = re.compile(r"['’]s?$")
#: Back from a cue, a subject is looked for within this many characters.
WINDOW = 400
MAX_NP = 10


@dataclass(frozen=True)
class Mention:
    """A noun phrase that can speak: its offsets, words and what sort it is.

    ``sort`` is one of "name", "pronoun", "descriptor", "organisation".
    ``name`` is the proper-name part ("Sergei Ryabkov"), ``title`` what stood
    before it or in an appositive ("Russian Deputy Foreign Minister").
    ``possessor`` is a name the phrase hangs from ("Joe Biden" in "Joe
    Biden's top diplomat"): never the speaker.
    """

    start: int
    end: int
    text: str
    sort: str
    name: Optional[str] = None
    title: Optional[str] = None
    possessor: Optional[str] = None


def tokens(text: str, start: int, end: int) -> list:
    """(start, end, word) of every token between two offsets."""
    return [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text, start, end)]


def bare(word: str) -> str:
    """Lowercase word without a sentence-final period (abbreviations keep theirs).

    Memoised: the same few thousand words are asked about hundreds of
    thousands of times over a corpus."""
    found = _BARE.get(word)
    if found is None:
        if len(_BARE) > _CACHE_LIMIT:
            _BARE.clear()
        found = _BARE[word] = _bare(word)
    return found


_BARE: dict = {}
#: Memo tables are emptied past this many entries, so a huge corpus keeps memory flat.
_CACHE_LIMIT = 200_000


def _bare(word: str) -> str:
    low = word.lower()
    if low.endswith(".") and low not in words("titles") and not _is_initials(word):
        return low[:-1]
    return low


def _is_initials(word: str) -> bool:
    return len(word) <= 5 and word.endswith(".") and word.replace(".", "").isupper()


def is_capital(word: str) -> bool:
    """Does a token start with a capital letter (a proper-name word)?"""
    return word[:1].isupper()


def _stop(word: str) -> bool:
    """Tokens that end a noun phrase walking backwards."""
    low = bare(word)
    if word.isupper() and len(word) > 1:
        return False  # "US", "NATO": abbreviations, not the pronoun "us"
    return not word[:1].isalnum() or low in _stop_words()


@lru_cache(maxsize=1)
def _stop_words() -> frozenset:
    """The lowercase words _stop ends a phrase at, as one set: five lookups
    per token walked over were a tenth of finding a subject."""
    return _CONJUNCTIONS | _OBJECT_PRONOUNS | words("skip_words") | words("cue_verbs") | words("pronouns")


def subject_before(text: str, floor: int, cue_start: int, participle: bool = False) -> Optional[object]:
    """The subject of a cue: a Mention, "inherit" (", adding"), or None.

    ``floor`` is the start of the sentence; nothing before it is looked at.
    "inherit" means the cue shares the subject of its clause: ``X said …,
    adding``, ``X smiled and said``, ``X issued a statement saying``.
    """
    toks = _without_party_tag(tokens(text, max(floor, cue_start - WINDOW), cue_start))
    i = _skip_adverbs(toks, len(toks) - 1)
    if not participle and i > 0 and toks[i][2] in _PERIODS and toks[i - 1][2] in ("last", "this"):
        toks = _without_party_tag(toks[:i - 1])  # "Dianne Feinstein (D-Calif.) last week said"
        i = _skip_adverbs(toks, len(toks) - 1)
    elif 0 <= i < len(toks) - 1 and toks[i][2] == ")":
        toks = _without_party_tag(toks[:i + 1])  # "Paul Ryan (R-Wis.) has pointed out"
        i = _skip_adverbs(toks, len(toks) - 1)
    if i < 0:
        return None
    word = toks[i][2]
    low = bare(word)
    if word == ",":
        return "inherit" if participle else _after_comma(text, toks, i)
    if word in _DASHES and not participle:
        return _after_dashes(text, toks, i)
    if word.startswith(MASK) and not participle and _titled_work(toks, i):
        comma = (toks[i][1], toks[i][1], ",")  # the comma inside the marks closes the appositive
        return _after_comma(text, toks + [comma], i + 1)
    if low in ("and", "but", "then"):
        return "inherit"
    if low in words("pronouns"):
        return Mention(toks[i][0], toks[i][1], word, "pronoun")
    if _signs_quote(toks, i):
        return Mention(toks[i][0], toks[i][1], word, "name", name=word)  # '"…," From said': a surname
    if low in QUANTIFIERS and (i == 0 or toks[i - 1][2] in ",;:" or toks[i - 1][2].startswith(MASK)
                               or bare(toks[i - 1][2]) in ("and", "but", "yet")):
        return Mention(toks[i][0], toks[i][1], word, "descriptor", title=word)  # "most said they were"
    if low in _COUNTS and i > 0 and bare(toks[i - 1][2]) == "the":
        phrase = text[toks[i - 1][0]:toks[i][1]]  # '"…," the two write': the pair named before
        return Mention(toks[i - 1][0], toks[i][1], phrase, "descriptor", title=phrase)
    contracted = _CONTRACTED.fullmatch(low)
    if contracted and contracted.group(1) in words("pronouns"):
        cut = toks[i][0] + contracted.end(1)  # "he’s predicting": the mention is "he"
        return Mention(toks[i][0], cut, word[:contracted.end(1)], "pronoun")
    if word.startswith(MASK) or low in words("determiners") or low in words("prepositions") \
            or (_stop(word) and not _name_part(toks, i)):
        return None
    if _POSSESSIVE.search(word):
        return None
    relative = _relative_before(toks, i) if "who" in text[toks[max(0, i - 9)][0]:toks[i][0]] else None
    if relative is not None:
        mention = noun_phrase_back(text, toks, relative - 1)
        if mention is not None and mention.sort in ("name", "descriptor", "organisation"):
            return mention  # "a White House official who spoke anonymously said": the official
    mention = _past_phrase(text, toks, _contact_clause(text, toks, i, noun_phrase_back(text, toks, i)))
    if mention is not None and mention.sort != "pronoun" and mention.text.split()[-1] in words("past_verbs"):
        return "inherit" if participle else None  # "as the platform committee meeting began vowing": a clause
    if participle and mention is not None and mention.sort == "descriptor" and not _role(mention):
        return "inherit"
    if participle and mention is not None and _object_of_preposition(toks, mention):
        return "inherit"  # "Thiel wrote in a statement to Wired explaining": Thiel explains
    return mention


#: Nouns a clause hangs from without "that": "in a way Comey slammed as", "the things Trump said".
_CONTACT_HEADS = frozenset("anything comment comments everything kind line manner nothing phrase reason remark remarks "
                            "something sort term thing things way words".split())


def _contact_clause(text: str, toks: list, i: int, mention: Optional[Mention]) -> Optional[Mention]:
    """``in a way FBI Director James Comey slammed as``: the name after
    "a way" opens a clause of its own and is the subject; the way is no
    title, and the phrase before the preposition is no speaker."""
    if mention is None or mention.sort != "name" or not mention.title:
        return mention
    j = next((k for k, t in enumerate(toks) if t[0] == mention.start), None)
    for k in range(j or 0, i):
        word = toks[k][2]
        if not word.islower():
            return mention
        if bare(word) in _CONTACT_HEADS and is_capital(toks[k + 1][2]):
            return classify(text, toks[k + 1:i + 1])
    return mention


#: Prepositions whose object never does the participle after it. After "from",
#: "with" and "by" it does ("from Bush calling", "with Lewandowski taking to
#: Twitter", "a tweet by Smith saying"); "as" and "after" open clauses of their own.
_OBJECT_PREPOSITIONS = frozenset("at for in into on to".split())


def _object_of_preposition(toks: list, mention: Mention) -> bool:
    """Is the phrase right after one of _OBJECT_PREPOSITIONS, so the object of a verb before it?"""
    return bare(_word_before(toks, mention)) in _OBJECT_PREPOSITIONS


def _word_before(toks: list, mention: Mention) -> str:
    """The token before the phrase's first one ("" when the phrase opens ``toks``)."""
    j = next((k for k, t in enumerate(toks) if t[0] == mention.start), None)
    return toks[j - 1][2] if j else ""


def _relative_before(toks: list, i: int) -> Optional[int]:
    """The index of a "who" opening a relative clause with a verb of its own
    that ends at token ``i``, right before the cue: the cue is then the main
    clause's and its subject stands before "who". A cue right after "who"
    ("Beck, who described") is the clause's own."""
    floor = max(-1, i - 10)
    k = i - 1
    while k > floor:
        word = toks[k][2]
        if word in ",;:" or word.startswith(MASK):
            return None
        if bare(word) == "who" and k > 1 and bare(toks[k - 1][2]) == "and":
            floor, k = max(-1, k - 12), k - 2  # "who worshiped here and who did not want to be named said"
            continue
        if bare(word) == "who":
            return k if k > 0 and toks[k - 1][2] not in ",;:" and not toks[k - 1][2].startswith(MASK) else None
        k -= 1
    return None


#: Numbers that speak for the people just named after "the": "the two write".
_COUNTS = frozenset("two three four five".split())
#: Quantifiers that speak for a group on their own: "most said", "Several said".
QUANTIFIERS = frozenset("another both few many most others several some".split())


def _signs_quote(toks: list, i: int) -> bool:
    """``"…," From said``, ``"…," Read said``: a capitalised word alone
    between a quote's comma and the cue is a surname, even one that is
    also a preposition or a verb."""
    word = toks[i][2]
    after_quote = (i >= 1 and toks[i - 1][2].startswith(MASK)) or (
        i >= 2 and toks[i - 1][2] == "," and toks[i - 2][2].startswith(MASK))
    return after_quote and word[:1].isupper() and word.isalpha() and bare(word) not in _NOT_SURNAMES


#: Capitalised words between a quote and its cue that are never surnames.
_NOT_SURNAMES = frozenset("a an and but it or so that the then there this".split())


#: A pronoun and an auxiliary in one token: "he’s", "they're", "she'd", "I’ve".
_CONTRACTED = re.compile(r"(he|she|it|i|we|they)['’](?:s|re|d|ll|ve|m)")
_PARTY_TAG = re.compile(r"[DRI](?:-[A-Z][\w.]*)?\.?$")


def _bracketed_tag(word: str) -> bool:
    """What stands in brackets after a politician's name: a party (``D-N.Y.``) or a state alone (``Mich.``)."""
    return bool(_PARTY_TAG.match(word)) or word.lower() in words("places")


def _without_party_tag(toks: list) -> list:
    """``Sen. Chuck Schumer (D-N.Y.) said`` / ``Glenn Thompson, R-Pa., said``
    / ``Sander M. Levin (Mich.) said``: the party and state after a name are
    dropped, so the name is the subject."""
    if len(toks) >= 4 and toks[-1][2] == ")" and toks[-3][2] == "(" \
            and _bracketed_tag(toks[-2][2]):
        return toks[:-3]  # "Rep. Sander M. Levin (Mich.)": a state alone, as some papers write the party
    if len(toks) >= 4 and toks[-1][2] == "," and toks[-3][2] == "," and _PARTY_TAG.match(toks[-2][2]) \
            and "-" in toks[-2][2]:
        return toks[:-3]
    return toks


def _role_word(low: str) -> bool:
    """A title or a role noun ("professor", "spokesman"): it can stand inside a name's phrase."""
    return low in words("titles") or low in words("role_nouns")


#: Heads of a phrase that speaks as a participle's subject: a role ("the
#: spokesman saying") or a group of people ("spectators chanting").
_ROLE_HEADS = words("role_nouns") | words("group_nouns") | {"official", "source", "aide"}


def _role(mention: Mention) -> bool:
    head = (mention.title or "").split()
    return bool(head) and bare(head[-1]).rstrip("s") in _ROLE_HEADS


def _name_part(toks: list, i: int) -> bool:
    """``USA Today``, ``George Will``: a capitalised word that is also an
    auxiliary or an adverb, right after a capitalised word, is part of a name."""
    word = toks[i][2]
    return (word[:1].isupper() and word.isalpha() and not word.isupper() and i > 0
            and toks[i - 1][2][:1].isupper() and toks[i - 1][2][:1].isalpha())


def _skip_adverbs(toks: list, i: int) -> int:
    """Back over adverbs and auxiliaries, and a day ("Priebus later
    Thursday told", "Smith on Monday said"): none of them is the subject."""
    while i >= 0:
        word = toks[i][2]
        if word in _PARTS_OF_DAY and i > 0 and toks[i - 1][2] in _DAYS:
            i -= 1  # "released a statement Thursday night saying": the day is read next
        elif word in _DAYS:
            i -= 2 if i > 0 and bare(toks[i - 1][2]) in ("on", "last", "this") else 1
        elif word == "ago" and i > 1 and bare(toks[i - 1][2]).rstrip("s") in _UNITS:
            i -= 2  # "The State Department less than two weeks ago said": a time, not the subject
            while i >= 0 and (bare(toks[i][2]) in _AGO_WORDS or toks[i][2].isdigit()):
                i -= 1
        elif _name_part(toks, i) or (word[:1].isupper() and _signs_quote(toks, i)):
            break  # '"…," Will wrote': a surname, not the auxiliary
        elif bare(word) in words("skip_words") or _is_adverb(word):
            i -= 1
        else:
            break
    return i


_DAYS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
#: What may stand in "less than two weeks ago", "a few days ago".
_UNITS = frozenset("minute hour day week month year decade".split())
_AGO_WORDS = frozenset("a an one two three four five six seven eight nine ten few several than less more just only "
                       "about some".split())
_PARTS_OF_DAY = frozenset("afternoon evening morning night".split())
_PERIODS = frozenset("month night week weekend year".split())
#: Prepositions that also open a clause: "hours after Sanders said" is Sanders's.
CLAUSE_PREPOSITIONS = frozenset("after before since until as because while when once unless though although".split())


def _past_phrase(text: str, toks: list, mention: Optional[Mention]) -> Optional[Mention]:
    """``Beck, who has in the past described``: step over phrases to "who".

    A phrase after a preposition is not the subject; walk back over up to
    three such phrases to the one that opens the clause.
    """
    current = mention
    for _ in range(3):
        if current is None or current.sort == "pronoun":
            return current or mention
        j = next((k for k, t in enumerate(toks) if t[0] == current.start), None)
        if not j or bare(toks[j - 1][2]) not in words("prepositions") or bare(toks[j - 1][2]) == "of":
            return current
        if bare(toks[j - 1][2]) in CLAUSE_PREPOSITIONS and current is mention \
                and current.end == toks[_skip_adverbs(toks, len(toks) - 1)][1]:
            return current  # "hours after Sanders (had) said": the cue follows, "after" opens a clause
        i = _skip_adverbs(toks, j - 2)
        if i < 0 or toks[i][2] in ",;:" or toks[i][2].startswith(MASK):
            return mention
        low = bare(toks[i][2])
        if low in words("pronouns"):
            return Mention(toks[i][0], toks[i][1], toks[i][2], "pronoun")
        if _stop(toks[i][2]) or low in words("prepositions"):
            return mention
        current = noun_phrase_back(text, toks, i)
    return mention


def is_adverb(word: str) -> bool:
    """A lowercase word of five letters or more in -ly ("repeatedly")."""
    return _is_adverb(word)


#: Endings of adverbs that no given name or surname takes.
_ADVERB_ENDS = ("ately", "ically", "edly", "ently", "fully", "ingly", "ively", "lessly", "ously")


def _opening_adverb(word: str) -> bool:
    """``Hastily``, ``Angrily``, ``Repeatedly`` alone: capitalised only where
    they open a sentence, adverbs by their ending ("Emily", "Kelly",
    "Connally" are names)."""
    low = word.lower()
    return low.endswith(_ADVERB_ENDS) or (len(low) > 6 and low.endswith("ily"))


def _is_adverb(word: str) -> bool:
    return len(word) > 4 and word.endswith("ly") and word.islower()


#: Comma-separated segments walked back over: "Harry Bond, 30, of Raleigh, N.C., who was polled, said".
_SEGMENTS = 6


def _after_comma(text: str, toks: list, i: int):
    """``X, a title, said`` -> X; ``"…," said`` -> None; ``…, adding`` -> inherit."""
    if i == 0 or toks[i - 1][2].startswith(MASK) and not _titled_work(toks, i - 1):
        return None
    end = i
    for _ in range(_SEGMENTS):
        start = end - 1
        while start >= 0 and toks[start][2] not in ",;:" and not _boundary_quote(toks, start):
            start -= 1
        segment = toks[start + 1:end]
        if len(segment) > 1 and bare(segment[0][2]) in _SEGMENT_OPENERS and is_capital(segment[1][2]):
            segment, start = segment[1:], start + 1  # "Or, as Tom Ridge, a former secretary, put it"
        if not segment:
            return None
        if end < i and bare(segment[-1][2]) in words("pronouns") and bare(segment[-1][2]) != "who":
            last = segment[-1]  # "and he, once again, pledged": the subject before an aside
            return Mention(last[0], last[1], last[2], "pronoun")
        if end < i and _short_aside(toks[end + 1:i]) and is_capital(segment[-1][2]) and not is_capital(segment[0][2]):
            named = noun_phrase_back(text, toks[:end], end - 1)  # "charges that Rush Limbaugh, for one, called"
            if named is not None and named.sort == "name":
                return named
        opens_clause = start < 0 or toks[start][2] in ";:" or toks[start][2].startswith(MASK)
        first = segment[0][2]
        if (start < 0 or toks[start][2].startswith(MASK)) and bare(first) in words("prepositions"):
            return None  # '"…" in the 2008 primary, said X', 'In other words, explained X:': X follows the cue
        if _place(segment) and start > 0 and toks[start][2] == "," and is_capital(toks[start - 1][2]):
            end = start  # "Cory James, 22, of Flint, Mich., said": the state of a place, not the speaker
            continue
        if start > 0 and _inside_whose(toks, start):
            end = start  # "Mr. Slinker, whose latest start-up, Paradata, uses …, said": the start-up's name
            continue
        if start > 0 and toks[start][2] == "," and is_capital(first) and _names_the_appositive(toks, start):
            end = start  # "…, the editor of the Vatican's official newspaper, L'Osservatore Romano, said"
            continue
        if is_capital(first) or opens_clause:
            last = end
            if end >= 4 and toks[end - 1][2] == ")" and toks[end - 3][2] == "(" and _bracketed_tag(toks[end - 2][2]):
                last = end - 3  # "Rep. Elijah Cummings (D-Md.), chair of …, said"
            mention = noun_phrase_back(text, toks[:last], last - 1)
            if mention is None:
                return None
            if start > 0 and toks[start][2] == "," and (_describes(mention) or mention.sort != "name"
                                                        and _party_of_place_and(segment)):
                named = _named_before(text, toks, start)
                if named is not None:
                    return _with_title(named, text[toks[start][1]:toks[i][0]].strip(" ,"))
            if _after_verb(toks, mention) and not text.startswith(" who", toks[i][1]):
                return "inherit"  # "The candidate has mocked a reporter, referred to …": an object, then the next verb
            appositive = text[toks[end][1]:toks[i][0]].strip(" ,") if end < i else ""
            if appositive and mention.title is None and mention.sort == "name":
                mention = _with_title(mention, appositive)
            return mention
        if start < 0:
            return None
        end = start
    return None


def _inside_whose(toks: list, comma: int) -> bool:
    """Does the segment ending at the comma ``comma`` open with "whose" or
    "who" ("…, whose latest start-up, Paradata, …", "Michael Seaman, who
    lives outside the state capital, Sacramento, said")? What follows it up
    to the next comma belongs to the relative clause, not to its subject."""
    k = comma - 1
    while k >= 0 and toks[k][2] not in ",;:" and not toks[k][2].startswith(MASK):
        k -= 1
    return k + 1 < comma and bare(toks[k + 1][2]) in ("whose", "who") and k >= 0 and toks[k][2] == ","


def _named_before(text: str, toks: list, comma: int) -> Optional[Mention]:
    """``Benjamin J. Rhodes, Mr. Obama's deputy national security adviser,
    said``: a full name opening the clause just before a capitalised
    description and its comma, whose appositive the description is."""
    end = comma
    if end >= 4 and toks[end - 1][2] == ")" and toks[end - 3][2] == "(" and _bracketed_tag(toks[end - 2][2]):
        end -= 3  # "Roy Cooper (D), McCrory's opponent"
    k = end - 1
    while k >= 0 and toks[k][2] not in ",;:" and not toks[k][2].startswith(MASK):
        k -= 1
    if end - k < 3 or not is_capital(toks[k + 1][2]) or _stop(toks[k + 1][2]) \
            or bare(toks[k + 1][2]) in words("prepositions"):
        return None  # "In Mexico City, … the Mexican president, who said"
    mention = classify(text, toks[k + 1:end])
    if mention is None or mention.sort != "name" or " " not in mention.name or mention.possessor:
        return None
    return mention


def _describes(mention: Mention) -> bool:
    """Can the phrase be a name's appositive: a description hanging from a
    possessor (``Mr. Obama's deputy national security adviser``)?"""
    if mention.sort == "descriptor":  # "Mr. Obama's deputy …", "Democrat of Tennessee"
        return mention.possessor is not None or _party_of_place(mention.text.split())
    phrase = mention.text.split()  # "Mrs. Obama's chief of staff" reads as an organisation
    return mention.sort == "organisation" and phrase[-1].islower() \
        and any(_POSSESSIVE.search(word) for word in phrase[:-1])


def _party_of_place_and(segment: list) -> bool:
    """Does an appositive open with a party of a place and go on after "and"
    (``Jerrold Nadler, Democrat of New York and the chairman of the House
    Judiciary Committee, said``)? The name before it is the subject."""
    words_ = [tok[2] for tok in segment]
    return "and" in words_ and _party_of_place(words_[:words_.index("and")])


def _short_aside(toks: list) -> bool:
    """``for one``, ``in turn``, ``too``: a few lowercase words set off by
    commas between a subject and its verb."""
    return 0 < len(toks) <= 3 and all(t[2].islower() for t in toks)


def _after_verb(toks: list, mention: Mention) -> bool:
    """Is the phrase right after a lowercase verb in the past ("mocked a
    reporter"), so its object? ("praised Franklin Graham, who has vowed":
    the one a relative clause after the comma is about.)"""
    low = _word_before(toks, mention)
    return low.islower() and (low in words("past_verbs") or low in words("cue_verbs"))


#: Words that may open the segment holding the subject before an appositive:
#: "Or, as Tom Ridge, a former secretary, put it", "when Mr. Buchanan, who had failed, called".
_SEGMENT_OPENERS = frozenset(("and", "but")) | CLAUSE_PREPOSITIONS


_DASHES = frozenset("-—–")


def _after_dashes(text: str, toks: list, i: int) -> Optional[Mention]:
    """``A former candidate -- John McCain, who lost to Obama -- said``: the
    phrase before an appositive set off by dashes, which becomes its title."""
    end = i
    while end >= 0 and toks[end][2] in _DASHES:
        end -= 1
    k = end
    while k >= 0 and end - k < 25 and toks[k][2] not in _DASHES and not toks[k][2].startswith(MASK):
        k -= 1
    if k < 1 or toks[k][2] not in _DASHES or k == end:
        return None
    while k > 0 and toks[k - 1][2] in _DASHES:
        k -= 1
    mention = noun_phrase_back(text, toks[:k], k - 1)
    if mention is None or mention.sort != "name":
        comma = (toks[k][0], toks[k][0], ",")  # the phrase before the dashes may close an appositive
        named = _after_comma(text, toks[:k] + [comma], k)
        if isinstance(named, Mention) and named.sort == "name" and (mention is None or named.start < mention.start):
            return named  # "Jerrold Nadler, Democrat of New York and the chairman of … — where … — said"
    if mention is None or mention.sort not in ("name", "descriptor"):
        return None
    if mention.sort == "name":
        return _with_title(mention, text[toks[k][1]:toks[end][1]].strip(" -—–"))
    first = k
    while first <= end and toks[first][2] in _DASHES:
        first += 1
    stop = next((j for j in range(first, end + 1) if toks[j][2] in ",;"), end + 1)
    inside = classify(text, toks[first:stop]) if stop > first else None
    if inside is not None and inside.sort == "name" and " " in inside.name:
        return _with_title(inside, mention.text)  # "A former candidate -- John McCain, who … --": McCain
    return mention


def _boundary_quote(toks: list, k: int) -> bool:
    """A quotation that bounds an appositive walk: not one inside a phrase
    (``Hemsley, the co-author of "Going Viral," about …, said``), whose
    title is part of the appositive."""
    if not toks[k][2].startswith(MASK):
        return False
    return k == 0 or not toks[k - 1][2][:1].isalnum() or toks[k - 1][2].startswith(MASK)


def _titled_work(toks: list, k: int) -> bool:
    """``Amar, author of ''America's Unwritten Constitution,'' put it``: a
    quotation after "of" or a possessive names a work inside the appositive,
    its comma within the marks; the cue after it is not ``"…," said X``."""
    if k < 2:
        return False
    before = toks[k - 1][2]
    return bare(before) == "of" or before.endswith(("’s", "'s"))


def _place(segment: list) -> bool:
    """``Mich.``, ``New Hampshire``: a state named after its city."""
    if not 0 < len(segment) <= 2 or not segment[-1][2][:1].isupper():
        return False
    return " ".join(t[2].lower() for t in segment).rstrip(",") in words("places")


_APPOSITIVE_AFTER = re.compile(r",[ \t]+([^,;:\ue000\n]{2,160})")


def _before_sentence_end(phrase: str) -> str:
    """``phrase`` up to the full stop that ends its sentence, passing over
    those of abbreviations ("strategist on Mrs. Clinton's campaign. He …")."""
    words_ = phrase.split(" ")
    for k, word in enumerate(words_):
        if word.endswith(".") and not (_is_initials(word) or word.lower() in words("titles")):
            return " ".join(words_[:k] + [word[:-1]])
    return phrase


def appositive_after(text: str, mention: Mention, ceiling: int) -> Mention:
    """``"…," said Kristen Day, executive director of Democrats for Life.``:
    the appositive after an inverted speaker's name is the title, as one
    before the cue is (``Kristen Day, executive director …, said``)."""
    if mention.sort != "name" or mention.title:
        return mention
    match = _APPOSITIVE_AFTER.match(text, mention.end, ceiling)
    if match is None:
        return mention
    appositive = _before_sentence_end(match.group(1)).strip()
    if len(appositive) < 2 or len(appositive) > 120:
        return mention
    first = appositive.split()[0]
    low = first.lower()
    if low in _NO_TITLE_OPENERS or low.endswith("ing") or first.isdigit():
        return mention  # "…, said X, on Friday", ", who …", ", adding …", ", 45,": no title
    return _with_title(mention, appositive)


#: Words that open a clause or a phrase after a name, not a title.
_NOT_TITLES = frozenset("who whose which and but or as while when whom".split())
_NO_TITLE_OPENERS = words("prepositions") | words("cue_verbs") | _NOT_TITLES


def _with_title(mention: Mention, appositive: str) -> Mention:
    words_ = appositive.split()
    if words_ and words_[0].lower() in ("the", "a", "an"):
        words_ = words_[1:]
    if not words_ or len(words_) > 12 or words_[0].lower() in ("who", "which", "whose"):
        return mention
    return Mention(mention.start, mention.end, mention.text, mention.sort, mention.name, " ".join(words_),
                   mention.possessor)


def noun_phrase_back(text: str, toks: list, i: int) -> Optional[Mention]:
    """The noun phrase ending at token ``i``, walking back to its first word."""
    j = i
    lower_run = 0
    while j >= 0 and i - j < MAX_NP:
        word = toks[j][2]
        low = bare(word)
        if low in words("determiners"):
            if j > 0 and bare(toks[j - 1][2]) == "of":
                j -= 2
                continue
            if low == "that":
                j += 1  # "…that Sanders said": a conjunction, not part of the name
            break
        if low in words("prepositions"):
            if _continues_through(low, toks, j):
                j -= 1
                continue
            j += 1
            break
        if word.startswith(MASK) or (_stop(word) and not _name_part(toks, j)) or (low == "of" and j == i):
            j += 1
            break
        if low == "of" and (j == 0 or _stop(toks[j - 1][2])):
            j += 1
            break
        if j < i and _verb_between(toks, j):
            j += 1  # "President Obama passionately rebuked critics who": the object, not its subject and verb
            break
        if j < i and word.islower() and low not in words("titles") and bare(toks[j + 1][2]) in words("titles") \
                and is_capital(toks[j + 1][2]) and toks[j + 1][2].endswith("."):
            j += 1  # "the party convention Sen. Elizabeth Warren": a title abbreviation opens a new phrase
            break
        lower_run = lower_run + 1 if word.islower() and low != "of" else 0
        if lower_run > 5:
            return None
        j -= 1
    j = max(j, 0, i - MAX_NP + 1)
    if j > i:
        return None
    return classify(text, toks[j:i + 1])


def _verb_between(toks: list, j: int) -> bool:
    """Is token ``j`` a past verb with its subject before it ("Obama
    passionately rebuked critics", "the Clinton operation disparaged
    women")? Its subject is a name or a lowercase noun, an adverb between;
    after a determiner or a quantifier it is an adjective ("the retired
    neurosurgeon", "a newly formed super PAC", "most registered voters")."""
    word = toks[j][2]
    if not (word.islower() and word.isalpha() and (word.endswith("ed") and len(word) > 4
                                                   or word in words("past_verbs"))):
        return False
    k = j - 1
    if k >= 0 and _is_adverb(toks[k][2]):
        k -= 1
    if k < 0 or not toks[k][2].isalpha():
        return False
    low = bare(toks[k][2])
    if low in _OPENERS or low in words("prepositions") or low in _stop_words() \
            or (low in words("titles") and not toks[k][2].islower()):
        return False  # "The spokesman refused" ends at its verb; a capitalised title goes on to its name
    return not low.endswith(("ed", "ing", "ly")) and low not in ("of", "so")


def _continues_through(prep: str, toks: list, j: int) -> bool:
    """``mission in Geneva``: a place after an organisation belongs to it."""
    if j == 0 or prep not in ("in", "at", "for", "from"):
        return False
    before = bare(toks[j - 1][2])
    return before in words("org_heads") or before in words("role_nouns") or before in words("group_nouns") \
        or before in _PERSON_NOUNS  # "a woman in Worcester": a person and where she is


#: Lowercase nouns a name set off after them names: "the Vatican's newspaper, L'Osservatore Romano,".
_NAMED_THINGS = frozenset("company firm group magazine network newspaper organisation organization station "
                          "website".split())


def _names_the_appositive(toks: list, comma: int) -> bool:
    """Does the segment ending at ``comma`` read "…, the … newspaper", an
    appositive set off by commas whose last noun the next segment names?"""
    if not (toks[comma - 1][2].islower() and bare(toks[comma - 1][2]) in _NAMED_THINGS):
        return False
    k = comma - 1
    while k >= 0 and toks[k][2] not in ",;:" and not toks[k][2].startswith(MASK):
        k -= 1
    return k > 0 and toks[k][2] == "," and bare(toks[k + 1][2]) in ("the", "a", "an")


#: Nouns for a person that a place or an employer may follow: "a woman in Worcester", "a source at the station".
_PERSON_NOUNS = frozenset("man woman person source student worker employee owner mother father".split())
#: Words opening "one of those advisers", "some of his aides", "many of them".
_PARTITIVES = frozenset("all both each either few many most neither none one several some two three".split())
#: Openers that speak on their own after an inverted cue: '"…," tweeted another.'
_STANDING_ALONE = QUANTIFIERS | {"one"}
#: Words a phrase may open with before its head: determiners and partitives (one set, asked per cue).
_OPENERS = words("determiners") | _PARTITIVES


def _role_ahead(toks: list, k: int) -> bool:
    """Do lowercase words from token ``k`` reach a role word and then a
    capitalised name ("Clinton campaign spokesman Brian Fallon")?"""
    for j in range(k, min(k + 3, len(toks) - 1)):
        word = toks[j][2]
        low = bare(word)
        if not word.islower() or low in words("prepositions") or low in words("skip_words") \
                or low in _CONJUNCTIONS or low in words("cue_verbs"):
            return False
        if _role_word(low) and is_capital(toks[j + 1][2]):
            return True
    return False


def _role_closing(toks: list, k: int) -> int:
    """How many lowercase words from token ``k`` run to a role noun that
    ends the phrase ("data expert who", "law enforcement official,"), or 0."""
    for j in range(k, min(k + 3, len(toks))):
        word = toks[j][2].rstrip(".")  # "leadership aide.": the sentence's full stop
        low = bare(word)
        if not word.isalpha() or not word.islower() or low in words("prepositions") or low in _stop_words() \
                or low in words("cue_verbs") or low in _CONJUNCTIONS:
            return 0
        if _role_word(low) or low in _ROLE_HEADS:
            after = toks[j + 1][2] if j + 1 < len(toks) else ","
            return j - k + 1 if not is_capital(after) else 0
    return 0


def _described_name_ahead(toks: list, k: int) -> bool:
    """Do one to three lowercase words from token ``k`` lead to a full name
    that ends the phrase ("said Republican party boss Reince Priebus,",
    "said Virginia delegate Beau Correll,")? The capitalised word before
    them then opens a description of that person, not a name of its own."""
    for j in range(k, min(k + 3, len(toks) - 2)):
        word = toks[j][2]
        low = bare(word)
        if not word.isalpha() or not word.islower() or low in words("prepositions") or low in _stop_words() \
                or low in words("cue_verbs") or low.endswith("ed"):
            return False
        if is_capital(toks[j + 1][2]) and is_capital(toks[j + 2][2]) and toks[j + 1][2].isalpha():
            after = toks[j + 3][2] if j + 3 < len(toks) else ","
            return after in (",", ".", "(") or after.startswith(MASK)
    return False


def _possessed_role(toks: list, k: int) -> bool:
    """After a possessive, do a few lowercase words from token ``k`` reach a
    role ("said Clinton’s top foreign policy aide Jake Sullivan")? Then the
    possessive is no speaker's name but hangs a role from one; "Ryan’s
    campaign shrugged off" reaches none and ends at the name."""
    if not POSSESSIVE.search(toks[k - 1][2]):
        return False
    for j in range(k, min(k + 4, len(toks))):
        word = toks[j][2]
        low = bare(word)
        if not word.islower() or low in _stop_words() or low in words("prepositions"):
            return False
        if _role_word(low):
            return True
    return False


def noun_phrase_forward(text: str, start: int, end: int) -> Optional[Mention]:
    """The noun phrase starting after ``start``: ``said Mary Smith, …``."""
    toks = tokens(text, start, min(end, start + WINDOW))
    k = 0
    if k < len(toks) and bare(toks[k][2]) in _OPENERS:
        k += 1
        if k < len(toks) and bare(toks[k][2]) == "of" and bare(toks[0][2]) in _PARTITIVES:
            k += 1  # "said one of those advisers": a part of a group speaks
            if k < len(toks) and bare(toks[k][2]) in words("determiners"):
                k += 1
    first = k
    if k < len(toks) and (bare(toks[k][2]) in words("prepositions") or bare(toks[k][2]) == "of"):
        return None  # "said of Cruz": the one spoken about, never the speaker
    while k < len(toks) and k - first < MAX_NP:
        word = toks[k][2]
        low = bare(word)
        if not word[:1].isalnum() or word.startswith(MASK):
            break
        if low in words("skip_words") and is_capital(word) and k + 1 < len(toks) and is_capital(toks[k + 1][2]):
            k += 1  # "said Will Doyle": a first name, not the auxiliary
            continue
        if low == "and" and k > first and is_capital(toks[k - 1][2]) and _org_ahead(toks, k + 1):
            k += 1  # "the Securities and Exchange Commission": one organisation
            continue
        if low in words("prepositions") or low in words("skip_words") or low in _CONJUNCTIONS:
            if low in ("of", "for", "at", "in") and k > first and k + 1 < len(toks) and (
                    is_capital(toks[k + 1][2]) or (bare(toks[k + 1][2]) in words("determiners") and low != "in")):
                k += 1
                continue
            break
        if low in words("cue_verbs") and k > first:
            break
        if k > first and word.islower() and k + 1 < len(toks) and toks[k + 1][2] == "by" \
                and (low.endswith("ed") or low in _PARTICIPLES):
            break  # "according to a court document filed by …": the document, then who filed it
        if k > first and _verb_between(toks, k):
            break  # "Hundreds of pro-Sanders demonstrators marched": the verb ends the subject
        if word.islower() and k > first and is_capital(toks[k - 1][2]) and first and _role_word(low) \
                and not (k + 1 < len(toks) and is_capital(toks[k + 1][2])):
            k += 1  # "according to a State Department official": the role closes the phrase
            break
        closing = _role_closing(toks, k) if first and k > first and word.islower() and is_capital(toks[k - 1][2]) \
            else 0
        if closing:
            k += closing  # "said a former U.S. law enforcement official who": the role closes the phrase
            break
        taken = _campaign_head(toks, k, first)
        if taken:
            k += taken  # "the Sanders campaign accused", "A Clinton campaign official later": no verb
            break
        if word.islower() and k > first and is_capital(toks[k - 1][2]) and low not in _NAME_PARTICLES \
                and toks[k - 1][2] not in _DAYS \
                and not _role_ahead(toks, k) and not _possessed_role(toks, k) and not _described_name_ahead(toks, k):
            break  # "Putin met": a verb after the name ends the phrase; "Ohio State professor Paul Beck" goes on
        if word.endswith(".") and not low.endswith(".") and k > first:
            k += 1
            break
        k += 1
    if k == first:
        if first == 1 and bare(toks[0][2]) in _STANDING_ALONE:
            word = toks[0][2].rstrip(".")
            return Mention(toks[0][0], toks[0][0] + len(word), word, "descriptor", title=word)  # "tweeted another."
        return None
    if k == first + 1 and bare(toks[first][2]) in words("pronouns"):
        return Mention(toks[first][0], toks[first][1], toks[first][2], "pronoun")
    mention = classify(text, toks[0:k])
    if first == 0 and not is_capital(toks[0][2]) and k > 3 and (mention is None or mention.sort != "name"):
        return None  # a long lowercase run is a clause; "conservative activist Bob Klaus" is a name
    return mention


#: Lowercase heads that make a name before them an organisation: "the Sanders campaign".
CAMPAIGN_HEADS = _CAMPAIGN_HEADS = frozenset(("administration", "campaign"))


def _campaign_head(toks: list, k: int, first: int) -> int:
    """How many tokens from ``k`` close the phrase when ``k`` is a lowercase
    campaign head right after a capitalised name: 1 for the head ("The
    Sanders campaign sent"), 2 with a role after it ("A Clinton campaign
    official later"); 0 after a possessive ("Rubio's campaign": Rubio's
    phrase) or before a role and a name, where the walk goes on."""
    if not (k > first and toks[k][2] in _CAMPAIGN_HEADS and is_capital(toks[k - 1][2])) \
            or POSSESSIVE.search(toks[k - 1][2]) or _role_ahead(toks, k + 1):
        return 0
    after = bare(toks[k + 1][2]) if k + 1 < len(toks) else ""
    return 2 if _role_word(after) or after.rstrip("s") in _ROLE_HEADS else 1


def _org_ahead(toks: list, k: int) -> bool:
    """Do the capitalised words from ``k`` on end, within three, in an organisation's head ("Exchange Commission")?"""
    for j in range(k, min(len(toks), k + 3)):
        if not is_capital(toks[j][2]):
            return False
        if bare(toks[j][2]) in words("org_heads"):
            return True
    return False


#: Irregular past participles that close a phrase before "by".
_PARTICIPLES = frozenset("given made seen sent shown taken written".split())


def classify(text: str, toks: list) -> Optional[Mention]:
    """Sort a phrase: name, organisation or descriptor; split title from name.

    The answer depends only on the phrase and where its words are, so it is
    memoised on them, relative to the first word, and shifted into place:
    names and titles recur through an article and across a corpus."""
    if not toks:
        return None
    base = toks[0][0]
    key = (text[base:toks[-1][1]], tuple((s - base, e - base) for s, e, _w in toks))
    found = _CLASSIFIED.get(key, _MISSING)
    if found is _MISSING:
        if len(_CLASSIFIED) > _CACHE_LIMIT:
            _CLASSIFIED.clear()
        found = _classify(text, toks)
        if found is not None:
            found = (found.start - base, found.end - base, found.text, found.sort, found.name, found.title,
                     found.possessor)
        _CLASSIFIED[key] = found
    if found is None:
        return None
    return Mention(found[0] + base, found[1] + base, *found[2:])


_CLASSIFIED: dict = {}
_MISSING = object()


def _classify(text: str, toks: list) -> Optional[Mention]:
    while toks and not toks[-1][2][:1].isalnum():
        toks = toks[:-1]
    if not toks:
        return None
    start, end = toks[0][0], toks[-1][1]
    if toks[-1][2].endswith(".") and bare(toks[-1][2]) != toks[-1][2].lower():
        end -= 1  # '"…," said Tom Hanks.': the full stop ends the sentence, not the name
        toks = toks[:-1] + [(toks[-1][0], end, toks[-1][2][:-1])]
    phrase = text[start:end]
    if len(toks) == 1 and bare(toks[0][2]) in words("pronouns"):
        return Mention(start, end, phrase, "pronoun")
    possessor = None
    head = toks
    for k in range(len(toks) - 1, -1, -1):
        if _POSSESSIVE.search(toks[k][2]) and k < len(toks) - 1:
            possessor = _strip_titles([t[2] for t in toks[:k + 1]])[1]
            possessor = _POSSESSIVE.sub("", possessor) if possessor else None
            head = toks[k + 1:]
            break
    head_words = [t[2] for t in head]
    lows = [bare(w) for w in head_words]
    if len(lows) == 1 and head_words[0].isupper() and len(head_words[0]) > 5:
        return None  # a dateline or a shouted word, not a speaker
    if len(toks) == 1 and _opening_adverb(head_words[0]):
        return None  # "Hastily criticizing the tragedy, Trump cast the blame": the adverb is no name
    if len(head_words) == 1 and lows[0] in _BARE_TITLES:
        return Mention(start, end, phrase, "descriptor", title=phrase)  # "Former prosecutor and …": no name
    if _described_name(head_words):  # "Republican party boss Reince Priebus": a person, whatever the party
        return Mention(start, end, phrase, "name", name=" ".join(head_words[-2:]), title=" ".join(head_words[:-2]),
                       possessor=possessor)
    if _organisation(lows, head_words) or (len(lows) == 1 and head_words[0].isupper() and len(head_words[0]) > 1):
        return Mention(start, end, phrase, "organisation", name=_org_name(head_words))
    title, name = _strip_titles(head_words)
    if name and is_capital(name) and not (head_words[-1].islower() and _role_word(lows[-1])):
        trailing = _trailing_lowercase(name.split())
        if trailing:  # "Trump made", "Carter however": the walk ran past the name into a verb
            name = " ".join(name.split()[:-trailing])
            end = head[-trailing - 1][1]
            phrase = text[start:end]
        elif " " not in name and len(head) > 1 and _member_word(name) \
                and (not title or title.islower() or all(bare(w) in _OPENERS for w in title.split())):
            # "one senior Democrat said", "the Republican said": a party or a nation, no person's name
            return Mention(start, end, phrase, "descriptor", title=" ".join(head_words), possessor=possessor)
        elif name.split()[-1].isalpha() and name.split()[-1].islower():
            # "Pro-Islamic State forums", "Andrean High School fans": a lowercase head, the capitals describe it
            return Mention(start, end, phrase, "descriptor", title=" ".join(head_words), possessor=possessor)
        if possessor and not title:
            title = _POSSESSIVE.sub("", text[start:head[0][0]].strip())
        return Mention(start, end, phrase, "name", name=name, title=title, possessor=possessor)
    return Mention(start, end, phrase, "descriptor", title=" ".join(head_words), possessor=possessor)


#: Title words that are no name standing alone: "Former", "Senior", "Deputy".
_BARE_TITLES = frozenset("acting deputy former interim senior then-".split())
#: A member of a party or a camp, capitalised like a name: "one senior Democrat", "the Republican".
_PARTY_MEMBERS = frozenset("catholic christian conservative democrat evangelical hispanic independent jew latina "
                           "latino liberal libertarian mormon muslim progressive republican".split())


def _member_word(word: str) -> bool:
    """A party member, a faith, a people or a nation, capitalised like a name ("Democrat", "Muslim", "German")."""
    return bare(word) in _PARTY_MEMBERS or bare(word) in words("nationalities")


def _described_name(head_words: list) -> bool:
    """A capitalised description, a lowercase word, then a full name closing
    the phrase ("Montclair State University political scientist Brigid
    Harrison"): the organisation in front describes the person."""
    if len(head_words) < 4 or not is_capital(head_words[0]) or bare(head_words[0]) in words("determiners") \
            or any(bare(w) in words("prepositions") or bare(w) in _CONJUNCTIONS or bare(w) == "of" for w in head_words):
        return False  # "A spokesman for … candidate Hillary Clinton" is the spokesman; "… of the law firm Mayer Brown"
    low = bare(head_words[-3])
    return head_words[-3].isalpha() and head_words[-3].islower() and low not in _NAME_PARTICLES \
        and not _stop(head_words[-3]) and low not in words("determiners") \
        and all(w.isalpha() and is_capital(w) for w in head_words[-2:])


def _trailing_lowercase(name_words: list) -> int:
    """How many verbs, auxiliaries and adverbs end a name that opens
    capitalised ("Trump made", "Carter however", "Trump hadn't"); a noun
    there ("Andrean High School fans") is the head of a description."""
    n = 0
    while n < len(name_words) - 1 and _not_in_name(name_words[-1 - n]):
        n += 1
    return n


def _not_in_name(word: str) -> bool:
    """A lowercase verb, auxiliary or adverb: what ends a phrase walk, never a name's last word."""
    low = word.lower()
    return word[:1].islower() and (low in words("skip_words") or low in words("past_verbs") or low in words("cue_verbs")
                                   or _is_adverb(word) or low.endswith(("n't", "n’t")) or low in _LOOSE_ENDS)


#: Lowercase words after a name that are neither its head nor part of it.
_LOOSE_ENDS = frozenset("can however must comes".split())


def _organisation(lows: list, head_words: list) -> bool:
    """"the State Department", "the mission in Geneva": an organisation heads
    the phrase (last, or before its place); "campaign manager X" and
    "Clinton campaign spokesman Brian Fallon" (a lowercase head, then a
    name of two words or more) are persons."""
    if _person_of_org(lows, head_words):
        return False  # "John Smith of the Cato Institute": a person, then where from
    for k, low in enumerate(lows):
        if low in words("org_heads") and (k == len(lows) - 1 or lows[k + 1] not in words("titles")):
            rest = head_words[k + 1:]
            if _titled_name_after(lows, head_words, k + 1):
                return False  # "Senate Intelligence Ranking Democrat Dianne Feinstein": a title, then the person
            return not (head_words[k].islower() and len(rest) >= 2 and all(is_capital(w) for w in rest))
    return False


#: Abbreviated titles only persons hold: "Mr. Burman of the Tax Policy Center" is a person.
_PERSONAL_TITLES = frozenset("dr gov mr mrs ms rep sen".split())


def _person_of_org(lows: list, head_words: list) -> bool:
    """Is the phrase a name of two or three capitalised words, then "of",
    "at" or "from" ("Meenakshi Ganguly of Human Rights Watch")? None of
    the words may be a title, a determiner, an organisation's head or a
    place ("Federal Bureau of Investigation", "The Times of India"); a
    nation opens no such name ("American Federation of Teachers") but may
    close one ("David French of the National Retail Federation")."""
    of = next((j for j, low in enumerate(lows) if low in ("of", "at", "from")), -1)
    if of >= 2 and head_words[0].endswith(".") and lows[0].rstrip(".") in _PERSONAL_TITLES:
        lows, head_words, of = lows[1:], head_words[1:], of - 1  # "Mr. Burman of the Tax Policy Center"
        return 1 <= of <= 2 and all(is_capital(w) and w.isalpha() for w in head_words[:of]) \
            and not any(low in words("org_heads") or low in words("places") for low in lows[:of])
    return 2 <= of <= 3 and all(is_capital(w) and w.isalpha() for w in head_words[:of]) \
        and lows[0] not in words("nationalities") \
        and not any(low in words("titles") or low in words("determiners") or low in words("org_heads")
                    or low in words("places") for low in lows[:of])


def _titled_name_after(lows: list, head_words: list, k: int) -> bool:
    """Does a title word after ``k`` stand before a capitalised name of two
    words or more that ends the phrase?"""
    n = len(lows)
    if any(low in words("prepositions") for low in lows):
        return False  # "spokesman for House Speaker Paul Ryan": the person named is the spokesman's principal
    return any(lows[j] in words("titles") and n - j - 1 >= 2 and all(is_capital(w) for w in head_words[j + 1:])
               for j in range(k, n - 2))


def _org_name(head_words: list) -> str:
    """"the State Department" -> "State Department"; "the campaign" keeps
    its article: a common noun alone is no name."""
    if head_words and head_words[0].lower() in ("the", "a", "an") \
            and not all(word.islower() for word in head_words[1:]):
        head_words = head_words[1:]
    return " ".join(head_words)


def _name_before_of(head_words: list, k: int, of: int) -> int:
    """Where the name before "of" starts once titles in front of it are
    passed: ``House Speaker Paul D. Ryan of Wisconsin`` -> the index of
    "Paul" (two capitalised words or more must stay)."""
    last = max((j for j in range(k, of - 2) if bare(head_words[j]) in words("titles")
                and all(is_capital(w) for w in head_words[j + 1:of])), default=-1)
    return last + 1 if last >= 0 else k


def _surname_like(head_words: list, j: int, of: int) -> bool:
    """Is the title word at ``j`` a surname: the last word before "of",
    after an initial or a given name (``Peter T. King of New York``)?"""
    before = head_words[j - 1] if j > 0 else ""
    return j == of - 1 and (bool(_INITIALS.fullmatch(before)) or before.lower() in words("male_names")
                            or before.lower() in words("female_names"))


def _strip_titles(head_words: list) -> tuple:
    """("Russian Deputy Foreign Minister", "Sergei Ryabkov") from one phrase;
    also ("Senate Majority Leader", "Mitch McConnell"), ("New Jersey Gov.",
    "Chris Christie") and ("of New York", "Lee Zeldin"): what stands before
    the last title word, or after the name from "of", "in", "at" or "from",
    is the title."""
    k = 0
    n = len(head_words)
    while k < n - 1 and _title_word(head_words, k):
        k += 1
    if k < n and not is_capital(head_words[k]):
        # "29-year-old soldier Mykhailo": lowercase description before a name
        j = k
        while j < n and not is_capital(head_words[j]):
            if _from_place(head_words, j):
                return " ".join(head_words), None  # "The senator from Vermont": a place, no name
            if j > k and bare(head_words[j]) in ("in", "at") and bare(head_words[j - 1]) in _PERSON_NOUNS:
                return " ".join(head_words), None  # "a woman in Worcester", "a source at the Tampa station"
            j += 1
        if j == n:
            return (" ".join(head_words[:k]) or None), None
        k = j
    titled = k > 0 and head_words[k - 1].endswith(".")  # "Sen. Cruz of Texas": a surname will do
    of = next((j for j in range(k + (1 if titled else 2), n) if head_words[j] in ("of", "in", "at", "from")), -1)
    if of > k + 1:
        k = _name_before_of(head_words, k, of)
    if (of > k + 1 or (of == k + 1 and titled)) and all(
            is_capital(w) and (bare(w) not in words("titles") or _surname_like(head_words, j, of))
            for j, w in enumerate(head_words[k:of], k)):
        # "David French of the National Retail Federation", "Lee Zeldin of New York": the name, then where from
        return (" ".join(head_words[:k] + head_words[of:]) or None), " ".join(head_words[k:of])
    last_lower = max((j for j in range(k, n) if head_words[j].islower() and head_words[j] not in _NAME_PARTICLES),
                     default=-1)
    if k <= last_lower < n - 1:
        k = last_lower + 1  # "Campaign manager Mary Smith": the role ends at its last lowercase word
    last_modifier = max((j for j in range(k, n - 1) if _hyphened_modifier(head_words[j])), default=-1)
    if last_modifier >= k:
        k = last_modifier + 1  # "South Korean-born Monte Haines", "Liberal Oscar-winner Sarandon": a description
    last_abbreviated = max((j for j in range(k, n - 1) if head_words[j].endswith(".") and bare(head_words[j]) in words("titles")),
                           default=-1)
    if last_abbreviated >= k:
        k = last_abbreviated + 1  # "New Jersey Gov. Chris Christie": a place before the title is part of it
    last_title = max((j for j in range(k, n - 2) if bare(head_words[j]) in words("titles")
                      and all(is_capital(w) for w in head_words[j + 1:])), default=-1)
    if last_title >= k:
        k = last_title + 1  # "Senate Majority Leader Mitch McConnell": the body before the title is part of it
    title = " ".join(head_words[:k]) or None
    name = " ".join(head_words[k:]) or None
    if 0 < k < n and _from_place(head_words, k - 1):
        return " ".join(head_words), None  # "Democrat of Tennessee": a title and a place, no name
    return title, name


def _party_of_place(words_: list) -> bool:
    """``Democrat of Tennessee``, ``Republican of West Virginia``: a title,
    "of" or "from", and a place, describing a name set off before it."""
    return any(_from_place(words_, k) for k in range(1, len(words_) - 1))


def _from_place(words_: list, k: int) -> bool:
    """Is ``words_[k]`` "of" or "from" and all after it a place ("from Vermont")?"""
    return bare(words_[k]) in _WHERE_FROM and " ".join(words_[k + 1:]).lower() in words("places")


#: Words after which a title names where its holder is from, not who.
_WHERE_FROM = frozenset(("of", "from"))


#: Last parts of a hyphened word that make it a description, never part of a name ("Korean-born", "Oscar-winner").
_MODIFIER_TAILS = frozenset("backed based born elect leaning winner winning".split())


def _hyphened_modifier(word: str) -> bool:
    """``Korean-born``, ``Oscar-winner``, ``Texas-based``; not ``Ki-moon`` or ``Anne-Marie``."""
    return "-" in word and word.rsplit("-", 1)[1].lower() in _MODIFIER_TAILS


#: Initials written together: "J.R.", "E.J.", "H.W.".
_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")


def _title_word(head_words: list, k: int) -> bool:
    word = head_words[k]
    low = bare(word)
    if low in words("titles") or low in words("determiners"):
        return True
    if low == "of" or (low == "state" and k > 0 and bare(head_words[k - 1]) == "of"):
        return True
    if _INITIALS.fullmatch(word) and k + 1 < len(head_words) and is_capital(head_words[k + 1]) \
            and bare(head_words[k + 1]) not in words("titles"):
        return False  # "J.R. Smith", "E.J. Dionne": initials open the name ("U.S." is a title word)
    if word.isupper() and len(word.replace(".", "")) <= 4:
        return True
    if _POSSESSIVE.search(word) and is_capital(word):
        return True
    return low in words("nationalities")
