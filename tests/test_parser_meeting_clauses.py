"""Meetings told with clauses around them: who tells of them, whom places are named after,
what is planned beside them, and which day and city are theirs."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.parser import parse_brief


def _met(body: str, date: str = "2025-03-14") -> list[tuple[set[str], dt.date | None, str | None]]:
    brief = parse_brief(f"date {date}\n{body}\n", brief_id="clauses")
    return [({p.name for p in m.participants}, m.date, m.place) for m in brief.meetings]


@pytest.mark.parametrize(
    "teller",
    [
        "the spokeswoman of the Norwegian prime minister, Anne Velk, told reporters",
        "Anne Velk, an aide to the prime minister, told reporters",
    ],
)
def test_one_named_beside_an_office_in_the_attribution_tells_of_the_meeting(teller: str) -> None:
    """ "..., the spokeswoman of the prime minister, Z, told reporters": Z tells of it."""
    body = (
        "Prime Minister Ivar Lunde received Chancellor Marek Dolan at his office on Tuesday, "
        f"{teller}."
    )
    assert _met(body) == [({"Marek Dolan", "Ivar Lunde"}, dt.date(2025, 3, 11), None)]


def test_a_role_of_an_aide_s_office_is_the_leader_not_the_aide() -> None:
    """ "the spokeswoman of the Chilean president, Z": "the Chilean leader" told next is the
    President, not the spokeswoman."""
    body = (
        "President Marek Dolan received Prime Minister Ivar Lunde on Tuesday, the spokeswoman "
        "of the Chilean president, Anne Velk, told reporters.\n\n"
        "Later that day, the Chilean leader met with Chairman of the Oslo Chamber of "
        "Commerce Knut Sande in Oslo."
    )
    assert _met(body)[1] == ({"Marek Dolan", "Knut Sande"}, dt.date(2025, 3, 11), "Oslo")


def test_a_name_inside_an_avenue_s_name_is_no_one_met() -> None:
    body = (
        "Prime Minister Lina Ardo and Prime Minister Tomas Berg held talks in Lisbon on "
        "Friday.\n\n"
        "On Thursday, Lina Ardo met Tomas Berg at a cafe on Jorge Vilar Avenue, and the two "
        "walked to the harbour.\n\n"
        "Both later praised national leader Jorge Vilar."
    )
    assert _met(body) == [
        ({"Lina Ardo", "Tomas Berg"}, dt.date(2025, 3, 14), "Lisbon"),
        ({"Lina Ardo", "Tomas Berg"}, dt.date(2025, 3, 13), None),
    ]


def test_one_honoured_at_a_monument_is_no_one_met() -> None:
    body = (
        "Prime Minister Lina Ardo and Prime Minister Tomas Berg held talks in Lisbon on "
        "Monday.\n\n"
        "Ardo spoke of the heritage of the founding president Jorge Vilar.\n\n"
        "On Tuesday, Lina Ardo called on Tomas Berg at his office, where they laid a wreath at "
        "the monument to Jorge Vilar."
    )
    assert [(names, date) for names, date, _ in _met(body)] == [
        ({"Lina Ardo", "Tomas Berg"}, dt.date(2025, 3, 10)),
        ({"Lina Ardo", "Tomas Berg"}, dt.date(2025, 3, 11)),
    ]


def test_a_city_in_what_someone_said_that_is_no_place_of_a_meeting() -> None:
    body = (
        "Prime Minister Lina Ardo and Prime Minister Tomas Berg held talks at the palace on "
        "March 12.\n\n"
        "The day before, Prime Minister Lina Ardo met Tomas Berg at the station, and the two "
        "had a working lunch.\n\n"
        "Addressing the plenary meeting, Prime Minister Lina Ardo said that ties had reached a "
        "new level after a summit in Vienna in 2021.\n\n"
        "Later, Lina Ardo and Tomas Berg visited the old town together."
    )
    assert _met(body) == [
        ({"Lina Ardo", "Tomas Berg"}, dt.date(2025, 3, 12), None),
        ({"Lina Ardo", "Tomas Berg"}, dt.date(2025, 3, 11), None),
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Prime Minister Lina Ardo on Thursday received in Porto Minister Tomas Berg, who is in "
        "the country for a trade fair and will attend its opening on Saturday.",
        "Prime Minister Lina Ardo received Minister Tomas Berg on Thursday, and she will "
        "travel to his country in the summer.",
    ],
)
def test_a_plan_in_a_clause_after_a_meeting_held_leaves_the_meeting(body: str) -> None:
    assert [(names, date) for names, date, _ in _met(body)] == [
        ({"Lina Ardo", "Tomas Berg"}, dt.date(2025, 3, 13))
    ]


def test_a_meeting_and_a_clause_both_planned_stay_planned() -> None:
    body = (
        "Prime Minister Lina Ardo will receive Minister Tomas Berg, and they will open a "
        "trade fair."
    )
    assert _met(body) == []


def test_one_named_in_a_clause_of_what_others_claim_was_not_at_the_meeting() -> None:
    body = (
        "LISBON -- Prime Minister Lina Ardo has met her counterpart, Tomas Berg, in Porto, a "
        "week after a referendum that critics and former President Jorge Vilar claim was "
        "unfair."
    )
    assert [names for names, _, _ in _met(body)] == [{"Lina Ardo", "Tomas Berg"}]


def test_one_who_arrived_on_a_day_and_met_on_the_next_met_on_the_next() -> None:
    body = (
        "Minister Lina Ardo arrived in Porto on 9 March and met Minister Tomas Berg at the "
        "town hall on 10 March."
    )
    assert _met(body) == [({"Lina Ardo", "Tomas Berg"}, dt.date(2025, 3, 10), "Porto")]


def test_a_visit_told_since_which_two_had_not_met_is_no_place_of_their_meeting() -> None:
    body = (
        "President Lina Ardo and President Tomas Berg agreed Tuesday to open two consulates.\n\n"
        "The two leaders held a summit at the castle, their first since Berg's state visit to "
        "Lisbon in 2017."
    )
    assert _met(body) == [({"Lina Ardo", "Tomas Berg"}, dt.date(2025, 3, 11), None)]


def test_a_meeting_told_as_had_before_moves_no_day_of_those_told_after() -> None:
    body = (
        "Minister Lina Ardo and Minister Tomas Berg held talks on Wednesday in Lisbon.\n\n"
        "Ardo came to the city from Madrid, where on Monday she had met Minister Rui "
        "Canto.\n\n"
        "Later in the afternoon, Ardo visited former Minister Jorge Vilar at his farm."
    )
    assert [(names, date) for names, date, _ in _met(body)] == [
        ({"Lina Ardo", "Tomas Berg"}, dt.date(2025, 3, 12)),
        ({"Lina Ardo", "Rui Canto"}, dt.date(2025, 3, 10)),
        ({"Lina Ardo", "Jorge Vilar"}, dt.date(2025, 3, 12)),
    ]


def test_the_day_of_a_since_clause_is_not_the_meeting_s() -> None:
    body = (
        "Minister Lina Ardo met Minister Tomas Berg on Wednesday at the ministry, her first "
        "talks abroad since being sworn in on 2 February."
    )
    assert [date for _, date, _ in _met(body)] == [dt.date(2025, 3, 12)]


def test_the_call_on_a_day_told_next_dates_a_call_with_none() -> None:
    body = (
        "Minister Lina Ardo has spoken by phone with Minister Tomas Berg.\n\n"
        "An aide said that the call on Tuesday afternoon ran for an hour."
    )
    assert [date for _, date, _ in _met(body)] == [dt.date(2025, 3, 11)]


def test_the_day_somewhere_else_in_brackets_is_no_place_and_minutes_no_topic() -> None:
    """ "on Sunday (Monday in Auckland)": Auckland is where the day is told, not where they
    met; "talked for about an hour in X" still says where."""
    body = (
        "Minister Lina Ardo and Minister Tomas Berg on Sunday (Monday in Auckland) held a "
        "bilateral meeting on the margins of the ministerial session.\n\n"
        "The two ministers met for about an hour at the Hotel Rex in Chicago."
    )
    assert _met(body) == [({"Lina Ardo", "Tomas Berg"}, dt.date(2025, 3, 9), "Chicago")]


def test_bilateral_meetings_with_two_named_are_one_with_each() -> None:
    body = (
        "Prime Minister Lina Ardo held bilateral meetings in Geneva on Friday with Minister "
        "Tomas Berg and Minister Rui Canto."
    )
    assert [names for names, _, _ in _met(body)] == [
        {"Lina Ardo", "Tomas Berg"},
        {"Lina Ardo", "Rui Canto"},
    ]


def test_those_at_a_lunch_that_followed_the_meeting_are_not_at_it() -> None:
    body = (
        "President Lina Ardo received President Tomas Berg on Monday.\n\n"
        "The two leaders held a bilateral meeting, followed by a dinner attended by Minister "
        "Jorge Vilar and Minister Anne Velk."
    )
    assert [names for names, _, _ in _met(body)] == [{"Lina Ardo", "Tomas Berg"}]


def test_the_two_holders_of_an_office_named_before_held_the_meeting() -> None:
    body = (
        "President Lina Ardo received President Tomas Berg on Monday.\n\n"
        "Foreign Minister Jorge Vilar and Foreign Minister Anne Velk later signed four "
        "agreements.\n\n"
        "In the morning, the foreign ministers had breakfast at the embassy."
    )
    assert [names for names, _, _ in _met(body)][-1] == {"Jorge Vilar", "Anne Velk"}


def test_a_welcome_to_parliament_buildings_after_a_long_title_is_a_meeting() -> None:
    body = (
        "Governor Lina Ardo welcomed the Foreign Minister of the Republic of Malta, Joseph "
        "Vella, to the State Buildings in Perth."
    )
    assert _met(body) == [({"Lina Ardo", "Joseph Vella"}, None, "Perth")]


def test_the_tanaiste_named_with_td_after_the_name_meets() -> None:
    body = (
        "The Tánaiste, Niamh Brennan TD, today received the Foreign Minister of Chile, Jorge "
        "Vilar, at Iveagh House in Dublin."
    )
    assert _met(body) == [({"Niamh Brennan", "Jorge Vilar"}, dt.date(2025, 3, 14), "Dublin")]


def test_talks_held_after_hyphenated_words_are_talks() -> None:
    body = (
        "Prime Minister Lina Ardo and Prime Minister Tomas Berg held a closed-door one-to-one "
        "followed by talks at the palace on Friday."
    )
    brief = parse_brief(f"date 2025-03-14\n{body}\n", brief_id="hyphens")
    assert [m.kind for m in brief.meetings] == ["talks"]


def test_the_day_of_an_event_still_to_come_does_not_date_the_meeting() -> None:
    body = (
        "Deputy ministers met in Oslo on Thursday to prepare the Nordic congress, which is to "
        "be held in Bergen on Saturday, March 15, 2025.\n\n"
        "The meeting was chaired by Minister Lina Ardo and attended by Minister Tomas Berg and "
        "Minister Rui Canto."
    )
    assert [(date, place) for _, date, place in _met(body)] == [(dt.date(2025, 3, 13), "Oslo")]


def test_this_morning_under_a_dateline_of_the_day_before_the_page_is_that_day() -> None:
    brief = parse_brief(
        "VALLETTA DAILY\nFriday, 14 March 2025\n\n"
        "Deputy Minister receives ambassador\n\n"
        "VALLETTA, 13 Mar — Deputy Minister Lina Ardo received Ambassador Tomas Berg at the "
        "ministry this afternoon.\n",
        brief_id="dateline-day",
    )
    assert [m.date for m in brief.meetings] == [dt.date(2025, 3, 13)]


def test_those_in_whose_presence_the_two_sides_talked_did_not_hold_the_talks() -> None:
    body = (
        "President Lina Ardo received President Tomas Berg at the palace on Monday.\n\n"
        "The two sides held talks, later widened to the delegations, in the "
        "presence of Prime Minister Rui Canto and Minister of Finance Jorge Vilar."
    )
    assert [names for names, _, _ in _met(body)] == [{"Lina Ardo", "Tomas Berg"}]


def test_a_host_who_welcomed_the_guest_and_noted_that_met_the_guest() -> None:
    """ "The Head of State welcomed the distinguished guest and noted that ...": the guest of
    the sentence before, the host's meeting; what the host noted tells no one apart."""
    body = (
        "On March 12, President of the Republic of Borea Anton Velik received Prime Minister "
        "of the Republic of Norland Mikael Strand, who is on an official visit.\n\n"
        "The received Prime Minister of the Republic of Norland Mikael Strand, who is on an "
        "official visit.\n\n"
        "The Head of State cordially welcomed the distinguished guest and noted that this is the "
        "first visit of the head of the Norland Government to Borea."
    )
    assert _met(body, "2026-03-12") == [
        ({"Anton Velik", "Mikael Strand"}, dt.date(2026, 3, 12), None)
    ]


