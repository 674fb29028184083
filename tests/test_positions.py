"""Quotes found in an HTML page's text are located in the page's markup."""

from __future__ import annotations

from quotecheck.positions import find_in_source, is_html, lead_key

PAGE = ('<html>\n<body>\n<nav>Home</nav>\n<p>Dockers went back.\n&ldquo;Nobody has <b>told</b>\nus when'
        ' the pay comes,&rdquo; one said.</p>\n<p>"Nobody has told us when," again.</p>\n</body>\n</html>\n')


def test_points_at_the_opening_mark_entity_across_tags_and_lines():
    assert find_in_source(PAGE, "Nobody has told us when the pay comes,") == (5, 1)


def test_later_occurrence_and_plain_mark():
    assert find_in_source(PAGE, "Nobody has told us when,", occurrence=2) == (7, 4)


def test_words_must_start_at_a_word_boundary():
    assert find_in_source("<p>other words</p>", "her words") is None


def test_missing_words_and_empty_quotes_give_none():
    assert find_in_source(PAGE, "Somebody else entirely") is None
    assert find_in_source(PAGE, "…") is None
    assert find_in_source(PAGE, "Nobody has told us when", occurrence=3) is None


def test_lead_key_and_suffixes():
    assert lead_key("Nobody, has told US when the pay") == ("nobody", "has", "told", "us", "when")
    assert is_html("a/B.HTM") and is_html("x.html") and not is_html("x.md")
