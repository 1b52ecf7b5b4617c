"""Meetings in leaders' readouts and press-service texts: the leader behind a role, the later
meetings of a day, an audience with a ruler, a meeting still to come after a journey."""

from __future__ import annotations

import datetime as dt

from bot.parser import parse_brief


def _met(body: str, published: str = "2025-06-12") -> list[tuple[set[str], dt.date | None]]:
    brief = parse_brief(f"date {published}\n{body}\n", brief_id="readout")
    return [({p.name for p in m.participants}, m.date) for m in brief.meetings]


def test_the_leader_of_a_country_also_met_a_third_host_that_day() -> None:
    """ "Later that day, X met A. The sides agreed ... (new paragraph) The Peruvian leader also
    met with B": X met B."""
    body = (
        "President of Peru Diego Alcazar held talks with President of Chile Marta Quiroga in "
        "Santiago on Tuesday.\n\n"
        "Later that day, Diego Alcazar met with President of the Senate of Chile Tomas "
        "Echeverria. The sides agreed to set up a parliamentary group.\n\n"
        "The Peruvian leader also met with Minister of Mining of Chile Ines Bravo. The minister "
        "said Chile was ready to share its experience."
    )
    assert [names for names, _ in _met(body)] == [
        {"Diego Alcazar", "Marta Quiroga"},
        {"Diego Alcazar", "Tomas Echeverria"},
        {"Diego Alcazar", "Ines Bravo"},
    ]


def test_a_leader_without_a_country_is_no_subject_of_a_meeting() -> None:
    """ "The leader met ..." names no country: no one is taken for it."""
    body = (
        "President of Peru Diego Alcazar held talks with President of Chile Marta Quiroga in "
        "Santiago on Tuesday.\n\n"
        "The opposition leader met with Minister of Mining of Chile Ines Bravo."
    )
    assert ({"Diego Alcazar", "Ines Bravo"}, dt.date(2025, 6, 10)) not in _met(body)


def test_a_vietnamese_family_name_alone_stands_for_the_whole_name() -> None:
    """ "Tran held talks with Y": the family name, written first, of "Tran Quoc Vinh"."""
    body = (
        "President Arturo Benitez held talks with visiting Vietnamese Deputy Prime Minister "
        "Tran Quoc Vinh in Lima on Monday.\n\n"
        "Earlier in the day, Tran held talks with Foreign Minister Lucia Prado."
    )
    assert [names for names, _ in _met(body)] == [
        {"Arturo Benitez", "Tran Quoc Vinh"},
        {"Tran Quoc Vinh", "Lucia Prado"},
    ]


def test_the_two_leaders_met_in_a_city_though_one_is_named_again_in_the_sentence() -> None:
    """ "The two leaders met at the palace in Lima, a year after A's visit to Quito last year":
    the meeting told before was in Lima."""
    body = (
        "LIMA, June 11 -- Peru and Ecuador agreed Wednesday to double trade, as President "
        "Arturo Benitez held talks with visiting Ecuadorian President Rosa Ledesma.\n\n"
        "The two leaders met at the presidential palace in Lima, about a year after Benitez's "
        "state visit to Quito in May last year."
    )
    brief = parse_brief(f"date 2025-06-11\n{body}\n", brief_id="two")
    assert [({p.name for p in m.participants}, m.place) for m in brief.meetings] == [
        ({"Arturo Benitez", "Rosa Ledesma"}, "Lima")
    ]


def test_a_host_awaiting_the_visitor_where_he_travelled_is_no_meeting() -> None:
    """ "X received A and then travelled to Osh, where he will be hosted by Y": Y is still
    to come."""
    body = (
        "President Arturo Benitez held talks with Prime Minister Omar Haddad in Bishkek on "
        "Monday.\n\n"
        "Later in the day, President Benitez received a delegation of business leaders and "
        "then travelled to Osh, where he will be hosted by Governor Talant Asanov."
    )
    assert [names for names, _ in _met(body)] == [{"Arturo Benitez", "Omar Haddad"}]