@pytest.mark.parametrize(
    "clause",
    ["who is accompanying Lunde", "who was also accompanying Lunde", "accompanying Lunde"],
)
def test_the_one_accompanied_named_in_a_clause_is_not_at_the_companions_meeting(
    clause: str,
) -> None:
    """ "A, who is accompanying B, met C": A met C; B is whom A travels with."""
    body = (
        "Prime Minister Ivar Lunde met Chancellor Marek Dolan in Velmora on Tuesday.\n\n"
        f"Trade Minister Aldo Varga, {clause}, met Energy Secretary Anne Velk on Tuesday."
    )
    assert _met(body) == [
        ({"Ivar Lunde", "Marek Dolan"}, dt.date(2025, 3, 11), "Velmora"),
        ({"Aldo Varga", "Anne Velk"}, dt.date(2025, 3, 11), None),
    ]


@pytest.mark.parametrize(
    "clause",
    ["who accompanies the Chilean leader", "who accompanied the Chilean leader"],
)
def test_the_one_accompanied_in_a_clause_closing_the_sentence_is_not_at_the_meeting(
    clause: str,
) -> None:
    """ "A received B, who accompanies the Chilean leader.": A met B; the leader, named in
    the clause of whom B travels with, was not at their meeting."""
    body = (
        "Norwegian President Ivar Lunde and Chilean President Marek Dolan held talks in "
        "Kestrel on Friday.\n\n"
        "On Thursday evening, Norwegian Foreign Minister Aldo Varga received Chilean Foreign "
        f"Minister Anne Velk, {clause}."
    )
    assert _met(body) == [
        ({"Ivar Lunde", "Marek Dolan"}, dt.date(2025, 3, 14), "Kestrel"),
        ({"Aldo Varga", "Anne Velk"}, dt.date(2025, 3, 13), None),
    ]


