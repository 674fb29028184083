"""``--jobs N``: process articles on several cores, results in input order.

Per article the work is small (well under a millisecond on news text), so
sending articles one at a time to a worker costs more than it saves. Articles
are sent in chunks of about ``CHUNK_CHARS`` characters, and a worker sends back
only the quotes and unbalanced marks: the parent still holds each article, so
its text never travels twice.

At most ``jobs * IN_FLIGHT`` chunks are out at once, so a corpus of any size is
read as it is processed and memory stays flat, as with ``--jobs 1``.
"""

from __future__ import annotations

import os
import sys
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from itertools import islice
from typing import Iterable, Iterator

from .api import ArticleResult, process_article
from .models import Article

#: Characters of article text per chunk sent to a worker (about 1 MB):
#: large enough that pickling and the round trip are a few percent of the work.
CHUNK_CHARS = 1_000_000
#: Articles per chunk at most, so a corpus of tiny articles still balances.
CHUNK_ARTICLES = 2_000
#: Chunks queued per worker: enough to keep each busy while the parent reads.
IN_FLIGHT = 3
#: Input smaller than this many characters is processed in-process even when
#: jobs > 1: starting the pool would cost more than the work itself.
POOL_MIN_CHARS = 2 * CHUNK_CHARS
#: Seconds before a progress bar appears: short runs never show one.
PROGRESS_DELAY = 2.0


def resolve_jobs(jobs: int) -> int:
    """``--jobs`` as a number of processes: 0 means one per usable core."""
    if jobs < 0:
        raise ValueError("--jobs must be 0 (all cores) or a positive number")
    if jobs == 0:
        return cpu_count()
    return jobs


def cpu_count() -> int:
    """Cores this process may run on (the affinity mask, not the machine's total)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def process_articles(articles: Iterable[Article], jobs: int = 1) -> Iterator[ArticleResult]:
    """Yield ``process_article`` of every article, in input order, on ``jobs`` processes.

    The results are the same objects ``--jobs 1`` yields: workers run the same
    function on the same articles; only where it runs differs.
    """
    jobs = resolve_jobs(jobs)
    articles = iter(articles)
    if jobs == 1:
        yield from map(process_article, articles)
        return
    first = _chunk(articles, POOL_MIN_CHARS)
    if len(first) < CHUNK_ARTICLES and _chars(first) < POOL_MIN_CHARS:
        yield from map(process_article, first)  # all the input: too small for a pool
        return
    yield from _pooled(_chunks(articles, first), jobs)


def _pooled(chunks: Iterator[list[Article]], jobs: int) -> Iterator[ArticleResult]:
    """Run chunks on a process pool with a bounded window, yielding in order."""
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        window: deque = deque()
        for chunk in islice(chunks, jobs * IN_FLIGHT):
            window.append((chunk, pool.submit(_work, chunk)))
        while window:
            chunk, future = window.popleft()
            outcomes = future.result()
            nxt = next(chunks, None)
            if nxt is not None:
                window.append((nxt, pool.submit(_work, nxt)))
            for article, (quotes, unbalanced) in zip(chunk, outcomes):
                yield ArticleResult(article, quotes, unbalanced)


def _work(chunk: list[Article]) -> list[tuple]:
    """In a worker: quotes and unbalanced marks of each article (not the article again)."""
    out = []
    for article in chunk:
        result = process_article(article)
        out.append((result.quotes, result.unbalanced))
    return out


def _chunks(articles: Iterator[Article], first: list[Article]) -> Iterator[list[Article]]:
    """The first chunk (already read), split to size, then chunks of the rest."""
    pending = iter(first)
    while True:
        chunk = _chunk(pending, CHUNK_CHARS) or _chunk(articles, CHUNK_CHARS)
        if not chunk:
            return
        yield chunk


def _chunk(articles: Iterator[Article], limit: int) -> list[Article]:
    """Take articles until ``limit`` characters or ``CHUNK_ARTICLES`` articles."""
    chunk, size = [], 0
    for article in articles:
        chunk.append(article)
        size += len(article.text)
        if size >= limit or len(chunk) >= CHUNK_ARTICLES:
            break
    return chunk


def _chars(articles: list[Article]) -> int:
    return sum(len(a.text) for a in articles)


def with_progress(results: Iterator[ArticleResult], quiet: bool = False) -> Iterator[ArticleResult]:
    """Show a progress bar on stderr for runs longer than a couple of seconds.

    Silent with ``--quiet`` or when stderr is not a terminal (CI logs, pipes),
    so nothing but records and warnings ever reaches a file. tqdm's ``delay``
    keeps short runs, the usual case, free of any bar.
    """
    if quiet or not _is_terminal(sys.stderr):
        yield from results
        return
    from tqdm import tqdm

    with tqdm(results, file=sys.stderr, unit=" articles", delay=PROGRESS_DELAY, mininterval=0.5,
              dynamic_ncols=True, leave=False) as bar:
        yield from bar


def _is_terminal(stream) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # replaced or closed stream
        return False
