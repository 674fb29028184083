"""The rule table of the CI mode: every finding code, its severity and meaning.

One table, read by the checks (which code to emit), the output formats (SARIF
lists its rules) and the tests, which demand that every code has a check, a
line in docs/check.md, and an example that triggers it and one that does not
(proselint keeps its examples beside its checks for the same reason).

Codes group by pipeline step: QC1xx extraction, QC2xx attribution, QC3xx
comparison of several articles. Examples are article texts; a QC3xx example is
a tuple of articles checked together.
"""

from __future__ import annotations

from dataclasses import dataclass

#: Severities, lowest first; ``--fail-on`` picks the lowest one that fails a run.
SEVERITIES = ("warning", "error")


@dataclass(frozen=True)
class Rule:
    """One finding code: what it means, how bad it is, and two examples."""

    code: str
    severity: str
    summary: str
    #: Articles (texts) checked together that must yield this code.
    fails: tuple
    #: Articles that must not yield it: the nearest case that is fine.
    passes: tuple


RULES = (
    Rule(
        "QC101", "error", "unbalanced quote mark",
        fails=('Smith said: "We will win.\n\nThe match is on Sunday.\n',),
        passes=('Smith said: "We will win."\n\nThe match is on Sunday.\n',),
    ),
    Rule(
        "QC201", "error", "unattributed quote",
        fails=('"We will win the league this year and the cup as well."\n',),
        passes=('"We will win the league this year and the cup as well," Smith said.\n',),
    ),
    Rule(
        "QC202", "error", "headline quote not attributed in the body",
        fails=('\u2018Total collapse\u2019\n\nThe club lost again on Sunday.\n',),
        passes=('\u2018Total collapse\u2019\n\n"It was a total collapse," Smith said.\n',),
    ),
    Rule(
        "QC301", "warning", "wording differs from another outlet",
        fails=('"We will win the league this year," Smith said.\n',
               '"We will surely win the league this year," Smith said.\n'),
        passes=('"We will win the league this year," Smith said.\n',
                '"We will win the league this year," Smith said.\n'),
    ),
    Rule(
        "QC302", "error", "same words credited to different speakers",
        fails=('"We will win the league this year," Smith said.\n',
               '"We will win the league this year," Jones said.\n'),
        passes=('"We will win the league this year," Smith said.\n',
                '"We will win the league this year," Smith said.\n'),
    ),
)

#: Code -> Rule, for look-ups by code.
BY_CODE = {rule.code: rule for rule in RULES}


def severity_rank(severity: str) -> int:
    """Position of a severity in SEVERITIES, so ``--fail-on`` can compare."""
    return SEVERITIES.index(severity)


def expand_codes(patterns, known=tuple(BY_CODE)) -> frozenset:
    """Codes matched by ``--select``/``--ignore`` items; a prefix (``QC2``) selects a family.

    Raises ValueError naming an item that matches no code, so a typo in a CI
    configuration is not silently a no-op.
    """
    codes = set()
    for pattern in patterns:
        item = pattern.strip().upper()
        if not item:
            continue
        matched = {code for code in known if code.startswith(item)}
        if not matched:
            raise ValueError(f"unknown rule code {pattern.strip()!r}")
        codes |= matched
    return frozenset(codes)


#: Codes that need several articles checked together (variant groups).
GROUP_CODES = frozenset(rule.code for rule in RULES if rule.code.startswith("QC3"))