@pytest.mark.parametrize(
    ("clause", "days"),
    [
        ("a day after his talks with Chancellor Marek Dolan", 1),
        ("two days after a telephone conversation with Chancellor Marek Dolan", 2),
    ],
)
def test_a_meeting_told_in_a_clause_a_day_after_is_its_own_on_the_day_before(
    clause: str, days: int
) -> None:
    """ "X met A in Velmora on Friday, a day after his talks with B": two meetings, the one
    with B the day before and not said where."""
    body = f"President Ivar Lunde met Prime Minister Anne Velk in Velmora on Friday, {clause}."
    assert _met(body) == [
        ({"Ivar Lunde", "Anne Velk"}, dt.date(2025, 3, 14), "Velmora"),
        ({"Ivar Lunde", "Marek Dolan"}, dt.date(2025, 3, 14 - days), None),
    ]


def test_two_who_last_met_somewhere_recall_another_meeting_than_todays() -> None:
    """ "A and B last met in Tarvik in July": no place (nor day) of the talks told before."""
    body = (
        "President Ivar Lunde held talks with Chancellor Marek Dolan on Thursday.\n\n"
        "The two discussed trade and fisheries.\n\n"
        "Lunde and Dolan last met in Tarvik in July on the sidelines of a summit."
    )
    assert _met(body) == [
        ({"Ivar Lunde", "Marek Dolan"}, dt.date(2025, 3, 13), None),
        ({"Ivar Lunde", "Marek Dolan"}, None, "Tarvik"),
    ]


