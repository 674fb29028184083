"""Article results and variant groups -> Finding records, one small check per code.

Each check answers one question a fact-checker asks of a quote and says which
quote it means by path, line and column. Checks never decide exit codes or
output: the rule table (rules.py) gives the severity, formats.py the output.

Every finding carries a fingerprint of what it is about (code, quoted words,
speaker), never of where it is, so a baseline survives edits elsewhere in the
article; the baseline pairs it with the file.
"""

from __future__ import annotations

import hashlib
from typing import Callable, Iterable, Iterator, NamedTuple, Optional

import regex

from .models import Finding, Quote, VariantGroup
from .rules import BY_CODE

#: Words of a quote as compared: letters and digits, apostrophes unified.
_WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*")
_ELLIPSIS = regex.compile(r"…|\.\.\.|\[\s*\.\.\.\s*\]")
#: Quotes that claim someone said them; terms (scare quotes, titles) do not.
SPOKEN_KINDS = ("quote", "fragment")
PREVIEW_CHARS = 40


def article_path(article) -> str:
    """Where a finding points: the file, or ``corpus.jsonl#id`` for a corpus line."""
    if article.path.lower().endswith(".jsonl") or (article.path == "<stdin>" and article.id != "<stdin>"):
        return f"{article.path}#{article.id}"
    return article.path


def preview(text: str, limit: int = PREVIEW_CHARS) -> str:
    """The first words of a quote, cut at a word boundary, for a one-line message."""
    flat = " ".join(text.split()).replace('"', "'")
    if len(flat) <= limit:
        return flat.rstrip(",;: ")
    cut = flat[:limit].rsplit(" ", 1)[0] or flat[:limit]
    return cut.rstrip(",;: ") + "…"


def words(text: str) -> list[str]:
    """Casefolded words, so matching ignores case, marks and punctuation."""
    return [w.replace("’", "'") for w in _WORD.findall(text.casefold())]


def fingerprint(code: str, text: str, speaker: Optional[str]) -> str:
    """Stable id of a finding's subject: no offsets, so edits elsewhere keep it."""
    key = "\x00".join((code, " ".join(words(text)), (speaker or "").casefold()))
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def make_finding(code: str, path: str, line: int, column: int, message: str,
                 quote_id: Optional[str], print_key: tuple) -> Finding:
    """A Finding with the rule's severity and a fingerprint of ``print_key``."""
    return Finding(path=path, line=line, column=column, code=code, message=message,
                   severity=BY_CODE[code].severity, quote_id=quote_id,
                   fingerprint=fingerprint(code, *print_key))


# --- checks of one article ------------------------------------------------------


def is_headline_quote(quote: Quote, article) -> bool:
    """A quote standing as a heading, or inside the article's title line.

    The title counts only when it is the text's first line (a corpus may carry
    it apart from the text); a first line ending like a sentence
    (``... said: "We won."``) is prose, even when a blank line follows it.
    """
    if quote.kind == "headline":
        return True
    if quote.line != 1 or not article.title:
        return False
    first = article.text.lstrip("\ufeff").split("\n", 1)[0].strip()
    title = first.rstrip("\"”’' ")
    return first == article.title.strip() and bool(title) and title[-1] not in ".!?…"


def check_unbalanced(result) -> Iterator[Finding]:
    """QC101: a mark with no partner; the words next to it say where to look."""
    text, path = result.article.text, article_path(result.article)
    for mark in result.unbalanced:
        line_end = text.find("\n", mark.offset)
        after = text[mark.offset + len(mark.mark): len(text) if line_end < 0 else line_end]
        near = after.strip() or text[text.rfind("\n", 0, mark.offset) + 1: mark.offset].strip()
        yield make_finding("QC101", path, mark.line, mark.column,
                           f'unbalanced quote mark {mark.mark} near "{preview(near)}"',
                           None, (f"{mark.mark} {near[:PREVIEW_CHARS]}", None))


def check_unattributed(result) -> Iterator[Finding]:
    """QC201: words presented as someone's speech with nobody credited."""
    path = article_path(result.article)
    for quote in result.quotes:
        if quote.kind in SPOKEN_KINDS and quote.speaker is None and not is_headline_quote(quote, result.article):
            yield make_finding("QC201", path, quote.line, quote.column,
                               f'unattributed quote "{preview(quote.text)}"',
                               quote.id, (quote.text, None))


