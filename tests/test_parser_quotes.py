"""Quotes: the cheap tests of bot/parser/quotes.py never skip a match of the full pattern."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.parser import parse_brief
from bot.parser.lexicon import SPEECH_VERBS
from bot.parser.people import PersonFound, find_people
from bot.parser.quotes import (
    _AFTER_VERB_FIRST,
    _BEFORE_BARRIER,
    _BEFORE_VERB,
    _may_end_with_verb,
    _may_open_with_verb,
    _pronoun_run_start,
    find_quotes,
)

PIECES = [
    *sorted(SPEECH_VERBS)[:12],
    "said",
    "told",
    "he",
    "she",
    "they",
    "also",
    "that",
    "reporters",
    "participants",
    "the",
    "minister",
    "Zhou",
    "unsaid",
    "ministers",
    " ",
    "  ",
    "\n",
    ":",
    ",",
    ".",
    "“",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=12).map(" ".join))
def test_a_head_the_verb_pattern_matches_passes_the_cheap_test(head: str) -> None:
    """Whenever _BEFORE_VERB finds a speaker's verb at the end of a text, the cheap test
    that guards its search says it may."""
    if _BEFORE_VERB.search(head):
        assert _may_end_with_verb(head)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from([*PIECES, "(", "é", "_", "1", "unsaid:"]), max_size=12).map("".join)
)
def test_the_verb_pattern_searched_after_the_barrier_finds_what_it_finds_anywhere(
    head: str,
) -> None:
    """Searching _BEFORE_VERB from after the last character no match can hold gives the
    match (where it starts, its pronoun) that a search of the whole text gives."""
    barrier = _BEFORE_BARRIER.match(head)
    whole = _BEFORE_VERB.search(head)
    after = _BEFORE_VERB.search(head, barrier.end() if barrier else 0)
    assert (after and (after.span(), after.groups())) == (whole and (whole.span(), whole.groups()))


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from([*PIECES, "SAID", "Told", "ſaid", "ınvited"]), max_size=8).map(
        " ".join
    )
)
def test_a_tail_the_verb_first_pattern_matches_passes_the_cheap_test(tail: str) -> None:
    """Whenever _AFTER_VERB_FIRST finds a speech verb opening the text after a quotation, in
    any case, the cheap test that guards it says it may."""
    if _AFTER_VERB_FIRST.match(tail):
        assert _may_open_with_verb(tail)


def test_the_cheap_test_refuses_a_text_that_ends_otherwise() -> None:
    """A head that ends with no speech verb, "that", "reporters" or "the <word>" is refused."""
    assert _may_end_with_verb("the minister said: ")
    assert _may_end_with_verb("she told the press,\n")
    assert not _may_end_with_verb("trade grew by a third.")
    assert not _may_end_with_verb("he said, ;")
    assert _may_open_with_verb(" ,  Said Zhou")
    assert not _may_open_with_verb(", the minister said")


def test_find_quotes_gives_the_speaker_named_before_a_colon() -> None:
    """ "He said:" before a quotation gives the person mentioned last; "They said," none."""
    body = (
        'Minister Aidar Nurov met guests. He said: "Trade grows every single year."\n\n'
        'They said, "All is well here."'
    )
    _, mentions = find_people(body)
    assert [(q.text, q.speaker) for q in find_quotes(body, mentions)] == [
        ("Trade grows every single year", 0),
        ("All is well here", None),
    ]


def _speakers(body: str) -> list[tuple[str, str | None]]:
    people, mentions = find_people(body)
    return [
        (q.text, people[q.speaker].name if q.speaker is not None else None)
        for q in find_quotes(body, mentions)
    ]


def test_a_role_in_lower_case_may_stand_before_the_speaker() -> None:
    body = '"The results are strong and will grow further," ministry spokesperson Ana Berik said.'
    assert _speakers(body) == [("The results are strong and will grow further", "Ana Berik")]


def test_he_after_a_quotation_is_not_someone_named_in_a_relative_clause() -> None:
    body = (
        "Minister Aidar Nurov, who met Ambassador Lena Holm last week, welcomed the plan.\n\n"
        '"Our networks need modernization within five years," he noted.'
    )
    assert _speakers(body) == [
        ("Our networks need modernization within five years", "Aidar Nurov")
    ]


def test_she_after_a_passive_reception_is_the_guest_not_the_host() -> None:
    """ "X was received by Minister Y. “...,” she said": the sentence's subject, the guest,
    not the host named after "by"."""
    body = (
        "Later that day State Secretary Ana Berik was received by Minister of Foreign Affairs "
        "of Ruritania Aldo Varga.\n\n"
        "“We count Ruritania among the friends we hope to visit more often,” she said."
    )
    assert _speakers(body) == [
        ("We count Ruritania among the friends we hope to visit more often", "Ana Berik")
    ]


def test_a_name_in_quotation_marks_is_no_quote() -> None:
    body = 'The sides discussed the "Central Asia plus Partners" Dialogue and its summit.'
    assert _speakers(body) == []


def test_the_office_and_country_after_a_quotation_name_its_holder() -> None:
    body = (
        "President of Chile Pablo Rojas held talks with President of Peru Ana Quispe.\n\n"
        '"We have opened a new page in our relations today," the President of Chile said.'
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="q")
    assert [(q.speaker, q.text) for q in brief.quotes] == [
        ("Pablo Rojas", "We have opened a new page in our relations today")
    ]


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        ("President Pablo Rojas held talks with President of Peru Ana Quispe.", "Ana Quispe"),
        ("King Pablo Rojas received President of Peru Ana Quispe.", "Ana Quispe"),
        (
            "President of Chile Pablo Rojas met Chairman of the Peruvian Chamber of Commerce "
            "Ana Quispe.",
            None,
        ),
        (
            "President Pablo Rojas met President of the Peru Football Federation Ana Quispe.",
            None,
        ),
    ],
)
def test_the_leader_of_a_country_after_a_quotation_is_its_head_of_state(
    opening: str, speaker: str | None
) -> None:
    """ "the Leader of Peru said": the one person of Peru whose title is a head of state's
    (a President of a federation or a Chairman is none)."""
    body = f'{opening}\n\n"Our trade will grow much faster next year," the Leader of Peru said.'
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="q")
    assert [(q.speaker, q.text) for q in brief.quotes] == [
        (speaker, "Our trade will grow much faster next year")
    ]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            'In a toast, Pablo Rojas said the friendship of the two peoples "has deep roots '
            'and a bright future."',
            "Pablo Rojas",
        ),
        (
            'Pablo Rojas said in a post that the talks "opened new horizons for our two '
            'friendly countries."',
            "Pablo Rojas",
        ),
        (
            'Pablo Rojas said Ana Quispe wrote that the talks "opened new horizons for our two '
            'friendly countries."',
            "Ana Quispe",
        ),
        (
            'Pablo Rojas said the talks with Ana Quispe "opened new horizons for our two '
            'friendly countries."',
            None,
        ),
        # the sentence's subject, with another verb before "and" the speech verb
        (
            "Pablo Rojas recalled his own visit to Velmora in June and called the relationship "
            '"a partnership that has passed the test of time".',
            "Pablo Rojas",
        ),
        (
            "Pablo Rojas praised the talks and described the relationship as "
            '"a partnership that has passed the test of time".',
            "Pablo Rojas",
        ),
        (
            "Pablo Rojas's spokesman praised the talks and described the relationship as "
            '"a partnership that has passed the test of time".',
            None,
        ),
    ],
)
def test_a_partial_quotation_in_reported_speech_is_the_reporting_speakers(
    sentence: str, speaker: str | None
) -> None:
    body = f"President Pablo Rojas held talks with President Ana Quispe.\n\n{sentence}"
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="q")
    assert [q.speaker for q in brief.quotes] == [speaker]


def test_a_speaker_named_with_an_apposition_before_the_verb() -> None:
    body = (
        "President Pablo Rojas held talks with President Ana Quispe.\n\n"
        '"Our trade will double within five years," Rojas, the head of the delegation, said.'
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="q")
    assert [(q.speaker, q.text) for q in brief.quotes] == [
        ("Pablo Rojas", "Our trade will double within five years")
    ]


def test_a_speaker_whose_initial_is_written_onto_the_surname() -> None:
    """“...,” P.Rojas said: the initial glued to the surname still names the speaker."""
    body = (
        "President Pablo Rojas held talks with President Ana Quispe.\n\n"
        "“Our trade will double within five years,” P.Rojas said."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="q")
    assert [(q.speaker, q.text) for q in brief.quotes] == [
        ("Pablo Rojas", "Our trade will double within five years")
    ]


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        ("the President said", "Pablo Rojas"),
        ("the Head of State said", "Pablo Rojas"),
        ("the Peruvian President said", "Ana Quispe"),
    ],
)
def test_the_president_of_two_is_the_one_the_brief_is_about_unless_a_nationality_says(
    attribution: str, speaker: str
) -> None:
    """ "the President said" after two Presidents were named: the one the brief is about
    (named first), not the guest named last; "the Peruvian President" is the guest."""
    body = (
        "President Pablo Rojas held talks with President of Peru Ana Quispe.\n\n"
        f"“Our trade will double within five years,” {attribution}."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="q")
    assert [q.speaker for q in brief.quotes] == [speaker]


def test_the_minister_is_no_prime_minister_the_brief_opened_with() -> None:
    """A Prime Minister named first is not "the minister": that stays the minister named."""
    body = (
        "Prime Minister Pablo Rojas received Minister of Trade Ana Quispe.\n\n"
        "“Our trade will double within five years,” the minister said."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="q")
    assert [q.speaker for q in brief.quotes] == ["Ana Quispe"]


def test_he_after_a_sentence_opening_with_he_is_that_sentences_subject() -> None:
    """ "X said A. He said it was agreed with Y. “...,” he told reporters": the quotation's
    "he" is the "He" before it (X), not Y, named last."""
    body = (
        "Trade will double by 2030, Prime Minister Pablo Rojas said.\n\n"
        "He said this was agreed during his meeting with Prime Minister Ana Quispe.\n\n"
        "“Our companies must not wait any longer,” he told reporters."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="q")
    assert [q.speaker for q in brief.quotes] == ["Pablo Rojas"]


def test_he_after_a_sentence_naming_someone_else_as_subject_is_the_one_named_last() -> None:
    """Without a "He" sentence between, "he" is still the person named last."""
    body = (
        "Trade will double by 2030, Prime Minister Pablo Rojas said.\n\n"
        "Prime Minister Ana Quispe agreed.\n\n"
        "“Our companies must not wait any longer,” he told reporters."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="q")
    assert [q.speaker for q in brief.quotes] == ["Ana Quispe"]


@pytest.mark.parametrize(
    ("host", "speaker"),
    [
        ("Chairman of the Senate Pablo Rojas", "Pablo Rojas"),
        # The chairman of a company is nobody's speaker.
        ("Chairman of the Board of Andes Mining Pablo Rojas", "Ana Quispe"),
    ],
)
def test_the_speaker_of_two_presiding_officers_is_the_host_chairman_of_a_chamber(
    host: str, speaker: str
) -> None:
    """ "the speaker said" after a Chairman of the Senate (named first) and a Speaker of a
    parliament (named last): the Chairman presides over a chamber, so he is the speaker the
    brief is about; a company's chairman is not."""
    body = (
        f"{host} held talks with Speaker of the Parliament of Peru Ana Quispe.\n\n"
        "“Our trade will double within five years,” the speaker said."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="q")
    assert [q.speaker for q in brief.quotes] == [speaker]


