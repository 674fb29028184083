"""Baselines match findings by file and fingerprint, not line; inline comments silence one quote."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from quotecheck import baseline
from quotecheck.cli import main
from quotecheck.errors import UsageError
from quotecheck.models import Article, Finding

OLD = '"The bridge will cost more than the whole road budget for a decade."\n'
NEW = '"Nobody asked the people who live by the river what they wanted."\n'


@pytest.fixture
def project(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    (tmp_path / "setup.cfg").write_text("[quotecheck]\n", encoding="utf-8")
    return tmp_path


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out.splitlines(), err


def finding(path="a.txt", fingerprint="f1", line=1) -> Finding:
    return Finding(path=path, line=line, column=1, code="QC201", message="m", fingerprint=fingerprint)


def test_write_then_check_with_baseline_reports_nothing(capsys, project):
    (project / "a.txt").write_text(OLD, encoding="utf-8")
    code, out, err = run(capsys, "check", "--write-baseline", "base.json", "a.txt")
    assert (code, out) == (0, []) and err == "quotecheck: wrote 1 finding to base.json\n"
    data = json.loads((project / "base.json").read_text(encoding="utf-8"))
    assert data["version"] == 1 and [e["path"] for e in data["findings"]] == ["a.txt"]
    assert run(capsys, "check", "--baseline", "base.json", "a.txt")[:2] == (0, [])


def test_edits_elsewhere_do_not_resurrect_findings_but_new_ones_show(capsys, project):
    (project / "a.txt").write_text(OLD, encoding="utf-8")
    run(capsys, "check", "--write-baseline", "base.json", "a.txt")
    (project / "a.txt").write_text("Council news\n\nA new first paragraph.\n\n" + OLD + "\n" + NEW, encoding="utf-8")
    code, out, err = run(capsys, "check", "--baseline", "base.json", "a.txt")
    assert code == 1
    assert out == ['a.txt:7:1: QC201 unattributed quote "Nobody asked the people who live by the…"']
    assert err == "quotecheck: 1 finding suppressed by base.json\n"


def test_entries_are_counted(capsys, project):
    (project / "a.txt").write_text(OLD, encoding="utf-8")
    run(capsys, "check", "--write-baseline", "base.json", "a.txt")
    (project / "a.txt").write_text(OLD + "\n" + OLD, encoding="utf-8")
    code, out, _ = run(capsys, "check", "--baseline", "base.json", "a.txt")
    assert code == 1 and len(out) == 1


def test_same_words_in_another_file_are_not_covered():
    kept, suppressed = baseline.apply_baseline([finding(path="b.txt")], Counter({("a.txt", "f1"): 1}))
    assert (len(kept), suppressed) == (1, 0)


def test_paths_match_however_they_are_spelt(project):
    kept, suppressed = baseline.apply_baseline([finding(path="./news/../a.txt")], Counter({("a.txt", "f1"): 1}))
    assert (kept, suppressed) == ([], 1)


@pytest.fixture
def archive(project):
    """project/news/a.txt with one finding, and a baseline written from the project folder."""
    (project / "news").mkdir()
    (project / "news" / "a.txt").write_text(OLD, encoding="utf-8")
    (project / "news" / "c.jsonl").write_text(json.dumps({"id": "x1", "text": OLD}) + "\n", encoding="utf-8")
    assert main(["check", "-q", "--write-baseline", "base.json", "news/a.txt", "news/c.jsonl"]) == 0
    return project


def test_a_baseline_matches_a_file_however_it_is_named_and_wherever_it_runs(capsys, archive, monkeypatch):
    # The path was recorded as typed, relative to the folder the check ran
    # in: from another folder, or through a link, every finding came back.
    capsys.readouterr()
    (archive.parent / "link").symlink_to(archive, target_is_directory=True)
    runs = [
        (archive, "base.json", ["./news/a.txt", str(archive / "news" / "c.jsonl")]),
        (archive / "news", "../base.json", ["a.txt", "c.jsonl"]),
        (archive.parent, f"{archive.name}/base.json", [f"{archive.name}/news/a.txt", "link/news/c.jsonl"]),
        (archive.parent, "link/base.json", [str(archive / "news")]),
    ]
    for folder, base, paths in runs:
        monkeypatch.chdir(folder)
        code, out, err = run(capsys, "check", "--baseline", base, *paths)
        assert (code, out) == (0, []), (folder, base, paths)
        assert err == f"quotecheck: 2 findings suppressed by {base}\n"


def test_a_baseline_names_files_relative_to_its_own_folder(capsys, archive):
    data = json.loads((archive / "base.json").read_text(encoding="utf-8"))
    assert data["paths"] == baseline.PATHS_FROM_BASELINE
    assert [e["path"] for e in data["findings"]] == ["news/a.txt", "news/c.jsonl#x1"]


def test_an_old_baseline_without_paths_still_counts_from_the_current_folder(capsys, archive, monkeypatch):
    data = json.loads((archive / "base.json").read_text(encoding="utf-8"))
    del data["paths"]
    (archive / "old.json").write_text(json.dumps(data), encoding="utf-8")
    assert run(capsys, "check", "--baseline", "old.json", str(archive / "news"))[:2] == (0, [])
    monkeypatch.chdir(archive / "news")  # where "news/a.txt" names nothing
    assert run(capsys, "check", "--baseline", "../old.json", "a.txt")[0] == 1


@pytest.mark.parametrize("body, problem", [
    ("not json", "invalid JSON"),
    ('{"version": 7, "findings": []}', "expected version 1"),
    ('{"version": 1, "findings": [{"path": "a.txt"}]}', "needs a path and a fingerprint"),
    ("[]", "expected version 1"),
    ('{"version": 1, "paths": "elsewhere", "findings": []}', '"paths" must be'),
])
def test_malformed_baseline_is_a_usage_error_naming_the_file(project, body, problem):
    (project / "base.json").write_text(body, encoding="utf-8")
    with pytest.raises(UsageError, match=problem) as caught:
        baseline.read_baseline("base.json")
    assert str(caught.value).startswith("base.json: ")


def test_missing_baseline_exits_2(capsys, project):
    (project / "a.txt").write_text(OLD, encoding="utf-8")
    code, out, err = run(capsys, "check", "--baseline", "nowhere.json", "a.txt")
    assert (code, out) == (2, [])
    assert "nowhere.json: cannot read baseline" in err


# --- inline suppression --------------------------------------------------------------


def test_markdown_comment_covers_the_next_non_blank_line():
    text = "Title\n<!-- quotecheck: ignore QC201, QC202 -->\n\n\"Quote\"\n<!-- quotecheck: ignore -->\nx\n"
    assert baseline.markdown_ignores(text, "a.md") == {4: {"QC201", "QC202"}, 6: None}


def test_markdown_comment_with_a_prefix_and_a_bad_code(project):
    assert baseline.markdown_ignores("<!-- quotecheck: ignore QC2 -->\nx\n", "a.md") == {2: {"QC201", "QC202"}}
    with pytest.raises(UsageError, match="a.md: unknown rule code 'QC2O1'"):
        baseline.markdown_ignores("<!-- quotecheck: ignore QC2O1 -->\nx\n", "a.md")


def test_inline_comment_in_markdown_silences_only_its_code(capsys, project):
    (project / "a.md").write_text(
        "Prices\n\n<!-- quotecheck: ignore QC201 -->\n" + OLD + "\n<!-- quotecheck: ignore QC101 -->\n" + NEW,
        encoding="utf-8")
    code, out, _ = run(capsys, "check", "a.md")
    assert code == 1 and out == ['a.md:7:1: QC201 unattributed quote "Nobody asked the people who live by the…"']


def test_comments_in_plain_text_files_are_not_read(capsys, project):
    (project / "a.txt").write_text("Prices\n\n<!-- quotecheck: ignore QC201 -->\n" + OLD, encoding="utf-8")
    assert run(capsys, "check", "a.txt")[0] == 1


def test_html_comment_covers_the_quote_on_the_next_source_line(project):
    source = ('<body>\n<!-- quotecheck: ignore QC201 -->\n\n<p>&ldquo;The bridge will cost\nmore,&rdquo; '
              "he said.</p>\n<p>\"Other words.\"</p>\n</body>\n")
    (project / "a.html").write_text(source, encoding="utf-8")
    article = Article(id="a.html", path="a.html", text="unused")
    inline = baseline.InlineIgnores()
    assert inline.ignored(finding(path="a.html"), article, "The bridge will cost")
    assert not inline.ignored(finding(path="a.html"), article, "Other words.")
    assert not inline.ignored(finding(path="a.html"), article, None)


def test_inline_comment_in_html_through_main(capsys, project):
    (project / "a.html").write_text(
        f"<html><body>\n<!-- quotecheck: ignore -->\n<p>{OLD}</p>\n<p>{NEW}</p>\n</body></html>\n", encoding="utf-8")
    code, out, _ = run(capsys, "check", "a.html")
    assert code == 1 and len(out) == 1 and "Nobody asked" in out[0]
