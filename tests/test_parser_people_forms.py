"""People named in the forms of outlets far from the seed: long Iberian names, plural
offices before two names, honorific chains, speaker heads."""

from __future__ import annotations

import pytest

from bot.parser.people import find_people
from bot.parser.quotes import find_quotes


def people_of(text: str) -> list[tuple[str, str | None, str | None]]:
    people, _ = find_people(text)
    return [(p.name, p.title, p.country) for p in people]


def speakers_of(text: str) -> list[str | None]:
    people, mentions = find_people(text)
    return [
        None if q.speaker is None else people[q.speaker].name
        for q in find_quotes(text, mentions, people)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "President Ivo Bran met his Portuguese counterpart, Marcelo Duarte Vaz dos Reis, "
            "in Lisbon.",
            [
                ("Ivo Bran", "President", None),
                ("Marcelo Duarte Vaz dos Reis", "President", "Portugal"),
            ],
        ),
        (
            "The Minister of Trade, Ana Cecilia Ortiz Ruiz, said the deal was ready.",
            [("Ana Cecilia Ortiz Ruiz", "Minister of Trade", None)],
        ),
        (
            "The Governor of the Central Bank, Pedro Pablo Lara Soto, spoke.",
            [("Pedro Pablo Lara Soto", "Governor of the Central Bank", None)],
        ),
    ],
)
def test_a_name_of_four_words_after_an_office_and_a_comma_is_whole(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """Two given names and two surnames, or a name with "da"/"dos" in it, between an office's
    comma and the next comma are all one name."""
    assert people_of(text) == expected


def test_a_plural_counterparts_gives_each_name_the_office_and_its_country() -> None:
    text = (
        "Prime Minister Ola Dahl met his Kenyan and Ghanaian counterparts, Ruth Wanjiru and "
        "Kofi Mensah, in Oslo."
    )
    assert people_of(text)[1:] == [
        ("Ruth Wanjiru", "Prime Minister", "Kenya"),
        ("Kofi Mensah", "Prime Minister", "Ghana"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "At the talks, the Foreign Ministers of both countries, Jan Kowal and Petr Novak, "
        "signed the plan.",
        "At the talks, the Foreign Ministers of the two countries Jan Kowal and Petr Novak "
        "signed the plan.",
    ],
)
def test_an_office_held_by_both_sides_goes_to_each_name(text: str) -> None:
    """ "the Ministers of both countries, X and Y": each holds the office (singular)."""
    assert [(name, title) for name, title, _ in people_of(text)] == [
        ("Jan Kowal", "Foreign Minister"),
        ("Petr Novak", "Foreign Minister"),
    ]


def test_a_room_named_after_a_council_of_ministers_is_no_one() -> None:
    text = "The delegations met in the Council of Ministers Hall, where they signed a plan."
    assert people_of(text) == []


def test_a_place_before_the_office_is_no_part_of_the_title() -> None:
    text = (
        "The President received at the Palace of Culture the Prime Minister of Estonia, "
        "Kaja Tamm, on Monday."
    )
    assert people_of(text) == [("Kaja Tamm", "Prime Minister", "Estonia")]


def test_a_nickname_given_with_known_as_names_its_bearer_later() -> None:
    text = (
        "President Ola Dahl met Prime Minister Abdullahi Warsame in Oslo.\n\n"
        "Warsame, popularly known as Farmajo, is on a two-day visit.\n\n"
        '"Our ports are open to Norwegian investors," Farmajo said.'
    )
    assert speakers_of(text) == ["Abdullahi Warsame"]


def test_the_first_of_two_surnames_after_two_given_names_names_the_speaker() -> None:
    text = (
        "Foreign Minister Hugo Andres Pinto Lagos announced the visit.\n\n"
        '"This visit opens a new stage in our relations with Asia," Pinto said.'
    )
    assert speakers_of(text) == ["Hugo Andres Pinto Lagos"]


def test_a_partial_quotation_after_a_closed_quotation_is_the_next_sentences_speaker() -> None:
    text = (
        "President Jana Kowal spoke with Prime Minister Ola Dahl on Monday.\n\n"
        'Dahl, writing on his official account, said that Kowal had "agreed to reopen the '
        'crossing." Later, Kowal clarified that her position "is to keep trade flowing, not to '
        'close borders."'
    )
    assert speakers_of(text) == ["Ola Dahl", "Jana Kowal"]


def test_an_irish_office_and_member_letters_leave_the_name_whole() -> None:
    text = (
        "The Taoiseach, Brendan Keogh TD, today welcomed the Tánaiste and Minister for "
        "Finance, Siobhan Nolan TD.\n\n"
        '"We have a full agenda for the spring and the summer," the Taoiseach said.'
    )
    assert people_of(text) == [
        ("Brendan Keogh", "Taoiseach", "Ireland"),
        ("Siobhan Nolan", "Tánaiste and Minister for Finance", "Ireland"),
    ]
    assert speakers_of(text) == ["Brendan Keogh"]


def test_a_contact_name_alone_on_its_line_takes_the_office_below() -> None:
    text = (
        "The minister will visit Lima next week.\n\n"
        "Contact\n"
        "Maria Berg\n"
        "Press Secretary to the Minister for Trade\n"
        "Phone +46 8 405 10 00"
    )
    assert people_of(text) == [("Maria Berg", "Press Secretary", None)]


def test_a_generational_suffix_leaves_the_surname_for_later_mentions() -> None:
    text = (
        "President Roberto M. Santos Jr. met Prime Minister Ola Dahl in Manila.\n\n"
        '"We are grateful for the support of Norway in these hard times," Santos told Dahl.'
    )
    assert speakers_of(text) == ["Roberto M. Santos Jr"]


def test_he_after_a_sentence_is_its_subject_not_the_one_named_after_its_verb() -> None:
    text = (
        "Prime Minister Ola Dahl met President Jana Kowal in Oslo.\n\n"
        "Dahl, for his part, assured President Kowal that Norway would keep its pledge.\n\n"
        '"Norway is ready to be a stable and long-term partner of your country," he said.'
    )
    assert speakers_of(text) == ["Ola Dahl"]


def test_a_plural_verb_of_a_title_case_headline_is_no_name() -> None:
    text = (
        "HH the Sultan, Chilean President Hold Official Talks\n\n"
        "MUSCAT, May 3 (ONA) - His Majesty Sultan Haitham bin Tarik and HE President of the "
        "Republic of Chile Jorge Pavez Olmos held official talks on Monday."
    )
    assert [name for name, _, _ in people_of(text)] == ["Haitham bin Tarik", "Jorge Pavez Olmos"]
    assert people_of(text)[1][1] == "President"  # "HE", His Excellency, is no office


def test_a_ruler_named_by_given_name_and_regnal_number_is_the_one_named_in_full() -> None:
    text = (
        "The President received a call from King Hamad II bin Salem of Bahrain.\n\n"
        "The spokesman said King Hamad II praised the efforts of the mediators."
    )
    assert [name for name, _, _ in people_of(text)] == ["Hamad II bin Salem"]


def test_an_airline_opening_with_air_is_no_one() -> None:
    assert people_of("He said Royal Air Lusitania would add two flights a week.") == []


def test_a_korean_name_with_a_hyphened_given_name_is_someone_without_an_office() -> None:
    text = (
        "President Yoon Suk-yeol thanked the guests for bringing home the remains of "
        "independence fighter Choi Jae-hyung on Sunday."
    )
    assert [name for name, _, _ in people_of(text)] == ["Yoon Suk-yeol", "Choi Jae-hyung"]


def test_a_countrys_leader_holds_the_office_named_for_that_country_elsewhere() -> None:
    text = (
        "Kyrgyz leader Almazbek Orunbaev held talks with Prime Minister Ola Dahl, the Kyrgyz "
        "president's press service said."
    )
    assert people_of(text)[0] == ("Almazbek Orunbaev", "President", "Kyrgyzstan")


def test_an_office_closed_by_a_bodys_name_in_brackets_leaves_the_name_whole() -> None:
    text = "He met the Speaker of the National Assembly (Majlis) Hasan Ali Rezaei today."
    assert people_of(text) == [
        ("Hasan Ali Rezaei", "Speaker of the National Assembly (Majlis)", None)
    ]


def test_a_press_secretary_keeps_press_in_the_office() -> None:
    text = "The talks went well, the press secretary of the Polish president, Adam Nowak, said."
    assert people_of(text) == [("Adam Nowak", "press secretary of the president", "Poland")]


def test_the_pope_is_an_office() -> None:
    text = "The Prime Minister briefly met President Jan Kowal and Pope Leo in Rome."
    assert people_of(text)[-1][:2] == ("Leo", "Pope")


def test_a_name_with_a_particle_between_an_offices_commas_is_whole() -> None:
    text = (
        "The delegation included the Minister of State for Economic Coordination, Rui de Sousa "
        "Tavares, and the Minister of Finance, Ana Pires."
    )
    assert people_of(text) == [
        ("Rui de Sousa Tavares", "Minister of State for Economic Coordination", None),
        ("Ana Pires", "Minister of Finance", None),
    ]


def test_a_plural_office_named_country_by_country_goes_to_each_holder() -> None:
    text = (
        "He will meet the Presidents of Malawi, Peter Banda, and of Botswana, Neo Masire, on "
        "Friday."
    )
    assert people_of(text) == [
        ("Peter Banda", "President", "Malawi"),
        ("Neo Masire", "President", "Botswana"),
    ]


def test_an_office_before_a_description_in_lower_case_is_the_names() -> None:
    text = "He was to meet the party's founder, the tycoon Levan Beridze, in Batumi."
    assert people_of(text)[0][:2] == ("Levan Beridze", "founder")


def test_a_president_called_by_a_given_name_is_the_one_named_in_full() -> None:
    text = (
        "President Amina Juma Salim arrived in Kampala on Monday.\n\n"
        "President Amina held talks with her host on Tuesday."
    )
    assert [name for name, _, _ in people_of(text)] == ["Amina Juma Salim"]


def test_a_cabinet_secretary_abbreviated_and_the_late_are_people() -> None:
    text = (
        "Trade CS Mary Wanjiku said the visit marked a shift from the approach of the "
        "President's predecessor, the late Joseph Mwangi, who had closed the border."
    )
    assert [(name, title) for name, title, _ in people_of(text)] == [
        ("Mary Wanjiku", "Trade CS"),
        ("Joseph Mwangi", None),
    ]


def test_credentials_of_someone_as_the_new_ambassador_give_the_office() -> None:
    text = (
        "The Secretary-General received a copy of the credentials of H.E. Mrs. Ana Lucia "
        "Rojas Vega as the non-resident Ambassador of the Republic of Peru to Jordan."
    )
    assert people_of(text) == [("Ana Lucia Rojas Vega", "Ambassador", "Peru")]


def test_a_plural_office_a_comma_and_two_names_gives_each_the_office() -> None:
    text = "The leaders instructed their foreign ministers, Jan Kowal and Petr Novak, to meet."
    assert [(name, title) for name, title, _ in people_of(text)] == [
        ("Jan Kowal", "foreign minister"),
        ("Petr Novak", "foreign minister"),
    ]


def test_a_building_named_after_an_office_is_no_one() -> None:
    text = "The talks of President Jan Kowal were held at the Executive Tower in the capital."
    assert [name for name, _, _ in people_of(text)] == ["Jan Kowal"]


def test_the_head_of_a_country_after_a_quotation_is_its_head_of_state() -> None:
    text = (
        "Peruvian President Ana Ruiz met Norwegian Prime Minister Ola Dahl on Monday.\n\n"
        '"Peru has always been a reliable partner of Norway in South America," the head of '
        "Peru said."
    )
    assert speakers_of(text) == ["Ana Ruiz"]


def test_a_surname_after_a_glued_initial_names_the_speaker() -> None:
    text = (
        "President of Mongolia B.Tsendsuren met President Jan Kowal on Sunday.\n\n"
        '"Mongolia sees Poland as a reliable partner that respects our choices," '
        "B.Tsendsuren said at the briefing."
    )
    assert speakers_of(text) == ["B.Tsendsuren"]


@pytest.mark.parametrize("envoy", ["Andrés Felipe Salcedo", "Marta Ruiz"])
def test_an_envoy_in_the_country_named_after_a_comma_is_a_person(envoy: str) -> None:
    """ "the ambassador of Borduria in the country, X Y,": where the envoy serves, told
    without its name, closes the office before the name."""
    text = (
        "The Minister of Foreign Affairs, Rafael Osma, received the ambassador of Borduria in "
        f"the country, {envoy}, at the ministry."
    )
    assert [name for name, _, _ in people_of(text)] == ["Rafael Osma", envoy]
    assert people_of(text)[1][1].startswith("ambassador of Borduria")


@pytest.mark.parametrize("subject", ["Osma", "Rafael Osma"])
def test_a_name_opening_the_main_clause_after_with_the_office_is_not_that_office(
    subject: str,
) -> None:
    """ "In the call with the Haitian foreign minister, X discussed ...": X is the one who
    called (the subject, a verb after the name), not the Haitian minister."""
    text = (
        "Santo Domingo.- The Minister of Foreign Affairs, Rafael Osma, received the envoy "
        "Carla Ruiz on Tuesday.\n\n"
        f"On Monday, in the call with the Haitian foreign minister, {subject} discussed the "
        "border market."
    )
    assert ("Rafael Osma", "Minister of Foreign Affairs", None) in people_of(text)


def test_a_name_after_with_the_office_and_a_comma_before_a_place_keeps_the_office() -> None:
    assert people_of("Talks were held with the Chilean foreign minister, Ana Ruiz, in Lima.") == [
        ("Ana Ruiz", "foreign minister", "Chile")
    ]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Minister Aldo Varga met with Speaker of the Velmoran Consultative Assembly Mira "
            "Benno Holt.",
            "Mira Benno Holt",
            "Speaker of the Velmoran Consultative Assembly",
        ),
        (
            "Minister Aldo Varga met with Governor of the Central Bank Mira Benno Holt.",
            "Mira Benno Holt",
            "Governor of the Central Bank",
        ),
        (
            "Minister Aldo Varga met with Governor of the Central Bank Mira Holt.",
            "Mira Holt",
            "Governor of the Central Bank",
        ),
    ],
)
def test_a_name_of_three_words_after_the_body_closing_an_office_is_whole(
    text: str, name: str, title: str
) -> None:
    """ "Speaker of the Consultative Assembly X Y Z": the body's noun closes the office; the
    three capitalised words after it are the name, not a given name left in the title."""
    assert (name, title) in [(n, t) for n, t, _ in people_of(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "President Aldo Varga met Osric Lune, the Philippines' Minister of Trade, in "
            "Velmora on Friday.",
            ("Osric Lune", "Minister of Trade", "Philippines"),
        ),
        (
            "President Aldo Varga met Osric Lune, the United Arab Emirates’ Minister of State "
            "for Foreign Trade, in Velmora.",
            ("Osric Lune", "Minister of State for Foreign Trade", "United Arab Emirates"),
        ),
        (
            "The Netherlands' Minister of Finance Osric Lune met President Aldo Varga.",
            ("Osric Lune", "Minister of Finance", "Netherlands"),
        ),
    ],
)
def test_a_plural_country_names_possessive_gives_the_office_its_country(
    text: str, expected: tuple[str, str | None, str | None]
) -> None:
    """ "the Philippines' Minister": a country whose name ends in s takes its possessive by
    an apostrophe alone; the office is the person's, the country theirs."""
    assert expected in people_of(text)


