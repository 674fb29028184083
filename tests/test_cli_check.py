"""End to end: ``quotecheck check`` on fixture articles and the seeds, through main().

Golden files live in tests/fixtures/check/*.expected. After a deliberate change
(the seeds' findings move whenever attribution improves), regenerate them with

    QUOTECHECK_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_cli_check.py

and review the diff before committing it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from quotecheck import config
from quotecheck.cli import main

from .conftest import ROOT

FIXTURES = ROOT / "tests" / "fixtures" / "check"
UPDATE = bool(os.environ.get("QUOTECHECK_UPDATE_GOLDEN"))


def run(capsys, *argv):
    """main(argv) -> (exit code, stdout lines, stderr)."""
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out.splitlines(), err


def golden(name: str, lines: list) -> list:
    """The expected lines of a golden file (rewritten first when updating)."""
    path = FIXTURES / f"{name}.expected"
    if UPDATE:
        path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path.read_text(encoding="utf-8").splitlines()


@pytest.fixture
def in_fixtures(monkeypatch):
    """Run from the fixture folder: short relative paths, and its own setup.cfg."""
    monkeypatch.chdir(FIXTURES)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)


@pytest.mark.parametrize("name, argv", [
    ("fixtures_text", ["check", "articles", "outlets"]),
    ("fixtures_github", ["check", "--format", "github", "articles", "outlets"]),
    ("fixtures_json", ["check", "--format", "json", "articles", "outlets"]),
])
def test_fixture_articles_print_the_golden_output(capsys, in_fixtures, name, argv):
    code, out, _ = run(capsys, *argv)
    assert out == golden(name, out)
    assert code == 1


def test_seeds_print_the_golden_findings(capsys, monkeypatch):
    """What the seeds' check prints; regenerate when attribution changes (see module doc)."""
    monkeypatch.chdir(ROOT)
    monkeypatch.setattr(config, "find_config", lambda start=None: None)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    code, out, _ = run(capsys, "check", "seeds")
    assert out == golden("seeds", out)
    assert code == (1 if out else 0)


def test_text_lines_name_path_position_code_and_first_words(capsys, in_fixtures):
    code, out, _ = run(capsys, "check", "articles/council.txt")
    assert out == ['articles/council.txt:3:1: QC201 unattributed quote "The bridge will cost more than the…"']
    assert code == 1


def test_output_is_sorted_by_path_and_position(capsys, in_fixtures):
    _, out, _ = run(capsys, "check", "outlets", "articles")
    keys = [(line.split(":")[0], int(line.split(":")[1]), int(line.split(":")[2])) for line in out]
    assert keys == sorted(keys) and len(keys) > 3


def test_attributed_quotes_give_no_findings_and_exit_zero(capsys, in_fixtures, tmp_path):
    article = tmp_path / "clean.txt"
    article.write_text('"We will win on Sunday," Smith said.\n', encoding="utf-8")
    assert run(capsys, "check", str(article)) == (0, [], "")


def test_exit_zero_reports_but_succeeds(capsys, in_fixtures):
    code, out, _ = run(capsys, "check", "--exit-zero", "articles/council.txt")
    assert code == 0 and len(out) == 1


def test_select_and_ignore_take_codes_and_prefixes(capsys, in_fixtures):
    _, out, _ = run(capsys, "check", "--select", "QC1,QC202", "articles")
    assert [line.split(" ")[1] for line in out] == ["QC101", "QC202"]
    _, out, _ = run(capsys, "check", "--ignore", "QC2", "articles", "outlets")
    assert sorted({line.split(" ")[1] for line in out}) == ["QC101", "QC301", "QC302"]


def test_warnings_fail_only_with_fail_on_warning(capsys, in_fixtures):
    code, out, _ = run(capsys, "check", "--select", "QC301", "outlets")
    assert code == 0 and [line.split(" ")[1] for line in out] == ["QC301"]
    code, _, _ = run(capsys, "check", "--select", "QC301", "--fail-on", "warning", "outlets")
    assert code == 1


def test_github_format_uses_warning_level_for_warnings(capsys, in_fixtures):
    _, out, _ = run(capsys, "check", "--format", "github", "--select", "QC301", "outlets")
    assert out[0].startswith("::warning file=outlets/a.txt,line=3,col=1,title=QC301::wording differs from b")


def test_unknown_code_is_a_usage_error(capsys, in_fixtures):
    code, out, err = run(capsys, "check", "--select", "QC999", "articles")
    assert code == 2 and out == []
    assert "unknown rule code 'QC999'" in err


def test_missing_path_is_a_usage_error(capsys, in_fixtures):
    code, out, err = run(capsys, "check", "no-such-article.txt")
    assert (code, out) == (2, [])
    assert "no-such-article.txt: no such file or directory" in err