@pytest.mark.parametrize(
    "lead_in",
    [
        "Quispe, for her part, said:",
        "Quispe, in turn, noted:",
        "Quispe, in her speech, also stressed:",
        "Quispe, for her part, said that",
    ],
)
def test_an_aside_between_the_speaker_and_the_verb_keeps_the_speaker(lead_in: str) -> None:
    """ "X, for her part, said: “...”": the aside between the name and the verb does not hide
    who speaks."""
    body = (
        "President Pablo Rojas held talks with President Ana Quispe.\n\n"
        f"{lead_in} “Our trade will double within five years.”"
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="q")
    assert [q.speaker for q in brief.quotes] == ["Ana Quispe"]


@pytest.mark.parametrize(
    "said",
    [
        "“Our trade will double within five years,” Xinhua quoted Quispe as saying.",
        "“Our trade will double within five years,” Quispe was quoted as saying.",
        "“Our trade will double within five years,” said the Minister of Foreign Affairs of "
        "Peru, Ana Quispe.",
        "Quispe: “Our trade will double within five years.”",
        "Foreign Minister Quispe: “Our trade will double within five years.”",
    ],
)
def test_quoted_as_saying_a_title_and_comma_or_a_line_opening_with_the_name(said: str) -> None:
    """ "quoted X as saying", "X was quoted as saying", "said the Minister of ..., X" and a
    line opening "X: “...”" name the speaker."""
    body = f"President Pablo Rojas held talks with Minister Ana Quispe.\n\n{said}"
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="q")
    assert [q.speaker for q in brief.quotes] == ["Ana Quispe"]


