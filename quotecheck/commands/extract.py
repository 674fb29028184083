"""``quotecheck extract``: every quote of the articles, one record per quote."""

from __future__ import annotations

import csv
import json

from ..models import QUOTE_FIELDS
from . import common

HELP = "print every quote with its speaker, cue, channel and position"
FORMATS = ("jsonl", "csv", "text")


def add_arguments(parser) -> None:
    common.add_paths(parser)
    common.add_format(parser, FORMATS, "jsonl")
    common.add_output(parser)
    common.add_run_options(parser)


def run(args) -> int:
    """Stream records as articles are processed, so a corpus is never held whole."""
    out = common.open_output(args)
    try:
        writer = WRITERS[args.format](out)
        for result in common.iter_results(args):
            for quote in result.quotes:
                writer(quote)
        out.flush()
    finally:
        if out is not __import__("sys").stdout:
            out.close()
    return 0


def _jsonl(out):
    # One encoder for the run: json.dumps with options builds a new one per call.
    encode = json.JSONEncoder(ensure_ascii=False).encode

    def write(quote):
        out.write(encode(quote.to_dict()) + "\n")
    return write


def _csv(out):
    writer = csv.DictWriter(out, fieldnames=list(QUOTE_FIELDS), lineterminator="\n")
    writer.writeheader()
    return lambda quote: writer.writerow(quote.to_dict())


def _text(out):
    def write(quote):
        who = quote.speaker or "(unattributed)"
        via = f" via {quote.channel}" if quote.channel else ""
        out.write(f"{quote.article}:{quote.line}:{quote.column}: {quote.kind} {who}{via}: \u201c{quote.text}\u201d\n")
    return write


#: Output formats by name.
WRITERS = {"jsonl": _jsonl, "csv": _csv, "text": _text}