def test_the_leads_day_and_place_hold_for_each_meeting_it_sums_up() -> None:
    """ "X met A, B and C in Velmora on Tuesday, a day after his talks with D. ... In his
    meeting with B, ...": each met X there, that day, though its own sentence tells neither."""
    text = (
        "Lunde meets leaders on second day of Velmora visit\n\n"
        "By Mira Coastwell   March 14, 2025 | 06:12 pm\n\n"
        "President Ivar Lunde met President Anne Velk, Prime Minister Marek Dolan and Speaker "
        "Osric Tarn in Velmora on Tuesday, a day after his talks with Chancellor Aldo Varga.\n\n"
        "Meeting Lunde on Tuesday morning, President Velk praised the ties.\n\n"
        "In his meeting with Lunde, Prime Minister Dolan proposed new rail links.\n\n"
        "At his meeting with Lunde, Speaker Tarn called for closer exchanges.\n"
    )
    brief = parse_brief(text, brief_id="lead")
    assert [({p.name for p in m.participants}, m.date, m.place) for m in brief.meetings] == [
        ({"Ivar Lunde", "Aldo Varga"}, dt.date(2025, 3, 10), None),
        ({"Ivar Lunde", "Anne Velk"}, dt.date(2025, 3, 11), "Velmora"),
        ({"Ivar Lunde", "Marek Dolan"}, dt.date(2025, 3, 11), "Velmora"),
        ({"Ivar Lunde", "Osric Tarn"}, dt.date(2025, 3, 11), "Velmora"),
    ]


