"""Extraction + attribution throughput on a JSONL corpus, against a bare regex floor.

The floor is the least any extractor must do on the same input, measured in
the same run: read each line, parse its JSON, and find every quote mark with
the pattern extract.py uses. The pipeline is what ``quotecheck extract`` does
before writing: read_articles + process_article (spans, kinds, attribution,
positions, context). The ratio pipeline/floor is the figure to watch.

A second table splits process_article into its steps (spans, kinds,
attribution, and all but attribution), each timed over the whole corpus, to
show where the time goes. Rules memoise readings of names across articles,
so a repeated run over the same corpus is faster than the first; the first
run's CPU seconds are printed too. Then the same pipeline with ``--jobs 1``, ``2`` and all cores through
quotecheck.parallel, and the end-to-end command (``quotecheck extract -o
/dev/null``) for each, start-up and JSON writing included.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time

from _machine import ROOT, SHARED, cores, header, need

sys.path.insert(0, str(ROOT))

from quotecheck.api import process_article  # noqa: E402
from quotecheck.articles import read_articles  # noqa: E402
from quotecheck.extract import _MARKS, find_spans  # noqa: E402
from quotecheck.parallel import process_articles  # noqa: E402


def floor(path: str) -> int:
    """Read, parse and find the quote marks of every line; return the mark count."""
    marks = 0
    with open(path, "rb") as handle:
        for line in handle:
            text = json.loads(line)["text"]
            marks += sum(1 for _ in _MARKS.finditer(text))
    return marks


def pipeline(path: str, jobs: int = 1) -> int:
    """The extraction path of ``quotecheck extract``; return the quote count."""
    articles = read_articles([path], lambda message: None)
    if jobs == 1:
        return sum(len(process_article(a).quotes) for a in articles)
    return sum(len(r.quotes) for r in process_articles(articles, jobs))


def stages(path: str) -> dict:
    """CPU seconds of each step of process_article over the corpus, read beforehand.

    The last row runs process_article with the attributions already made, so
    it is everything but attribution (spans, kinds, ids, positions, contexts)
    measured as such, not as a difference of noisy totals.
    """
    import quotecheck.api as api
    from quotecheck.attribute import attribute
    from quotecheck.classify import first_kind

    articles = list(read_articles([path], lambda message: None))
    times = {}
    started = time.process_time()
    spans = [find_spans(a.text, a.metadata_spans)[0] for a in articles]
    times["spans (extract.find_spans)"] = time.process_time() - started
    started = time.process_time()
    kinds = [[first_kind(a.text, s) for s in found] for a, found in zip(articles, spans)]
    times["kinds (classify.first_kind)"] = time.process_time() - started
    started = time.process_time()
    made = {id(a.text): attribute(a.text, found, kind) for a, found, kind in zip(articles, spans, kinds)}
    times["attribution (attribute.attribute)"] = time.process_time() - started
    real, api._attribute.attribute = api._attribute.attribute, lambda text, spans, kinds: made[id(text)]
    try:
        started = time.process_time()
        for article in articles:
            process_article(article)
        times["process_article but attribution (spans, kinds, records)"] = time.process_time() - started
    finally:
        api._attribute.attribute = real
    return times


def best_of(repeat: int, function, *args) -> tuple[float, float]:
    """Fastest (wall, CPU) seconds of ``repeat`` runs: the least disturbed by the machine."""
    walls, cpus = [], []
    for _ in range(repeat):
        start, cpu = time.perf_counter(), time.process_time()
        function(*args)
        walls.append(time.perf_counter() - start)
        cpus.append(time.process_time() - cpu)
    return min(walls), min(cpus)


def command_time(path: str, jobs: int) -> float:
    """Wall time of ``quotecheck extract --jobs N -o /dev/null PATH`` in a fresh process."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "quotecheck", "extract", "--quiet", "--jobs", str(jobs),
                    "-o", os.devnull, path], check=True, cwd=ROOT)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(SHARED / "polnear" / "train.jsonl"))
    parser.add_argument("--repeat", type=int, default=5, help="runs per figure; the best is kept")
    parser.add_argument("--one-process", action="store_true", help="skip the --jobs table (a quick run)")
    args = parser.parse_args()
    path = str(need(__import__("pathlib").Path(args.corpus)))
    header("extraction + attribution throughput")
    n_articles = sum(1 for _ in read_articles([path], lambda m: None))
    megabytes = os.path.getsize(path) / 1e6
    started = time.process_time()
    n_quotes = pipeline(path)
    first_cpu = time.process_time() - started
    n_marks = floor(path)
    print(f"corpus: {path} ({n_articles} articles, {megabytes:.1f} MB, {n_marks} quote marks, {n_quotes} quotes)\n")
    floor_s = best_of(args.repeat, floor, path)
    reading_s = best_of(args.repeat, lambda: sum(1 for _ in read_articles([path], lambda m: None)))
    one_s = best_of(args.repeat, pipeline, path)
    print("| step (one process) | wall s | CPU s | articles/s (CPU) | MB/s (CPU) | x floor (CPU) |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, (wall, cpu) in (("floor: JSON + quote-mark regex", floor_s), ("reading only (read_articles)", reading_s),
                              ("extraction + attribution", one_s)):
        print(f"| {name} | {wall:.3f} | {cpu:.3f} | {n_articles / cpu:,.0f} | {megabytes / cpu:.1f} "
              f"| {cpu / floor_s[1]:.1f} |")
    print(f"| extraction + attribution, first run (memos empty) | | {first_cpu:.3f} | {n_articles / first_cpu:,.0f} "
          f"| {megabytes / first_cpu:.1f} | {first_cpu / floor_s[1]:.1f} |")
    print()
    runs = [stages(path) for _ in range(args.repeat)]
    print("| step of process_article (articles read beforehand) | CPU s | x floor (CPU) |")
    print("|---|---:|---:|")
    for name in runs[0]:
        cpu = min(run[name] for run in runs)
        print(f"| {name} | {cpu:.3f} | {cpu / floor_s[1]:.2f} |")
    print()
    if args.one_process:
        return
    print("| --jobs | in-process wall s | articles/s (wall) | MB/s (wall) | `quotecheck extract` wall s |")
    print("|---:|---:|---:|---:|---:|")
    for jobs in dict.fromkeys((1, 2, cores())):
        seconds = best_of(args.repeat, pipeline, path, jobs)[0]
        wall = min(command_time(path, jobs) for _ in range(max(1, args.repeat // 2)))
        label = f"{jobs} (all)" if jobs == cores() and jobs > 1 else str(jobs)
        print(f"| {label} | {seconds:.3f} | {n_articles / seconds:,.0f} | {megabytes / seconds:.1f} | {wall:.2f} |")

if __name__ == "__main__":
    main()
