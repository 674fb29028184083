"""Attribution rules one by one, on short texts written for the purpose."""

import pytest

from quotecheck import channels
from quotecheck.attribute import _sentence_starts, attribute, is_modifier
from quotecheck.classify import first_kind
from quotecheck.extract import find_spans


def run(text):
    """Every quote of ``text`` as (quoted words, attribution)."""
    spans, _unbalanced = find_spans(text)
    kinds = [first_kind(text, span) for span in spans]
    return [(text[s.start:s.end], a) for s, a in zip(spans, attribute(text, spans, kinds))]


def attribution(text, words):
    """The Attribution of the quote of ``text`` starting with ``words``."""
    for quoted, attr in run(text):
        if quoted.lower().startswith(words.lower()):
            return attr
    raise AssertionError(f"no quote starts with {words!r}")


def first_words(text, n=1):
    """The first words of the ``n``-th straight-quoted span of ``text``: what ``attribution`` looks a quote up by."""
    return text.split('"')[2 * n - 1][:6]


def who(text, words):
    """(speaker, mention as written, cue) of the quote starting with ``words``."""
    attr = attribution(text, words)
    mention = text[attr.speaker_start:attr.speaker_end] if attr.speaker_start is not None else None
    return attr.speaker, mention, attr.cue


@pytest.mark.parametrize("text,speaker,mention,cue", [
    ('"We will win," Smith said.', "Smith", "Smith", "said"),
    ('"We will win," said Mary Smith, a campaign aide.', "Mary Smith", "Mary Smith", "said"),
    ('Smith said: "We will win."', "Smith", "Smith", "said"),
    ('Smith said "we will win" on Monday.', "Smith", "Smith", "said"),
    ('"We will win," Smith told reporters.', "Smith", "Smith", "told"),
    ('According to Smith, "we will win."', "Smith", "Smith", "According to"),
    ('Smith wrote on Twitter: "We will win."', "Smith", "Smith", "wrote"),
    ('Smith tweeted: "We will win."', "Smith", "Smith", "tweeted"),
    ('Smith was quoted as saying "we will win."', "Smith", "Smith", "quoted as saying"),
    ('"We will win," Mary Smith, a campaign aide, said.', "Mary Smith", "Mary Smith", "said"),
    ('Campaign manager Mary Smith said: "We will win."', "Mary Smith", "Campaign manager Mary Smith", "said"),
    ('"We will win," the State Department said.', "State Department", "the State Department", "said"),
    ('"We will win," the Kremlin said.', "Kremlin", "the Kremlin", "said"),
    ('"This is fantastic!" beamed Donald Hartley, a delegate.', "Donald Hartley", "Donald Hartley", "beamed"),
])
def test_sentence_patterns(text, speaker, mention, cue):
    assert who(text, "We will win" if "win" in text else "This") == (speaker, mention, cue)


@pytest.mark.parametrize("dash", ["—", "–", "―", "-"])
def test_a_dash_signature_after_the_quote_with_any_dash(dash):
    # U+2015 is the quotation dash; reader-comment lists sign with it, often before a no-break space
    text = f'“Trump is clueless about the struggles of minorities.” {dash}\u00a0Stephanie Egan\u00a0\n“Next one.”'
    assert who(text, "Trump is clueless") == ("Stephanie Egan", "Stephanie Egan", "—")


@pytest.mark.parametrize("text,speaker", [
    ('PolitiFact rated 32% of Republican claims as “false” in its checks.', None),
    ('He did not address his early-morning tweets calling a former Miss Universe “disgusting” at all.', "He"),
    ('Trump tweets: “We will win.”', "Trump"),
    ('Jan Brewer, an early supporter of Trump, calls the issue "a priority" for women.', "Jan Brewer"),
])
def test_a_cue_that_is_also_a_plural_noun(text, speaker):
    assert who(text, text.split(text[text.index("“") if "“" in text else text.index('"')])[1][:5])[0] == speaker


def test_a_date_written_with_a_slash_is_one_word_of_the_title():
    assert who('"They are wrong," said 9/11 widow Terry Strada.', "They are")[:2] == (
        "Terry Strada", "9/11 widow Terry Strada")


@pytest.mark.parametrize("text,speaker,mention", [
    ('Pence took issue with Donald Trump’s claim that President Barack Obama “founded ISIS,” on the radio.',
     "Donald Trump", "Donald Trump’s"),
    ('Hillary Clinton called him back. Clinton’s response was: “Is Dalton Brody off Conn or Wisconsin?”',
     "Hillary Clinton", "Clinton’s"),
    ('Witness Mr. Trump’s appeal to men uncomfortable in an America where one must dial “1” for English.',
     None, None),
])
def test_the_possessor_of_a_claim_speaks_the_words_quoted_after_it(text, speaker, mention):
    quoted = text.split("“")[1].split("”")[0][:6]
    assert who(text, quoted)[:2] == (speaker, mention)


@pytest.mark.parametrize("text,speaker", [
    ('Richard Nixon ran on the slogan "Experience Counts For Everyone" in 1960 after eight years in office.',
     "Richard Nixon"),
    ('Cruz took a shot at Trump, saying his use of the term "Palestine" for the territory was incorrect.', "Cruz"),
    ('Richard Nixon ran a show called "Experience Counts" in 1960.', None),
])
def test_a_capitalised_quote_after_slogan_or_term_is_said_by_someone(text, speaker):
    assert who(text, first_words(text))[0] == speaker


@pytest.mark.parametrize("phrase,speaks", [("can be", False), ("would have", False), ("the president", True),
                                            ("the committee meeting began", False), ("all knew", False),
                                            ("an official who spoke", True)])
def test_a_verb_group_is_no_speaker(phrase, speaks):
    from quotecheck.attribute import _can_speak
    from quotecheck.mentions import Mention

    text = f"Items that {phrase} read easily rate well."
    start = text.index(phrase)
    mention = Mention(start, start + len(phrase), phrase, "descriptor", title=phrase)
    assert _can_speak(mention, text) is speaks


@pytest.mark.parametrize("text,later", [
    ('Only 52 percent agreed that she is in "good enough overall health," while 73 percent said the same of him.',
     False),
    ('Voters found her in "good enough overall health"; 73 percent said the same of him.', False),
    ('Of "good enough overall health" and more, the doctor said nothing.', True),
    # a subordinator right before the cue's subject: the cue is that clause's verb, not the quote's
    ('He answers with his "good enough overall health" when the doctor asks a question.', False),
    ('He was in "good enough overall health" when the doctor said it.', False),
    ('Friends offered to vote for "good enough overall health" because the doctor posted it.', False),
])
def test_a_later_cue_in_a_clause_of_its_own_signs_nothing_before_it(text, later):
    mention = who(text, "good enough")[1]
    assert (mention in ("73 percent", "the doctor")) is later


def test_no_break_spaces_read_as_spaces():
    assert who('"We will win,"\u00a0said\u00a0Trey Gowdy.', "We will win")[:2] == ("Trey Gowdy", "Trey Gowdy")


def test_dash_signature():
    text = 'Quotes of the day.\n\n"We will win."\n— Mary Smith\n'
    assert who(text, "We will win")[:2] == ("Mary Smith", "Mary Smith")


def test_adding_keeps_the_subject_of_the_clause():
    text = 'Mary Smith spoke first, adding: "We will win."'
    assert who(text, "We will win")[:2] == ("Mary Smith", "Mary Smith")


def test_attribution_in_the_sentence_before():
    text = 'The plan failed, Mary Smith said. "It was a disaster."'
    assert who(text, "It was")[0] == "Mary Smith"


def test_the_object_of_the_sentence_is_not_the_speaker():
    text = '"Guarantees will never stop" Putin, Mykhailo said.'
    assert who(text, "Guarantees")[:2] == ("Mykhailo", "Mykhailo")


def test_pronoun_resolves_to_the_nearest_person_who_spoke():
    text = ('Senator Mary Smith said the bill would pass.\n\n'
            'The vote is on Tuesday.\n\n"We have the votes," she said.')
    assert who(text, "We have")[:2] == ("Mary Smith", "she")


def test_pronoun_resolves_across_a_heading():
    text = ('Senator Mary Smith said the bill would pass.\n\nNext steps\n\n'
            'The vote is on Tuesday, she said. "We have the votes."')
    assert who(text, "We have")[:2] == ("Mary Smith", "she")


def test_pronoun_skips_names_in_object_position():
    text = ('Reporter Jonah Hull said talks launched by Biden and Putin were stalled.\n\n'
            '"Nobody expects a deal," he said.')
    assert who(text, "Nobody")[0] == "Jonah Hull"


def test_surname_joins_the_full_name_met_earlier():
    text = 'Deputy Minister Sergei Ryabkov arrived.\n\n"We need guarantees," Ryabkov said.'
    speaker, mention, _cue = who(text, "We need")
    assert (speaker, mention) == ("Sergei Ryabkov", "Ryabkov")


def test_surname_takes_the_title_of_the_full_name():
    text = 'Russian Deputy Foreign Minister Sergei Ryabkov arrived.\n\n"We need guarantees," Ryabkov said.'
    (_quoted, attr), = run(text)
    assert attr.speaker_title == "Russian Deputy Foreign Minister"


def test_continuation_paragraph_inherits_the_speaker_and_its_mention():
    text = 'Ryabkov said: "Are they ready?"\n\n"I have a rather pessimistic forecast."\n'
    first, second = run(text)
    assert second[1].speaker == "Ryabkov"
    assert (second[1].speaker_start, second[1].speaker_end) == (0, 7)


def test_continuation_after_a_colon_paragraph():
    text = 'Then Mary Smith said:\n\n"We will win this fight."\n'
    assert who(text, "We will win")[0] == "Mary Smith"


@pytest.mark.parametrize("lead,speaker", [
    ("Smith wrote back. He then listed the qualities a nominee needs:", "Smith"),
    ("Mary Smith arrived early. Hours later, Smith released the following statement:", "Mary Smith"),
    ("Few donors give small sums. The New York Times reports:", "New York Times"),
    ("Wait, it gets better:", None),
    ("When Wallace died, the family released the following statement:", None),
])
def test_a_paragraph_ending_in_a_colon_leads_into_the_quote_after_it(lead, speaker):
    text = f'{lead}\n\n"In the piece I wrote last November, I discussed several factors."\n'
    assert who(text, "In the piece")[0] == speaker


@pytest.mark.parametrize("text", [
    'Because of how Democrats crafted the schedule, explained Rosenberg, "with this thing over by March we win."',
    'In the end, said Rosenberg, "we will win this thing, believe me."',
])
def test_an_inverted_cue_between_commas_before_a_quote(text):
    assert who(text, text.split('"')[1][:8])[:2] == ("Rosenberg", "Rosenberg")


def test_a_cue_object_between_commas_is_no_inverted_speaker():
    text = 'The plan, said to cost billions, "will never pass," Mary Smith said.'
    assert who(text, "will never")[0] == "Mary Smith"


@pytest.mark.parametrize("text,speaker", [
    ('BOCA RATON, Fla. — Golf courses here are known as "rabbit patches" and worse among golfers.', None),
    ('LA CROSSE, Wis. — Hosts on talk radio went after the claim that Obama "founded ISIS," saying it missed the point.',
     None),
    ('NATO said "it will keep every door open to new members."', "NATO"),
])
def test_a_dateline_in_capitals_is_no_speaker(text, speaker):
    assert who(text, first_words(text))[0] == speaker


@pytest.mark.parametrize("phrase,speaker,title", [
    ("New Jersey Gov. Chris Christie", "Chris Christie", "New Jersey Gov."),
    ("Texas Lt. Gov. Dan Patrick", "Dan Patrick", "Texas Lt. Gov."),
    ("George H.W. Bush", "George H.W. Bush", None),
    ("Senate Majority Leader Mitch McConnell", "Mitch McConnell", "Senate Majority Leader"),
    ("Atlantic City Mayor Don Guardian", "Don Guardian", "Atlantic City Mayor"),
    ("Martin Luther King Jr", "Martin Luther King Jr", None),
    ("David French of the National Retail Federation", "David French", "of the National Retail Federation"),
    # a person of an organisation whose head word is known: the person, not the organisation
    ("Ross Eisenbrey of the Economic Policy Institute", "Ross Eisenbrey", "of the Economic Policy Institute"),
    ("Meenakshi Ganguly of Human Rights Watch", "Meenakshi Ganguly", "of Human Rights Watch"),
    ("the Federal Bureau of Investigation", "Federal Bureau of Investigation", None),
    ("the American Federation of Teachers", "American Federation of Teachers", None),  # a nation opens no name
    ("the Technology Directorate of the Department of Homeland Security",
     "Technology Directorate of the Department of Homeland Security", None),
    ("Rep. Lee Zeldin of New York", "Lee Zeldin", "Rep. of New York"),
    ("Secretary of State John Kerry", "John Kerry", "Secretary of State"),
    ("Anthony Romero in a statement", "Anthony Romero", None),
    ("Mary Smith in Iowa", "Mary Smith", "in Iowa"),
    ("House Speaker Paul D. Ryan of Wisconsin", "Paul D. Ryan", "House Speaker of Wisconsin"),
    ("Representative Peter T. King of New York", "Peter T. King", "Representative of New York"),  # King, a surname
    ("Andrew J. Pincus of the law firm Mayer Brown", "Andrew J. Pincus", "of the law firm Mayer Brown"),
    ("Chicago Alderman Jason C. Ervin", "Jason C. Ervin", "Chicago Alderman"),
    ("New York City Public Advocate Trish James", "Trish James", "New York City Public Advocate"),
    ("United Auto Workers Secretary-Treasurer Gary Casteel", "Gary Casteel", "United Auto Workers Secretary-Treasurer"),
    ("Sen. Cruz of Texas", "Cruz", "Sen. of Texas"),  # an abbreviated title: a surname alone will do
    ("Mr. Burman of the Tax Policy Center", "Burman", "Mr. of the Tax Policy Center"),
])
def test_the_title_is_kept_apart_from_the_name(phrase, speaker, title):
    attr = attribution(f'"We will win," said {phrase}.', "We will win")
    assert (attr.speaker, attr.speaker_title) == (speaker, title)


@pytest.mark.parametrize("text,speaker", [
    ('Melania Trump spoke first. Donald Trump spoke later. "We will win," Mr. Trump said.', "Donald Trump"),
    ('Melania Trump spoke first. "We will win," Mr. Trump said.', "Trump"),
    ('Hillary Clinton spoke. Bill Clinton nodded. "We will win," Mrs. Clinton said.', "Hillary Clinton"),
    ('Bill Clinton spoke. Hillary Clinton nodded. "We will win," Mrs. Clinton said.', "Hillary Clinton"),
    ('Hillary Clinton spoke. "We will win," Clinton said.', "Hillary Clinton"),
])
def test_a_surname_with_a_title_joins_the_namesake_of_its_gender(text, speaker):
    assert who(text, "We will win")[0] == speaker


def test_a_headline_in_capitals_is_no_full_name():
    # the headline once made "Trump" mean "Francois Hollande Says Donald Trump"
    text = ('Francois Hollande Says Donald Trump is unfit\n\n'
            'Donald Trump spoke in Ohio.\n\n"We will win," Trump said.')
    assert who(text, "We will win")[0] == "Donald Trump"


@pytest.mark.parametrize("name", ["Al From", "Ian Read", "Mary Ann Read"])
def test_a_name_may_hold_a_word_that_is_also_a_verb(name):
    text = f'{name} spoke in Ohio.\n\n"We will win," {name.split()[-1]} said.'
    assert who(text, "We will win")[0] == name


def test_a_name_run_across_a_full_stop_is_two_names():
    # "Hillary Clinton. Bernie Sanders" once read as one person's name
    text = '"We will win," said Hillary Clinton. Bernie Sanders spoke next.\n\n"We are the movement," he said.'
    assert who(text, "We are the")[0] == "Bernie Sanders"


@pytest.mark.parametrize("text,words,speaker", [
    ('"We will win," said Hillary Clinton. Then Bernie Sanders took the stage.\n\n"We are the movement," he said.',
     "We are the", "Bernie Sanders"),
    ('"We will win," said Bernie Sanders, and Hillary Clinton nodded.\n\n"I agree," she said.', "I agree",
     "Hillary Clinton"),
    ('"We will win," said Mrs. Pat Jones. "So will we," said Robert Brown.\n\n"I agree," she said.', "I agree",
     "Pat Jones"),
    ('"We will win," said James Comey.\n\n"I agree," she said.', "I agree", "she"),
])
def test_a_pronoun_skips_a_person_of_the_other_gender(text, words, speaker):
    assert who(text, words)[0] == speaker


def test_descriptor_resolves_to_the_last_speaker_never_the_possessor():
    text = ('Secretary of State Antony Blinken warned Moscow.\n\n'
            '"We need de-escalation," President Joe Biden’s top diplomat said.')
    speaker, mention, _cue = who(text, "We need")
    assert speaker == "Antony Blinken" and mention == "President Joe Biden’s top diplomat"


def test_relaying_organisation_is_the_channel():
    text = 'Sherman stressed "the freedom of nations to choose," the State Department said.'
    (_quoted, attr), = run(text)
    assert (attr.speaker, attr.channel, attr.channel_type) == ("Sherman", "State Department", "relayed")


def test_relaying_news_agency_is_a_news_agency_channel():
    text = 'Ryabkov told reporters the talks were "complex but businesslike," Russian news agency Interfax said.'
    (_quoted, attr), = run(text)
    assert (attr.speaker, attr.channel, attr.channel_type) == ("Ryabkov", "Interfax", "news agency")


@pytest.mark.parametrize("tail,channel,kind", [
    ("told the Interfax news agency.", "Interfax", "news agency"),
    ("said in a CNN interview.", "CNN", "interview"),
    ("told ABC television.", "ABC", "broadcast"),
    ("said in an earlier tweet.", "tweet", "social media"),
    ("said on social media.", "social media", "social media"),
    ("told reporters.", "reporters", "reporters"),
    ("told a news conference.", "news conference", "press conference"),
    ("said in a statement.", "statement", "statement"),
    ("wrote in a letter to senators.", "letter", "document"),
])
def test_channels(tail, channel, kind):
    (_quoted, attr), = run(f'"We will win," Smith {tail}')
    assert (attr.channel, attr.channel_type) == (channel, kind)


@pytest.mark.parametrize("text,channel", [
    ('"It is unkind," Xinhua, the official Chinese news agency, wrote.', None),  # the speaker described
    ('"It is unkind," Ryabkov, speaking to the RIA news agency, said.', "RIA"),  # the words' way out
])
def test_a_description_set_off_after_the_speaker_is_no_channel(text, channel):
    (_quoted, attr), = run(text)
    assert attr.channel == channel


def test_no_speaker_in_the_text_stays_unattributed():
    (_quoted, attr), = run('The so-called "stability" talks resumed on Monday.')
    assert attr.speaker is None and attr.speaker_start is None


