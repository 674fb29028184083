"""Each check on hand-built records, so attribution changes cannot move these tests."""

from __future__ import annotations

from quotecheck import checks
from quotecheck.api import ArticleResult
from quotecheck.models import Article, Member, Quote, Unbalanced, VariantGroup


def article(text="", title=None, path="news/a.txt", ident="a.txt") -> Article:
    return Article(id=ident, path=path, text=text, outlet="Daily", title=title)


def quote(text, kind="quote", speaker=None, line=3, column=1, qid=None) -> Quote:
    return Quote(id=qid or f"Q{abs(hash((text, line))) % 10**10:010d}", article="a.txt", outlet="Daily",
                 line=line, column=column, start=0, end=len(text), text=text, kind=kind, mark='"',
                 speaker=speaker)


def result(*quotes, text="", title=None, unbalanced=()) -> ArticleResult:
    return ArticleResult(article(text, title), tuple(quotes), tuple(unbalanced))


def codes(findings) -> list:
    return [f.code for f in findings]


# --- QC201 -------------------------------------------------------------------------


def test_quote_and_fragment_without_speaker_are_unattributed():
    found = list(checks.check_unattributed(result(
        quote("We will win the league.", kind="quote"),
        quote("a total disgrace", kind="fragment", line=5, column=20),
    )))
    assert [(f.code, f.line, f.column) for f in found] == [("QC201", 3, 1), ("QC201", 5, 20)]
    assert found[0].message == 'unattributed quote "We will win the league."'
    assert found[0].severity == "error"


def test_terms_headlines_and_attributed_quotes_are_not_qc201():
    found = checks.check_unattributed(result(
        quote("stability", kind="term"),
        quote("Total collapse", kind="headline"),
        quote("We will win.", kind="quote", speaker="Smith"),
    ))
    assert list(found) == []


def test_long_quotes_are_cut_at_a_word_in_the_message():
    long = "We will win the league and the cup and every other trophy there is this year."
    (finding,) = checks.check_unattributed(result(quote(long)))
    assert finding.message == 'unattributed quote "We will win the league and the cup and…"'


def test_double_quotes_inside_the_words_do_not_break_the_message():
    (finding,) = checks.check_unattributed(result(quote('He called it "a joke" today')))
    assert finding.message == "unattributed quote \"He called it 'a joke' today\""


# --- QC202 -------------------------------------------------------------------------


def test_headline_quote_found_in_an_attributed_body_quote_passes():
    r = result(quote("Total collapse", kind="headline", line=1),
               quote("It was a total collapse, nothing less,", speaker="Smith", line=3))
    assert list(checks.check_headline(r)) == []


def test_headline_quote_only_in_an_unattributed_body_quote_fails():
    r = result(quote("Total collapse", kind="headline", line=1),
               quote("It was a total collapse, nothing less,", line=3))
    assert codes(checks.check_headline(r)) == ["QC202"]


def test_headline_words_must_run_in_order():
    r = result(quote("Collapse total", kind="headline", line=1),
               quote("It was a total collapse,", speaker="Smith", line=3))
    assert codes(checks.check_headline(r)) == ["QC202"]


def test_headline_ellipsis_parts_may_be_apart_but_in_one_quote():
    body = quote("We will not accept this, and we will fight it in court,", speaker="Smith", line=3)
    ok = result(quote("We will not accept … fight it in court", kind="headline", line=1), body)
    assert list(checks.check_headline(ok)) == []
    other = quote("and we will fight it in court,", speaker="Jones", line=5)
    split = result(quote("We will not accept this … fight it in court", kind="headline", line=1),
                   quote("We will not accept this,", speaker="Smith", line=3), other)
    assert codes(checks.check_headline(split)) == ["QC202"]


def test_quote_on_the_title_line_is_a_headline_quote_not_qc201():
    title = "Minister: 'No new taxes'"
    r = result(quote("No new taxes", kind="quote", line=1, column=12), text=title + "\n\nBody.\n", title=title)
    assert codes(checks.article_findings(r)) == ["QC202"]


def test_a_sentence_on_the_first_line_is_not_a_title():
    title = 'Smith said: "We will win."'
    r = result(quote("We will win.", kind="quote", line=1), text=title + "\n\nBody.\n", title=title)
    assert codes(checks.article_findings(r)) == ["QC201"]


def test_a_title_kept_apart_from_the_text_leaves_line_one_to_the_body():
    r = result(quote("We will win the cup this year.", kind="quote", line=1),
               text='"We will win the cup this year." Fans cheered.\n', title="Cup hopes")
    assert codes(checks.article_findings(r)) == ["QC201"]


# --- QC101 -------------------------------------------------------------------------


def test_unbalanced_mark_points_at_the_mark_and_quotes_what_follows():
    text = 'Title\n\nShe said: "We will win.\n'
    r = result(text=text, unbalanced=[Unbalanced(offset=17, mark='"', line=3, column=11)])
    (finding,) = checks.check_unbalanced(r)
    assert (finding.code, finding.line, finding.column) == ("QC101", 3, 11)
    assert finding.message == 'unbalanced quote mark " near "We will win."'


def test_unbalanced_mark_at_line_end_quotes_what_precedes():
    text = 'We will win."\n'
    r = result(text=text, unbalanced=[Unbalanced(offset=12, mark='"', line=1, column=13)])
    (finding,) = checks.check_unbalanced(r)
    assert finding.message == 'unbalanced quote mark " near "We will win."'


