"""``quotecheck eval GOLD.jsonl``: precision, recall and F1 against annotated news."""

from __future__ import annotations

import json
import os

from ..errors import InputError
from ..evaluate import evaluate, read_gold
from . import common

HELP = "score quote spans and speakers against articles annotated by people"


def add_arguments(parser) -> None:
    parser.add_argument("gold", metavar="GOLD.jsonl", help="annotated articles (PolNeAR's JSONL form)")
    parser.add_argument("--errors", action="store_true", help="also list every miss, one JSON object a line")
    parser.add_argument("--format", choices=("text", "json"), default="text", help="output format (default: text)")
    common.add_output(parser)


def run(args) -> int:
    """Print the two scores; the figures are deterministic for a fixed corpus."""
    if not os.path.isfile(args.gold):
        raise InputError(f"{args.gold}: no such file")
    try:
        report = evaluate(read_gold(args.gold), keep_errors=args.errors)
    except (ValueError, KeyError, TypeError) as exc:
        where = "" if str(exc).startswith(f"{args.gold}:") else f"{args.gold}: not an annotated corpus: "
        raise InputError(f"{where}{exc}") from None
    out = common.open_output(args)
    figures = {
        "articles": report.articles,
        "spans": _figures(report.spans),
        "speakers": _figures(report.speakers),
    }
    if args.format == "json":
        out.write(json.dumps(figures) + "\n")
    else:
        out.write(f"{args.gold}: {report.articles} articles\n")
        for name in ("spans", "speakers"):
            f = figures[name]
            out.write(f"{name:9} P {f['precision']:.4f}  R {f['recall']:.4f}  F1 {f['f1']:.4f}"
                      f"  (tp {f['tp']}, fp {f['fp']}, fn {f['fn']})\n")
    for error in report.errors:
        out.write(json.dumps(error, ensure_ascii=False) + "\n")
    out.flush()
    return 0


def _figures(score) -> dict:
    return {"precision": round(score.precision, 4), "recall": round(score.recall, 4), "f1": round(score.f1, 4),
            "tp": score.tp, "fp": score.fp, "fn": score.fn}