@pytest.mark.parametrize(
    ("apposition", "title"),
    [
        ("the father of the current president and chairman of the People's Council", "chairman"),
        ("the widow of the late president and head of the Lune Foundation", "head"),
    ],
)
def test_an_office_after_a_kinship_in_an_apposition_is_the_persons_own(
    apposition: str, title: str
) -> None:
    """ "X, the father of the current president and chairman of the Council,": the office
    after "and" is X's, the kinship's words before it no part of it."""
    text = (
        "President Aldo Varga held talks with Velmoran President Ivo Lune in Harbourton.\n\n"
        f"Later in the day, Varga met Petar Lune, {apposition}, at the palace."
    )
    found = {name: office for name, office, _ in people_of(text)}
    assert (found.get("Petar Lune") or "").split()[0] == title


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Varga will meet Party General Secretary To Khoa and State President Ly Van on "
            "Friday.",
            {("To Khoa", "General Secretary"), ("Ly Van", "State President")},
        ),
        ("Aldo Varga met Secretary To Minh Khoa in Velmora.", {("To Minh Khoa", "Secretary")}),
        ("Harbour Talks: Minister To Visit Velmora Next Week", set()),
    ],
)
def test_a_capitalised_to_after_an_office_opens_a_name(
    text: str, expected: set[tuple[str, str]]
) -> None:
    """ "General Secretary To Khoa": a family name spelt as the word "to", capitalised inside
    a sentence after an office, is no part of the office."""
    found = {(name, title) for name, title, _ in people_of(text)}
    assert expected <= found
    assert not any("To " in name or "To " in (title or "") for name, title in found - expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Minister Aldo Varga held a meeting with Managing Director of the Ruritanian "
            "cheese maker Borvale Foods Piet Kansky.",
            ("Piet Kansky", "Managing Director of the Ruritanian cheese maker Borvale Foods"),
        ),
        (
            "Minister Aldo Varga received Chief Executive of the tractor manufacturer "
            "Velmora Works Lena Ostrova.",
            ("Lena Ostrova", "Chief Executive of the tractor manufacturer Velmora Works"),
        ),
        (
            "Minister Aldo Varga met Chairman of the steel producer Kestrel Metals Ivo Dren.",
            ("Ivo Dren", "Chairman of the steel producer Kestrel Metals"),
        ),
    ],
)
def test_an_officer_of_a_company_told_by_its_product_is_a_person(
    text: str, expected: tuple[str, str]
) -> None:
    """ "Director of the cheese maker X Y A B": a maker with one product word before it
    names a company inside the office; the name after the company is a person's."""
    assert expected in [(n, t) for n, t, _ in people_of(text)]