def test_title_case_names_are_not_attributed():
    text = 'He called the group the "Gang of Eight" and left.'
    (_quoted, attr), = run(text)
    assert attr.speaker is None


def test_a_new_sentence_after_a_quote_is_not_its_attribution():
    text = 'Trump says "the game has become soft." He says referees throw flags so their wives can see them.'
    speaker, mention, _cue = who(text, "the game")
    assert mention == "Trump"


def test_headlines_get_no_speaker():
    text = 'Talks open\n\n‘Pessimistic forecast’\n\nRyabkov said talks were hard.'
    (_quoted, attr), = run(text)
    assert attr.speaker is None


def test_one_attribution_per_span_in_order():
    text = '"One," Smith said. "Two," Jones said. A "term" here.'
    spans, _ = find_spans(text)
    result = attribute(text, spans, [first_kind(text, s) for s in spans])
    assert [a.speaker for a in result] == ["Smith", "Jones", None]


def test_modifier_shape():
    text = 'They held regular "stability" talks.'
    spans, _ = find_spans(text)
    assert is_modifier(text, spans[0])
    text = 'He called it "stable" and left.'
    spans, _ = find_spans(text)
    assert not is_modifier(text, spans[0])


def test_hostile_input_many_marks_and_a_long_line():
    text = '"a" ' * 20000 + "x" * 1_000_000 + ' said Smith.'
    spans, _ = find_spans(text)
    result = attribute(text, spans, ["quote"] * len(spans))
    assert len(result) == len(spans)


def test_hostile_input_unclosed_marks():
    text = "Smith said " + '"' * 100_001
    spans, _ = find_spans(text)
    assert len(attribute(text, spans, ["quote"] * len(spans))) == len(spans)


def test_a_lone_lowercase_word_is_not_a_speaker():
    # the phrase walk stops on a verb: "upset" must not be named as the speaker
    text = 'The donors were upset after Obama called bankers "fat cats" and left.'
    speaker, mention, _cue = who(text, "fat cats")
    assert mention != "upset"


def test_a_role_word_alone_still_speaks():
    text = '"We will win," officials said.'
    assert who(text, "We will win")[:2] == ("officials", "officials")


def test_a_day_is_not_a_speaker():
    (_quoted, attr), = run('Friday said "we will win" in the papers.')
    assert attr.speaker is None


@pytest.mark.parametrize("verb", ["testified", "dubbed", "promised", "echoed"])
def test_further_cue_verbs(verb):
    text = f'Mary Smith {verb} "a new era" for the party.'
    assert who(text, "a new era")[:3] == ("Mary Smith", "Mary Smith", verb)


def test_same_text_twice_gives_the_same_attributions():
    # readings are memoised across articles: a second pass must not differ
    text = 'Sergei Ryabkov spoke. "We will win," Ryabkov said. "Two," he added.'
    assert run(text) == run(text)


def test_the_one_spoken_of_is_not_the_speaker():
    text = 'Blunt spoke first.\n\n"He had a lot of supporters," Blunt, after a long pause, said of Cruz.'
    assert who(text, "He had")[:2] == ("Blunt", "Blunt")


def test_a_clause_opener_is_not_a_name():
    text = 'During his 2008 campaign for president, Barack Obama made clear his aim to "fundamentally transform" it.'
    (_quoted, attr), = run(text)
    assert attr.speaker != "During"


def test_name_with_appositive_opening_a_sentence_speaks():
    text = 'Tom Fitton, the president of a watchdog group, charged that she "hid" the documents.'
    assert who(text, "hid")[:2] == ("Tom Fitton", "Tom Fitton")


@pytest.mark.parametrize("text,speaker", [
    ('"I will go," Sen. Chuck Schumer (D-N.Y.) said.', "Chuck Schumer"),
    ('"Perpetual motion!" Rep. Glenn Thompson, R-Pa., said of the swirl.', "Glenn Thompson"),
    ('Rep. Elijah Cummings (D-Md.), chair of the committee, said it was "open to every viewpoint."', "Elijah Cummings"),
])
def test_a_party_tag_after_the_name_is_stepped_over(text, speaker):
    (_quoted, attr), = run(text)
    assert attr.speaker == speaker


def test_said_opening_the_sentence_names_who_follows():
    (_quoted, attr), = run('Said Comey, "The thought is painful."')
    assert (attr.speaker, attr.cue) == ("Comey", "Said")


def test_a_cue_inside_a_that_clause_yields_to_the_cue_governing_it():
    text = 'Mary Smith said that John Jones had told donors there was "no daylight" between them.'
    assert who(text, "no daylight")[0] == "Mary Smith"


def test_a_full_name_and_a_colon_sign_the_quote():
    text = 'He wrote about it ... Donald Trump: "Appreciate the congrats."'
    assert who(text, "Appreciate")[:2] == ("Donald Trump", "Donald Trump")


def test_a_lone_capitalised_word_and_a_colon_are_no_speaker():
    (_quoted, attr), = run('The banner read as follows. Headline: "Appreciate the congrats."')
    assert attr.speaker is None


def test_in_the_words_of():
    text = 'She was, in the words of a senior adviser, "the torchbearer" of his legacy.'
    assert who(text, "the torchbearer")[1:] == ("a senior adviser", "in the words of")


def test_a_lead_in_paragraph_names_the_speaker_of_the_next():
    text = 'Trump spoke at length.\n\nHoward continued his scathing remarks.\n\n"Eight years ago she was the nominee."'
    assert who(text, "Eight years")[0] == "Howard"


def test_a_lead_in_paragraph_about_a_thing_names_nobody():
    text = 'Trump spoke at length.\n\nThe hall was cold that night.\n\n"Eight years ago she was the nominee."'
    assert who(text, "Eight years")[0] is None


def test_any_verb_after_a_quote_mid_sentence_is_not_its_cue():
    text = 'At an event billed as "Hard Hats for Hillary," Clinton unveiled a plan.'
    (_quoted, attr), = run(text)
    assert attr.speaker is None


@pytest.mark.parametrize("text,mention", [
    ('On Sunday, Jane Carson shared a syllabus for a class called "Perception" on her page, writing "Here it is."',
     "Jane Carson"),
    ('Hours later, Mary Smith returned the favour to the mayor, telling reporters: "He is a friend."', "Mary Smith"),
    ('However, he held his fire on the mayor, calling him "a nice guy."', "he"),
])
def test_a_participle_cue_speaks_for_the_subject_of_the_sentence(text, mention):
    assert who(text, "Here it is" if "Here" in text else ("He is" if "He is" in text else "a nice"))[1] == mention


def test_a_participle_after_a_signed_quote_keeps_its_signer():
    text = 'Mary Smith opened the rally. "We will win," John Jones said, adding: "It is close."'
    assert who(text, "It is close")[1] == "John Jones"


def test_a_participle_cue_never_speaks_for_it():
    text = 'It was a strange night for the city, calling to mind "the old days."'
    assert who(text, "the old days")[1] != "It"


def test_the_sentence_before_counts_after_a_quote_over_two_paragraphs():
    text = ('"One kind is hate," Mary Smith said. "The other kind is fear.\n'
            '"The third is hope," Mary Smith said. "It is rare."')
    assert who(text, "It is rare")[1] == "Mary Smith"


def test_a_question_is_signed_by_the_name_after_it_however_long_the_sentence():
    text = '"Who knows?" Mary Smith told the ITV television station in an interview aired on Monday night.'
    assert who(text, "Who knows")[1] == "Mary Smith"


def test_a_question_signed_before_stays_with_its_signer():
    text = 'Mary Smith asked: "Why now?" John Jones told the ITV television station in an interview aired on Monday.'
    assert who(text, "Why now")[1] == "Mary Smith"


def test_an_auxiliary_spelled_as_a_first_name_is_part_of_the_name():
    text = '"It is a costly model," said Will Doyle, a professor of education.'
    assert who(text, "It is")[1] == "Will Doyle"


@pytest.mark.parametrize("opener", ["That", "This", "His"])
def test_a_capitalised_function_word_is_no_speaker(opener):
    text = f'The report came out on Monday. {opener} makes her "a reliable person" in the eyes of voters.'
    assert who(text, "a reliable")[0] is None


def test_a_subject_right_after_a_cue_is_in_the_clause_that_cue_governs():
    text = 'Rep. Steve Israel said Clinton called on members to be "closely coordinated."'
    assert who(text, "closely")[1] == "Rep. Steve Israel"


def test_whom_a_speaker_tells_is_never_the_speaker():
    text = '"We will win," Mary Smith, who served as an aide for years, told Vatican Radio.'
    assert who(text, "We will win")[1:] == ("Mary Smith", "told")


def test_a_thing_being_named_is_no_speaker():
    text = 'The group staged a popular play called "sons of the soil" in the capital.'
    assert who(text, "sons of")[1] != "a popular play"


def test_a_person_calling_something_still_speaks():
    text = 'A reporter called the plan "a disaster."'
    assert who(text, "a disaster")[1] == "A reporter"


def test_according_to_in_the_sentence_credits_the_quote():
    text = '"We will win," Mary Smith said, according to Vermont Edition.'
    assert who(text, "We will win")[1:] == ("Vermont Edition", "according to")


def test_according_to_in_another_sentence_does_not():
    text = 'According to the poll, turnout rose. "We will win," Mary Smith said.'
    assert who(text, "We will win")[1] == "Mary Smith"


def test_out_is_no_cue_verb():
    text = 'Several said they would rather federal officials dole out money in "block grants" to states.'
    assert who(text, "block grants")[1] != "rather federal officials dole"


def test_inverted_cue_after_a_quote_closed_by_an_inner_quote_mark():
    text = "''I would use the word 'old-school,''' said Gregory W. Slayton, whom the president appointed."
    assert who(text, "I would use")[1] == "Gregory W. Slayton"


def test_a_lowercase_title_before_a_name_after_an_inverted_cue():
    text = '"It is his best role," said conservative activist Bob Klaus, who backs no candidate.'
    assert who(text, "It is his")[1] == "conservative activist Bob Klaus"


def test_a_quote_after_one_signed_by_an_unknown_verb_keeps_its_signer():
    text = 'Mary Smith spoke at the rally.\n\n"People are afraid," she surmised. "On Facebook I see it all the time."'
    assert who(text, "On Facebook")[:2] == ("Mary Smith", "she")


def test_the_phrase_opening_a_sentence_with_its_verb_speaks():
    text = 'The petition accuses the campaign of "attempting to bully" its critics.'
    assert who(text, "attempting")[1] == "The petition"


@pytest.mark.parametrize("text", [
    'The plan was "a disaster" for everyone.',
    "Pence's press release linked to the report, with its \"more than half\" figure.",
])
def test_a_copula_or_a_possessive_opening_the_sentence_is_no_speaker(text):
    (_quoted, attr), = run(text)
    assert attr.speaker is None


def test_a_cue_in_a_whom_clause_yields_to_the_cue_governing_it():
    text = 'Cross said he has two options left: Clinton, whom he called "the most divisive figure," or a third party.'
    assert who(text, "the most divisive")[1] == "Cross"


def test_the_subject_after_several_leading_phrases_speaks_for_a_participle():
    text = 'Speaking in Salem, New Hampshire, Mary Smith went after the mayor, calling him "a total stiff."'
    assert who(text, "a total stiff")[1] == "Mary Smith"


def test_a_leading_participle_is_no_speaker():
    text = 'Reprising one of her lines, the former senator talked about continuing the "progress we had."'
    assert who(text, "progress")[1] != "Reprising"


def test_a_title_abbreviation_after_a_lowercase_noun_opens_the_name():
    text = 'At the party convention Sen. Mary Smith (D-MA) said the mayor was a "proven failure" in business.'
    assert who(text, "proven failure")[1] == "Sen. Mary Smith"


def test_a_day_between_the_subject_and_its_cue_is_stepped_over():
    text = 'Priebus later Thursday told Fox News: "Both of them are meeting next week."'
    assert who(text, "Both of them")[1] == "Priebus"


def test_after_opening_a_clause_does_not_hide_its_subject():
    text = 'Clinton spoke on Tuesday evening, hours after Sanders said he was "encouraged" by the plan.'
    assert who(text, "encouraged")[1] == "Sanders"


def test_what_opens_a_clause_and_is_no_part_of_the_name():
    text = 'In 2009, under what Mr. Hedge called "the prior economy model," the club lost members.'
    assert who(text, "the prior economy")[1] == "Mr. Hedge"


def test_the_agent_of_a_passive_cue_speaks():
    text = 'On the show, Sanders was asked by host Bill Maher, "Now, you famously said you were tired of it."'
    assert who(text, "Now, you")[1] == "host Bill Maher"


def test_the_subject_of_a_passive_cue_is_not_its_speaker():
    text = 'Jones spoke first. In an interview, Pence was asked about the comment. "These are two good men."'
    assert who(text, "These are two")[1] != "Pence"


def test_a_day_after_the_cue_is_no_inverted_speaker():
    text = '"We do not believe it," Ben Rhodes, the deputy adviser to the president, said Sunday.'
    assert who(text, "We do not")[1] != "Sunday"


def test_a_phrase_of_place_or_time_between_quote_and_cue_is_no_subject():
    text = 'Clinton "drew quite well from white voters" in the 2008 primary, said Ohio State professor Paul Beck.'
    assert who(text, "drew quite")[1] == "Ohio State professor Paul Beck"


def test_one_or_two_words_quoted_with_no_cue_get_no_guessed_speaker():
    text = 'Cruz is visiting the governor on Monday, known for his "steady leadership" in the state.'
    assert who(text, "steady")[0] is None


def test_a_longer_quotation_with_no_cue_is_still_the_subjects():
    text = 'Cruz is praising Bush as "a man who keeps his word to the voters" in the state.'
    assert who(text, "a man who")[1] == "Cruz"


def test_any_verb_after_a_quote_with_a_described_name():
    text = '"France will always be France," an angry Hollande retaliated. "It never gives up."'
    assert who(text, "France will")[:2] == ("Hollande", "an angry Hollande")
    assert who(text, "It never")[:2] == ("Hollande", "an angry Hollande")


def test_an_outlet_reporting_the_sentence_is_the_channel_not_the_speaker():
    text = '"You are no longer welcome," said Kristen Day, director of the group, the Chicago Tribune reported.'
    attr = attribution(text, "You are no")
    assert (attr.speaker, attr.channel, attr.channel_type) == ("Kristen Day", "Chicago Tribune", "relayed")


def test_according_to_an_outlet_is_the_channel_of_the_speaker():
    text = '"We will win," Welch said, according to The Washington Post.'
    attr = attribution(text, "We will win")
    assert (attr.speaker, attr.channel, attr.channel_type) == ("Welch", "Washington Post", "relayed")


def test_a_report_verb_with_no_comma_before_it_does_not_take_over():
    text = '"You are no longer welcome," said Kristen Day as the board reported its losses.'
    assert who(text, "You are no")[1] == "Kristen Day"


@pytest.mark.parametrize("text,mention", [
    ('"It is over," George Will wrote.', "George Will"),
    ('"It is over," Mary Smith Thursday said.', "Mary Smith"),
])
def test_a_capitalised_auxiliary_inside_a_name_is_kept(text, mention):
    assert who(text, "It is over")[1] == mention


def test_a_named_subject_and_an_irregular_verb_speak_for_a_quote_with_no_cue():
    text = 'Later that day, in a long interview, Mary Smith went even further: "If he loses, it is the end."'
    assert who(text, "If he loses")[1] == "Mary Smith"


def test_as_before_a_name_with_an_appositive():
    text = 'Or, as Tom Ridge, a former secretary of homeland security, put it: "The barbarians are inside."'
    assert who(text, "The barbarians")[1] == "Tom Ridge"


def test_an_infinitive_cue_speaks_for_the_subject_of_its_clause():
    text = 'The columnist David Auerbach went so far as to say: "Twitter died."'
    assert who(text, "Twitter died")[0] == "David Auerbach"


def test_although_opens_a_clause_and_is_no_part_of_the_name():
    text = 'Although Reynolds says that Santilli "broke the story" of the standoff, others disagree.'
    assert who(text, "broke the story")[1] == "Reynolds"


def test_a_later_quote_of_the_paragraph_goes_on_with_its_speaker():
    text = ('"You can\'t blame her," said Sara Walker, 44, a home-care aide. An immigrant from Uganda, '
            'she plans to vote next month. "All she went through is not fair."')
    assert who(text, "All she went")[0] == "Sara Walker"


def test_a_later_quote_needs_a_speaker_earlier_in_its_paragraph():
    text = 'The rally ended late.\n\nThe crowd was thin. "All she went through is not fair."'
    assert who(text, "All she went")[0] is None


@pytest.mark.parametrize("text,mention", [
    ("And he’s predicting that it will become clear that Trump “has no chance” of winning.", "he"),
    ("They're saying the plan is \"dead on arrival\" in the Senate.", "They"),
])
def test_a_contracted_pronoun_is_the_subject(text, mention):
    quoted = run(text)[0][0]
    assert who(text, quoted)[1] == mention


def test_a_person_calling_someone_a_capitalised_name_is_quoted():
    text = "Within minutes, Donald Trump called Rubio “Little Marco” several times."
    assert who(text, "Little Marco")[:2] == ("Donald Trump", "Donald Trump")


@pytest.mark.parametrize("text,quoted,speaker", [
    ("Betty Friedan spoke. Ms. Friedan called Mrs. Schlafly an “Aunt Tom.”", "Aunt Tom", "Betty Friedan"),
    ("Chris Christie refers to the candidate as “Mr. Trump,” while Donald Trump refers to the governor as “Chris.”",
     "Chris", "Donald Trump"),
    ("Chris Christie refers to the candidate as “Mr. Trump,” while Donald Trump refers to the governor as “Chris.”",
     "Mr. Trump", "Chris Christie"),
])
def test_a_titled_person_or_anything_referred_to_as_a_capitalised_name_is_named_by_the_subject(text, quoted, speaker):
    assert who(text, quoted)[0] == speaker


@pytest.mark.parametrize("text,quoted,speaker,cue", [
    ("Geraldo Rivera calls a screaming Santilli a “fascist” and a “Stalinist.”", "fascist", "Geraldo Rivera", "calls"),
    ("Geraldo Rivera calls a screaming Santilli a “fascist” and a “Stalinist.”", "Stalinist", "Geraldo Rivera",
     "calls"),  # capitals joined to a quotation of lowercase words
    ('Sanders is to appear on "The View" and "The Late Show With Stephen Colbert," among others.', "The Late",
     None, None),  # capitals joined to capitals: titles
])
def test_a_participle_after_a_is_no_cue_and_capitals_joined_to_words_said_are_said(text, quoted, speaker, cue):
    assert (who(text, quoted)[0], who(text, quoted)[2]) == (speaker, cue)


def test_a_thing_called_by_a_capitalised_name_still_has_no_speaker():
    text = "He shared a syllabus for a class called “Perception” on Sunday."
    assert who(text, "Perception")[0] is None


