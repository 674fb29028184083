"""Span accuracy on news annotated by people: a ratchet on a deterministic figure."""

import pytest

from quotecheck.cli import main
from quotecheck.evaluate import Score, evaluate, overlaps, read_gold
from tests.conftest import polnear

#: Span F1 reached on PolNeAR (quotecheck eval ../shared/data/polnear/<split>.jsonl).
#: Raise these when the extractor improves; never lower them.
SPAN_F1_FLOOR = {"dev": 0.988, "train": 0.995}  # 0.9884 and 0.9951 measured


def test_span_f1_does_not_fall_on_dev():
    report = evaluate(read_gold(str(polnear("dev"))))
    assert report.articles == 84
    assert round(report.spans.f1, 4) >= SPAN_F1_FLOOR["dev"]


def test_span_f1_does_not_fall_on_train():
    report = evaluate(read_gold(str(polnear("train"))))
    assert round(report.spans.f1, 4) >= SPAN_F1_FLOOR["train"]


def test_overlap_needs_eighty_percent_of_both():
    assert overlaps((0, 10), (1, 10))
    assert not overlaps((0, 10), (0, 5))
    assert not overlaps((0, 10), (10, 20))


def test_score_arithmetic():
    score = Score(tp=8, fp=2, fn=2)
    assert (score.precision, score.recall, round(score.f1, 3)) == (0.8, 0.8, 0.8)


def test_eval_command_on_a_tiny_gold_file(tmp_path, capsys):
    text = 'Smith said "we will win" today. A "so-called" plan.'
    gold = {"id": "a1", "text": text,
            "quotes": [{"start": 11, "end": 24, "speaker_spans": [[0, 5]], "speaker_start": 0, "speaker_end": 5}],
            "other_quoted_spans": [[35, 46]]}
    path = tmp_path / "gold.jsonl"
    path.write_text(__import__("json").dumps(gold) + "\n", encoding="utf-8")
    assert main(["eval", str(path), "--format", "json"]) == 0
    figures = __import__("json").loads(capsys.readouterr().out)
    assert figures["spans"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "tp": 2, "fp": 0, "fn": 0}
    assert figures["speakers"]["tp"] == 1


def test_eval_missing_file_is_a_usage_error(tmp_path, capsys):
    assert main(["eval", str(tmp_path / "nope.jsonl")]) == 2
    assert "nope.jsonl" in capsys.readouterr().err


@pytest.mark.parametrize("line,problem", [
    ('{"id": "a", "text": {"x": 1}}', '"text" must be a string'),
    ('{"id": "a", "text": "t", "quotes": "oops"}', '"quotes" must be a list'),
    ('{"id": "a", "text": "t", "quotes": [{"start": "1", "end": 3}]}', '"quotes"[0] needs integer "start" and "end"'),
    ('{"id": "a", "text": "t", "other_quoted_spans": [[1]]}', '"other_quoted_spans"[0] must be [start, end]'),
    ('[1, 2]', "an annotated article is a JSON object"),
])
def test_a_malformed_gold_line_is_named_by_line_and_field(tmp_path, capsys, line, problem):
    path = tmp_path / "gold.jsonl"
    path.write_text('{"id": "ok", "text": "fine"}\n' + line + "\n", encoding="utf-8")
    assert main(["eval", str(path)]) == 2
    err = capsys.readouterr().err
    assert f"{path}:2: not an annotated article: {problem}" in err and "Traceback" not in err
