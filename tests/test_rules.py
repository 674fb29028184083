"""The rule table is complete: every code has a check, docs and two working examples."""

from __future__ import annotations

import re

import pytest

from quotecheck import checks, rules
from quotecheck.api import process_article
from quotecheck.articles import make_article

from .conftest import ROOT

DOCS = ROOT / "docs" / "check.md"


def findings_of(texts) -> list:
    """Run every check on articles given as texts, as ``quotecheck check`` would."""
    results = [process_article(make_article(f"ex{i}.txt", f"ex{i}.txt", text, {})) for i, text in enumerate(texts)]
    found = [f for result in results for f in checks.article_findings(result)]
    if len(results) > 1:
        from quotecheck.compare import group_quotes

        groups = group_quotes(q for result in results for q in result.quotes)
        found += checks.group_findings(groups, results)
    return found


def test_codes_are_unique_and_well_formed():
    codes = [rule.code for rule in rules.RULES]
    assert len(codes) == len(set(codes))
    assert all(re.fullmatch(r"QC[1-3]\d\d", code) for code in codes)
    assert codes == sorted(codes)


def test_severities_and_summaries():
    for rule in rules.RULES:
        assert rule.severity in rules.SEVERITIES
        assert rule.summary and "\n" not in rule.summary and rule.summary == rule.summary.strip()


def test_every_code_has_exactly_one_check():
    assert set(checks.ARTICLE_CHECKS) | set(checks.GROUP_CHECKS) == set(rules.BY_CODE)
    assert not set(checks.ARTICLE_CHECKS) & set(checks.GROUP_CHECKS)
    assert set(checks.GROUP_CHECKS) == rules.GROUP_CODES


def test_every_code_has_a_docs_row_with_its_severity_and_summary():
    docs = DOCS.read_text(encoding="utf-8")
    for rule in rules.RULES:
        assert f"| {rule.code} | {rule.severity} | {rule.summary} |" in docs, rule.code


def test_every_rule_has_examples():
    for rule in rules.RULES:
        assert rule.fails and rule.passes, rule.code
        several = rule.code in rules.GROUP_CODES
        assert all(len(example) > 1 for example in (rule.fails, rule.passes)) == several, rule.code


@pytest.mark.parametrize("rule", rules.RULES, ids=lambda r: r.code)
def test_failing_example_triggers_the_code(rule):
    assert rule.code in {f.code for f in findings_of(rule.fails)}


@pytest.mark.parametrize("rule", rules.RULES, ids=lambda r: r.code)
def test_passing_example_does_not(rule):
    assert rule.code not in {f.code for f in findings_of(rule.passes)}


@pytest.mark.parametrize("rule", rules.RULES, ids=lambda r: r.code)
def test_findings_carry_the_rule_severity(rule):
    assert {f.severity for f in findings_of(rule.fails) if f.code == rule.code} == {rule.severity}


def test_expand_codes_takes_prefixes_and_rejects_typos():
    assert rules.expand_codes(["QC2"]) == {"QC201", "QC202"}
    assert rules.expand_codes([" qc101 ", ""]) == {"QC101"}
    with pytest.raises(ValueError, match="'QC9'"):
        rules.expand_codes(["QC9"])


def test_severity_rank_orders_warning_below_error():
    assert rules.severity_rank("warning") < rules.severity_rank("error")