@pytest.mark.parametrize("text", [
    'Cory James, 22, of Flint, Mich., said Sanders could pull a convention "surprise" this week.',
    'Cory James, of Concord, New Hampshire, said Sanders could pull a convention "surprise" this week.',
])
def test_a_state_after_a_city_is_not_the_speaker(text):
    assert who(text, "surprise")[:2] == ("Cory James", "Cory James")


@pytest.mark.parametrize("word", ["accuses", "calls", "pledges", "denies", "bragged", "slammed"])
def test_cue_forms_that_were_missing(word):
    from quotecheck.lexicons import words
    assert word in words("cue_verbs")


@pytest.mark.parametrize("word", ["agreing", "braged", "sayed", "slamed", "snaped"])
def test_misspelt_cue_forms_are_gone(word):
    from quotecheck.lexicons import words
    assert word not in words("cue_verbs")


def test_a_show_named_mid_sentence_is_not_the_next_speakers_quote():
    text = 'In an appearance on "Morning Joe," co-host Mika Brzezinski asked Trump about it.'
    assert who(text, "Morning Joe")[0] is None


def test_a_title_case_quote_opening_its_sentence_keeps_its_speaker():
    text = '"Make America Great Again," Mary Smith said at the rally.'
    assert who(text, "Make America")[0] == "Mary Smith"


def test_a_long_run_of_appositives_is_walked_back_to_the_name():
    text = '"Both scare me," Harry Bond, 30, of Raleigh, N.C., who was among those polled, said in an interview.'
    assert who(text, "Both scare")[:2] == ("Harry Bond", "Harry Bond")


def test_a_name_with_a_party_tag_and_a_colon_signs_the_quote():
    text = 'The hearing went on.\n\nRep. Trey Gowdy (R-S.C.): "I have not heard any of that."'
    assert who(text, "I have not")[0] == "Trey Gowdy"


def test_an_indefinite_official_is_a_description_not_a_name():
    text = 'Most were elevated to the “confidential” level, according to a State Department official, on Friday.'
    assert who(text, "confidential")[:2] == ("a State Department official", "a State Department official")


def test_there_is_no_speaker():
    text = 'There is a lot of chatter about Perez, saying "zip codes should not determine destiny" all day.'
    assert who(text, "zip codes")[0] is None


def test_a_definite_role_opening_the_sentence_speaks_for_its_participle():
    text = ('"We will win," Marco Rubio said. The Florida senator sought to calm his supporters, saying a heckler '
            'would "not get beat up" at his rally.')
    assert who(text, "not get beat up")[:2] == ("Marco Rubio", "The Florida senator")


def test_the_one_asked_does_not_speak_the_question():
    text = 'Blumenthal was asked, “If you had known, would you have told her?” He answered, “I have no idea.”'
    assert who(text, "If you had known")[0] is None


@pytest.mark.parametrize("name", ["From", "Read"])
def test_a_surname_that_is_also_a_common_word_signs_a_quote(name):
    text = f'"The party of big government," {name} said. "Our challenge was to change that."'
    assert who(text, "The party")[:2] == (name, name)
    assert who(text, "Our challenge")[:2] == (name, name)


def test_a_function_word_after_a_quote_is_still_no_speaker():
    text = 'He denied it. "That was the plan." That prompted Rubio to call him "very flexible" and more.'
    assert who(text, "very flexible")[1] != "That"


def test_most_and_several_speak_for_a_group():
    text = 'Nine in 10 were worried; most said they were "very worried" about it.'
    assert who(text, "very worried")[1] == "most"


def test_many_as_a_determiner_is_no_speaker():
    text = 'In the primary, many voters are expected to wait ("sit on it" in consultant-speak) before voting.'
    assert who(text, "sit on it")[0] is None


@pytest.mark.parametrize("link", ["But", "Then,", "Now,"])
def test_a_quote_after_a_linking_word_goes_on_with_the_speaker(link):
    text = f'"It is not do or die," Mary Smith said outside. {link} "an endorsement helps a great deal."'
    assert who(text, "an endorsement")[0] == "Mary Smith"


@pytest.mark.parametrize("text,speaker", [
    ('"Hello there, everyone," said Tom Hanks.', "Tom Hanks"),
    ('"Hello there, everyone," said Comey.', "Comey"),
    ('"Hello there, everyone," said Sen. Ted Cruz.', "Ted Cruz"),
])
def test_the_full_stop_after_an_inverted_name_is_not_part_of_it(text, speaker):
    assert who(text, "Hello there")[0] == speaker


def test_the_signer_of_the_quote_before_speaks_on_not_the_last_cue():
    text = ('"We are going to win so much," Trump said at his party, two hours after news outlets declared him '
            'the victor. "You are going to be so happy."')
    assert who(text, "You are going")[:2] == ("Trump", "Trump")


def test_a_cue_in_the_sentence_before_still_speaks_when_no_quote_was_signed_there():
    text = 'After the vote, Mary Smith told reporters she was pleased. "It is a good day."'
    assert who(text, "It is a good day")[0] == "Mary Smith"


def test_a_quoted_title_inside_an_appositive_does_not_end_it():
    text = ('Hemsley, the co-author of "Going Viral," about the spread of news, said the days when the nation '
            'had "a somewhat unifying story" are gone.')
    assert who(text, "a somewhat unifying")[:2] == ("Hemsley", "Hemsley")


def test_after_opening_a_clause_with_an_auxiliary_before_the_cue():
    text = 'He was fined after the man had posted that refugees should "burn alive" at sea.'
    assert who(text, "burn alive")[1] == "the man"


@pytest.mark.parametrize("text,mention", [
    ('"There is no path for him," said one of those advisers, who spoke on the condition of anonymity.',
     "one of those advisers"),
    ('"There is no path for him," said some of his closest aides.', "some of his closest aides"),
])
def test_a_part_of_a_group_after_an_inverted_cue_speaks(text, mention):
    assert who(text, "There is no path")[1] == mention


def test_said_of_someone_is_still_no_speaker():
    assert who('"There is no path for him," said of Cruz one aide.', "There is no path")[1] != "Cruz"


@pytest.mark.parametrize("text,speaker", [
    ('"Nice," said J.R. Smith.', "J.R. Smith"),
    ('"Nice," E.J. Dionne wrote.', "E.J. Dionne"),
    ('"Nice," said U.S. Senator John Smith.', "John Smith"),
])
def test_initials_open_a_name_but_an_abbreviated_country_is_a_title(text, speaker):
    assert who(text, "Nice")[0] == speaker


def test_a_newspaper_is_an_organisation_never_a_pronouns_person():
    text = ('Mary Cheney criticised her sister in a Facebook post, the New York Times reports.\n\n'
            '"I love my sister, but she is dead wrong," she wrote.')
    assert who(text, "I love my sister")[:2] == ("Mary Cheney", "she")


def test_a_pronoun_takes_the_person_who_just_opened_a_sentence():
    text = ('"Freedom means freedom for everyone," Mary Cheney said.\n\n'
            'On Friday, Liz Cheney issued a statement voicing her opposition.\n\n'
            '"I am not pro-gay marriage," she said.')
    assert who(text, "I am not")[0] == "Liz Cheney"


def test_a_person_named_inside_a_phrase_is_no_fresher_antecedent():
    text = ('Jonah Hull said the talks would "test Russia’s intent", talks launched by Biden and Putin in June.\n\n'
            '"There are not many people expecting an agreement," he said.')
    assert who(text, "There are not many")[0] == "Jonah Hull"


def test_an_outlet_reporting_a_persons_words_is_their_channel():
    text = 'When asked about it, Canova bristled and said, "No comment on that," The Miami Herald reported.'
    attr = attribution(text, "No comment")
    assert (attr.speaker, attr.channel, attr.channel_type) == ("Canova", "Miami Herald", "relayed")


def test_a_cue_whose_subject_cannot_speak_leaves_the_outlet_as_the_source():
    text = 'When asked about his absence, “no comment” was all, The Miami Herald reported.'
    assert who(text, "no comment")[0] == "Miami Herald"


@pytest.mark.parametrize("text,title", [
    ('"We lost," said Kristen Day, executive director of Democrats for Life.',
     "executive director of Democrats for Life"),
    ('"We lost," said Geoff Garin, strategist on Mrs. Clinton’s 2008 campaign. He left.',
     "strategist on Mrs. Clinton’s 2008 campaign"),
    ('"We lost," said Mary Smith, a campaign aide, on Friday.', "campaign aide"),
    ('"We lost," said Mary Smith, who ran the campaign.', None),
    ('"We lost," said Mary Smith, adding that it hurt.', None),
    ('"We lost," said Mary Smith, 45, of Ohio.', None),
])
def test_the_appositive_after_an_inverted_name_is_its_title(text, title):
    assert attribution(text, "We lost").speaker_title == title


@pytest.mark.parametrize("text,words,speaker", [
    # a capitalised quote inside the clause a speech verb reports is words said, not a title
    ('Trump has said that a nuclear deal with Iran could lead to another "Holocaust." Others agree.',
     "Holocaust", "Trump"),
    ('Zimmerman said he planned to use the proceeds to fight "Black Lives Matter" violence.',
     "Black Lives Matter", "Zimmerman"),
    # the participle or present tense of a reporting verb reports a clause too
    ('Trump spoke at a rally, adding that he believed the judge was "Mexican." He left.', "Mexican.", "Trump"),
    ('Trump spoke at a rally, saying that the judge was "Mexican." He left.', "Mexican.", "Trump"),
    ('Trump hosts a talk show, writes a column and leads "America Today" on Fusion.', "America Today", None),
    # a show's name after the cue and a preposition stays a title
    ('"We will win," he said on "Meet the Press." He left.', "Meet the Press", None),
    ('Smith told ABC’s “Good Morning America” on Monday the tone was cordial.', "Good Morning America", None),
])
def test_a_capitalised_quote_in_reported_speech(text, words, speaker):
    assert who(text, words)[0] == speaker


@pytest.mark.parametrize("text,speaker,mention", [
    # a transitive cue right after a quote takes its object after it, never its speaker
    ('Donald Trump spoke.\n\nTrump further summed up Clinton as “terrible,” denounced her record as secretary '
     'of state and said she should not run.', "Donald Trump", "Trump"),
    # a titled one-word name opens the main clause of a participle
    ('Mr. Putin also veered close to an admission that Russian soldiers had fought, saying, '
     "''We never said there were no people there,'' but he denied it.", "Putin", "Mr. Putin"),
])
def test_the_subject_of_a_cue_after_a_quote_and_a_comma(text, speaker, mention):
    attr = attribution(text, "terrible" if "terrible" in text else "We never")
    assert (attr.speaker, text[attr.speaker_start:attr.speaker_end]) == (speaker, mention)


def test_a_participle_right_after_a_cue_goes_on_with_its_subject():
    text = ("Mr. Trump will give a policy address, Mr. Manafort said, adding that he would address "
            "his ''gender gap.''")
    assert who(text, "gender gap")[1] == "Mr. Manafort"


def test_a_later_cue_with_a_clause_of_its_own_reports_other_words():
    text = ('But even as Trump claimed on Tuesday that “General Petraeus got in trouble for far less,” '
            'one of the former prosecutors said the two cases were quite different.')
    assert who(text, "General Petraeus")[0] == "Trump"
    signed = '“General Petraeus got in trouble for far less,” one of the former prosecutors said.'
    assert who(signed, "General Petraeus")[1] == "one of the former prosecutors"


def test_a_relative_clause_between_the_subject_and_its_cue():
    text = ('A White House official who spoke anonymously to discuss internal strategy said Wednesday, '
            '"Certainly there are discussions between the White House and the campaign."')
    assert who(text, "Certainly")[1] == "A White House official"
    own = 'Glenn Beck, who described it as "a disaster," left.'
    assert who(own, "a disaster")[1] == "who"


def test_another_speaks_as_one_of_a_group():
    text = ('“Kasich is done,” added a New Hampshire Republican. Yet another said, '
            '“Rubio is in a five-person battle with Bush, Christie, Kasich and Cruz” for second place.')
    assert who(text, "Rubio is")[1] == "another"


def test_a_colon_lead_in_whose_subject_has_a_lowercase_title():
    text = ('In response, Republican presidential nominee Donald Trump issued the following statement:\n\n'
            '“Our prayers are with all those affected by the horrible attacks in Munich.”')
    assert who(text, "Our prayers")[:2] == ("Donald Trump", "Donald Trump")
    nobody = ('It is a cultish blind faith in these Republican threats against the presidency:\n\n'
              '"As we have explained before, the figure is wrong."')
    assert who(nobody, "As we have")[0] is None


@pytest.mark.parametrize("text,speaker", [
    ('Intro.\n\nFormer Republican presidential candidate Jeb Bush broke down what was wrong with it to the '
     'Dutch newspaper NRC Handelsblad: “What Trump did was so insensitive. Not all Hispanics are Mexican.”',
     "Jeb Bush"),
    ('Intro.\n\nOn Monday, the Holocaust Memorial Museum issued its findings: “These are crimes against '
     'humanity, and they go on.”', "Holocaust Memorial Museum"),
    # a colon after a clause opened by a conjunction names nobody
    ('Intro.\n\nBut as often as not the answer is plain: “We will see what happens when the votes are in.”',
     None),
])
def test_a_quote_after_a_colon_in_a_sentence_without_a_cue(text, speaker):
    quoted = text.split("“", 1)[1][:8]
    assert who(text, quoted)[0] == speaker


def test_and_then_opens_the_main_clause_of_a_participle():
    text = ('Donald Trump spoke.\n\nAnd then Trump went fully on the attack, saying, "Is President Obama '
            'going to finally mention the words? If he does not he should resign!"')
    assert who(text, "Is President")[:2] == ("Donald Trump", "Trump")


def test_a_title_right_after_told_is_the_show_spoken_to():
    text = '"We have to really increase the bombings," the nominee told "Fox and Friends" after he was asked.'
    assert who(text, "Fox and Friends")[0] is None
    assert who(text, "We have to")[1] == "the nominee"


@pytest.mark.parametrize("text", [
    'The win unleashed a wave of surprisingly positive comments online, from admiration of a "strongman" to more.',
    'The email appears to contradict 2013 comments from Leon Panetta that “time and distance prevented a response.”',
])
def test_a_noun_cue_after_an_adjective_or_a_year_is_a_noun(text):
    quoted = text.split('"' if '"' in text else "“", 1)[1][:6]
    attr = attribution(text, quoted)
    assert attr.cue != "comments"


@pytest.mark.parametrize("text,speaker", [
    ('"Trump will win," said Craig Robinson.\n\nIowa State University\'s Dianne Bystrom agreed. '
     '"Mainstream Republicans are running out of time to find an alternative."', "Dianne Bystrom"),
    ('"Our ideas of success are different," agrees Michelle Stevens, 30, of Gainesville.', "Michelle Stevens"),
    # agreeing to something, or once agreed, says nothing
    ('The talks ended once Mitch McConnell agreed to a phone call. "We will not hold hearings this year."', None),
])
def test_agreeing_is_a_cue_unless_agreeing_to_something(text, speaker):
    quoted = text.split('"')[-2][:6] if text.count('"') > 2 and "Mainstream" in text else text.split('"')[1][:6]
    assert who(text, quoted)[0] == speaker


def test_a_participle_after_a_sentence_opened_by_then():
    text = 'Donald Trump spoke.\n\nThen he cut into Bush, calling him a "stiff" and accusing him of acting like a "spoiled child."'
    assert who(text, "stiff")[:3] == ("Donald Trump", "he", "calling")
    assert who(text, "spoiled")[:2] == ("Donald Trump", "he")


@pytest.mark.parametrize("text,words,expected", [
    ('She often speaks of breaking "that highest, hardest glass ceiling" by being elected.', "that highest",
     ("She", "speaks")),
    ("In 2011 she spoke out for ''shotgun marriages'' as the solution.", "shotgun", ("she", "spoke")),
    ('He has coined a new phrase, “undocumented Democrats,” to describe them.', "undocumented", ("He", "coined")),
    # a clause of time reports no words, and its subject is not the main clause's
    ('When Blumenthal spoke, the NRA was going into overdrive, whipping lawmakers against “any and all gun '
     'control” all week.', "any and all", (None, None)),
    ('As Blumenthal spoke, Ms. Smith was whipping lawmakers against “any and all gun control” all week.',
     "any and all", ("Ms. Smith", None)),
])
def test_speaking_and_coining_are_cues_outside_a_clause_of_time(text, words, expected):
    assert who(text, words)[1:] == expected


def test_a_participle_after_a_negated_auxiliary():
    text = ('Hillary Clinton spoke in Washington.\n\nYet she didn\'t limit her attacks to Israel policy, '
            'also calling on attendees to oppose "bigotry" after citing the ban.')
    assert who(text, "bigotry")[:2] == ("Hillary Clinton", "she")


def test_agreeing_on_something_reports_no_words():
    text = 'Putin met Biden in Geneva in June and agreed on regular “stability” talks between Sherman and Ryabkov.'
    assert who(text, "stability")[0] is None


def test_an_adverb_after_an_inverted_cue_is_not_a_speaker():
    text = "''I would not discount it,'' Mr. Kaplan, a screenwriter, said dryly."
    assert who(text, "I would not")[1] == "Mr. Kaplan"


@pytest.mark.parametrize("cue", ["Stated", "Added", "Wrote", "Explained", "Said"])
def test_a_capitalised_cue_opening_the_sentence_before_its_speaker(cue):
    text = f"Intro.\n\n{cue} Stone:\n\n“I think that the stakes are so high.”"
    assert who(text, "I think") == ("Stone", "Stone", cue)


@pytest.mark.parametrize("text,speaker", [
    ('Intro.\n\n"Everybody believes in the Geneva Convention until they start losing.\nDonald Trump."\n\nOr not.',
     "Donald Trump"),
    ('Intro.\n\n"We are going to enter the next recession without that consensus.\n'
     'Josh Bivens, Economic Policy Institute."\n\nWhether it holds is unclear.', "Josh Bivens"),
    # a line of text after the quote is no signature
    ('Intro.\n\n"We are going to enter the next recession.\nThe Economic Policy Institute agrees with it."\n', None),
])
def test_a_name_line_closed_by_the_quote_mark_signs_the_quote(text, speaker):
    assert who(text, "Everybody" if "Everybody" in text else "We are")[0] == speaker


def test_a_clause_opener_before_a_name_and_its_appositive():
    text = ("It began at the 1992 Republican convention, when Mr. Buchanan, who had failed to win his party's "
            "nomination, called for a ''cultural war'' against liberals.")
    assert who(text, "cultural war")[1] == "Mr. Buchanan"


def test_a_noun_cue_after_a_possessive_and_a_modifier_is_a_noun():
    text = ("Khan, who is Muslim, also decried Trump’s repeated calls to ban all Muslims, noting he has "
            "“sacrificed nothing” for the country.")
    assert who(text, "sacrificed")[:2] == ("Khan", "Khan")