def test_a_purpose_clause_names_where_the_event_prepared_will_be_not_the_meeting() -> None:
    """ "X received Y at the ministry, to coordinate the agenda of the meeting in Tarvik":
    the meeting prepared will be in Tarvik; the reception was not."""
    body = (
        "On Tuesday, Foreign Minister Ivar Lunde received Ambassador Anne Velk at the "
        "ministry, to coordinate the agenda of the meeting in Tarvik."
    )
    assert _met(body) == [({"Ivar Lunde", "Anne Velk"}, dt.date(2025, 3, 11), None)]


@pytest.mark.parametrize(("origin", "place"), [("Ethiopia", None), ("Addis Ababa", "Addis Ababa")])
def test_talks_told_after_where_were_held_where_the_visitor_came_from(
    origin: str, place: str | None
) -> None:
    """ "X, who arrived in Nairobi from Ethiopia, where he held talks with Y": the talks were
    in Ethiopia (a country: no city), not in Nairobi."""
    body = (
        f"Chancellor Marek Dolan, who arrived in Nairobi from {origin}, where he held talks "
        "with Prime Minister Anne Velk on Thursday, is on a tour of the region."
    )
    assert _met(body) == [({"Marek Dolan", "Anne Velk"}, dt.date(2025, 3, 13), place)]


def test_a_couple_meeting_others_unnamed_is_no_meeting_of_the_two() -> None:
    """ "X and his wife Y met a group of students": they met others, not each other."""
    body = (
        "President Ivar Lunde held talks with Chancellor Marek Dolan on Tuesday.\n\n"
        "Before leaving, Lunde and his wife Anne Velk met a group of students."
    )
    assert _met(body) == [({"Ivar Lunde", "Marek Dolan"}, dt.date(2025, 3, 11), None)]


def test_an_unnamed_meeting_told_first_gives_its_day_and_city_to_the_hosts_named_next() -> None:
    """ "The ministers of A, B and C agreed on Tuesday to ..., at a trilateral meeting in
    Velmora. Minister X hosted Y and Z at the ministry.": that meeting, that day, there."""
    body = (
        "The foreign ministers of three neighbours agreed on Tuesday to set up a joint rescue "
        "cell, at a trilateral meeting in Velmora.\n\n"
        "Foreign Minister Ivar Lunde hosted Foreign Minister Marek Dolan and Foreign Minister "
        "Anne Velk at the ministry."
    )
    assert _met(body) == [
        ({"Ivar Lunde", "Marek Dolan", "Anne Velk"}, dt.date(2025, 3, 11), "Velmora")
    ]


@pytest.mark.parametrize(
    ("first", "met_first"),
    [
        (
            "held a separate meeting with Ruritanian President Pavel Dorn, focusing on dairy "
            "exports,",
            [{"Aldo Varga", "Pavel Dorn"}],
        ),
        (
            "held separate meetings with Ruritanian President Pavel Dorn and Borduvian "
            "President Ivo Dren,",
            [{"Aldo Varga", "Pavel Dorn"}, {"Aldo Varga", "Ivo Dren"}],
        ),
    ],
)
def test_a_separate_meeting_then_while_another_met_is_each_its_own(
    first: str, met_first: list[set[str]]
) -> None:
    """ "X held a separate meeting with A, while Y met B": "separate" tells of X's meetings
    only; Y's with B after "while" is another, and X never met Y or B."""
    body = (
        f"On the sidelines, Commission President Aldo Varga {first} while Council President "
        "Lena Ostrova met Kestrian President Mira Holt."
    )
    assert [names for names, _, _ in _met(body)] == [*met_first, {"Lena Ostrova", "Mira Holt"}]


def test_a_host_who_also_received_another_guest_further_down_did_so_that_day() -> None:
    """ "X received A in Lima on Thursday. ... X also received B.": the host's next guest, two
    paragraphs down, was received on the same day (the text does not say where)."""
    body = (
        "\nPresident Osric Lune received President of Ostland Ivo Brandt in Harbourton on "
        "Thursday.\n\n"
        "The presidents discussed trade and energy.\n\n"
        "Lune also received Sylvanian Prime Minister Talia Verrand. She noted that trade had "
        "grown."
    )
    assert _met(body) == [
        ({"Osric Lune", "Ivo Brandt"}, dt.date(2025, 3, 13), "Harbourton"),
        ({"Osric Lune", "Talia Verrand"}, dt.date(2025, 3, 13), None),
    ]