def test_a_name_before_a_colon_inside_a_sentence_is_not_the_speaker() -> None:
    """ "Rojas told Quispe: “...”": Quispe is addressed, not speaking."""
    body = (
        "President Pablo Rojas held talks with Minister Ana Quispe.\n\n"
        "Then Rojas told Quispe: “Our trade will double within five years.”"
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="q")
    assert [q.speaker for q in brief.quotes] == [None]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Quispe described the talks as “open, constructive and very productive”.", "Ana Quispe"),
        ("Quispe praised the reforms, calling the talks “open, constructive and productive”.",
         "Ana Quispe"),
        ("According to Quispe, the talks were “open, constructive and very productive”.",
         "Ana Quispe"),
        ("Quispe spoke first. In her words, the talks were “open, constructive and productive”.",
         "Ana Quispe"),
        # Someone else named between the verb and the quotation: nobody is sure.
        ("According to Quispe, Rojas found the talks “open, constructive and productive”.", None),
        # "which she described as": the one "she" is, the sentence's subject
        ("Quispe said she valued ties with Peru, which she described as “a reliable partner”.",
         "Ana Quispe"),
    ],
)  # fmt: skip
def test_a_partial_quotation_described_or_attributed_at_the_sentence_opening(
    sentence: str, speaker: str | None
) -> None:
    """ "X described the talks as “...”", "..., calling the talks “...”", "According to X,
    the talks were “...”" and "In her words, ..." name who the words are from."""
    body = f"President Pablo Rojas held talks with President Ana Quispe.\n\n{sentence}"
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="q")
    assert [q.speaker for q in brief.quotes] == [speaker]


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        (
            "His Highness Sheikh Ahmed bin Khalid Al Thani, the host, held talks with President "
            "Lena Varga of Chile in Doha.",
            "Ahmed bin Khalid Al Thani",
        ),
        (
            "Emir Ahmed bin Khalid Al Thani held talks with President Lena Varga of Chile in "
            "Doha.",
            "Ahmed bin Khalid Al Thani",
        ),
        (
            "Emir Ahmed bin Khalid Al Thani held talks with King Omar Haddad of Jordan in Doha.",
            None,
        ),
    ],
)
def test_his_highness_after_a_quotation_is_the_ruler_so_styled_or_the_one_monarch(
    opening: str, speaker: str | None
) -> None:
    """ "...,” His Highness said: the one named after "His Highness" before, else the one
    person titled as a monarch (of an Emir and a King, no one)."""
    body = (
        f"{opening}\n\n"
        '"Chile is an important gateway to South America, and we see great opportunities," '
        "His Highness said."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="q")
    assert [(q.speaker, q.text) for q in brief.quotes] == [
        (speaker, "Chile is an important gateway to South America, and we see great opportunities")
    ]


@pytest.mark.parametrize(
    ("said", "speaker"),
    [
        ("said the President of Chile.", "Pablo Rojas"),
        ("said the Leader of Peru.", "Ana Quispe"),
        ("said the President of Bolivia.", None),
    ],
)
def test_the_verb_then_the_office_and_country_name_its_holder(
    said: str, speaker: str | None
) -> None:
    """ "...,” said the President of Chile: the one holding that office of that country (no one
    when no one named is of it)."""
    body = (
        "President of Chile Pablo Rojas held talks with President of Peru Ana Quispe.\n\n"
        f'"We have opened a new page in our relations today," {said}'
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="q")
    assert [(q.speaker, q.text) for q in brief.quotes] == [
        (speaker, "We have opened a new page in our relations today")
    ]


@pytest.mark.parametrize(
    ("said", "speaker"),
    [
        ("the Head of Government of Chile said.", "Ana Quispe"),
        ("the Head of State of Peru said.", "Lena Varga"),
        ("the Head of State of Chile said.", None),
    ],
)
def test_the_head_of_state_or_government_of_a_country_is_its_office_holder(
    said: str, speaker: str | None
) -> None:
    """ "...,” the Head of Government of Chile said: Chile's Prime Minister (Chile's head of
    state is not named: no one)."""
    body = (
        "President of Peru Lena Varga held talks with Prime Minister of Chile Ana Quispe.\n\n"
        f'"Our trade will grow much faster next year," {said}'
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="q")
    assert [(q.speaker, q.text) for q in brief.quotes] == [
        (speaker, "Our trade will grow much faster next year")
    ]