def test_a_group_of_people_is_a_participles_subject():
    text = 'Orlando was on their minds, with many marchers and spectators chanting "We are Orlando" all day.'
    assert who(text, "We are")[1:] == ("spectators", "chanting")


@pytest.mark.parametrize("text,speaker", [
    ("Ash Carter spoke.\n\nCarter however said he would stay, warning of “a long fight.”", "Ash Carter"),
    ("Norbert Leo Butz can add a new title to his resume: “song anthropologist,” he said.", "Norbert Leo Butz"),
    # a lowercase noun after capitalised words is the head of a description, not part of a name
    ("Andrean High School fans also chanted, “Build a wall,” at the game.", "Andrean High School fans"),
])
def test_a_name_does_not_run_into_a_verb_or_an_adverb(text, speaker):
    quoted = text.split("“", 1)[1][:6]
    assert who(text, quoted)[0] == speaker


@pytest.mark.parametrize("text,speaker,title", [
    ('Clinton campaign spokesman Brian Fallon said "we will win."', "Brian Fallon", "Clinton campaign spokesman"),
    ('White House spokesman Josh Earnest said Obama "would be a particularly influential advocate."',
     "Josh Earnest", "White House spokesman"),
    # an organisation's own spokesman, unnamed, still speaks for it
    ('A Kremlin spokesman said "the talks are over."', "Kremlin spokesman", None),
])
def test_a_spokesman_with_a_name_is_a_person(text, speaker, title):
    attr = attribution(text, first_words(text))
    assert (attr.speaker, attr.speaker_title) == (speaker, title)


@pytest.mark.parametrize("text,speaker", [
    ('"We will win," said Clinton campaign spokesman Brian Fallon.', "Brian Fallon"),
    ('"We will win," said Huckabee campaign spokesman Hogan Gidley.', "Hogan Gidley"),
    ('"We will win," said Republican presidential candidate Donald Trump.', "Donald Trump"),
    # a lowercase verb after the name still ends it
    ('"We will win," said Smith to reporters, who laughed.', "Smith"),
])
def test_an_inverted_speaker_runs_through_lowercase_words_to_a_role_and_a_name(text, speaker):
    assert who(text, "We will win")[0] == speaker


def test_a_definite_role_is_the_last_person_who_holds_that_title():
    text = ('President Barack Obama will speak for Hillary Clinton on Wednesday.\n\n'
            'Hillary Clinton thanked him.\n\n“Nothing prepares you for the Oval Office,” the two-term president '
            'will say.')
    assert who(text, "Nothing prepares")[0] == "Barack Obama"


def test_a_place_in_subject_position_is_no_person():
    text = ('Kim Jong-un arrived on Friday.\n\nThe missiles North Korea has already built stay.\n\n'
            '"We will see," he said.')
    assert who(text, "We will see")[0] == "Kim Jong-un"


def test_police_ranks_are_titles_and_their_full_stop_ends_no_sentence():
    text = '"A man came in and shot another man," Vancouver police Const. Tim Fanning said.'
    attr = attribution(text, "A man came")
    assert (attr.speaker, attr.speaker_title) == ("Tim Fanning", "Const.")


def test_a_long_title_with_a_subtitle_is_a_title():
    text = ("According to ''The Trumps: Three Generations That Built an Empire,'' by Gwenda Blair, Donald told "
            "his roommate that flying was a waste.")
    assert who(text, "The Trumps")[0] is None


def test_a_quantifier_alone_after_an_inverted_cue_speaks():
    text = ('"Yet another state we would have won," one supporter wrote on Reddit.\n\n'
            '"Better watch out for illegal conduct by Grimes," tweeted another.')
    assert who(text, "Better watch")[1:] == ("another", "tweeted")


def test_a_document_credited_by_according_to_is_the_channel():
    text = ('Bettie Page spoke.\n\n"But honestly, who could take any of this seriously?" she said years later, '
            'according to her official website.')
    attr = attribution(text, "But honestly")
    assert (attr.speaker, attr.channel, attr.channel_type) == ("Bettie Page", "her official website", "document")
    # a person credited by "according to" is still the speaker of record
    person = '"We will win," he said, according to a longtime adviser.'
    assert who(person, "We will win")[1] == "a longtime adviser"


@pytest.mark.parametrize("text,words,mention", [
    ("As The Post's Ruth Marcus puts it, Obama is trying to make Republicans \"an offer they can't refuse.\"",
     "an offer", "The Post's Ruth Marcus"),
    ('Donald Trump is promising to "bomb the hell" out of the militants.', "bomb the hell", "Donald Trump"),
    ('Another said he hoped with his "whole heart" that Trump wins: "That way I can watch the comedy."',
     "That way", "Another"),
])
def test_puts_it_promising_and_a_capitalised_quantifier(text, words, mention):
    assert who(text, words)[1] == mention


def test_a_capitalised_quote_after_a_colon_is_words_not_a_title():
    text = 'Priorities USA, a pro-Clinton super PAC, emailed a link to the video with one sentence: "THIS IS NOT OK."'
    assert who(text, "THIS IS")[0] == "Priorities USA"


def test_any_verb_after_an_exclamation_with_a_hometown():
    text = 'Intro.\n\n“This is fantastic!” beamed Donald Hartley of Madison, Alabama, who snuck onto the floor.'
    assert who(text, "This is fantastic") == ("Donald Hartley", "Donald Hartley", "beamed")


def test_a_participle_after_a_name_and_its_appositive():
    text = ("Christie, New Jersey’s sitting governor, repeated accusations that Rubio recites the same campaign "
            "points, calling him a “talented guy” who reads a teleprompter.")
    assert who(text, "talented guy")[1] == "Christie"


def test_a_passive_with_first_is_spoken_by_its_agent():
    text = ('Morris says the campaign will “compete vigorously for the nomination.” '
            'O’Malley’s move was first reported by MSNBC.')
    assert who(text, "compete")[0] == "Morris"


def test_a_question_put_in_an_asked_clause_is_not_the_answerers():
    text = ('Intro.\n\nAsked if Sanders is “realistic enough to serve effectively as president,” 72 percent of '
            'Democrats said yes.')
    assert who(text, "realistic")[0] is None
    answer = 'Asked about the wall, Trump said, "We will build it."'
    assert who(answer, "We will build")[0] == "Trump"


def test_an_inverted_cue_never_takes_a_that_clause_as_its_speaker():
    text = ('A representative for the brand - a business pitched as "the ultimate destination for Women Who Work" - '
            'noted that the company offers eight weeks of paid leave.')
    assert who(text, "the ultimate")[1] != "that the company offers eight weeks of paid leave"


def test_an_appositive_between_dashes_before_the_cue():
    text = ('A former Republican presidential candidate -- John McCain, who lost the 2008 election to Obama -- said '
            'the president "offered no changes to his reactive strategy."')
    attr = attribution(text, "offered no changes")
    assert (attr.speaker, attr.speaker_title) == ("John McCain", "former Republican presidential candidate")
    quoted = '"We will win," said Smith — and left.'
    assert who(quoted, "We will win")[0] == "Smith"


def test_the_main_clause_after_a_long_leading_clause_gives_a_participle_its_subject():
    text = ("Taylor Bush flew to Cleveland.\n\nWhen told Perez was in President Obama's Cabinet and in the running "
            "for an even bigger job in a potential Clinton White House, Bush thought for a moment and said that, "
            '"I think it\'s kind of an advantage not to be a celebrity."')
    assert who(text, "I think")[0] == "Taylor Bush"


@pytest.mark.parametrize("text,words,speaker", [
    ("Campaign chair Paul Manafort dismissed the whole kerfuffle as “absurd.” Supporters shrugged.", "absurd",
     "Paul Manafort"),
    ("But the Sanders campaign rejected the idea as \"ludicrous\" because of the game.", "ludicrous",
     "Sanders campaign"),
    ('Mike Huckabee, the former Arkansas governor, proposed we "wake up and smell the falafel" and said more.',
     "wake up", "Mike Huckabee"),
])
def test_dismissing_rejecting_and_proposing_report_words(text, words, speaker):
    assert who(text, words)[0] == speaker


def test_a_part_of_the_day_after_a_day_is_no_subject_of_a_participle():
    text = 'Obama released a statement Thursday night condemning "what appears to be a horrific attack."'
    assert who(text, "what appears") == ("Obama", "Obama", "condemning")


@pytest.mark.parametrize("text,speaker,cue", [
    ('Thiel wrote in a statement to Wired explaining why, "most Americans agree that we are on the wrong track."',
     "Thiel", "explaining"),
    ('Eric Lee wrote a letter to the editor, saying that "most Americans agree with the court."', "Eric Lee", "saying"),
    # "from X calling" is X's own gerund: Bush called the policies so
    ('Christie said that was natural, no different, he said, from George Bush calling Reagan’s policies '
     '“voodoo economics” before.', "George Bush", "calling"),
])
def test_a_participle_after_the_object_of_a_preposition_inherits_the_clause_subject(text, speaker, cue):
    attr = attribution(text, "most" if "most" in text else "voodoo")
    assert (attr.speaker, attr.cue) == (speaker, cue)


@pytest.mark.parametrize("text", [
    'Sanders delivered a snappy retort: "No one is tearing this up."',
    'Sanders repeated his boast: "No one is tearing this up."',
])
def test_a_base_form_cue_after_a_determiner_is_a_noun(text):
    attr = attribution(text, "No one")
    assert (attr.speaker, attr.cue) == ("Sanders", None)


def test_a_base_form_cue_after_a_plural_subject_is_still_a_verb():
    assert who('The senators claim "no one is tearing this up."', "no one")[1:] == ("The senators", "claim")


@pytest.mark.parametrize("text,speaker", [
    ('“The evidence cannot prove it,” according to a court document filed by state attorney Dave Aronberg.',
     "Dave Aronberg"),
    ('According to a complaint filed by the Securities and Exchange Commission, they ran a "massive scheme" for years.',
     "Securities and Exchange Commission"),
])
def test_whoever_filed_a_document_speaks_through_it(text, speaker):
    quoted = "The evidence" if "evidence" in text else "massive"
    assert attribution(text, quoted).speaker == speaker


def test_a_document_only_reviewed_by_someone_stays_the_source():
    text = 'Trump wrote to the chief, threatening "a major lawsuit," according to a copy of the letter reviewed by The Post.'
    assert attribution(text, "a major").speaker != "The Post"


def test_an_organisation_with_and_in_its_name_is_one_phrase():
    assert who('"We won," said the Securities and Exchange Commission.', "We won")[1] == \
        "the Securities and Exchange Commission"


def test_a_phrase_and_a_verb_after_an_inverted_cue_are_a_clause_not_the_speaker():
    text = "Mr. Manafort, citing ''the unique magic of Trump,'' said the candidate could win Pennsylvania."
    assert who(text, "the unique") == ("Manafort", "Mr. Manafort", "citing")


def test_an_agency_after_a_dash_is_a_byline_not_a_signature():
    text = 'The candidate called him "my African American."\n\n- Reuters.'
    assert attribution(text, "my African").speaker != "Reuters"


def test_a_fragment_after_its_cue_is_not_signed_by_a_dash_byline():
    text = 'Rajoy insisted that his party was "still the No. 1 force in Spain."--Kim Hjelmgaard.'
    assert who(text, "still")[::2] == ("Rajoy", "insisted")


def test_a_quote_alone_before_a_dash_is_signed_by_it():
    assert who('"We need legal guarantees."\n— Sergei Ryabkov', "We need")[0] == "Sergei Ryabkov"


def test_verbs_listed_after_one_subject_share_it_and_never_the_object_before_a_comma():
    text = ('The candidate has mocked a disabled reporter, referred to immigrants as "rapists" and '
            'called him "my African American."')
    assert who(text, "rapists")[1] == who(text, "my African")[1] == "The candidate"


def test_a_relative_clause_after_an_object_is_about_that_object():
    text = 'Swanson praised evangelist Franklin Graham, who has vowed not to buy cookies over their "support of rights."'
    assert attribution(text, "support").speaker == "Franklin Graham"


def test_a_name_after_a_participle_is_its_object_not_a_clause_subject():
    text = ('Katie Couric has promoted humility in speeches, advising Williams College graduates in 2007 to '
            '"become members of the two-H club," and telling a class of 2014, "If you are too big for a small job, '
            'you are too small for a big one."')
    assert who(text, "become")[::2] == ("Katie Couric", "advising")
    assert who(text, "If you")[::2] == ("Katie Couric", "telling")


def test_a_hyphenated_adjective_in_ing_leaves_the_name_after_it_a_subject():
    text = ('The left-leaning Brookings Institution had this to say about the proposal: '
            '"Families from the top half would receive more."')
    assert attribution(text, "Families").speaker == "Brookings Institution"


def test_reminds_someone_of_something_reports_no_words():
    text = ('Starr said Clinton’s situation reminds him of a 1969 book, explaining, '
            '"because what could have been, there are tragic dimensions of it."')
    assert who(text, "because")[::2] == ("Starr", "explaining")


def test_a_cue_after_a_leading_phrase_and_its_comma_is_inverted():
    text = 'In other words, explained CBS moderator Nancy Cordes: "What does that have to do with big donations?"'
    attr = attribution(text, "What does")
    assert (attr.speaker, attr.speaker_title, attr.cue) == ("Nancy Cordes", "CBS moderator", "explained")


def test_a_leading_phrase_before_a_subject_and_its_cue_is_skipped():
    assert who('At the rally, Smith said "we will win" and left.', "we will")[1:] == ("Smith", "said")


def test_a_paragraph_of_reported_speech_leads_into_the_quote_after_it():
    text = ('Carter said that for decades critics had predicted a withdrawal, but this would not happen.\n\n'
            '“That’s because this region remains the most consequential for America’s security.”')
    assert who(text, "That’s because")[::2] == ("Carter", "said")


def test_a_number_opens_a_sentence_only_as_an_age():
    text = ('For many, that candidate is Trump. 81-year-old Parker Eaton, a Republican, said that given the '
            'candidates:\n\n"There’s only one: Trump."')
    assert attribution(text, "There’s only").speaker == "Parker Eaton"
    dated = '"We will win," Rubio said Dec. 13 on CNN.'
    assert who(dated, "We will")[::2] == ("Rubio", "said")


def test_a_capitalised_article_before_a_past_participle_is_no_clause_subject():
    text = 'When asked about the race, Canova “bristled” and said, “No comment,” The Miami Herald reported.'
    attr = attribution(text, "No comment")
    assert (attr.speaker, attr.channel) == ("Canova", "Miami Herald")


@pytest.mark.parametrize("text", [
    'Rep. Sander M. Levin (Mich.) said "he has spoken with many."',
    'Rep. Sander M. Levin (Mich.), a superdelegate, said "he has spoken with many."',
])
def test_a_state_alone_in_brackets_after_a_name_is_dropped_like_a_party(text):
    assert attribution(text, "he has").speaker == "Sander M. Levin"


def test_a_name_opening_a_sentence_after_its_title_is_the_fresher_antecedent():
    text = ('Rep. Sander M. Levin said he had spoken with many.\n\n"It was a narrow victory," he said.\n\n'
            'Former Pennsylvania governor Ed Rendell was even more resolute.\n\n"Absolutely not," he said.')
    assert who(text, "Absolutely")[0] == "Ed Rendell"


def test_a_name_after_a_past_verb_is_its_object_and_no_antecedent():
    text = ('Hillary Clinton came to Boston.\n\n“We will win,” said Ed Rendell, a former governor.\n\n'
            'Boston Mayor Marty Walsh, a former labor leader, had close ties to Biden. But on Sunday he finally '
            'gave Clinton a ringing endorsement.\n\n“We need someone who is battle tested,” he said.')
    assert who(text, "We need")[0] == "Marty Walsh"


def test_a_cue_free_sentence_opened_by_a_name_leads_into_the_quote_after_it():
    text = "Mr. Hannity is unapologetic about his aim. ''I'm not hiding the fact that I want Trump to win.''"
    assert attribution(text, "I'm not").speaker == "Hannity"
    assert attribution("The crowd booed. ''We lost.''", "We lost").speaker is None


def test_a_cue_noun_after_an_adjective_and_a_possessive_after_a_conjunction():
    text = ('Bradley Podliska spoke.\n\nBut Podliska’s most explosive claim is that the committee is a '
            '“witch hunt” aimed at Clinton.')
    attr = attribution(text, "witch hunt")
    assert (attr.speaker, attr.cue) == ("Bradley Podliska", None)
    assert text[attr.speaker_start:attr.speaker_end] == "Podliska’s"


def test_a_cue_between_commas_in_mid_sentence_is_inverted_when_a_name_follows():
    text = ('The paradox of Nancy, says Carl Anthony, historian at the First Ladies Library, is that she was '
            '"one of the most powerful first ladies."')
    assert who(text, "one of")[::2] == ("Carl Anthony", "says")
    text = 'Dan Kritenbrink, a senior director, said he expects Obama, Abe, and Park to "clearly demonstrate unity."'
    assert who(text, "clearly")[0] == "Dan Kritenbrink"


def test_a_quoted_sentence_after_a_cue_is_speech_whatever_its_capitals():
    text = 'Jim Burton spoke.\n\n“We’ve got a common enemy,” Burton told state delegates. “Donald Trump.”'
    assert who(text, "Donald Trump")[0] == "Jim Burton"
    assert attribution('He wrote a novel, “Crime and Punishment”, in 1866.', "Crime").speaker is None


def test_a_work_quoted_in_an_appositive_keeps_its_words_and_its_comma_inside():
    text = ("As Akhil Amar, professor at Yale and author of ''America's Unwritten Constitution,'' put it, "
            "''Senate Republicans should remember that.''")
    attr = attribution(text, "Senate")
    assert (attr.speaker, attr.cue) == ("Akhil Amar", "put it")
    assert attr.speaker_title == "professor at Yale and author of ''America's Unwritten Constitution,''"
    text = 'Jo Hemsley, the co-author of "Going Viral," about the web, said "we will see it soon enough."'
    assert attribution(text, "we will").speaker_title == 'co-author of "Going Viral," about the web'


def test_a_plural_possessive_is_one_word_and_a_document_speaks_for_its_possessor():
    text = ('Bernie Sanders spoke.\n\nSanders’ fundraising email to his supporters notes that Jane Kim '
            '“is a civil rights attorney.”')
    attr = attribution(text, "is a civil")
    assert attr.speaker == "Bernie Sanders"
    assert text[attr.speaker_start:attr.speaker_end] == "Sanders’ fundraising email"
    text = 'Bernie Sanders spoke.\n\n"We win," Sanders’ spokesman said.'
    assert who(text, "We win")[1] == "Sanders’ spokesman"