def test_a_short_given_name_and_a_middle_initial_are_one_person() -> None:
    """ "Bill Hale" in the headline, "William J. Hale, Jr." in the readout: one man, called as
    the headline calls him."""
    body = (
        "Readout of President Bill Hale's Call with President Marta Quiroga of Chile\n\n"
        "President William J. Hale, Jr. spoke today with President Marta Quiroga of Chile. "
        "President Hale welcomed new investment."
    )
    brief = parse_brief(f"date 2025-06-12\n{body}\n", brief_id="hale")
    assert [p.name for p in brief.people] == ["Bill Hale", "Marta Quiroga"]
    assert [{p.name for p in m.participants} for m in brief.meetings] == [
        {"Bill Hale", "Marta Quiroga"}
    ]


def test_an_audience_with_a_ruler_sharing_a_word_of_another_name() -> None:
    """ "X arrived last night. He was later granted an audience with His Majesty Sultan Hamid":
    X met the Sultan (not the Prime Minister whose surname is Hamid), the night before."""
    body = (
        "PORT ALDEN, June 12 -- Prime Minister Yusuf Hamid held talks with President Rosa "
        "Ledesma of Ecuador here today.\n\n"
        "Ledesma, who is on a two-day visit, arrived at the airport last night. She was later "
        "granted an audience with His Majesty Sultan Hamid at the royal palace."
    )
    met = _met(body)
    assert ({"Rosa Ledesma", "Sultan Hamid"}, dt.date(2025, 6, 11)) in met
    assert ({"Yusuf Hamid", "Rosa Ledesma"}, dt.date(2025, 6, 12)) in met


def test_a_counterpart_and_then_a_courtesy_call_on_the_president_are_two_meetings() -> None:
    """ "In Lima, X met her counterpart A and then paid a courtesy call on President B": X met
    A, then B, apart."""
    body = (
        "The tour started Monday in Lima, where Foreign Minister Anna Korhonen met her Peruvian "
        "counterpart Luis Ortega and then paid a courtesy call on President Diego Alcazar at "
        "the palace."
    )
    brief = parse_brief(f"date 2025-06-12\n{body}\n", brief_id="tour")
    assert [({p.name for p in m.participants}, m.place) for m in brief.meetings] == [
        ({"Anna Korhonen", "Luis Ortega"}, "Lima"),
        ({"Anna Korhonen", "Diego Alcazar"}, "Lima"),
    ]


def test_welcomed_by_a_host_after_which_the_two_held_talks_is_a_meeting() -> None:
    """ "He was welcomed by Vice President Y ..., after which the two held a tete-a-tete":
    he and Y met."""
    body = (
        "Prime Minister Omar Haddad arrived in Lima on Wednesday.\n\n"
        "He was welcomed by Vice President Luis Ortega with an official ceremony at the "
        "palace in Lima on Wednesday, after which the two held a tete-a-tete meeting."
    )
    brief = parse_brief(f"date 2025-06-12\n{body}\n", brief_id="welcomed")
    assert [({p.name for p in m.participants}, m.place) for m in brief.meetings] == [
        ({"Omar Haddad", "Luis Ortega"}, "Lima")
    ]


def test_a_city_described_before_where_is_the_place_of_the_meeting_there() -> None:
    """ "X travelled to Osh, the country's second city, where she met Y": in Osh."""
    body = (
        "On Tuesday, the minister travelled to Osh, the country's second largest city, where "
        "Foreign Minister Anna Korhonen met Governor Talant Asanov."
    )
    brief = parse_brief(f"date 2025-06-12\n{body}\n", brief_id="osh")
    assert [m.place for m in brief.meetings] == ["Osh"]


def test_a_hyphened_name_ending_in_in_is_no_place_before_the_next_word() -> None:
    """ "President Kim Dae-in, who is in Peru on a visit, Andina reports": no "in Andina"."""
    body = (
        "LIMA. ANDINA – Head of State Diego Alcazar held talks on Monday with President of the "
        "Republic of Korea Kim Dae-in, who is in Peru on a state visit, Andina reports citing "
        "the presidential press service."
    )
    brief = parse_brief(f"date 2025-06-12\ntitle Talks\n{body}\n", brief_id="kim")
    assert [m.place for m in brief.meetings] == [None]


