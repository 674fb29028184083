"""The span finder: every quote convention, apostrophes, paragraphs, bad marks."""

import pytest

from quotecheck.extract import find_spans


def quoted(text):
    """The quoted words found in ``text``, in order."""
    spans, _ = find_spans(text)
    return [text[s.start:s.end] for s in spans]


@pytest.mark.parametrize("text, expected", [
    ('He said "we will win" today.', ["we will win"]),
    ("He said “we will win” today.", ["we will win"]),
    ("He said ‘we will win’ today.", ["we will win"]),
    ("He said 'we will win' today.", ["we will win"]),
    ("Er sagte „wir gewinnen“ heute.", ["wir gewinnen"]),
    ("Il a dit « nous gagnerons » hier.", ["nous gagnerons"]),
    ("Mr. Rhodes said, ''The fact is, we won.''", ["The fact is, we won."]),
])
def test_every_mark_convention(text, expected):
    assert quoted(text) == expected


@pytest.mark.parametrize("text", [
    "Russia’s demands and the allies’ plans, don’t you think?",
    "A buyers’ strike hit the ’90s rock ’n’ roll market.",
    "Russia's demands and the allies' plans, don't you think?",
    "O’Brien said nothing about the Smiths’ house.",
])
def test_apostrophes_are_not_quotes(text):
    spans, unbalanced = find_spans(text)
    assert spans == []
    assert unbalanced == []


def test_plural_possessive_inside_a_single_quote():
    text = "The headline read ‘the allies’ plans fail’ on Monday."
    assert quoted(text) == ["the allies’ plans fail"]


def test_single_quotes_nested_in_double():
    text = "“He told me ‘never again’ and left,” she said."
    assert quoted(text) == ["He told me ‘never again’ and left,", "never again"]


def test_british_style_double_inside_single():
    text = "‘He told me “never again” and left,’ she said."
    assert quoted(text) == ["He told me “never again” and left,", "never again"]


def test_multi_paragraph_quote_is_one_span():
    text = "“First paragraph of the speech.\n\n“Second paragraph of it,” he said.\n"
    spans, unbalanced = find_spans(text)
    assert len(spans) == 1 and unbalanced == []
    assert text[spans[0].start:spans[0].end] == "First paragraph of the speech.\n\n“Second paragraph of it,"


def test_markup_attributes_are_not_quotes():
    text = '<tweet author="@someone" date="2016-01-02">Hello there</tweet> and "a real one" here.'
    assert quoted(text) == ["a real one"]


def test_unbalanced_mark_is_recorded_and_the_rest_kept():
    text = "He said “this never closes.\n\nLater she said “this one does” clearly."
    spans, unbalanced = find_spans(text)
    assert [u.mark for u in unbalanced] == ["“"]
    assert (unbalanced[0].line, unbalanced[0].column) == (1, 9)
    assert "this one does" in [text[s.start:s.end] for s in spans]


def test_stray_closing_mark_is_recorded():
    spans, unbalanced = find_spans("Nothing opened here” at all.")
    assert spans == [] and [u.mark for u in unbalanced] == ["”"]


def test_skip_spans_hide_metadata():
    text = 'Source: "Agency" wire\nHe said "yes" then.'
    spans, _ = find_spans(text, skip=[(0, 21)])
    assert [text[s.start:s.end] for s in spans] == ["yes"]


def test_offsets_point_at_words_and_marks():
    text = "He said “we will win” today."
    (span,), _ = find_spans(text)
    assert text[span.open_at] == "“" and text[span.close_at - 1] == "”"
    assert text[span.start:span.end] == "we will win"


def test_straight_quote_reopened_after_a_lost_paragraph_break_is_one_quote():
    text = '"We got out. "Then we called them," he said. Later "another" came.'
    assert quoted(text) == ['We got out. "Then we called them,', "another"]


def test_mangled_nyt_closing_mark_closes_the_quote():
    text = "(Forbes tracks 500 ''family fortunes.'.')\n\n''The lists differ,'' Mr. Friedman said."
    spans, unbalanced = find_spans(text)
    assert [text[s.start:s.end] for s in spans] == ["family fortunes.", "The lists differ,"]
    assert unbalanced == []


@pytest.mark.parametrize("text", [
    "“First part.\n\u2003\u00a0\n“Second part,” he said.\n",
    "\n\n  \nNo marks here.\n\t\nNor here.\n“A quote” at last.",
    "“Left open\n\nA later paragraph with “its own” quote.",
    "Line one\r\n\r\n“Line three,” she said.\r\n",
])
def test_paragraphs_are_the_non_blank_lines_whatever_the_whitespace(text):
    """Marks are found in one pass and dealt out to the non-blank lines; the
    lines are the same as cutting at each newline and stripping."""
    from quotecheck.extract import _paragraphs

    expected, start = [], 0
    for line in text.split("\n"):
        if line.strip():
            expected.append((start, start + len(line)))
        start += len(line) + 1
    assert _paragraphs(text) == expected
    spans, _ = find_spans(text)
    assert all(text[s.start:s.end].strip() for s in spans)


