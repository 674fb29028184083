"""``quotecheck compare PATH...``: the same utterance across articles, and how its wordings differ."""

from __future__ import annotations

import csv
import json
import sys
from dataclasses import asdict

from ..compare import group_quotes
from ..diff import render
from . import common

HELP = "group the same quote across articles and diff the wordings (identical, typographic, truncated, ...)"
FORMATS = ("jsonl", "csv", "text")
CSV_FIELDS = ("group", "variant", "speaker", "reference", "article", "outlet", "quote_id", "quote_ids", "text",
              "start", "end", "line", "member_speaker", "channel", "member_variant", "diff")


def add_arguments(parser) -> None:
    common.add_paths(parser)
    common.add_format(parser, FORMATS, "jsonl")
    common.add_output(parser)
    common.add_run_options(parser)


def run(args) -> int:
    """Groups need every article first, so quotes are gathered, then grouped, then written."""
    groups = group_quotes(q for r in common.iter_results(args) for q in r.quotes)
    out = common.open_output(args)
    try:
        WRITERS[args.format](out, groups)
        out.flush()
    finally:
        if out is not sys.stdout:
            out.close()
    return 0


def write_jsonl(out, groups) -> None:
    """One JSON object per group, members nested with their diff as [op, words] pairs."""
    for group in groups:
        out.write(json.dumps(asdict(group), ensure_ascii=False) + "\n")


def write_csv(out, groups) -> None:
    """One row per member, the group's fields repeated, the diff in --word-diff notation."""
    writer = csv.writer(out)
    writer.writerow(CSV_FIELDS)
    for g in groups:
        for m in g.members:
            writer.writerow((g.group, g.variant, g.speaker, g.reference, m.article, m.outlet, m.quote_id,
                             " ".join(m.quote_ids), m.text, m.start, m.end, m.line, m.speaker, m.channel,
                             m.variant, render(m.diff)))


def write_text(out, groups) -> None:
    """For people: the group, its reference, then each member as article:line and its diff."""
    for g in groups:
        out.write(f"{g.group} {g.variant} {g.speaker or '(no speaker)'}: “{g.reference}”\n")
        for m in g.members:
            speaker = m.speaker or "-"
            out.write(f"  {m.article}:{m.line}: {m.variant} [{m.outlet or '?'}; {speaker}] {render(m.diff)}\n")
        out.write("\n")


WRITERS = {"jsonl": write_jsonl, "csv": write_csv, "text": write_text}