def test_a_company_told_by_its_product_is_no_person() -> None:
    """ "the steel producer Kestrel Metals" with no office before it is a company."""
    assert people_of("Minister Aldo Varga visited the steel producer Kestrel Metals.") == [
        ("Aldo Varga", "Minister", None)
    ]


@pytest.mark.parametrize("day", ["Thursday", "Monday"])
def test_a_weekday_told_without_on_after_a_name_is_no_part_of_it(day: str) -> None:
    """ "met Foreign Minister Pavel Dorn Thursday": American papers drop the "on" before
    the day; the day closes the run of capitals but not the name."""
    text = f"Minister Aldo Varga met Ruritanian Foreign Minister Pavel Dorn {day} in Velmora."
    assert ("Pavel Dorn", "Foreign Minister") in [(n, t) for n, t, _ in people_of(text)]


@pytest.mark.parametrize(
    ("prefix", "office"),
    [("then-", "President"), ("ex-", "President"), ("then-", "Prime Minister")],
)
def test_a_past_holder_with_a_hyphened_prefix_is_named_with_the_office(
    prefix: str, office: str
) -> None:
    """ "when he met then-President Ivo Kask": the prefix joined by a hyphen to the office's
    word does not hide the office, nor the one who held it."""
    text = (
        "President Aldo Varga of Ruritania held talks in Velmora on Tuesday. Varga last "
        f"visited Sylvania in 2016, when he met {prefix}{office} Ivo Kask."
    )
    assert ("Ivo Kask", office) in [(name, title) for name, title, _ in people_of(text)]


