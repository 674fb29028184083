"""Score quotecheck against articles annotated by people (PolNeAR's JSONL form).

A predicted span matches a gold span when their overlap covers at least 80% of
both, after trimming quote marks and spaces. An attribution is right when the
predicted mention overlaps an annotated speaker span of the matched quote; an
attribution on a span with no annotated speaker counts against precision.
Gold covers double-quote segments only, one segment per paragraph, so
predicted multi-paragraph quotes are scored paragraph by paragraph and
single-quoted spans are left out.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Iterable, Iterator, Optional

from .api import process_article
from .articles import make_article
from .models import Quote

MIN_OVERLAP = 0.8
_TRIM = " \t\r\n\"'“”‘’„«»‹›`\u00a0"
_DOUBLE = ("\"", "“", "„", "''", "``", "‟", "”")


@dataclass
class Score:
    """Counts behind precision, recall and F1."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    """Both scores of a run, and the errors behind them for ``--errors``."""

    articles: int = 0
    spans: Score = field(default_factory=Score)
    speakers: Score = field(default_factory=Score)
    errors: list = field(default_factory=list)


def read_gold(path: str) -> Iterator[dict]:
    """Annotated articles, one JSON object a line."""
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if line.strip():
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise ValueError(f"{path}:{number}: not valid JSON ({exc.msg})") from None
                problem = gold_problem(record)
                if problem:
                    raise ValueError(f"{path}:{number}: not an annotated article: {problem}")
                yield record


def gold_problem(record) -> Optional[str]:
    """What makes a line no annotated article, in words, or None.

    Checked before scoring, so a malformed corpus is named by file, line and
    field instead of failing deep inside the matching."""
    if not isinstance(record, dict):
        return "an annotated article is a JSON object"
    if not isinstance(record.get("text"), str):
        return '"text" must be a string'
    for field in ("quotes", "other_quoted_spans"):
        if not isinstance(record.get(field, []), list):
            return f'"{field}" must be a list'
    for k, quote in enumerate(record.get("quotes", [])):
        if not isinstance(quote, dict) or not _offsets(quote.get("start"), quote.get("end")):
            return f'"quotes"[{k}] needs integer "start" and "end"'
        speaker_start = quote.get("speaker_start")
        if (speaker_start is not None and not isinstance(speaker_start, int)) \
                or not all(_pair(span) for span in quote.get("speaker_spans") or []):
            return f'"quotes"[{k}]: speaker offsets must be integers'
    for k, span in enumerate(record.get("other_quoted_spans", [])):
        if not _pair(span):
            return f'"other_quoted_spans"[{k}] must be [start, end]'
    return None


def _offsets(*values) -> bool:
    return all(isinstance(v, int) for v in values)


def _pair(span) -> bool:
    """``[start, end]``, two integer offsets."""
    return isinstance(span, list) and len(span) == 2 and _offsets(*span)


def evaluate(gold_articles: Iterable[dict], keep_errors: bool = False) -> Report:
    """Run the pipeline on every gold article and add up the scores."""
    report = Report()
    for record in gold_articles:
        article = make_article(str(record.get("id")), str(record.get("id")), record["text"],
                               {"outlet": record.get("publisher"), "title": record.get("title")})
        quotes = process_article(article).quotes
        score_article(record, quotes, report, keep_errors)
        report.articles += 1
    return report


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink (start, end) past quote marks and spaces at both ends."""
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


def segments(text: str, quote: Quote) -> list[tuple[int, int]]:
    """A quote's paragraphs as separate trimmed segments, as the gold splits them."""
    out, start = [], quote.start
    while True:
        newline = text.find("\n", start, quote.end)
        end = quote.end if newline < 0 else newline
        seg = trim(text, start, end)
        if seg[1] > seg[0]:
            out.append(seg)
        if newline < 0:
            return out
        start = newline + 1


def overlaps(a: tuple[int, int], b: tuple[int, int], need: float = MIN_OVERLAP) -> bool:
    """Does the overlap cover at least ``need`` of both spans?"""
    inter = min(a[1], b[1]) - max(a[0], b[0])
    return inter > 0 and inter >= need * (a[1] - a[0]) and inter >= need * (b[1] - b[0])


def score_article(record: dict, quotes, report: Report, keep_errors: bool) -> None:
    """Match predicted segments to gold spans one to one and count both scores."""
    text = record["text"]
    gold = [(trim(text, q["start"], q["end"]), q) for q in record.get("quotes", [])]
    gold += [(trim(text, s, e), None) for s, e in record.get("other_quoted_spans", [])]
    predicted = [(seg, q) for q in quotes if q.mark in _DOUBLE for seg in segments(text, q)]
    used = set()
    for seg, quote in predicted:
        match = _best_match(seg, gold, used)
        if match is None:
            report.spans.fp += 1
            _note(report, keep_errors, record, "extra span", seg, quote, None)
            if quote.speaker_start is not None:
                report.speakers.fp += 1
            continue
        used.add(match)
        report.spans.tp += 1
        _score_speaker(record, seg, quote, gold[match][1], report, keep_errors)
    for index, (seg, annotation) in enumerate(gold):
        if index not in used:
            report.spans.fn += 1
            _note(report, keep_errors, record, "missed span", seg, None, annotation)
            if annotation and _gold_speaker_spans(annotation):
                report.speakers.fn += 1


def _best_match(seg, gold, used) -> Optional[int]:
    for index, (gseg, _annotation) in enumerate(gold):
        if index not in used and overlaps(seg, gseg):
            return index
    return None


def _gold_speaker_spans(annotation: dict) -> list:
    spans = annotation.get("speaker_spans") or []
    if not spans and annotation.get("speaker_start") is not None:
        spans = [[annotation["speaker_start"], annotation["speaker_end"]]]
    return spans


def _score_speaker(record, seg, quote, annotation, report, keep_errors) -> None:
    """Right when our mention overlaps an annotated speaker span of this quote."""
    gold_spans = _gold_speaker_spans(annotation) if annotation else []
    ours = (quote.speaker_start, quote.speaker_end) if quote.speaker_start is not None else None
    if ours and any(min(ours[1], e) > max(ours[0], s) for s, e in gold_spans):
        report.speakers.tp += 1
        return
    if ours:
        report.speakers.fp += 1
    if gold_spans:
        report.speakers.fn += 1
    if ours or gold_spans:
        _note(report, keep_errors, record, "wrong speaker" if ours and gold_spans else
              ("extra speaker" if ours else "missed speaker"), seg, quote, annotation)


def _note(report, keep, record, what, seg, quote, annotation) -> None:
    if not keep:
        return
    text = record["text"]
    report.errors.append({
        "article": record.get("id"), "error": what, "start": seg[0], "end": seg[1],
        "quote": text[seg[0]:seg[1]][:120],
        "predicted_speaker": quote.speaker if quote else None,
        "predicted_mention": text[quote.speaker_start:quote.speaker_end] if quote and quote.speaker_start is not None else None,
        "gold_speaker": annotation.get("speaker") if annotation else None,
        "context": text[max(0, seg[0] - 150):min(len(text), seg[1] + 150)].replace("\n", " ¶ "),
    })