@pytest.mark.parametrize(
    "said",
    [
        "the Chairman of the Cabinet said",
        "the head of the Cabinet said",
        "said the Chairman of the Cabinet",
    ],
)
def test_an_office_without_its_country_names_the_one_person_holding_it(said: str) -> None:
    body = (
        "OSH – Chairman of the Cabinet of Ministers of Kyrgyzstan Azamat Toktobaev met Chinese "
        "Vice Minister of Commerce Li Ping on Monday.\n\n"
        f"“We want Chinese companies to produce goods here and export them,” {said}."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="q")
    assert [q.speaker for q in brief.quotes] == ["Azamat Toktobaev"]


def test_an_office_qualified_by_its_seat_names_the_one_person_holding_it() -> None:
    """ "the palace aide added": the one person whose title ends in "aide"."""
    body = (
        "OSH – King Aldo Varga of Ruritania spoke by phone with Prime Minister of Velmora "
        "Ana Quispe, royal aide Marko Dren told reporters.\n\n"
        "“The two agreed to meet in the spring,” the palace aide added."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="q")
    assert [q.speaker for q in brief.quotes] == ["Marko Dren"]


def test_the_words_of_an_official_brought_in_unnamed_are_nobody_s() -> None:
    body = (
        "OSH – Minister of Energy Azamat Toktobaev held talks with the guests on Monday.\n\n"
        "A senior official, who declined to be named, said the talks had been difficult.\n\n"
        "“Our funds are patient, but they are not charity,” the official said.\n\n"
        "“We will build the plant together,” the Minister said."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="q")
    assert [q.speaker for q in brief.quotes] == [None, "Azamat Toktobaev"]


def test_words_someone_was_told_are_the_teller_s() -> None:
    body = (
        "President of Kyrgyzstan Almaz Toktobaev held a phone call with Prime Minister of the "
        "Netherlands Jan de Vries on Monday.\n\n"
        '"We must turn this trust into new joint projects," de Vries was told by the President.'
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="q")
    assert [q.speaker for q in brief.quotes] == ["Almaz Toktobaev"]


@pytest.mark.parametrize("dash", ["–", "—", "-"])
def test_a_dash_before_the_speech_verb_and_the_speaker(dash: str) -> None:
    body = (
        "OSH – Minister of Energy Azamat Toktobaev met Minister of Trade of India Raj Verma.\n\n"
        f"“We will double trade within five years,” {dash} said Raj Verma."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="q")
    assert [q.speaker for q in brief.quotes] == ["Raj Verma"]


def test_a_caption_line_with_name_and_office_over_the_words_names_their_speaker() -> None:
    body = (
        "Kyrgyzstan and India plan to double their trade. The ministers met in Osh on Monday.\n\n"
        "Azamat Toktobaev, Minister of Agriculture of the Kyrgyz Republic:\n"
        '"India is a market of a billion people. Our task is to supply it for many years."\n\n'
        "Exporters say the route through the Gulf could cut the time by two weeks.\n\n"
        "Raj Verma, Minister of Trade of India:\n"
        '"We want to learn how Kyrgyzstan grows wheat in dry mountain valleys."'
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="q")
    assert [q.speaker for q in brief.quotes] == ["Azamat Toktobaev", "Raj Verma"]


def test_a_sentence_ending_in_a_colon_over_the_words_is_no_caption() -> None:
    body = (
        "OSH – Minister of Energy Azamat Toktobaev met the guests, and a guest from India, "
        "whose name was not given, told the meeting:\n"
        '"We want to learn how Kyrgyzstan grows wheat in dry mountain valleys."'
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="q")
    assert [q.speaker for q in brief.quotes] == [None]


def test_words_quoted_in_what_he_added_are_his() -> None:
    body = (
        "OSH – Foreign Minister of Sylvania Bo Tan met President of Kyrgyzstan Azamat Toktobaev "
        "on Monday.\n\n"
        '"Sylvania is ready to open its ports to Kyrgyz cargo," Bo Tan said.\n\n'
        "He added that trade stood at $76 million last year, a figure that "
        '"does not match the will of the two nations", and proposed a target.'
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="q")
    assert [q.speaker for q in brief.quotes] == ["Bo Tan", "Bo Tan"]


@pytest.mark.parametrize(
    "before",
    [
        "signed a joint declaration on a",
        "approved the programme entitled",
        "launched a plan called",
    ],
)
def test_the_quoted_name_of_a_document_or_programme_is_no_quotation(before: str) -> None:
    body = (
        f"OSH – The five presidents {before} “regional partnership for raw materials, energy "
        "and connectivity” on Monday."
    )
    assert parse_brief(f"date 2024-03-06\n{body}\n", brief_id="q").quotes == ()


def test_an_office_of_mixed_case_between_the_words_and_the_name_names_the_speaker() -> None:
    body = (
        "OSH – Minister of Energy Azamat Toktobaev met the guests on Monday.\n\n"
        '"Our neighbours must settle these questions themselves," Kremlin spokesman '
        "Ivan Petrov told reporters in Moscow.\n\n"
        '"The plant will light half a million homes," Sylvanian Ambassador to Kyrgyzstan '
        "Bo Tan said at the ceremony."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="q")
    assert [q.speaker for q in brief.quotes] == ["Ivan Petrov", "Bo Tan"]


def test_the_ceo_after_the_words_is_the_chief_executive_officer() -> None:
    body = (
        "OSH – President Azamat Toktobaev received Chief Executive Officer of Nag Minerals "
        "Bo Tan on Monday.\n\n"
        "“Our board approved the second phase of investment this year,” the CEO said."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="q")
    assert [q.speaker for q in brief.quotes] == ["Bo Tan"]


def test_the_run_of_he_sentences_before_a_quotation_starts_at_the_first() -> None:
    """The sentences opening with "He"/"She" right before a quotation are one run; without
    one the run starts at the quotation itself."""
    body = "Aidar Nurov met guests. He said it was agreed. She agreed. “It works,” he said."
    at = body.index("“")
    assert _pronoun_run_start(body, at) == body.index("He said")
    plain = "Aidar Nurov met guests. The plan was agreed. “It works,” he said."
    assert _pronoun_run_start(plain, plain.index("“")) == plain.index("“")