@pytest.mark.parametrize(
    ("role", "country"),
    [
        ("an independent energy analyst based in Lyon", "France"),
        ("a political analyst in Lyon", "France"),
        ("a senior fellow at a research institute in Lyon", None),  # the body's seat
    ],
)
def test_the_city_an_analyst_works_in_gives_the_analyst_s_country(
    role: str, country: str | None
) -> None:
    """ "said Ivo Kask, an energy analyst based in Lyon": the city where one works, ending
    the title, gives one's country (not the city of an institute one works at)."""
    text = f'"The talks went well, but little is new," said Ivo Kask, {role}.'
    assert [(name, found) for name, _, found in people_of(text)] == [("Ivo Kask", country)]


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Aldo Varga and his Indonesian counterpart Wirasto held talks in "
        "Velmora.",
        "Foreign Minister Aldo Varga held talks with his Indonesian counterpart, Wirasto, in "
        "Velmora.",
    ],
)
def test_a_counterpart_who_goes_by_one_name_is_a_person(text: str) -> None:
    """ "his Indonesian counterpart Wirasto": one name alone after "counterpart" is someone
    who goes by one name, holding the same office."""
    assert people_of(text) == [
        ("Aldo Varga", "Foreign Minister", None),
        ("Wirasto", "Foreign Minister", "Indonesia"),
    ]


