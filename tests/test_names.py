"""Speaker keys and the word lists behind them."""

from importlib import resources

import pytest

from quotecheck.names import display_name, speaker_key, spelling_key

LISTS = ("compare_stopwords", "speaker_organisations", "speaker_suffixes", "speaker_vague")


@pytest.mark.parametrize("name", LISTS)
def test_word_lists_are_sorted_unique_and_clean(name):
    text = resources.files("quotecheck").joinpath(f"data/{name}.txt").read_text(encoding="utf-8")
    lines = text.splitlines()
    assert text.endswith("\n") and lines
    assert lines == sorted(set(lines)), "unsorted or duplicated"
    assert all(line == line.strip() and line for line in lines), "stray whitespace or empty line"


@pytest.mark.parametrize("a, b", [
    ("Sergei Ryabkov", "Sergey Ryabkov"),
    ("Sergei Ryabkov", "Ryabkov"),
    ("Riabkov", "Ryabkov"),
    ("Ryabkov's", "Ryabkov"),
    ("Volodymyr Zelenskyy", "Zelensky"),
    ("Zelenskiy", "Zelensky"),
    ("Martin Luther King Jr.", "King"),
    ("Łukasz Kowalski", "Lukasz Kowalski"),
])
def test_one_person_one_key(a, b):
    assert speaker_key(a) == speaker_key(b) is not None


@pytest.mark.parametrize("a, b", [
    ("Ryabkov", "Lavrov"),
    ("Wendy Sherman", "Antony Blinken"),
    ("the State Department", "the Defense Department"),
])
def test_different_speakers_different_keys(a, b):
    assert speaker_key(a) != speaker_key(b)


@pytest.mark.parametrize("name", [None, "", "he", "She", "they", "officials", "a US official"])
def test_no_key_for_pronouns_and_vague_sources(name):
    assert speaker_key(name) is None


def test_spelling_key_folds_transliteration():
    assert spelling_key("sergey") == spelling_key("sergei")
    assert spelling_key("zelenskyy") == spelling_key("zelenskiy")


def test_display_name_prefers_the_fullest():
    assert display_name(["Ryabkov", None, "Sergei Ryabkov", "Sergey Ryabkov"]) == "Sergei Ryabkov"
    assert display_name([None]) is None
