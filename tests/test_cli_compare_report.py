"""`quotecheck compare` and `quotecheck report` end to end, on the seeds and on real clusters."""

import csv
import io
import json
import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock

from quotecheck.cli import main
from quotecheck.compare import group_quotes, group_of_quote
from quotecheck.names import speaker_key

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
CLUSTERS = ROOT.parent / "shared" / "data" / "clusters"


@pytest.fixture(scope="module")
def seed_groups():
    out = io.StringIO()
    import contextlib

    with contextlib.redirect_stdout(out):
        assert main(["compare", str(SEEDS), "--format", "jsonl", "-q"]) == 0
    return [json.loads(line) for line in out.getvalue().splitlines()]


def find(groups, words):
    """The group whose reference or a member holds these words."""
    found = [g for g in groups if any(words in m["text"] for m in g["members"])]
    assert found, f"no group with {words!r}"
    return found[0]


def articles(group):
    return {m["article"].removeprefix("seeds/")[:3] for m in group["members"]}


def test_record_shape(seed_groups):
    for g in seed_groups:
        assert set(g) == {"group", "speaker", "variant", "reference", "members"}
        assert g["group"].startswith("G")
        for m in g["members"]:
            assert {"article", "outlet", "quote_id", "text", "start", "end", "line", "speaker", "channel",
                    "diff", "variant"} <= set(m)
            text = (SEEDS.parent / m["article"]).read_text(encoding="utf-8")
            if len(m["quote_ids"]) == 1:
                assert text[m["start"]:m["end"]] == m["text"]


def test_seeds_sherman_will_listen_typographic(seed_groups):
    g = find(seed_groups, "will listen to Russia")
    assert {"000", "001", "002"} <= articles(g)
    assert g["variant"] == "typographic"
    assert speaker_key(g["speaker"]) == "sherman"


def test_seeds_ryabkov_legal_guarantees_identical(seed_groups):
    g = find(seed_groups, "We need legal guarantees")
    assert articles(g) == {"000", "001", "002"}
    assert g["variant"] == "identical"
    assert speaker_key(g["speaker"]) == "riabkov"


def test_seeds_putin_breakdown_identical(seed_groups):
    g = find(seed_groups, "complete breakdown in ties")
    assert {"000", "002"} <= articles(g)
    assert g["variant"] == "identical"


def test_seeds_putin_breakdown_speaker(seed_groups):
    assert speaker_key(find(seed_groups, "complete breakdown in ties")["speaker"]) == "putin"


def test_seeds_ryabkov_meeting_reworded(seed_groups):
    g = find(seed_groups, "complex but businesslike")
    assert {"001", "002"} <= articles(g)
    assert g["variant"] == "reworded"
    assert speaker_key(g["speaker"]) == "riabkov"


def test_seeds_freedom_of_sovereign_nations_truncated(seed_groups):
    g = find(seed_groups, "freedom of sovereign nations")
    assert articles(g) == {"002", "004"}
    assert {m["variant"] for m in g["members"]} in ({"identical", "truncated"}, {"identical", "extended"})


def test_seeds_freedom_of_sovereign_nations_is_sherman(seed_groups):
    assert speaker_key(find(seed_groups, "freedom of sovereign nations")["speaker"]) == "sherman"


def test_compare_ids_do_not_depend_on_argument_order(capsys):
    files = sorted(str(p) for p in SEEDS.glob("*.txt"))
    main(["compare", *files, "-q"])
    first = capsys.readouterr().out
    main(["compare", *reversed(files), "-q"])
    assert sorted(capsys.readouterr().out.splitlines()) == sorted(first.splitlines())