def test_a_capitalised_description_after_a_full_name_is_its_appositive():
    text = ("Hillary Clinton spoke.\n\n''We don't believe U.S. troops are the answer,'' Benjamin J. Rhodes, "
            "Mr. Obama's deputy national security adviser, said Sunday.")
    attr = attribution(text, "We don't")
    assert (attr.speaker, attr.speaker_title) == ("Benjamin J. Rhodes", "Mr. Obama's deputy national security adviser")
    text = ("Donald Trump spoke.\n\nIn Mexico City, Trump endured a lecture from the Mexican president, who "
            'said that NAFTA has been good for "the U.S. as well as Mexico."')
    assert attribution(text, "the U.S.").speaker != "In Mexico City"


def test_names_with_initials_and_suffixes_are_indexed_under_the_surname():
    text = ("Vice President Joseph R. Biden Jr. came to Scranton.\n\n''We will win,'' Mr. Biden said.\n\n"
            "William M. Daley spoke later. ''They were professionals,'' Mr. Daley said.")
    assert who(text, "We will")[0] == "Joseph R. Biden Jr"
    assert who(text, "They were")[0] == "William M. Daley"
    text = "Veterans of World War II. Last year ''we marched,'' he said."
    assert who(text, "we marched")[0] != "War II. Last"


def test_a_clause_before_said_and_a_full_name_is_no_subject():
    text = ("''We will win,'' Donald Trump said.\n\nNor are tariffs likely to bring many of these jobs back, said David Autor, a professor of economics. "
            "''We don't have silver bullets,'' he said.")
    assert who(text, "We don't")[0] == "David Autor"


def test_a_name_addressed_before_a_colon_is_not_the_speaker():
    text = ('Donald Trump spoke.\n\nSenate Majority Leader Mitch McConnell, R-Ky., delivered a blunt message to '
            'Trump: "It\'s time to quit attacking various people."')
    assert who(text, "It's time")[0] == "Mitch McConnell"
    assert who('Jeffrey M. Jones wrote.\n\nMore from Jones: “The partisanship matters.”', "The partisanship")[0] \
        == "Jeffrey M. Jones"


def test_a_pronoun_before_an_aside_between_commas_is_the_subject():
    text = ('Bernie Sanders spoke.\n\nHe pledged to enact judicial reform, fix the nation’s “broken” system and he, '
            'once again, pledged a “political revolution” tonight.')
    assert who(text, "political revolution") == ("Bernie Sanders", "he", "pledged")


def test_thanked_reports_the_words_of_the_one_who_thanks():
    text = 'Washington, star of television’s “Scandal,” thanked Obama for “taking these steps to make us safer.”'
    assert who(text, "taking these")[::2] == ("Washington", "thanked")


def test_last_week_and_a_party_tag_between_name_and_cue_are_skipped():
    text = 'Dianne Feinstein (D-Calif.) last week said Clinton was not the originator of any "top secret" email chains.'
    assert who(text, "top secret")[::2] == ("Dianne Feinstein", "said")
    text = 'As Speaker Paul Ryan (R-Wis.) has pointed out, that is the "textbook definition" of racism.'
    assert who(text, "textbook")[::2] == ("Paul Ryan", "pointed out")
    text = 'Law’s group One Nation began a $1 million ad campaign this week praising Kelly Ayotte for "bipartisan solutions."'
    assert who(text, "bipartisan")[0] != "1 million ad campaign"


@pytest.mark.parametrize("title", ["GOP front-runner", "presidential hopeful"])
def test_front_runner_and_hopeful_are_titles_before_a_name(title):
    text = f'"We win," said {title} Donald Trump.'
    attr = attribution(text, "We win")
    assert (attr.speaker, attr.speaker_title) == ("Donald Trump", title)


def test_a_thing_introduced_with_a_then_called_and_a_quotation_is_named():
    text = 'A German news organization called “The Local” cited a poll that “Merkel is slipping.”'
    assert attribution(text, "The Local").speaker is None
    assert who('The spokesman called “The Local” a liar.', "The Local")[0] == "The spokesman"


def test_a_cue_word_after_same_or_latest_is_a_noun():
    text = 'Mrs. Clinton struck many of the same notes, hitting the ''"rigged economy."'
    assert attribution(text, "rigged").cue != "notes"


def test_fired_back_and_chimed_in_are_cues():
    text = ('When Trump suggested that Cuba would sue the U.S., Rubio fired back forcefully: "If they sue us in a '
            'court in Miami, they\'re going to lose."')
    assert who(text, "If they sue")[::2] == ("Rubio", "fired back")


def test_a_short_shout_after_a_question_is_the_crowds_and_the_asker_goes_on():
    text = ('"Or do we make promises we can\'t keep?" Hillary Clinton asked.\n\n"Nooooo!"\n\n'
            '"Or do we roll up our sleeves and get to work?"\n\n"Yesssss!"')
    assert attribution(text, "Nooooo").speaker is None
    assert attribution(text, "Yesssss").speaker is None
    assert who(text, "Or do we roll")[0] == "Hillary Clinton"


def test_a_dash_signature_line_may_carry_a_description_after_a_comma():
    text = ('"The whole idea of a Crooked Hillary needs to stop."\n\n-Michelle Marks, Philadelphia.\n\n'
            '"Great speech."\n\n-President Obama, tweeting after the speech.')
    assert who(text, "The whole")[::2] == ("Michelle Marks", "—")
    assert who(text, "Great speech")[0] == "Obama"


def test_a_name_set_off_after_a_description_opening_a_colon_sentence_speaks():
    text = ("One early supporter, Representative Lee Zeldin, Republican of New York, gave the technique a whirl "
            "on CNN: ''You can easily argue that the president is a racist.''")
    assert who(text, "You can")[0] == "Lee Zeldin"


def test_his_or_her_claim_belongs_to_the_first_person_named_before_in_the_sentence():
    text = ("Madeleine Albright spoke. Hillary Clinton spoke.\n\nFormer US secretary of state Madeleine Albright, a "
            "Clinton supporter, fanned controversy over her remark that “there’s a special place in hell.”")
    attr = attribution(text, "there’s a special")
    assert attr.speaker == "Madeleine Albright" and text[attr.speaker_start:attr.speaker_end] == "her"
    text = "Hillary Clinton spoke.\n\nThe latter by her own admission was a “mistake.”"
    assert attribution(text, "mistake").speaker == "Hillary Clinton"  # no one in the sentence: the last speaker
    text = "Hillary Clinton won in 2000.\n\nThe latter by her own admission was a “mistake.”"
    assert attribution(text, "mistake").speaker is None  # nor anyone speaking before
    text = "Jim Smith spoke.\n\nA paper had this to say about his free-college proposal: “Families will pay.”"
    assert attribution(text, "Families").speaker != "Jim Smith"


def test_his_or_her_with_no_one_named_in_the_sentence_names_the_last_speaker_or_no_one():
    text = ('"We will win," Donald Trump said. The crowd cheered. His standing improved after his call for '
            '"a total and complete ban" on entry.')
    assert who(text, "a total")[:2] == ("Donald Trump", "his")
    text = "Donald Trump spoke on Monday. Mary Smith ran later. Her claim that she “never sent” it was false."
    assert attribution(text, "never sent").speaker is None  # no one speaking near: whose, the text does not say


def test_a_title_ending_in_woman_or_man_tells_the_gender():
    text = ('Quin Hicks, a campaign spokeswoman, said the plan was fine. Donald Trump spoke later. '
            'Although he says he "loves China," he left.')
    assert who(text, "loves China")[:2] == ("Donald Trump", "he")
    from quotecheck.attribute import _gender
    assert (_gender("Quin Hicks", "campaign spokesman"), _gender("Quin Hicks", "congresswoman")) == ("male", "female")
    assert _gender("Quin Hicks", "fellow German") is None


def test_a_news_agency_titled_as_such_is_no_antecedent_and_admiral_is_a_title():
    text = ("Adm. Harry B. Harris Jr. leads the Pacific Command.\n\n''Some may say this is unkind,'' Xinhua, the "
            "official Chinese news agency, wrote.\n\n''They try to demonize me,'' he said.\n\n"
            "''It is not true,'' Admiral Harris said.")
    assert who(text, "They try")[0] == "Harry B. Harris Jr"
    assert who(text, "It is not")[0] == "Harry B. Harris Jr"


def test_a_pronoun_takes_the_person_opening_a_recent_sentence_not_the_object_named_after():
    text = ('“Thousands are poisoned,” said Dave Murray, a spokesman.\n\nBernie Sanders campaigned in Flint.\n\n'
            'In his statement Saturday, Sanders did go further in trying to hold Rick Snyder accountable.\n\n'
            '“There are no excuses,” he said.')
    assert who(text, "There are no")[0] == "Bernie Sanders"
    text = ('Clinton Wades In: Urges Britain to Remain.\n\nWhite House hopeful Hillary Clinton spoke.\n\n'
            '“Stay in,” she said.')
    assert who(text, "Stay in")[0] == "Hillary Clinton"


@pytest.mark.parametrize("link", ["Instead,", "However,", "Indeed,"])
def test_a_linking_adverb_before_a_quote_keeps_the_speaker_of_the_sentence_before(link):
    text = f'“He is supposed to be a cheerleader,” Donald Trump said. {link} “he just acts like a defeated man.”'
    assert who(text, "he just acts")[0] == "Donald Trump"


def test_a_possessive_determiner_after_a_question_opens_a_new_sentence_not_a_subject():
    text = ('Cheryl Mills spoke.\n\n“It would unite the Foundation,” she writes. “So, who?” Her suggestions are '
            'redacted.')
    assert who(text, "So, who")[::2] == ("Cheryl Mills", "writes")


def test_reported_speech_after_a_short_leading_phrase_leads_into_the_next_quote_paragraph():
    text = ('Bruce Ash spoke.\n\nIf anything, Ash argued in his email, the incident shows why rules matter.\n\n'
            '“In light of this serious breach is it prudent to continue?”')
    assert who(text, "In light")[::2] == ("Bruce Ash", "argued")


def test_a_name_before_a_short_aside_is_the_subject_of_the_cue_after_it():
    text = ("Donald Trump spoke.\n\nHe went too far, uttering charges that Rush Limbaugh, for one, called "
            "''liberal Democrat lingo.''")
    assert who(text, "liberal")[::2] == ("Rush Limbaugh", "called")


def test_a_relative_clause_after_a_preposition_has_a_speaker_of_its_own():
    text = ("Martin O'Malley spoke.\n\nShe said that experts had found her proposals strong, to which O'Malley "
            "interjected: \"It's just not true.\"")
    assert who(text, "It's just")[::2] == ("Martin O'Malley", "interjected")


def test_a_name_written_family_name_first_is_met_again_by_its_first_word():
    text = ("U.N. Secretary-General Ban Ki-moon spoke in New York.\n\nAsked about Donald Trump, Ban demurred.\n\n"
            '"There is just one science," he said.')
    assert who(text, "There is just")[0] == "Ban Ki-moon"


def test_a_newspaper_after_according_to_the_is_no_pronouns_person():
    text = ('"It is unfair," Joey Salceda said, according to the Philippine Star.\n\n"We win," he said.')
    assert who(text, "We win")[0] == "Joey Salceda"


def test_a_title_after_an_organisations_words_opens_a_persons_name():
    text = ('Senate Intelligence Ranking Democrat Dianne Feinstein (D-Calif.) spoke.\n\n'
            '"I don\'t know anything about it," Feinstein said.')
    assert who(text, "I don't know")[0] == "Dianne Feinstein"
    text = '"We will consider options," Doug Andres, a spokesman for House Speaker Paul Ryan, told the Post.'
    assert who(text, "We will")[0] == "Doug Andres"


def test_a_run_ending_in_a_day_is_no_person():
    text = ("The view from here of Super Tuesday highlighted both.\n\n"
            'Comments ranged widely, from hopes he will lift the economy "out of its quagmire" to praise.')
    assert attribution(text, "out of its").speaker != "Super Tuesday"


def test_a_possessive_opening_the_pronouns_sentence_is_its_antecedent():
    text = ('"Stop it," Donald Trump tweeted.\n\nObama said: "There is no magic to the phrase."\n\n'
            'Obama\'s remarks were directed at critics, including, he said, "politicians who tweet."')
    assert who(text, "politicians who")[0] == "Obama"


@pytest.mark.parametrize("between,speaker", [
    ("", "Phyllis Schlafly"),
    (" Betty Friedan was furious.", "Betty Friedan"),  # someone named between: the possessive is no longer next
])
def test_a_possessive_opening_the_sentence_before_a_pronoun_is_its_antecedent(between, speaker):
    text = ('"No," Betty Friedan said.\n\nThe fight was won by Phyllis Schlafly.\n\nMrs. Schlafly\'s pronouncements drove '
            f'her antagonists to distraction.{between} She said that "harassment is not a problem."')
    assert who(text, "harassment")[0] == speaker


@pytest.mark.parametrize("text,quoted,speaker", [
    ('"We are not joining in," Tad Devine said.\n\nThat is where the author Cornel West took it. Filling in '
     'for Sanders at the same event where Clinton and O\'Malley appeared Sunday, West landed a sharp dig.\n\n'
     '"I took Wall Street money but it did not affect me?" he said.', "I took Wall", "Cornel West"),
    # the phrase leads only the name after its one comma, not one in a relative clause after that
    ("Mary Cheney criticized her sister’s remarks in a Facebook post.\n\n"
     "According to the Times, Mary Cheney, who married her partner, Heather Poe, in Washington last year, "
     "took to Facebook. “For the record, I love my sister,” she wrote.", "For the record", "Mary Cheney"),
])
def test_a_person_after_a_leading_participial_phrase_is_a_fresher_antecedent(text, quoted, speaker):
    assert who(text, quoted)[0] == speaker


@pytest.mark.parametrize("lead", ["Tennis great", "Boxing legend"])
def test_a_sports_great_or_legend_opening_a_sentence_is_a_fresher_antecedent(lead):
    text = (f'Dorothy Poynter said "it was sad."\n\n{lead} Billie Jean King remembered Ali as fun to be around. '
            'She saw the fight in 1971.\n\n"He always whispered," she said.')
    assert who(text, "He always")[0] == "Billie Jean King"


def test_a_person_after_a_long_leading_prepositional_phrase_is_a_fresher_antecedent():
    text = ('"It is unfair," Joey Salceda said.\n\nAt a rally in Portland, Maine, on Thursday afternoon, Donald Trump '
            'named the country. "We are letting people come in," he said.')
    assert who(text, "We are letting")[0] == "Donald Trump"


@pytest.mark.parametrize("text,speaker", [
    ("Understated Perez raises his profile.\n\nThomas Perez, the labor secretary, spoke in Ohio.\n\n"
     '"It frankly breaks my heart," Perez said.', "Thomas Perez"),
    ("Embattled Hillary Clinton campaigns in Iowa.\n\n" '"We will win," Clinton said.', "Hillary Clinton"),
    ("The union's president spoke.\n\nMurshed Zaheed, a spokesman, called.\n\n" '"No deal," Zaheed said.',
     "Murshed Zaheed"),
    ("Hillary Clinton spoke in Ohio.\n\nAnother holdout, the United Mine Workers, is unlikely to back her.\n\n"
     '"We will win," she said.', "Hillary Clinton"),
])
def test_a_participle_before_a_surname_is_no_given_name(text, speaker):
    """A heading's "Understated Perez" is Perez, joined to the full name met
    later; "Murshed" is a given name and "United Mine Workers" no person."""
    assert who(text, text.split('"')[1][:8])[0] == speaker


@pytest.mark.parametrize("text,words,speaker", [
    ('That is why critics say he had proposed to "dismantle" the law.', "dismantle", "critics"),
    ('This is how critics say he meant to "dismantle" the law.', "dismantle", "critics"),
    ('Many disliked the phrase. Why not just say: "They will go home the same way they came"?', "They will", None),
])
def test_why_and_how_open_a_clause_not_a_speaker(text, words, speaker):
    assert who(text, words)[0] == speaker


def test_a_plural_noun_before_a_past_tense_belongs_to_the_subject():
    """"analysts" ends like a verb; "found" after it is the verb."""
    text = 'Two military analysts found in 2014 that the air force is "the best in the world in every way."'
    assert who(text, "the best")[0] == "Two military analysts"
    text = 'The petition accuses the campaign of "attempting to bully voters in every county."'
    assert who(text, "attempting")[0] == "The petition"


@pytest.mark.parametrize("text,words,speaker", [
    ("The email includes a photo of Cruz holding a gun.\n\nAt the bottom it reads, \"You can support the cause.\"",
     "You can", "The email"),
    ("Trump's campaign backtracked, putting out a statement. In cases of abortion, it said, "
     "\"the woman is a victim of the procedure.\"", "the woman", "Trump's campaign"),
    ('"Friend, let me be blunt. I can win," the email read. It stated that Trump "has decided to burn everything down."',
     "has decided", "the email"),
    ("The Post reported that Klein said he was writing a book. It added, \"the visit comes as Trump attacks.\"",
     "the visit", "The Post"),
])
def test_it_names_the_thing_opening_a_sentence_before(text, words, speaker):
    """A quote credited to "it" names the organisation or document it refers to."""
    assert who(text, words)[0] == speaker


@pytest.mark.parametrize("text,words", [
    ("The senator spoke on Monday.\n\n\"We will not back down from this fight,\" it said.", "We will"),
    ("The panel recommends changes. Still, the Business Council of British Columbia opposed an increase.\n\n"
     "\"Keep the tax in place at the current level,\" it recommended.", "Keep the"),
])
def test_it_stays_as_written_after_a_person_or_an_unread_subject(text, words):
    """A wrong thing is worse than "it": a person is never "it", and a
    sentence whose subject is not read ends the search."""
    assert who(text, words)[0] == "it"


def test_a_thing_named_by_it_is_no_antecedent_of_he():
    text = ("Sergei Ryabkov arrived in Geneva.\n\nThe letter warned of delays. \"No deal is possible,\" it said.\n\n"
            "\"We will see,\" he said.")
    assert who(text, "No deal")[0] == "The letter"
    assert who(text, "We will see")[0] == "Sergei Ryabkov"


def test_the_object_of_an_earlier_cue_is_no_subject_of_a_participle():
    """"put it … explaining": the "it" of "put it" is the cue's object, so
    the participle goes on with the subject of "put it"."""
    text = ("Twitter needs scale.\n\nAs the LinkedIn chief executive, Jeff Weiner, put it in his memo to employees "
            "explaining the deal, ''Imagine a world where we lead.''")
    assert who(text, "Imagine a world")[0] == "Jeff Weiner"


def test_a_description_names_the_one_person_of_its_paragraph_or_the_one_before():
    text = ("Marco Rubio campaigned in Miami on Monday.\n\n"
            "\"We are closing really strong,\" the Florida senator said.")
    assert who(text, "We are closing")[0] == "Marco Rubio"