def check_headline(result) -> Iterator[Finding]:
    """QC202: a headline puts words in quotes that no credited body quote contains.

    Headline writers shorten quotes, so a headline quote passes when its words
    (each part between ellipses) run on, in order, inside one attributed body
    quote; a paraphrase or an unattributed body quote does not.
    """
    article, path = result.article, article_path(result.article)
    body = [" " + " ".join(words(q.text)) + " " for q in result.quotes
            if q.speaker is not None and not is_headline_quote(q, article)]
    for quote in result.quotes:
        if not is_headline_quote(quote, article):
            continue
        parts = [" " + " ".join(words(part)) + " " for part in _ELLIPSIS.split(quote.text) if words(part)]
        if parts and any(all(part in said for part in parts) for said in body):
            continue
        yield make_finding("QC202", path, quote.line, quote.column,
                           f'headline quote "{preview(quote.text)}" is not attributed in the body',
                           quote.id, (quote.text, None))


# --- checks across articles -----------------------------------------------------


#: Member variants (compare.py) that change the words, not just their print.
WORDING_VARIANTS = ("reworded", "extended", "truncated")
CONFLICT_VARIANT = "conflicting_speaker"
DIFF_NOTE_RUNS = 3


def _reference(group: VariantGroup):
    """The member printing the group's reference wording (the first one if none does)."""
    for member in group.members:
        if member.text == group.reference:
            return member
    reference = words(group.reference)
    return next((m for m in group.members if words(m.text) == reference), group.members[0])


def _diff_note(member) -> str:
    """`` (-will +shall)``: the first words a member drops and adds against the reference.

    Within one changed stretch, dropped words come first whatever order the
    diff lists them in, so the message does not move with the diff algorithm.
    """
    notes, stretch = [], []
    for op, part in tuple(member.diff or ()) + (("equal", ""),):
        text = " ".join(str(part).split())
        if op in ("insert", "delete") and text:
            stretch.append((op != "delete", ("+" if op == "insert" else "-") + text))
        elif op == "equal":
            notes.extend(note for _, note in sorted(stretch, key=lambda item: item[0]))
            stretch = []
    if not notes:
        return ""
    more = " …" if len(notes) > DIFF_NOTE_RUNS else ""
    return f" ({' '.join(notes[:DIFF_NOTE_RUNS])}{more})"


def _source(member) -> str:
    return member.outlet or member.article


def check_wording(groups: Iterable[VariantGroup], locate) -> Iterator[Finding]:
    """QC301: an outlet's words differ from the wording other outlets print.

    Only changes of words count (compare.py's reworded, extended, truncated):
    curly against straight marks or "U.S." against "US" is house style.
    """
    for group in groups:
        if not group.members:
            continue
        reference = _reference(group)
        for member in group.members:
            if member.variant not in WORDING_VARIANTS or member.article == reference.article:
                continue
            path, quote = locate(member)
            yield make_finding("QC301", path, quote.line, quote.column,
                               f'wording differs from {_source(reference)}{_diff_note(member)}: '
                               f'"{preview(member.text)}"',
                               member.quote_id, (member.text, member.speaker))


def check_speakers(groups: Iterable[VariantGroup], locate) -> Iterator[Finding]:
    """QC302: outlets credit the same words to different people."""
    for group in groups:
        agreeing = [m for m in group.members if m.variant != CONFLICT_VARIANT and m.speaker]
        for member in group.members:
            if member.variant != CONFLICT_VARIANT:
                continue
            path, quote = locate(member)
            credited = group.speaker or (agreeing[0].speaker if agreeing else "someone else")
            by = f" by {_source(agreeing[0])}" if agreeing else ""
            yield make_finding("QC302", path, quote.line, quote.column,
                               f'quote credited to {member.speaker} here but to {credited}{by}: '
                               f'"{preview(member.text)}"',
                               member.quote_id, (member.text, member.speaker))


class _Position(NamedTuple):
    """Line and column of a member whose quote is not among the results."""

    line: int
    column: int


#: Code -> check of one ArticleResult.
ARTICLE_CHECKS: dict[str, Callable] = {
    "QC101": check_unbalanced,
    "QC201": check_unattributed,
    "QC202": check_headline,
}
#: Code -> check of the variant groups of several articles.
GROUP_CHECKS: dict[str, Callable] = {
    "QC301": check_wording,
    "QC302": check_speakers,
}


def article_findings(result, codes=None) -> list[Finding]:
    """Findings of one article for the selected codes (all when ``codes`` is None)."""
    found = []
    for code, check in ARTICLE_CHECKS.items():
        if codes is None or code in codes:
            found.extend(check(result))
    return found


def group_findings(groups, results, codes=None) -> list[Finding]:
    """Findings across articles; ``results`` locate each member's quote and file."""
    where = {}
    for result in results:
        path = article_path(result.article)
        for quote in result.quotes:
            where[quote.id] = (path, quote)

    def locate(member):
        return where.get(member.quote_id) or (member.article, _Position(member.line, 1))

    groups = list(groups)
    found = []
    for code, check in GROUP_CHECKS.items():
        if codes is None or code in codes:
            found.extend(check(groups, locate))
    return found
