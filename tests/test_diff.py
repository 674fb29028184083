"""Normalised words and word-level diffs."""

from quotecheck.diff import contains, join, norm_word, render, tokens, word_diff, words


def test_normalisation_ignores_marks_case_and_hyphens():
    assert norm_word("U.S.") == norm_word("US") == "us"
    assert norm_word("Russia's") == norm_word("Russia\u2019s")
    assert norm_word("non-starters") == norm_word("nonstarters")
    assert norm_word("Caf\u00e9") == "cafe"


def test_bare_marks_are_not_words():
    assert tokens("yes \u2014 and \u2026 no") == ("yes", "and", "no")


def test_contains_is_a_run_of_words():
    assert contains(("a", "b", "c", "d"), ("b", "c"))
    assert not contains(("a", "b", "c", "d"), ("b", "d"))
    assert not contains(("a",), ("a", "b"))
    assert not contains(("a",), ())


def test_diff_keeps_printed_words():
    diff = word_diff(words("complex but businesslike,"), words("businesslike and difficult"))
    assert diff == (("delete", "complex but"), ("equal", "businesslike"), ("insert", "and difficult"))


def test_diff_shows_typographic_changes():
    diff = word_diff(words("the U.S. will listen"), words("the US will listen"))
    assert diff == (("equal", "the"), ("delete", "U.S."), ("insert", "US"), ("equal", "will listen"))


def test_diff_of_identical_wording_is_one_equal_run():
    assert word_diff(words("a b c,"), words("a b c.")) == (("equal", "a b c."),)


def test_render_word_diff_notation():
    assert render((("equal", "a"), ("delete", "b"), ("insert", "c"))) == "a [-b-] {+c+}"


def test_join_fragments_keeps_both_forms_in_order():
    joined = join(words(x) for x in ["businesslike,", "and \u201cdifficult\u201d"])
    assert joined.raws == ("businesslike,", "and", "\u201cdifficult\u201d")
    assert joined.norms == ("businesslike", "and", "difficult")