@pytest.mark.parametrize(
    "stay",
    [
        "is also due in Velmora for the regional meeting on Saturday and Sunday",
        "is expected in Velmora for the forum's plenary meeting",
    ],
)
def test_talks_in_a_clause_after_a_stay_still_to_come_are_planned(stay: str) -> None:
    """ "Z is also due in Lima for the summit meeting, where he is expected to hold talks
    with Y": the stay is still to come, so the talks its clause tells of are too."""
    body = (
        "President Aldo Varga held talks with President Mira Lune in Velmora on Friday.\n\n"
        f"Borduvian President Ivo Kask {stay}, where he is expected to hold talks with Lune "
        "on the sidelines."
    )
    assert _met(body) == [({"Aldo Varga", "Mira Lune"}, dt.date(2025, 3, 14), "Velmora")]


def test_the_subject_of_a_clause_of_its_own_after_and_is_not_at_the_meeting() -> None:
    """ "A met B in Lima in 2019, and Chancellor C hosted the bloc's leaders in Quito": C
    hosted others elsewhere; only A and B met."""
    body = (
        "President Aldo Varga held talks with President Mira Lune in Velmora on Friday.\n\n"
        "Varga met Lune in Carvell in March 2019, and Borduvian chancellor Ivo Kask "
        "hosted the bloc's leaders in Dornholm in June."
    )
    met = _met(body)
    assert met[0] == ({"Aldo Varga", "Mira Lune"}, dt.date(2025, 3, 14), "Velmora")
    assert all("Ivo Kask" not in who for who, _, _ in met)


def test_the_last_of_a_list_after_a_comma_and_and_is_at_the_meeting() -> None:
    """ "A, B, and C held talks": one list of three, no clause of its own."""
    body = (
        "Ruritania's foreign minister, Aldo Varga, his Sylvanian counterpart, Mira Lune, and "
        "Borduvian Foreign Minister Ivo Kask held talks in Velmora on Friday."
    )
    assert _met(body) == [
        ({"Aldo Varga", "Mira Lune", "Ivo Kask"}, dt.date(2025, 3, 14), "Velmora")
    ]


def test_a_where_clause_of_the_meeting_gives_its_day_and_city_not_the_journey_s() -> None:
    """ "X arrived in Lima on May 4 after a day in Peru, where on May 3 he met Y in Cusco":
    the meeting is the clause's, on its day and in its city."""
    body = (
        "Chancellor Aldo Varga held talks with President Mira Lune in Velmora on Friday.\n\n"
        "Varga arrived in Velmora on March 14 after a day in Borduria, where on March 13 he "
        "met President Ivo Kask in Carvell and the two governments signed a labour deal."
    )
    assert _met(body)[1] == ({"Aldo Varga", "Ivo Kask"}, dt.date(2025, 3, 13), "Carvell")


def test_a_meeting_that_came_days_after_a_call_dates_the_call() -> None:
    """ "The meeting came a day after A spoke by phone with B": the call was the day before
    the meeting told last."""
    body = (
        "Vice-Minister Aldo Varga met Deputy Prime Minister Mira Lune in Velmora on "
        "Thursday.\n\n"
        "The meeting came a day after Foreign Minister Ivo Kask spoke by phone with his "
        "counterpart, Tomas Berg, and invited him to Carvell in May."
    )
    assert _met(body) == [
        ({"Aldo Varga", "Mira Lune"}, dt.date(2025, 3, 13), "Velmora"),
        ({"Ivo Kask", "Tomas Berg"}, dt.date(2025, 3, 12), None),
    ]


@pytest.mark.parametrize("verb", ["began talks", "opened a new round of negotiations"])
def test_two_who_began_talks_met(verb: str) -> None:
    """ "A and B began talks in Quito": talks begun took place, as held ones did."""
    body = (
        f"Chilean Foreign Minister Aldo Varga and Peruvian Foreign Minister Piet Kronov {verb} "
        "in Quito on Tuesday."
    )
    assert _met(body) == [({"Aldo Varga", "Piet Kronov"}, dt.date(2025, 3, 11), "Quito")]