def test_he_after_a_sentence_naming_the_subject_s_counterpart_is_the_subject() -> None:
    """ "The minister said it was agreed with his counterpart Y. “...,” he told reporters":
    "he" is the minister, not the counterpart the sentence names after him."""
    body = (
        "OSH – Foreign Minister Pablo Rojas of Peru said trade will double by 2030.\n\n"
        "The Foreign Minister said this was agreed during his meeting with his Chilean "
        "counterpart Ana Quispe in Lima on Monday.\n\n"
        "“Our companies must not wait any longer,” he told reporters."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="q")
    assert [q.speaker for q in brief.quotes] == ["Pablo Rojas"]


def test_the_office_as_written_outranks_another_word_for_presiding() -> None:
    """ "the Chairwoman of the Senate said" is the Senate's chairwoman, not the chairman of
    one of its committees."""
    body = (
        "Chairwoman of the Senate Ana Quispe received a delegation led by Pablo Rojas. "
        "Chairman of the Senate Committee on Foreign Affairs Luis Soto took part.\n\n"
        "“Our companies must not wait any longer to invest,” the Chairwoman of the Senate said."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="q")
    assert [q.speaker for q in brief.quotes] == ["Ana Quispe"]


def test_two_offices_joined_by_a_slash_between_the_verb_and_the_name() -> None:
    body = (
        "High Representative/Vice-President Ana Quispe received Pablo Rojas in Lima.\n\n"
        "“Our companies must not wait any longer to invest,” said High Representative/"
        "Vice-President Quispe."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="q")
    assert [q.speaker for q in brief.quotes] == ["Ana Quispe"]


@pytest.mark.parametrize(("opener", "closer"), [('"', '"'), ("“", "”")])
def test_a_statement_going_on_without_reopening_its_mark_is_one_quotation(
    opener: str, closer: str
) -> None:
    """A statement quoted over two paragraphs whose second goes on without reopening the mark
    and closes it at its end is one quotation, of the one who issued it."""
    body = (
        "OSH – Foreign Minister Pablo Rojas met Ana Quispe on Monday.\n\n"
        "After the talks, Minister Rojas released the following statement:\n\n"
        f"{opener}Our two ports will handle twice the grain by next spring.\n\n"
        f"The new rail ferry starts in May.{closer}\n"
    )
    brief = parse_brief(f"date 2024-03-06\n{body}", brief_id="q")
    assert [(q.speaker, q.text) for q in brief.quotes] == [
        (
            "Pablo Rojas",
            "Our two ports will handle twice the grain by next spring. The new rail ferry "
            "starts in May",
        )
    ]


def test_a_paragraph_after_an_unclosed_mark_that_quotes_again_ends_the_first() -> None:
    """An unclosed mark is no quotation when the next paragraph opens a quotation of its own
    inside its text."""
    body = (
        'OSH – Foreign Minister Pablo Rojas met Ana Quispe on Monday. "It is a good day.\n\n'
        'Trade will grow, Rojas said: "We will build new roads together."\n'
    )
    brief = parse_brief(f"date 2024-03-06\n{body}", brief_id="q")
    assert [q.text for q in brief.quotes] == ["We will build new roads together"]


@pytest.mark.parametrize(
    "line",
    [
        "“Our companies must not wait any longer,” Rojas posted on X.",
        "Rojas tweeted: “Our companies must not wait any longer.”",
    ],
)
def test_words_posted_or_tweeted_are_the_poster_s(line: str) -> None:
    body = (
        "OSH – Foreign Minister Pablo Rojas of Peru met Chilean Foreign Minister Ana Quispe on "
        f"Monday.\n\n{line}"
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="q")
    assert [q.speaker for q in brief.quotes] == ["Pablo Rojas"]


@pytest.mark.parametrize(
    ("after", "quotes"),
    [
        # A name qualifying the noun after it is no quotation, whoever the sentence reports.
        (" tourist cluster.", []),
        # A short quotation followed by its speaker stays.
        (" he said.", ["Osh – Health Resort"]),
    ],
)
def test_a_quoted_name_qualifying_the_noun_after_it_is_no_quotation(
    after: str, quotes: list[str]
) -> None:
    body = (
        "OSH – Foreign Minister Pablo Rojas met Ana Quispe on Monday.\n\n"
        f'He invited investors to take part in the development of the "Osh – Health Resort"{after}'
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="q")
    assert [q.text for q in brief.quotes] == quotes


def test_a_statement_over_many_paragraphs_without_marks_between_is_one_quotation() -> None:
    """ "...said:" then a mark opened in the first paragraph and closed at the end of the
    last: one quotation over all of them."""
    body = (
        "PM meeting with Prime Minister Ana Quispe\n\nA Sylvan Palace spokesperson said:\n\n"
        '"The Prime Minister welcomed Prime Minister Ana Quispe this morning.\n\n'
        "The leaders discussed energy.\n\nThey discussed security.\n\n"
        'They agreed to meet again next year."'
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="q")
    assert [(q.speaker, q.text) for q in brief.quotes] == [
        (
            None,
            "The Prime Minister welcomed Prime Minister Ana Quispe this morning. The leaders "
            "discussed energy. They discussed security. They agreed to meet again next year",
        )
    ]


def test_a_mark_left_open_before_a_paragraph_with_a_mark_makes_no_quotation() -> None:
    """An opened mark that no paragraph closes at its end gives no quotation over them."""
    body = (
        "OSH – Foreign Minister Pablo Rojas met Chilean Foreign Minister Ana Quispe on "
        "Monday.\n\n"
        '"The talks went well, Rojas wrote.\n\nThey discussed energy.\n\n'
        'Quispe said: "We are ready to invest in the region now."'
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="q")
    assert [(q.speaker, q.text) for q in brief.quotes] == [
        ("Ana Quispe", "We are ready to invest in the region now")
    ]


