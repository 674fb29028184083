"""Quoted spans -> speaker, cue and channel (a first, sentence-local pass)."""

from __future__ import annotations

import regex

from .models import NO_ATTRIBUTION, Attribution, Span

_SAID = regex.compile(r"\b(?P<name>(?:[A-Z][\w’'.-]+\s){0,3}[A-Z][\w’'.-]+|he|she|they)\s+(?P<cue>said|says|told|added)\b")


def attribute(text: str, spans: list[Span], kinds: list[str]) -> list[Attribution]:
    """One Attribution per span: a name and cue found just after or before it."""
    out = []
    for span, kind in zip(spans, kinds):
        if kind in ("headline",):
            out.append(NO_ATTRIBUTION)
            continue
        window_end = text.find("\n", span.close_at)
        window_end = len(text) if window_end < 0 else window_end
        match = _SAID.search(text, span.close_at, min(window_end, span.close_at + 80))
        if match is None:
            line_start = text.rfind("\n", 0, span.open_at) + 1
            matches = list(_SAID.finditer(text, max(line_start, span.open_at - 120), span.open_at))
            match = matches[-1] if matches else None
        if match is None:
            out.append(NO_ATTRIBUTION)
            continue
        out.append(Attribution(
            speaker=match.group("name"), speaker_start=match.start("name"), speaker_end=match.end("name"),
            cue=match.group("cue"),
        ))
    return out
