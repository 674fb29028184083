"""The word lists behind attribution, tested as data: sorted, unique, clean."""

import pytest

from quotecheck import lexicons

@pytest.mark.parametrize("name", lexicons.NAMES)
def test_lexicon_is_sorted_unique_and_clean(name):
    lines = lexicons.lines(name)
    assert lines, f"{name}.txt is empty"
    assert list(lines) == sorted(lines), f"{name}.txt is not sorted"
    assert len(set(lines)) == len(lines), f"{name}.txt has duplicates"
    for line in lines:
        assert line and line == line.strip(), f"{name}.txt: stray whitespace or blank line: {line!r}"
        assert line == line.lower(), f"{name}.txt: entries are lowercase: {line!r}"
        assert "  " not in line and "\t" not in line


def test_every_data_file_of_attribution_is_listed():
    from importlib import resources

    files = {p.name[:-4] for p in resources.files("quotecheck").joinpath("data").iterdir() if p.name.endswith(".txt")}
    assert set(lexicons.NAMES) <= files, "a lexicon is listed but has no data file"


def test_words_are_sets_of_the_lines():
    assert lexicons.words("cue_verbs") == frozenset(lexicons.lines("cue_verbs"))


@pytest.mark.parametrize("word", ["said", "says", "told", "added", "adding", "wrote", "tweeted", "according to",
                                  "warned", "emphasized", "stressed"])
def test_common_cues_are_known(word):
    assert word in lexicons.words("cue_verbs")


@pytest.mark.parametrize("word", ["state", "report", "statement", "call", "agree", "point", "points"])
def test_nouns_that_look_like_cues_are_not_cues(word):
    # "state news agency", "a report", "a nervous call", "a sticking point", "talking points": a noun
    # reading is the common one; "agree" is mostly "would agree to" (only "agreed"/"agrees" are cues,
    # and not before "to")
    assert word not in lexicons.words("cue_verbs")


def test_pronouns_of_people_are_pronouns():
    assert lexicons.words("person_pronouns") <= lexicons.words("pronouns")


def test_channel_lexicons_name_the_seed_media():
    assert "interfax" in lexicons.words("news_agencies")
    assert {"abc", "cnn"} <= lexicons.words("broadcasters")
    assert "tweet" in lexicons.words("social_media")


def test_trie_marks_where_entries_end():
    assert lexicons.trie(["say", "said", "s"]) == {"s": {"": {}, "a": {"y": {"": {}}, "i": {"d": {"": {}}}}}}


def test_no_first_name_is_listed_for_both_genders():
    # a name in both lists would make "he" and "she" skip the same person
    assert not lexicons.words("male_names") & lexicons.words("female_names")


@pytest.mark.parametrize("word", ["virginia", "carolina", "charlotte", "clinton", "lindsey", "kim", "lee"])
def test_places_and_shared_names_are_no_gendered_first_names(word):
    # "Virginia Gov. Terry McAuliffe", "Clinton Foundation", "Kim Jong Un": the first word says no gender
    assert word not in lexicons.words("male_names") | lexicons.words("female_names")