def test_quotations_of_a_release_s_quotes_section_are_its_minister_s() -> None:
    """ "Quotes attributable to Minister X:" above two quotations, and a quotation signed on
    the line under it ("- The Honourable X, Minister of ..."), name their speaker."""
    attributed = (
        "OSH – Foreign Minister Pablo Rojas met Ana Quispe on Monday.\n\n"
        "Quotes attributable to Minister for Foreign Affairs, Senator the Hon Pablo Rojas:\n\n"
        '"Osh and Lima are partners, and our partnership shows what we can do."\n\n'
        '"The investments we make today will keep our communities connected."'
    )
    signed = (
        "OSH – Foreign Minister Pablo Rojas met Ana Quispe on Monday.\n\nQuotes\n\n"
        '"Peru is proud to stand with its partners so that young people can learn."\n'
        "- Pablo Rojas, Minister of Foreign Affairs\n\nQuick facts"
    )
    for body, count in ((attributed, 2), (signed, 1)):
        brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="q")
        assert [q.speaker for q in brief.quotes] == ["Pablo Rojas"] * count


@pytest.mark.parametrize(
    ("spelled", "speaker"),
    [
        # The office written out with its initials right after the name.
        ("General Pablo Rojas, Chief of Army Staff (COAS), met Ana Quispe.", "Pablo Rojas"),
        # The initials far from any name give no speaker.
        ("The Chief of Army Staff (COAS) is appointed by the President.", None),
    ],
)
def test_a_quotation_given_to_an_office_s_initials_is_its_holder_s(
    spelled: str, speaker: str | None
) -> None:
    body = (
        "OSH – Foreign Minister Pablo Rojas met Chilean Foreign Minister Ana Quispe on "
        f"Monday.\n\n{spelled}\n\n"
        '"Peace in the region is vital for both our countries and for the world," the COAS '
        "remarked."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="q")
    assert [q.speaker for q in brief.quotes] == [speaker]


def test_a_partial_quotation_ending_a_long_reported_sentence_is_its_speaker_s() -> None:
    """The speech verb of a sentence may stand far before the quoted words that end it."""
    body = (
        "OSH – Foreign Minister Pablo Rojas met Chilean Foreign Minister Ana Quispe on "
        "Monday.\n\nSecretary of State in the Ministry of Economy Pablo Rojas said that "
        "bilateral trade had reached 1.3 billion dollars last year, three quarters of which "
        "was crude oil delivered to the refineries of the coast, and that Peru wanted to "
        '"rebalance this relationship with more goods and services".'
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="q")
    assert [q.speaker for q in brief.quotes] == ["Pablo Rojas"]


def test_an_office_after_a_comma_in_a_long_title_names_its_holder() -> None:
    """ "...,” the President of Peru said: the one whose title ends ", President"."""
    body = (
        "LIMA – Founder of the Nation, President Pablo Rojas of Peru met Chilean Foreign "
        "Minister Ana Quispe on Monday.\n\n"
        "“Peru has rich resources and we invite Chilean companies to invest,” the President "
        "of Peru said."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="q")
    people = {p.name: p.title for p in brief.people}
    assert people["Pablo Rojas"] == "Founder of the Nation, President"
    assert [q.speaker for q in brief.quotes] == ["Pablo Rojas"]


@pytest.mark.parametrize(
    ("above", "speaker"),
    [
        # The paragraph above closes by reporting what she said.
        ("Asked about exports, she said Peru remained a net importer in winter.", "Ana Quispe"),
        ("Quispe said Peru remained a net importer in winter.", "Ana Quispe"),
        # The paragraph above reports no one's words.
        ("Peru remained a net importer in winter.", None),
    ],
)
def test_a_quotation_standing_alone_under_reported_speech_is_that_speaker_s(
    above: str, speaker: str | None
) -> None:
    body = (
        "OSH – Foreign Minister Pablo Rojas met Chilean Foreign Minister Ana Quispe on "
        "Monday.\n\nRojas welcomed the talks.\n\nQuispe spoke about energy.\n\n"
        f"{above}\n\n"
        '"We will not export a single kilowatt we cannot guarantee at home."'
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="q")
    assert [q.speaker for q in brief.quotes] == [speaker]


@pytest.mark.parametrize(
    ("spelled", "speaker"),
    [
        # The office written once, the holder's name right after it.
        (
            "In her remarks, the AUC Commissioner for Trade and Industry, H.E. Ambassador "
            "Ana Quispe, praised the forum.",
            "Ana Quispe",
        ),
        # The office written before another sentence names someone: no speaker.
        ("The Commissioner was absent. Ana Quispe praised the forum.", None),
    ],
)
def test_a_quotation_given_to_an_office_written_once_is_its_holder_s(
    spelled: str, speaker: str | None
) -> None:
    body = (
        "DAKAR – The forum closed on Thursday.\n\n"
        f"{spelled}\n\n"
        "“Africa is offering the Gulf a partnership of equals,” the Commissioner said."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="q")
    assert [q.speaker for q in brief.quotes] == [speaker]


@pytest.mark.parametrize(
    ("after", "speaker"),
    [
        # A capital "He" inside the sentence is the surname of Vice Premier He Lin.
        (" He said at the meeting.", "He Lin"),
        # A lower-case "he" is the pronoun: the last person named.
        (" he said at the meeting.", "Tamar Beridze"),
    ],
)
def test_a_capital_he_after_a_quotation_is_the_surname_he(after: str, speaker: str) -> None:
    body = (
        "TBILISI – Chinese Vice Premier He Lin met Georgian Prime Minister Davit Kobalia on "
        "Monday.\n\nGeorgian Economy Minister Tamar Beridze attended the talks.\n\n"
        '"The free trade agreement has opened the door of our market to your wine,"'
        f"{after}"
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="q")
    assert [q.speaker for q in brief.quotes] == [speaker]