def test_a_line_of_unicode_spaces_between_paragraphs_of_one_quote():
    text = "“First part.\n\u2003\u00a0\n“Second part,” he said.\n"
    spans, unbalanced = find_spans(text)
    assert unbalanced == []
    assert [text[s.start:s.end] for s in spans] == ["First part.\n\u2003\u00a0\n“Second part,"]


@pytest.mark.parametrize("text,quoted", [
    ("Trump is 6'3\" tall, his doctor said. \"He is healthy,\" the doctor added.", ["He is healthy,"]),
    ("“His hands are the size of someone who is 5’2”. You know what they say?” Rubio said.",
     ["His hands are the size of someone who is 5’2”. You know what they say?"]),
])
def test_feet_and_inches_are_not_quote_marks(text, quoted):
    spans, unbalanced = find_spans(text)
    assert [text[s.start:s.end] for s in spans] == quoted and unbalanced == []


def test_a_closing_straight_mark_glued_to_the_next_word_closes():
    # detokenised copy (ECB+): 'started, "he said' closes the quote, it opens no new one
    text = 'Capaldi spoke. "I can\'t wait to get started, "he said. "It is an honour. " Moffat agreed.'
    spans, unbalanced = find_spans(text)
    assert [text[s.start:s.end] for s in spans] == ["I can't wait to get started,", "It is an honour."]
    assert unbalanced == []


def test_a_straight_mark_after_a_sentence_end_before_a_capital_still_opens_nothing_new():
    text = '"We will stay. "Our work is not done," she said.'
    spans, _ = find_spans(text)
    assert [text[s.start:s.end] for s in spans] == ['We will stay. "Our work is not done,']


def test_single_quoted_words_ending_like_a_dropped_g_are_still_quotes():
    # "goin’ home" inside a single quote stays a known limit: guessing elision from "-in’"
    # would break ‘Berlin’, ‘Putin’ and ‘Kremlin’, which are far more common in news
    text = "The ‘Berlin’ file, the ‘Putin’ line and the ‘Kremlin’ view."
    spans, unbalanced = find_spans(text)
    assert [text[s.start:s.end] for s in spans] == ["Berlin", "Putin", "Kremlin"] and unbalanced == []


def test_a_straight_quote_left_open_ends_where_a_curly_quote_inside_it_closed():
    # mixed marks: the straight quote is never closed, and the next paragraph opens a quote of its own
    text = ('"Trump tried to laugh it off by interjecting, “Only Rosie O’Donnell.” But Kelly was relentless.\n\n'
            '“Does that sound to you like the temperament?” she asked.\n')
    spans, unbalanced = find_spans(text)
    quoted = [text[s.start:s.end] for s in spans]
    assert quoted == ["Trump tried to laugh it off by interjecting, “Only Rosie O’Donnell.",
                      "Only Rosie O’Donnell.", "Does that sound to you like the temperament?"]
    assert [u.mark for u in unbalanced] == ['"']


def test_a_straight_quote_over_paragraphs_keeps_its_curly_quotes_inside():
    text = ('Dr. Ward stated:\n\n"The department isn’t about “Equal Justice Under Law” anymore.\n\n'
            '"The latest example is its suit over the “Bathroom Bill,” which is wrong."\n')
    spans, _ = find_spans(text)
    outer = text[spans[0].start:spans[0].end]
    assert outer.startswith("The department") and outer.endswith("which is wrong.")


@pytest.mark.parametrize("invisible", ["\u202a", "\u200e", "\ufeff", "\u200b"])
def test_an_invisible_format_mark_before_a_quote_mark_is_not_there(invisible):
    # a left-to-right embedding pasted before a closing-shaped mark at a paragraph start
    text = f"Intro.\n\n{invisible}”Sorry Sarah, you should have said it!!” posted Sharon Geyer.\n"
    spans, unbalanced = find_spans(text)
    assert [text[s.start:s.end] for s in spans] == ["Sorry Sarah, you should have said it!!"]
    assert unbalanced == []


@pytest.mark.parametrize("text, expected", [
    ("'''College Bowl,''' he replied. ''It's higher-end.''", ["'College Bowl,'", "College Bowl,", "It's higher-end."]),
    ("''She said, 'You weren't in line,''' Ms. Compton recalled, ''and I said no.''",
     ["She said, 'You weren't in line,'", "You weren't in line,", "and I said no."]),
])
def test_three_straight_marks_close_a_single_quote_inside_a_double_one(text, expected):
    spans, unbalanced = find_spans(text)
    assert [text[s.start:s.end] for s in spans] == expected
    assert unbalanced == []