def test_an_office_a_dash_and_a_style_before_a_name() -> None:
    """ "First President of Kazakhstan – Elbasy X Y": X Y holds that office; the style, after
    the dash, is neither office nor name."""
    body = (
        "On the same day, President Diego Alcazar met with First President of Kazakhstan – "
        "Elbasy Daniyar Akhmetov."
    )
    brief = parse_brief(f"date 2025-06-12\n{body}\n", brief_id="elbasy")
    akhmetov = [p for p in brief.people if p.name == "Daniyar Akhmetov"]
    assert [(p.title, p.country) for p in akhmetov] == [("First President", "Kazakhstan")]
    assert [{p.name for p in m.participants} for m in brief.meetings] == [
        {"Diego Alcazar", "Daniyar Akhmetov"}
    ]


def test_a_day_still_to_come_does_not_move_the_day_of_the_meetings_told() -> None:
    """ "X met Y on Monday. Deals are to be signed at a forum on Tuesday. On the same day, Y
    met Z": Monday, not the Tuesday of the plan (nor the one before the report)."""
    body = (
        "President Diego Alcazar held talks on Monday with President Rosa Ledesma.\n\n"
        "Another 25 agreements are to be signed at the business forum on Tuesday.\n\n"
        "On the same day, Rosa Ledesma met with Speaker Tomas Echeverria."
    )
    assert _met(body, "2025-06-09") == [
        ({"Diego Alcazar", "Rosa Ledesma"}, dt.date(2025, 6, 9)),
        ({"Rosa Ledesma", "Tomas Echeverria"}, dt.date(2025, 6, 9)),
    ]


def test_a_leader_welcomed_to_his_counterparts_seat_met_him() -> None:
    """ "X welcomed Y to Downing Street (to the Élysée)": a reception at the host's seat, which
    names no city."""
    body = (
        "Prime Minister Tom Varley welcomed Prime Minister Ingrid Solberg of Norway to Downing "
        "Street this morning.\n\n"
        "President Luc Moreau welcomed Chancellor Anna Weber to the Élysée on Monday."
    )
    brief = parse_brief(f"date 2026-11-25\n{body}\n", brief_id="seat")
    assert [({p.name for p in m.participants}, m.place) for m in brief.meetings] == [
        ({"Tom Varley", "Ingrid Solberg"}, None),
        ({"Luc Moreau", "Anna Weber"}, None),
    ]


def test_a_welcoming_ceremony_told_after_the_talks_says_where_they_were() -> None:
    """ "X held talks with Y on March 4. An official welcoming ceremony took place at the
    Palace of the Nation in Lima.": the talks were in Lima."""
    body = (
        "President Diego Alcazar, who is in Peru on a state visit, held talks with President "
        "Rosa Ledesma on March 4.\n\n"
        "An official welcoming ceremony took place at the Palace of the Nation in Lima. The "
        "talks were first held in a narrow format."
    )
    brief = parse_brief(f"date 2025-03-04\n{body}\n", brief_id="ceremony")
    assert [m.place for m in brief.meetings] == ["Lima"]


def test_a_leaders_retreat_with_his_counterpart_told_by_him_is_a_meeting() -> None:
    """ "X said ... He said the decision was reached during the Leaders' Retreat with his
    Chilean counterpart Y in Lima today": X and Y met there."""
    body = (
        "LIMA, Oct 30 -- Peru and Chile have agreed to build a border trade zone, said Prime "
        "Minister Diego Alcazar.\n\n"
        "He said the decision was reached during the fifth Peru-Chile Leaders' Retreat with his "
        "Chilean counterpart Marta Quiroga at a hotel in Lima today."
    )
    brief = parse_brief(f"date 2025-10-30\n{body}\n", brief_id="retreat")
    assert [({p.name for p in m.participants}, m.place) for m in brief.meetings] == [
        ({"Diego Alcazar", "Marta Quiroga"}, "Lima")
    ]


def test_a_retreat_still_to_come_is_no_meeting() -> None:
    body = (
        "Prime Minister Diego Alcazar said Peru was ready to build a border trade zone.\n\n"
        "He will hold a retreat with his Chilean counterpart Marta Quiroga in Lima next month."
    )
    brief = parse_brief(f"date 2025-10-30\n{body}\n", brief_id="retreat2")
    assert list(brief.meetings) == []