def test_an_office_holder_found_after_the_quotation_keeps_it_despite_an_unnamed_one_before() -> (
    None
):
    """ "...,” the chairman said: the one Chairman among the people speaks, even when the text
    spoke of "a new chairman" before (that is no unnamed official standing in for him)."""
    body = (
        "The board will elect a new chairman in the spring.\n\n"
        "“We will double our exports within five years,” the chairman said."
    )
    people = [PersonFound(name="Aidar Nurov", title="Chairman of the Board", country="Kazakhstan")]
    assert [(q.text, q.speaker) for q in find_quotes(body, [], people)] == [
        ("We will double our exports within five years", 0)
    ]


def test_a_profile_s_present_tense_verb_and_its_next_quotation_name_the_speaker() -> None:
    """“...,” she laughs: the woman named before; the quotation after it in the paragraph
    goes on with her words."""
    body = (
        "Harbour's trade envoy, Mara Quill, pins a faded port map above her desk. "
        '"Every red line was a ferry route once," she smiles. "I want four of them back."'
    )
    assert _speakers(body) == [
        ("Every red line was a ferry route once", "Mara Quill"),
        ("I want four of them back", "Mara Quill"),
    ]


def test_an_interviewee_quoting_their_own_words_is_the_answer_s_speaker() -> None:
    """An answer labelled "<Name>:" in which "I said ..." introduces the quotation is the
    interviewee's; a saying the answer gives to someone unnamed is nobody's."""
    body = (
        "Harbour Review: Where do the ferry talks stand?\n\n"
        "Quill: Both ports signed a letter of intent in May. I told the board then, and I tell "
        'you today: "Ferries earn their keep in winter, not in summer."\n\n'
        "Harbour Review: Who pays for the new pier?\n\n"
        'Quill: Partly the towns. Our mayor keeps repeating, "Nobody builds a pier for a '
        'single boat," and he has a point.'
    )
    text = "Consul Mara Quill spoke to us last week.\n\n" + body
    people, mentions = find_people(text)
    assert [
        (q.text, people[q.speaker].name if q.speaker is not None else None)
        for q in find_quotes(text, mentions)
    ] == [
        ("Ferries earn their keep in winter, not in summer", "Mara Quill"),
        ("Nobody builds a pier for a single boat", None),
    ]


def test_a_circumstance_naming_someone_else_between_the_verb_and_the_quotation() -> None:
    """ "As X said during his meeting with the Sylvan Minister, “...”": X's words; "X said Y
    told him “...”" stays nobody's to guess."""
    body = (
        "Trade Minister of Freedonia Teo Varga came to Harbourton on Monday.\n\n"
        "As Foreign Minister Mara Quill said at her talks with Minister Teo Varga, "
        '"two ports that trust each other need half the paperwork."'
    )
    brief = parse_brief(f"date 2027-03-03\n{body}\n", brief_id="q")
    assert [(q.speaker, q.text) for q in brief.quotes] == [
        ("Mara Quill", "two ports that trust each other need half the paperwork")
    ]


@pytest.mark.parametrize(
    ("verb", "speaker"),
    [("later said,", "Ana Berik"), ("then wrote:", "Ana Berik"), ("plainly said,", "Ana Berik")],
)
def test_an_adverb_between_the_speaker_and_the_verb(verb: str, speaker: str) -> None:
    """ "In a post on X, Berik later said, “...”": the name before the adverb speaks."""
    body = (
        "Minister Ana Berik met Bo Tan in Freetown.\n\n"
        f'In a post on X, Berik {verb} "Productive talks today. Agreed to set up a group."'
    )
    assert _speakers(body) == [("Productive talks today. Agreed to set up a group", speaker)]


def test_the_body_s_chairman_after_a_quotation_is_the_chairman_of_that_body() -> None:
    """ "...," the Committee Chairman stressed: the Chairman of the Committee (on ...) named
    above, not the deputy chairwoman of the same committee."""
    body = (
        "Chairman of the Committee on Budget and Finance of the Senate of Chile Pablo Rojas Diaz"
        " received Ambassador of Japan Kenji Sato. Deputy Chairwoman of the Committee Ana Mora"
        ' attended.\n\n"The Senate will pass the treaty this year," the Committee Chairman'
        " stressed.\n"
    )
    brief = parse_brief(f"date 2024-05-10\n{body}", brief_id="chair")
    assert [(q.text, q.speaker) for q in brief.quotes] == [
        ("The Senate will pass the treaty this year", "Pablo Rojas Diaz")
    ]


def test_the_office_said_is_the_holder_named_before_not_a_past_one_named_after() -> None:
    text = (
        "Chilean Minister of Mining Luis Pardo arrived on Monday.\n\n"
        '"Our cooperation is growing fast," the Minister of Mining said.\n\n'
        "The last such visit was made by then Minister of Mining Jorge Vidal in 2015."
    )
    brief = parse_brief(text, brief_id="q")
    assert [q.speaker for q in brief.quotes] == ["Luis Pardo"]


def test_a_speaker_quoted_by_someone_as_telling_another() -> None:
    text = (
        "President Ana Soto received Foreign Minister of Peru Luis Pardo on Tuesday.\n\n"
        '"Our two countries can build a supply chain together," Soto was quoted by a '
        "Peruvian official as telling Pardo."
    )
    brief = parse_brief(text, brief_id="q")
    assert [q.speaker for q in brief.quotes] == ["Ana Soto"]