@pytest.mark.parametrize(
    "then",
    [
        "The ministers then began talks over fishing rights at a lakeside palace, with "
        "Ecuadorian Foreign Minister Mara Quillo chairing the opening session.",
        "The two ministers then started negotiations over fishing rights at a lakeside palace, "
        "with Ecuadorian Foreign Minister Mara Quillo chairing the opening session.",
    ],
)
def test_the_ministers_received_together_then_began_talks_with_their_host(then: str) -> None:
    """ "X hosted the foreign ministers of A and B, C and D. The ministers then began talks,
    with Minister E chairing": C and D, the two ministers named before, met with E that
    day."""
    body = (
        "On Tuesday in Quito, Ecuadorian President Osric Lunez hosted the foreign ministers of "
        "Chile and Peru, Aldo Varga and Piet Kronov.\n\n" + then
    )
    assert _met(body) == [
        ({"Osric Lunez", "Aldo Varga", "Piet Kronov"}, dt.date(2025, 3, 11), "Quito"),
        ({"Aldo Varga", "Piet Kronov", "Mara Quillo"}, dt.date(2025, 3, 11), None),
    ]


def test_an_aide_named_beside_the_office_is_not_met_by_an_office_named_subject() -> None:
    """ "The President of X met Y, the press secretary of the head of state, Z, reported":
    the holder of that office met Y; Z, who tells of it, was at no meeting."""
    body = (
        "Norway and Chile aim to double their trade, Norwegian President Aldo Varga said in "
        "Kestrel on Saturday.\n\n"
        "The President of Norway met with President of Chile Marek Dolan on the sidelines "
        "of the summit, the press secretary of the head of state, Anne Velk, reported."
    )
    assert [m[0] for m in _met(body)] == [{"Aldo Varga", "Marek Dolan"}]


def test_consultations_led_by_two_officials_are_a_meeting_of_the_two() -> None:
    """A minister receives a guest who came for consultations, then "The consultations were
    headed by Under-Secretary Z and the guest": Z and the guest met too."""
    body = (
        "Kestrel, June 3 (RNA) - Estonian Foreign Minister Aldo Varga on Tuesday hosted Chilean "
        "Deputy Foreign Minister Ivo Brant, who came to Kestrel for consultations on visas and "
        "consular matters.\n\n"
        "The consultations were headed by Under-Secretary Lena Dorsk and Brant."
    )
    pairs = [names for names, _, _ in _met(body)]
    assert pairs == [{"Aldo Varga", "Ivo Brant"}, {"Lena Dorsk", "Ivo Brant"}]


def test_the_delegation_meeting_someone_the_same_day_without_a_comma_is_its_leaders() -> None:
    """ "The same evening the delegation also met with Z", no comma after the time: the
    leader of the delegation received before met Z."""
    body = (
        "On May 3, the Speaker of the Assembly of Ruritania Aldo Varga received the "
        "delegation headed by the Deputy Chair of the Budget Committee of the Senate of "
        "Velmora Ivo Brant.\n\n"
        "The same evening the delegation also met with the Chair of the Velmora-Ruritania "
        "Friendship Caucus Lena Dorsk."
    )
    pairs = [names for names, _, _ in _met(body)]
    assert pairs == [{"Aldo Varga", "Ivo Brant"}, {"Ivo Brant", "Lena Dorsk"}]


def test_an_office_as_the_subject_names_its_holder_styled_professor() -> None:
    """ "Chief Adviser Professor X" named first, then "the Chief Adviser met Z": the
    academic style after the office does not hide that X holds it."""
    body = (
        "Chief Adviser Professor Aldo Varga met President Ivo Brant of Velmora in Kestrel on "
        "Friday, his office said.\n\n"
        "The two sides signed four agreements.\n\n"
        "On Saturday, the Chief Adviser met Velmoran Deputy Premier Lena Dorsk at a trade fair "
        "in Kestrel."
    )
    pairs = [names for names, _, _ in _met(body)]
    assert pairs == [{"Aldo Varga", "Ivo Brant"}, {"Aldo Varga", "Lena Dorsk"}]