def test_unreadable_named_path_is_a_usage_error(capsys, in_fixtures, tmp_path):
    dangling = tmp_path / "gone.txt"
    dangling.symlink_to(tmp_path / "never-written.txt")
    code, out, err = run(capsys, "check", str(dangling))
    assert (code, out) == (2, [])
    assert f"{dangling}: cannot read" in err


def test_internal_error_exits_3_with_one_line(capsys, in_fixtures, monkeypatch):
    from quotecheck import checks

    def broken(result, codes=None):
        raise RuntimeError("check exploded")

    monkeypatch.setattr(checks, "article_findings", broken)
    code, out, err = run(capsys, "check", "articles")
    assert (code, out) == (3, [])
    assert err == "quotecheck: internal error: RuntimeError: check exploded\n"


def test_output_file_gets_the_report(capsys, in_fixtures, tmp_path):
    target = tmp_path / "report.txt"
    code, out, _ = run(capsys, "check", "-o", str(target), "articles/council.txt")
    assert (code, out) == (1, [])
    assert target.read_text(encoding="utf-8").startswith("articles/council.txt:3:1: QC201 ")


def test_step_summary_lists_every_finding_in_markdown(capsys, in_fixtures, tmp_path, monkeypatch):
    summary = tmp_path / "summary.md"
    summary.write_text("earlier step\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    _, out, _ = run(capsys, "check", "--format", "github", "articles", "outlets")
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("earlier step\n## quotecheck\n")
    rows = [line for line in text.splitlines() if line.startswith("| ") and "QC" in line]
    assert len(rows) == len(out) == 8
    assert "| articles/council.txt:3:1 | QC201 | error | unattributed quote" in text


def test_seed_paths_default_when_none_given(capsys, monkeypatch):
    monkeypatch.chdir(ROOT)
    monkeypatch.setattr(config, "find_config", lambda start=None: None)
    with_default = run(capsys, "check")
    explicit = run(capsys, "check", "seeds")
    assert with_default == explicit


def test_json_format_records_are_flat(capsys, in_fixtures):
    code = main(["check", "--format", "json", "articles/council.txt"])
    records = json.loads(capsys.readouterr().out)
    assert code == 1
    assert records == [{
        "path": "articles/council.txt", "line": 3, "column": 1, "code": "QC201", "severity": "error",
        "message": 'unattributed quote "The bridge will cost more than the…"',
        "quote_id": records[0]["quote_id"], "fingerprint": records[0]["fingerprint"],
    }]


def test_pre_commit_hook_runs_check():
    yaml = pytest.importorskip("yaml", reason="PyYAML is needed to read .pre-commit-hooks.yaml")
    hooks = yaml.safe_load(Path(ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    hook = next(h for h in hooks if h["id"] == "quotecheck")
    assert hook["entry"].split() == ["quotecheck", "check"]
    assert hook["language"] == "python"
    # "text" would hand every source file of a repository to the check.
    assert set(hook["types_or"]) == {"plain-text", "markdown", "html"}


def test_named_binary_file_is_a_usage_error_but_one_in_a_folder_is_skipped(capsys, in_fixtures, tmp_path):
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    code, out, err = run(capsys, "check", str(tmp_path / "image.txt"))
    assert (code, out) == (2, [])
    assert "image.txt: cannot read: not text" in err
    # A folder with nothing readable at all is exit 2; beside a readable article it is a warning.
    (tmp_path / "note.txt").write_text("Nothing quoted here.\n", encoding="utf-8")
    code, out, err = run(capsys, "check", str(tmp_path))
    assert (code, out) == (0, [])
    assert "image.txt: skipped: binary file" in err


def test_html_findings_point_at_the_page_lines(capsys, in_fixtures, tmp_path):
    page = tmp_path / "page.html"
    page.write_text('<html><body>\n<nav>Home</nav>\n\n<p>Intro line.</p>\n'
                    '<p>"The waves reached four metres overnight.</p>\n<p>Boats stayed in port.</p>\n</body></html>\n',
                    encoding="utf-8")
    code, out, _ = run(capsys, "check", str(page))
    assert code == 1
    assert out == [f'{page}:5:4: QC101 unbalanced quote mark " near "The waves reached four metres overnight."',
                   f'{page}:5:4: QC201 unattributed quote "The waves reached four metres overnight."']


def test_an_unforeseen_failure_in_any_command_is_exit_3_in_one_line(monkeypatch, capsys):
    from quotecheck import api

    def boom(article):
        raise RuntimeError("simulated fault")

    monkeypatch.setattr(api, "process_article", boom)
    monkeypatch.setattr("quotecheck.parallel.process_article", boom)
    assert main(["extract", "seeds", "--jobs", "1"]) == 3
    err = capsys.readouterr().err
    assert err.strip() == "quotecheck: internal error: RuntimeError: simulated fault"
