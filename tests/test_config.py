"""setup.cfg's [quotecheck] section feeds option defaults; the command line wins."""

from __future__ import annotations

import pytest

from quotecheck import config
from quotecheck.cli import main

ARTICLE = '"The bridge will cost more than the whole road budget for a decade."\n'


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A project folder with one unattributed quote, as the current folder."""
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    return tmp_path


def write_cfg(folder, body: str):
    (folder / "setup.cfg").write_text(body, encoding="utf-8")


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_config_sets_defaults(capsys, project):
    write_cfg(project, "[quotecheck]\nexit-zero = true\n\n[quotecheck:check]\nformat = github\n")
    code, out, err = run(capsys, "check", "news")
    assert code == 0 and err == ""
    assert out.startswith("::error file=news/a.txt,line=1,col=1,title=QC201::")


def test_command_line_wins(capsys, project):
    write_cfg(project, "[quotecheck:check]\nformat = github\nselect = QC1\n")
    code, out, _ = run(capsys, "check", "--format", "text", "--select", "QC2", "news")
    assert code == 1
    assert out.startswith("news/a.txt:1:1: QC201 ")


def test_underscore_keys_and_code_lists(capsys, project):
    write_cfg(project, "[quotecheck]\nfail_on = warning\nignore = QC201, QC3\n")
    assert run(capsys, "check", "news") == (0, "", "")


def test_found_by_walking_up_from_a_subfolder(capsys, project, monkeypatch):
    write_cfg(project, "[quotecheck:check]\nexit-zero = yes\n")
    monkeypatch.chdir(project / "news")
    code, out, _ = run(capsys, "check", "a.txt")
    assert code == 0 and out.startswith("a.txt:1:1: QC201")
    assert config.find_config() == project / "setup.cfg"


def test_setup_cfg_without_the_section_is_passed_over(project, tmp_path):
    write_cfg(project, "[quotecheck]\nquiet = true\n")
    inner = project / "news"
    write_cfg(inner, "[metadata]\nname = other\n")
    assert config.find_config(str(inner)) == project / "setup.cfg"


def test_unknown_key_warns_naming_it(capsys, project):
    write_cfg(project, "[quotecheck]\nfail-onn = warning\n")
    code, out, err = run(capsys, "check", "news")
    assert code == 1 and out
    assert err == f"quotecheck: warning: {project / 'setup.cfg'}: [quotecheck] unknown key 'fail-onn' ignored\n"


def test_key_of_another_command_is_left_to_it(capsys, project):
    write_cfg(project, "[quotecheck]\nerrors = true\n")
    code, _, err = run(capsys, "check", "news")
    assert (code, err) == (1, "")


def test_bad_value_is_a_usage_error_naming_the_key(capsys, project):
    write_cfg(project, "[quotecheck:check]\nfail-on = sometimes\n")
    code, out, err = run(capsys, "check", "news")
    assert (code, out) == (2, "")
    assert "[quotecheck:check] fail-on: 'sometimes' is not one of warning, error" in err


def test_bad_boolean_and_bad_code_are_usage_errors(capsys, project):
    write_cfg(project, "[quotecheck]\nexit-zero = perhaps\n")
    code, _, err = run(capsys, "check", "news")
    assert code == 2 and "exit-zero: expected true or false, got 'perhaps'" in err
    write_cfg(project, "[quotecheck]\nselect = QC7\n")
    code, _, err = run(capsys, "check", "news")
    assert code == 2 and "select: unknown rule code 'QC7'" in err


def test_malformed_file_is_a_usage_error_naming_it(capsys, project):
    write_cfg(project, "[quotecheck]\nselect = QC1\nselect = QC2\n")
    code, _, err = run(capsys, "check", "news")
    assert code == 2
    assert f"{project / 'setup.cfg'}: cannot read configuration" in err


def test_percent_signs_are_literal(capsys, project):
    write_cfg(project, "[quotecheck:check]\noutput = report-100%.txt\n")
    code, out, _ = run(capsys, "check", "news")
    assert (code, out) == (1, "")
    assert (project / "report-100%.txt").read_text(encoding="utf-8").startswith("news/a.txt:1:1: QC201")


def test_other_commands_take_their_own_keys(capsys, project):
    write_cfg(project, "[quotecheck]\nformat = text\n[quotecheck:check]\nformat = json\n")
    code, out, _ = run(capsys, "extract", "news")
    assert code == 0 and out.startswith("news/a.txt:1:1: quote (unattributed)")


def test_no_config_changes_nothing(capsys, project):
    assert config.find_config(str(project)) is None
    code, out, _ = run(capsys, "check", "news")
    assert code == 1 and out.startswith("news/a.txt:1:1: QC201")
