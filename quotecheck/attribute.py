"""Quoted spans -> speaker, mention, cue and channel, by rules over the text.

The article is indexed once: quotations are masked (so their words are never
taken for a speaker), sentences and paragraphs are cut, every cue verb is
found with one regular expression and given its subject (mentions.py) and its
channel (channels.py). Each quote then takes, in this order:

1. the cue right after it: ``"…," Ryabkov said`` / ``"…," said Ryabkov``;
2. the last cue before it in its sentence: ``Ryabkov said: "…"``;
3. a cue later in its sentence: ``"…" and "…," he said``;
4. for a quote opening its sentence (or after a linking word: ``But "…"``),
   the cue of the sentence before in the paragraph: ``…, he said. "…"``,
   else the paragraph's last speaker when the quote does not open it;
5. for a quote opening its paragraph, the attribution of the paragraph
   before: a continuation quote;
6. for three or more words quoted inside a sentence with no cue verb, a
   named subject opening the clause (``Cruz is praising Bush as "a man who
   …"``) or the sentence's opening phrase with its verb (``The petition
   accuses the campaign of "attempting to bully …"``).

"According to X" in the quote's sentence, or a report verb closing it after
a comma (``"…," said Day, the Tribune reported``), makes X the speaker of
record, as nested attributions are annotated in PolNeAR.
A relaying organisation after the quote, when a person's cue stands before it
in the sentence, becomes the channel (type "relayed"). The mention is the
phrase near the cue ("he"); the speaker is what it resolves to: a surname to
the full name met earlier, a pronoun to the nearest fitting person, a role
("Biden's top diplomat") to the last person who spoke, never the possessor.
Nothing found: no attribution, since a wrong name is worse than none.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Optional

from . import channels as _channels
from . import mentions as _m
from .lexicons import trie, words
from .models import NO_ATTRIBUTION, Attribution, Span

#: Words a full stop follows inside a sentence: titles and the like ("Mr.", "Sen.", "Jr.").
ABBREVIATIONS = frozenset("mr mrs ms dr sen rep del gov gen lt col st jr sr no vs mt ft prof pres rev sgt capt maj adm "
                          "atty cmdr const cpl det insp pvt supt govs reps sens".split())
#: Starts with a character class so the scan skips ahead fast; inside a run of
#: MASK characters only the last can end a sentence, so the others are not tried.
#: A number opening a sentence: "81-year-old Parker Eaton said"; other digits after a stop follow an abbreviation.
_NUMBER_OPENS = re.compile(r"\s+\d+-[a-z]")
_BOUNDARY = re.compile(r"(?:[\n.!?…]|\ue000(?!\ue000))(?:(?<=[.!?…])[.!?…]*[\"”’)\]]*(?=\s+[A-Z0-9\ue000\"“‘(])|(?<=\ue000)"
                       r"(?=\s+[A-Z\ue000\"“‘(])|(?<=\n))")
#: Opens with the capital, the look-behind after it: the scan skips ahead fast.
_NAME_RUN = re.compile(r"[A-Z](?<![\w’'\-.][A-Z])(?:[\w’'\-]|\.(?=[A-Z]))*\.?"
                       r"(?:[ \t]+(?:(?:of|de|del|da|van|von|der|la|le|du|bin|al)[ \t]+)?"  # "Bill de Blasio"
                       r"[A-Z](?:[\w’'\-]|\.(?=[A-Z]))*\.?){0,6}")
#: The channel is looked for this many characters around the cue, no further.
CHANNEL_REACH = 200
_JOINERS = ("-", "’", "'")
_ONLY_PUNCT = re.compile(r"[\s,:\u2014\u2013\-]*")


@dataclass(frozen=True)
class Hit:
    """One cue verb in the article, with its subject and channel."""

    start: int
    end: int
    cue: str
    sentence: int
    mention: Optional[_m.Mention] = None
    #: set when the speaker is not the subject: "RIA quoted Ryabkov as saying"
    via: Optional[_m.Mention] = None


@lru_cache(maxsize=1)
def _cue_regex() -> re.Pattern:
    """All cue verbs as one trie-shaped pattern: it fails on the first letter
    of most words, which keeps the scan of a long article cheap."""
    return re.compile(rf"\b(?:{_trie_pattern(words('cue_verbs') | _SENTENCE_OPENING_CUES)})\b")


#: A comma, a semicolon, a colon or a quote ends the phrase a participle may take its subject from.
_CLAUSE_BREAK = re.compile(r"[,;:\ue000]")
#: "went on to say", "went so far as to say": an infinitive cue speaks for the clause's subject.
_INFINITIVE = re.compile(r"\b(?:on|as|began|went|continued|sought|wanted|tried|refused|declined)[ \t]+to[ \t]+$")
#: A form of "be" (and adverbs) right before a cue makes it passive: "was asked", "is often described".
_PASSIVE = re.compile(r"\b(?:was|were|is|are|been|being|be)(?:[ \t]+[a-z]+ly|[ \t]+also|[ \t]+not|[ \t]+first)?[ \t]+$")
#: A prepositional phrase opening the sentence, then its comma: "In other words, ", "At the rally on Monday, ".
_LEADING_PHRASE = re.compile(r"\s*(?:In|At|On|For|From|With|After|Before|During|Later|Earlier)\b[^,\ue000\n]{0,60},[ \t]*")
#: "reminds him of", "reminded voters of": a likeness, not words.
_REMINDS_OF = re.compile(r"[ \t]+(?:[\w’'-]+[ \t]+){1,3}?of\b")
#: A verb right after the phrase that follows an inverted cue makes it a clause's subject.
_CLAUSE_VERB = re.compile(r"[ \t]+(?:can|could|did|does|had|has|have|is|may|might|must|should|was|were|will|would)\b")
_AUTHORED_BY = re.compile(r"[ \t]+(?:filed|issued|published|released|sent|signed|written)[ \t]+by[ \t]+")
_BY_AGENT = re.compile(r"(?:[ \t]+[a-z]+ly)?(?:[ \t]+(?:on|in|at)[ \t]+[\w ]{1,30}?)?[ \t]+by[ \t]+")
#: Cue verbs that are also plural nouns: "Trump tweets" / "his tweets".
_NOUN_CUES = frozenset("calls claims comments notes points replies tweets".split())
#: Base forms of cues that are also singular nouns: "a snappy retort", "his boast".
_BASE_NOUN_CUES = frozenset("boast claim lament quip retort shout vow yell".split())
_BEFORE_NOUNS = words("prepositions") | {"of"}
_OUTLETS = words("news_agencies") | words("broadcasters")
#: Last words that make a news agency's or broadcaster's first word a medium's name: "Associated Press".
_OUTLET_ENDS = frozenset("agency network news press radio television tv wire".split())
#: Last words that make any name a medium's: "Breitbart News", "Wyoming Public Radio"; no person's name ends so.
_MEDIUM_ENDS = frozenset("news press radio television".split())


def _outlet(name: str) -> bool:
    """Is ``name`` a news agency or a broadcaster ("Reuters", "the Associated
    Press", "Breitbart News"), never a person a pronoun names ("Michael Bloomberg")?"""
    parts = name.lower().split()
    return name.lower() in _OUTLETS or (len(parts) > 1 and (parts[-1] in _MEDIUM_ENDS or (
        parts[0] in _OUTLETS and parts[-1] in _OUTLET_ENDS)))


#: A name titled with one of these is a medium, not a person: "Xinhua, the official Chinese news agency".
_OUTLET_NOUNS = frozenset("agency broadcaster channel daily magazine network newspaper outlet paper station tabloid "
                          "website".split())
#: Modifiers that only stand before a noun: "struck many of the same notes", "his latest tweets".
_NOUN_MODIFIERS = frozenset("earlier final first latest many own previous recent same several".split())
#: Words before "states" that make it the plural noun: "Asian states", "neighboring states".
_BEFORE_STATES = words("nationalities") | _NOUN_MODIFIERS | frozenset(
    "baltic battleground eastern gulf member neighboring northern other southern swing western".split())
_AGREEING = frozenset(("agreed", "agrees"))
#: After "agreed", what makes it report words: a stop, a comma, a colon, a quote, "that" or "with".
_AGREEING_SAYS = re.compile(r"[ \t]*(?:[.,:;\ue000]|(?:that|with)\b)")
#: Cues that report no words in a clause of time ("as he spoke", "once agreed").
_LOOSE_CUES = _AGREEING | frozenset(("speaks", "spoke"))
_TIME_OPENERS = frozenset("after as before once until when while".split())
#: Endings of adjectives before a plural noun cue: "positive comments", "critical tweets".
_ADJECTIVE_ENDS = ("ive", "ous", "ful", "al", "ic", "less")
#: Cues that also name a thing: "a film called …", "a campaign dubbing …".
_NAMING_CUES = frozenset("billed called dubbed dubbing labeled named termed titled".split())
#: Cues whose next noun phrase is the one spoken to, never an inverted subject.
_ADDRESSING_CUES = frozenset("assured informed reminded tell telling tells told urged".split())
#: Cues whose object follows them: ``"terrible," denounced her record`` never
#: puts the speaker after the verb, as ``"…," said Ryabkov`` does.
_TRANSITIVE_CUES = frozenset("accused blamed blasted branded cited condemned criticised criticized decried denounced "
                             "described dubbed hailed labeled lauded mocked praised scolded slammed termed touted".split())
#: Cues that open a sentence capitalised: "According to X", "Said Comey, …".
_SENTENCE_OPENING_CUES = frozenset({"According to", "Added", "Adding", "Explained", "Said", "Says", "Stated", "Wrote",
                                    "Writes"})


#: A description set off between a speaker and the cue: ", the official Chinese news agency, ".
_APPOSITIVE = re.compile("[ \t]*,[ \t]+(?:the|a|an)[ \t][^,\ue000]*,[ \t]*")


def _trie_pattern(entries) -> str:
    """A regular expression matching exactly ``entries``, shared prefixes merged."""
    return _trie_node(trie(entries))


def _trie_node(node: dict) -> str:
    branches = [(r"\s+" if ch == " " else re.escape(ch)) + _trie_node(node[ch]) for ch in sorted(node) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


class _Article:
    """The index of one article: masked text, sentences, cues, names."""

    def __init__(self, text: str, spans: list[Span]):
        self.text = text
        self.spans = spans
        self.masked = _mask(text, spans)
        outer = _outermost(spans)
        #: where each masked quotation opens and closes, for "is there a quote between" in log time
        self.mask_opens = [span.open_at for span in outer]
        self.mask_closes = [span.close_at for span in outer]
        self.para_starts = [0] + [m.end() for m in re.finditer(r"\n", text)]
        self.sent_starts = _sentence_starts(self.masked, text, spans)
        self.names, self.persons, self.titled = _index_names(self.masked, self.sent_starts)
        self.events = list(self.persons)
        self._person_names: Optional[frozenset] = None
        self._channels: dict = {}
        self.hits = self._find_hits()
        #: where each cue starts, for bisecting: built once, not once a quote
        self.hit_starts = [h.start for h in self.hits]
        self.speakers = self._speaker_events()
        #: sentence -> its "according to" and "reported" cues, which may credit a whole sentence (rare)
        self.credits: dict = {}
        for hit in self.hits:
            if hit.cue[:9].lower() == "according" or hit.cue.lower() == "reported":
                self.credits.setdefault(hit.sentence, []).append(hit)

    def person_names(self) -> frozenset:
        """The full names of persons named as subjects, found once."""
        if self._person_names is None:
            self._person_names = frozenset(person[2] for person in self.persons)
        return self._person_names

    def person_of(self, run: str) -> Optional[tuple]:
        """(full name, title) of the person a capitalised run names: a full
        name read from the run, or a surname (alone or titled) met in full."""
        read = _read_run(run) if " " in run else (0, run, None, True, False)
        if read is None:
            return None
        return self.names.get(read[1]) if read[3] else (read[1], read[2])

    def paragraph(self, pos: int) -> int:
        return bisect.bisect_right(self.para_starts, pos) - 1

    def quoted_between(self, start: int, end: int) -> bool:
        """Does a masked quotation overlap ``start``..``end``? (A slice and a
        search would cost the sentence's length for every cue of it.)"""
        if start >= end:
            return False
        index = bisect.bisect_left(self.mask_opens, start)
        if index < len(self.mask_opens) and self.mask_opens[index] < end:
            return True
        return index > 0 and self.mask_closes[index - 1] > start

    def sentence(self, pos: int) -> int:
        return bisect.bisect_right(self.sent_starts, pos) - 1

    def sentence_bounds(self, index: int) -> tuple[int, int]:
        end = self.sent_starts[index + 1] if index + 1 < len(self.sent_starts) else len(self.text)
        return self.sent_starts[index], end

    def _find_hits(self) -> list[Hit]:
        hits: list[Hit] = []
        masked = self.masked
        for match in _cue_regex().finditer(masked):
            if masked[match.start() - 1:match.start()] in _JOINERS or masked[match.end():match.end() + 1] in _JOINERS:
                continue  # part of a longer word: "well-said", "Said's"
            hit = self._hit(match, hits)
            if hit is not None:
                hits.append(hit)
        return hits

    def _hit(self, match: re.Match, hits: list[Hit]) -> Optional[Hit]:
        """A cue with its subject, unless the word is not used as a cue here."""
        sentence = self.sentence(match.start())
        floor, ceiling = self.sentence_bounds(sentence)
        cue = match.group()
        low = cue.lower()
        if low in _NOUN_CUES and self._used_as_noun(floor, match.start()):
            return None
        if low == "states" and (_word_before(self.masked, floor, match.start()) in _BEFORE_STATES
                                or self.masked.startswith(" and ", match.end())):
            return None  # "in many Asian states, and": the countries, not a verb
        if low.startswith("remind") and _REMINDS_OF.match(self.masked, match.end(), ceiling):
            return None  # "Clinton's situation reminds him of the 1969 book": no words reported
        if low.endswith("ing") and _word_before(self.masked, floor, match.start()) in ("a", "an"):
            return None  # "calls a screaming Santilli a "fascist"": an adjective, not a cue
        if low in _BASE_NOUN_CUES and self._after_article(floor, match.start()):
            return None  # "Sanders delivered a snappy retort:": a noun, not a verb
        if low in _AGREEING and not _AGREEING_SAYS.match(self.masked, match.end()) \
                and not self._inverted(floor, match.start()):
            return None  # "agreed to a phone call", "agreed on talks": no words reported
        via = None
        if low.startswith(("according", "in the words of")):
            mention = _m.noun_phrase_forward(self.masked, match.end(), ceiling)
            if mention is not None and _document(mention):
                mention = self._author(mention, ceiling) or mention
        elif low == "quoted":
            mention, via = self._quoted(match, floor, ceiling)
        elif (low.endswith("ed") or low in ("told", "said")) and not low.startswith("quoted") \
                and _PASSIVE.search(self.masked, max(floor, match.start() - 30), match.start()):
            mention = self._agent(match.end(), ceiling)  # "Sanders was asked by host Bill Maher"
        else:
            mention = _m.subject_before(self.masked, floor, match.start(), participle=low.endswith("ing"))
            if isinstance(mention, _m.Mention) and hits and hits[-1].start <= mention.start < hits[-1].end:
                mention = None  # "put it in his memo … explaining": the "it" of an earlier cue is no subject
            elif isinstance(mention, _m.Mention) and mention.sort == "name" \
                    and _THAT_IS.search(self.masked, max(floor, mention.start - 12), mention.start):
                mention = None  # "denizens of the hall of mirrors that is Trump World told me": a predicate
            if mention is None and _INFINITIVE.search(self.masked, max(floor, match.start() - 24), match.start()):
                mention = "inherit"  # "David Auerbach went so far as to say:": the main clause's subject
            elif mention is None and not low.endswith("ing"):
                mention = self._with_subject(floor, match.start(), False)
            addressed = low in _ADDRESSING_CUES  # "told CBS News": who follows is spoken to
            if mention is not None and mention != "inherit" and not addressed \
                    and (self._trailing_speaker(match, floor, ceiling)
                         or self._clause_before_name(mention, match, floor, ceiling)):
                mention = None  # "…, said Marla Kilfoyle, executive director": inverted
            if mention == "inherit" or (mention is None and low.endswith("ing")):
                mention = (self._with_subject(floor, match.start(), low.endswith("ing"))
                           or _after_quote(self.masked, hits, sentence)
                           or _just_before(self.masked, hits, sentence, match.start())
                           or self.opening_subject(floor, match.start()) or _appositive_subject(self, floor, match.start())
                           or _inherit(hits, sentence) or self.clause_subject(floor, match.start())
                           or self._sentence_subject(floor, match.start())
                           or self._opening_participle(hits, sentence, floor, match.start()))
            elif mention is None and not addressed and low not in _TRANSITIVE_CUES \
                    and not self.masked.startswith(" that ", match.end()) \
                    and (self._inverted(floor, match.start()) or self._led_in(floor, match.start())):
                mention = _m.noun_phrase_forward(self.masked, match.end(), ceiling)
                if mention is not None and (mention.text in _CALENDAR
                                            or _CLAUSE_VERB.match(self.masked, mention.end, ceiling)):
                    mention = None  # "''…,'' said the candidate could win": the subject of what was said
                elif mention is not None and mention.sort == "descriptor":
                    named = _apposed(self, mention, ceiling)  # "said the bureau's director, James B. Comey,"
                    if named is not None:
                        mention = _m._with_title(named, mention.text)
                elif mention is not None:
                    mention = _m.appositive_after(self.masked, mention, ceiling)
        if mention is None or mention == "inherit" or (low in _NAMING_CUES and (
                self._object_named(mention) or self._thing_named(mention, match.end()))):
            return None
        if low in _LOOSE_CUES and (_word_before(self.masked, floor, match.start()) in _TIME_OPENERS
                                   or _word_before(self.masked, floor, mention.start) in _TIME_OPENERS):
            return None  # "once agreed", "as Blumenthal spoke": a clause of time reports no words
        if not _can_speak(mention, self.masked):
            return None  # "When asked …, Canova … said": "When" is no subject; a cue with none signs nothing
        return Hit(match.start(), match.end(), cue, sentence, mention, via=via)

    def _opening_participle(self, hits: list[Hit], sentence: int, floor: int, cue_start: int) -> Optional[_m.Mention]:
        """``Maher stated … that the report "wasn't good." Adding, "…"``: a
        participle opening its sentence goes on with the last cue's subject
        of the sentence before, in the same paragraph."""
        if not _BLANK.fullmatch(self.masked, floor, cue_start) or not hits or hits[-1].sentence != sentence - 1 \
                or self.paragraph(hits[-1].start) != self.paragraph(cue_start):
            return None
        return hits[-1].mention

    def _with_subject(self, floor: int, cue_start: int, participle: bool) -> Optional[_m.Mention]:
        """``…, with one of her ads asking, "…"``, ``with Lewandowski taking
        to Twitter to call Fields "…"``: "with", a phrase and a participle
        (the cue itself or one before an infinitive cue) make the phrase
        the participle's subject, not the sentence's."""
        at = self.masked.rfind("with ", max(floor, cue_start - 80), cue_start)
        if at < 0 or self.masked[at - 1:at].isalnum() or _CLAUSE_BREAK.search(self.masked, at, cue_start):
            return None
        mention = _m.noun_phrase_forward(self.masked, at + 4, cue_start)
        if mention is None or mention.sort == "pronoun" or mention.possessor:
            return None
        rest = self.masked[mention.end:cue_start].split()
        if participle and not rest:
            return mention
        return mention if not participle and rest and rest[0].endswith("ing") and rest[-1] == "to" else None

    def _used_as_noun(self, floor: int, cue_start: int) -> bool:
        """``his series of early-morning tweets``, ``32% of Republican
        claims``: after a determiner, a preposition, a hyphenated modifier
        or a word that follows a preposition, the word is a plural noun."""
        before = self.masked[max(floor, cue_start - 40):cue_start].split()
        if not before:
            return False
        prev = before[-1].lower()
        if prev.endswith(","):
            return False  # "Jan Brewer, an early supporter of Trump, calls": the appositive ended
        if prev in words("determiners") or prev in _BEFORE_NOUNS or ("-" in prev and prev.islower()):
            return True
        if prev.isdigit() or (prev.islower() and prev.endswith(_ADJECTIVE_ENDS)) or prev in _NOUN_MODIFIERS:
            return True  # "2013 comments from", "surprisingly positive comments": a noun
        if len(before) > 1 and before[-2].endswith(("’s", "'s")) and prev.islower():
            return True  # "Trump’s repeated calls": a possessive and a modifier
        return len(before) > 1 and before[-2].lower() in _BEFORE_NOUNS and prev not in words("pronouns")

    def _after_article(self, floor: int, cue_start: int) -> bool:
        """``a snappy retort``, ``his boast``, ``the claim``, ``explosive
        claim``: a base form right after a determiner or an adjective, or
        after "a" and one lowercase word, is a noun ("a senator claims"
        would be the verb's form)."""
        before = self.masked[max(floor, cue_start - 30):cue_start].split()
        if before and (before[-1].lower() in words("determiners")
                       or (before[-1].islower() and before[-1].endswith(_ADJECTIVE_ENDS))):
            return True  # "Podliska's most explosive claim is that": an adjective before it
        return len(before) > 1 and before[-2].lower() in ("a", "an") and before[-1].islower()

    def _author(self, document: _m.Mention, ceiling: int) -> Optional[_m.Mention]:
        """``according to a court document filed by state attorney Dave
        Aronberg``: whoever filed, issued or wrote a document speaks through
        it ("a copy reviewed by The Post" is no author)."""
        match = _AUTHORED_BY.match(self.masked, document.end, ceiling)
        return _m.noun_phrase_forward(self.masked, match.end(), ceiling) if match else None

    def _agent(self, cue_end: int, ceiling: int) -> Optional[_m.Mention]:
        """The speaker of a passive cue is its agent, after "by", or nobody:
        in ``Pence was asked about the comment`` Pence speaks no quote."""
        match = _BY_AGENT.match(self.masked, cue_end, ceiling)
        return _m.noun_phrase_forward(self.masked, match.end(), ceiling) if match else None

    def _object_named(self, mention: _m.Mention) -> bool:
        """``shared a syllabus for a class called "Perception"``: a thing
        after a verb or a preposition, then "called", is being named, not
        speaking."""
        if mention.sort != "descriptor":
            return False
        before = self.masked[max(0, mention.start - 20):mention.start].split()
        return bool(before) and before[-1].isalpha() and before[-1].islower() and before[-1] not in _m.CONJUNCTIONS

    def _thing_named(self, mention: _m.Mention, cue_end: int) -> bool:
        """``A German news organization called “The Local”``: a thing
        introduced with "a", then "called" and a quotation, is its name."""
        return mention.sort in ("descriptor", "organisation") and mention.text.lower().startswith(("a ", "an ")) \
            and not _m._role(mention) and self.masked[cue_end:cue_end + 2].lstrip()[:1] == _m.MASK

    def channel(self, hit: Hit) -> tuple[Optional[str], Optional[str]]:
        """The channel of a cue: after it in its sentence, else before it.

        Looked for only for cues that carry a quote, not for every cue."""
        if not hit.cue:
            return None, None
        key = (hit.start, hit.end)
        if key not in self._channels:
            self._channels[key] = self._find_channel(hit)
        return self._channels[key]

    def _find_channel(self, hit: Hit) -> tuple[Optional[str], Optional[str]]:
        floor, ceiling = self.sentence_bounds(hit.sentence)
        channel, kind = _channels.find_channel(self.masked, hit.start, min(ceiling, hit.end + CHANNEL_REACH))
        if channel is None:
            mention, before = hit.mention, hit.start
            if mention.end <= hit.start and _APPOSITIVE.fullmatch(self.masked, mention.end, hit.start):
                before = mention.start  # "Xinhua, the official Chinese news agency, wrote": the speaker described
            channel, kind = _channels.find_channel(self.masked, max(floor, hit.start - CHANNEL_REACH), before)
        if channel is None:
            channel, kind = _channels.tweeted_channel(hit.cue)
        if hit.via is not None and channel is None:
            channel, kind = hit.via.name or hit.via.text, "news agency"
        return channel, kind

    def _speaker_events(self) -> list:
        """(offset, order, full name, title) of every named person who speaks."""
        out = []
        for hit in self.hits:
            mention = hit.mention
            if mention.sort != "name" or (hit.cue.lower().startswith("according") and mention.text.startswith("the ")):
                continue  # "according to the Philippine Star": a newspaper, no person a pronoun names
            name = mention.name
            if " " not in name:
                if name not in self.names and ("titled", name) not in self.names:
                    continue  # a lone capitalised word speaks as a person when met in full or titled
                if name in self.names:
                    name = _namesake(self.names, name, mention.title)[0] or name  # "Mr. Trump" is not Melania Trump
            if _outlet(name) or name.lower() in words("places"):
                continue  # "The Associated Press reported"; "Fox said" is Vicente Fox, met in full; "in New Hampshire"
            out.append((mention.start, len(out), name, mention.title or ""))
        return out

    def _led_in(self, floor: int, cue_start: int) -> bool:
        """``In other words, explained CBS moderator Nancy Cordes:``: a
        leading phrase and its comma, then the cue, which is inverted."""
        return floor < cue_start and _LEADING_PHRASE.fullmatch(self.masked, floor, cue_start) is not None

    def _inverted(self, floor: int, cue_start: int) -> bool:
        """``"…," said X``: nothing but a quote and punctuation before the cue."""
        before = _stripped_tail(self.masked, floor, cue_start, " ,\t'’\"”")
        if before.endswith(("—", "–", "―", "-")):  # '"…" — said X', not 'X -- who lost to Obama -- said'
            return _stripped_tail(self.masked, floor, cue_start, " ,\t'’\"”—–―-").endswith(_m.MASK) \
                or not before.rstrip("—–―- \t")
        return (not before or before.endswith(_m.MASK)
                or _stripped_tail(self.masked, floor, cue_start, " \t").endswith(","))

    def _trailing_speaker(self, match: re.Match, floor: int, ceiling: int) -> bool:
        """``"…" about X and Y, said Marla Kilfoyle, …``: after a comma, in a
        sentence that quotes, a name closed by punctuation follows the cue."""
        if not _stripped_tail(self.masked, floor, match.start(), " \t").endswith(","):
            return False
        quoted_before = self.quoted_between(floor, match.start())
        if not quoted_before and not self.quoted_between(match.end(), ceiling):
            return False  # no quote in the sentence, before the cue or after it
        ahead = _m.noun_phrase_forward(self.masked, match.end(), ceiling)
        if ahead is None or ahead.sort == "pronoun" or ahead.text in _CALENDAR or _m.is_adverb(ahead.text):
            return False  # "…, said Sunday.", "…, said dryly.": a day or an adverb, not a speaker after the cue
        rest = self.masked[ahead.end:ahead.end + 4].lstrip()
        if not quoted_before:  # "Because of how …, explained Rosenberg, “with this …”": the quote follows
            if ahead.sort == "name" and rest[:1] == "," and match.group().lower() in ("says", "said") \
                    and _m.is_capital(ahead.text):
                return True  # "The paradox of Nancy, says Carl Anthony, historian …, is that she was "…""
            return ahead.sort == "name" and rest[:1] in (",", ":") and rest[1:].lstrip()[:1] == _m.MASK
        return not rest or rest[0] in ",.;"

    def _clause_before_name(self, mention: object, match: re.Match, floor: int, ceiling: int) -> bool:
        """``Nor are tariffs likely to bring many of these jobs back, said
        David Autor, a professor``: a clause, its comma, then "said" and a
        full name set off by punctuation; the words before are no subject."""
        if not isinstance(mention, _m.Mention) or match.group().lower() not in ("said", "says"):
            return False
        if not (mention.sort == "descriptor" and not _m._role(mention)
                or mention.sort == "name" and match.start() - mention.end > _FAR_SUBJECT):
            return False  # "Obama, in a statement, said Smith had lied": a name near the cue may be its subject
        if not _stripped_tail(self.masked, floor, match.start(), " \t").endswith(","):
            return False
        ahead = _m.noun_phrase_forward(self.masked, match.end(), ceiling)
        if ahead is None or ahead.sort != "name" or " " not in ahead.name or not _m.is_capital(ahead.text):
            return False
        return self.masked[ahead.end:ahead.end + 2].lstrip()[:1] in (",", ".")

    def _quoted(self, match: re.Match, floor: int, ceiling: int):
        """``RIA quoted Ryabkov as saying`` -> Ryabkov, via RIA."""
        after = self.masked[match.end():ceiling]
        as_saying = after.find(" as saying")
        if 0 < as_saying < 80:
            speaker = _m.noun_phrase_forward(self.masked, match.end(), match.end() + as_saying)
            source = _m.subject_before(self.masked, floor, match.start())
            return speaker, source if isinstance(source, _m.Mention) else None
        subject = _m.subject_before(self.masked, floor, match.start())
        return (subject if isinstance(subject, _m.Mention) else None), None

    def _sentence_subject(self, floor: int, limit: int) -> Optional[_m.Mention]:
        """The phrase opening a sentence, when it is a name or a pronoun.

        A leading adverbial ("On Friday,", "Here in Columbia,") or a
        subordinator ("When") is stepped over first.
        """
        mention = _m.noun_phrase_forward(self.masked, _lead_end(self, floor, limit), limit)
        if mention is not None and mention.sort == "descriptor" and mention.text.lower() in _m._BARE_TITLES:
            mention = self._titled_name_to_comma(mention.start, limit)  # "Former prosecutor and … Rudy Giuliani,"
        if mention is not None and _m.POSSESSIVE.search(mention.text.split()[0]) and mention.sort == "name":
            named = self._apposed_after_role(mention, limit)
            if named is not None:
                return named  # "Trump’s Virginia state director, Mike Rubino, reached out …, writing"
        if mention is not None and (_role_after(mention, ("The ", "the ", "A ", "a ")) or (
                mention.sort == "descriptor" and _m._role(mention) and _plural(mention))):
            return mention  # "Hundreds of pro-Sanders demonstrators marched …, chanting": a group speaks
        if mention is not None and mention.sort == "name" and _m.POSSESSIVE.search(mention.text):
            mention = self._possessed_subject(mention, limit)
            return None if mention.text.lower() in ("it’s", "it's") else mention
        if mention is None or mention.sort not in ("name", "pronoun", "organisation") or mention.text.lower() == "it":
            return None  # "It was a strange night, calling to mind …": no one speaks
        return mention

    def _apposed_after_role(self, mention: _m.Mention, limit: int) -> Optional[_m.Mention]:
        """The name set off by commas after a possessive phrase whose
        lowercase role the walk stopped before: "Trump’s Virginia" and
        "state director" are one description of Mike Rubino."""
        comma = self.masked.find(",", mention.end, min(limit, mention.end + 40))
        rest = self.masked[mention.end:comma].split() if comma > 0 else []
        if not rest or not all(word.isalpha() and word.islower() for word in rest) \
                or _m.bare(rest[-1]) not in words("role_nouns") | words("titles"):
            return None
        role = _m.classify(self.masked, _m.tokens(self.masked, mention.start, comma))
        named = _apposed(self, role, limit)
        return _m._with_title(named, role.text) if named is not None and not named.title else named

    def _titled_name_to_comma(self, start: int, limit: int) -> Optional[_m.Mention]:
        """The titled full name from ``start`` to the next comma, within 100
        characters: ``Former prosecutor and New York City Mayor Rudy Giuliani,``."""
        comma = self.masked.find(",", start, min(limit, start + 100))
        if comma < 0:
            return None
        mention = _m.classify(self.masked, _m.tokens(self.masked, start, comma))
        return mention if mention is not None and mention.sort == "name" and " " in mention.name else None

    def _possessed_subject(self, possessive: _m.Mention, limit: int) -> Optional[_m.Mention]:
        """``Hillary Clinton’s right-hand woman rallied supporters``: the
        subject is what the possessive opens, up to its verb, never the
        possessor; ``Ryan’s campaign shrugged off`` is Ryan's."""
        toks = _m.tokens(self.masked, possessive.start, min(limit, possessive.end + 120))  # six words are read
        first = next((k for k, t in enumerate(toks) if t[1] >= possessive.end), len(toks)) + 1
        k = first
        while k < min(first + 5, len(toks)):
            word = toks[k][2]
            if not word.islower() or _m._stop(word) or (k > first and _m._verb_between(toks, k)):
                break
            k += 1
        if k == first or _m.bare(toks[k - 1][2]) in _m.CAMPAIGN_HEADS \
                or _m.bare(toks[first - 1][2])[:-2] in words("pronouns"):
            return possessive  # the campaign speaks for Ryan; "It’s become" is "it is"
        mention = _m.classify(self.masked, toks[:k])
        return mention if mention is not None and mention.sort == "descriptor" else possessive

    def opening_subject(self, floor: int, limit: int) -> Optional[_m.Mention]:
        """The named subject of the sentence's main clause, with its verb:
        ``Carson shared a syllabus …, writing "…"`` is Carson's, not the
        syllabus's. Looked for at the sentence start and after a leading
        phrase closed by a comma (``Hours later, Trump returned …``)."""
        for start in self._clause_starts(floor, min(limit, floor + 200)):
            match = _OPENING.match(self.masked, start, limit)
            if match is None:
                continue
            mention = self._subject_at(match.start("np"), match.end("np"))
            if mention is not None:
                return mention
        return None

    def _clause_starts(self, floor: int, limit: int) -> list:
        """The sentence start and the first three commas after it: where a
        main clause may open after leading phrases ("Speaking in Salem, New
        Hampshire, Trump went after Bush")."""
        starts = [floor]
        comma = self.masked.find(",", floor, limit)
        while comma >= 0 and len(starts) < 4:
            starts.append(comma + 1)
            comma = self.masked.find(",", comma + 1, limit)
        return starts

    def _subject_at(self, start: int, end: int) -> Optional[_m.Mention]:
        toks = _m.tokens(self.masked, start, end)
        if toks and toks[0][2].lower() in _CLAUSE_OPENERS:
            return None  # "When Wallace died in 1998, President Clinton released": the clause after the comma
        if len(toks) == 1 and _m.bare(toks[0][2]) in words("pronouns"):
            low = _m.bare(toks[0][2])
            return _m.Mention(toks[0][0], toks[0][1], toks[0][2], "pronoun") if low != "it" else None
        mention = _m.classify(self.masked, toks)
        if mention is not None and _definite_role(mention):
            return mention
        if mention is None or mention.sort not in ("name", "organisation") or mention.possessor:
            return None
        if mention.sort == "name" and " " not in mention.name and mention.name not in self.names and not mention.title:
            return None  # a lone capitalised word names a person only when met in full or titled ("Mr. Putin")
        return mention

    def clause_subject(self, floor: int, limit: int) -> Optional[_m.Mention]:
        """The last subject-like phrase before ``limit``: a subjective pronoun
        or a name followed by a lowercase word, not after a preposition."""
        best = None
        floor = max(floor, limit - _m.WINDOW)
        for match in _SUBJECT.finditer(self.masked, floor, limit):
            before = self.masked[max(floor, match.start() - 15):match.start()].split()
            if before and (before[-1].lower() in words("prepositions") or before[-1].lower() in ("the", "a", "an")
                           or _object_after(before[-1])):
                continue
            if before and before[-1] == "of" and match.group("np").lower() in words("places"):
                continue  # "Senator Bernie Sanders of Vermont endorsed": Vermont is where he is from
            if len(before) > 1 and before[-1].lower() in _QUESTION_WORDS \
                    and before[-2].lower() in words("prepositions"):
                continue  # "questions on who Cameron would like to see win": the subject of a question asked about
            if before and before[-1].lower() == "whether":
                continue  # "Trump is questioning whether President Barack Obama would have attended": asked about
            if match.group("np").lower() in words("nationalities"):
                continue  # "A group of Mexican comedians is": an adjective before a plural, no subject
            if match.group("np").lower() in _NEVER_NAMES:
                continue  # "The retired neurosurgeon": "The" and a past participle are no subject and verb
            best = match
        if best is None:
            return None
        toks = _m.tokens(self.masked, best.start(), best.end("np"))
        while len(toks) > 1 and toks[0][2] in _OPENING_CONJUNCTIONS:
            toks = toks[1:]  # "And Trump issued an explicit warning": Trump
        if len(toks) == 1 and _m.bare(toks[0][2]) in words("pronouns"):
            if _m.bare(toks[0][2]) == "it":
                return None  # "It was a strange night, calling …": a thing, not a speaker
            return _m.Mention(toks[0][0], toks[0][1], toks[0][2], "pronoun")
        mention = _m.classify(self.masked, toks)
        return mention if mention is not None and mention.sort in ("name", "organisation") else None


_QUESTION_WORDS = frozenset("what whether who whom".split())
#: A lowercase word after a phrase: its verb. A contracted negation inside a phrase: it ran into its verb.
_LOWER_WORD = re.compile(r"[ \t]+[a-z]")
_VERB_INSIDE = re.compile(r"n[’']t\b")
#: How far into its sentence (characters) a pronoun may stand after a leading clause.
_LEAD_CLAUSE_REACH = 300
#: A clause opening a sentence whose subject a pronoun after its comma may take up.
_LEAD_CLAUSE = re.compile(r"\s*(?:While|When|As|After|Although|Though|Because|Before|Since|Once|Until)[ \t]+")
#: Before a name: what the thing named before is ("the hall of mirrors that is Trump World"), no speaker.
_THAT_IS = re.compile(r"\b(?:that|which)[ \t]+(?:is|was)[ \t]+$")
#: Conjunctions capitalised at a sentence's opening, never a name's first word.
_OPENING_CONJUNCTIONS = frozenset("And But Nor Or So Yet".split())


def _object_after(word: str) -> bool:
    """``advising Williams College graduates``: a phrase after a lowercase
    participle or past verb is its object, not a clause's subject."""
    if "-" in word:
        return False  # "the left-leaning Brookings Institution": an adjective
    return word.islower() and (word.endswith("ing") or word in words("past_verbs") or word in words("cue_verbs"))


def _definite_role(mention: _m.Mention) -> bool:
    """``The Florida senator``, ``the GOP nominee``: a definite role opening a
    clause is a person the resolver can name (the last one who spoke)."""
    return _role_after(mention, ("The ", "the "))


def _role_after(mention: _m.Mention, articles: tuple) -> bool:
    """Is the phrase a role description without a possessor opening with
    one of ``articles``? With "a" (``A Clinton campaign official``) it is
    one of a group and speaks as written."""
    return (mention.sort == "descriptor" and not mention.possessor and mention.text.startswith(articles)
            and _m.bare(mention.text.split()[-1]) in _ROLES_AND_TITLES)


_LEADING = re.compile(r"(?:(?:[A-Z][a-z]+ly|[A-Z][a-z]+ing|Asked|On|In|At|Here|There|Now|Later|Earlier|Still|Yet|After|Before|During|Since|"
                      r"Meanwhile|However|Then|Last|This|Today|Outside|Inside|Amid|Despite|Across|Throughout|Beyond|Behind|"
                      r"When|While|If|Although|Though|As|Wherever|Whenever|Because|Once|Until|Unless)\b[^,\ue000\n]{0,100},\s*|(?:When|While|As|After|Before|If|"
                      r"Although|Though|But|And|So|Yet)\s+)")
#: Irregular past tenses that follow a subject ("Trump went even further"), from data/past_verbs.txt.
_PAST = "|".join(sorted(words("past_verbs"), key=len, reverse=True))
#: A name or a subjective pronoun opening a clause, then (an adverb and) its verb.
_OPENING = re.compile(r"\s*(?:(?:But|And|Yet|So|Then|Still|Later|Now)[ \t]+(?:then[ \t]+)?)?"
                      r"(?P<np>[Hh]e|[Ss]he|I|[Ww]e|[Tt]hey|(?:[A-Z][\w’'\-]*\.?[ \t]){0,4}[A-Z][\w\-]*[a-z])(?![’'\w])[ \t]+(?:[a-z]{2,}ly[ \t]+|also[ \t]+|then[ \t]+)?"
                      r"(?:has|have|had|was|is|were|are|will|would|(?:did|does|could|can|should)(?:n[’']t)?|[a-z]{2,}(?:ed|s)|"
                      + _PAST + r")\b")
_SUBJECT = re.compile(r"(?<![\w’'\-])(?P<np>[Hh]e|[Ss]he|I|[Ww]e|[Tt]hey|(?:[A-Z][\w’'\-]*\.?\s){0,3}[A-Z][\w\-]*[a-z])(?![’'\w])"
                      r"(?=\s+(?:[a-z]{2,}ly\s+|(?:during|on|last|this)\s+(?:a\s+)?[A-Z][a-z]+day\s+)?"
                      r"(?:has|have|had|was|is|were|are|will|would|also|[a-z]{2,}(?:ed|s)\b))")


def _after_quote(masked: str, hits: list[Hit], sentence: int) -> Optional[_m.Mention]:
    """``"…," he said, adding``: the last cue of the sentence signs a quote
    just before it, so its subject, not the sentence's, goes on speaking."""
    if hits and hits[-1].sentence == sentence and hits[-1].mention is not None:
        mention = hits[-1].mention
        if masked[max(0, mention.start - 3):mention.start].rstrip(" ,").endswith(_m.MASK):
            return mention
    return None


def _just_before(masked: str, hits: list[Hit], sentence: int, cue_start: int) -> Optional[_m.Mention]:
    """``Mr. Trump will speak, Mr. Manafort said, adding``: a participle right
    after another cue (a comma between) goes on with that cue's subject."""
    if hits and hits[-1].sentence == sentence and hits[-1].mention is not None \
            and cue_start - hits[-1].end <= 8 and masked[hits[-1].end:cue_start].strip() == ",":
        return hits[-1].mention
    return None


def _inherit(hits: list[Hit], sentence: int) -> Optional[_m.Mention]:
    """``X said …, adding: "…"``: the participle's subject is the clause's."""
    for hit in reversed(hits):
        if hit.sentence != sentence:
            return None
        if hit.mention is not None and hit.mention.text.lower() not in _RELATIVES:
            return hit.mention  # "Mr. Trump, who said …, issued a statement saying": not the aside's "who"
    return None


_RELATIVES = frozenset(("who", "which"))


def _stripped_tail(text: str, start: int, end: int, chars: Optional[str]) -> str:
    """The end of ``text[start:end].rstrip(chars)``, read from a short tail:
    the same suffix as the whole slice, at the cost of the tail, not of a
    sentence that may be the whole article."""
    low = max(start, end - 200)
    tail = text[low:end].rstrip(chars)
    while not tail and low > start:
        low = max(start, low - 4000)
        tail = text[low:end].rstrip(chars)
    return tail


_BLANK = re.compile(r"\s*")


def _mask(text: str, spans: list[Span]) -> str:
    """The text with every outermost quotation blanked to MASK characters,
    and no-break and thin spaces read as spaces (one character each, so
    offsets stay those of the text): ``said\u00a0Smith`` is "said Smith".
    Invisible marks (a soft hyphen, a zero-width space, a byte-order mark,
    a direction mark) are read as spaces too: ``Sergei \u00adRyabkov said``
    names Sergei Ryabkov."""
    parts = []
    last = 0
    for span in _outermost(spans):
        parts.append(text[last:span.open_at])
        parts.append(_m.MASK * (span.close_at - span.open_at))
        last = span.close_at
    parts.append(text[last:])
    masked = "".join(parts)
    for space in _ODD_SPACES:
        if space in masked:
            masked = masked.replace(space, " ")
    return masked


_ODD_SPACES = ("\u00a0", "\u2007", "\u2009", "\u202f", "\u00ad", "\u200b", "\u200e", "\u200f", "\u2060", "\ufeff",
               "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069")


def _outermost(spans: list[Span]) -> list[Span]:
    out = []
    reach = -1
    for span in sorted(spans, key=lambda s: (s.open_at, -s.close_at)):
        if span.open_at >= reach:
            out.append(span)
            reach = span.close_at
    return out


def _sentence_starts(masked: str, text: str, spans: list[Span]) -> list[int]:
    """Sentence starts in masked text; a quote ending in "." may end one."""
    ends_sentence = {s.close_at for s in spans if text[s.start:s.end].rstrip()[-1:] in (".", "!", "?", "…")}
    starts = [0]
    for match in _BOUNDARY.finditer(masked):
        end = match.end()
        token = match.group()
        if token == _m.MASK and end not in ends_sentence:
            continue
        if token[0] == "." and _abbreviation_before(masked, match.start()):
            continue
        if masked[end + 1:end + 2].isdigit() and not _NUMBER_OPENS.match(masked, end):
            continue  # "Sept. 11", "No. 1", "Rubio said Dec. 13": a digit opens a sentence only as "81-year-old"
        starts.append(end)
    return starts


def _abbreviation_before(masked: str, at: int) -> bool:
    """Is the word before a full stop an abbreviation ("Sen.", "U.S.", "J.")?

    The word is the run of letters and dots before ``at``. Mostly it is
    letters back to a space, which two calls in C find; otherwise the run
    is walked back character by character."""
    space = masked.rfind(" ", max(0, at - 12), at)
    if space >= 0 and masked[space + 1:at].isalpha():
        word = masked[space + 1:at]
        return word.lower() in ABBREVIATIONS or (len(word) == 1 and word.isupper())
    start = at
    while start > 0 and (masked[start - 1].isalpha() or masked[start - 1] == "."):
        start -= 1
    word = masked[start:at]
    if _DOMAIN.fullmatch(word):
        return False  # "according to Tchadinfos.com. “He had …": a web address ends the sentence
    return word.lower() in ABBREVIATIONS or (len(word) == 1 and word.isupper()) or "." in word


#: A web address: a name of two letters or more and a top-level domain ("MoveOn.org", "Mic.com"), no "U.S." or "a.m.".
_DOMAIN = re.compile(r"[A-Za-z]{2,}(?:\.[A-Za-z]{2,})*\.(?:com|edu|gov|net|org)")


def _index_names(masked: str, sent_starts: list) -> tuple[dict, list, list]:
    """Surname -> (full name, title), where persons are named (subjects
    only), and where persons known only by a titled surname are (``President
    Obama``, never named in full: an antecedent for a pronoun, too loose for
    anything else)."""
    names: dict = {}
    persons: list = []
    titled: list = []
    title_end = masked.find("\n")
    if title_end < 0:
        title_end = len(masked)  # one line: all of it is the title line
    headline_end = title_end if _headline_case(masked[:title_end]) else 0
    for match in _NAME_RUN.finditer(masked):
        run = match.group()
        if " " not in run and "\t" not in run:
            if run in names and _is_subject_position(masked, match.start(), match.end()):
                persons.append((match.start(), len(persons), names[run][0], names[run][1] or ""))
            elif ("titled", run) in names and _is_subject_position(masked, match.start(), match.end()):
                titled.append((match.start(), len(titled), run, names[("titled", run)]))  # "President Obama's … Obama"
            elif len(names.get(("given", run), ())) == 1 and _opens_sentence_at(masked, match.start(), sent_starts):
                full = next(iter(names[("given", run)]))  # "Megyn was incredulous.": Megyn Kelly, the one Megyn met
                persons.append((match.start(), len(persons), full, names[_surname(full)][1] or ""))
            continue
        at = 0
        for cut in _sentence_ends(run) if ". " in run else ():
            _index_run(masked, match.start() + at, run[at:cut], names, (persons, titled), title_end, headline_end)
            at = cut + 2  # "Hillary Clinton. Bernie Sanders spoke": two sentences, two names
        _index_run(masked, match.start() + at, run[at:], names, (persons, titled), title_end, headline_end)
    return names, persons, titled


def _headline_case(line: str) -> bool:
    """Is ``line`` a heading with every longer word capitalised ("Trump
    Signals Openness to a 'New Deal' to Constrain Iran.")? Its runs of
    capitals are no names unless they open with a given name."""
    long = _LONG_WORD.findall(line)
    return len(long) >= 2 and all(word[0].isupper() for word in long)


def _heading_speaker(masked: str, at: int, end: int) -> bool:
    """Does the run at ``at``..``end`` open the title line before a colon,
    as a speaker heads the words (``Cecile Richards: ‘I’m Sick Of …’``)?"""
    return not masked[:at].strip() and masked[end:end + 1] == ":"


#: Words of four letters or more, for telling a heading in headline case.
_LONG_WORD = re.compile(r"[^\W\d_]{4,}")


def _opens_sentence_at(masked: str, at: int, sent_starts: list) -> bool:
    """Does the word at ``at`` open a sentence or a paragraph, also after
    a quotation that ended one (``''scientific understanding.'' James has``)?"""
    before = masked[max(0, at - 3):at]
    if at == 0 or before.endswith("\n") or before.rstrip(" \t").endswith((".", "!", "?")) \
            and before.endswith((" ", "\t")):
        return True
    index = bisect.bisect_right(sent_starts, at) - 1
    return index > 0 and not masked[sent_starts[index]:at].strip()


def _sentence_ends(run: str) -> list:
    """Offsets of the full stops inside a run that end a sentence: after a
    word of two letters or more that is no abbreviation ("Mr.", "Jr.",
    "H.W." keep the run whole), or before a pronoun, whatever stands before."""
    ends = []
    at = run.find(". ")
    while at > 0:
        word = run[:at].rsplit(None, 1)[-1]
        after = _m.POSSESSIVE.sub("", run[at + 2:].split(None, 1)[0]).lower()
        if _stop_ends_sentence(word + ".") or after in words("pronouns"):  # "World War Z. He's": no name holds "He"
            ends.append(at)
        at = run.find(". ", at + 2)
    return ends


def _stop_ends_sentence(word: str) -> bool:
    """Does a word with its full stop ("Ball.") end a sentence: two letters
    or more, no abbreviation ("Mr.", "Jr."), no initials ("H.W.")?"""
    stem = word[:-1]
    return word.endswith(".") and len(stem) > 1 and "." not in stem and not stem.isupper() \
        and stem.lower() not in ABBREVIATIONS


def _index_run(masked: str, at: int, run: str, names: dict, found: tuple[list, list], title_end: int,
               headline_end: int) -> None:
    """Index one run of capitalised words found at ``at`` into ``names`` and
    ``found`` (persons, titled); ``title_end`` is where the title line ends,
    ``headline_end`` the same when it is in headline case, else 0."""
    persons, titled = found
    end = at + len(run)
    if " " not in run and "\t" not in run:
        if run in names and _is_subject_position(masked, at, end):
            persons.append((at, len(persons), names[run][0], names[run][1] or ""))
        elif ("titled", run) in names and _is_subject_position(masked, at, end):
            titled.append((at, len(titled), run, names[("titled", run)]))  # "President Obama's advice … Obama departs"
        return
    read = _RUNS.get(run, _m._MISSING)
    if read is _m._MISSING:
        if len(_RUNS) > _m._CACHE_LIMIT:
            _RUNS.clear()
        read = _RUNS[run] = _read_run(run)
    if read is None:
        return
    offset, full, title, single, possessive = read
    start = at + offset
    if not single and at < headline_end and not _given(full.split()[0]) and not _heading_speaker(masked, at, end):
        return  # "… to Constrain Iran.", "Trump Signals Openness" on a title line in headline case: no name
    if not single:
        surname = _surname(full)
        known = names.setdefault(surname, (full, title))
        if known[0] != full and known[0].endswith(" " + full) and ("title line", surname) in names \
                and _given(full.split()[0]):
            names[surname] = (full, title)  # "U.S. Nominates Jim Yong Kim" on the title line, then "Jim Yong Kim"
        if at < title_end:
            names[("title line", surname)] = True
        names.setdefault(("words",), set()).update(full.split())
        if full.split()[0].isalpha():
            names.setdefault(("given", full.split()[0]), set()).add(full)
        if _GIVEN_AFTER.fullmatch(full):
            names.setdefault(full.split()[0], (full, title))  # "Ban Ki-moon" is "Ban" alone: the family name first
        if names[surname][0] != full:  # "Melania Trump", then "Donald Trump": the other is kept too
            namesakes = names.setdefault((surname,), [])
            if (full, title) not in namesakes:
                namesakes.append((full, title))
        if not possessive and not _outlet(full) and _is_subject_position(masked, start, end):
            persons.append((start, len(persons), full, title or ""))  # "Breitbart News has released": no person
    elif full in names:
        person = _namesake(names, full, title)
        said = _gender("", title or "")
        if person[0] is not None and said is not None:
            names.setdefault(("gender", person[0]), said)  # "Ms. Tlaib": Rashida Tlaib is no "he"
        if possessive or not _is_subject_position(masked, start, end) or masked[max(0, start - 3):start] == "of ":
            return  # "speaking highly of Mr. Trump": an object
        if person[0] is not None:
            persons.append((start, len(persons), person[0], person[1] or ""))
        else:  # "Mr. Trump" where only Melania Trump was named in full: a person all the same
            titled.append((start, len(titled), full, title))
    elif _person_titled(full, title, names):
        names.setdefault(("titled", full), title)  # "President Obama", never met in full: a person all the same
        if not possessive and _is_subject_position(masked, start, end):
            titled.append((start, len(titled), full, title))


def _namesake(names: dict, surname: str, title: Optional[str]) -> tuple:
    """The full name a surname joins: the first met, unless the title
    says the other gender (``Mr. Trump`` after ``Melania Trump``); then
    another person of that surname whose first name fits, or (None, None)."""
    full, known = names[surname]
    want = _gender("", title or "")
    if want is None or _gender(full, known or "") in (None, want):
        return full, known
    for other, other_title in names.get((surname,), ()):
        if _gender(other, other_title or "") == want:
            return other, other_title
    return None, None


def _person_titled(word: str, title: Optional[str], names: dict) -> bool:
    """Is ``word``, titled so and never met in full, a person: a person's
    title ("President", "Mr.", not "African" or "Democratic National"), a
    word not in capitals ("FULL TEXT."), and no part of a full name met
    ("Ms. Acosta" after "Melba Acosta Febo")?"""
    if not title or _m.bare(title.split()[-1]) not in words("titles") or word.isupper():
        return False
    return word not in names.get(("words",), ())


#: Capitalised in a headline, never inside a name ("… Says …", "… And …", "… Will Not Be …").
_NOT_IN_NAMES = (words("cue_verbs") | words("skip_words") | _m.CONJUNCTIONS | words("prepositions")
                 | frozenset("the will be not let is are was were".split())) - {"of"}
#: Run of capitalised words -> what _read_run made of it: runs recur.
_RUNS: dict = {}


def _read_run(run: str) -> Optional[tuple]:
    """(offset, name, title, single word?, possessive?) of the person a
    capitalised run names, or None. Depends on the run alone, so it is memoised."""
    toks = _m.tokens(run, 0, len(run))
    while toks and (_m.bare(toks[0][2]) in _FUNCTION_WORDS):
        toks = toks[1:]
    if not toks:
        return None
    if len(toks) >= 3 and any(_m.bare(word) in _NOT_IN_NAMES for _s, _e, word in toks[1:-1]):
        return None  # a headline in capitals ("Francois Hollande Says Donald Trump …"), not a name
    if len(toks) >= 2 and _epithet(toks[0][2]) and (len(toks) == 2 or _given(toks[1][2])):
        toks = toks[1:]  # "Understated Perez", "Embattled Hillary Clinton"; not "United Mine Workers"
    mention = _m.classify(run, toks)
    if mention is None or mention.sort != "name" or mention.possessor or mention.name.lower() in words("place_names"):
        return None  # "North Korea has already built": a place in subject position is no person
    parts = mention.name.split()
    capitalised = all((p[:1].isupper() and (not p.isupper() or _initial(p, k, parts)))
                      or (0 < k < len(parts) - 1 and p in _m._NAME_PARTICLES and p != "of")
                      for k, p in enumerate(parts))  # "Bill de Blasio"; "Footage of Al-Awlaki" is no name
    if parts[-1] in _CALENDAR:
        return None  # "Super Tuesday", "Black Friday": a day, no person
    if sum(1 for p in parts if len(p.rstrip(".")) > 1 and p.lower() not in _m._NAME_PARTICLES
           and p.rstrip(".") not in _SUFFIXES) > 4:
        return None  # "New Polls Show Double-Digit Gaps": a headline's words, no person's name
    possessive = _m._POSSESSIVE.search(parts[-1]) is not None
    name = _m._POSSESSIVE.sub("", mention.name) if possessive else mention.name
    if len(parts) >= 2 and capitalised and _surname(name) != parts[0]:
        return toks[0][0], name, mention.title, False, possessive  # "Donald J. Trump's remarks": a name, no subject
    if len(parts) == 1:
        return toks[0][0], name, mention.title, True, possessive
    return None


#: What may follow a name without lengthening it: "Jr", "III".
_SUFFIXES = frozenset("Jr Sr II III IV".split())
#: How many sentences back "it" looks for the thing it names.
_IT_REACH = 3


def _person_like(mention: _m.Mention) -> bool:
    """A description of a person ("the senator", "a top aide", "The GOP
    presidential candidate"): "it" never names one."""
    head = _m.bare((mention.title or mention.text).split()[-1])
    return head in _ROLES_AND_TITLES or head.rstrip("s") in words("role_nouns")


#: How many persons named since the last speaker a pronoun looks at for one opening a sentence.
_LEADING_LOOKS = 24
#: A participle opening a sentence: "Filling in for Sanders …,", "Speaking to reporters,".
_PARTICIPLE_LEAD = re.compile(r"[A-Z][a-z]+ing\b")
#: Prepositions and conjunctions opening a phrase or clause before a sentence's subject: "In a victory speech on
#: Tuesday night, Mr. Trump"; "As he held out the prospect of an agreement with Mr. Kim, Mr. Trump repeated".
_PHRASE_LEADS = frozenset("after amid as at before despite during for from in on over since when while with".split())
#: A possessive name opening a sentence: "Obama's remarks were", "But Donald Trump's latest victories".
_OPENING_POSSESSIVE = re.compile(r"\s*(?:(?:But|And|Yet|Still)[ \t]+)?(?P<np>(?:[A-Z][\w.\-]*[ \t]+){0,3}[A-Z][\w\-]*)['’]s[ \t]")
#: A name written family name first, the given name hyphenated: "Ban Ki-moon", "Kim Jong-un".
_GIVEN_AFTER = re.compile(r"[A-Z][a-z]+ [A-Z][a-z]+-[a-z]+")


#: Endings of given names that look like participles: Murshed, Saeed, Javed, Hamed, Majed, Zayed.
_GIVEN_ED = ("eed", "hed", "ved", "med", "jed", "yed")


def _epithet(word: str) -> bool:
    """``Understated``, ``Embattled``, ``Surging``: a capitalised participle
    before a name in a heading or a sentence's opening is no given name
    (``Alfred``, ``Sterling`` are, and are in the lexicons)."""
    low = word.lower()
    if len(low) <= 5 or not low.isalpha() or not low.endswith(("ed", "ing")) or low.endswith(_GIVEN_ED):
        return False
    return not _given(word)


def _given(word: str) -> bool:
    """Is ``word`` a given name of the lexicons?"""
    low = word.lower()
    return low in words("male_names") or low in words("female_names")


def _initial(part: str, k: int, parts: list) -> bool:
    """``Joseph R. Biden Jr.``, ``J. Edgar Hoover``, ``George H.W. Bush``:
    initials and a suffix belong to a name; a word in capitals ("NATO") does not."""
    if k < len(parts) - 1:
        return _m._INITIALS.fullmatch(part) is not None
    return part.lower().rstrip(".") in words("speaker_suffixes")


def _surname(full: str) -> str:
    """The word a lone mention of the person uses: the last, before a suffix ("Jr.")."""
    parts = full.split()
    while len(parts) > 1 and parts[-1].lower().rstrip(".") in words("speaker_suffixes"):
        parts.pop()
    return parts[-1]


_FUNCTION_WORDS = frozenset(words("determiners") | words("prepositions") | words("skip_words")
                            | frozenset("and or but when while if after before so yet meanwhile neither either nor"
                                        " though although because unless whereas despite maybe perhaps unlike wherever whenever".split())
                            | {cue.lower() for cue in _SENTENCE_OPENING_CUES if " " not in cue})


def _is_subject_position(masked: str, start: int, end: int) -> bool:
    """Not after a preposition, "the" or a verb, not modifying a noun nor
    asked about: may be a subject; so is a topic set before its clause
    ("As for Trump, he")."""
    before = masked[max(0, start - 12):start].split()
    if _TOPIC.search(masked, max(0, start - 12), start) and masked[end:end + 1] == ",":
        return True  # "As for Trump, he said he’s not worried": the topic the clause goes on with
    if before and (before[-1].lower() in _NOT_BEFORE_SUBJECT
                   or (_object_after(before[-1]) and before[-1] not in words("cue_verbs"))):
        return False  # "gave Clinton a ringing endorsement": an object ("said Robert Egge" speaks; "told X" is left)
    if masked[end:end + 1] == "?":
        return False  # "Governor Christie? “Strong,” he said": a name asked about, no subject
    return _ATTRIBUTIVE.match(masked, end, end + 20) is None


_NOT_BEFORE_SUBJECT = words("prepositions") | {"the", "a", "an"}
#: "As for Trump, he …": a topic set before the clause, whose subject it is.
_TOPIC = re.compile(r"(?:^|(?<=[\s\ue000]))[Aa]s[ \t]+(?:for|to)[ \t]+$")
#: "Trump administration", "Biden's": a name modifying what follows.
_ATTRIBUTIVE = re.compile(r"\s+[a-z]+\s+(?:administration|campaign|team|government)\b|\s*['’]s\b")


#: A name this far before a cue (characters) with a clause between is no subject when a full name follows
#: the cue set off by commas: "Ohio Gov. John Kasich, … ― they and others, had they won the presidency, almost
#: certainly would have stayed in the agreement, said Rick Tyler, a Republican political consultant".
_FAR_SUBJECT = 60
#: A pronoun prefers a person who spoke this close before it (characters).
SPEAKER_REACH = 2000


def _last_before(events: list, pos: int, reach: Optional[int], pronoun: str = "",
                 names: Optional[dict] = None) -> Optional[tuple]:
    """The last event before ``pos`` within ``reach``. For "he" or "she",
    when that one's name or title says the other gender (``James B. Comey
    … She took her BlackBerry``), the last one whose says this gender:
    past a mismatch, a name of unknown gender is as likely a place or a
    group read as a name ("West Virginia") as the person meant."""
    index = bisect.bisect_left(events, (pos,)) - 1
    other = _OTHER_GENDER.get(pronoun)
    skipped = False
    while index >= 0 and (reach is None or pos - events[index][0] <= reach):
        gender = _gender(events[index][2], events[index][3], names)
        if other is None or (gender is None and not skipped) or (gender is not None and gender != other):
            return events[index]
        skipped = skipped or gender == other
        index -= 1
    return None


_OTHER_GENDER = {"he": "female", "she": "male"}


_POSSESSIVE_PRONOUNS = {"his": "he", "her": "she"}


def _persons_title(title: str) -> bool:
    """Does ``title`` hold a word only a person bears ("Mr.", "Sen.",
    "Pastor"), not just a determiner, an acronym, a nation or a party?"""
    return any(_m.bare(word) in words("titles") and _m.bare(word) not in _NOT_PERSONS_TITLES
               for word in title.split())


#: Title words that open an organisation's name as often as a person's.
_NOT_PERSONS_TITLES = frozenset("democratic republican national state u.s. american".split())


def _fits(pronoun: str, name: str, title: Optional[str], names: Optional[dict] = None) -> bool:
    """Can ``pronoun`` name this person: not of the other gender by title or first name?"""
    other = _OTHER_GENDER.get(pronoun)
    return other is None or _gender(name, title or "", names) != other


#: Last words of a title that tell a woman besides "-woman"; words ending in "man" that tell no man.
_FEMALE_ROLES = frozenset("actress anchorwoman wife widow daughter mother sister grandmother queen".split())
_NEUTRAL_MAN = frozenset("human german roman".split())
_GENDERED_TITLES = {"mr.": "male", "mr": "male", "mrs.": "female", "mrs": "female", "ms.": "female", "ms": "female",
                    "miss": "female", "madam": "female"}


def _gender(name: str, title: str, names: Optional[dict] = None) -> Optional[str]:
    """"male" or "female" when the title (Mr., Mrs.) or a full name's
    first name (a common one, listed in the data) tells, or, with the
    article's ``names``, a title the person bears elsewhere in it ("Ms.
    Tlaib" for Rashida Tlaib); else None."""
    told = _told_gender(name, title)
    if told is None and names is not None:
        return names.get(("gender", name))
    return told


def _told_gender(name: str, title: str) -> Optional[str]:
    first = (title or "").split(None, 1)[:1]
    if first and first[0].lower() in _GENDERED_TITLES:
        return _GENDERED_TITLES[first[0].lower()]
    role = _m.bare((title or "").split()[-1]) if title else ""
    if role.endswith("woman") or role in _FEMALE_ROLES:
        return "female"  # "Hope Hicks, a campaign spokeswoman"
    if role.endswith("man") and role not in _NEUTRAL_MAN:
        return "male"
    parts = name.split()
    if len(parts) < 2:
        return None  # "Clinton": a surname says nothing
    given = parts[0].lower()
    if given in words("male_names"):
        return "male"
    return "female" if given in words("female_names") else None


class _Resolver:
    """Names for mentions: full names, pronoun antecedents, role descriptions."""

    def __init__(self, article: _Article):
        self.a = article
        self.cache: dict = {}
        #: titles met with a name, for later bare mentions of it ("Mykhailo")
        self.titles: dict = {}
        self._cue_names: Optional[frozenset] = None

    def resolve(self, mention: _m.Mention) -> tuple[Optional[str], Optional[str]]:
        key = (mention.start, mention.end)
        if key not in self.cache:
            self.cache[key] = self._resolve(mention)
            name = self.cache[key][0]
            if name and self._personal(mention, name):
                event = (mention.start, -1, name, self.cache[key][1] or "")
                bisect.insort(self.a.events, event)
                if mention.sort == "descriptor":
                    bisect.insort(self.a.speakers, event)
        return self.cache[key]

    def _personal(self, mention: _m.Mention, name: str) -> bool:
        """Does the mention name a person a later pronoun may refer to?
        ("Xinhua, the official Chinese news agency, wrote" does not.)"""
        if mention.sort in ("pronoun", "descriptor"):
            return name != mention.text and mention.text.lower() != "it"  # "it" names a thing
        if _outlet(name) or (mention.title and _m.bare(mention.title.split()[-1]) in _OUTLET_NOUNS):
            return False
        return mention.sort == "name" and (len(name.split()) >= 2 or bool(mention.title))

    def _resolve(self, mention: _m.Mention) -> tuple[Optional[str], Optional[str]]:
        if mention.sort == "organisation":
            return mention.name or mention.text, None
        if mention.sort == "name":
            return self._full_name(mention)
        if mention.sort == "pronoun":
            return self._antecedent(mention)
        return self._descriptor(mention)

    def _full_name(self, mention: _m.Mention) -> tuple[str, Optional[str]]:
        name = re.sub(r"['’]s$", "", mention.name)
        if " " not in name and name not in self.a.names and mention.title and not _persons_title(mention.title) \
                and not mention.possessor and not _m.POSSESSIVE.search(mention.title) \
                and all(w[:1].isupper() or _m.bare(w) in words("determiners") or w in _m._NAME_PARTICLES
                        for w in mention.title.split()):
            # "NBC News", "The American Legion", "de Blasio": capitals that are no person's title, and one word
            # never met as a surname: the name as written
            words_ = _m.POSSESSIVE.sub("", mention.text).split()
            return " ".join(words_[1:] if _m.bare(words_[0]) in words("determiners") else words_), None
        parts = name.split()
        if len(parts) == 2 and parts[1] in self.a.names:
            full, known = self.a.names[parts[1]]
            if len(full) > len(name) and full.lower().endswith(" " + name.lower()):
                return full, mention.title or known  # "De Blasio", "Wasserman Schultz": the full name met before
        if " " not in name and name in self.a.names:
            full, title = _namesake(self.a.names, name, mention.title)
            if full is None:
                return name, mention.title  # "Mr. Trump" in an article that names only Melania Trump
            return full, mention.title or title
        if mention.title:
            self.titles.setdefault(name, mention.title)
        return name, mention.title or self.titles.get(name)

    def _antecedent(self, mention: _m.Mention) -> tuple[str, Optional[str]]:
        """he/she/who -> the nearest person before; they/it/we stay as written."""
        low = possessive = mention.text.lower()
        low = _POSSESSIVE_PRONOUNS.get(low, low)  # "his call for": whoever "he" would name
        if low == "who":
            before = _named_before_comma(self.a.masked, mention.start) \
                or _m.subject_before(self.a.masked, max(0, mention.start - 200), mention.start)
            if isinstance(before, _m.Mention) and before.sort == "name":
                return self._full_name(before)
            if isinstance(before, _m.Mention) and before.end + 8 > mention.start and _plural(before):
                return self._resolve(before)  # "only 24 percent who said otherwise": never one person
            if self.a.masked[max(0, mention.start - 2):mention.start] == ", ":
                return mention.text, None  # "said one Democrat familiar with the discussion, who added": no one named
        if low == "it":
            thing = self._thing_before(mention.start)
            if thing is not None:
                return self._thing_name(thing)  # "The email includes a photo. At the bottom it reads": the email
        if low in words("person_pronouns") and low != "i":
            owner = self._possessive_subject(mention.start, low) or self._who_clause_owner(mention.start, low) \
                or self._clause_lead_subject(mention.start, low)
            if owner is not None:
                return owner
            found = _last_before(self.a.speakers, mention.start, SPEAKER_REACH, low, self.a.names)
            named = self._leading_since(found, mention.start, low)
            if named is not None:
                found = named  # "On Friday, Liz Cheney issued a statement. ¶ '…,' she said": the person just named
            elif found is None and possessive not in _POSSESSIVE_PRONOUNS:
                found = _last_before(self.a.events, mention.start, None, low, self.a.names)  # "his claim": a speaker
            if found:
                return found[2], found[3] or None
        return mention.text, None

    def _clause_lead_subject(self, pos: int, pronoun: str) -> Optional[tuple]:
        """``While the Democratic presidential candidate declined to comment
        …, he said``: the subject of a clause opening the sentence, when the
        pronoun opens the main clause after its comma."""
        floor = self.a.sent_starts[self.a.sentence(pos)]
        if pos - floor > _LEAD_CLAUSE_REACH:
            return None  # a leading clause is a line or two, never a page
        lead = _LEAD_CLAUSE.match(self.a.masked, floor, pos)
        if lead is None or not self.a.masked[max(floor, pos - 4):pos].rstrip().endswith(",") \
                or self.a.masked.find(",", lead.end(), pos) < pos - 3 or _m.MASK in self.a.masked[floor:pos]:
            return None
        mention = _m.noun_phrase_forward(self.a.masked, lead.end(), pos)
        if mention is None or mention.possessor or len(mention.text.split()) > 6 \
                or not _LOWER_WORD.match(self.a.masked, mention.end) or _VERB_INSIDE.search(mention.text):
            return None  # "While the mega donor didn’t disclose": the phrase must stop before its verb
        if mention.sort == "descriptor" and mention.text.lower().startswith("the "):
            name, title = self._descriptor(mention)
        elif mention.sort == "name" and (" " in mention.name or mention.name in self.a.names):
            name, title = self._full_name(mention)
        else:
            return None
        if name == mention.text:
            return name, None  # the description as written is truer than the last name met
        if " " not in name or not _fits(pronoun, name, title, self.a.names):
            return None
        return name, title

    def _who_clause_owner(self, pos: int, pronoun: str) -> Optional[tuple]:
        """``Rep. Joe Wilson, the South Carolina congressman who gained
        attention in 2009 when he yelled``: a pronoun inside a "who" clause,
        no other name between, is the person the clause hangs from."""
        floor = max(self.a.sent_starts[self.a.sentence(pos)], pos - 200)
        at = self.a.masked.rfind(" who ", floor, pos)
        if at < 0 or _NAME_RUN.search(self.a.masked, at + 5, pos) or not self.a.masked[at + 5:pos].strip():
            return None  # "Marco Rubio, who he dubbed": the pronoun is the clause's subject, "who" its object
        before = _named_before_comma(self.a.masked, at + 1) \
            or _m.subject_before(self.a.masked, max(floor - 200, 0), at + 1)
        if isinstance(before, _m.Mention) and before.sort == "descriptor":
            before = _named_before_comma(self.a.masked, before.start - 1)  # "Joe Wilson, the … congressman who"
        if not isinstance(before, _m.Mention) or before.sort != "name" or before.end + 80 < at:
            return None
        person = self._full_name(before)
        return person if " " in person[0] and _fits(pronoun, person[0], person[1], self.a.names) else None

    def _thing_before(self, pos: int) -> Optional[_m.Mention]:
        """What "it" at ``pos`` names: the organisation or thing opening the
        nearest sentence before it in its paragraph or the one before
        (``Trump's campaign … backtracked. In cases of abortion, it said``).
        A person met first, or a sentence whose subject is not read, ends
        the search: "it" then stays as written."""
        sentence = self.a.sentence(pos)
        floor = self.a.para_starts[self._paragraph_before(self.a.paragraph(pos))]
        read = 0
        for index in range(sentence, -1, -1):
            start = self.a.sent_starts[index]
            limit = min(pos, self.a.sentence_bounds(index)[1])
            if start < floor or read == _IT_REACH:
                break
            if not self.a.masked[start:limit].strip():
                continue  # the blank line between paragraphs
            read += 1
            subject = self._first_cued(start, limit) or self.a.opening_subject(start, limit) \
                or _phrase_subject(self.a, start, limit)
            if subject is None and index < sentence:
                return None  # "Still, the Business Council … opposed": a subject not read; nothing before it is
            if subject is not None and subject.text.lower() != "it":
                person = subject.sort in ("name", "pronoun") or _person_like(subject)
                return None if person else subject
        return None

    def _first_cued(self, start: int, limit: int) -> Optional[_m.Mention]:
        """The subject of the first cue between ``start`` and ``limit``: the
        main clause's (``The Post reported that Klein said``: the Post)."""
        index = bisect.bisect_left(self.a.hit_starts, start)
        if index < len(self.a.hits) and self.a.hits[index].start < limit:
            return self.a.hits[index].mention
        return None

    def _paragraph_before(self, para: int) -> int:
        """The paragraph before ``para`` that holds words (blank lines skipped)."""
        starts, text = self.a.para_starts, self.a.text
        index = para - 1
        while index > 0 and not text[starts[index]:starts[index + 1]].strip():
            index -= 1
        return max(0, index)

    def _thing_name(self, thing: _m.Mention) -> tuple[str, None]:
        """The thing as the article writes it ("Trump's campaign", "A letter")."""
        return _unmasked(self.a, self.a.text[thing.start:thing.end]), None

    def _possessive_subject(self, pos: int, pronoun: str) -> Optional[tuple]:
        """``Obama's remarks were directed at Republican critics, including,
        he said, …``, ``Donald Trump's latest victories … hopes he will``: a
        person's possessive opening the pronoun's own sentence is whom the
        pronoun names, before any earlier speaker."""
        sentence = self.a.sentence(pos)
        floor = self.a.sent_starts[sentence]
        match = _OPENING_POSSESSIVE.match(self.a.masked, floor, pos)
        if match is None and sentence > 0 and _BLANK.fullmatch(self.a.masked, floor, pos) \
                and self.a.paragraph(self.a.sent_starts[sentence - 1]) == self.a.paragraph(pos):
            # "Mrs. Schlafly's pronouncements drove her antagonists to distraction. She said that": the
            # possessive opening the sentence before, when no one is named between
            match = _OPENING_POSSESSIVE.match(self.a.masked, self.a.sent_starts[sentence - 1], floor)
            if match is not None and _NAME_RUN.search(self.a.masked, match.end(), floor):
                match = None
        if match is None:
            return None
        run = match.group("np")
        person = self.a.person_of(run)
        if person is None and " " not in run and run in self._speaking_names():
            person = run, None  # "Obama said: …" elsewhere in the article: a speaker known by the surname
        if person is None or not _fits(pronoun, person[0], person[1], self.a.names):
            return None  # "Hillary Clinton's campaign … he said": the other gender
        return person

    def _speaking_names(self) -> frozenset:
        """The names that are subjects of cues, found once per article (a
        scan per pronoun would grow with the square of a long article)."""
        if self._cue_names is None:
            self._cue_names = frozenset(hit.mention.name for hit in self.a.hits if hit.mention.sort == "name")
        return self._cue_names

    def _leading_since(self, found: Optional[tuple], pos: int, pronoun: str) -> Optional[tuple]:
        """The latest person named since the last speaker ``found`` who opens
        a sentence of the pronoun's paragraph or the two before (``In his
        statement Saturday, Sanders did go further in trying to hold Snyder
        accountable. ¶ "…," he said`` is Sanders, not Snyder)."""
        floor = self.a.para_starts[max(0, self.a.paragraph(pos) - 2)]
        if found is not None:
            floor = max(floor, found[0] + 1)
        named = self._leading_in(self.a.events, floor, pos, pronoun)
        titled = self._leading_in(self.a.titled, named[0] + 1 if named else floor, pos, pronoun)
        return titled or named

    def _leading_in(self, events: list, floor: int, pos: int, pronoun: str) -> Optional[tuple]:
        """The latest of ``events`` between ``floor`` and ``pos`` that fits
        the pronoun and opens its sentence."""
        index = bisect.bisect_left(events, (pos,)) - 1
        last = index - _LEADING_LOOKS  # a paragraph of thousands of names is not read name by name for each pronoun
        while index >= 0 and index > last and events[index][0] >= floor:
            event = events[index]
            if _fits(pronoun, event[2], event[3], self.a.names) and self._leads(event[0]) \
                    and not self._headline(event):
                return event
            index -= 1
        return None

    def _headline(self, event: tuple) -> bool:
        """Is the name of ``event`` no person a pronoun may take from the
        sentence it opens: a heading's words ("Clinton Wades In:" on the
        title line), a clause read as a name ("Though Delaware"), or a
        untitled surname never met in full?"""
        lows = [word.lower() for word in event[2].split()]
        if self.a.paragraph(event[0]) == 0 or (len(lows) < 2 and not event[3]) or _epithet(lows[0]):
            return True  # the title line; an untitled lone surname ("President Obama" is a person); "Living History"
        return lows[0] in _CLAUSE_OPENERS or lows[0] in _FUNCTION_WORDS or any(w in words("prepositions") for w in lows)

    def _leads(self, pos: int) -> bool:
        """Does a name at ``pos`` open its sentence, at most after a short
        leading phrase ("On Friday, Liz Cheney issued")? Only such a subject
        is a fresher antecedent than the last person who spoke."""
        floor = self.a.sent_starts[self.a.sentence(pos)]
        if pos - floor > 200:  # no short leading phrase is this long
            return _BLANK.fullmatch(self.a.masked, floor, pos) is not None
        before = self.a.masked[floor:pos].strip()
        opening = before.split(None, 1)
        if len(opening) == 2 and opening[0] in _OPENING_CONJUNCTIONS:
            before = opening[1]  # "But after focusing her attention on …, Clinton delivered": the phrase after "But"
        first = self.a.masked[pos:pos + 40].split(None, 1)[0]
        if before and _titled_lead(before.split(), first):
            return True  # "Former Pennsylvania governor Ed Rendell …": a title opening the sentence with the name
        lead = _LEADING.match(before)
        if lead is not None and lead.end() < len(before) and not before.endswith(",") \
                and _titled_lead(before[lead.end():].split(), first):
            return True  # "On Monday night, Clinton campaign manager Robby Mook released": a phrase, then the title
        if before.endswith(",") and _m.MASK not in before and len(before.split()) <= 14 \
                and before.split(None, 1)[0].lower() in _PHRASE_LEADS:
            return True  # "In a victory speech in Westchester County on Tuesday night, Mr. Trump struck"
        if before.endswith(",") and _m.MASK not in before and len(before.split()) <= 20 \
                and _PARTICIPLE_LEAD.match(before) and before.count(",") == 1:
            return True  # "Filling in for Sanders at the same event …, West landed a sharp dig"; one phrase only:
            # "According to the Times, Mary Cheney, who … married her partner, Heather Poe," is no lead for Poe
        if _TOPIC.search(before + " ") and len(before.split()) <= 3:
            return True  # "As for Trump, he said": the topic opens the sentence
        if before.endswith(", but") and _m.MASK not in before:
            return True  # "… have been sympathetic in the past, but Representative Brooks … doesn't mince words"
        return not before or (before.endswith(",") and len(before.split()) <= 4 and _m.MASK not in before)

    def _descriptor(self, mention: _m.Mention) -> tuple[str, Optional[str]]:
        """``the president`` -> the last person titled so; else the one person
        named in its paragraph or the one before, or the nearest opening a
        sentence; never the possessor (``Biden's top diplomat`` is not Biden).
        Else the description as written: the nearest person alone was wrong
        about as often as right."""
        head = (mention.title or "").split()
        cut = next((k for k, word in enumerate(head) if word in ("of", "from")), None)
        if cut and _m.bare(head[cut - 1]) in words("role_nouns"):
            head = head[:cut]  # "The senator from Vermont": the role is "senator"
        if head and mention.possessor and _m.bare(head[-1]) in _DOCUMENTS:
            author = _m.Mention(mention.start, mention.end, mention.possessor, "name", name=mention.possessor)
            return self._full_name(author)[0], None  # "Sanders’ fundraising email notes": Sanders writes
        definite = mention.possessor or mention.text.lower().startswith(("the ", "his ", "her "))
        if head and _m.bare(head[-1]) in words("role_nouns") and definite:
            role = _m.bare(head[-1])
            para = self.a.paragraph(mention.start)
            own, floor = self.a.para_starts[para], self.a.para_starts[self._paragraph_before(para)]
            near: set = set()
            here: set = set()
            nearest = None
            nation = _nation_of(head[:-1])
            compatriot = None
            unnamed = self._unnamed_before(role, floor, mention.start)
            titled = self._titled_as(role, max(unnamed, mention.start - 1500), mention.start, nation)
            index = bisect.bisect_left(self.a.events, (mention.start,)) - 1
            while index >= 0 and mention.start - self.a.events[index][0] < 1500:
                pos, _order, name, title = self.a.events[index]
                if titled is not None and pos < titled[0]:
                    break  # "President Trump said … the president": the one titled so, named by his surname alone
                if pos < unnamed:
                    return mention.text, None  # "A senior administration official said … the official": no name
                titles = self._titles_of(name, title, spelled=pos >= floor)
                nations = _nations_in(titles) if nation else set()  # most descriptions name no nation
                if (not mention.possessor or name.split()[-1] not in mention.possessor) \
                        and not _another_nation(nation, nations):
                    # "the American president" is not "Russian President Vladimir Putin"
                    if role in titles:
                        return name, mention.title  # "the president": the last person titled President
                    if nation in nations:
                        compatriot = compatriot or name  # "the Russian leader": the last person titled Russian
                    if pos >= floor:
                        (here if pos >= own else near).add(name)
                        nearest = nearest or (pos, name)
                index -= 1
            if titled is not None:
                return titled[2], mention.title
            if compatriot is not None:
                return compatriot, mention.title
            if len(here) == 1 or (not here and len(near) == 1):
                return (here or near).pop(), mention.title  # the one person named in this paragraph, or the one before
            if nearest is not None and self._opens_sentence(nearest[0]):
                return nearest[1], mention.title  # "Rubio offered the crowd … The Florida senator sought"
        return mention.text, None

    def _titled_as(self, role: str, floor: int, limit: int, nation: str = "") -> Optional[tuple]:
        """The latest person known only by a titled surname, named between
        ``floor`` and ``limit``, whose title there or where first met is
        ``role`` (``President Trump`` for "the president") and names no
        other nation than ``nation``."""
        index = bisect.bisect_left(self.a.titled, (limit,)) - 1
        while index >= 0 and self.a.titled[index][0] >= floor:
            surname, title = self.a.titled[index][2:]
            known = " ".join(t or "" for t in (title, self.a.names.get(("titled", surname)))).lower()
            nations = _nations_in(known) if nation else set()
            if role in known.replace("pres.", "president").split() and not _another_nation(nation, nations):
                return self.a.titled[index]  # "Mr. Trump" after "President Trump": the president too
            index -= 1
        return None

    def _unnamed_before(self, role: str, floor: int, limit: int) -> int:
        """Where the last indefinite description with the same role ("a
        senior Obama administration official", "another unnamed GOP
        official") opens between ``floor`` and ``limit``, or -1: a definite
        one after it ("the official") takes it up, not a person named before."""
        found = -1
        start = max(floor, limit - 600)
        for match in re.finditer(rf"\b{role}s?\b", self.a.masked[start:limit]):
            before = self.a.masked[max(start, start + match.start() - 60):start + match.start()].split()[-6:]
            for word in reversed(before):
                low = word.lower()
                if low in _INDEFINITE:
                    found = start + match.start()
                    break
                if not word.replace("-", "").replace(".", "").isalnum() or low in _OPENS_NP \
                        or low in words("prepositions"):
                    break  # "a candidate for president": the role is no longer the description's head
        return found

    def _opens_sentence(self, pos: int) -> bool:
        """Does the name at ``pos`` open its sentence ("But first, Pence
        sounded"): the subject the next sentence most likely goes on with."""
        start = self.a.sent_starts[self.a.sentence(pos)]
        lead = self.a.masked[start:pos].strip()
        return not lead or (lead.endswith(",") and len(lead.split()) <= 3)

    def _titles_of(self, name: str, title: str, spelled: bool) -> str:
        """Every title a person was given in the article, lowercased; with
        ``spelled``, an abbreviated one spelled out too ("Sen." → senator),
        which only a person of this paragraph or the one before may take:
        "Sen. Bernie Sanders" far back is not "the senator" of a paragraph
        about Marco Rubio."""
        known = self.a.names.get(name.split()[-1])
        indexed = known[1] if known and known[0] == name and known[1] else ""
        titles = f"{title} {indexed}".lower().replace("pres.", "president")  # "Pres. Obama" is "the president"
        if not spelled:
            return titles
        return titles + "".join(f" {role}" for short, role in _SPELLED_TITLES if short in titles.split())


def _nation_of(words_: list) -> str:
    """The nation a description names before its role ("the Russian
    leader", "the U.S. envoy"), as a nationality; else ""."""
    return next((nation for nation in map(_nation, words_) if nation), "")


def _nations_in(titles: str) -> set:
    """The nations a person's titles name ("Russian President" -> {"russian"})."""
    return {nation for nation in map(_nation, titles.split()) if nation}


def _another_nation(nation: str, nations: set) -> bool:
    """Do a person's titles name only nations other than the description's?
    Titles that name none leave the person a candidate: most name none."""
    return bool(nation and nations and nation not in nations)


def _nation(word: str) -> str:
    """A title word as the nationality it names ("U.S." is American), else ""."""
    low = _m.bare(word)
    if low in words("nationalities"):
        return low
    return "american" if low in ("u.s.", "u.s", "us") else ""


#: Abbreviated titles and the roles they hold: "Sen. Sanders" is "the senator", "Gov. Christie" "the governor".
_SPELLED_TITLES = (("sen.", "senator"), ("gov.", "governor"), ("rep.", "representative congressman congresswoman"))


#: Words opening an indefinite description ("a senior Obama administration official"), and words that
#: end the look back for one ("the official", "his aide").
_INDEFINITE = frozenset("a an another one".split())
_OPENS_NP = frozenset("the this that his her their its our of said told".split())


def attribute(text: str, spans: list[Span], kinds: list[str]) -> list[Attribution]:
    """One Attribution per span, in the order of ``spans`` (see module docs)."""
    outer = {id(s) for s in _outermost(spans)}
    if not any(kind != "headline" and id(span) in outer for span, kind in zip(spans, kinds)):
        return [NO_ATTRIBUTION] * len(spans)  # nothing to attribute: skip indexing the article
    article = _Article(text, spans)
    resolver = _Resolver(article)
    starts = article.hit_starts
    order = sorted(range(len(spans)), key=lambda k: spans[k].open_at)
    found: list[Optional[tuple]] = [None] * len(spans)
    previous: dict = {}  # paragraph -> the last attribution made in it
    for k in order:
        span = spans[k]
        if kinds[k] == "headline" or id(span) not in outer:
            continue
        choice = _choose(article, span, starts, previous)
        if choice is not None and not _can_speak(choice[0].mention, article.masked):
            choice = None
        if choice is not None:
            choice = _polled(article, choice)
        found[k] = choice
        if choice is not None:
            previous[article.paragraph(span.open_at)] = choice
    return [_attribution(resolver, choice) for choice in found]


#: A share of people counted by a poll: "8 percent of Democrats", "22 percent", "Six in 10".
_RESPONDENTS = re.compile(r"(?:\d[\d,.]*%?|half|two|three|four|five|six|seven|eight|nine|ten)"
                          r"(?:[ \t]+(?:percent|per cent|in[ \t]+(?:10|ten)))?\b", re.IGNORECASE)
#: The poll that counted them, named earlier in the sentence.
_POLL = re.compile(r"\b(?:poll|survey)\b")


def _named_before_comma(masked: str, at: int) -> Optional[_m.Mention]:
    """``(like top Obama aide David Plouffe, who called``: the name right
    before the comma is whom "who" stands for; walking on over the
    sentence's commas (as for a cue's subject) reached "The campaign"."""
    toks = _m.tokens(masked, max(0, at - 120), at)
    if len(toks) < 2 or toks[-1][2] != ",":
        return None
    ends = [k for k in range(len(toks) - 2) if _stop_ends_sentence(toks[k][2])]
    if ends:
        toks = toks[ends[-1] + 1:]  # "in an interview with Zoe Ball. Capaldi, who": Capaldi alone
        if len(toks) < 2:
            return None
    mention = _m.noun_phrase_back(masked, toks, len(toks) - 2)
    return mention if mention is not None and mention.sort == "name" else None


def _polled(article: _Article, choice: tuple) -> tuple:
    """``In a September Washington Post-ABC News poll, 75 percent of
    Republicans said``: a share of respondents speaks through the poll
    named before it in the sentence, and the poll is the source of record
    (as PolNeAR marks it), not "75 percent of Republicans"."""
    hit = choice[0]
    mention = hit.mention
    if mention is None or not _RESPONDENTS.match(mention.text):
        return choice
    floor = article.sent_starts[hit.sentence]
    polls = list(_POLL.finditer(article.masked, floor, mention.start))
    if not polls:
        return choice
    toks = _m.tokens(article.masked, floor, polls[-1].end())
    poll = _m.noun_phrase_back(article.masked, toks, len(toks) - 1)
    if poll is None:
        return choice
    return Hit(hit.start, hit.end, hit.cue, hit.sentence, poll), choice[1], "poll"


def _plural(mention: _m.Mention) -> bool:
    """Does the phrase name many ("his show’s listeners", "the groups",
    "24 percent"), so that a "who" after it is never one person?"""
    if mention.sort != "descriptor":
        return False
    head = _m.bare(mention.text.split()[-1])
    return bool(_RESPONDENTS.match(mention.text)) or (head.endswith("s") and not head.endswith("ss"))


def _can_speak(mention: _m.Mention, masked: str) -> bool:
    """A lone lowercase word ("led", "upset", "drive") is a verb or an
    adjective the phrase walk stopped on, not a speaker, unless it names a
    role ("officials"); nor is a day or a month ("Friday said" is a dateline),
    a dateline in capitals ("BOCA RATON, Fla. —"), a phrase that ran into its
    verb ("the committee meeting began") or opens with one ("can be"), nor a
    phrase that opens a clause ("When Trump", "During")."""
    if mention.sort == "descriptor" and " " in mention.text.strip() and _m.bare(mention.text.split()[-1]) in _VERB_ENDS \
            and " who " not in mention.text:
        return False  # "the platform committee meeting began", "Trump made": the walk ran into a verb
    if mention.sort == "descriptor" and " " not in mention.text.strip():
        return _m.bare(mention.text).rstrip("s") in _ROLES_AND_GROUPS or _quantifier_speaks(mention, masked)
    if mention.sort == "name" and (mention.name in _CALENDAR or mention.name.lower() in _NEVER_NAMES) \
            and not (mention.name.lower() in words("prepositions")
                     and masked[max(0, mention.start - 3):mention.start].rstrip(" ,").endswith(_m.MASK)):
        return False  # "The", "His", "That": a capitalised word opening a sentence; '"…," From said' speaks
    if " " not in mention.text and _TIME_AFTER.match(masked, mention.end):
        return False  # "Four hours earlier, a memo was released": a span of time, not a speaker
    first = mention.text.split(None, 1)[0]
    if _dateline(mention, masked) or first in _VERB_WORDS:
        return False  # "can be", "has been": the walk stopped on a verb, no noun phrase
    if mention.sort == "descriptor" and (first == "no" or (first in words("past_verbs") and first.islower())
                                         or first.endswith(("n't", "n’t"))):
        return False  # "showed no sign of backing down", "placed national newspaper ads": a verb's object
    opening = mention.text.split(None, 2)
    if len(opening) > 1 and opening[0].lower() in _BEFORE_CLAUSES and opening[1].lower() in _CLAUSE_OPENERS:
        return False  # "Even before Sanders took the stage": a clause of time, not a speaker
    return first.lower() not in _CLAUSE_OPENERS


def _quantifier_speaks(mention: _m.Mention, masked: str) -> bool:
    """``most said``, ``Yet another said,``, ``"…," tweeted another.``: a
    quantifier alone speaks for one of a group before "said" or right after
    a cue, never in mid-clause ("Like many, he …")."""
    if _m.bare(mention.text) not in _m.QUANTIFIERS:
        return False
    after = masked[mention.end:mention.end + 12].split()
    if after and after[0].rstrip(".,;") == "said":
        return True
    return masked[mention.end:mention.end + 1] in (".", ",", ";") \
        and _word_before(masked, 0, mention.start, 14) in words("cue_verbs")


def _word_before(masked: str, floor: int, at: int, reach: int = 12) -> str:
    """The bare word before ``at``, no further back than ``floor`` ("" if none)."""
    before = masked[max(floor, at - reach):at].split()
    return _m.bare(before[-1]) if before else ""


def _dateline(mention: _m.Mention, masked: str) -> bool:
    """``BOCA RATON, Fla. — …``: a place in capitals opening a line, then
    its state or country and a dash (or the agency in brackets), is the
    dateline."""
    if not mention.text[:2].isupper():
        return False
    letters = mention.text.replace(" ", "").replace(".", "")
    if len(letters) < 5 or not letters.isupper() or masked[max(0, mention.start - 1):mention.start] not in ("", "\n"):
        return False
    return _DATELINE_END.match(masked, mention.end) is not None


#: What follows a dateline's place: a state or a country, then a dash or the agency.
_DATELINE_END = re.compile(r"(?:,[ \t]+[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*)?)?[ \t]*(?:[—–―]|--?[ \t]|\()")


#: A unit of time after a lone word makes it a span of time: "Four hours earlier", "Two days later".
_TIME_AFTER = re.compile(r"[ \t]+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b")


#: A phrase opening with these is a clause read as a name ("During his campaign", "When Trump").
_CLAUSE_OPENERS = frozenset("after although as before despite during if of since though unless until what when "
                            "whether which while".split())


#: Adverbs that may stand before a clause opener: "Even before", "Shortly after", "Just as".
_BEFORE_CLAUSES = frozenset("even just long only right shortly soon".split())


#: Capitalised at a sentence start, these are read as names; alone they never
#: speak ("That prompted Rubio to …"). Quantifiers ("Another tweeted") do.
_NEVER_NAMES = words("prepositions") | frozenset(
    "a an and any but every given her here his if indeed its my no or other our so such that the their there these "
    "this those when while yet your".split())
_GROUPS = words("group_nouns") | frozenset(("official", "source"))
#: Unions asked for every cue, built once.
_ROLES_AND_GROUPS = words("role_nouns") | _GROUPS
_ROLES_AND_TITLES = words("role_nouns") | words("titles")
#: Conjunctions that may open a sentence before its subject: "And Clinton campaign Chairman John Podesta".
_SENTENCE_CONJUNCTIONS = frozenset("and but still yet".split())


def _titled_lead(before: list, first: str) -> bool:
    """Are the words before a name, whose phrase opens with ``first``, none
    or a title that opens its sentence with it ("Former Pennsylvania
    governor", "And Clinton campaign Chairman"): after a conjunction,
    capitalised words or roles, or up to five words with no preposition,
    conjunction or punctuation among them that end in a role or lead to
    one? "President Barack Obama and Vice President Joe Biden" leads with
    Obama, never Biden."""
    if before and before[0].lower() in _SENTENCE_CONJUNCTIONS:
        before = before[1:]
    if all(word[:1].isupper() or _m.bare(word) in _ROLES_AND_TITLES for word in before):
        return True
    return len(before) <= 5 and before[0][:1].isupper() \
        and (_m.bare(before[-1]) in _ROLES_AND_TITLES or _m.bare(first) in _ROLES_AND_TITLES) \
        and not any(_m._stop(w) or w.lower() in words("prepositions") or not w.isalpha() or _lowercase_verb(w)
                    for w in before)  # "Trump ridiculed former Secretary of State John Kerry": Trump leads


def _lowercase_verb(word: str) -> bool:
    """A lowercase past verb ("ridiculed", "met"): no title holds one."""
    return word.islower() and (word.endswith("ed") or word in words("past_verbs"))


_CALENDAR = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June "
                      "July August September October November December Today Yesterday Tomorrow".split())


def _choose(article: _Article, span: Span, starts: list, previous: list) -> Optional[tuple]:
    """(hit, rule) for one quote, by the rules of the module docs in order."""
    sentence = article.sentence(span.open_at)
    para = article.paragraph(span.open_at)
    dash = _dash_signature(article, span) or _signed_inside(article, span)
    if dash is not None and not (dash.cue and not _opens(article.masked, article.sent_starts[sentence], span.open_at)
                                 and _hit_before(article, span, starts, sentence) is not None):
        return dash, None, "dash"  # 'Rajoy insisted that his party was "still the No. 1 force."--Kim Hjelmgaard.': a byline
    if _ASKED_CLAUSE.match(article.masked, article.sent_starts[sentence], span.open_at):
        return None  # 'Asked if Sanders is "realistic enough …," 72 percent said yes': the question is the asker's
    after = _hit_after(article, span, starts, para)
    if after is None and _opens(article.masked, article.sent_starts[sentence], span.open_at):
        after = _any_verb_after(article, span)  # not mid-sentence: 'billed as "Hard Hats for Hillary," Clinton unveiled'
    before = _hit_before(article, span, starts, sentence)
    looks_titled = _looks_like_title(article.text[span.start:span.end]) \
        and _colon_before(article.masked, article.sent_starts[sentence], span.open_at) is None \
        and not _sentence_quoted(article, span, sentence, para)  # 'one sentence: "THIS IS NOT OK."'
    titled = looks_titled and not _touching(article, before, span)
    if looks_titled and after is None and before is not None and before.cue.lower() in _ADDRESSING_CUES \
            and _touching(article, before, span):
        return None  # 'Fiorina told "Fox and Friends,"': the show spoken to
    if titled and after is not None and not _opens(article.masked, article.sent_starts[sentence], span.open_at):
        return None  # 'an appearance on "Morning Joe," co-host Mika Brzezinski asked': a show's name
    if after is not None and before is not None and (_reports_more(article, after) or (
            after.sentence != sentence and _touching(article, before, span))):
        after = None  # 'Trump claimed that "…," one of the prosecutors said the two cases were different'
    if after is not None:
        relay = _relay(after, before)
        return (relay + ("relay",)) if relay else _credited(article, after, "after")
    if titled and not _reported(article, before, span) and not _nicknamed(article, before, span) \
            and not _SLOGAN_BEFORE.search(article.masked, max(0, span.open_at - 40), span.open_at) \
            and not _coordinated(article, span):
        return None
    if before is not None:
        return _credited(article, before, "before")
    floor, _ = article.sentence_bounds(sentence)
    later = _later_in_sentence(article, span, starts, sentence)
    if later is not None and later.mention.start < span.open_at:
        # "Pence blamed … Donald Trump’s claim that Obama "founded ISIS," saying": Trump's claim, not Pence's words;
        # "Hosts … went after the claim that Obama "founded ISIS," saying": a claim of no one named
        possessed = _possessor_of_words(article, floor, span)
        if possessed is not None or _THE_CLAIM.search(article.masked, max(floor, span.open_at - 120), span.open_at):
            return possessed
    if later is not None:
        return _credited(article, later, "later")
    if is_modifier(article.text, span):
        return None
    if _opens(article.masked, floor, span.open_at) or _LINKED.fullmatch(article.masked, floor, span.open_at):
        earlier = _quoted_before(previous.get(para), sentence) or _previous_sentence(article, sentence, para) \
            or _signed_before(previous.get(para), sentence)
        if earlier is not None:
            return earlier, None, "previous sentence"
        if article.para_starts[para] >= floor or _opens(article.masked, article.para_starts[para], span.open_at):
            return _continuation(article, span, para, previous)
        led = _lead_sentence(article, sentence, para)
        return _speaks_on(previous.get(para)) or ((led, None, "lead-in") if led is not None else None)
    return _colon_speaker(article, span) or _from_source(article, floor, span) \
        or _possessor_of_words(article, floor, span) \
        or _colon_in_sentence(article, floor, span) or _subject_fallback(article, floor, span)


#: A phrase ending with one of these ran into its verb.
_VERB_ENDS = words("past_verbs") | frozenset("knew made began turns".split())
#: A phrase opening with one of these is a verb group, never a speaker.
_VERB_WORDS = words("skip_words") | frozenset("be been being can must shall should was were will would".split())
#: Words before a capitalised quote that make it words someone says, not a title.
_SLOGAN_BEFORE = re.compile(r"\b(?:slogan|(?<!national )(?<!state )motto|chant|chants|chanting|chanted|mantra|"
                            r"catchphrase|refrain|rallying cry|battle cry|term|phrase|words|"
                            r"referring to [^\ue000]{1,40} as(?: the| a)?)[ \t,:]*$")


def _credited(article: _Article, hit: Hit, rule: str) -> tuple:
    """(hit, relay, rule) for a cue whose sentence may be credited to a
    source: a person or a description credited by "according to" speaks
    (as PolNeAR marks nested attributions); a news outlet or another
    organisation that reports the words is their channel, the speaker
    staying who said them (``"…," Welch said, according to Vermont
    Edition``: Welch's words through Vermont Edition)."""
    source = _according(article, hit)
    if source is hit or not (source.mention.sort == "organisation" or _document(source.mention)) \
            or hit.mention.sort == "organisation":
        return source, None, rule
    return hit, source, "relay"


def _document(mention: _m.Mention) -> bool:
    """``according to her official website``, ``according to excerpts of his
    speech``: a document or a medium, never a speaker."""
    head = (mention.title or mention.text).split()
    if not head or _m.bare(head[-1]) not in _DOCUMENTS:
        return False
    return mention.sort == "descriptor" or (mention.sort == "organisation" and head[-1].islower())  # "a court document"


_DOCUMENTS = frozenset("account audio biography blog book complaint document documents email excerpts filing "
                       "indictment lawsuit letter memo post records recording release report site statement "
                       "transcript tweet video website".split())


def _according(article: _Article, hit: Hit) -> Hit:
    """``"…," Welch said, according to Vermont Edition``: the source the
    whole sentence is credited to is the speaker of record, as annotators of
    nested attributions mark it; Welch's words reached us through it."""
    for other in article.credits.get(hit.sentence, ()):
        if other is hit or (hit.end <= other.start and _reported_credit(article, hit, other)):
            continue
        if other.cue[:9].lower() == "according" or _reports_after(article, hit, other):
            return other
    return hit


def _reported_credit(article: _Article, hit: Hit, other: Hit) -> bool:
    """``Win Htein said that according to its analysis, …``: an "according
    to" right after the "that" of an earlier cue is inside its words."""
    return other.cue[:9].lower() == "according" and _word_before(article.masked, hit.end, other.start) == "that"


def _reports_after(article: _Article, hit: Hit, other: Hit) -> bool:
    """``"…," said Kristen Day, USA Today reported``: a report verb closing
    the sentence after a comma credits the whole sentence, as "according
    to" does."""
    if other.cue.lower() != "reported" or other.start < hit.end:
        return False
    first = min(other.start, other.mention.start)
    return _stripped_tail(article.masked, hit.end, first, None).endswith(",")


def _from_source(article: _Article, floor: int, span: Span) -> Optional[tuple]:
    """``From Bush's Facebook post: "…"``, ``More from the report: "…"``:
    the source named after "from" before a colon gave the words; a
    document's possessor speaks through it (the mention is the possessive)."""
    window = max(floor, span.open_at - 120)  # a long sentence is not read again for every quote in it
    lead = article.masked[window:span.open_at]
    match = _FROM_SOURCE.search(lead)
    if match is None:
        return None
    before = lead[:match.start()].rstrip()
    if not (before.endswith((" -", " —", " –")) or before in ("-", "—", "–")
            or (not before and window == floor)):
        return None  # the sentence is the source alone, or a heading and a dash before it
    start, end = window + match.start("np"), window + match.end("np")
    toks = _m.tokens(article.masked, start, end)
    if len(toks) > _m.MAX_NP or any(_m.bare(word) in words("prepositions") for _s, _e, word in toks):
        return None  # "From there, he added:": a place or a time, no source
    mention = _m.classify(article.masked, toks)
    if mention is None or mention.sort == "pronoun":
        return None
    owner = next((k for k, t in enumerate(toks) if _m.POSSESSIVE.search(t[2])), None)
    if owner is not None and owner < len(toks) - 1 and _m.bare(toks[-1][2]) in _DOCUMENTS:
        # "Bush's Facebook post": the possessive names the one who speaks through the document
        name = _m.POSSESSIVE.sub("", " ".join(t[2] for t in toks[:owner + 1]))
        mention = _m.Mention(toks[0][0], toks[owner][1], article.masked[toks[0][0]:toks[owner][1]], "name",
                             name=name)
    return Hit(mention.start, mention.end, "", article.sentence(mention.start), mention), None, "from"


#: "From the report:", "More from Bush's Facebook post:" ending the text before a quote.
_FROM_SOURCE = re.compile(r"(?:More[ \t]+from|From)[ \t]+(?P<np>[^:\n\ue000]{2,60}?):[ \t]*$")
_COLON_NAME = re.compile(r"(?<![\w’'\-.])(?P<np>[A-Z][\w’'.\-]*(?:[ \t]+[A-Z][\w’'.\-]*){0,3})"
                         r"(?:[ \t]*\([DRI]-[\w.]+\))?:[ \t]*$")


#: A name after one of these before a colon is addressed, not speaking.
_ADDRESSED_AFTER = frozenset("against at for to toward towards with".split())


def _colon_speaker(article: _Article, span: Span) -> Optional[tuple]:
    """``… he tweeted about it … Donald Trump: "Appreciate the congrats"``:
    a person's name (and a party tag: ``Rep. Trey Gowdy (R-S.C.):``) and a
    colon right before the quote, transcript style.
    A lone capitalised word ("Headline:") is taken only as a known surname."""
    match = _COLON_NAME.search(article.masked, max(0, span.open_at - 60), span.open_at)
    if match is None:
        return None
    if _word_before(article.masked, article.sent_starts[article.sentence(match.start())], match.start()) \
            in _ADDRESSED_AFTER:
        return None  # "delivered a blunt message to Trump:": the one addressed ("More from Jones:" speaks)
    mention = _m.classify(article.masked, _m.tokens(article.masked, match.start("np"), match.end("np")))
    if mention is None or mention.sort != "name" or mention.possessor:
        return None
    if " " not in mention.name and mention.name not in article.names:
        return None
    return Hit(mention.start, mention.end, "", article.sentence(mention.start), mention), None, "colon"


#: "the claim that Obama": words quoted inside a claim, a promise, a charge of no one named.
_THE_CLAIM = re.compile(r"\b(?:the|a|an|this|that)[ \t]+(?:[a-z\-]+[ \t]+)?(?P<noun>claim|claims|charge|assertion|"
                        r"allegation|accusation|notion|idea|suggestion)[ \t]+that\b[^\ue000.;!?]{0,80}$")
#: "Donald Trump’s claim that", "Podliska’s most explosive claim is that", "Clinton’s response was:".
_WORDS_OF = re.compile(r"(?:(?P<np>(?:[A-Z][\w.\-]*[ \t]+){0,3}[A-Z][\w.\-]*)[’']s|\b(?P<pro>his|her))[ \t]+"
                       r"(?:[A-Za-z\-]+[ \t]+){0,3}?"
                       r"(?P<noun>[a-z]+)(?:[ \t]+(?:on[ \t]+)?[A-Z][a-z]{2,5}day)?[ \t]*,?[ \t]*"
                       r"(?:(?:that|was|is|of|for|about|to|against|on)\b[^\ue000.;!?]{0,80}|:[ \t]*)$")


#: How far back, within its sentence, "his" or "her" looks for the person it names.
_POSSESSOR_REACH = 400


def _first_person_before(article: _Article, floor: int, at: int) -> Optional[str]:
    """The first person named before ``at`` in its sentence, within
    _POSSESSOR_REACH characters (a full name or a surname met in full, who
    is a subject somewhere in the article): whom "his" or "her" there refers
    to (``De Blasio also repeated his claim``, ``give Clinton the nod after
    her March comment``, ``Madeleine Albright, a Clinton supporter, fanned
    controversy … over her remark``)."""
    persons = article.person_names()  # named as a subject somewhere: "San Bernardino" is not
    for match in _NAME_RUN.finditer(article.masked, max(floor, at - _POSSESSOR_REACH), at):
        person = article.person_of(_m._POSSESSIVE.sub("", match.group()))
        if person is not None and person[0] in persons:
            return person[0]
    return None


def _possessor_of_words(article: _Article, floor: int, span: Span) -> Optional[tuple]:
    """``Donald Trump’s claim that President Barack Obama "founded ISIS"``:
    the words quoted after a person's claim, promise, response … are theirs."""
    match = _WORDS_OF.search(article.masked, max(floor, span.open_at - 160), span.open_at)
    if match is None or match.group("noun") not in words("speech_nouns"):
        return None
    if match.group("pro"):  # "after her March comment that, "We're going to …"": the pronoun's person
        if match.group().rstrip().endswith(":"):
            return None  # "had this to say about his free-college proposal:": the words are the sentence's subject's
        person = _first_person_before(article, floor, match.start("pro"))
        # the mention is the pronoun, as annotators mark it; it names the person it refers to
        mention = _m.Mention(match.start("pro"), match.end("pro"), match.group("pro"), "name", name=person) \
            if person is not None else _m.Mention(match.start("pro"), match.end("pro"), match.group("pro"), "pronoun")
        return Hit(mention.start, mention.end, "", article.sentence(mention.start), mention), None, "possessor"
    toks = _m.tokens(article.masked, match.start("np"), match.end("np"))
    while len(toks) > 1 and _m.bare(toks[0][2]) in _FUNCTION_WORDS:
        toks = toks[1:]  # "But Podliska’s most explosive claim": the conjunction opens the sentence
    mention = _m.classify(article.masked, toks)
    if mention is None or mention.sort not in ("name", "organisation") or mention.possessor:
        return None
    if mention.sort == "name" and " " not in mention.name and mention.name not in article.names:
        return None  # "Witness" or "But": a capitalised word, not a person met in full
    end = match.end("np") + 2
    mention = replace(mention, end=end, text=article.masked[mention.start:end])
    return Hit(mention.start, mention.end, "", article.sentence(mention.start), mention), None, "possessor"


_SMALL_WORDS = frozenset("a an and at by for in of on or the to with from".split())
_WORDS = re.compile(r"[^\W\d_][\w’'\-]*")


def _sentence_quoted(article: _Article, span: Span, sentence: int, para: int) -> bool:
    """``"…," Burton said. "Donald Trump."``: a quoted sentence ending with a
    full stop, after another sentence of its paragraph, is speech, whatever
    its capitals."""
    start = article.sent_starts[sentence]
    return article.text[span.start:span.end].rstrip()[-1:] == "." and start > article.para_starts[para] \
        and _opens(article.masked, start, span.open_at)


def _looks_like_title(quoted: str) -> bool:
    """``the "Gang of Eight"``, ``"Evil Empire"``: capitalised words name a thing."""
    found = []
    limit = 10 if ":" in quoted else 6  # a book's title and subtitle run longer
    for match in _WORDS.finditer(quoted):  # stops past the limit: long quotes are no titles
        if len(found) == limit:
            return False
        found.append(match.group())
    if not found or quoted.rstrip()[-1:] in ("!", "?"):
        return False
    big = [w for w in found if w.lower() not in _SMALL_WORDS]
    return bool(big) and all(w[0].isupper() for w in big) and not (len(found) == 1 and found[0] == "I")


_MODIFIED = re.compile(r"[ \t]+([a-z][a-z\-]+)")


def is_modifier(text: str, span: Span) -> bool:
    """``regular "stability" talks``: a few quoted words used as an adjective.

    The span is short, ends without punctuation and runs straight into a
    lowercase noun; nobody is quoted, the words are the writer's label.
    """
    quoted = text[span.start:span.end]
    if len(quoted.split()) > 3 or not quoted[-1:].isalnum():
        return False
    match = _MODIFIED.match(text, span.close_at)
    if match is None:
        return False
    follower = match.group(1)
    return not (follower in words("prepositions") or follower in _NOT_NOUNS or follower in words("cue_verbs")
                or follower in words("skip_words") or follower in words("determiners")
                or follower in words("pronouns") or follower.endswith(("ed", "ly")))


_NOT_NOUNS = frozenset("and or but that which who is are was were be been being if as than so".split())


def _touching(article: _Article, hit: Optional[Hit], span: Span) -> bool:
    """Is the cue right before the quote (``Trump said: "Make America…"``)?"""
    return hit is not None and _ONLY_PUNCT.fullmatch(article.masked, hit.end, span.open_at) is not None


def _nicknamed(article: _Article, hit: Optional[Hit], span: Span) -> bool:
    """``he called Rubio "Little Marco"``: a person calling someone, named
    or "him"/"her", a capitalised name coins it, a quotation; ``he called
    the group the "Gang of Eight"`` names a thing."""
    if hit is None or hit.cue.lower() not in _CALLING or hit.mention.sort not in ("name", "pronoun"):
        return False
    gap = article.masked[hit.end:min(span.open_at, hit.end + 200)].split()  # four words are found well before
    if span.open_at > hit.end + 200 and len(gap) <= 3:
        gap = article.masked[hit.end:span.open_at].split()
    if hit.cue.lower() in _REFERRING and "as" in gap[-2:] and len(gap) <= 12:
        return True  # "Trump refers to the governor as "Chris."": whatever is referred to, the subject names it
    if len(gap) > 1 and gap[-1] in ("a", "an") and gap[-2][:1].isupper():
        gap = gap[:-1]  # "called Mrs. Schlafly an "Aunt Tom."": a person, then the article of what she is called
    named = 0 < len(gap) <= 3 and all(w[:1].isupper() and (w.isalpha() or w.lower().rstrip(".") in ABBREVIATIONS)
                                      for w in gap)
    return named or gap in (["him"], ["her"], ["them"])


def _reported(article: _Article, hit: Optional[Hit], span: Span) -> bool:
    """``Trump has said that a deal could lead to another "Holocaust."``: a
    capitalised quote inside the clause a speech verb reports is words said."""
    if hit is None or hit.cue.lower() not in _REPORTING or span.open_at - hit.end > 400:
        return False  # 25 words are found well within 400 characters; no need to slice a long sentence
    gap = article.masked[hit.end:span.open_at].split()
    return 3 <= len(gap) <= 25 and gap[0].lower() in ("that", "he", "she", "they", "it", "the", "a") \
        and gap[-1].lower() not in _BEFORE_TITLE


_REPORTING = frozenset("said says say saying noted notes noting added adds adding argued argues arguing claimed claims "
                       "claiming warned warns warning wrote insisted insists insisting suggested suggests "
                       "suggesting".split())
_BEFORE_TITLE = frozenset("on of in with from to at by for called titled named the a an his her their its".split())


_REFERRING = frozenset(("referred to", "refers to"))
#: A quotation joined to the one before it by "and" or "or".
_COORDINATED = re.compile("\ue000[”\"’']?,?[ \t]+(?:and|or)[ \t]+(?:(?:a|an|the)[ \t]+)?$")


def _coordinated(article: _Article, span: Span) -> bool:
    """``calls Santilli a "fascist" and a "Stalinist."``: capitals joined to
    a quotation of lowercase words before it are words said as that one is;
    joined to capitals (``"The View" and "The Late Show"``), titles."""
    match = _COORDINATED.search(article.masked, max(0, span.open_at - 24), span.open_at)
    if match is None:
        return False
    opening = match.start()
    while opening > 0 and article.masked[opening - 1] == _m.MASK:
        opening -= 1
    first = article.text[opening + 1:opening + 3].lstrip("“\"‘'")[:1]
    return first.islower()


_CALLING = frozenset("branded call called calling calls dubbed dubbing labeled labeling".split()) | _REFERRING


_DASH = re.compile(r"[ \t]*(?:\n[ \t]*)*[—–―-]{1,2}[ \t]*(?P<name>[A-Z][\w’'.\-]*(?:[ \t]+[A-Z][\w’'.\-]*){0,4})"
                   r"(?:,[ \t]+[^\n\"“”\ue000]{1,80}?)?[ \t]*[.,]?[ \t]*(?=\n|$)")


#: A linking word between the sentence start and a quote: ``But "…"``, ``Then, "…"``.
_LINKED = re.compile(r"\s*(?:But|And|Yet|So|Still|Then|Now|Again|Later|Also|Instead|However|Indeed|Moreover|Plus)"
                     r"\b,?\s*")


def _opens(masked: str, start: int, at: int) -> bool:
    """Is there nothing but space between ``start`` and ``at``?

    Walks back from ``at`` and stops at the first visible character, so a
    long sentence is not scanned once per quote."""
    i = at - 1
    while i >= start and masked[i].isspace():
        i -= 1
    return i < start


def _dash_signature(article: _Article, span: Span) -> Optional[Hit]:
    """``"…" — Sergei Ryabkov``: a name alone after a dash signs the quote."""
    match = _DASH.match(article.masked, span.close_at)
    if match is None:
        return None
    toks = _m.tokens(article.masked, match.start("name"), match.end("name"))
    mention = _m.classify(article.masked, toks)
    if mention is None or mention.sort not in ("name", "organisation") or mention.text.lower() in words("news_agencies"):
        return None  # "¶ - Reuters.": the agency's byline, not a signature
    return Hit(match.start(), match.start("name"), "—", article.sentence(match.start("name")), mention)


def _signed_inside(article: _Article, span: Span) -> Optional[Hit]:
    """``"… let’s take out the bomb. ¶ Donald Trump."``: a line after the
    quote that is a full name (and a description after a comma) closed by
    the quote's closing mark signs the quote, as a pull quote is signed."""
    line_start = article.text.find("\n", span.end, span.end + 3) + 1
    if line_start <= 0:
        return None
    match = _SIGNATURE_LINE.match(article.text, line_start, line_start + 120)
    if match is None:
        return None
    mention = _m.classify(article.text, _m.tokens(article.text, match.start("name"), match.end("name")))
    if mention is None or mention.sort != "name" or " " not in mention.name:
        return None
    return Hit(mention.start, mention.end, "", article.sentence(mention.start), mention)


#: A signature line: a name of two to five capitalised words, a description
#: after a comma, a full stop and the closing mark, alone on its line.
_SIGNATURE_LINE = re.compile(r"[ \t]*(?P<name>(?:[A-Z][\w’'.\-]*[ \t]+){1,4}[A-Z][\w’'\-]*[a-z])"
                             r"(?:,[ \t]+[^,\n\"”]{1,70})?\.?[\"”][ \t]*(?:\n|$)")


_VERB_AFTER = re.compile(
    r"[ \t]*(?:(?P<pro>he|she|they|(?:(?:an?|the)[ \t]+[a-z]+[ \t]+)?[A-Z][\w’'.\-]*(?:[ \t]+[A-Z][\w’'.\-]*){0,3})"
    r"[ \t]+(?:[a-z]+ly[ \t]+)?"
    r"(?P<verb>[a-z]{3,}(?:ed|s))\b|(?P<inv>[a-z]{3,}ed)[ \t]+(?P<name>[A-Z][\w’'.\-]*(?:[ \t]+[A-Z][\w’'.\-]*){0,3})"
    r"(?:[ \t]+of[ \t]+[A-Z][\w’'.\-]*(?:[ \t]+[A-Z][\w’'.\-]*)?)?[ \t]*[,.])")  # "beamed Donald Hartley of Madison,"


def _any_verb_after(article: _Article, span: Span) -> Optional[Hit]:
    """``"This is fantastic!" beamed Donald Hartley`` / ``"…," he mocks``.

    A quote closed by a comma, "!" or "?" and followed at once by a subject
    and a verb is attributed by that verb even when it is no known cue.
    """
    quoted = article.text[span.start:span.end].rstrip()
    if quoted[-1:] not in (",", "!", "?") and article.masked[span.close_at:span.close_at + 1] != ",":
        return None
    at = span.close_at + (article.masked[span.close_at:span.close_at + 1] == ",")
    match = _VERB_AFTER.match(article.masked, at)
    if match is None:
        return None
    group = "pro" if match.group("pro") else "name"
    verb = "verb" if group == "pro" else "inv"
    if match.group(verb) in words("prepositions") or match.group(verb) in _NOT_NOUNS:
        return None
    toks = _m.tokens(article.masked, match.start(group), match.end(group))
    if _m.bare(toks[0][2]) in _POSSESSIVE_DETERMINERS:
        return None  # '"So, who?" Her suggestions are redacted.': a new sentence, a noun
    mention = _m.classify(article.masked, toks)
    if mention is None or mention.sort == "descriptor":
        return None
    return Hit(match.start(verb), match.end(verb), match.group(verb), article.sentence(match.start(verb)), mention)


_POSSESSIVE_DETERMINERS = frozenset("her his its my our their your".split())


def _hit_after(article: _Article, span: Span, starts: list, para: int) -> Optional[Hit]:
    """``"…," Ryabkov said`` or ``"…," said Ryabkov``: the cue touches the quote."""
    index = bisect.bisect_left(starts, span.close_at)
    for hit in article.hits[index:index + 2]:
        if article.paragraph(hit.start) != para or hit.start - span.close_at > 300:
            return None
        gap_end = hit.mention.start if hit.mention.start < hit.start else hit.start
        if gap_end >= span.close_at and _ONLY_PUNCT.fullmatch(article.masked, span.close_at, gap_end):
            return hit if _same_utterance(article, span, hit) else None
        return None
    return None


def _reports_more(article: _Article, hit: Hit) -> bool:
    """``"…," one of the former prosecutors said the two cases were quite
    different``: a cue with its subject before it and a clause of its own
    after it reports other words, not the quote before it."""
    if hit.mention.start > hit.start:
        return False
    follower = article.masked[hit.end:hit.end + 24].split()[:1]
    return bool(follower) and follower[0] in _CLAUSE_WORDS


_CLAUSE_WORDS = frozenset("that he she they it we i the a an his her their its this".split())


def _same_utterance(article: _Article, span: Span, hit: Hit) -> bool:
    """``"…." He says referees…`` opens a new sentence about something else;
    ``"…." Trump said.`` still attributes the quote."""
    if hit.sentence == article.sentence(span.open_at):
        return True
    if article.text[span.start:span.end].rstrip()[-1:] in ("?", "!") and hit.mention.sort in ("name", "pronoun") \
            and _opens(article.masked, article.sent_starts[article.sentence(span.open_at)], span.open_at):
        return True  # "“…?” Trump told ITV in an interview aired Monday": a question is signed like a statement
    _floor, ceiling = article.sentence_bounds(hit.sentence)
    rest = article.masked[hit.end:min(ceiling, hit.end + 400)]  # seven words are found well before
    if ceiling > hit.end + 400 and len(rest.split()) <= 6:
        rest = article.masked[hit.end:ceiling]
    return len(rest.split()) <= 6 and " that " not in rest and _m.MASK not in rest


def _hit_before(article: _Article, span: Span, starts: list, sentence: int) -> Optional[Hit]:
    index = bisect.bisect_right(starts, span.open_at) - 1
    if index >= 0:
        hit = article.hits[index]
        if hit.sentence == sentence and hit.end <= span.open_at:
            if index > 0 and article.hits[index - 1].sentence == sentence and _subordinate(article, hit,
                                                                                          article.hits[index - 1]):
                return article.hits[index - 1]
            return hit
    return None


_SUBORDINATORS = frozenset("that what whom".split())


def _subordinate(article: _Article, hit: Hit, earlier: Hit) -> bool:
    """``X said that Y had told …`` / ``what he called`` / ``X said Y
    called …``: a cue inside a clause that an earlier cue of the sentence
    governs, its subject right after that cue."""
    if _reported_credit(article, earlier, hit):
        return True  # "Win Htein said that according to its analysis, …": the credit is inside his words
    before = article.masked[max(0, hit.mention.start - 16):hit.mention.start].split()
    if before and before[-1].lower() in _SUBORDINATORS:
        # "to which O'Malley interjected:": a relative clause after a preposition has a speaker of its own
        return not (before[-1].lower() in ("which", "whom") and len(before) > 1
                    and _m.bare(before[-2]) in words("prepositions"))
    return earlier.end <= hit.mention.start and _BLANK.fullmatch(article.masked, earlier.end, hit.mention.start) is not None


def _later_in_sentence(article: _Article, span: Span, starts: list, sentence: int) -> Optional[Hit]:
    index = bisect.bisect_left(starts, span.close_at)
    if index < len(article.hits) and article.hits[index].sentence == sentence:
        hit = article.hits[index]
        gap = article.masked[span.close_at:min(hit.mention.start, hit.start, span.close_at + 300)]
        if article.text[span.start:span.end].rstrip()[-1:] == ",":
            gap = "," + gap  # the comma closing the clause stands inside the quote
        if _OTHER_CLAUSE.search(gap):
            return None  # '… agreed that she is in "good health," while 73 percent said the same of Trump'
        if _TIME_CLAUSE.fullmatch(gap):
            return None  # 'his signature "bu, bu, bu" when I ask a question': the cue is the clause's own
        return hit
    return None


#: Between a quote and the subject of a later cue: a subordinator whose clause the cue is the verb of.
_TIME_CLAUSE = re.compile(r"[ \t,\ue000”’\"']*(?:when|whenever|after|before|because|if|since|until|once)[ \t]+")
#: Between a quote and a later cue: a clause of its own begins.
_OTHER_CLAUSE = re.compile(r"[;,][ \t\ue000”’\"']*(?:while|whereas|but|and|though|although)\b|;")


def _previous_sentence(article: _Article, sentence: int, para: int) -> Optional[Hit]:
    """``…, he said. "…"``: the last cue of the sentence before, same paragraph.

    The sentence before may have begun a paragraph earlier (a quote running
    over a paragraph break); only its cues in this paragraph count."""
    if sentence == 0 or article.paragraph(article.sent_starts[sentence] - 1) != para:
        return None
    prev_start = max(article.sent_starts[sentence - 1], article.para_starts[para])
    index = bisect.bisect_left(article.hit_starts, article.sent_starts[sentence]) - 1
    found = None
    while index >= 0 and article.hits[index].start >= prev_start:
        found = article.hits[index]
        if found.mention.text.lower() != "who":
            return found  # "said X, who wrote…": X speaks on, not the relative clause
        index -= 1
    return found


def _quoted_before(choice: Optional[tuple], sentence: int) -> Optional[Hit]:
    """``"…," Trump said at his party, two hours after news outlets declared
    him the victor. "You are going to be so happy."``: the one who signed the
    quote of the sentence before speaks on, not the last cue of it."""
    if choice is None or choice[0].sentence != sentence - 1 or not choice[0].cue:
        return None
    return choice[0]


def _signed_before(choice: Optional[tuple], sentence: int) -> Optional[Hit]:
    """``"…," he surmised. "On Facebook …"``: the quote of the sentence
    before, in this paragraph, was signed by a verb that is no known cue (or
    a dash, or a colon); its signer speaks on."""
    if choice is None or choice[1] is not None or choice[0].sentence != sentence - 1:
        return None
    return choice[0]


def _speaks_on(choice: Optional[tuple]) -> Optional[tuple]:
    """``"…," said Sara Walker, 44. An immigrant from Uganda, she plans …
    "All she went through …"``: a later quote opening a sentence of the
    same paragraph, with no cue of its own, goes on with the paragraph's
    last speaker."""
    if choice is None:
        return None
    return choice[0], choice[1], "same paragraph"


def _continuation(article: _Article, span: Span, para: int, previous: list) -> Optional[tuple]:
    """A quote opening its paragraph with no cue: the paragraph before speaks on."""
    prev_para = para - 1
    while prev_para >= 0 and not article.text[article.para_starts[prev_para]:article.para_starts[prev_para + 1]].strip():
        prev_para -= 1
    if prev_para < 0:
        return None
    choice = previous.get(prev_para)
    if choice is None and _SHOUT.fullmatch(article.text, article.para_starts[prev_para],
                                           article.para_starts[prev_para + 1]):
        asked = previous.get(prev_para - 1) or previous.get(prev_para - 2)  # the question before the answer
        if asked is not None and asked[0].cue.lower() in _ASKING:
            return asked[0], asked[1], "continuation"
    if choice is not None:
        if _answered(article, span, choice[0]):
            return None
        return choice[0], choice[1], "continuation"
    prev_text = article.masked[article.para_starts[prev_para]:article.para_starts[prev_para + 1]].rstrip()
    lead = _lead_in(article, prev_para, prev_text)
    if prev_text.endswith(":"):
        index = bisect.bisect_left(article.hit_starts, article.para_starts[prev_para + 1]) - 1
        colon = article.sentence(article.para_starts[prev_para] + len(prev_text) - 1)
        if index >= 0 and article.hits[index].start >= article.para_starts[prev_para] and (
                article.hits[index].sentence == colon or lead is None or lead[0].mention.sort == "pronoun"):
            # the last cue speaks on, unless the colon's sentence names someone else: "Gary Hart … by
            # denouncing the New Deal. … Frank quotes former Carter adviser Alfred Kahn:" is Frank's
            return article.hits[index], None, "continuation"
    return lead


#: A paragraph that is only a short shouted quote: ``"Nooooo!"``.
_SHOUT = re.compile(r"\s*[\"“]\s*[^\s\"“”]+(?:\s+[^\s\"“”]+){0,2}!\s*[\"”]\s*")
_ASKING = frozenset(("asked", "asks"))


def _answered(article: _Article, span: Span, asked: Hit) -> bool:
    """``"Or do we make promises we can't keep?" Clinton asked. ¶
    "Nooooo!"``: a short exclamation after a question is the crowd's answer
    (and the question after it is still the asker's)."""
    quoted = article.text[span.start:span.end].rstrip()
    return asked.cue.lower() in _ASKING and quoted.endswith("!") and len(quoted.split()) <= 3


def _lead_in(article: _Article, para: int, masked_para: str) -> Optional[tuple]:
    """``Howard continued his scathing remarks. ¶ "Eight years ago …"``: a
    one-sentence paragraph with no quote, opened by a named person and a
    verb, leads into the quote paragraph after it; so does the last sentence
    of a paragraph ending in a colon (``He then listed the qualities: ¶
    "…"``), whose subject may be a pronoun."""
    start = article.para_starts[para]
    if _m.MASK in masked_para or not masked_para.endswith((".", ":")):
        return None
    end = start + len(masked_para)
    if masked_para.endswith(":"):
        return _colon_lead_in(article, article.sentence(end - 1), end)
    sentence = article.sentence(start + len(masked_para) - len(masked_para.lstrip()))
    if article.sentence(end - 1) != sentence:
        return None
    opening = start + len(masked_para) - len(masked_para.lstrip())
    reported = _reporting_cue(article, sentence, opening)
    if reported is not None:
        return reported, None, "lead-in"  # "Carter said that … would not happen. ¶ "That's because …""
    for mention in (article.clause_subject(article.sent_starts[sentence], end),
                    article.opening_subject(article.sent_starts[sentence], end)):
        if mention is not None and mention.sort == "name" and mention.start - opening <= 3:
            return Hit(mention.start, mention.end, "", sentence, mention), None, "lead-in"
    return None


def _lead_sentence(article: _Article, sentence: int, para: int) -> Optional[Hit]:
    """``Mr. Hannity is unapologetic about his aim. ''I'm not hiding …''``:
    a quote-free sentence of the same paragraph, opened by a name and its
    verb and holding no cue, leads into the quote opening the next one."""
    if sentence == 0:
        return None
    floor, end = article.sentence_bounds(sentence - 1)
    if floor < article.para_starts[para] or article.quoted_between(floor, end):
        return None
    index = bisect.bisect_left(article.hit_starts, floor)
    if index < len(article.hits) and article.hits[index].start < end:
        return None  # a cue there: the rules for cues have spoken
    text = article.masked[floor:end].rstrip()
    mention = article.clause_subject(floor, floor + len(text))
    if mention is None or mention.sort != "name" or mention.start - floor > 3 or not text.endswith("."):
        return None
    return Hit(mention.start, mention.end, "", sentence - 1, mention)


def _reporting_cue(article: _Article, sentence: int, opening: int) -> Optional[Hit]:
    """The first cue of a sentence, if its subject is a name opening the
    paragraph: ``Carter said that …``, reported speech the next quote goes on with."""
    index = bisect.bisect_left(article.hit_starts, opening)
    if index < len(article.hits) and article.hits[index].sentence == sentence:
        hit = article.hits[index]
        lead = article.masked[opening:hit.mention.start].strip()
        opens = hit.mention.start <= opening + 3 \
            or (lead.endswith(",") and len(lead.split()) <= 3 and _m.MASK not in lead)  # "If anything, Ash argued"
        if hit.mention.sort == "name" and opens and hit.mention.start < hit.start:
            return hit
    return None


def _colon_lead_in(article: _Article, sentence: int, end: int) -> Optional[tuple]:
    """The named subject (a person or an organisation: "The New York Times
    reports:") of a sentence ending in a colon, with its verb, or the
    pronoun opening it; "Wait, it gets better:" names no one."""
    floor = article.sent_starts[sentence]
    mention = article.opening_subject(floor, end) or _named(article, article.clause_subject(floor, end))
    if mention is None or mention.sort not in ("name", "organisation"):
        mention = article._sentence_subject(floor, end)
        if mention is None or mention.sort != "pronoun":
            return None
    return Hit(mention.start, mention.end, "", sentence, mention), None, "lead-in"


def _colon_in_sentence(article: _Article, floor: int, span: Span) -> Optional[tuple]:
    """``Jeb Bush broke down what was wrong to the Dutch newspaper NRC
    Handelsblad: "…"``: a quote after a colon in a sentence with no cue is
    said by the sentence's subject, a named person, an organisation or a
    pronoun, as when the colon ends a paragraph before it."""
    end = _colon_before(article.masked, floor, span.open_at)
    if end is None:
        return None
    start = _lead_end(article, floor, end)
    mention = (article.opening_subject(floor, end) or _named(article, article.clause_subject(floor, end))
               or _named(article, ahead := _m.noun_phrase_forward(article.masked, start, end))
               or _named(article, _apposed(article, ahead, end))
               or _titled_opening(article, start, end))
    if mention is None:
        mention = article._sentence_subject(floor, end)
        if mention is None or mention.sort != "pronoun":
            return None
    return Hit(mention.start, mention.end, "", article.sentence(floor), mention), None, "lead-in"


def _colon_before(masked: str, floor: int, at: int) -> Optional[int]:
    """Where a colon right before ``at`` (spaces between) ends, if there is one after ``floor``."""
    end = at
    while end > floor and masked[end - 1] in " \t":
        end -= 1
    return end if end > floor and masked[end - 1] == ":" else None


def _titled_opening(article: _Article, start: int, limit: int) -> Optional[_m.Mention]:
    """``Former Republican presidential candidate Jeb Bush broke down``: a
    name after a few words of title (no punctuation between), then its verb."""
    toks = _m.tokens(article.masked, start, min(limit, start + 80))[:6]
    for k, (tok_start, _end, word) in enumerate(toks[1:], 1):
        if not toks[k - 1][2].isalpha():
            return None
        match = _OPENING.match(article.masked, tok_start, limit)
        if match is not None and match.start("np") == tok_start:
            return _named(article, _m.classify(article.masked, _m.tokens(article.masked, start, match.end("np"))))
    return None


def _lead_end(article: _Article, floor: int, limit: int) -> int:
    """Where a sentence's subject may open: after a dateline ("WASHINGTON,
    Dec. 8 (UPI) — ") and a leading adverbial ("In response,")."""
    while floor < limit and article.masked[floor] in " \t":
        floor += 1  # a sentence inside a paragraph starts at the space after the full stop
    dateline = _DATELINE.match(article.masked, floor, limit)
    if dateline is not None:
        floor = dateline.end()
    lead = _LEADING.match(article.masked, floor, min(limit, floor + 140))
    if lead is None:
        return floor
    end = lead.end()
    for _ in range(2):  # "At a rally in Portsmouth, N.H., on Tuesday, Senator …": the state and the day go with it
        more = _LEAD_MORE.match(article.masked, end, min(limit, end + 60))
        if more is None or (more.group("place") and more.group("place").lower() not in words("places")):
            break
        end = more.end()
    return end


#: What may follow a leading phrase before the subject: a place's state, or a time ("N.H., on Tuesday, ").
_LEAD_MORE = re.compile(r"(?:(?P<place>[A-Z][\w.]*(?:[ \t][A-Z][\w.]*)?)|(?:on|in|at|last|this|early|late)[ \t]"
                        r"[^,\ue000\n]{1,30}),[ \t]*")


#: A dateline opening a sentence: a place in capitals, its date or state, the agency in brackets, a dash.
_DATELINE = re.compile(r"[A-Z]{2,}(?:[ \t.][A-Z]{2,}\.?)*,[^\n\ue000—–―]{0,24}?(?:\([A-Za-z ]{1,20}\))?"
                       r"[ \t]*[—–―][ \t]*")


def _apposed(article: _Article, mention: Optional[_m.Mention], end: int) -> Optional[_m.Mention]:
    """``One early supporter, Representative Lee Zeldin, …, gave``: the name
    set off by commas after a description opening the clause."""
    if mention is None or mention.sort != "descriptor" or not article.masked.startswith(", ", mention.end):
        return None
    name = _m.noun_phrase_forward(article.masked, mention.end + 1, end)
    if name is None or name.sort != "name" or not article.masked.startswith((",", "."), name.end):
        return None  # the name closes the apposition: "…, James B. Comey," or "…, actress Jamie Lee Curtis."
    if name.text.split()[0].lower() in ("who", "which", "whose"):
        return None  # "said the designer, who works for another brand at G-III.": a clause, not her name
    return name


def _named(article: _Article, mention: Optional[_m.Mention]) -> Optional[_m.Mention]:
    """A mention that names a person in full (or one met in full) or an
    organisation of two words or more: "Republican threats" is no one."""
    if mention is None or mention.sort not in ("name", "organisation") or " " not in mention.text.strip():
        return None
    first = mention.text.split(None, 1)[0].lower()
    if first in _NEVER_NAMES or first in _CLAUSE_OPENERS:
        return None  # "But as often as not he": a clause read as a name
    if mention.sort == "name" and " " not in mention.name and mention.name not in article.names:
        return None
    return mention


def _subject_fallback(article: _Article, floor: int, span: Span) -> Optional[tuple]:
    """Quoted words inside a sentence with no cue verb: the clause's subject
    speaks. One or two words are a label as often as a quotation
    (``Cruz is praising the "moderate" wing``): they get a speaker only from
    a name with an appositive opening the sentence, a pattern of reporting."""
    short = len(article.text[span.start:span.end].split()) <= 2
    mention = (None if short else article.clause_subject(floor, span.open_at)
               or article.opening_subject(floor, span.open_at)) or _appositive_subject(article, floor, span.open_at)
    rule = "subject"
    if short and mention is None:
        return None
    if mention is None:
        mention, rule = _phrase_subject(article, floor, span.open_at), "opening phrase"
    if mention is None or mention.text.lower() == "it":
        return None  # "It starts with X's proposition that '…'": a thing, not a speaker
    if _ASKED.match(article.masked, mention.end):
        return None  # "Blumenthal was asked, '…'": the words are the questioner's
    return Hit(mention.start, mention.end, "", article.sentence(floor), mention), None, rule


#: A sentence opening with a question put to its subject: 'Asked whether Clinton "…," 75 percent said'.
_ASKED_CLAUSE = re.compile(r"\s*Asked[ \t]+(?:if|whether|about|how|why|what|who)\b[^,;\ue000]{0,200}$")
#: A subject that is asked or told something does not speak the quote that follows.
_ASKED = re.compile(r"[ \t]+(?:was|were|is|are|has been|had been|being)[ \t]+(?:[a-z]+ly[ \t]+)?"
                    r"(?:asked|told|questioned|pressed|quizzed|interviewed)\b")


#: After a subject: a party tag or an appositive, an adverb, then a verb.
_THEN_VERB = re.compile(r"(?:[ \t]*\([DRI](?:-[\w.]+)?\))?(?:,[ \t][^,;\ue000\n]{1,100},)?[ \t]+(?:[a-z]{2,}ly[ \t]+|also[ \t]+|then[ \t]+)?"
                        r"(?:has|have|had|(?!was\b|is\b)[a-z]{2,}(?:ed|s)|" + _PAST + r")\b")


#: Words that end or open no subject phrase: auxiliaries, prepositions, clause words.
_NOT_IN_SUBJECT = (words("skip_words") | words("prepositions") | words("pronouns") | _m.CONJUNCTIONS
                   | frozenset("there then perhaps even instead".split()))


def _phrase_subject(article: _Article, floor: int, limit: int) -> Optional[_m.Mention]:
    """``The petition accuses the campaign of "attempting to bully"``: the
    phrase opening the sentence, followed by its verb, is the subject."""
    start = _lead_end(article, floor, limit)
    toks = _m.tokens(article.masked, start, min(limit, start + 80))[:5]
    for k, (_s, end, word) in enumerate(toks):
        low = _m.bare(word)
        if not word[:1].isalnum() or low in _NOT_IN_SUBJECT or (k and low in words("determiners")) \
                or low in words("cue_verbs") or _m.is_adverb(word):
            return None
        if _THEN_VERB.match(article.masked, end, limit):
            if k + 1 < len(toks) and _plural_then_verb(article, toks[k + 1], limit):
                continue  # "Two military analysts found": "analysts" is the head noun, "found" the verb
            mention = _m.classify(article.masked, toks[:k + 1])
            if mention is None or mention.sort == "pronoun" or _m.POSSESSIVE.search(mention.text):
                return None  # "Pence's press release linked …": the walk stopped inside the phrase
            return mention
    return None


def _plural_then_verb(article: _Article, token: tuple, limit: int) -> bool:
    """Is ``token`` a lowercase -s word ("analysts") followed by a past
    tense? Then it was a plural noun of the subject, not its verb."""
    word = token[2]
    if not (word.isalpha() and word.islower() and word.endswith("s")) or word in ("has", "is", "was", "does"):
        return False
    match = _THEN_VERB.match(article.masked, token[1], limit)
    if match is None:
        return False
    verb = match.group().split()[-1]
    return verb in words("past_verbs") or verb in words("cue_verbs")  # "analysts found", not "recommends unspecified"


_APPOSED = re.compile(r"\s*(?:(?:But|And|Yet|So)[ \t]+)?(?P<np>[A-Z][\w’'.\-]*(?:[ \t]+[A-Z][\w’'.\-]*){0,4}),[ \t][^,;\ue000\n]{1,100},[ \t]+"
                     r"(?:[a-z]{2,}ly[ \t]+)?(?:has|have|had|was|is|were|are|will|would|also|[a-z]{2,}(?:ed|s))\b")


def _appositive_subject(article: _Article, floor: int, limit: int) -> Optional[_m.Mention]:
    """``Tom Fitton, the president of Judicial Watch, charged that … "hid"``:
    a name opening the sentence, an appositive, then its verb."""
    match = _APPOSED.match(article.masked, floor, limit)
    if match is None:
        return None
    mention = _m.classify(article.masked, _m.tokens(article.masked, match.start("np"), match.end("np")))
    return mention if mention is not None and mention.sort in ("name", "organisation") else None


def _relay(after: Hit, before: Optional[Hit]) -> Optional[tuple]:
    """``Sherman emphasized "…," the State Department said``: Sherman, relayed."""
    if before is None or after.mention.sort != "organisation" or before.mention.sort == "organisation":
        return None
    if before.sentence != after.sentence:
        return None
    return before, after


def _unmasked(article: _Article, phrase: str) -> str:
    """``co-author of "Going Viral," about the web``: a title holding a
    quotation was read from the masked text; give it back its words."""
    at = article.masked.find(phrase)
    return article.text[at:at + len(phrase)] if at >= 0 else phrase.replace(_m.MASK, "")


def _attribution(resolver: _Resolver, choice: Optional[tuple]) -> Attribution:
    if choice is None:
        return NO_ATTRIBUTION
    hit, relay, _rule = choice
    mention = hit.mention
    speaker, title = resolver.resolve(mention)
    if mention.sort == "pronoun" and speaker.lower() in _POSSESSIVE_PRONOUNS:
        return NO_ATTRIBUTION  # "by her own admission", no one speaking near: whose, the article does not say
    if title is not None and _m.MASK in title:
        title = _unmasked(resolver.a, title)
    channel, kind = resolver.a.channel(hit)
    if relay is not None:
        channel, kind = _channels.find_channel(relay.mention.text, 0, len(relay.mention.text))
        if kind != "news agency":
            kind = "document" if _document(relay.mention) else "relayed"
            channel = _channels.without_stop(relay.mention.name or relay.mention.text)
    return Attribution(
        speaker=_channels.without_stop(speaker),  # "…," said the DNC.
        speaker_title=title, speaker_start=mention.start, speaker_end=mention.end,
        cue=hit.cue or None, channel=channel, channel_type=kind,
    )