def test_a_description_stays_as_written_among_several_persons():
    """Two persons before and neither opens a sentence: guessing the nearer
    one named Hassan for Pence's words, so the description stays."""
    text = ("At a rally, Mike Pence showed the crowd a clip of Gov. Maggie Hassan defending Clinton.\n\n"
            "\"Governor Hassan, let me help you out,\" the Republican vice-presidential nominee riffed.")
    speaker, mention, cue = who(text, "Governor Hassan")
    assert (speaker, mention, cue) == ("the Republican vice-presidential nominee",
                                       "the Republican vice-presidential nominee", "riffed")


def test_a_titled_surname_after_of_is_no_person_a_description_names():
    """``speaking highly of Mr. Trump``: Trump is spoken of, so he is not the
    one person of the paragraph that ``the Russian leader`` would name."""
    text = ("President Vladimir V. Putin gave a glowing assessment of Donald J. Trump.\n\n"
            "Mr. Putin also spoke of the war.\n\n"
            "And he even inserted himself into the primary, speaking highly of Mr. Trump in remarks.\n\n"
            "''There is no doubt that he is a very bright man,'' the Russian leader said.")
    assert who(text, "There is no doubt")[0] == "the Russian leader"  # Putin's title names no nation: as written


@pytest.mark.parametrize("topic", ["As for Trump", "But as for Trump"])
def test_a_topic_set_before_the_clause_is_the_pronouns_person(topic):
    """``As for Trump, he said he's not worried. "…," he said``: Trump's
    words, not those of the senator who spoke last."""
    text = ("Ted Cruz and Donald Trump spoke on Tuesday.\n\n"
            "Cruz warned against a brokered convention. “It would be a disaster,” the Texas senator said.\n\n"
            f"{topic}, he said he’s not worried. “First of all, I am going to have the delegates,” he said.")
    assert who(text, "First of all")[0] == "Donald Trump"
    assert who(text, "It would be")[0] == "Ted Cruz"


@pytest.mark.parametrize("description,speaker", [
    ("the Russian leader", "Vladimir Putin"),  # the one person the description's nation fits
    ("the American president", "Joe Biden"),
    ("the U.S. president", "Joe Biden"),
    ("the Russian president", "Vladimir Putin"),
])
def test_a_description_naming_a_nation_passes_persons_titled_with_another(description, speaker):
    for first, second in (("Russian President Vladimir Putin", "Joe Biden"),
                          ("U.S. President Joe Biden", "Vladimir Putin")):
        text = (f"{first} met {second} in Geneva. {second.split()[-1]} smiled.\n\n"
                f'"It was a good meeting," {description} said.')
        assert who(text, "It was a good")[0] == speaker, (first, description)


@pytest.mark.parametrize("between,speaker", [
    ("A senior administration official said the White House agreed. ", "the official"),
    ("Officials said the White House agreed. ", "Adam B. Schiff"),
    ("A candidate for president said the White House agreed. ", "Adam B. Schiff"),  # "a candidate", no official
])
def test_a_description_after_an_indefinite_one_with_its_role_takes_that_one_up(between, speaker):
    text = ('Representative Adam B. Schiff, a member of the committee, said the move was "positive."\n\n'
            f'{between}"We welcome these steps," the official said.')
    assert who(text, "We welcome")[0] == speaker


def test_pres_is_a_title_abbreviation():
    text = 'In the April issue of The Atlantic, Pres. Obama admits the action "didn’t work," and left.'
    attr = attribution(text, "didn’t work")
    assert (attr.speaker, text[attr.speaker_start:attr.speaker_end], attr.speaker_title) == \
        ("Obama", "Pres. Obama", "Pres.")
    text += ('\n\nEarlier, Hillary Clinton conceded the situation was "regrettable."\n\n'
             '"We got a mandate," the president told The Atlantic.')
    assert who(text, "We got a mandate")[0] == "Obama"  # "the president" is the one titled "Pres."


def test_a_description_names_the_nearest_person_opening_a_sentence():
    text = ("Marco Rubio spoke as he congratulated Donald Trump. Rubio offered the crowd an evaluation.\n\n"
            "The Florida senator sought to calm his supporters, saying they would \"not get beat up.\"")
    assert who(text, "not get beat up")[0] == "Marco Rubio"


def test_an_inverted_description_with_a_name_in_apposition_is_the_name():
    text = "The FBI did not find \"ties of any consequence,\" said the bureau’s director, James B. Comey, on Monday."
    (_quoted, attr), = run(text)
    assert (attr.speaker, attr.speaker_title) == ("James B. Comey", "bureau’s director")


def test_a_full_name_met_only_in_the_possessive_is_the_surname_s_full_name():
    """"Donald J. Trump's remarks … Mr. Trump": the possessive names the
    person, so "Mr. Trump" and the "he" after him are Donald J. Trump."""
    text = ("Speaker Paul D. Ryan called Donald J. Trump's remarks racist.\n\n"
            "In a speech on Tuesday night, Mr. Trump struck a measured tone. ''I will never let you down,'' he said.")
    assert who(text, "I will never")[0] == "Donald J. Trump"


def test_a_name_in_the_possessive_is_no_subject_for_a_pronoun():
    text = ("Bernie Sanders spoke at a rally in Iowa.\n\n"
            "Donald Trump's plane landed in Ohio. \"We will win this state,\" he said.")
    assert who(text, "We will win")[0] == "Bernie Sanders"


def test_a_campaign_after_a_name_is_the_organisation_that_speaks():
    text = "The Sanders campaign sent out an email and accused Clinton allies of being \"traitors\" to the party."
    assert who(text, "traitors")[:2] == ("Sanders campaign", "The Sanders campaign")


@pytest.mark.parametrize("text,speaker", [
    ("A Clinton campaign official later walked back the comments, saying that Clinton \"had no video in mind.\"",
     "Clinton campaign official"),
    ("Rubio’s campaign sent out a press release saying Murphy owes \"Florida an explanation.\"", "Rubio"),
])
def test_a_campaign_before_a_role_or_after_a_possessive_is_not_the_head(text, speaker):
    assert speaker in who(text, text.split("\"")[1][:8])[0]


def test_a_paragraph_opened_by_a_name_leads_in_even_when_a_pronoun_follows():
    text = ("Richard Viguerie is upbeat about Cruz’s chances, in part because he sees Cruz as a uniter.\n\n"
            "“Not only can Ted Cruz win in November, he’s the one with the best chance of winning.”")
    assert who(text, "Not only can")[0] == "Richard Viguerie"


@pytest.mark.parametrize("text,words", [
    ("Four hours earlier, a campaign memo was released as the polls closed stating that the loss was "
     "\"long anticipated.\"", "long anticipated"),
    ("Such is the latest Mexican revenge: A group of Mexican comedians is performing a popular play called "
     "\"Los Hijos de Trump,\" in Mexico City.", "Los Hijos"),
    ("Such is the revenge against the candidate: a troupe stages a popular play called \"Los Hijos de Trump,\" "
     "in Mexico City.", "Los Hijos"),
])
def test_a_span_of_time_a_nationality_or_such_is_no_speaker(text, words):
    assert who(text, words)[0] is None


def test_states_after_a_nationality_is_a_plural_noun_not_a_cue():
    text = ("China's influence has provoked mixed feelings in many Asian states, and it has used \"velvet gloves\" "
            "in its dealings with them, said Nargis Kassenova, an expert at KIMEP University.")
    assert who(text, "velvet gloves")[0] == "Nargis Kassenova"


def test_a_name_inside_a_whose_clause_is_not_the_subject():
    text = ("Marco Rubio, whose hometown, Miami, is projected to be largely underwater, argues that such efforts "
            "will \"destroy our economy.\"")
    assert who(text, "destroy our")[:2] == ("Marco Rubio", "Marco Rubio")


@pytest.mark.parametrize("text,speaker", [
    ("Two senators wrote to the FBI. \"We do not understand the need,\" the two write.", "the two"),
    ("Two senators wrote to the FBI. \"We do not understand the need,\" both said.", "both"),
])
def test_the_two_and_both_speak_as_written(text, speaker):
    assert who(text, "We do not")[:2] == (speaker, speaker)


def test_states_after_a_noun_is_still_a_cue():
    text = "A document on the campaign's website states that leave applies only if \"recognized under state law.\""
    assert who(text, "recognized")[2] == "states"


@pytest.mark.parametrize("text,words,speaker", [
    ("The Q poll also finds that, while 37 percent of Americans say Trump is \"very responsible\" for the "
     "violence, 39 percent blame his supporters.", "very responsible", "The Q poll"),
    ("A fresh CNN-ORC poll shows how hard it will be: Six in 10 Republicans said the delegates \"should vote for "
     "the candidate with the most support.\"", "should vote", "A fresh CNN-ORC poll"),
])
def test_a_share_of_respondents_speaks_through_the_poll_named_before(text, words, speaker):
    assert who(text, words)[0] == speaker


def test_a_share_of_people_without_a_poll_speaks_as_written():
    text = "At the rally, 8 percent of the crowd said they would \"vote for Trump\" in November."
    assert "8 percent" in who(text, "vote for")[1]


def test_according_to_right_after_a_cues_that_is_inside_the_speakers_words():
    text = ("Win Htein, a member of the committee, said Tuesday that according to its analysis, the party has won "
            "82 percent of the vote, but \"we are still counting the seats.\"")
    assert who(text, "we are still")[:2] == ("Win Htein", "Win Htein")


def test_an_adverb_and_a_clause_opener_open_no_speaker():
    text = ("Even before Sanders took the stage Tuesday night, his campaign sent out a text message to supporters "
            "saying: \"With your help, we were just declared the winner!\"")
    assert who(text, "With your help")[0] != "Sanders"


def test_who_after_a_plural_phrase_is_that_phrase_not_the_last_person():
    text = ("\"We will not divide our country,\" Barack Obama said.\n\n"
            "Obama was not treated as credibly by his show’s listeners, who wondered if \"he would be the token "
            "candidate in the debate.\"")
    assert who(text, "he would be")[0] == "his show’s listeners"


def test_a_place_named_like_a_person_is_no_pronouns_antecedent():
    text = ("\"There is a ton of work in this job,\" Chris Murphy said.\n\n"
            "In that sense, Sandy Hook was not just a tragedy. \"This was something different,\" he added.")
    assert who(text, "This was something")[0] == "Chris Murphy"


@pytest.mark.parametrize("text, speaker", [
    ("\"This has to be the first time,\" said Clinton’s top foreign policy aide Jake Sullivan.", "Jake Sullivan"),
    ("\"We are treating it as one long Election Day,\" said Rubio’s deputy campaign manager, Rich Beeson, who "
     "ran the count.", "Rich Beeson"),
    ("\"It's about time that we had a woman running this country,\" exhorted Clinton's introducer, actress "
     "Jamie Lee Curtis.", "Jamie Lee Curtis"),
])
def test_an_inverted_cue_before_a_possessive_and_a_role_names_the_role_not_the_possessor(text, speaker):
    assert who(text, "")[0] == speaker


def test_a_possessive_then_no_role_is_still_the_possessor_and_a_relative_clause_names_no_one():
    text = ("Ryan’s campaign shrugged off Trump’s comments, telling reporters, \"Neither Speaker Ryan nor anyone "
            "on his team has ever asked.\"\n\n"
            "\"It's hard enough to come back to work,\" said the designer, who works for another brand at G-III.")
    assert who(text, "Neither Speaker")[0] == "Ryan"
    assert who(text, "It's hard")[0] == "the designer"


def test_a_web_address_ends_its_sentence_so_the_next_quote_keeps_its_own_cue():
    text = ("Friends were devastated by the news, according to Tchadinfos.com. \"He had so many projects and "
            "ambitions,\" his friend Mahamat Saleh Oumar told the website.")
    assert who(text, "He had so many")[0] == "Mahamat Saleh Oumar"


def test_a_web_address_ends_a_sentence_and_an_abbreviation_with_dots_does_not():
    text = "It went up on MoveOn.org. Then the U.S. team met at 9 a.m. Friday. Done."
    assert [text[s:].split()[0] for s in _sentence_starts(text, text, [])] == ["It", "Then", "Done."]


@pytest.mark.parametrize("text, speaker", [
    ("Clinton apologised for passing around sensitive emails in a way FBI Director James Comey slammed as "
     "\"extremely careless,\" and moved on.", "James Comey"),
    ("They repeated it in the manner Trump described as \"a total disaster\" last week.", "Trump"),
])
def test_a_name_after_a_way_opens_a_clause_of_its_own_and_speaks(text, speaker):
    assert who(text, "")[0] == speaker


def test_a_sentence_opened_by_a_modified_title_and_a_name_gives_the_pronoun_that_person():
    text = ("After months, in a way FBI Director James Comey slammed as \"extremely careless,\" Clinton moved on.\n\n"
            "Bill Clinton's stock answer then is likely to be repeated.\n\n"
            "And Clinton campaign Chairman John Podesta offered a slogan when I asked him.\n\n"
            "\"She will fight for the American people,\" he said.")
    assert who(text, "She will fight")[0] == "John Podesta"


def test_two_names_joined_by_and_lead_with_the_first():
    text = ("\"We are heartbroken,\" Obama said on Sunday.\n\n"
            "President Barack Obama and Vice President Joe Biden place flowers at a memorial.\n\n"
            "\"I held and hugged\" grieving family members, he said.")
    assert who(text, "I held")[0] == "Barack Obama"


def test_a_day_between_his_comment_and_that_keeps_the_words_his():
    text = ("Donald Trump said on Monday that \"Islam hates us.\" Marco Rubio disagreed.\n\n"
            "As the debate progressed and Trump stood by his comment Monday that \"Islam hates us and always will,\" "
            "Rubio tried again.")
    assert who(text, "Islam hates us and")[:2] == ("Donald Trump", "his")


@pytest.mark.parametrize("text, words, speaker", [
    ("Stuart Stevens, a Republican operative, said the way the Clinton operation disparaged women who complained "
     "''would be all but disqualifying'' nowadays.", "would be", "Stuart Stevens"),
    ("President Obama passionately rebuked critics who say he should condemn terrorists as \"radical Islamists,\" "
     "saying it would change nothing.", "radical", "critics"),
    ("\"We did it,\" said the retired neurosurgeon Ben Carson.", "We did", "Ben Carson"),
])
def test_a_past_verb_after_its_subject_ends_the_phrase_and_an_adjective_does_not(text, words, speaker):
    assert who(text, words)[0] == speaker


@pytest.mark.parametrize("text, speaker", [
    ("Hundreds of pro-Sanders demonstrators marched through Center City on Monday, chanting \"Bernie or Jill, "
     "No Hill,\" and waving signs.", "Hundreds of pro-Sanders demonstrators"),
    ("Republicans pounced on the announcement. His office put out a statement saying the U.S. \"does not have the "
     "capacity to properly vet every incoming refugee.\"", "His office"),
])
def test_a_past_verb_after_a_subject_read_forward_ends_it(text, speaker):
    assert who(text, "")[0] == speaker


@pytest.mark.parametrize("text, speaker", [
    ("Hillary Clinton’s right-hand woman rallied supporters, saying: “We have to be ready to stop him.”",
     "Hillary Clinton’s right-hand woman"),
    ("Mary Smith’s lawyer later wrote to the court, calling the case \"a travesty.\"", "Mary Smith’s lawyer"),
    ("Ryan’s campaign shrugged off the comments, telling reporters, \"Nobody asked.\"", "Ryan"),
])
def test_a_possessive_opening_the_sentence_is_no_speaker_but_what_it_opens_is(text, speaker):
    assert who(text, "")[0] == speaker


@pytest.mark.parametrize("text, words, speaker", [
    ("Ron Klain said so. The campaign, pushing the idea through surrogates (like top Obama aide David Plouffe, who "
     "called Trump “a psychopath” over the weekend), has repeated it.", "a psychopath", "David Plouffe"),
    ("Clinton said so. Contrast that with Trump, who has called the pact \"insanity,\" and Sanders, who says it's "
     "\"disastrous.\"", "disastrous", "Sanders"),
])
def test_who_right_after_a_name_and_a_comma_is_that_person(text, words, speaker):
    assert who(text, words)[0] == speaker


@pytest.mark.parametrize("text, words, speaker", [
    ("Ben Brafman said so. He added, “In this case things happened that are not ordinary.” The government, for "
     "instance, refused to give me credit for pleading guilty.", "In this case", "Ben Brafman"),
    ("“We will win,” the senator said. “Nobody doubts it,” Maria Lopez added.", "Nobody doubts", "Maria Lopez"),
])
def test_a_cue_touching_the_quote_before_it_wins_over_a_cue_in_the_next_sentence(text, words, speaker):
    assert who(text, words)[0] == speaker


@pytest.mark.parametrize("text, words, speaker", [
    ("Republicans rallied around the bill, with Senate Majority Leader Mitch McConnell taking to the floor to say it "
     "was “a good day for America.”", "a good day", "Mitch McConnell"),
    ("Mary Kloppenburg tried to tie Bradley to Walker, with one of her ads asking, “Is Rebecca Bradley independent "
     "enough to serve?”", "Is Rebecca", "one of her ads"),
    ("He left the stage with his wife holding his hand, saying “Thank you all.”", "Thank you", "He"),
])
def test_with_a_phrase_and_a_participle_makes_the_phrase_the_participles_subject(text, words, speaker):
    assert who(text, words)[0] == speaker


@pytest.mark.parametrize("word, sort", [("Hastily", None), ("Repeatedly", None), ("Angrily", None),
                                        ("Emily", "name"), ("Kelly", "name"), ("Connally", "name")])
def test_a_capitalised_adverb_alone_is_no_name_and_a_name_like_one_is(word, sort):
    from quotecheck.mentions import classify, tokens
    mention = classify(word, tokens(word, 0, len(word)))
    assert (mention.sort if mention else None) == sort


def test_an_adverb_opening_the_sentence_never_signs_its_quote():
    text = ("Hastily criticizing the tragedy in Nice ― much like he did in Paris ― Trump cast the blame on his "
            "rivals, and emphasized the threat that “Islamic terrorism” poses to the world.")
    assert who(text, "Islamic")[0] != "Hastily"


@pytest.mark.parametrize("text, words, speaker, mention, cue", [
    ("Cameron spoke first. The spokesman refused to answer questions on who Cameron would like to see win but said "
     "there was no call planned, adding: “If one is proposed we will consider it.”", "If one", "The spokesman",
     "The spokesman", "adding"),
    ("In three interviews, the justice sounded off on Trump, saying she didn't \"want to contemplate\" a change.",
     "want to", "the justice", "the justice", "saying"),
])
def test_a_lowercase_role_ends_at_its_verb_and_a_question_asked_about_has_no_speaker(text, words, speaker, mention,
                                                                                      cue):
    assert who(text, words) == (speaker, mention, cue)


def test_a_day_between_a_subject_and_its_verb_keeps_the_subject_and_its_is_no_speaker():
    text = ("Bernie Sanders spoke. It’s become such a presence on the trail that Sanders during a Sunday thanked its "
            "members “for their support” and called the union “one of the sponsors of my campaign.”")
    assert who(text, "for their")[0] == "Bernie Sanders"