@pytest.mark.parametrize("before", ["the 47-year-old", "the veteran"])
def test_a_quote_closed_by_the_speakers_age_and_surname_is_theirs(before: str) -> None:
    """'"...," the 47-year-old Lopes told journalists': the age before the surname is a
    description, as "the veteran" is; the speaker is Lopes."""
    body = (
        "LIMA – Minister of Economy Ana Lopes and Chilean Deputy Prime Minister Pablo Rojas "
        "co-chaired the commission in Lima on Wednesday.\n\nLopes said trade grew.\n\n"
        '"Peru is open for business. The numbers show that both markets are growing," '
        f"{before} Lopes told journalists after the session."
    )
    brief = parse_brief(f"date 2026-11-25\n{body}\n", brief_id="age")
    assert [q.speaker for q in brief.quotes] == ["Ana Lopes"]


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        ("Lopes thanked Peru for its solidarity and said:", "Ana Lopes"),
        ("Lopes’ spokesman thanked Peru and said:", None),
        ("Lopes met Rojas and said:", None),
    ],
)
def test_a_quote_after_and_said_is_the_sentences_one_subjects(
    opening: str, speaker: str | None
) -> None:
    """ "X thanked Peru for its support and said: “...”": X, the subject and the one person the
    sentence names, said it; not when another is named, nor of "X's spokesman"."""
    body = (
        "LIMA – President Ana Lopes and Chilean President Pablo Rojas held talks in Lima on "
        f"Tuesday.\n\n{opening} “We agreed on a new chapter in our shared history.”"
    )
    brief = parse_brief(f"date 2026-11-25\n{body}\n", brief_id="andsaid")
    assert [q.speaker for q in brief.quotes] == [speaker]


@pytest.mark.parametrize(
    "count",
    [
        "The visit is the first by a Ruritanian chancellor to Velmora in nine years.",
        "It was the first visit of a chancellor to Velmora since 2010.",
    ],
)
def test_a_holder_of_the_office_counted_in_a_first_visit_is_no_unnamed_official(
    count: str,
) -> None:
    """ "the first (visit) by a chancellor in nine years": any holder of the office, in a
    count of visits; "the chancellor told reporters" below is still the one named."""
    body = (
        "Ruritanian Chancellor Aldo Varga and Velmoran President Piet Kansky held talks in "
        f"Velmora on Monday.\n\n{count}\n\n"
        "“We want to widen our supply of grain and timber,” the chancellor told reporters."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="q")
    assert [q.speaker for q in brief.quotes] == ["Aldo Varga"]


@pytest.mark.parametrize(
    ("clause", "speaker"),
    [
        ("that she had raised", "Mara Quill"),
        ("that Minister Teo Varga had raised", None),
    ],
)
def test_a_circumstance_before_that_and_the_speakers_pronoun(
    clause: str, speaker: str | None
) -> None:
    """ "X told reporters after her meeting with Y that she had raised “...”": the one named
    in the circumstance is no speaker; the pronoun opening the clause is X's. A name opening
    the clause leaves the words nobody's to guess."""
    body = (
        "Foreign Minister Mara Quill met Trade Minister of Freedonia Teo Varga on Monday.\n\n"
        f"Quill told reporters after her meeting with Varga {clause} "
        '"the price of ferry tickets" but gave no details.'
    )
    brief = parse_brief(f"date 2027-03-03\n{body}\n", brief_id="q")
    assert [(q.speaker, q.text) for q in brief.quotes] == [(speaker, "the price of ferry tickets")]


@pytest.mark.parametrize(("closing", "speaker"), [(',"', "Aldo Varga"), ('."', None)])
def test_an_attribution_on_the_line_under_a_quote_left_open_by_its_comma_names_the_speaker(
    closing: str, speaker: str | None
) -> None:
    """ "“...,”\\nMr. X said.": a paragraph broken inside its sentence, the comma before the
    closing mark leaving it open; a quotation closed by a full stop ends its sentence."""
    brief = parse_brief(
        "date 2027-03-02\n\nDeputy Prime Minister Aldo Varga met Minister Osric Lune in "
        "Velmora on Tuesday.\n\n"
        f'"Our ports will stay open all winter, and the grain will keep moving{closing}'
        "\nMr. Varga said.\n\nTrade grew.\n",
        brief_id="broken",
    )
    assert [q.speaker for q in brief.quotes] == [speaker]


@pytest.mark.parametrize("said", ["His Highness said,", "His Highness also said:"])
def test_a_style_of_address_as_the_subject_is_the_one_first_named_with_it(said: str) -> None:
    """ "The Emir, His Highness Sheikh X, received Y ... His Highness said, “...”": the style
    stands for the one it was given to; a style no one was given names no one."""
    brief = parse_brief(
        "date 2027-03-02\n\nThe Emir, His Highness Sheikh Hamad bin Salim Al Varga, received "
        "Prime Minister Osric Lune of Ruritania at the palace in Velmora on Sunday.\n\n"
        f'{said} "Ruritania is a key partner of ours, and our ties grow every year."\n',
        brief_id="styled",
    )
    assert [q.speaker for q in brief.quotes] == ["Hamad bin Salim Al Varga"]


def test_a_style_of_address_given_to_no_one_named_names_no_speaker() -> None:
    """ "His Majesty said" in a text that styles no one so: no speaker."""
    brief = parse_brief(
        "date 2027-03-02\n\nPresident Osric Lune of Ruritania held talks with Minister Aldo "
        'Varga in Velmora.\n\nHis Majesty said, "Ruritania is a key partner of ours."\n',
        brief_id="unstyled",
    )
    assert [q.speaker for q in brief.quotes] == [None]


def test_the_one_addressed_before_he_said_is_not_the_speaker() -> None:
    """ "Y said A. Addressing the Chilean leader, he said: “...”": Y speaks to the leader."""
    brief = parse_brief(
        "date 2025-03-14\nChilean President Aldo Varga held talks with Norwegian President Ivo "
        "Brant in Kestrel on Friday.\n\nIvo Brant said Norway hoped to import extra Chilean "
        'grain. Addressing the Chilean leader, he said: "Our ports are open to you."\n',
        brief_id="addressing",
    )
    assert [q.speaker for q in brief.quotes] == ["Ivo Brant"]