def test_a_lone_name_after_counterpart_named_before_is_a_mention() -> None:
    """ "his counterpart Ardan" after "Foreign Minister Lukas Ardan": no one new."""
    text = (
        "Foreign Minister Lukas Ardan of Ruritania arrived on Monday. President Aldo Varga "
        "met his counterpart Ardan later."
    )
    assert [name for name, _, _ in people_of(text)] == ["Lukas Ardan", "Aldo Varga"]


def test_a_counterpart_named_by_surname_in_the_headline_keeps_the_country_of_the_lead() -> None:
    """ "Varga hosts Lune" above "... his Peruvian counterpart, President Osric Lune,":
    the country is read where the full name is given, not at the headline's surname."""
    text = (
        "Varga hosts Lune in Strelsau\n\n"
        "President Aldo Varga today hosted his Peruvian counterpart, President Osric Lune, "
        "at the palace."
    )
    assert people_of(text)[1] == ("Osric Lune", "President", "Peru")


@pytest.mark.parametrize(
    "said",
    [
        "Varga, who arrived on Monday, said the deal was \u201ca bridge, not a wall\u201d.",
        "Varga, who had flown in from the coast the night before, said the deal was "
        "\u201ca bridge, not a wall\u201d.",
    ],
)
def test_a_speaker_with_a_relative_clause_before_said_says_a_partial_quote(said: str) -> None:
    """ "X, who arrived on Monday, said ... "a bridge"": the clause on X stands between the
    name and the verb."""
    text = f"President Aldo Varga met President Osric Lune in Strelsau on Tuesday.\n\n{said}\n"
    assert speakers_of(text) == ["Aldo Varga"]


def test_a_founding_head_of_state_holds_the_office_of_the_country_before_it() -> None:
    """ "Chile's founding President X": "founding" modifies the office as "former" does."""
    text = "He laid a wreath at the tomb of Chile's founding President Tomas Velk."
    assert people_of(text) == [("Tomas Velk", "founding President", "Chile")]