def test_compare_csv_and_text(capsys, tmp_path):
    assert main(["compare", str(SEEDS), "--format", "csv", "-o", str(tmp_path / "g.csv"), "-q"]) == 0
    with open(tmp_path / "g.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert rows and {"group", "variant", "reference", "quote_id", "diff"} <= set(rows[0])
    assert any("[-U.S.-] {+US+}" in r["diff"] for r in rows)
    assert main(["compare", str(SEEDS), "--format", "text", "-q"]) == 0
    out = capsys.readouterr().out
    assert "typographic" in out and "{+US+}" in out


def test_compare_missing_path_is_a_usage_error(capsys, tmp_path):
    assert main(["compare", str(tmp_path / "nope")]) == 2
    assert "nope" in capsys.readouterr().err


@pytest.fixture
def workdir(tmp_path, monkeypatch):
    """A folder holding a copy of the seeds, as the current directory."""
    shutil.copytree(SEEDS, tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_report_defaults(workdir, capsys):
    assert main(["report", "-q"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("wrote reports/quotecheck.xlsx: 5 articles,")
    assert len(out.splitlines()) == 1
    book = load_workbook(workdir / "reports" / "quotecheck.xlsx", rich_text=True)
    assert book.sheetnames == ["Summary", "Quotes", "Variants", "Unattributed", "Articles", "Retired"]
    assert book["Articles"].max_row == 6


def test_report_shows_the_us_difference_in_colour(workdir):
    assert main(["report", "-q"]) == 0
    sheet = load_workbook(workdir / "reports" / "quotecheck.xlsx", rich_text=True)["Variants"]
    header = [c.value for c in sheet[1]]
    cells = [row[header.index("Wording (diff to reference)")].value for row in sheet.iter_rows(min_row=2)]
    runs = [b for c in cells if isinstance(c, CellRichText) for b in c if isinstance(b, TextBlock)]
    assert any(b.text == "U.S." and b.font.strike for b in runs)
    assert any(b.text == "US" and not b.font.strike for b in runs)


def test_report_shows_complex_businesslike_difficult(workdir):
    assert main(["report", "-q"]) == 0
    sheet = load_workbook(workdir / "reports" / "quotecheck.xlsx", rich_text=True)["Variants"]
    header = [c.value for c in sheet[1]]
    cells = [row[header.index("Wording (diff to reference)")].value for row in sheet.iter_rows(min_row=2)]
    runs = [b for c in cells if isinstance(c, CellRichText) for b in c if isinstance(b, TextBlock)]
    assert any(b.text.startswith("complex") and b.font.strike for b in runs)
    assert any("difficult" in b.text and not b.font.strike for b in runs)


def test_report_keeps_verdicts_across_runs(workdir):
    path = workdir / "reports" / "quotecheck.xlsx"
    assert main(["report", "-q"]) == 0
    book = load_workbook(path)
    sheet = book["Quotes"]
    sheet["M2"], sheet["N2"] = "verified", "seen the tweet"
    reviewed = sheet["A2"].value
    book.save(path)
    assert main(["report", "-q"]) == 0
    rows = {r[0]: r for r in load_workbook(path)["Quotes"].iter_rows(min_row=2, values_only=True)}
    assert rows[reviewed][-2:] == ("verified", "seen the tweet")
    # The article is gone: the reviewed quote is retired, not lost.
    article = rows[reviewed][1]
    (workdir / article).unlink()
    assert main(["report", "-q"]) == 0
    retired = list(load_workbook(path)["Retired"].iter_rows(min_row=2, values_only=True))
    assert [(r[0], r[5], r[6]) for r in retired] == [(reviewed, "verified", "seen the tweet")]


def test_report_will_not_overwrite_a_foreign_file(workdir, capsys):
    target = workdir / "mine.xlsx"
    target.write_bytes(b"PK not really a workbook")
    assert main(["report", "-o", str(target), "-q"]) == 2
    assert "not a quotecheck report" in capsys.readouterr().err
    assert target.read_bytes() == b"PK not really a workbook"
    assert main(["report", "-o", str(target), "--force", "-q"]) == 0
    assert load_workbook(target).sheetnames[0] == "Summary"


def test_report_will_not_replace_a_workbook_open_in_libreoffice(workdir, capsys):
    target = workdir / "reports" / "quotecheck.xlsx"
    assert main(["report", "-q"]) == 0
    before = target.read_bytes()
    (workdir / "reports" / ".~lock.quotecheck.xlsx#").write_text("reviewer,host,/home/r,03.12.2026 06:00,\n")
    assert main(["report", "-q"]) == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and "open in another program" in err[0] and "nothing was written" in err[0]
    assert target.read_bytes() == before
    assert main(["report", "--force", "-q"]) == 0


@pytest.mark.skipif(not CLUSTERS.is_dir(), reason="../shared/data/clusters is absent (multi-outlet test events)")
def test_clusters_group_most_shared_quotes():
    """The clusters' word-overlap hints are not a truth, but most name one utterance twice."""
    from quotecheck.api import process_article
    from quotecheck.articles import read_articles
    from quotecheck.diff import tokens

    pairs = grouped = 0
    for folder in sorted(p for p in CLUSTERS.iterdir() if p.is_dir()):
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
        quotes = [q for a in read_articles([str(folder)], lambda m: None) for q in process_article(a).quotes]
        group = group_of_quote(group_quotes(quotes))
        for hint in meta.get("heuristic_shared_quotes", []):
            if not hint.get("identical"):
                continue
            pairs += 1
            ids = [{q.id for q in quotes if q.article.endswith(hint[f"file_{s}"])
                    and tokens(q.text) == tokens(hint[f"quote_{s}"])} for s in "ab"]
            grouped += any(group.get(a) and group.get(a) == group.get(b) for a in ids[0] for b in ids[1])
    assert pairs and grouped / pairs >= 0.9