# --- fingerprints and paths ----------------------------------------------------------


def test_fingerprint_ignores_position_case_and_marks_but_not_words_or_speaker():
    base = checks.fingerprint("QC201", "We will win, he said.", None)
    assert checks.fingerprint("QC201", "we  will WIN he said", None) == base
    assert checks.fingerprint("QC201", "We will lose, he said.", None) != base
    assert checks.fingerprint("QC202", "We will win, he said.", None) != base
    assert checks.fingerprint("QC302", "We will win.", "Smith") != checks.fingerprint("QC302", "We will win.", "Jones")


def test_moving_a_quote_keeps_its_fingerprint():
    (a,) = checks.check_unattributed(result(quote("We will win the league.", line=3)))
    (b,) = checks.check_unattributed(result(quote("We will win the league.", line=30, column=7)))
    assert a.fingerprint == b.fingerprint and a.line != b.line


def test_corpus_articles_are_named_by_line_id():
    assert checks.article_path(article(path="corpus.jsonl", ident="story-7")) == "corpus.jsonl#story-7"
    assert checks.article_path(article(path="news/a.txt")) == "news/a.txt"


# --- QC301 and QC302 on hand-built groups -------------------------------------------


def member(article_id, outlet, text, speaker="Smith", variant="identical", diff=(), qid=None, line=4):
    return Member(article=article_id, outlet=outlet, quote_id=qid or f"Q-{article_id}", text=text, start=0,
                  end=len(text), line=line, speaker=speaker, channel=None, diff=diff, variant=variant)


def locate(m):
    return f"news/{m.article}", checks._Position(m.line, 2)


def test_reworded_member_is_qc301_naming_the_reference_outlet_and_the_change():
    group = VariantGroup(group="G1", speaker="Smith", variant="reworded", reference="We will win the cup", members=(
        member("a.txt", "Reuters", "We will win the cup"),
        member("b.txt", "AFP", "We shall win the cup", variant="reworded",
               diff=(("equal", "We"), ("delete", "will"), ("insert", "shall"), ("equal", "win the cup"))),
    ))
    (finding,) = checks.check_wording([group], locate)
    assert (finding.path, finding.line, finding.column, finding.code) == ("news/b.txt", 4, 2, "QC301")
    assert finding.message == 'wording differs from Reuters (-will +shall): "We shall win the cup"'
    assert finding.severity == "warning"


def test_typographic_and_identical_members_are_not_qc301():
    group = VariantGroup(group="G1", speaker="Smith", variant="typographic", reference="The U.S. will win", members=(
        member("a.txt", "Reuters", "The U.S. will win"),
        member("b.txt", "AFP", "The US will win", variant="typographic"),
    ))
    assert list(checks.check_wording([group], locate)) == []


def test_long_diffs_are_cut_in_the_message():
    diff = tuple((op, w) for w in "one two three four".split() for op in ("insert",))
    group = VariantGroup(group="G1", speaker=None, variant="extended", reference="x y", members=(
        member("a.txt", "Reuters", "x y"), member("b.txt", "AFP", "one two three four x y", variant="extended",
                                                   diff=diff)))
    (finding,) = checks.check_wording([group], locate)
    assert "(+one +two +three …)" in finding.message


def test_conflicting_speaker_is_qc302_naming_both_speakers():
    group = VariantGroup(group="G2", speaker="Smith", variant="conflicting_speaker", reference="We will win",
                         members=(member("a.txt", "Reuters", "We will win"),
                                  member("b.txt", "AFP", "We will win", speaker="Jones",
                                         variant="conflicting_speaker")))
    (finding,) = checks.check_speakers([group], locate)
    assert (finding.path, finding.code, finding.severity) == ("news/b.txt", "QC302", "error")
    assert finding.message == 'quote credited to Jones here but to Smith by Reuters: "We will win"'


def test_agreeing_speakers_are_not_qc302():
    group = VariantGroup(group="G2", speaker="Smith", variant="identical", reference="We will win",
                         members=(member("a.txt", "Reuters", "We will win"), member("b.txt", "AFP", "We will win")))
    assert list(checks.check_speakers([group], locate)) == []


def test_group_findings_locate_members_through_the_results():
    q = quote("We shall win the cup", speaker="Smith", line=9, column=5, qid="Q-b")
    results = [ArticleResult(article(path="news/b.txt", ident="b.txt"), (q,), ())]
    group = VariantGroup(group="G1", speaker="Smith", variant="reworded", reference="We will win the cup", members=(
        member("a.txt", "Reuters", "We will win the cup", qid="Q-a"),
        member("b.txt", "AFP", "We shall win the cup", variant="reworded", qid="Q-b"),
    ))
    (finding,) = checks.group_findings([group], results, codes={"QC301"})
    assert (finding.path, finding.line, finding.column) == ("news/b.txt", 9, 5)
    assert checks.group_findings([group], results, codes={"QC302"}) == []


def test_diff_note_lists_dropped_words_first_in_each_change():
    group = VariantGroup(group="G1", speaker="Smith", variant="reworded", reference="a b c d", members=(
        member("a.txt", "Reuters", "a b c d"),
        member("b.txt", "AFP", "x b y d", variant="reworded",
               diff=(("insert", "x"), ("delete", "a"), ("equal", "b"), ("insert", "y"), ("delete", "c"),
                     ("equal", "d"))),
    ))
    (finding,) = checks.check_wording([group], locate)
    assert finding.message.startswith("wording differs from Reuters (-a +x -c …)")