def test_a_meeting_told_later_takes_the_day_the_lead_states_of_both() -> None:
    """ "TURIN - X on Thursday wrapped up a tour, agreeing with Y to ... . (other sentences)
    During a meeting in Turin, Y told X ...": that Thursday."""
    body = (
        "TURIN, Italy - Foreign Minister Anna Korhonen on Thursday wrapped up a three-day tour "
        "of Italy, agreeing with Italian President Luca Ferri to work together on shipping.\n\n"
        "Korhonen is the first Finnish foreign minister to visit Italy since 2019.\n\n"
        "During a meeting at the congress centre in Turin, Ferri told Korhonen that Italy was "
        "ready to offer Finnish companies access to its ports."
    )
    assert _met(body, "2025-06-12") == [({"Anna Korhonen", "Luca Ferri"}, dt.date(2025, 6, 12))]


def test_a_meeting_at_an_airport_named_for_its_city_is_in_that_city() -> None:
    """ "X met Y at Lima Airport on Thursday evening": in Lima."""
    body = "President Diego Alcazar met Chancellor Anna Weber at Lima Airport on Thursday evening."
    brief = parse_brief(f"date 2025-06-12\n{body}\n", brief_id="airport")
    assert [m.place for m in brief.meetings] == ["Lima"]


def test_two_co_chairs_who_held_a_commission_session_met_at_it() -> None:
    """ "Earlier today, A and B, the co-chairs of the commission, held the session": its two
    co-chairs met, that day; one who held a session alone met no one."""
    body = (
        "Prime Minister Aldo Varga received the delegation led by Deputy Prime Minister of Peru "
        "Ines Bravo, who is in Lima for the session of the joint commission.\n\n"
        "Earlier today, Deputy Prime Minister Tomas Echeverria and Ines Bravo, the co-chairs of "
        "the commission, held the session and signed its protocol.\n\n"
        "Later, Minister Lucia Prado held a session of the national energy council."
    )
    assert _met(body) == [
        ({"Aldo Varga", "Ines Bravo"}, None),
        ({"Tomas Echeverria", "Ines Bravo"}, dt.date(2025, 6, 12)),
    ]


def test_a_readout_headed_telephone_conversation_is_the_call_of_the_two_it_names() -> None:
    """A head of state's site heads a call "Telephone conversation with <guest>" and names its
    own principal only in the text: the two had the call, on the readout's day."""
    body = (
        "Telephone conversation with President of Velmora Aldo Varga\n\n"
        "Aldo Varga warmly congratulated Marta Quiroga on her birthday and wished her good "
        "health.\n\n"
        "The two leaders reviewed trade and the supply of grain to the northern regions.\n\n"
        "Marta Quiroga and Aldo Varga also reviewed the schedule of contacts."
    )
    brief = parse_brief(f"date 2025-06-12\n{body}\n", brief_id="readout")
    assert [
        ({p.name for p in m.participants}, m.date, m.place, m.kind) for m in brief.meetings
    ] == [({"Aldo Varga", "Marta Quiroga"}, dt.date(2025, 6, 12), None, "phone call")]


def test_a_programme_that_provides_for_a_meeting_tells_of_none_held() -> None:
    """ "The schedule of the trip envisages talks of the President with Y": a
    meeting still to come, whose day is already named."""
    body = (
        "VELMORA – On 4 March, President of Ruritania Aldo Varga held talks with President of "
        "Freedonia Omar Haddad in Velmora.\n\n"
        "On 5 March, the schedule of the trip envisages talks of the President "
        "with Prime Minister of Freedonia Lena Novak."
    )
    assert _met(body, "2025-03-04") == [({"Aldo Varga", "Omar Haddad"}, dt.date(2025, 3, 4))]


def test_the_diplomat_of_a_country_named_after_yesterday_is_that_countrys_envoy() -> None:
    """ "Yesterday, the Chilean diplomat also met Y", after consultations of
    a Peruvian and a Chilean deputy minister: the Chilean one met Y the day before."""
    body = (
        "Lima, October 9, 2024 – Deputy Minister of Foreign Affairs of Peru Aldo Varga held "
        "talks with Deputy Minister of Foreign Affairs of Chile Omar "
        "Haddad, who is in Peru on an official visit.\n\n"
        "The parties discussed grain transit and tourism.\n\n"
        "Yesterday, the Chilean diplomat also met Minister of Trade of "
        "Peru Lena Novak, and the two discussed rail freight."
    )
    assert _met(body, "2024-10-09") == [
        ({"Aldo Varga", "Omar Haddad"}, dt.date(2024, 10, 9)),
        ({"Omar Haddad", "Lena Novak"}, dt.date(2024, 10, 8)),
    ]
