"""--engine dask on a LocalCluster of 2 workers: the same records and groups as one process."""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed", reason="dask is not installed (pip install '.[dask]')")

import dask.bag as db  # noqa: E402

from quotecheck import engine_dask  # noqa: E402
from quotecheck.api import process_article  # noqa: E402
from quotecheck.articles import read_articles  # noqa: E402
from quotecheck.cli import main  # noqa: E402
from quotecheck.compare import group_quotes  # noqa: E402
from quotecheck.errors import UsageError  # noqa: E402

SEEDS = str(Path(__file__).resolve().parent.parent / "seeds")


@pytest.fixture(scope="module")
def cluster():
    """Two single-threaded worker processes, shared by the tests of this module."""
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
                                  silence_logs=40) as local:
        yield local.scheduler_address


@pytest.fixture
def corpus(tmp_path):
    """A corpus of the seed articles, some lines without an id, one line broken."""
    lines = []
    for n, article in enumerate(read_articles([SEEDS], lambda m: None)):
        record = {"text": article.text, "publisher": article.outlet}
        if n % 2:
            record["id"] = article.id
        lines.append(json.dumps(record, ensure_ascii=False))
    lines.insert(2, "{broken")
    path = tmp_path / "seeds.jsonl"
    path.write_text("\n".join(lines * 3) + "\n", encoding="utf-8")
    return path


def _local(paths):
    warnings = []
    return [process_article(a) for a in read_articles(paths, warnings.append)], warnings


def test_extraction_equals_the_single_process_engine(cluster, corpus):
    expected, expected_warnings = _local([str(corpus), SEEDS])
    warnings = []
    # Small blocks: the corpus is cut into several partitions, line numbers carried across.
    got = list(engine_dask.iter_results([str(corpus), SEEDS], warnings.append, cluster, blocksize=8_000))
    assert len(engine_dask.partitions([str(corpus)], print, 8_000)) > 2
    assert got == expected
    assert warnings == expected_warnings and any(":3: skipped: not valid JSON" in w for w in warnings)


def _need_pyarrow():
    """Parquet needs pyarrow (both the test and the dask extras install it)."""
    pytest.importorskip("pyarrow", reason="Parquet needs pyarrow (pip install '.[dask]')")


def test_parquet_corpus_gives_the_same_quotes(cluster, corpus, tmp_path):
    import pandas as pd

    _need_pyarrow()

    rows = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines() if line != "{broken"]
    rows = [dict(r, id=r.get("id", f"row{n}")) for n, r in enumerate(rows)]
    pd.DataFrame(rows).to_parquet(tmp_path / "seeds.parquet")
    got = list(engine_dask.iter_results([str(tmp_path / "seeds.parquet")], print, cluster))
    expected = [r for r in _local([str(corpus)])[0]]
    assert [r.quotes and [q.text for q in r.quotes] for r in got] == [[q.text for q in r.quotes] for r in expected]
    assert [r.article.id for r in got] == [r["id"] for r in rows]


def _quotes_of_many_outlets():
    """The seed quotes as printed by three outlets, one of them crediting someone else."""
    quotes = [q for r in _local([SEEDS])[0] for q in r.quotes]
    out = list(quotes)
    for copy in ("x", "y"):
        for q in quotes:
            speaker = "Someone Else" if copy == "y" and q.speaker and len(q.text) % 3 == 0 else q.speaker
            out.append(replace(q, id=q.id + copy, article=q.article + copy, speaker=speaker))
    return out


def test_grouping_equals_compare_group_quotes(cluster):
    quotes = _quotes_of_many_outlets()
    expected = group_quotes(quotes)
    assert len(expected) > 5
    with distributed.Client(cluster):
        got = engine_dask.group_quotes(db.from_sequence(quotes, npartitions=4))
    assert got == expected


def test_grouping_extraction_results_equals_the_compare_command(cluster):
    results, _ = _local([SEEDS])
    with distributed.Client(cluster):
        got = engine_dask.group_results(db.from_sequence(results, npartitions=3))
    assert got == group_quotes(q for r in results for q in r.quotes)


@pytest.mark.parametrize("fmt", ["jsonl", "parquet"])
def test_partitioned_output_holds_every_quote(cluster, corpus, tmp_path, fmt, capsys):
    if fmt == "parquet":
        _need_pyarrow()
    out = tmp_path / "out"
    code = engine_dask.main(["extract", str(corpus), "--out", str(out), "--format", fmt,
                             "--scheduler", cluster, "--blocksize", "8000"])
    assert code == 0
    assert "not valid JSON" in capsys.readouterr().err
    expected = [q.to_dict() for r in _local([str(corpus)])[0] for q in r.quotes]
    if fmt == "jsonl":
        files = sorted(out.glob("quotes-*.jsonl"), key=lambda p: int(p.stem.split("-")[1]))
        got = [json.loads(line) for f in files for line in f.read_text(encoding="utf-8").splitlines()]
    else:
        import pandas as pd

        frame = pd.read_parquet(out / "quotes")
        got = [{k: (None if pd.isna(v) else v) for k, v in row.items()} for row in frame.to_dict("records")]
    assert got == expected


def test_cli_engine_dask_prints_what_the_local_engine_prints(cluster, corpus, tmp_path):
    outputs = []
    for extra in ([], ["--engine", "dask", "--scheduler", cluster]):
        out = tmp_path / f"out{len(extra)}.jsonl"
        assert main(["extract", "-q", "-o", str(out), str(corpus), *extra]) == 0
        outputs.append(out.read_text(encoding="utf-8"))
    assert outputs[0] == outputs[1] and outputs[0]


def test_stdin_and_missing_paths_are_usage_errors(tmp_path):
    with pytest.raises(UsageError, match="standard input"):
        engine_dask.partitions(["-"], print)
    with pytest.raises(UsageError, match="no such file"):
        engine_dask.partitions([str(tmp_path / "absent.jsonl")], print)


def test_missing_extra_names_the_install_command(monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)
    with pytest.raises(UsageError, match=r"quotecheck\[dask\]"):
        engine_dask.require_dask()


def test_unreadable_corpus_is_a_warning_not_a_traceback(tmp_path, monkeypatch):
    corpus = tmp_path / "locked.jsonl"
    corpus.write_text('{"text": "x"}\n', encoding="utf-8")

    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(engine_dask, "open", denied, raising=False)
    warnings = []
    assert engine_dask.partitions([str(corpus)], warnings.append) == []
    assert warnings == [f"{corpus}: cannot read: Permission denied"]


def test_compare_writes_one_row_per_group_member(cluster, tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for article in read_articles([SEEDS], lambda m: None):
        for copy in ("a", "b"):
            (folder / f"{copy}_{Path(article.id).name}").write_text(article.text, encoding="utf-8")
    out = tmp_path / "out"
    assert engine_dask.main(["compare", str(folder), "--out", str(out), "--format", "jsonl",
                             "--scheduler", cluster]) == 0
    got = [json.loads(line) for f in sorted(out.glob("groups-*.jsonl"), key=lambda p: int(p.stem.split("-")[1]))
           for line in f.read_text(encoding="utf-8").splitlines()]
    results, _ = _local([str(folder)])
    expected = engine_dask.group_records(group_quotes(q for r in results for q in r.quotes))
    assert got == json.loads(json.dumps(expected)) and len(got) > 10
