"""Findings -> text | json | github | sarif, chosen by name from one small table.

Each writer takes the sorted findings and a stream and writes the whole
report; none of them decides the exit code. ``summary_markdown`` is the
GitHub step summary, written besides any format because GitHub shows only ten
annotations of each level per step and drops the rest without a word.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from pathlib import Path
from typing import Sequence
from urllib.parse import quote as url_quote

from . import __version__
from .models import Finding
from .rules import RULES

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def write_text(findings: Sequence[Finding], out) -> None:
    """``path:line:column: CODE message``, the line compilers and flake8 print."""
    for f in findings:
        out.write(f"{f.path}:{f.line}:{f.column}: {f.code} {f.message}\n")


def write_json(findings: Sequence[Finding], out) -> None:
    """One JSON array of flat finding objects, for scripts."""
    records = [{"path": f.path, "line": f.line, "column": f.column, "code": f.code,
                "severity": f.severity, "message": f.message, "quote_id": f.quote_id,
                "fingerprint": f.fingerprint} for f in findings]
    out.write(json.dumps(records, ensure_ascii=False, indent=2) + "\n")


def _escape_data(value: str) -> str:
    """Workflow-command message escaping: a newline would end the command."""
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    """Property values also end at ``,`` and ``:``, so those are escaped too."""
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")


def write_github(findings: Sequence[Finding], out) -> None:
    """``::error file=…,line=…,col=…,title=CODE::message``: annotations on the pull request."""
    for f in findings:
        props = ",".join(f"{key}={_escape_property(str(value))}" for key, value in
                         (("file", f.path), ("line", f.line), ("col", f.column), ("title", f.code)))
        out.write(f"::{f.severity} {props}::{_escape_data(f.message)}\n")


def _sarif_uri(path: str) -> str:
    """A URI for a path: relative ones stay relative (to the repository root in CI)."""
    if os.path.isabs(path):
        return Path(path).as_uri()
    return url_quote(path.replace("\\", "/"), safe="/")


def _sarif_result(f: Finding, index: dict) -> dict:
    result = {
        "ruleId": f.code,
        "ruleIndex": index[f.code],
        "level": f.severity,
        "message": {"text": f.message},
        "locations": [{"physicalLocation": {
            "artifactLocation": {"uri": _sarif_uri(f.path)},
            "region": {"startLine": f.line, "startColumn": f.column},
        }}],
    }
    if f.fingerprint:
        # Code scanning matches alerts across runs by this, not by the line.
        result["partialFingerprints"] = {"quotecheckFingerprint/v1": f.fingerprint}
    return result


def sarif_log(findings: Sequence[Finding]) -> dict:
    """The SARIF 2.1.0 log of one run: the rule table as the driver's rules, then results."""
    rules = [{"id": r.code, "name": r.code, "shortDescription": {"text": r.summary},
              "defaultConfiguration": {"level": r.severity}} for r in RULES]
    index = {r.code: i for i, r in enumerate(RULES)}
    return {
        "$schema": SARIF_SCHEMA,
        "version": SARIF_VERSION,
        "runs": [{
            "tool": {"driver": {"name": "quotecheck", "version": __version__, "rules": rules}},
            "columnKind": "unicodeCodePoints",
            "results": [_sarif_result(f, index) for f in findings],
        }],
    }


def write_sarif(findings: Sequence[Finding], out) -> None:
    """SARIF 2.1.0 for code-scanning upload (``github/codeql-action/upload-sarif``)."""
    out.write(json.dumps(sarif_log(findings), ensure_ascii=False, indent=2) + "\n")


#: Output formats by name.
FORMATS = {"text": write_text, "json": write_json, "github": write_github, "sarif": write_sarif}


def _cell(value) -> str:
    """A Markdown table cell: pipes and line breaks would split the row."""
    return str(value).replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


#: GitHub refuses a step summary over 1 MiB; stop the table safely below that.
SUMMARY_LIMIT_BYTES = 900_000


def summary_markdown(findings: Sequence[Finding], limit: int = SUMMARY_LIMIT_BYTES) -> str:
    """A Markdown summary of every finding, for ``$GITHUB_STEP_SUMMARY``.

    Rows stop only when the summary would pass ``limit`` bytes, and then a
    last line says how many findings are left out.
    """
    lines = ["## quotecheck", ""]
    if not findings:
        return "\n".join(lines + ["No findings.", ""])
    counts = Counter(f.code for f in findings)
    files = len({f.path for f in findings})
    lines.append(f"{len(findings)} finding{'s' if len(findings) != 1 else ''} in {files} "
                 f"file{'s' if files != 1 else ''}: "
                 + ", ".join(f"{code} × {n}" for code, n in sorted(counts.items())))
    lines += ["", "| Location | Code | Severity | Message |", "| --- | --- | --- | --- |"]
    size = sum(len(line.encode("utf-8")) + 1 for line in lines)
    for shown, f in enumerate(findings):
        row = f"| {_cell(f'{f.path}:{f.line}:{f.column}')} | {f.code} | {f.severity} | {_cell(f.message)} |"
        size += len(row.encode("utf-8")) + 1
        if size > limit:
            lines += ["", f"{len(findings) - shown} more findings not listed: GitHub limits a step summary "
                          "to 1 MiB. Use `--format json -o FILE` for all of them."]
            break
        lines.append(row)
    return "\n".join(lines) + "\n"
