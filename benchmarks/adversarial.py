"""Time on adversarial input of 1, 2 and 4 MB: does it grow linearly?

Each case is one pattern repeated to the size: long runs of quote marks
(opening, closing, straight, single, nested, interleaved), of spaces, of
capitals, of metadata lines and of markup, and a paragraph of thousands of
short quotes. Two stages are timed, in CPU seconds of the process that runs
them (the machine is shared, so wall-clock time would measure the neighbours):

- ``spans``: what reading a file does (decode, mojibake check, metadata lines)
  and the span finder, ``find_spans``;
- ``pipeline``: the whole of ``process_article`` (kinds, attribution, context),
  run in a child process that is stopped after ``--budget`` seconds.

A ratio above 2.6 for a doubling of the input is marked ``SUPERLINEAR``.

    .venv/bin/python benchmarks/adversarial.py                  # 1, 2, 4 MB, both stages
    .venv/bin/python benchmarks/adversarial.py --sizes 0.25 0.5 --stage spans
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys
import time

from _machine import ROOT, header

sys.path.insert(0, str(ROOT))

from quotecheck.api import process_article  # noqa: E402
from quotecheck.articles import decode, make_article  # noqa: E402
from quotecheck.extract import find_spans  # noqa: E402

#: name -> (what it tries, the repeated unit, a prefix, a suffix); a unit that
#: is a pair (opening, closing) is repeated n times, then its closing half n times.
CASES = {
    "open-run": ("opening marks, never closed", "“", "", ""),
    "close-run": ("closing marks, never opened", "”", "", ""),
    "straight-run": ("straight double marks", '"', "", ""),
    "single-run": ("closing single marks (apostrophe or quote?)", "’", "", ""),
    "nested": ("every opening mark in turn, nested", "“‘«‹„", "", ""),
    "interleaved": ("crossing double and single quotes", "“a ‘b” c’ ", "", ""),
    "deep-nest": ("double and single quotes nested half the size deep, all closed",
                  ("“a ‘a ", " b’ b”"), "He said ", "."),
    "spaces": ("spaces inside one quote", " ", "“", "” he said."),
    "capitals": ("capitals inside one quote", "A", "“", "” he said."),
    "names": ("capitalised words after a quote", "Abc ", "“We agree,” ", "said."),
    "short-quotes": ("one paragraph of short quotes", "the man “we agree”. ", "", ""),
    "paragraphs": ("a mark opening every line", "“a\n", "", ""),
    "metadata": ("Source: lines", "Source: Reuters\n", "", ""),
    "markup": ("unclosed tags", "<a ", "", ""),
    "claims": ("a person's claim before every quote", "Mary Smith’s claim that “we agree” and ", "", ""),
    "no-break": ("no-break spaces between every word", "said\u00a0Smith\u00a0“we\u00a0agree,”\u00a0", "", ""),
    "stops": ("capitalised words ended by full stops", "Abc Def. ", "", ""),
    "colon-leads": ("paragraphs ending in a colon before quote paragraphs", "He then listed:\n\n“We agree.”\n\n", "", ""),
    "reported": ("one sentence: a speech cue, then capitalised quotes", "the “Big Thing” and ", "Trump has said that ", "."),
    "colon-inline": ("one sentence of colons before quotes, no cue", "and Jane Smith broke it down: “we agree” ", "", "."),
    "invisible": ("a left-to-right embedding before every mark", "\u202a”a\u202a” ", "", ""),
    "signed-paragraphs": ("a cue sentence, then a quote, in every paragraph",
                          'Mary Smith said it was so. "We win today."\n\n', "", ""),
    "possessives": ("one paragraph of sentences opened by a speaker's possessive, then a pronoun's quote",
                    "Smith said so. Smith’s view, he said, is “clear.” Her claim that “we win” stood. ", "", ""),
    "quiet-names": ("one paragraph of names that never lead, then a pronoun's quote",
                    "Quickly Mary Smith walks. “We win,” he said. ", "", ""),
    "her-claims": ("one sentence of her claims, each quoted, no one named", "her claim that “we agree” and ", "And ",
                   "."),
    "titled-names": ("one paragraph of persons known by a titled surname, then a pronoun's quote",
                     "President Obama spoke. Obama left. “We win,” he said. ", "", ""),
}
SUPERLINEAR = 2.6


def make_text(case: str, size: int) -> str:
    """The case's pattern repeated to ``size`` characters, between its prefix and suffix."""
    _, unit, prefix, suffix = CASES[case]
    room = max(0, size - len(prefix) - len(suffix))
    if isinstance(unit, tuple):
        opening, closing = unit
        count = room // (len(opening) + len(closing))
        return prefix + opening * count + closing * count + suffix
    body = unit * (room // len(unit) + 1)
    return prefix + body[:room] + suffix


def time_spans(text: str) -> float:
    """CPU seconds to read the text as a file would be read, and find its spans."""
    started = time.process_time()
    decoded = decode(text.encode("utf-8"), "adversarial.txt", lambda message: None)
    article = make_article("adversarial", "adversarial.txt", decoded, {})
    find_spans(article.text, article.metadata_spans)
    return time.process_time() - started


def _pipeline_child(case: str, size: int, pipe) -> None:
    text = make_text(case, size)
    article = make_article("adversarial", "adversarial.txt", text, {})
    started = time.process_time()
    process_article(article)
    pipe.send(time.process_time() - started)


def time_pipeline(case: str, size: int, budget: float):
    """CPU seconds of process_article in a child, or None when over ``budget`` (wall) seconds."""
    parent, child = multiprocessing.Pipe(duplex=False)
    process = multiprocessing.Process(target=_pipeline_child, args=(case, size, child))
    process.start()
    ready = parent.poll(budget)
    result = parent.recv() if ready else None
    if process.is_alive():
        process.kill()
    process.join()
    return result


def row(case: str, times: list) -> str:
    """One table row: the times and the ratio of each doubling."""
    cells = [f"{t:8.2f}" if t is not None else f"{'>budget':>8}" for t in times]
    ratios = []
    for before, after in zip(times, times[1:]):
        if before and after:
            ratios.append(f"{after / before:.2f}")
        elif before and after is None:
            ratios.append("stopped")
    flag = "SUPERLINEAR" if any(r == "stopped" or (r[0].isdigit() and float(r) > SUPERLINEAR)
                                for r in ratios) else ""
    if not flag and times[0] is None:
        flag = "OVER BUDGET"
    return f"| {case:13} | {' | '.join(cells)} | {' '.join(ratios):14} | {flag:11} |"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[1, 2, 4], help="sizes in MB (default 1 2 4)")
    parser.add_argument("--stage", choices=("spans", "pipeline", "both"), default="both")
    parser.add_argument("--budget", type=float, default=60.0,
                        help="seconds a pipeline run may take before it is stopped (default 60)")
    parser.add_argument("--cases", nargs="+", choices=sorted(CASES), default=list(CASES))
    args = parser.parse_args()
    header("adversarial input: CPU seconds by size")
    sizes = [int(mb * 1_000_000) for mb in args.sizes]
    head = " | ".join(f"{mb:g} MB".rjust(8) for mb in args.sizes)
    for stage in ("spans", "pipeline") if args.stage == "both" else (args.stage,):
        print(f"\n## {stage}\n\n| case          | {head} | ratios         | growth      |")
        print(f"|---------------|{'|'.join('-' * 10 for _ in sizes)}|----------------|-------------|")
        for case in args.cases:
            times = []
            for size in sizes:
                if times and times[-1] is None:
                    times.append(None)  # a smaller size was already over budget
                elif stage == "spans":
                    times.append(time_spans(make_text(case, size)))
                else:
                    times.append(time_pipeline(case, size, args.budget))
            print(row(case, times), flush=True)
    print("\ncases: " + "; ".join(f"{name}: {CASES[name][0]}" for name in args.cases))
    return 0


if __name__ == "__main__":
    sys.exit(main())