@pytest.mark.parametrize("text, words, speaker", [
    ("Gov. Mike Pence on Thursday blamed the media for making an issue out of Donald Trump’s claim that President "
     "Barack Obama “founded ISIS,” saying they were nitpicking.", "founded", "Donald Trump"),
    ("Clinton won. It solidifies her argument that she is more than a “regional” candidate, as Sanders’ campaign "
     "manager Jeff Weaver suggested.", "regional", "Jeff Weaver"),
])
def test_a_possessed_claim_keeps_its_words_from_a_later_cue_whose_subject_came_first(text, words, speaker):
    assert who(text, words)[0] == speaker


@pytest.mark.parametrize("opening", ["Although", "Though", "Because"])
def test_a_subordinator_opening_a_capitalised_run_is_no_part_of_the_name(opening):
    text = (f"Rep. Robert C. “Bobby” Scott threw open his yard. {opening} Scott lacks a signature achievement, "
            "officials say he works hard. “I’ve raised all I needed,” Scott said.")
    assert who(text, "I’ve raised")[0] == "Scott"


@pytest.mark.parametrize("text, words, speaker", [
    ("Actor Clint Howard admits he is “not the most handsome man in the field.”", "not the most", "Clint Howard"),
    ("“We like a lot of the candidates,” Donor Sheldon Adelson said.", "We like", "Sheldon Adelson"),
    ("“I’m not afraid,” Assemblywoman Claudia Tenney said.", "I’m not", "Claudia Tenney"),
    ("Donald Trump took questions. “We should have a lot of systems,” the businessman replied.", "We should",
     "Donald Trump"),
])
def test_a_title_of_trade_before_a_name_is_no_part_of_it_and_the_role_names_its_holder(text, words, speaker):
    assert who(text, words)[0] == speaker


@pytest.mark.parametrize("text, speaker", [
    ("WASHINGTON, Dec. 8 (UPI) — In response to Donald Trump’s proposal to bar Muslims from entering the United "
     "States, Hillary Clinton’s right-hand woman rallied supporters, saying: “We have to be ready to stop him.”",
     "Hillary Clinton’s right-hand woman"),
    ("DECATUR, Ill. — Sen. Ted Cruz (R-Texas) weighed in on the allegations, calling the behavior a “fireable "
     "offense.”", "Ted Cruz"),
])
def test_a_dateline_and_a_long_leading_phrase_are_stepped_over_to_the_subject(text, speaker):
    assert who(text, "")[0] == speaker


@pytest.mark.parametrize("text, words, speaker", [
    ("Despite Ted Cruz winning Iowa, the race moved on. “Only one conservative can win,” Cruz said.", "Only one",
     "Ted Cruz"),
    ("Maybe Trump is right. “We're in trouble,” Trump told the crowd.", "We're in", "Trump"),
    ("It shows an officer aiming a gun. Rakeyia Scott can be heard yelling to the officers that her husband was "
     "unarmed.\n\n“Don't shoot him,” she says.", "Don't", "Rakeyia Scott"),
])
def test_despite_maybe_and_can_are_no_part_of_a_name(text, words, speaker):
    assert who(text, words)[0] == speaker


@pytest.mark.parametrize("text, words, speaker", [
    ("“I was shocked,” said South Korean-born Monte Haines.", "I was", "Monte Haines"),
    ("“Carson is cratering,” said Texas-based Matt Mackowiak.", "Carson", "Matt Mackowiak"),
    ("“We are thrilled,” U.N. Secretary-General Ban Ki-moon said.", "We are", "Ban Ki-moon"),
])
def test_a_hyphened_description_before_a_name_is_its_title(text, words, speaker):
    assert who(text, words)[0] == speaker


def test_a_participle_opening_its_sentence_goes_on_with_the_cue_before():
    text = ("Later in the show, Bill Maher stated of the scandal that the report “wasn’t good.” Adding, “Now, "
            "like with all Clinton scandals, what they actually do is never that bad.”")
    assert who(text, "Now, like")[:3] == ("Bill Maher", "Bill Maher", "Adding")


def test_a_participle_opening_a_paragraph_takes_no_speaker_from_the_paragraph_before():
    text = "“We won,” Bill Maher said.\n\nAdding, “Nobody knows who wrote this.”"
    assert who(text, "Nobody")[0] is None


def test_a_paragraph_ending_in_a_colon_lends_only_the_cue_of_its_last_sentence():
    text = ("Gary Hart started winning campaigns by denouncing the New Deal. Jimmy Carter lent his ear to "
            "deregulation advocates. Thomas Frank quotes former Carter adviser Alfred Kahn:\n"
            "“I’d love the Teamsters to be worse off.”")
    assert who(text, "I’d love")[0] == "Thomas Frank"


@pytest.mark.parametrize("text, words, speaker", [
    ("Michael Mukasey criticized Clinton’s email use, which an FBI investigation said was “extremely careless” but "
     "did not warrant charges.", "extremely", "an FBI investigation"),
    ("Clinton advisers say any efforts could backfire, angering his supporters and Bernie Sanders, both of which "
     "Hillary Clinton praised Tuesday night “for challenging us to get unaccountable money out of our politics.”",
     "for challenging", "Hillary Clinton"),
])
def test_a_cue_in_a_relative_clause_after_which_has_the_clauses_subject(text, words, speaker):
    assert who(text, words)[0] == speaker


def test_a_name_after_the_phrase_opens_its_own_clause():
    text = "Chuck Grassley spoke. The “wise Latina” phrase Grassley cited on Wednesday has appeared in speeches."
    assert who(text, "wise")[:2] == ("Chuck Grassley", "Grassley")


def test_a_titled_name_after_a_leading_phrase_is_the_pronouns_antecedent():
    text = ("“We will win,” said David Wasserman, an analyst.\n\nOn Monday night, Clinton campaign manager Robby Mook "
            "released a memo.\n\nHe writes Clinton has “built a nearly insurmountable lead.”")
    assert who(text, "built")[0] == "Robby Mook"


@pytest.mark.parametrize("text, words, cue", [
    ("Donald Trump groused that CNN “doesn’t treat me properly.”", "doesn’t", "groused"),
    ("The Post reported, his wife whispered to him: “They're still with you.”", "They're", "whispered"),
    ("The editor, Tim Grieve, interrupted me to announce, “And… there goes the franchise.”", "And…",
     "interrupted"),
])
def test_speech_verbs_of_manner_are_cues(text, words, cue):
    assert who(text, words)[2] == cue


def test_a_participle_after_a_who_aside_goes_on_with_the_main_subject():
    text = ("Paul Ryan spoke first. Mr. Trump, who said last week that a Mexican-American judge in a case involving "
            "Trump University was biased against him because of his heritage, issued a statement Tuesday saying, "
            "''I do not feel that one's heritage makes them incapable of being impartial.''")
    assert who(text, "I do not")[1] == "Mr. Trump"


@pytest.mark.parametrize("mark", ["\u00ad", "\u200b", "\u200e", "\u2060", "\ufeff", "\u202a"])
def test_an_invisible_mark_inside_a_name_is_read_as_a_space(mark):
    text = f"Russian Deputy Foreign Minister Sergei {mark}Ryabkov said the talks were “difficult.”"
    speaker, mention, _cue = who(text, "difficult")
    assert speaker == "Sergei Ryabkov" and text.endswith(mention + " said the talks were “difficult.”")


@pytest.mark.parametrize("text, words, speaker", [
    ("Jeb Bush plans to support Cruz. From Bush's Facebook post: \"For the sake of our party, we must unite.\"",
     "For the sake", "Jeb Bush"),
    ("Not all panels are equal - More from the report: “Today numerous vendors condition their samples.”",
     "Today", "the report"),
    ("We went on to Iowa. Far from it: “We will win.”", "We will", None),
])
def test_the_source_after_from_and_before_a_colon_gave_the_words(text, words, speaker):
    assert who(text, words)[0] == speaker


@pytest.mark.parametrize("text, words, speaker", [
    ("“The distraction gets you off message,” said Republican party boss Reince Priebus, though he added more.",
     "The distraction", "Reince Priebus"),
    ("“This is just a scripted show,” said Virginia delegate Beau Correll, angered by the leaders.", "This is",
     "Beau Correll"),
    ("“I can't vote for Trump,” said Concord resident Whit Symms. “He's an embarrassment.”", "I can't", "Whit Symms"),
    ("“Trump was able to out-Christie Chris Christie,” said Montclair State University political scientist Brigid "
     "Harrison.", "Trump was", "Brigid Harrison"),
    ("Hillary Clinton spoke. A spokesman for Democratic presidential candidate Hillary Clinton called the report "
     "“outrageous.”", "outrageous", "spokesman for Democratic presidential candidate Hillary Clinton"),
])
def test_a_place_or_body_and_a_lowercase_role_before_a_full_name_describe_the_person(text, words, speaker):
    assert who(text, words)[0] == speaker


@pytest.mark.parametrize("text, words, speaker", [
    ("“That was a good speech,” Representative Steve Cohen, Democrat of Tennessee, told Mr. Obama.", "That was",
     "Steve Cohen"),
    ("Senator Bernie Sanders spoke. “We won,” Sanders said. The senator from Vermont said the system was "
     "“corrupt.”", "corrupt", "Bernie Sanders"),
    ("At a rally on Tuesday, Senator Bernie Sanders of Vermont endorsed Mrs. Clinton, saying that she would "
     "“make an outstanding president.”", "make an", "Bernie Sanders"),
    ("At a rally in Portsmouth, N.H., on Tuesday, Senator Bernie Sanders of Vermont endorsed Mrs. Clinton, saying "
     "that she would “make an outstanding president.”", "make an", "Bernie Sanders"),
])
def test_a_place_after_of_or_from_is_where_a_speaker_is_from_never_the_speaker(text, words, speaker):
    assert who(text, words)[0] == speaker


@pytest.mark.parametrize("text, words, speaker", [
    ("“It is destroying this committee,” said Del. Stacey Plaskett of the Virgin Islands.", "It is", "Stacey Plaskett"),
    ("Clinton wrote back. The State Department less than two weeks ago said that “top secret” material had passed "
     "through it.", "top secret", "State Department"),
])
def test_a_delegates_title_and_a_time_ago_are_no_part_of_a_speakers_name(text, words, speaker):
    assert who(text, words)[0] == speaker


@pytest.mark.parametrize("text,speaker", [
    ('Pastor Kevin Swanson slammed the Girl Scouts on his radio show, Right Wing Watch first reported.\n\n'
     'He then implied that scout leaders should be punished.\n\n"Jesus means what he says," he said.', "Kevin Swanson"),
    ('"Guns are ripe for abuse," the National Rifle Association says.', "National Rifle Association"),
])
def test_a_watch_an_association_or_a_coalition_is_an_organisation_no_pronoun_names(text, speaker):
    assert attribution(text, first_words(text)).speaker == speaker


@pytest.mark.parametrize("text,speaker", [
    ('"If Trump wins, they could be running the country," one Clinton ad declared.', "one Clinton ad"),
    ('"Any further communication will be through counsel," a Feb. 1 letter warns.', "a Feb. 1 letter"),
    ('"Not this year," the Christie supporter retorted.', "the Christie supporter"),
])
def test_capitals_before_a_lowercase_head_describe_it_and_make_no_name(text, speaker):
    attr = attribution(text, first_words(text))
    assert (attr.speaker, attr.speaker_title) == (speaker, None)


def test_five_capitalised_words_are_a_headline_not_a_persons_name():
    text = "New Polls Show Double-Digit Gaps in Republican Contest.\n\nThe candidate labeled himself “a leader who wins.”"
    assert attribution(text, "a leader").speaker == "The candidate"
    text = 'Martin Luther King Jr. spoke.\n\n"We shall overcome," the minister said.'
    assert attribution(text, "We shall").speaker == "Martin Luther King Jr"


@pytest.mark.parametrize("text,speaker", [
    ('"It was no good," one senior Democrat said.', "one senior Democrat"),
    ('"It was no good," the Republican said.', "the Republican"),
    ('"It was light," said a former U.S. law enforcement official who oversaw it.',
     "a former U.S. law enforcement official"),
    ('"It is crucial," said one former GOP leadership aide.', "one former GOP leadership aide"),
    ('"It is crucial," said one Sanders supporter.', "one Sanders supporter"),
])
def test_a_party_member_or_a_role_after_capitals_is_a_description_not_a_name(text, speaker):
    attr = attribution(text, first_words(text))
    assert (attr.speaker, attr.speaker_title) == (speaker, None)


def test_a_consultant_is_a_role_before_a_name():
    text = ('Barack Obama said "this was the moment."\n\nObama consultant Cornell Belcher picked up the thread. '
            '"They have a lot more in common," he said.')
    assert who(text, "They have")[0] == "Cornell Belcher"


@pytest.mark.parametrize("text,speaker", [
    ('NBC News will accuse you of engaging in a "freak out."', "NBC News"),
    ('The American Legion has asked the campaign to "cease and desist."', "American Legion"),
    ('If Sanders would debate on April 14, de Blasio tweeted, "I will help you."', "de Blasio"),
    ('The Democratic National Convention released a statement saying it was "divisive."',
     "Democratic National Convention"),
    ('President Obama said it was "shameful."', "Obama"),
])
def test_a_lone_word_after_capitals_that_are_no_persons_title_keeps_them(text, speaker):
    assert attribution(text, first_words(text)).speaker == speaker


@pytest.mark.parametrize("text,speaker", [
    ('Michael Seaman, who lives in an area outside of the state capital, Sacramento, said he still "prays that '
     'Bernie wins."', "Michael Seaman"),
    ('John Kasich is assuring voters after a woman in Worcester, Massachusetts, told him he is "too nice."',
     "a woman in Worcester"),
])
def test_a_place_is_no_speaker_inside_a_who_clause_or_after_a_person_noun(text, speaker):
    assert attribution(text, first_words(text)).speaker == speaker


def test_a_bare_title_opening_a_sentence_reaches_the_titled_name_before_its_comma():
    text = ('Former prosecutor and New York City Mayor Rudy Giuliani, who appeared on MSNBC, took a shot at the '
            'decision, calling it a "no-brainer."')
    attr = attribution(text, "no-brainer")
    assert (attr.speaker, attr.speaker_title) == ("Rudy Giuliani", "Former prosecutor and New York City Mayor")
    assert attribution('Former aides, who spoke, left, calling it a "no-brainer."', "no-brainer").speaker != "Former"


def test_a_possessive_role_opening_a_sentence_is_the_name_set_off_after_it():
    text = ('In early October, Trump’s Virginia state director, Mike Rubino, reached out to rVotes, writing in an '
            'email: “We want to utilize this ASAP.”')
    attr = attribution(text, "We want")
    assert (attr.speaker, attr.speaker_title) == ("Mike Rubino", "Trump’s Virginia state director")


@pytest.mark.parametrize("full,short", [
    ("Debbie Wasserman Schultz", "Wasserman Schultz"),
    ("Marine Le Pen", "Le Pen"),
    ("Aung San Suu Kyi", "Suu Kyi"),
])
def test_a_two_word_surname_joins_the_full_name_met_before(full, short):
    text = f'{full} spoke on Monday.\n\n"We will win," {short} said.'
    assert attribution(text, "We will win").speaker == full


def test_a_lowercase_particle_inside_a_full_name_keeps_it_one_name():
    text = 'Mayor Bill de Blasio spoke on Monday.\n\n"We will win," De Blasio said.'
    assert attribution(text, "We will win").speaker == "Bill de Blasio"
    text = 'Footage of Al-Awlaki appears. "The West will turn," he says.'
    assert attribution(text, "The West").speaker != "Footage of Al-Awlaki"


@pytest.mark.parametrize("text,speaker", [
    ('"It would not work," Lindsey Graham said.\n\nThe latest is Rep. Joe Wilson, the South Carolina congressman '
     'who gained attention in 2009 when he yelled "You lie!" at the president.', "Joe Wilson"),
    ('"It would not work," Lindsey Graham said.\n\nDonald Trump took swipes at Marco Rubio, who he dubbed '
     '"the little senator."', "Donald Trump"),
])
def test_a_pronoun_inside_a_who_clause_is_the_person_it_hangs_from_unless_who_is_its_object(text, speaker):
    assert attribution(text, first_words(text, 2)).speaker == speaker


def test_a_first_name_opening_a_sentence_is_the_one_person_met_in_full_with_it():
    text = ('"We lost," Carrie Cohen said.\n\nI told Megyn Kelly that the government tried. Megyn was incredulous. '
            '"Only you, Dinesh," she said.')
    assert attribution(text, "Only you").speaker == "Megyn Kelly"
    text = ('"We lost," Carrie Cohen said.\n\nI told Megyn Kelly and Megyn Price about it. Megyn was incredulous. '
            '"Only you, Dinesh," she said.')
    assert attribution(text, "Only you").speaker != "Megyn Kelly"  # two Megyns: the first name names neither


def test_a_description_opening_with_no_or_a_past_verb_is_no_speaker():
    text = ('But Mr. Sanders showed no sign of backing down, releasing a statement that, while condemning violence, '
            'accused the leadership of using "its power to prevent a fair process."')
    assert attribution(text, "its power").speaker == "Sanders"


@pytest.mark.parametrize("text,speaker", [
    ("Giovanni Maria Vian, the editor in chief of the Vatican's official newspaper, L'Osservatore Romano, said "
     'every pope was "both religious and political."', "Giovanni Maria Vian"),
    ('"It is coherent," the Vatican spokesman, Federico Lombardi, told reporters.', "Federico Lombardi"),
])
def test_the_name_of_an_appositives_newspaper_is_no_speaker(text, speaker):
    assert attribution(text, first_words(text)).speaker == speaker


@pytest.mark.parametrize("text,speaker", [
    ('"We are proud of it," the company said.', "the company"),
    ('"We are proud of it," the State Department said.', "State Department"),
    ("That record prompted the Atlas, which examines bellwether states and counties, to state, "
     '"Vigo County is the most prominent bellwether."', None),
    ('Another man who did not want to be named and who didn\'t want trouble said he heard "immorality" talk.',
     "Another man"),  # the chain of "who" clauses hangs from him, never "didn't want"
])
def test_an_organisation_of_common_nouns_keeps_its_article_and_nouns_are_no_cues(text, speaker):
    assert attribution(text, first_words(text)).speaker == speaker


def test_a_chain_of_who_clauses_before_a_cue_hangs_from_the_phrase_before_the_first():
    text = ('Another Muslim who worshiped at the center and who did not want to be named said he heard '
            '"immorality" talk.')
    attr = attribution(text, "immorality")
    assert (attr.speaker, text[attr.speaker_start:attr.speaker_end]) == ("Another Muslim", "Another Muslim")