@pytest.mark.parametrize(
    ("clause", "call"),
    [
        ("who took part in the video-conference", True),
        ("who also participated in the video call", True),
        ("who joined the talks", False),
    ],
)
def test_one_who_took_part_in_the_meeting_told_and_spoke_is_a_participant(
    clause: str, call: bool
) -> None:
    """ "C, who took part in the video call, said that ...": C was at the meeting."""
    told = (
        "held a video call with Deputy Prime Minister Omar Haddad of Ruritania"
        if call
        else "held talks with Deputy Prime Minister Omar Haddad of Ruritania in Velmora"
    )
    body = (
        f"On June 2, Commission Chairman Aldo Varga {told}.\n\n"
        "The parties discussed the easing of transit rules.\n\n"
        "Mr. Haddad spoke about the regional plan for seed banks.\n\n"
        f"Commission Minister for Customs Lena Novak, {clause}, said that the volume of "
        "rail freight had risen."
    )
    assert [names for names, _, _ in _met(body)] == [{"Aldo Varga", "Omar Haddad", "Lena Novak"}]


def test_one_who_joined_both_meetings_took_part_in_each() -> None:
    """ "C, who attended both meetings, said": C was at each meeting of the host told."""
    body = (
        "VELMORA – Bank President Aldo Varga met Prime Minister Omar Haddad of Ruritania on "
        "Thursday in Velmora.\n\n"
        "Later that evening, Mr. Varga held talks with Minister of Economy Piotr Nowak, during "
        "which the two agreed a grant for rural schools.\n\n"
        "Bank Director Lena Novak, who attended both meetings, said the lender might also "
        "fund ports."
    )
    assert [names for names, _, _ in _met(body)] == [
        {"Aldo Varga", "Omar Haddad", "Lena Novak"},
        {"Aldo Varga", "Piotr Nowak", "Lena Novak"},
    ]


def test_one_attending_who_briefed_the_meeting_took_part_and_one_listed_did_not() -> None:
    """ "The talks were also attended by C, who outlined ... to the guests": C took part;
    one only listed as attending did not."""
    body = (
        "HARBOURTON – Bank Vice President Aldo Varga met on Wednesday with Deputy Prime "
        "Minister Omar Haddad of Ruritania.\n\n"
        "The two discussed the bank's lending to Ruritania.\n\n"
        "Mr. Haddad asked for more help with port dredging.\n\n"
        "The talks were also attended by Lena Novak, the bank's resident head in Ruritania, "
        "who outlined a new port loan to the guests."
    )
    listed = body.replace(", who outlined a new port loan to the guests", "")
    assert [names for names, _, _ in _met(body)] == [{"Aldo Varga", "Omar Haddad", "Lena Novak"}]
    assert [names for names, _, _ in _met(listed)] == [{"Aldo Varga", "Omar Haddad"}]


def test_a_clause_of_the_guests_team_meeting_another_is_a_second_meeting() -> None:
    """ "X was received by A, and the mission also met B": two meetings."""
    body = (
        "Velmora, Ruritania: A Fund mission headed by Ms. Lena Novak was in Velmora. Ms. Novak "
        "was received on Tuesday by Prime Minister Aldo Varga, and the mission also met "
        "Minister of Economy Omar Haddad and staff of the national bank."
    )
    assert [names for names, _, _ in _met(body)] == [
        {"Lena Novak", "Aldo Varga"},
        {"Lena Novak", "Omar Haddad"},
    ]


def test_one_who_joined_the_talks_and_told_reporters_after_is_not_a_participant() -> None:
    """ "C, who joined the expanded talks, told reporters after the statements": C speaks to
    the press, not at the talks."""
    body = (
        "VELMORA – President Aldo Varga and President Omar Haddad of Ruritania held talks in "
        "Velmora on Thursday.\n\n"
        "Mr. Varga said the talks covered grain and energy.\n\n"
        "Trade Minister Lena Novak, who joined the expanded talks, told reporters after the "
        "statements that investors had shown interest in a fertiliser plant."
    )
    assert [names for names, _, _ in _met(body)] == [{"Aldo Varga", "Omar Haddad"}]


def test_the_city_of_an_office_one_heads_is_no_place_of_the_meeting() -> None:
    """ "The Head of the Programme Office in Velmora, X, was received by Y": Velmora is in
    X's title; the meeting's place is not told (a venue "at the Office in Y" is)."""
    body = (
        "The Head of the Fund's Programme Office in Osh, Ambassador Aldo Varga, was "
        "received on Monday by Ruritania's Minister of Foreign Affairs, Omar Haddad."
    )
    assert _met(body) == [({"Aldo Varga", "Omar Haddad"}, dt.date(2025, 3, 10), None)]
