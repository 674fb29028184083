"""--jobs: the same results in the same order, on a bounded window, with quiet feedback."""

from __future__ import annotations

import io
import json

import pytest

from quotecheck import parallel
from quotecheck.api import process_article
from quotecheck.articles import make_article
from quotecheck.cli import main
from quotecheck.parallel import process_articles, resolve_jobs, with_progress


def _articles(n: int) -> list:
    """Articles that differ from each other, with quotes, fragments and an unbalanced mark."""
    out = []
    for i in range(n):
        text = (f"Talks {i}\n\n\u201cWe need guarantees number {i} before anything else,\u201d Sergei Ryabkov said.\n"
                f"Officials called it \u201ccomplex but businesslike\u201d. A stray \u201cmark {i} here.\n")
        out.append(make_article(f"a{i}", "mem.jsonl", text, {"outlet": f"outlet{i % 3}"}))
    return out


@pytest.fixture
def small_chunks(monkeypatch):
    """Chunks of a few articles, so a small input goes through the pool."""
    monkeypatch.setattr(parallel, "CHUNK_CHARS", 500)
    monkeypatch.setattr(parallel, "POOL_MIN_CHARS", 1000)


def test_resolve_jobs_counts_cores_for_zero_and_refuses_negative():
    assert resolve_jobs(0) == parallel.cpu_count() >= 1
    assert resolve_jobs(3) == 3
    with pytest.raises(ValueError):
        resolve_jobs(-1)


def test_pool_results_equal_single_process_in_order(small_chunks):
    articles = _articles(60)
    expected = [process_article(a) for a in articles]
    got = list(process_articles(iter(articles), jobs=2))
    assert got == expected
    assert [r.article.id for r in got] == [a.id for a in articles]
    assert all(r.unbalanced for r in got)  # the stray mark survives the trip


def test_small_input_never_starts_a_pool(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("a pool was started for a tiny input")

    monkeypatch.setattr(parallel, "ProcessPoolExecutor", refuse)
    articles = _articles(5)
    assert list(process_articles(articles, jobs=4)) == [process_article(a) for a in articles]


def test_chunks_keep_order_and_respect_the_size_limit(small_chunks):
    articles = _articles(40)
    chunks = list(parallel._chunks(iter(articles[10:]), articles[:10]))
    assert [a for chunk in chunks for a in chunk] == articles
    for chunk in chunks:
        assert sum(len(a.text) for a in chunk[:-1]) < parallel.CHUNK_CHARS


def test_input_is_read_as_it_is_processed(small_chunks):
    """The pool holds a bounded window of chunks, so a corpus is never read whole."""
    pulled = []

    def source():
        for article in _articles(400):
            pulled.append(article.id)
            yield article

    results = process_articles(source(), jobs=2)
    next(results)
    assert len(pulled) < 100
    assert len(list(results)) == 399


def _corpus(tmp_path, n=80):
    path = tmp_path / "corpus.jsonl"
    lines = [json.dumps({"id": a.id, "text": a.text, "outlet": a.outlet}) for a in _articles(n)]
    lines.insert(5, "{not json")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_cli_jobs_output_is_identical(tmp_path, small_chunks, capsys):
    corpus = _corpus(tmp_path)
    outputs = []
    for jobs in ("1", "2", "0"):
        out = tmp_path / f"out{jobs}.jsonl"
        assert main(["extract", "--jobs", jobs, "-o", str(out), str(corpus)]) == 0
        outputs.append(out.read_text(encoding="utf-8"))
        assert "corpus.jsonl:6: skipped: not valid JSON" in capsys.readouterr().err
    assert outputs[0] == outputs[1] == outputs[2]
    expected = sum(len(process_article(a).quotes) for a in _articles(80))
    assert len(outputs[0].splitlines()) == expected >= 160


def test_cli_refuses_negative_jobs(capsys):
    assert main(["extract", "--jobs", "-1", "seeds"]) == 2
    assert "--jobs" in capsys.readouterr().err


class _Terminal(io.StringIO):
    def isatty(self):
        return True


def test_progress_bar_only_on_a_terminal_and_never_when_quiet(monkeypatch):
    results = [process_article(a) for a in _articles(3)]
    monkeypatch.setattr(parallel, "PROGRESS_DELAY", 0)
    for stream, quiet, shown in ((io.StringIO(), False, False), (_Terminal(), True, False), (_Terminal(), False, True)):
        monkeypatch.setattr(parallel.sys, "stderr", stream)
        assert list(with_progress(iter(results), quiet=quiet)) == results
        assert ("articles" in stream.getvalue()) is shown