@pytest.mark.parametrize("text,speaker,cue", [
    ('Carly Fiorina spoke.\n\nIn public, she oozed confidence. At a conference that month in Aspen, Colo., the '
     'Stanford medieval-history graduate ended her speech by quoting da Vinci: "Every obstacle yields."',
     "the Stanford medieval-history graduate", None),  # a sentence inside a paragraph: its lead is skipped too
    ('As voters went to the polls, the Sanders campaign sent out an email and accused Clinton allies of being '
     '"traitors" in their treatment of him.', "Sanders campaign", "accused"),
    ('As the Rainmakers sang back in the 1980s, "They will turn us all into beggars."', "Rainmakers", "sang"),
])
def test_a_leading_clause_of_as_or_when_is_stepped_over_to_the_subject(text, speaker, cue):
    attr = attribution(text, first_words(text))
    assert (attr.speaker, attr.cue) == (speaker, cue)


@pytest.mark.parametrize("text,speaker", [
    ('Hillary Clinton backs President Obama’s advice.\n\nHer adviser, Jake Sullivan, said: "She values a strong EU."'
     '\n\nObama departs the UK today, where he will be greeted by protesters.\n\nBut he leaves behind a backlash, '
     'and he warned: "It is not going to happen any time soon."', "Obama"),  # titled once, then alone
    ('"We need change," Jake Sullivan said.\n\nPresident Obama backed her up in an interview. "I do not think it '
     'posed a problem," he said.', "Obama"),
    ('"We need change," Jake Sullivan said.\n\nThe Democratic National Convention opened today. "I do not think it '
     'posed a problem," he said.', "Jake Sullivan"),  # "Democratic National" is no person's title
])
def test_a_person_known_only_by_a_titled_surname_is_an_antecedent(text, speaker):
    assert attribution(text, first_words(text, 2)).speaker == speaker


def test_counsel_is_a_title_kept_apart_from_the_name():
    attr = attribution('"We will review it," FBI General Counsel James A. Baker wrote in a letter.', "We will")
    assert attr.speaker == "James A. Baker"


@pytest.mark.parametrize("text,quoted,speaker", [
    ('White House Counsel W. Neil Eggleston said it could hurt.\n\n"It was not convincing," said one Democrat familiar '
     'with the discussion, who added that the White House seemed "rattled" by it.', "rattled", "who"),  # no one named
    ('"We lost," Donald Trump said.\n\nTrump endured a lecture from the Mexican president, who said NAFTA has been '
     'good for "the U.S. as well as Mexico."', "the U.S.", "who"),
    ('"We lost," Hillary Clinton said.\n\nDonald Trump, who said "we will win," left.', "we will", "Donald Trump"),
])
def test_who_after_a_comma_is_the_person_named_before_it_or_no_one(text, quoted, speaker):
    assert attribution(text, quoted).speaker == speaker


def test_a_name_on_the_title_line_gives_way_to_the_same_name_written_plainly_below():
    text = ('U.S. Nominates Jim Yong Kim for 2nd Term at World Bank.\n\nPresident Obama nominated Jim Yong Kim for a '
            'second term.\n\n"This must change," Mr. Kim said.')
    assert attribution(text, "This must").speaker == "Jim Yong Kim"


def test_a_capitalised_auxiliary_between_a_quote_and_its_cue_is_a_surname():
    text = ('George Will wrote a column.\n\n"This might hasten the eclipse of Donald Trump," Will wrote.\n\n'
            'From his call for a federal "deportation force," Will described Trump as "stupendously un-conservative."')
    assert [who(text, words)[0] for words in ("This might", "stupendously")] == ["George Will", "George Will"]


def test_a_day_before_a_noun_in_an_inverted_subject_is_a_modifier():
    text = ('Voters were angry at Grassley.\n\n"There are invertebrates with more spine than Grassley," reads a '
            'Wednesday editorial in The Des Moines Register.')
    assert who(text, "There are")[1:] == ("a Wednesday editorial in The Des Moines Register", "reads")


def test_the_subject_of_a_whether_clause_is_asked_about_not_speaking():
    text = ('Donald Trump is questioning whether President Barack Obama would have attended the funeral Mass "if it '
            'were held in a mosque."')
    assert who(text, "if it were")[:2] == ("Donald Trump", "Donald Trump")


@pytest.mark.parametrize("text,quoted", [
    ('Bernie Sanders vowed to go on. The Associated Press reported that she had won.\n\nHe sent out an email as the '
     'platform committee meeting began vowing to "fight for every vote" in the last primary.', "fight"),
    ('"We will win," Bernie Sanders said. The Associated Press reported the results.\n\n"Not yet," he said.',
     "Not yet"),  # a news agency is no person a pronoun names
])
def test_a_phrase_ending_in_a_past_verb_is_a_clause_and_an_agency_no_antecedent(text, quoted):
    assert who(text, quoted)[0] == "Bernie Sanders"


def test_a_news_outlet_opening_a_sentence_is_no_pronoun_antecedent():
    text = ('Gary Byrne, a former Secret Service agent, has written a book.\n\nBreitbart News has released an '
            'excerpt of the book.\n\nHe went on to say, "She once threw a Bible at an agent."')
    assert who(text, "She once")[0] == "Gary Byrne"


def test_a_national_motto_is_no_ones_slogan():
    text = ('Mr. Obama took his biggest shot at the House. He tweaked House Republicans for passing a resolution '
            'reaffirming the national motto, "In God We Trust," when they should be creating jobs.')
    assert who(text, "In God")[0] is None
    text = 'Mr. Trump repeated his campaign motto, "Make America Great Again," at the rally.'
    assert who(text, "Make America")[0] == "Trump"


def test_a_surname_that_is_also_a_broadcaster_stays_a_speaker_once_met_in_full():
    text = ('Former President Vicente Fox criticised the visit.\n\n"He is not welcome," Fox said.\n\nDonald Trump '
            'tweeted that he had accepted an invitation.\n\n"It is a big mistake," Fox said.\n\n"It is a desperate '
            'move," he added.')
    assert who(text, "It is a desperate")[0] == "Vicente Fox"


def test_a_role_names_the_person_known_by_that_title_and_a_surname_alone():
    text = ('"We will act," Jim Yong Kim said.\n\nPresident Obama said the accord would send a signal.\n\nThe '
            'president also said that he imagined "a quiet sunset" with his grandchildren.')
    assert who(text, "a quiet sunset")[0] == "Obama"


@pytest.mark.parametrize("text,quoted,speaker", [
    ('The court of Chief Justice John G. Roberts Jr. heard the case.\n\n"Is it true?" Chief Justice Roberts asked.\n\n'
     'The chief justice also asked Mr. Sellers "how many examples of abuse need to be shown."', "how many",
     "John G. Roberts Jr"),
    ('House Speaker Nancy Pelosi spoke to MSNBC.\n\n"I am not in the censorship business," she said.\n\n"I do not like '
     'that language," the House speaker said.', "I do not", "Nancy Pelosi"),
])
def test_justice_and_speaker_are_roles_a_description_resolves(text, quoted, speaker):
    assert who(text, quoted)[0] == speaker


@pytest.mark.parametrize("text,quoted,speaker", [
    # a heading's capitals are no name: "Iran" once meant "Constrain Iran"
    ('Trump Signals Openness to a New Deal to Constrain Iran.\n\nPresident Trump met the French president.\n\n'
     'As Iran warned on Tuesday, Mr. Trump threatened it. "You can mark it down," he said.', "You can mark", "Trump"),
    ("Cecile Richards: ‘I’m Sick Of Men Telling Us What To Do’\n\n\"We will win,\" Richards said.", "We will win",
     "Cecile Richards"),  # a speaker heading the words
    ('Yukio Edano met reporters on Monday in Tokyo.\n\n"We will win," Edano said.', "We will win",
     "Yukio Edano"),  # a first line in sentence case is the article's first paragraph
])
def test_a_title_line_in_headline_case_names_only_a_speaker_or_a_given_name(text, quoted, speaker):
    assert attribution(text, quoted).speaker == speaker


def test_a_pronoun_takes_no_namesake_of_the_other_gender():
    text = ('President Trump and Melania Trump, the first lady, welcomed President Emmanuel Macron of France.\n\n'
            'Mr. Trump, who likes to leave his options open, was coy. Aides said he hoped to push back.\n\n'
            '"Nobody knows what I am going to do," he said.\n\n'
            'Mr. Trump said more. "We have made no concessions," he said.')
    assert [attribution(text, words).speaker for words in ("Nobody knows", "We have made")] == ["Trump", "Trump"]


def test_a_given_name_opens_a_sentence_after_a_quotation_that_ended_one():
    text = ('James Murdoch runs the company.\n\n"We agree," said Ben Carson.\n\n'
            'The couple backs "scientific understanding." James has led the work.\n\n'
            'In an essay, he wrote, "We must act."')
    assert attribution(text, "We must act").speaker == "James Murdoch"


@pytest.mark.parametrize("lead", ["As he held out the prospect of a deal with Mr. Kim,",
                                  "When the subject comes up on the campaign trail,",
                                  "While the talks with the company went on,"])
def test_a_subject_after_a_leading_clause_is_the_antecedent(lead):
    text = (f'Carly Fiorina ran the company. "She failed," Barbara Boxer said in a debate.\n\n'
            f'{lead} Fiorina sees herself as a change warrior. Last year, she said that "people who drive change get '
            f'a lot of arrows."')
    assert attribution(text, "people who drive").speaker == "Carly Fiorina"


def test_a_place_read_as_the_subject_of_a_cue_is_no_antecedent():
    # "in New Hampshire, for example, said" once made the state the last person who spoke
    text = ('Trump still has fences to mend. Brian Murphy, the chairman of the Rockingham County GOP in New Hampshire, '
            'for example, said Trump continued to hurt his cause locally. "I do not think it is cut well for him," he '
            'said.')
    assert attribution(text, "I do not think").speaker == "Brian Murphy"


def test_a_full_stop_after_an_initial_ends_the_sentence_before_a_pronoun():
    # "World War Z. He" once read as a person's name, and took Capaldi's quotes
    text = ("Capaldi is the new Doctor. He had a role in the zombie horror World War Z. He's also an Oscar winner. "
            "In a live interview with the BBC Capaldi admitted he had been a fan. He said he used to pretend to be the "
            'Doctor. "Being asked to play the Doctor is a privilege," he said.')
    assert attribution(text, "Being asked").speaker == "he"  # a surname never met in full names no one


def test_a_name_asked_about_is_no_antecedent():
    text = ('"I know them," Donald Trump said, invoking Gov. Chris Christie of New Jersey.\n\n'
            'Asked for quick thoughts about each of the candidates, Mr. Trump played along.\n\n'
            'Governor Christie? “Strong,” he said.')
    assert attribution(text, "Strong").speaker == "Donald Trump"


def test_a_gendered_title_anywhere_in_the_article_tells_the_persons_gender():
    # "Kashiya" is in no list of given names; "Ms. Nwanguma" says she is a woman
    text = ('When Kashiya Nwanguma learned that Donald J. Trump would campaign in Louisville, she printed two signs.\n\n'
            'The moment that Ms. Nwanguma, 21, held up her signs, Mr. Trump paused. Supporters began shoving her, '
            'calling her "leftist scum," she said in an interview.')
    assert attribution(text, "leftist").speaker == "Kashiya Nwanguma"


def test_a_name_far_before_said_and_a_name_set_off_after_it_is_no_subject():
    text = ('Florida Sen. Marco Rubio, Ohio Gov. John Kasich, even Texas Sen. Ted Cruz ― they and others, had they won '
            'the presidency, almost certainly would have stayed in the agreement, said Rick Tyler, a Republican '
            'consultant.\n\n"They probably would have looked at it," he said.')
    assert attribution(text, "They probably").speaker == "Rick Tyler"


def test_a_role_names_the_titled_surname_first_met_with_that_title():
    text = ("North Korea's leader, Kim Jong-un, announced a halt to tests. Mr. Kim is also planning to meet with "
            'President Trump soon.\n\nStill, Mr. Trump welcomed what Mr. Kim said. "This is very good news," the '
            "president said in a Twitter message.")
    assert attribution(text, "This is very").speaker == "Trump"


@pytest.mark.parametrize("after", [", said on CNN.", " — where any impeachment inquiry must begin — said on CNN."])
def test_a_name_before_a_party_of_a_place_and_a_role_is_the_subject(after):
    text = ("“I don’t really like that kind of language,” Representative Jerrold Nadler, Democrat of New York and the "
            f"chairman of the House Judiciary Committee{after}")
    assert attribution(text, "I don’t really").speaker == "Jerrold Nadler"


def test_who_after_a_sentence_that_ends_in_a_name_is_the_name_after_the_stop():
    text = ('"I think Malcolm has been banished," said Peter Capaldi in an interview with Zoe Ball. Capaldi, who '
            'described himself as a "full anorak" fan, admitted he was yet to get his head around it.')
    assert attribution(text, "full anorak").speaker == "Peter Capaldi"  # once "Zoe Ball. Capaldi"


@pytest.mark.parametrize("text,quoted,field,value", [
    ('"We will win," Marco Rubio told Univision.', "We will win", "channel", "Univision"),
    ('"We will win," Bernie Sanders told The Washington Post.', "We will win", "channel", "The Washington Post"),
    ('"We will win," said the DNC.', "We will win", "speaker", "DNC"),
])
def test_the_full_stop_ending_a_sentence_is_no_part_of_a_channel_or_a_speaker(text, quoted, field, value):
    assert getattr(attribution(text, quoted), field) == value


@pytest.mark.parametrize("phrase,kept", [("Univision.", "Univision"), ("CNN.", "CNN"), ("U.S.", "U.S."),
                                         ("Acme Inc.", "Acme Inc."), ("Robert Downey Jr.", "Robert Downey Jr."),
                                         ("J.", "J."), ("Reuters", "Reuters")])
def test_only_a_sentence_stop_is_taken_off_a_phrase(phrase, kept):
    assert channels.without_stop(phrase) == kept


def test_a_conjunction_opening_the_sentence_is_no_part_of_the_subject():
    text = ("Ted Cruz spoke in Buffalo.\n\nBut Cruz would not comment on an order signed “to protect privacy and "
            "equality” for state workers.")
    assert attribution(text, "to protect privacy").speaker == "Ted Cruz"  # once "But Cruz"


def test_a_person_known_by_a_titled_surname_who_speaks_is_a_speaker_a_pronoun_names():
    text = ('WASHINGTON — President Trump met his French counterpart, Emmanuel Macron, on Tuesday.\n\n'
            '"If they restart their nuclear program, they will have bigger problems," Trump said during a meeting '
            'with Macron.\n\nStill, he said, the two countries were "beginning to understand each other."')
    assert attribution(text, "beginning to understand").speaker == "Trump"


@pytest.mark.parametrize("text,quoted,speaker", [
    ("The board noted the Code of Conduct for U.S. judges says that a “judge should not endorse a candidate.”\n\n"
     "While the Democratic presidential candidate declined to comment on whether her comments were appropriate, he "
     "said on ABC he agrees Trump is a \"total opportunist.\"", "total opportunist",
     "the Democratic presidential candidate"),  # as written, no longer the Code of Conduct
    ("Top Republican Party donor Sheldon Adelson said on Friday he met Donald Trump.\n\nWhile the mega donor didn’t "
     "disclose his degree of backing for the front-runner, he did say he found Trump to be “very charming.”",
     "very charming", "Sheldon Adelson"),
])
def test_a_pronoun_after_a_leading_while_clause_takes_up_its_subject(text, quoted, speaker):
    assert attribution(text, quoted).speaker == speaker


def test_a_conjunction_before_a_leading_phrase_leaves_the_name_leading():
    text = ('Hillary Clinton toured the city. "Mayors matter," said Mitchell Moss, a professor.\n\n'
            'But after focusing her attention on issues such as the drug epidemic, Clinton delivered a message Sunday.'
            '\n\n"Our roads and bridges are potholed and crumbling," she said.')
    assert attribution(text, "Our roads").speaker == "Hillary Clinton"


def test_a_name_after_that_is_is_what_a_thing_is_not_a_speaker():
    text = ('Sean Hannity hosts a show.\n\nThree denizens of the hall of mirrors that is Trump World told me they '
            'believed Mr. Hannity wanted a role.\n\n"I cannot not speak my mind," he said.')
    assert attribution(text, "I cannot not").speaker == "Sean Hannity"


def test_a_plural_title_ends_no_sentence():
    # "particularly Govs. Jeb Bush and Chris Christie" once opened a sentence at "Jeb Bush", who took Rubio's "He"
    text = ("Florida Sen. Marco Rubio says he did “great” in the debate.\n\nSpeaking to “CBS This Morning” Monday, "
            "Rubio refrained from attacking his rivals, particularly Govs. Jeb Bush and Chris Christie, who say the "
            "freshman senator lacks experience.\n\nHe dismissed critique of his performance, saying Monday: \"It was "
            'our greatest fundraising night."')
    assert attribution(text, "It was our greatest").speaker == "Marco Rubio"


@pytest.mark.parametrize("text,quoted,speaker", [
    ('Sen. Rand Paul released a video.\n\nNew Jersey Gov. Chris Christie accused Sen. Ted Cruz of opposing the '
     'program. Cruz denied it. "He went for the easy political vote," the New Jersey governor said.', "He went",
     "Chris Christie"),
    ('Sen. Bernie Sanders spoke in Iowa. ' + "He talked about wages for a long time. " * 12 + '\n\nVoters were '
     'tired.\n\nMarco Rubio is running hard in the state. Walking into the office, the senator said his campaign '
     'was "closing really strong."', "closing really", "Marco Rubio"),  # the senator far back is not this one
])
def test_an_abbreviated_title_holds_its_role_for_a_person_of_the_paragraph(text, quoted, speaker):
    assert attribution(text, quoted).speaker == speaker


def test_a_verb_before_a_title_is_no_part_of_a_title_opening_the_sentence():
    text = ('"Iran is behind it," Donald Trump said.\n\nTrump ridiculed former Secretary of State John Kerry for '
            'not addressing other issues.\n\n"The Iran deal is a disaster," he said.')
    assert attribution(text, "The Iran deal").speaker == "Donald Trump"  # once John Kerry


def test_a_name_opening_a_clause_after_but_is_the_antecedent():
    text = ('"He knows exactly what he is doing," said Marco Rubio.\n\nThe moderators were ready to move on, but '
            'Chris Christie was not having it.\n\n"You see, everybody, that is what Washington does," he said.')
    assert attribution(text, "You see").speaker == "Chris Christie"


@pytest.mark.parametrize("title", ["Ms", "Mr", "Mrs", "Dr", "Producer"])
def test_a_title_without_its_stop_is_a_title(title):
    text = f'Leslie Page spoke in London.\n\n"We will win," {title} Page told the BBC.'
    assert (attribution(text, "We will win").speaker, attribution(text, "We will win").speaker_title) \
        == ("Leslie Page", title)  # British style: once the person "Ms Page"; "Producer Moffat" likewise
