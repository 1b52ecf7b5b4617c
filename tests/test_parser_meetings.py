"""Meetings found in invented briefs: who met, the kind, the date and the place."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from structlog.testing import capture_logs

from bot.parser import parse_brief
from bot.parser.dates import RunningDate, day_stated, find_date


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        (
            "Foreign Minister Lena Varga and Foreign Minister Omar Haddad co-chaired the third "
            "round of Hungary-Jordan foreign office consultations in Budapest on Monday.",
            "talks",
        ),
        (
            "Deputy Prime Minister Lena Varga and Minister Omar Haddad co-chaired the meeting "
            "of the intergovernmental commission in Budapest on Monday.",
            "meeting",
        ),
    ],
)
def test_co_chaired_consultations_or_commission_is_a_meeting_with_date_and_place(
    body: str, kind: str
) -> None:
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="cochair")
    assert [
        ({p.name for p in m.participants}, m.kind, m.place, m.date) for m in brief.meetings
    ] == [({"Lena Varga", "Omar Haddad"}, kind, "Budapest", dt.date(2024, 3, 4))]


@pytest.mark.parametrize(
    "body",
    [
        "Chile and Peru signed a dozen agreements at the 4th session of the Chilean-Peruvian "
        "Joint Council, held at the Foreign Ministry in Lima on Monday under the chairmanship "
        "of Foreign Minister Sheikh Omar Saleh Al-Haddad and Peruvian Minister of Trade Rosa "
        "bin Carlos Mamani.",
        "Chile and Peru signed a dozen agreements on Monday.\n\nThe 4th session of the "
        "commission was chaired by Foreign Minister Sheikh Omar Saleh Al-Haddad and Peruvian "
        "Minister of Trade Rosa bin Carlos Mamani.",
    ],
)
def test_a_session_of_a_council_chaired_by_two_is_their_meeting(body: str) -> None:
    """ "... at the session of the council, held in Lima under the chairmanship of A and B",
    "The session of the commission was chaired by A and B": its two chairs met there."""
    brief = parse_brief(f"date 2026-11-24\nLIMA, Nov 24: {body}\n", brief_id="chair")
    assert [({p.name for p in m.participants}, m.date) for m in brief.meetings] == [
        ({"Omar Saleh Al-Haddad", "Rosa bin Carlos Mamani"}, dt.date(2026, 11, 23))
    ]


def test_each_item_of_a_bulleted_list_without_full_stops_tells_its_own_meeting() -> None:
    """ "Key points\n• A and B held talks in Vienna\n• B was received by C": two meetings,
    the reception no part of the talks."""
    body = (
        "Peruvian prime minister in Vienna: leaders agree hydrogen pact\n\nPolitics | Live\n\n"
        "Key points\n"
        "• Chancellor Rui Melo and Peruvian prime minister Ana Costa held talks at the "
        "Federal Chancellery in Vienna\n"
        "• The two leaders signed a partnership on hydrogen\n"
        "• Costa was received by President Pedro Nunes at the Amber Palace\n\n"
        "17:20\nThe Peruvian prime minister has just left the Amber Palace."
    )
    brief = parse_brief(f"date 2025-10-08\n{body}\n", brief_id="bullets")
    assert [[p.name for p in m.participants] for m in brief.meetings] == [
        ["Rui Melo", "Ana Costa"],
        ["Ana Costa", "Pedro Nunes"],
    ]


@pytest.mark.parametrize(
    ("office", "role"),
    [
        ("Secretary of State for Foreign Affairs and Cooperation", "Secretary of State"),
        ("Minister of State for Trade", "Minister of State"),
    ],
)
def test_an_office_of_state_named_again_as_a_role_is_its_holder(office: str, role: str) -> None:
    """ "Chilean Secretary of State for X Rita Mendes ... The Chilean Secretary of State was
    received by Y": the role "of State" is Mendes, who met Y."""
    body = (
        "Lima, Nov. 18 (Andina) - The 9th session of the Peruvian-Chilean Joint Commission was "
        "held Wednesday in Lima, co-chaired by Minister of Trade Omar Haddad and Chilean "
        f"{office} Rita Mendes.\n\nThe two sides agreed to step up cooperation in trade.\n\n"
        f"The Chilean {role} was later received by Head of Government Pedro Nunes."
    )
    brief = parse_brief(f"date 2026-11-18\n{body}\n", brief_id="ofstate")
    assert [[p.name for p in m.participants] for m in brief.meetings] == [
        ["Omar Haddad", "Rita Mendes"],
        ["Rita Mendes", "Pedro Nunes"],
    ]


def test_a_meeting_held_before_the_summit_told_is_on_the_summit_day_not_at_its_place() -> None:
    """ "X hosted A and B in Lima on Monday for a summit. ... Before the summit, X and B held
    a bilateral meeting": that Monday; where, the text does not say."""
    body = (
        "President Rosa Mamani hosted Chilean President Pablo Rojas and Prime Minister of Peru "
        "Omar Haddad at the palace in Lima on Monday for the ninth trilateral summit.\n\n"
        "The three leaders agreed to build a cable.\n\n"
        "Before the trilateral summit, Mamani and Haddad held a separate bilateral meeting."
    )
    assert _dated(body, "2023-09-04") == [
        (["Rosa Mamani", "Pablo Rojas", "Omar Haddad"], dt.date(2023, 9, 4), "Lima"),
        (["Rosa Mamani", "Omar Haddad"], dt.date(2023, 9, 4), None),
    ]


@pytest.mark.parametrize(
    ("lead", "day"),
    [
        (
            "Peru and Chile have agreed to speed up the railway, following a telephone "
            "conversation between the two countries' foreign ministers yesterday.",
            dt.date(2025, 5, 14),
        ),
        (
            "Peru and Chile have agreed to speed up the railway, the Peruvian minister said on "
            "returning home yesterday from a three-day visit.",
            None,
        ),
    ],
)
def test_the_ministers_who_held_the_talks_told_yesterday_met_the_day_before_the_report(
    lead: str, day: dt.date | None
) -> None:
    """ "Peru and Chile agreed to X, following a phone call between their ministers
    yesterday. Minister A held the talks with B": the day before the report's; a return
    "yesterday" from a visit of several days dates no meeting of it."""
    body = (
        f"{lead}\n\nThe Minister of Foreign Affairs, Dr Rosa Mamani, held the talks with "
        "Chile's Minister of Foreign Affairs, Mr Pablo Rojas, according to a statement."
    )
    assert _dated(body, "2025-05-15") == [(["Rosa Mamani", "Pablo Rojas"], day, None)]


@pytest.mark.parametrize(
    ("venue", "place"),
    [("the Arequipa Presidential Palace", "Arequipa"), ("the Presidential Palace", None)],
)
def test_a_venue_named_by_the_dateline_city_is_in_it(venue: str, place: str | None) -> None:
    """ "AREQUIPA (Andina) - A and B agreed ... during their meeting at the Arequipa
    Presidential Palace": the dateline's city, which the venue's name says it is in."""
    body = (
        "Arequipa, Peru (Andina) - President Rosa Mamani and Chilean President Pablo Rojas "
        f"agreed to cut port fees during their meeting at {venue} on Monday."
    )
    assert _dated(body, "2023-01-10") == [
        (["Rosa Mamani", "Pablo Rojas"], dt.date(2023, 1, 9), place)
    ]


def test_planned_co_chairing_is_not_a_meeting() -> None:
    body = (
        "Foreign Minister Lena Varga and Foreign Minister Omar Haddad will co-chair the next "
        "round of political consultations in Budapest."
    )
    assert parse_brief(f"date 2024-03-06\n{body}\n", brief_id="plan").meetings == ()


@pytest.mark.parametrize(
    ("then", "held"),
    [
        ("will address the national assembly before flying to Lima for talks with", False),
        ("is due to open a fair before travelling on to Lima for talks with", False),
        ("addressed the national assembly before flying to Lima for talks with", True),
        ("will fly to Lima on Sunday for talks with", False),
        ("flew to Lima for talks with", True),
        # the next leg of a tour told in the present: still to come
        ("leaves for Lima on Sunday for a summit with", False),
        ("heads to Lima for talks with", False),
        ("left for Lima on Sunday for a summit with", True),
    ],
)
def test_talks_a_journey_still_to_come_is_for_are_no_meeting(then: str, held: bool) -> None:
    """ "X will address parliament before flying to Lima for talks with Y": the journey and
    the talks it is for are still to come; told in the past, they were held."""
    body = (
        "QUITO – President Rui Melo of Ecuador met President Pedro Nunes of Chile in Quito on "
        f"Friday.\n\nOn Saturday, Melo {then} President of Peru Ana Costa."
    )
    brief = parse_brief(f"date 2026-11-24\n{body}\n", brief_id="plan")
    assert [[p.name for p in m.participants] for m in brief.meetings] == [
        ["Rui Melo", "Pedro Nunes"]
    ] + ([["Rui Melo", "Ana Costa"]] if held else [])


@pytest.mark.parametrize(
    "meeting",
    [
        "Varga and Haddad held talks on the sidelines of the forum.",
        "Foreign Minister Lena Varga hosted Foreign Minister Omar Haddad for the summit.",
    ],
)
def test_a_meeting_at_an_event_named_before_takes_its_date_and_place(meeting: str) -> None:
    """ "talks on the sidelines of the forum" / "hosted X for the summit": the meeting is
    where and when the forum or summit named before was held."""
    event = "forum" if "forum" in meeting else "summit"
    body = (
        f"ROME – Companies signed nine deals at an energy {event} held in Turin on Monday.\n\n"
        "Foreign Minister Lena Varga and Foreign Minister Omar Haddad attended.\n\n"
        f"{meeting}"
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="event")
    assert [({p.name for p in m.participants}, m.place, m.date) for m in brief.meetings] == [
        ({"Lena Varga", "Omar Haddad"}, "Turin", dt.date(2024, 3, 4))
    ]


def test_a_meeting_at_an_event_named_nowhere_before_keeps_no_place() -> None:
    """Without an earlier sentence saying where the forum was, the meeting has no place."""
    body = (
        "ROME – Foreign Minister Lena Varga and Foreign Minister Omar Haddad attended.\n\n"
        "Varga and Haddad held talks on the sidelines of the forum."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="event")
    assert [(m.place, m.date) for m in brief.meetings] == [(None, None)]


def test_attending_a_forum_co_hosted_by_a_chamber_is_no_meeting() -> None:
    """ "The forum, co-hosted by X, was attended by A and B": A and B did not meet."""
    body = (
        "ROME – The forum, co-hosted by the Chamber of Commerce, was attended by Foreign "
        "Minister Lena Varga and Foreign Minister Omar Haddad."
    )
    assert parse_brief(f"date 2024-03-06\n{body}\n", brief_id="cohost").meetings == ()


def test_a_meeting_on_the_sidelines_of_a_forum_held_in_a_city_takes_that_city() -> None:
    """ "... on the sidelines of the forum, which was held in Turin on Monday": the meeting
    was in Turin on Monday."""
    body = (
        "ROME – Foreign Minister Lena Varga met Foreign Minister Omar Haddad on the sidelines "
        "of the energy forum, which was held in Turin on Monday."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="held")
    assert [(m.place, m.date) for m in brief.meetings] == [("Turin", dt.date(2024, 3, 4))]


def _meetings(body: str) -> list[tuple[list[str], str | None, str | None]]:
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="m")
    return [([p.name for p in m.participants], m.kind, m.place) for m in brief.meetings]


def test_two_pairs_in_one_sentence_are_two_meetings() -> None:
    body = (
        "In Brussels, Foreign Minister Lena Varga met Foreign Minister Omar Haddad, while "
        "Trade Minister Piotr Nowak held talks with Economy Minister Ana Silva."
    )
    assert _meetings(body) == [
        (["Lena Varga", "Omar Haddad"], "meeting", "Brussels"),
        (["Piotr Nowak", "Ana Silva"], "talks", "Brussels"),
    ]


def test_the_two_joined_by_a_third_for_talks_is_a_meeting_of_the_three() -> None:
    """ "Later, the two were joined in X by Y for three-way talks": the two who met last,
    and Y, held talks (not Y alone, nor no one)."""
    body = (
        "Chilean President Tomas Rojas received Peruvian President Ana Torres in Santiago on "
        "Monday.\n\nThe two signed a fisheries accord.\n\nLater on Monday, the two were joined "
        "in Santiago by Bolivian Foreign Minister Luis Parra for three-way talks on water."
    )
    assert _meetings(body)[-1] == (
        ["Tomas Rojas", "Ana Torres", "Luis Parra"],
        "talks",
        "Santiago",
    )


def test_separate_meetings_pair_the_host_with_each_guest() -> None:
    body = (
        "Foreign Minister Lena Varga also held separate meetings with Senator Omar Haddad, "
        "and Managing Director of the Business Association Ana Silva."
    )
    assert _meetings(body) == [
        (["Lena Varga", "Omar Haddad"], "meeting", None),
        (["Lena Varga", "Ana Silva"], "meeting", None),
    ]


def test_meetings_held_with_three_named_are_one_with_each() -> None:
    body = (
        "Prime Minister Lena Varga held meetings on Friday with French President Omar "
        "Haddad, British Prime Minister Ana Silva and Japanese Prime Minister Ken Sato."
    )
    assert [names for names, _, _ in _meetings(body)] == [
        ["Lena Varga", "Omar Haddad"],
        ["Lena Varga", "Ana Silva"],
        ["Lena Varga", "Ken Sato"],
    ]


def test_two_also_present_at_the_meeting_join_it_and_hold_no_meeting_of_their_own() -> None:
    body = (
        "Foreign Minister Lena Varga received Foreign Minister Omar Haddad on Monday.\n\n"
        "They agreed to meet again. Deputy Minister Ana Silva and State Secretary Ken Sato "
        "were also present at the meeting."
    )
    assert [names for names, _, _ in _meetings(body)] == [
        ["Lena Varga", "Omar Haddad", "Ana Silva", "Ken Sato"]
    ]


def test_a_joint_press_conference_after_a_quotation_is_a_meeting_in_the_capital_named() -> None:
    body = (
        '"Our trade keeps growing. We aim higher," Foreign Minister Lena Varga told a joint '
        "press conference with his counterpart Omar Haddad in the capital Budapest."
    )
    assert _meetings(body) == [(["Lena Varga", "Omar Haddad"], "meeting", "Budapest")]


def test_delegations_headed_by_two_people_after_consultations_held_in_a_city() -> None:
    body = (
        "A round of political consultations between the foreign ministries was held in "
        "Budapest on Monday.\n\nThe Hungarian delegation was headed by Deputy Minister Lena "
        "Varga, and the Jordanian delegation by Deputy Minister Omar Haddad."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="m")
    assert [
        ([p.name for p in m.participants], m.kind, m.place, m.date) for m in brief.meetings
    ] == [(["Lena Varga", "Omar Haddad"], "talks", "Budapest", dt.date(2024, 3, 4))]


def test_a_later_event_to_be_held_in_a_city_is_not_the_place_of_a_call() -> None:
    body = (
        "President Lena Varga had a telephone conversation with President Omar Haddad, and "
        "they agreed on the agenda of the summit to be held in Budapest in November."
    )
    assert _meetings(body) == [(["Lena Varga", "Omar Haddad"], "phone call", None)]


@pytest.mark.parametrize(
    "attended",
    [
        "The meeting was attended by Deputy Minister Ana Silva and Ambassador Piotr Nowak.",
        # Each side's guests, listed with offices after the names and styles of address.
        "The talks session was attended on the Hungarian side by HE Eng. Ana Silva, Minister "
        "of Energy; and HE Dr. Piotr Nowak, Ambassador to Chile.",
    ],
)
def test_the_guests_attending_a_meeting_told_before_are_no_meeting_of_their_own(
    attended: str,
) -> None:
    body = f"President Lena Varga received Minister Omar Haddad in Budapest.\n\n{attended}"
    assert _meetings(body) == [(["Lena Varga", "Omar Haddad"], "meeting", "Budapest")]


def test_a_closed_relative_clause_does_not_hide_the_place_after_it() -> None:
    body = (
        "President Lena Varga, who is on a state visit to Chile, held talks with President "
        "Omar Haddad at the presidential palace in Santiago."
    )
    assert _meetings(body) == [(["Lena Varga", "Omar Haddad"], "talks", "Santiago")]


def test_a_dinner_on_another_day_is_another_meeting_and_the_aide_telling_of_it_no_guest() -> None:
    body = (
        "President Lena Varga held talks with President Omar Haddad on Monday.\n\nAide Ana "
        "Silva told reporters that on Sunday evening Varga and Haddad had an informal dinner."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="m")
    assert [([p.name for p in m.participants], m.kind, m.date) for m in brief.meetings] == [
        (["Lena Varga", "Omar Haddad"], "talks", dt.date(2024, 3, 4)),
        (["Lena Varga", "Omar Haddad"], "meeting", dt.date(2024, 3, 3)),
    ]


def test_a_forum_takes_the_date_of_the_sentence_before_it_in_its_paragraph() -> None:
    body = (
        "Today the union announced an investment package. The package was presented at the "
        "investors forum in Brussels by its president.\n\nOn the margins of the forum, "
        "Minister Lena Varga met Minister Omar Haddad."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="m")
    assert [([p.name for p in m.participants], m.place, m.date) for m in brief.meetings] == [
        (["Lena Varga", "Omar Haddad"], "Brussels", dt.date(2024, 3, 6))
    ]


def test_calling_on_one_and_meeting_another_are_two_meetings() -> None:
    body = (
        "Foreign Minister Lena Varga also called on Vice President Omar Haddad and met "
        "Minister of Trade Ana Silva."
    )
    assert _meetings(body) == [
        (["Lena Varga", "Omar Haddad"], "meeting", None),
        (["Lena Varga", "Ana Silva"], "meeting", None),
    ]


def test_talks_with_one_and_being_received_by_another_are_two_meetings() -> None:
    """ "X held talks with A and was received by B": talks with A, then B received X."""
    body = (
        "Trade Minister Lena Varga held talks with her counterpart, Omar Haddad, and was "
        "received by Prime Minister Ana Silva."
    )
    assert _meetings(body) == [
        (["Lena Varga", "Omar Haddad"], "talks", None),
        (["Lena Varga", "Ana Silva"], "meeting", None),
    ]


def test_heads_of_respective_delegations_met_the_chair_of_the_meeting() -> None:
    body = (
        "The documents were signed at a trilateral meeting chaired by Minister Lena Varga. "
        "Minister Omar Haddad and Minister Ana Silva led their respective delegations."
    )
    assert _meetings(body) == [
        (["Lena Varga", "Omar Haddad", "Ana Silva"], "trilateral meeting", None)
    ]


def test_a_round_table_held_by_one_and_taken_part_in_by_others_is_one_meeting() -> None:
    body = (
        "Minister Lena Varga held an investment round table in Lima with company heads.\n\n"
        "Taking part in the round table were Chairman of the Board of Andes Steel Omar "
        "Haddad and Chief Executive Officer of Pacific Ports Ana Silva."
    )
    assert _meetings(body) == [(["Lena Varga", "Omar Haddad", "Ana Silva"], "meeting", "Lima")]


def test_this_morning_a_launch_today_and_later_date_the_meetings() -> None:
    body = (
        "The agency today launched a regional programme.\n\nOn the sidelines of the launch, "
        "Director Lena Varga met with Minister Omar Haddad.\n\nPresident Ana Silva received "
        "Minister Omar Haddad this morning.\n\nLater, Prime Minister Piotr Nowak and Minister "
        "Omar Haddad held an official session of talks."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="m")
    day = dt.date(2024, 3, 6)
    assert [([p.name for p in m.participants], m.date) for m in brief.meetings] == [
        (["Lena Varga", "Omar Haddad"], day),
        (["Ana Silva", "Omar Haddad"], day),
        (["Piotr Nowak", "Omar Haddad"], day),
    ]


def test_his_meeting_with_someone_is_a_meeting_of_the_one_named_before() -> None:
    body = (
        "Prime Minister Lena Varga arrived in Lima.\n\nShe said the deal was agreed during "
        "her bilateral meeting with President Omar Haddad in Lima yesterday."
    )
    assert _meetings(body) == [(["Lena Varga", "Omar Haddad"], "meeting", "Lima")]


def test_two_officials_who_discussed_something_held_talks() -> None:
    body = (
        "Minister of Transport Lena Varga and Minister of Roads Omar Haddad discussed on "
        "Tuesday ways to increase transit."
    )
    assert _meetings(body) == [(["Lena Varga", "Omar Haddad"], "talks", None)]


def test_a_khokim_is_an_office() -> None:
    body = "Minister Lena Varga met Khokim of the Samarkand Region Omar Haddad."
    assert _meetings(body) == [(["Lena Varga", "Omar Haddad"], "meeting", None)]


def test_the_guests_attending_a_reception_told_before_met_the_host() -> None:
    body = (
        "President Lena Varga received the credentials of the new ambassadors.\n\nThe "
        "ceremony was attended by Ambassador of Chile Omar Haddad and Ambassador of Peru "
        "Ana Silva."
    )
    assert _meetings(body) == [(["Lena Varga", "Omar Haddad", "Ana Silva"], "meeting", None)]


@pytest.mark.parametrize(
    ("received", "presented"),
    [
        ("received copies of the credentials", "Copies of credentials were presented by"),
        ("received the letters of credence", "The letters of credence were handed over by"),
    ],
)
def test_credentials_presented_by_those_named_next_is_one_reception_of_them_all(
    received: str, presented: str
) -> None:
    """ "X received the credentials of the new ambassadors. Credentials were presented by A
    and B. The ceremony was attended by C": one reception of X, A and B, which C attended,
    though the talks with each are told in between."""
    body = (
        f"Foreign Minister Lena Varga on Monday {received} of the new ambassadors of two "
        f"countries.\n\n{presented} Ambassador of Chile Omar Haddad and Ambassador of "
        "Peru Ana Silva.\n\nWith Ambassador Haddad the sides discussed trade. The Peruvian "
        "diplomat spoke of fisheries.\n\nThe ceremony was attended by Deputy Minister "
        "Maria Rossi."
    )
    assert _meetings(body) == [
        (["Lena Varga", "Omar Haddad", "Ana Silva", "Maria Rossi"], "meeting", None)
    ]


def test_the_guest_of_a_country_said_is_the_visitor_of_that_country() -> None:
    """ "Minister X received the Chilean guest": the visitor from Chile named before, met by
    a second host; "the guest" of no country said is no one."""
    body = (
        "Foreign Minister Lena Varga held talks in Oslo on Monday with Chilean Foreign "
        "Minister Omar Haddad.\n\nThe same day, Minister of Fisheries Ana Silva received the "
        "Chilean guest.\n\nLater, Minister of Energy Maria Rossi received the guest."
    )
    assert _meetings(body) == [
        (["Lena Varga", "Omar Haddad"], "talks", "Oslo"),
        (["Ana Silva", "Omar Haddad"], "meeting", None),
    ]


@pytest.mark.parametrize("absent", ["did not attend", "could not attend"])
def test_one_who_did_not_attend_the_meeting_is_not_at_it(absent: str) -> None:
    """ "X is representing Chile at the meeting of the council, which President Y did not
    attend": Y was absent, and X met no one."""
    body = (
        "Foreign Minister Lena Varga met Foreign Minister Omar Haddad in Lima on Monday.\n\n"
        "Varga is representing Chile at the fifth meeting of the council of heads of state, "
        f"which President Ana Silva {absent} as the Senate is in session."
    )
    assert _meetings(body) == [(["Lena Varga", "Omar Haddad"], "meeting", "Lima")]


@pytest.mark.parametrize(
    "wish",
    [
        "she was open to a meeting with President Ana Silva",
        "she looked forward to meeting President Ana Silva",
        "she was ready for talks with President Ana Silva",
    ],
)
def test_a_meeting_one_is_open_to_is_no_meeting(wish: str) -> None:
    """ "X told reporters she was open to a meeting with President Y, but no date had been
    set": a wish, not a meeting."""
    body = (
        "Foreign Minister Lena Varga met Foreign Minister Omar Haddad in Lima on Monday.\n\n"
        f"Varga told reporters {wish}, but that no date had been set."
    )
    assert _meetings(body) == [(["Lena Varga", "Omar Haddad"], "meeting", "Lima")]


def test_courtesy_calls_on_several_after_talks_are_a_call_on_each() -> None:
    """ "X held talks with A, and paid courtesy calls on B, President of Y, and C, Speaker of
    Y, in Z": the talks, then one call on each."""
    body = (
        "During the visit, President Ana Silva held official talks with Peruvian Prime "
        "Minister Omar Haddad, and paid courtesy calls on Luis Ortega, President of Peru, and "
        "Maria Rossi, Speaker of the Congress of Peru, in Lima."
    )
    assert [(names, place) for names, _, place in _meetings(body)] == [
        (["Ana Silva", "Omar Haddad"], "Lima"),
        (["Ana Silva", "Luis Ortega"], "Lima"),
        (["Ana Silva", "Maria Rossi"], "Lima"),
    ]


def test_the_two_officials_are_the_two_named_just_before() -> None:
    body = (
        "The opening was attended by Deputy Minister Lena Varga and Vice Governor Omar Haddad. "
        "On the sidelines, the two officials held a meeting."
    )
    assert _meetings(body) == [(["Lena Varga", "Omar Haddad"], "meeting", None)]


def test_three_ministers_who_discussed_and_a_spokeswoman_recalling_a_call() -> None:
    body = (
        "Minister of Energy Lena Varga, Minister of Energy Omar Haddad and Minister of Energy "
        "Ana Silva discussed the water regime.\n\nSpokeswoman Maria Rossi recalled that Varga "
        "and Haddad held a telephone conversation on Monday."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="m")
    assert [([p.name for p in m.participants], m.kind) for m in brief.meetings] == [
        (["Lena Varga", "Omar Haddad", "Ana Silva"], "talks"),
        (["Lena Varga", "Omar Haddad"], "phone call"),
    ]


def test_a_city_inside_a_title_before_a_name_is_not_the_place() -> None:
    body = "Governor Lena Varga received Consul General of Chile in Almaty Omar Haddad."
    assert _meetings(body) == [(["Lena Varga", "Omar Haddad"], "meeting", None)]


def _met(text: str) -> list[tuple[set[str], dt.date | None, str | None]]:
    brief = parse_brief(text, brief_id="m")
    return [({p.name for p in m.participants}, m.date, m.place) for m in brief.meetings]


def test_a_courtesy_call_and_calling_on_someone_are_meetings_but_calling_on_sides_is_not() -> None:
    text = (
        "date 2024-03-06\nMADRID – Foreign Minister Lena Varga held talks with Foreign Minister "
        "Omar Haddad in Madrid on Monday.\n\nVarga, who arrived on Sunday, also paid a courtesy "
        "call on King Felipe Marin on Tuesday. Haddad called on both sides to expand trade.\n\n"
        "The minister also called on Prime Minister Pedro Alcala and discussed investment.\n"
    )
    assert _met(text) == [
        ({"Lena Varga", "Omar Haddad"}, dt.date(2024, 3, 4), "Madrid"),
        ({"Lena Varga", "Felipe Marin"}, dt.date(2024, 3, 5), None),
        ({"Lena Varga", "Pedro Alcala"}, None, None),
    ]


def test_their_talks_are_the_talks_of_the_two_named_just_before() -> None:
    text = (
        "date 2024-03-06\nMADRID, March 6 (Agency) -- Foreign Minister Lena Varga agreed with her "
        "counterpart Omar Haddad on Tuesday to expand trade.\n\nDuring their talks in Madrid, "
        "Varga pledged new loans.\n"
    )
    assert _met(text) == [({"Lena Varga", "Omar Haddad"}, dt.date(2024, 3, 5), "Madrid")]


def test_the_delegation_is_its_leader_and_its_talks_were_where_it_visited() -> None:
    """ "A delegation led by X visited Madrid and held talks with Y. The delegation also met
    with Z": X met Y and Z, both in Madrid."""
    text = (
        "date 2024-03-06\nA delegation of the Senate of Chile led by Senator Lena Varga visited "
        "Madrid and held talks with Speaker Omar Haddad.\n\nThe delegation also met with Deputy "
        "Foreign Minister Pedro Alcala.\n"
    )
    assert _met(text) == [
        ({"Lena Varga", "Omar Haddad"}, None, "Madrid"),
        ({"Lena Varga", "Pedro Alcala"}, None, "Madrid"),
    ]


def test_a_meeting_chaired_by_one_and_a_delegation_led_by_another_is_their_meeting() -> None:
    text = (
        "date 2024-03-06\nThe 5th meeting of the Cooperation Council took place today in Madrid. "
        "The meeting was chaired by the Foreign Minister of Spain, Lena Varga. The delegation of "
        "Chile was led by Minister of Foreign Affairs Omar Haddad.\n"
    )
    assert _met(text) == [({"Lena Varga", "Omar Haddad"}, dt.date(2024, 3, 6), "Madrid")]


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        (
            "Minister Lena Varga, who held talks with Minister Omar Haddad in Madrid on Tuesday, "
            "said trade would grow.",
            "Madrid",
        ),
        (
            "Minister Lena Varga met Minister Omar Haddad, who is on an official visit to Madrid.",
            "Madrid",
        ),
        (
            "Minister Lena Varga met Minister Omar Haddad in Spain's Toledo on Tuesday.",
            "Toledo",
        ),
        (
            "Minister Lena Varga met Minister Omar Haddad, who is on an official visit to Spain.",
            None,
        ),
    ],
)
def test_the_place_of_a_meeting_told_in_a_clause_or_by_a_visit(
    sentence: str, place: str | None
) -> None:
    assert [p for _, _, p in _met(f"date 2024-03-06\n{sentence}\n")] == [place]


def test_talks_held_here_with_a_long_name_between_are_at_the_dateline_city() -> None:
    text = (
        "date 2024-03-06\nMadrid, Mar 5 (PTI) Union Minister Lena Varga on Tuesday held talks "
        "with Spain's Deputy Prime Minister and Minister of Trade Omar Haddad here and the two "
        "sides agreed to raise trade.\n"
    )
    assert _met(text) == [({"Lena Varga", "Omar Haddad"}, dt.date(2024, 3, 5), "Madrid")]


def test_the_place_of_a_meeting_is_not_where_a_later_event_is_agreed_to_be() -> None:
    text = (
        "date 2024-03-06\nMinister Lena Varga and Minister Omar Haddad held a meeting and agreed "
        "to convene the commission in Madrid in the spring.\n"
    )
    assert _met(text) == [({"Lena Varga", "Omar Haddad"}, None, None)]


def test_a_series_of_meetings_is_of_the_one_who_held_them() -> None:
    text = (
        "date 2025-09-24\nMADRID – President Lena Varga held a series of bilateral meetings on "
        "Sept. 23 on the sidelines of the summit in Madrid.\n\nAt a meeting with President of "
        "Chile Omar Haddad, the Head of State noted that trade grew.\n\nThe President then met "
        'with Prime Minister of Peru Pedro Alcala. "We are ready to invest in ports," the '
        "Peruvian Prime Minister said.\n\nDuring his meeting with President of Kenya David "
        "Otieno, the Head of State discussed grain.\n"
    )
    day = dt.date(2025, 9, 23)
    assert _met(text) == [
        ({"Lena Varga", "Omar Haddad"}, day, "Madrid"),
        ({"Lena Varga", "Pedro Alcala"}, day, "Madrid"),
        ({"Lena Varga", "David Otieno"}, day, "Madrid"),
    ]


def test_talks_about_preparing_the_next_meeting_are_talks_held() -> None:
    """ "A and B held talks, during which they discussed preparations for the next meeting of
    the commission": the talks happened; the next meeting is what they talked about."""
    body = (
        "Foreign Minister Lena Varga and Foreign Minister Omar Haddad attended the forum.\n\n"
        "Earlier, L.Varga and O.Haddad held talks, during which they discussed preparations "
        "for the next meeting of the joint commission."
    )
    assert _meetings(body) == [(["Lena Varga", "Omar Haddad"], "talks", None)]


def test_informing_about_the_next_meeting_is_no_meeting() -> None:
    """ "X informed Y about the preparations for the next meeting of the council": neither
    a meeting held nor one the text reports as having happened."""
    body = (
        "Minister Lena Varga informed President Omar Haddad about the preparations for the "
        "next meeting of the intergovernmental council."
    )
    assert _meetings(body) == []


def test_the_head_of_state_is_the_president_the_brief_is_about_not_the_one_named_last() -> None:
    """Of two Presidents, "the Head of State" who then phones a third is the one the brief
    opened with, not the guest named last."""
    body = (
        "President Pablo Rojas held talks with President of Peru Ana Quispe, who is on an "
        "official visit.\n\n"
        "On the same day, the Head of State had a telephone conversation with President of "
        "Chile Marta Soto."
    )
    assert _meetings(body) == [
        (["Pablo Rojas", "Ana Quispe"], "talks", None),
        (["Pablo Rojas", "Marta Soto"], "phone call", None),
    ]


def test_at_a_meeting_with_a_guest_the_minister_is_the_one_the_brief_is_about() -> None:
    """ "At the meeting with X, the minister discussed": the minister who opened the brief
    (not another minister named later) met X, apart from the other guest she met."""
    body = (
        "Foreign Minister Lena Varga met Minister for Trade Omar Haddad and Mayor Ana Silva in "
        "Lisbon.\n\n"
        "At the meeting with Silva, the minister discussed green finance."
    )
    assert _meetings(body) == [
        (["Lena Varga", "Omar Haddad"], "meeting", "Lisbon"),
        (["Lena Varga", "Ana Silva"], "meeting", "Lisbon"),
    ]


_GUESTS = (
    "Foreign Minister Lena Varga paid a working visit to Lisbon on March 4, where she met "
    "with Minister of Economy Omar Haddad, Mayor Ana Silva and representatives of businesses."
)


def test_guests_met_one_by_one_are_separate_meetings_of_the_host() -> None:
    """ "X met with A, B and ...", then "During the talks with A" and "At the meeting with
    B": X met A and B separately, both where and when the visit says."""
    body = (
        f"{_GUESTS}\n\nDuring the talks with Haddad, the sides discussed trade.\n\n"
        "At the meeting with Silva, the minister discussed green finance."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="m")
    assert [([p.name for p in m.participants], m.place, m.date) for m in brief.meetings] == [
        (["Lena Varga", "Omar Haddad"], "Lisbon", dt.date(2024, 3, 4)),
        (["Lena Varga", "Ana Silva"], "Lisbon", dt.date(2024, 3, 4)),
    ]


def test_guests_never_singled_out_stay_one_meeting() -> None:
    """Without a later sentence on the talks with one guest, "X met with A, B and ..." is
    one meeting of all."""
    assert _meetings(f"{_GUESTS}\n\nThe sides discussed trade.") == [
        (["Lena Varga", "Omar Haddad", "Ana Silva"], "meeting", "Lisbon")
    ]


@pytest.mark.parametrize(
    "visit", ["a farewell visit", "a courtesy visit", "an introductory visit"]
)
def test_a_visit_paid_to_a_person_is_a_meeting(visit: str) -> None:
    """ "X paid a farewell visit to Minister of Foreign Affairs Y": they met, on that day (a
    meeting: the kind "visit" would say X hosted Y)."""
    body = (
        f"Earlier, on March 4, Ambassador Lena Varga paid {visit} to Minister of Foreign "
        "Affairs of Peru Omar Haddad."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="m")
    assert [([p.name for p in m.participants], m.kind, m.date) for m in brief.meetings] == [
        (["Lena Varga", "Omar Haddad"], "meeting", dt.date(2024, 3, 4))
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Minister Lena Varga paid a working visit to Lisbon at the invitation of Minister "
        "Omar Haddad.",
        "Minister Lena Varga paid an official visit to Peru, which Minister Omar Haddad "
        "called historic.",
    ],
)
def test_a_visit_paid_to_a_place_is_no_meeting_with_someone_named_after_it(
    sentence: str,
) -> None:
    """A visit to a city or country, with a person named after a clause or "at the
    invitation of", is no meeting of the two."""
    assert _meetings(sentence) == []


def test_a_meeting_told_right_after_a_summit_held_somewhere_takes_its_date_and_place() -> None:
    """ "A summit was held in Turin on Monday." with no one named, then "A, B and C
    discussed ...": the three met at the summit, in Turin on Monday."""
    body = (
        "A trilateral summit of the heads of state was held in Turin on Monday.\n\n"
        "President Lena Varga, President Omar Haddad and President Ana Silva discussed "
        "regional cooperation."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="m")
    assert [(len(m.participants), m.place, m.date) for m in brief.meetings] == [
        (3, "Turin", dt.date(2024, 3, 4))
    ]


def test_a_meeting_told_later_than_right_after_a_summit_keeps_no_place() -> None:
    """A meeting told two sentences after the summit sentence is not given its place."""
    body = (
        "A trilateral summit of the heads of state was held in Turin on Monday. "
        "Trade grew by 5 percent last year.\n\n"
        "President Lena Varga and President Omar Haddad discussed regional cooperation."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="m")
    assert [(m.place, m.date) for m in brief.meetings] == [(None, None)]


_TRANSCRIPT = (
    "President Lena Varga held talks with President of Peru Omar Haddad.\n\n"
    "Beginning of talks\n\n"
    "President of Portugal Lena Varga: Mr President, friends,\n\n"
    "I am very pleased to welcome you to Lisbon.\n\n"
    "President of Peru Omar Haddad: Thank you for the warm welcome."
)


def test_talks_told_as_a_transcript_are_dated_that_day_and_held_where_welcomed() -> None:
    """A transcript (each participant with a line of his own) dates the talks on its day,
    and "welcome you to Lisbon" says where they were."""
    brief = parse_brief(f"date 2024-03-06\n{_TRANSCRIPT}\n", brief_id="m")
    assert [(m.date, m.place) for m in brief.meetings] == [(dt.date(2024, 3, 6), "Lisbon")]


def test_talks_with_only_one_speaker_line_are_no_transcript() -> None:
    """One line of one speaker does not make a transcript: no date or place is given."""
    body = _TRANSCRIPT.replace("President of Peru Omar Haddad: Thank", "Thank")
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="m")
    assert [(m.date, m.place) for m in brief.meetings] == [(None, None)]


@pytest.mark.parametrize(
    ("opening", "place"),
    [
        (
            "A delegation led by Deputy Speaker Lena Varga visited Lisbon and held talks with "
            "Speaker Omar Haddad.",
            "Lisbon",
        ),
        (
            "Deputy Speaker Lena Varga, who is in Lisbon for consultations, met with Speaker "
            "Omar Haddad.",
            "Lisbon",
        ),
        # Where one meeting was held is not where the next one was.
        ("In Lisbon, Deputy Speaker Lena Varga held talks with Speaker Omar Haddad.", None),
    ],
)
def test_the_delegations_next_meeting_is_in_the_city_its_visit_was_to(
    opening: str, place: str | None
) -> None:
    """ "X visited Lisbon and held talks with Y" / "Y met X, who is in Lisbon for ...", then
    "The delegation also met with Z": that meeting was in Lisbon too."""
    body = f"{opening}\n\nThe delegation also met with Minister of Economy Ana Silva."
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="m")
    assert [(m.place, [p.name for p in m.participants]) for m in brief.meetings][1:] == [
        (place, ["Lena Varga", "Ana Silva"])
    ]


def test_talks_of_a_person_named_with_a_two_consonant_initial_are_found() -> None:
    """ "Prime Minister Ts. Batbold, who is on a visit ..., held talks with ...": the initial
    does not cut the sentence, so the talks are found with their date and place."""
    body = (
        "Prime Minister Ts. Batbold, who is on an official visit at the invitation of Premier "
        "Li Wen, held talks with his counterpart in Beijing on March 4."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="m")
    assert [([p.name for p in m.participants], m.place, m.date) for m in brief.meetings] == [
        (["Ts. Batbold", "Li Wen"], "Beijing", dt.date(2024, 3, 4))
    ]


def test_the_head_of_our_state_received_is_the_president_of_the_talks_before() -> None:
    """ "On the same day, the head of our state received X": the President of the talks
    told before received X, on their day."""
    body = (
        "President Lena Varga held talks with President Omar Haddad in Lisbon on March 4.\n\n"
        "On the same day, the head of our state received Director of the company Agro Ana "
        "Silva."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="m")
    assert [([p.name for p in m.participants], m.date) for m in brief.meetings] == [
        (["Lena Varga", "Omar Haddad"], dt.date(2024, 3, 4)),
        (["Lena Varga", "Ana Silva"], dt.date(2024, 3, 4)),
    ]


@pytest.mark.parametrize(
    "meeting",
    [
        "Minister Lena Varga met Director Omar Haddad after the signing.",
        "The contract was signed at a bilateral meeting chaired by Minister Lena Varga. "
        "Director Omar Haddad and Director Ana Silva led their respective delegations.",
    ],
)
def test_a_meeting_at_the_signing_takes_the_day_of_the_signing(meeting: str) -> None:
    """ "The zone signed on Monday a contract ...", then "X met Y after the signing" or "was
    signed at a meeting chaired by X": the meeting was on Monday."""
    body = (
        "The economic zone signed on Monday a contract with a Peruvian firm to build a plant."
        f"\n\n{meeting}"
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="m")
    assert [m.date for m in brief.meetings] == [dt.date(2024, 3, 4)]


def test_a_meeting_without_the_signing_keeps_no_date() -> None:
    """A meeting that says nothing of the signing is not given its day."""
    body = (
        "The economic zone signed on Monday a contract with a Peruvian firm to build a plant."
        "\n\nMinister Lena Varga met Director Omar Haddad."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="m")
    assert [m.date for m in brief.meetings] == [None]


def test_a_joint_press_conference_is_on_the_day_its_speaker_said_it() -> None:
    """ "X said on Wednesday. “A. B,” X told a joint press conference with Y": the press
    conference was on Wednesday."""
    body = (
        "ROME – Trade will double, Foreign Minister Lena Varga said on Monday.\n\n"
        "“Our trade grew last year. We want more,” Varga told a joint press conference with "
        "her Peruvian counterpart Omar Haddad in Turin."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="m")
    assert [(m.date, m.place) for m in brief.meetings] == [(dt.date(2024, 3, 4), "Turin")]


@pytest.mark.parametrize(
    "handing",
    ["presented her credentials to", "handed over a copy of her credentials to"],
)
def test_an_ambassador_presenting_credentials_meets_the_one_receiving_them(handing: str) -> None:
    """ "Ambassador X presented her credentials to President Y": Y received X."""
    body = f"Ambassador Lena Varga {handing} President Omar Haddad in Lisbon on Monday."
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="m")
    assert [([p.name for p in m.participants], m.date, m.place) for m in brief.meetings] == [
        (["Lena Varga", "Omar Haddad"], dt.date(2024, 3, 4), "Lisbon")
    ]


def test_she_who_met_a_new_guest_is_the_host_of_the_talks_before() -> None:
    """ "A held talks with B. Later, she met with C": A met C (not B, named last)."""
    body = (
        "President Lena Varga held talks with President Omar Haddad in Lisbon on Monday.\n\n"
        "Later, she met with Speaker Ana Silva."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="m")
    assert [([p.name for p in m.participants], m.date) for m in brief.meetings] == [
        (["Lena Varga", "Omar Haddad"], dt.date(2024, 3, 4)),
        (["Lena Varga", "Ana Silva"], dt.date(2024, 3, 4)),
    ]


def test_she_who_met_several_guests_is_one_of_the_meeting() -> None:
    """ "A arrived on a visit. During the visit, she met with B and C": A is of the meeting,
    not only B and C."""
    body = (
        "President Lena Varga arrived in Lisbon on Monday on an official visit.\n\n"
        "During the visit, she met with Prime Minister Omar Haddad and Speaker Ana Silva."
    )
    assert _meetings(body) == [(["Lena Varga", "Omar Haddad", "Ana Silva"], "meeting", None)]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("President Lena Varga held a summit with President Omar Haddad in Lisbon.", "summit"),
        ("President Lena Varga and President Omar Haddad held a bilateral summit in Lisbon.",
         "summit"),
        ("President Lena Varga congratulated President Omar Haddad by phone.", "phone call"),
    ],
)  # fmt: skip
def test_a_summit_held_with_someone_or_a_word_by_phone_is_a_meeting(
    sentence: str, kind: str
) -> None:
    """ "held a (bilateral) summit with Y" is a summit of the two; "congratulated Y by
    phone" a phone call."""
    brief = parse_brief(f"date 2024-03-06\n{sentence}\n", brief_id="m")
    assert [([p.name for p in m.participants], m.kind) for m in brief.meetings] == [
        (["Lena Varga", "Omar Haddad"], kind)
    ]


def test_a_summit_of_an_organisation_is_no_meeting_of_two() -> None:
    """ "A and B held a summit of the council": a gathering of many, not a summit of two."""
    body = "President Lena Varga and President Omar Haddad held a summit of the Council in Lisbon."
    assert _meetings(body) == []


@pytest.mark.parametrize(
    "second",
    ["His Highness also received Omar Haddad, Minister of Trade.",
     "Later, His Majesty the King met Omar Haddad, Minister of Trade."],
)  # fmt: skip
def test_his_highness_as_a_subject_is_the_ruler_the_brief_opened_with(second: str) -> None:
    """ "His Highness also received X": the ruler named first received X."""
    body = (
        "His Highness Sheikh Khalid bin Saad Al Rashid, President of the Council, received "
        f"Lena Varga, President of Peru, today.\n\n{second}"
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="m")
    assert [[p.name for p in m.participants] for m in brief.meetings] == [
        ["Khalid bin Saad Al Rashid", "Lena Varga"],
        ["Khalid bin Saad Al Rashid", "Omar Haddad"],
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Foreign Minister Lena Varga discussed with Ambassador Omar Haddad the agenda of the "
        "upcoming visit of President Ana Silva.",
        "Foreign Minister Lena Varga and Ambassador Omar Haddad exchanged views on the agenda.",
    ],
)
def test_discussed_with_or_exchanged_views_is_talks_of_the_two(sentence: str) -> None:
    """ "X discussed with Y the agenda of Z's visit" / "X and Y exchanged views": X and Y
    talked; Z, whom they talked of, did not take part."""
    assert _meetings(sentence) == [(["Lena Varga", "Omar Haddad"], "talks", None)]


@pytest.mark.parametrize(
    ("clause", "place"),
    [
        ("who invited her to pay an official visit to Lisbon next year", None),
        ("who extended an invitation to pay a visit to Lisbon", None),
        ("who is on a working visit to Lisbon", "Lisbon"),
    ],
)
def test_a_city_one_is_invited_to_visit_is_no_meeting_place(
    clause: str, place: str | None
) -> None:
    """ "..., who invited her to pay an official visit to Lisbon": the visit is still to come,
    so Lisbon is not where the talks were held (a visit under way still is)."""
    body = (
        "In the evening, Prime Minister Lena Varga held talks with Prime Minister Omar Haddad, "
        f"{clause}."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="invite")
    assert [({p.name for p in m.participants}, m.place) for m in brief.meetings] == [
        ({"Lena Varga", "Omar Haddad"}, place)
    ]


@pytest.mark.parametrize(
    ("chaired", "expected"),
    [
        (
            "The meeting was chaired by Chairman of the Chamber of Commerce Omar Haddad.",
            [({"Lena Varga", "Omar Haddad"}, dt.date(2024, 3, 5))],
        ),
        ("Chairman of the Chamber of Commerce Omar Haddad said the climate was good.", []),
    ],
)
def test_a_meeting_chaired_by_someone_after_an_office_holder_met_a_group_is_theirs(
    chaired: str, expected: list[tuple[set[str], dt.date]]
) -> None:
    """ "The same day, the President of Chile met with company heads. The meeting was
    chaired by Y": the President of Chile (the one named holding that office) met Y that day;
    Y merely named next met no one."""
    body = (
        "On Tuesday, President of Chile Lena Varga held talks with President of Peru Ana "
        "Quispe.\n\n"
        "The same day, the President of Chile met with the heads of leading Peruvian banks. "
        f"{chaired}"
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="chaired")
    assert [({p.name for p in m.participants}, m.date) for m in brief.meetings] == [
        ({"Lena Varga", "Ana Quispe"}, dt.date(2024, 3, 5)),
        *expected,
    ]


@pytest.mark.parametrize(
    ("event", "expected"),
    [
        (
            "Varga then took part in a Peru-Chile business round table chaired jointly with "
            "Chilean Minister of Economy Omar Haddad.",
            [({"Lena Varga", "Omar Haddad"}, dt.date(2024, 3, 5), None)],
        ),
        (
            "On Wednesday, Varga addressed the Peru-Chile Business Forum in Valparaiso, "
            "organized by the chambers of commerce, alongside Chilean Trade Minister Omar Haddad.",
            [({"Lena Varga", "Omar Haddad"}, dt.date(2024, 3, 6), "Valparaiso")],
        ),
        (
            "On Wednesday, Varga attended the Peru-Chile Business Forum in Cusco together with "
            "Chilean Economy Minister Omar Haddad.",
            [({"Lena Varga", "Omar Haddad"}, dt.date(2024, 3, 6), "Cusco")],
        ),
        (
            "The same day, Varga met with the heads of leading Chilean companies. The round "
            "table was moderated by Chairman of the Chilean Chamber of Commerce Omar Haddad.",
            [({"Lena Varga", "Omar Haddad"}, dt.date(2024, 3, 5), None)],
        ),
        ("Minister of Economy Omar Haddad worked alongside Minister Ivo Bran for years.", []),
        ("Minister of Economy Omar Haddad worked together with Minister Ivo Bran.", []),
    ],
)
def test_a_round_table_or_forum_held_jointly_with_someone_is_a_meeting_with_them(
    event: str, expected: list[tuple[set[str], dt.date, str | None]]
) -> None:
    """ "X took part in a round table chaired jointly with Y", "X addressed the forum alongside
    Y" (or "together with Y"), "X met company heads. The round table was moderated by Y": X
    and Y held it together ("then": the day of the talks before); working alongside someone,
    with no event, is no meeting."""
    body = (
        "LIMA – President Lena Varga held talks with President of Chile Ana Quispe on "
        f"Tuesday.\n\n{event}"
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="jointly")
    assert [({p.name for p in m.participants}, m.date, m.place) for m in brief.meetings] == [
        ({"Lena Varga", "Ana Quispe"}, dt.date(2024, 3, 5), None),
        *expected,
    ]


@pytest.mark.parametrize(
    ("role", "guest"),
    [("the Peruvian president", "Ana Quispe"), ("the Chilean president", "Lena Varga")],
)
def test_a_role_with_a_nationality_is_the_one_of_that_country_holding_it(
    role: str, guest: str
) -> None:
    """ "the Peruvian president addressed the forum alongside Y": the President of Peru, not
    the Chilean one named first."""
    body = (
        "SANTIAGO – Chilean President Lena Varga and her Peruvian counterpart Ana Quispe on "
        "Tuesday agreed to raise trade to $5 billion.\n\n"
        f"On Wednesday, {role} addressed the Chile-Peru Business Forum in Valparaiso alongside "
        "Chilean Trade Minister Omar Haddad."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="nation")
    assert [({p.name for p in m.participants}, m.date, m.place) for m in brief.meetings] == [
        ({guest, "Omar Haddad"}, dt.date(2024, 3, 6), "Valparaiso")
    ]


def test_the_two_leaders_met_on_the_day_the_sentence_naming_them_gives() -> None:
    """ "A and B on Tuesday agreed ... The two leaders co-chaired the council in Lima": the
    two named just before met that Tuesday."""
    body = (
        "LIMA – President Lena Varga and her Chilean counterpart Ana Quispe on Tuesday agreed "
        "to raise trade to $5 billion.\n\n"
        "The two leaders co-chaired the third meeting of the Strategic Council in Lima."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="two")
    assert [({p.name for p in m.participants}, m.date, m.place) for m in brief.meetings] == [
        ({"Lena Varga", "Ana Quispe"}, dt.date(2024, 3, 5), "Lima")
    ]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("President Lena Varga exchanged views with Prime Minister Ana Quispe", "talks"),
        ("President Lena Varga conferred with Prime Minister Ana Quispe", "talks"),
        ("President Lena Varga talked with Prime Minister Ana Quispe", "talks"),
        (
            "President Lena Varga welcomed Prime Minister Ana Quispe at the Presidential Palace",
            "meeting",
        ),
        ("President Lena Varga welcomed Prime Minister Ana Quispe’s proposal on trade", None),
    ],
)
def test_views_exchanged_conferring_talking_with_or_welcoming_someone_at_a_palace_is_meeting(
    sentence: str, kind: str | None
) -> None:
    """ "X exchanged views with Y", "conferred with", "talked with", "welcomed Y at the
    Palace" tell of a meeting that day; welcoming Y's proposal does not."""
    brief = parse_brief(f"date 2024-03-06\nLIMA – {sentence} on Tuesday.\n", brief_id="kinds")
    expected = [] if kind is None else [({"Lena Varga", "Ana Quispe"}, dt.date(2024, 3, 5), kind)]
    assert [({p.name for p in m.participants}, m.date, m.kind) for m in brief.meetings] == expected


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("They held talks at the Palace of Government in Lima.", "talks"),
        ("The leaders met in Lima after the signing ceremony.", "meeting"),
        ("They agreed to meet again in Lima.", None),
    ],
)
def test_they_or_the_leaders_after_a_sentence_naming_two_are_those_two(
    sentence: str, kind: str | None
) -> None:
    """ "A and B on Tuesday agreed ... They held talks in Lima": A and B met that Tuesday in
    Lima; agreeing to meet is no meeting."""
    body = (
        "LIMA – President Lena Varga and Chilean Prime Minister Ana Quispe on Tuesday agreed "
        f"to raise trade to $5 billion.\n\n{sentence}"
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="they")
    expected = (
        [] if kind is None else [({"Lena Varga", "Ana Quispe"}, dt.date(2024, 3, 5), "Lima", kind)]
    )
    assert [
        ({p.name for p in m.participants}, m.date, m.place, m.kind) for m in brief.meetings
    ] == expected


@pytest.mark.parametrize(
    ("after", "place"),
    [
        (" in Santiago on Tuesday, and invited her to visit Lima", "Santiago"),
        (" on Tuesday and agreed to meet again in Lima", None),
        (" on Tuesday, with the two agreeing to hold the next round in Valparaiso", None),
    ],
)
def test_talks_held_then_an_invitation_or_agreement_to_meet_are_still_held(
    after: str, place: str | None
) -> None:
    """ "X held talks with Y in Santiago and invited her to visit Lima": the talks were held
    (in Santiago), the visit and the next round are still to come, and where they will be is
    not where the talks were."""
    body = f"President Lena Varga held talks with Prime Minister of Chile Ana Quispe{after}."
    brief = parse_brief(f"date 2024-03-06\nLIMA – {body}\n", brief_id="held")
    assert [({p.name for p in m.participants}, m.date, m.place) for m in brief.meetings] == [
        ({"Lena Varga", "Ana Quispe"}, dt.date(2024, 3, 5), place)
    ]


def test_an_invitation_to_meet_with_no_meeting_before_it_is_planned() -> None:
    """ "X invited Y to visit Lima": no meeting yet."""
    body = "President Lena Varga invited Prime Minister of Chile Ana Quispe to visit Lima."
    assert parse_brief(f"date 2024-03-06\nLIMA – {body}\n", brief_id="inv").meetings == ()


@pytest.mark.parametrize(
    ("residence", "place"),
    [("Beijing's Great Hall of the People", "Beijing"), ("Zorvan's Carondelet Palace", None)],
)
def test_a_residence_owned_by_a_city_is_in_that_city(residence: str, place: str | None) -> None:
    """ "talks in Beijing's Great Hall of the People": held in Beijing; an owner not known as
    a city gives no place (never "Zorvan's Carondelet")."""
    body = f"President Lena Varga held talks with Premier Ana Quispe in {residence} on Tuesday."
    brief = parse_brief(f"date 2024-03-06\nLIMA – {body}\n", brief_id="hall")
    assert [({p.name for p in m.participants}, m.date, m.place) for m in brief.meetings] == [
        ({"Lena Varga", "Ana Quispe"}, dt.date(2024, 3, 5), place)
    ]


@pytest.mark.parametrize(
    ("where", "place"),
    [("in the Chilean capital, Santiago,", "Santiago"), ("in the Chilean capital", None)],
)
def test_the_capital_named_after_its_country_adjective_is_the_place(
    where: str, place: str | None
) -> None:
    """ "talks in the Chilean capital, Santiago, on Tuesday": in Santiago (no city named: no
    place)."""
    body = f"President Lena Varga held talks with Premier Ana Quispe {where} on Tuesday."
    brief = parse_brief(f"date 2024-03-06\nLIMA – {body}\n", brief_id="capital")
    assert [({p.name for p in m.participants}, m.date, m.place) for m in brief.meetings] == [
        ({"Lena Varga", "Ana Quispe"}, dt.date(2024, 3, 5), place)
    ]


@pytest.mark.parametrize(("city", "place"), [("Kuwait City", "Kuwait City"), ("Lima", "Lima")])
def test_a_city_whose_name_ends_in_city_is_the_place(city: str, place: str) -> None:
    """ "talks in Kuwait City": the whole name, though "City" alone is no part of a place."""
    body = f"President Lena Varga held talks with Premier Ana Quispe in {city} on Tuesday."
    brief = parse_brief(f"date 2024-03-06\nROME – {body}\n", brief_id="city")
    assert [(m.date, m.place) for m in brief.meetings] == [(dt.date(2024, 3, 5), place)]


@pytest.mark.parametrize(
    ("after", "places"),
    [
        # the talks are the ones just told: held there; the later meeting keeps no place
        ("The talks took place at the Foreign Ministry in Lima.", ["Lima", None]),
        ("The meeting was held in Lima in a warm atmosphere.", ["Lima", None]),
        # a sentence between: still the talks just told
        ("They discussed trade. The talks took place in Lima.", ["Lima", None]),
        # "held" told in passing, between commas
        ("The talks, held at the Foreign Ministry in Lima, also covered fishing.", ["Lima", None]),
    ],
)
def test_the_talks_taking_place_somewhere_just_after_them_are_held_there(
    after: str, places: list[str | None]
) -> None:
    """ "X held talks with Y on Tuesday. The talks took place in Lima": the talks' place,
    not a place for the meeting told after."""
    body = (
        "ROME – President Lena Varga held talks with Premier Ana Quispe on Tuesday. "
        f"{after}\n\nOn Wednesday, Varga met with Speaker Rosa Mamani."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="took")
    assert [(m.date, m.place) for m in brief.meetings] == [
        (dt.date(2024, 3, 5), places[0]),
        (dt.date(2024, 3, 6), places[1]),
    ]


@pytest.mark.parametrize("event", ["video conference", "talks", "meeting"])
def test_ministers_who_attended_the_meeting_are_no_meeting_of_their_own(event: str) -> None:
    """ "A and B also attended the video conference": they were at the one meeting told."""
    body = (
        "ROME – Prime Minister Lena Varga held talks via video conference with Prime Minister "
        f"Ana Quispe on Tuesday.\n\nMinister of Energy Rosa Mamani and Minister of Mining Omar "
        f"Haddad also attended the {event}."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="attend")
    assert [({p.name for p in m.participants}, m.date) for m in brief.meetings] == [
        ({"Lena Varga", "Ana Quispe"}, dt.date(2024, 3, 5))
    ]


def test_guests_who_attended_a_dinner_met_there() -> None:
    """ "A and B attended an official dinner": a dinner is where they met."""
    body = "ROME – Prime Minister Lena Varga and Prime Minister Ana Quispe attended a dinner."
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="dinner")
    assert [{p.name for p in m.participants} for m in brief.meetings] == [
        {"Lena Varga", "Ana Quispe"}
    ]


def test_two_named_with_a_counterpart_apposition_discussing_are_the_talks_told_before() -> None:
    """ "The two ministers held talks in Lima. A and her counterpart, B, also discussed ...":
    A and B's talks, when and where told; a courtesy call after them keeps no place."""
    body = (
        "ROME – The two foreign ministers held talks in Lima on Tuesday.\n\n"
        "Foreign Minister Lena Varga and her Peruvian counterpart, Ana Quispe, also discussed "
        "trade.\n\nEarlier in the day, Varga paid a courtesy call on Speaker Rosa Mamani."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="counterpart")
    assert [
        ([p.name for p in m.participants], m.kind, m.date, m.place) for m in brief.meetings
    ] == [
        (["Lena Varga", "Ana Quispe"], "talks", dt.date(2024, 3, 5), "Lima"),
        (["Lena Varga", "Rosa Mamani"], "meeting", dt.date(2024, 3, 5), None),
    ]


def test_a_visit_told_day_by_day_dates_each_meeting_by_the_day_told_before_it() -> None:
    """Sub-headings with no date keep the day; "then", "On the same day" and "In the
    afternoon" keep it too; "the second day" moves it one day on."""
    body = (
        "President Lena Varga completed a two-day state visit to Peru on March 6.\n\n"
        "First day of the visit\n\n"
        "On March 5, a welcome ceremony was held at the palace. Varga then held talks with "
        "President Ana Quispe.\n\n"
        "On the same day, Varga met Speaker Rosa Mamani.\n\n"
        "Second day of the visit\n\n"
        "On the second day of the visit, Varga received Governor Omar Haddad.\n\n"
        "In the afternoon, Varga met Mayor Carlos Ruiz."
    )
    brief = parse_brief(f"date 2024-03-08\n{body}\n", brief_id="days")
    assert [([p.name for p in m.participants], m.date) for m in brief.meetings] == [
        (["Lena Varga", "Ana Quispe"], dt.date(2024, 3, 5)),
        (["Lena Varga", "Rosa Mamani"], dt.date(2024, 3, 5)),
        (["Lena Varga", "Omar Haddad"], dt.date(2024, 3, 6)),
        (["Lena Varga", "Carlos Ruiz"], dt.date(2024, 3, 6)),
    ]


@pytest.mark.parametrize("phrase", ["The next day", "The following day", "A day later"])
def test_a_meeting_the_next_day_is_the_day_after_the_meeting_before(phrase: str) -> None:
    body = (
        "ROME – Minister Lena Varga met Ambassador Ana Quispe in Lima on March 4.\n\n"
        f"{phrase}, Deputy Minister Rosa Mamani received Governor Omar Haddad."
    )
    brief = parse_brief(f"date 2024-03-08\n{body}\n", brief_id="next")
    assert [([p.name for p in m.participants], m.date) for m in brief.meetings] == [
        (["Lena Varga", "Ana Quispe"], dt.date(2024, 3, 4)),
        (["Rosa Mamani", "Omar Haddad"], dt.date(2024, 3, 5)),
    ]


@pytest.mark.parametrize(
    ("before", "date"),
    [
        ("On March 5, a welcome ceremony was held.", dt.date(2024, 3, 5)),
        ("On Tuesday, a welcome ceremony was held.", dt.date(2024, 3, 5)),
        # a day that is no event's ("as of"), long before the report, or none at all: no date
        ("As of March 1, 40 firms operated in Peru.", None),
        ("The treaty was signed on May 5, 2019.", None),
        ("The next day, a welcome ceremony was held.", None),
    ],
)
def test_then_after_a_day_stated_with_on_is_that_day(before: str, date: dt.date | None) -> None:
    """ "On March 5, a ceremony was held. X then held talks with Y": on March 5."""
    body = f"ROME – {before} President Lena Varga then held talks with Premier Ana Quispe."
    brief = parse_brief(f"date 2024-03-08\n{body}\n", brief_id="then")
    assert [m.date for m in brief.meetings] == [date]


def test_running_date_follows_on_dates_next_days_and_days_of_a_visit() -> None:
    """The running date: stated with "on", moved by a day phrase (which it reports), kept by
    a sentence stating none."""
    running = RunningDate(dt.date(2024, 3, 8))

    def read(text: str) -> tuple[bool, dt.date | None]:
        return running.read(text, frozenset(re.findall("[a-z]+", text.lower()))), running.date

    assert read("The next day, nothing.") == (False, None)
    assert read("On March 4, talks were held.") == (False, dt.date(2024, 3, 4))
    assert read("First day of the visit") == (True, dt.date(2024, 3, 4))
    assert read("Trade grew as of March 1.") == (False, dt.date(2024, 3, 4))
    assert read("Third day of the visit") == (True, dt.date(2024, 3, 6))
    assert read("On the third day, a tour.") == (True, dt.date(2024, 3, 6))
    assert read("The following day, a forum.") == (True, dt.date(2024, 3, 7))
    running.meet(dt.date(2024, 3, 2))
    assert running.date == dt.date(2024, 3, 2)


@pytest.mark.parametrize(
    ("went", "place"),
    [
        ("travelled to Samarkand, where she met Governor Omar Haddad", "Samarkand"),
        ("arrived in Samarkand, where she met Governor Omar Haddad", "Samarkand"),
        # the meeting is not the one "where" tells of
        ("met Governor Omar Haddad, then travelled to Samarkand, where she toured a plant", None),
    ],
)
def test_a_meeting_in_the_city_travelled_to_where_it_was_held(went: str, place: str) -> None:
    """ "X travelled to Samarkand, where she met Y": met in Samarkand."""
    body = f"ROME – On Tuesday, President Lena Varga {went}."
    brief = parse_brief(f"date 2024-03-08\n{body}\n", brief_id="went")
    assert [([p.name for p in m.participants], m.date, m.place) for m in brief.meetings] == [
        (["Lena Varga", "Omar Haddad"], dt.date(2024, 3, 5), place)
    ]


def test_a_body_travelled_to_where_is_no_place_of_the_meeting() -> None:
    """ "X travelled to Parliament, where she met Y": a body, not a town, so no place."""
    body = (
        "ROME – On Monday, Minister Ann Lee travelled to Parliament, where she met Speaker of "
        "Peru Bo Tan."
    )
    brief = parse_brief(f"date 2024-03-08\n{body}\n", brief_id="went")
    assert [([p.name for p in m.participants], m.date, m.place) for m in brief.meetings] == [
        (["Ann Lee", "Bo Tan"], dt.date(2024, 3, 4), None)
    ]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "Ambassador of Peru Ana Quispe presented a copy of her letters of credence to "
            "Foreign Minister Lena Varga on Monday.",
            "meeting",
        ),
        (
            "President Lena Varga accepted the letters of credence of Ambassador of Peru Ana "
            "Quispe on Monday.",
            "meeting",
        ),
        (
            "President Lena Varga granted an audience to Ambassador of Peru Ana Quispe on Monday.",
            "meeting",
        ),
        (
            "President Lena Varga had a conversation with Prime Minister Ana Quispe on Monday.",
            "talks",
        ),
        (
            "President Lena Varga and Prime Minister Ana Quispe talked on the phone on Monday.",
            "phone call",
        ),
    ],
)
def test_credence_an_audience_a_conversation_or_a_talk_on_the_phone_is_a_meeting(
    sentence: str, kind: str
) -> None:
    brief = parse_brief(f"date 2024-03-08\nROME – {sentence}\n", brief_id="kinds")
    assert [({p.name for p in m.participants}, m.date, m.kind) for m in brief.meetings] == [
        ({"Lena Varga", "Ana Quispe"}, dt.date(2024, 3, 4), kind)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "President Lena Varga said in a conversation with journalists that Peru matters.",
        "President Lena Varga wrote a letter of thanks to Prime Minister Ana Quispe.",
    ],
)
def test_a_conversation_with_no_one_named_or_a_letter_is_no_meeting(sentence: str) -> None:
    brief = parse_brief(f"date 2024-03-08\nROME – {sentence}\n", brief_id="none")
    assert brief.meetings == ()


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        ("Prime Minister Ana Quispe called President Lena Varga on Monday to thank her.", True),
        ("Prime Minister Ana Quispe called her Hungarian counterpart Lena Varga on Monday.", True),
        # a name, a call for something, a possessive: no call
        ("Prime Minister Ana Quispe on Monday called President Lena Varga a partner.", False),
        ("Prime Minister Ana Quispe on Monday called for ties with President Lena Varga.", False),
        ("Prime Minister Ana Quispe on Monday called President Lena Varga's plan timely.", False),
    ],
)
def test_calling_someone_by_name_is_a_phone_call(sentence: str, met: bool) -> None:
    """ "X called President Y on Monday": a phone call of the two."""
    brief = parse_brief(f"date 2024-03-08\nROME – {sentence}\n", brief_id="call")
    expected = [({"Lena Varga", "Ana Quispe"}, dt.date(2024, 3, 4), "phone call")]
    assert [({p.name for p in m.participants}, m.date, m.kind) for m in brief.meetings] == (
        expected if met else []
    )


@pytest.mark.parametrize(
    ("trip", "place"),
    [("during a working trip to Samarkand", "Samarkand"), ("before her trip to Samarkand", None)],
)
def test_a_meeting_during_a_trip_to_a_city_is_held_there(trip: str, place: str | None) -> None:
    body = f"ROME – On Monday, {trip}, President Lena Varga met with Governor Omar Haddad."
    brief = parse_brief(f"date 2024-03-08\n{body}\n", brief_id="trip")
    assert [({p.name for p in m.participants}, m.date, m.place) for m in brief.meetings] == [
        ({"Lena Varga", "Omar Haddad"}, dt.date(2024, 3, 4), place)
    ]


def test_the_head_of_the_cabinet_as_subject_is_the_host_of_the_meetings_before() -> None:
    """ "In addition, the head of the Peruvian Cabinet met with Y": the host of the meetings
    told before met Y, where and when the event they were held at was."""
    body = (
        "ROME – Prime Minister Ana Quispe took part in the meeting of the Council of Ministers "
        "held in Turin on March 4.\n\n"
        "On the sidelines of the meeting, Quispe met with Prime Minister Lena Varga.\n\n"
        "In addition, the head of the Peruvian Cabinet met with Commissioner Omar Haddad."
    )
    brief = parse_brief(f"date 2024-03-08\n{body}\n", brief_id="head")
    assert [([p.name for p in m.participants], m.date, m.place) for m in brief.meetings] == [
        (["Ana Quispe", "Lena Varga"], dt.date(2024, 3, 4), "Turin"),
        (["Ana Quispe", "Omar Haddad"], dt.date(2024, 3, 4), "Turin"),
    ]


def test_a_meeting_on_another_day_than_the_event_is_not_where_the_event_was() -> None:
    """ "X took part in a meeting held in Turin on March 4 ... Earlier, on March 3, X was
    received by Y at the palace": that day's meeting has no place (the text names none)."""
    body = (
        "ROME – Prime Minister Ana Quispe took part in the meeting of the Council of Ministers "
        "held in Turin on March 4.\n\n"
        "On the sidelines of the meeting, Quispe met with Prime Minister Lena Varga.\n\n"
        "Earlier, on March 3, Quispe was received by President Omar Haddad at the palace."
    )
    brief = parse_brief(f"date 2024-03-08\n{body}\n", brief_id="other-day")
    assert [([p.name for p in m.participants], m.date, m.place) for m in brief.meetings] == [
        (["Ana Quispe", "Lena Varga"], dt.date(2024, 3, 4), "Turin"),
        (["Ana Quispe", "Omar Haddad"], dt.date(2024, 3, 3), None),
    ]


@pytest.mark.parametrize(
    ("then", "when_where"),
    [
        ("Varga also held a meeting with Governor Omar Haddad.", (dt.date(2024, 3, 4), "Turin")),
        (
            "\n\nPresident Rosa Mamani held talks with Governor Omar Haddad.",
            (dt.date(2024, 3, 4), "Turin"),
        ),
        # a call, or a meeting on a day told after, was not at the forum
        ("Varga also spoke by phone with Governor Omar Haddad.", (None, None)),
        ("On March 6, Varga met Governor Omar Haddad.", (dt.date(2024, 3, 6), None)),
    ],
)
def test_meetings_told_after_one_on_the_sidelines_were_there_too(
    then: str, when_where: tuple[dt.date | None, str | None]
) -> None:
    """ "On the sidelines of the forum, A met B. A also met C": C was met at the forum."""
    body = (
        "ROME – A business forum was held in Turin on March 4.\n\n"
        "On the sidelines of the forum, President Lena Varga met with Premier Ana Quispe. "
        f"They discussed trade. {then}"
    )
    brief = parse_brief(f"date 2024-03-08\n{body}\n", brief_id="sidelines")
    assert [(m.date, m.place) for m in brief.meetings] == [
        (dt.date(2024, 3, 4), "Turin"),
        when_where,
    ]


def test_a_ministerial_with_the_sides_represented_and_a_meeting_on_its_margins() -> None:
    """ "A ministerial meeting in Luxembourg on Monday, chaired by A and attended by B. The
    other side was represented by C and D": one meeting of the four, in Luxembourg (a capital
    bearing its country's name); "On the margins of the ministerial, A met D": there, then."""
    body = (
        "ROME – The package was announced at the EU-Andes Ministerial Meeting in Luxembourg on "
        "Monday, chaired by Foreign Minister Lena Varga and attended by Commissioner Omar "
        "Haddad.\n\nThe Andean side was represented by Peruvian Foreign Minister Ana Quispe "
        "and Bolivian Foreign Minister Rosa Mamani.\n\n"
        "On the margins of the ministerial, Varga held a bilateral meeting with Mamani."
    )
    brief = parse_brief(f"date 2024-03-08\n{body}\n", brief_id="ministerial")
    assert [([p.name for p in m.participants], m.date, m.place) for m in brief.meetings] == [
        (
            ["Lena Varga", "Omar Haddad", "Ana Quispe", "Rosa Mamani"],
            dt.date(2024, 3, 4),
            "Luxembourg",
        ),
        (["Lena Varga", "Rosa Mamani"], dt.date(2024, 3, 4), "Luxembourg"),
    ]


def test_someone_represented_at_an_event_after_a_bilateral_meeting_is_not_in_it() -> None:
    """Only a chaired or attended meeting takes in the people who "represented" a side."""
    body = (
        "ROME – Foreign Minister Lena Varga met Foreign Minister Omar Haddad on Monday.\n\n"
        "At the forum, Peru was represented by Foreign Minister Ana Quispe."
    )
    brief = parse_brief(f"date 2024-03-08\n{body}\n", brief_id="represented")
    assert [[p.name for p in m.participants] for m in brief.meetings] == [
        ["Lena Varga", "Omar Haddad"]
    ]


@pytest.mark.parametrize(
    ("second", "meetings"),
    [
        (
            "The talks continued with the participation of the delegations, including Prime "
            "Minister Rosa Mamani and Deputy Prime Minister Omar Haddad.",
            [{"Lena Varga", "Ana Quispe"}],
        ),
        # the two told before under a plural name, who met alone first
        (
            "The leaders first held a one-on-one meeting and then continued the talks with the "
            "participation of the delegations, including Minister of Energy Rosa Mamani and "
            "Minister of Culture Omar Haddad.",
            [{"Lena Varga", "Ana Quispe"}],
        ),
        # a meeting held with someone's participation, told on its own, is theirs
        (
            "A meeting of the commission was held with the participation of Prime Minister "
            "Rosa Mamani and Deputy Prime Minister Omar Haddad.",
            [{"Lena Varga", "Ana Quispe"}, {"Rosa Mamani", "Omar Haddad"}],
        ),
    ],
)
def test_people_the_talks_continued_with_are_attendees_of_those_talks(
    second: str, meetings: list[set[str]]
) -> None:
    body = (
        f"ROME – President Lena Varga held talks with President Ana Quispe on Monday.\n\n{second}"
    )
    brief = parse_brief(f"date 2024-03-08\n{body}\n", brief_id="participation")
    assert [{p.name for p in m.participants} for m in brief.meetings] == meetings


def test_the_co_chairs_as_subject_are_those_of_the_co_chaired_meeting_before() -> None:
    """ "The council co-chaired by A and B met ... On March 5, the co-chairs were received
    by Y": Y met A and B."""
    body = (
        "ROME – The council held its ninth meeting in Turin on March 4. It was co-chaired by "
        "Chairman Lena Varga and by President Omar Haddad.\n\n"
        "On March 5, the co-chairs were received by Prime Minister Ana Quispe."
    )
    brief = parse_brief(f"date 2024-03-08\n{body}\n", brief_id="cochairs")
    assert [({p.name for p in m.participants}, m.date) for m in brief.meetings] == [
        ({"Lena Varga", "Omar Haddad"}, dt.date(2024, 3, 4)),
        ({"Lena Varga", "Omar Haddad", "Ana Quispe"}, dt.date(2024, 3, 5)),
    ]


@pytest.mark.parametrize(
    ("where", "place"),
    [
        ("in the Peruvian city of Cusco", "Cusco"),
        ("in the eastern port city of Aktau", "Aktau"),
        ("in the Kazakh capital of Astana", "Astana"),
        ("in the capital of Peru", None),
    ],
)
def test_a_city_named_after_its_kind_and_country_adjective_is_the_place(
    where: str, place: str | None
) -> None:
    body = f"President Lena Varga held talks with Premier Ana Quispe {where} on Tuesday."
    brief = parse_brief(f"date 2024-03-06\nROME – {body}\n", brief_id="city-of")
    assert [(m.date, m.place) for m in brief.meetings] == [(dt.date(2024, 3, 5), place)]


@pytest.mark.parametrize(
    ("when", "date"),
    [
        ("the day before yesterday", dt.date(2024, 3, 4)),
        ("yesterday", dt.date(2024, 3, 5)),
        ("the day before", dt.date(2024, 3, 5)),
    ],
)
def test_the_day_before_yesterday_is_two_days_before_publication(when: str, date: dt.date) -> None:
    assert find_date(f"They met {when}.", dt.date(2024, 3, 6)) == date


@pytest.mark.parametrize(
    ("before", "date"),
    [
        ("The day before, ", dt.date(2024, 3, 3)),
        ("On the eve of the talks, ", dt.date(2024, 3, 3)),
        ("Prior to the talks, ", dt.date(2024, 3, 4)),
        ("Before the talks, ", dt.date(2024, 3, 4)),
    ],
)
def test_the_day_before_or_the_eve_of_the_talks_is_the_day_before_them(
    before: str, date: dt.date
) -> None:
    """ "X held talks with Y on Monday. The day before / On the eve of the talks, X met Z":
    on Sunday (not the day before publication); "Prior to the talks": on Monday."""
    body = (
        "ROME – President Lena Varga held talks with Premier Ana Quispe on Monday.\n\n"
        f"{before}Varga received Speaker Rosa Mamani."
    )
    brief = parse_brief(f"date 2024-03-08\n{body}\n", brief_id="eve")
    assert [m.date for m in brief.meetings] == [dt.date(2024, 3, 4), date]


def test_a_meeting_in_a_city_recalled_during_a_call_gives_the_call_no_place() -> None:
    """ "X had a phone call with Y on Thursday. ... X recalled his meeting with Y in Lima":
    the call was held nowhere."""
    body = (
        "ROME – President Lena Varga had a telephone conversation on Thursday with Prime "
        "Minister Ana Quispe.\n\nVarga recalled her meeting with Quispe in Lima last year."
    )
    brief = parse_brief(f"date 2024-03-08\n{body}\n", brief_id="recalled")
    assert [(m.date, m.place, m.kind) for m in brief.meetings] == [
        (dt.date(2024, 3, 7), None, "phone call")
    ]


def test_a_series_of_meetings_told_with_during_talks_with_and_the_diplomat() -> None:
    """ "X held a series of meetings in Geneva on March 4. At a meeting with A, ... During
    talks with B, ... Later, the Peruvian diplomat met with C": X met A, B and C there."""
    body = (
        "On March 4, Deputy Foreign Minister Ana Quispe held a series of meetings in Geneva.\n\n"
        "At a meeting with Director-General Lena Varga, the parties discussed trade.\n\n"
        "During talks with State Secretary Omar Haddad, the sides reviewed the dialogue.\n\n"
        "Later, the Peruvian diplomat met with Executive Secretary Rosa Mamani."
    )
    brief = parse_brief(f"date 2024-03-08\n{body}\n", brief_id="series")
    assert [([p.name for p in m.participants], m.date, m.place) for m in brief.meetings] == [
        (["Ana Quispe", "Lena Varga"], dt.date(2024, 3, 4), "Geneva"),
        (["Ana Quispe", "Omar Haddad"], dt.date(2024, 3, 4), "Geneva"),
        (["Ana Quispe", "Rosa Mamani"], dt.date(2024, 3, 4), "Geneva"),
    ]


@pytest.mark.parametrize(
    ("first", "date"),
    [
        ("President Lena Varga sent a telegram to President Omar Haddad.", dt.date(2024, 3, 8)),
        # a day told before is the same day's
        (
            "On Monday, President Lena Varga sent a telegram to President Omar Haddad.",
            dt.date(2024, 3, 4),
        ),
    ],
)
def test_the_same_day_with_no_day_told_before_is_the_day_of_the_report(
    first: str, date: dt.date
) -> None:
    body = (
        f"ROME – {first}\n\nThe same day, Varga had a telephone conversation with Prime "
        "Minister Ana Quispe."
    )
    brief = parse_brief(f"date 2024-03-08\n{body}\n", brief_id="same-day")
    assert [({p.name for p in m.participants}, m.date) for m in brief.meetings] == [
        ({"Lena Varga", "Ana Quispe"}, date)
    ]


@pytest.mark.parametrize(
    ("later", "date"),
    [
        ("Later, in Lima, Varga met with Chairman Omar Haddad.", dt.date(2024, 3, 8)),
        # "then" inside the sentence of the first event dates nothing
        (
            "Varga inspected the plant and then met with Chairman Omar Haddad in Lima.",
            None,
        ),
    ],
)
def test_later_with_no_day_told_before_is_the_day_of_the_report(
    later: str, date: dt.date | None
) -> None:
    body = f"ROME – President Lena Varga took part in the launch of a plant.\n\n{later}"
    brief = parse_brief(f"date 2024-03-08\n{body}\n", brief_id="later")
    assert [({p.name for p in m.participants}, m.date, m.place) for m in brief.meetings] == [
        ({"Lena Varga", "Omar Haddad"}, date, "Lima")
    ]


def test_an_event_still_to_be_held_somewhere_gives_the_meeting_after_it_no_place() -> None:
    """ "A business forum will be held in Athens in spring. On Thursday, X had a phone call
    with Y": the forum is not yet, so nothing was held in Athens."""
    body = (
        "ROME – On Wednesday, Prime Minister Lena Varga held talks with Minister Omar Haddad. "
        "A business forum will be held in Athens in spring.\n\n"
        "On Thursday, Varga met Prime Minister Ana Quispe."
    )
    brief = parse_brief(f"date 2024-03-08\n{body}\n", brief_id="later-event")
    assert [(m.date, m.place) for m in brief.meetings] == [
        (dt.date(2024, 3, 6), None),
        (dt.date(2024, 3, 7), None),
    ]


def test_the_ceremony_attendees_who_held_a_meeting_met() -> None:
    """ "The signing was attended by A and B, who held a bilateral meeting earlier in the
    day": A and B met, that day."""
    body = (
        "ROME – The agreement was signed in Lima on March 4 by two company heads.\n\n"
        "The signing ceremony was attended by Minister of Energy Lena Varga and Minister of "
        "Mining Omar Haddad, who held a bilateral meeting earlier in the day."
    )
    brief = parse_brief(f"date 2024-03-08\n{body}\n", brief_id="who-met")
    assert [({p.name for p in m.participants}, m.date) for m in brief.meetings] == [
        ({"Lena Varga", "Omar Haddad"}, dt.date(2024, 3, 4))
    ]


def test_talks_between_the_presidents_are_those_of_the_two_named_before() -> None:
    body = (
        "At the invitation of President of Peru Ana Quispe, President of Hungary Lena Varga "
        "paid a state visit to Peru on 4-5 March 2024.\n\n"
        "The talks between the Presidents were held in Lima on 5 March 2024.\n\n"
        "10. During the visit, the President of Hungary also met with the Chairperson of the "
        "Senate of Peru Rosa Mamani."
    )
    brief = parse_brief(f"date 2024-03-08\n{body}\n", brief_id="between")
    assert [({p.name for p in m.participants}, m.date, m.place) for m in brief.meetings] == [
        ({"Ana Quispe", "Lena Varga"}, dt.date(2024, 3, 5), "Lima"),
        ({"Lena Varga", "Rosa Mamani"}, None, None),
    ]


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        (
            "According to press secretary Omar Haddad, who wrote about the meeting on his "
            "channel, President Lena Varga also accepted an invitation.",
            [],
        ),
        (
            "According to the ministry, Minister Omar Haddad met President Lena Varga on Monday.",
            [{"Lena Varga", "Omar Haddad"}],
        ),
    ],
)
def test_the_source_a_sentence_opens_with_is_no_participant(
    sentence: str, met: list[set[str]]
) -> None:
    brief = parse_brief(f"date 2024-03-08\nROME – {sentence}\n", brief_id="according")
    assert [{p.name for p in m.participants} for m in brief.meetings] == met


@pytest.mark.parametrize(
    ("last", "date"),
    [
        ("Later today, Quispe is scheduled to meet Speaker Rosa Mamani.", dt.date(2024, 3, 8)),
        ("Next week, Quispe is scheduled to meet Speaker Rosa Mamani.", None),
    ],
)
def test_meetings_told_before_later_today_were_today(last: str, date: dt.date | None) -> None:
    """ "X held talks with Y. ... Later today, Y is scheduled to meet Z": the talks (with no
    day of their own) were on the day of the report; the planned meeting is none."""
    body = (
        "President Lena Varga held talks with President Ana Quispe, who is in Lima on a state "
        f"visit.\n\n{last}"
    )
    brief = parse_brief(f"date 2024-03-08\n{body}\n", brief_id="later-today")
    assert [({p.name for p in m.participants}, m.date) for m in brief.meetings] == [
        ({"Lena Varga", "Ana Quispe"}, date)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "President Lena Varga received a congratulatory letter from Prime Minister Ana Quispe.",
        "President Lena Varga received an invitation from Prime Minister Ana Quispe.",
        "President Lena Varga spoke after receiving her warm letter from Premier Ana Quispe.",
        "Minister Ana Quispe called President Lena Varga and Minister Omar Haddad to the stage.",
    ],
)
def test_a_letter_received_or_a_summons_to_the_stage_is_no_meeting(sentence: str) -> None:
    brief = parse_brief(f"date 2024-03-08\nROME – {sentence}\n", brief_id="letter")
    assert brief.meetings == ()


def test_a_phone_call_received_from_someone_is_still_a_call() -> None:
    sentence = "President Lena Varga received a phone call from Prime Minister Ana Quispe."
    brief = parse_brief(f"date 2024-03-08\nROME – {sentence}\n", brief_id="call-from")
    assert [({p.name for p in m.participants}, m.kind) for m in brief.meetings] == [
        ({"Lena Varga", "Ana Quispe"}, "phone call")
    ]


def test_later_after_a_day_moved_on_since_the_last_meeting_is_that_day() -> None:
    """ "X held talks with Y on Monday. On the second day of her visit, Y toured a plant.
    Later, Y met Z": on the second day, not the day of the talks."""
    body = (
        "ROME – President Lena Varga held talks with Prime Minister Ana Quispe on Monday.\n\n"
        "On the second day of her visit, Quispe toured a plant.\n\n"
        "Later, Quispe met Speaker Rosa Mamani."
    )
    brief = parse_brief(f"date 2024-03-08\n{body}\n", brief_id="later-moved")
    assert [m.date for m in brief.meetings] == [dt.date(2024, 3, 4), dt.date(2024, 3, 5)]


def test_delegations_led_by_two_after_a_meeting_held_somewhere_met_there() -> None:
    """ "Minister X opened the commission's meeting held in Samarkand on March 4. The Peruvian
    delegation was led by A, the Bolivian delegation by B": A and B met there, then."""
    body = (
        "ROME – Minister Rosa Mamani opened the meeting of the commission held in Samarkand "
        "on March 4.\n\nThe Peruvian delegation was led by Deputy Minister Lena Varga, the "
        "Bolivian delegation by Vice Minister Ana Quispe."
    )
    brief = parse_brief(f"date 2024-03-08\n{body}\n", brief_id="delegations")
    assert [({p.name for p in m.participants}, m.date, m.place) for m in brief.meetings] == [
        ({"Lena Varga", "Ana Quispe"}, dt.date(2024, 3, 4), "Samarkand")
    ]


@pytest.mark.parametrize(
    ("before", "when_where"),
    [
        ("On 6 March, Varga visited Samarkand.", (dt.date(2024, 3, 6), "Samarkand")),
        ("On 6 March, Varga arrived in Samarkand.", (dt.date(2024, 3, 6), "Samarkand")),
        # no city told just before: no place
        ("On 6 March, Varga toured a plant.", (dt.date(2024, 3, 6), None)),
    ],
)
def test_there_after_a_city_visited_is_where_and_when_the_meeting_was(
    before: str, when_where: tuple[dt.date, str | None]
) -> None:
    """ "On 6 March, X visited Samarkand. There, she met Y": in Samarkand, on 6 March."""
    body = (
        "ROME – On 5 March, President Lena Varga held talks with Prime Minister Ana Quispe."
        f"\n\n{before}\n\nThere, she met Governor Omar Haddad."
    )
    brief = parse_brief(f"date 2024-03-08\n{body}\n", brief_id="there")
    assert [(m.date, m.place) for m in brief.meetings] == [
        (dt.date(2024, 3, 5), None),
        when_where,
    ]


@pytest.mark.parametrize(
    ("to", "met"),
    [
        (" to Samarkand on Monday", [({"Lena Varga", "Ana Quispe"}, "Samarkand")]),
        # a welcome to an event, or of a proposal, is no meeting
        (" to the forum on Monday", []),
        ("'s proposal to meet in Samarkand", []),
    ],
)
def test_welcoming_someone_to_a_city_is_a_meeting_there(
    to: str, met: list[tuple[set[str], str]]
) -> None:
    body = f"ROME – President Lena Varga welcomed Prime Minister Ana Quispe{to}."
    brief = parse_brief(f"date 2024-03-08\n{body}\n", brief_id="welcome")
    assert [({p.name for p in m.participants}, m.place) for m in brief.meetings] == met


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "In a meeting with Minister Omar Haddad, the parties discussed cooperation on "
            "climate security in Central Asia.",
            "meeting",
        ),
        (
            "During the talks with Minister Omar Haddad, Varga noted that the project office "
            "in Tashkent has implemented 40 projects.",
            "talks",
        ),
        (
            "At a meeting with Minister Omar Haddad, the sides noted the growth of trade by 9 "
            "percent in January-September.",
            "meeting",
        ),
    ],
)
def test_a_place_in_what_the_sides_said_is_not_where_they_met(sentence: str, kind: str) -> None:
    """After the meeting is told, "the parties discussed ... in Central Asia": a subject of
    the talks, not their place; the place stays the one of the series of meetings."""
    body = (
        "Foreign Minister Lena Varga took part in the ministerial council on Thursday.\n\n"
        "On the sidelines of the council in Geneva, Varga held a number of bilateral "
        f"meetings.\n\n{sentence}"
    )
    assert _meetings(body) == [(["Lena Varga", "Omar Haddad"], kind, "Geneva")]


def test_a_region_or_a_span_of_months_is_no_place_of_a_meeting() -> None:
    body = (
        "Foreign Minister Lena Varga met Foreign Minister Omar Haddad in Central Asia.\n\n"
        "Trade Minister Piotr Nowak met Economy Minister Ana Silva in January-September."
    )
    assert _meetings(body) == [
        (["Lena Varga", "Omar Haddad"], "meeting", None),
        (["Piotr Nowak", "Ana Silva"], "meeting", None),
    ]


@pytest.mark.parametrize(
    ("event", "sidelines"),
    [
        # an event the parser knows: its day
        ("the summit of the Organization of Turkic States", "the summit"),
        # "the event": the day told last
        ("the meeting of the Council of Ministers", "the event"),
    ],
)
def test_a_series_of_meetings_on_the_sidelines_takes_the_day_of_the_event(
    event: str, sidelines: str
) -> None:
    """ "On the sidelines of the event in Baku, X held a number of bilateral meetings. At a
    meeting with Y, ...": each meeting on the event's day, in Baku."""
    body = (
        f"On 4 March, Foreign Minister Lena Varga took part in {event}.\n\n"
        f"On the sidelines of {sidelines} in Baku, Varga held a number of bilateral meetings."
        "\n\nAt a meeting with Foreign Minister Omar Haddad, the sides discussed trade.\n\n"
        "Lena Varga also met with Foreign Minister Piotr Nowak."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="side")
    assert [([p.name for p in m.participants], m.date, m.place) for m in brief.meetings] == [
        (["Lena Varga", "Omar Haddad"], dt.date(2024, 3, 4), "Baku"),
        (["Lena Varga", "Piotr Nowak"], dt.date(2024, 3, 4), "Baku"),
    ]


def test_a_meeting_after_a_session_is_on_the_day_of_the_session() -> None:
    body = (
        "ALMATY – President Lena Varga chaired the plenary session of the investors' council "
        "in Almaty on March 4.\n\n"
        "After the session, Varga met in Almaty with Chief Executive Officer of Nordwind "
        "Omar Haddad."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="after")
    assert [([p.name for p in m.participants], m.date, m.place) for m in brief.meetings] == [
        (["Lena Varga", "Omar Haddad"], dt.date(2024, 3, 4), "Almaty")
    ]


def test_in_the_conversation_with_someone_is_talks_of_the_series_host() -> None:
    """ "X held a number of meetings. In the conversation with Y, issues ... were
    considered": X's talks with Y."""
    body = (
        "On 4 March, on the sidelines of the summit in Baku, Foreign Minister Lena Varga held "
        "a number of bilateral meetings.\n\n"
        "In the conversation with Foreign Minister of Iran Omar Haddad, issues of transit "
        "were considered."
    )
    assert _meetings(body) == [(["Lena Varga", "Omar Haddad"], "talks", "Baku")]


def test_greetings_at_the_meeting_told_and_a_delegation_meeting_at_a_headquarters() -> None:
    """ "At the beginning of the meeting, the minister conveyed the greetings of President Y":
    Y met no one. "The same day, at the headquarters of the agency in Rome, the delegation
    held a meeting with its Director General Z": the minister met Z, that day, in Rome."""
    body = (
        "On 4 March, Foreign Minister Lena Varga held talks in Rome with Foreign Minister Omar "
        "Haddad.\n\n"
        "At the beginning of the meeting, the Hungarian Minister conveyed the warm greetings of "
        "President Piotr Nowak to the Italian side.\n\n"
        "The same day, at the headquarters of the Italian Trade Agency (ITA) in Rome, the "
        "Hungarian delegation held a meeting with its Director General Ana Silva."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="hq")
    assert [([p.name for p in m.participants], m.date, m.place) for m in brief.meetings] == [
        (["Lena Varga", "Omar Haddad"], dt.date(2024, 3, 4), "Rome"),
        (["Lena Varga", "Ana Silva"], dt.date(2024, 3, 4), "Rome"),
    ]


def test_talks_after_the_ceremony_are_on_the_day_told_last() -> None:
    body = (
        "A delegation headed by Foreign Minister Lena Varga visited the city of Herat on 4 "
        "March.\n\n"
        "The delegation took part in a ceremony marking the opening of a power line.\n\n"
        "After the ceremony, talks were held in Herat between Lena Varga and Minister Omar "
        "Haddad."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="cer")
    assert [([p.name for p in m.participants], m.date, m.place) for m in brief.meetings] == [
        (["Lena Varga", "Omar Haddad"], dt.date(2024, 3, 4), "Herat")
    ]


def test_the_speaker_of_a_transcript_line_is_no_participant_of_the_meeting_told() -> None:
    body = (
        "Spokesperson Li Wenhua's Regular Press Conference\n\n"
        "Reuters: Can you share more details about the visit?\n\n"
        "Li Wenhua: On March 4, Vice Premier Zhao Minghai and First Deputy Prime Minister "
        "Omar Haddad co-chaired the meeting of the cooperation committee in Astana."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="qa")
    assert [([p.name for p in m.participants], m.date, m.place) for m in brief.meetings] == [
        (["Zhao Minghai", "Omar Haddad"], dt.date(2024, 3, 4), "Astana")
    ]


def test_a_meeting_held_by_heads_unnamed_is_of_those_attending_it_and_a_sideline_pair() -> None:
    """ "The heads of three railways held a meeting in Tbilisi on March 4. The meeting was
    attended by A, B and C": A, B and C met there, then; "On the sidelines of the meeting, B
    and C held a bilateral meeting": that day, the place not said."""
    body = (
        "The heads of the railway administrations of Hungary, Georgia and Chile held a "
        "trilateral meeting in Tbilisi on March 4.\n\n"
        "The meeting was attended by Chairman of Hungarian Railways Lena Varga, Director "
        "General of Georgian Railway Omar Haddad and General Manager of Chilean Railways Ana "
        "Silva.\n\n"
        "The sides discussed a single tariff.\n\n"
        "On the sidelines of the meeting, Omar Haddad and Ana Silva held a bilateral meeting on "
        "the joint use of a border station."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="rail")
    assert [([p.name for p in m.participants], m.date, m.place) for m in brief.meetings] == [
        (["Lena Varga", "Omar Haddad", "Ana Silva"], dt.date(2024, 3, 4), "Tbilisi"),
        (["Omar Haddad", "Ana Silva"], dt.date(2024, 3, 4), None),
    ]


def test_a_ceremony_before_the_talks_is_no_meeting_of_its_own() -> None:
    """ "Before the talks, X held a welcome ceremony for Y" tells of the talks told before,
    not of another meeting on the day Y arrived."""
    body = (
        "ROME – President Lena Varga held talks with President Omar Haddad in Rome on "
        "Tuesday.\n\n"
        "Haddad arrived in Rome on Monday for a state visit. Before the talks, Varga held a "
        "grand welcome ceremony for Haddad."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="cer")
    assert [([p.name for p in m.participants], m.date, m.place) for m in brief.meetings] == [
        (["Lena Varga", "Omar Haddad"], dt.date(2024, 3, 5), "Rome")
    ]


def test_a_delegation_received_by_someone_is_its_member_in_the_meeting_told_last() -> None:
    """ "On the same day, the Chilean delegation was received by Y": the Chilean of the talks
    told before met Y."""
    body = (
        "Speaker of the Senate of Hungary Lena Varga held talks with President of the Senate of "
        "Chile Ana Quispe in Budapest on Monday.\n\n"
        "On the same day, the Chilean delegation was received by Speaker of the National "
        "Assembly Omar Haddad."
    )
    assert _meetings(body) == [
        (["Lena Varga", "Ana Quispe"], "talks", "Budapest"),
        (["Ana Quispe", "Omar Haddad"], "meeting", None),
    ]


def test_the_ministers_talks_and_a_minister_received_by_office_of_country() -> None:
    """ "On 4 March, the Foreign Ministers held talks in Santiago": the two named just before.
    "The Minister of Foreign Affairs of Hungary was received by Y": the one holding that office,
    one of two in her title."""
    body = (
        "At the invitation of Minister of Foreign Affairs of Chile Ana Quispe, Deputy Prime "
        "Minister, Minister of Foreign Affairs of Hungary Lena Varga paid an official visit to "
        "Chile on 4-5 March.\n\n"
        "On 4 March, the Foreign Ministers held talks in Santiago, first in a tête-à-tête "
        "format.\n\n"
        "On the same day, the Minister of Foreign Affairs of Hungary was received by President "
        "of Chile Omar Haddad."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="fm")
    assert [([p.name for p in m.participants], m.date, m.place) for m in brief.meetings] == [
        (["Ana Quispe", "Lena Varga"], dt.date(2024, 3, 4), "Santiago"),
        (["Lena Varga", "Omar Haddad"], dt.date(2024, 3, 4), None),
    ]


def test_a_day_of_meetings_of_the_one_titled_in_the_subject() -> None:
    """ "Afterwards, the Leader of the Nation received Y": the one of that title (one of his
    offices) met Y, the day told; a visit planned "the next day" does not move the day."""
    body = (
        "In the first half of the day on 4 March, the Leader of the Nation, President of "
        "Hungary Lena Varga received Ambassador of Chile Ana Quispe.\n\n"
        "Ana Quispe informed that the delegation would visit the region the next day.\n\n"
        "Afterwards, the Leader of the Nation received Federal Minister of Austria Omar Haddad."
        "\n\nIn the afternoon, the Leader of the Nation had a telephone conversation with "
        "President of Azerbaijan Piotr Nowak."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="day")
    assert [([p.name for p in m.participants], m.date) for m in brief.meetings] == [
        (["Lena Varga", "Ana Quispe"], dt.date(2024, 3, 4)),
        (["Lena Varga", "Omar Haddad"], dt.date(2024, 3, 4)),
        (["Lena Varga", "Piotr Nowak"], dt.date(2024, 3, 4)),
    ]


def test_a_next_day_in_a_plan_does_not_move_the_running_date() -> None:
    running = RunningDate(dt.date(2024, 3, 8))
    running.read("On March 4, talks were held.", frozenset(["on", "march", "talks"]))
    text = "She said the delegation would visit the region the next day."
    assert running.read(text, frozenset(re.findall("[a-z]+", text.lower()))) is False
    assert running.date == dt.date(2024, 3, 4)


def test_bilateral_meetings_with_two_are_two_and_two_ministers_received_together() -> None:
    """ "X held bilateral meetings with A and with B": two meetings. "The Ministers of Foreign
    Affairs of Hungary and the Republic of Chile were received by Y": one meeting of the
    three."""
    body = (
        "Minister for Foreign Affairs of Peru Rosa Mamani, Minister of Foreign Affairs of "
        "Hungary Lena Varga and Minister of Foreign Affairs of the Republic of Chile Ana Quispe "
        "held a trilateral meeting in Lima on 4 March.\n\n"
        "On the margins of the meeting in Lima, Rosa Mamani held bilateral meetings with "
        "Minister Lena Varga and with Minister Ana Quispe.\n\n"
        "On the same day, the Ministers of Foreign Affairs of Hungary and the Republic of Chile "
        "were received by the President of Peru Omar Haddad."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="tri")
    assert [([p.name for p in m.participants], m.date, m.place) for m in brief.meetings] == [
        (["Rosa Mamani", "Lena Varga", "Ana Quispe"], dt.date(2024, 3, 4), "Lima"),
        (["Rosa Mamani", "Lena Varga"], dt.date(2024, 3, 4), "Lima"),
        (["Rosa Mamani", "Ana Quispe"], dt.date(2024, 3, 4), "Lima"),
        (["Lena Varga", "Ana Quispe", "Omar Haddad"], dt.date(2024, 3, 4), None),
    ]


@pytest.mark.parametrize(
    ("held", "met"),
    [
        (
            "held the 7th Hungary-Chile Joint Committee on Trade with Chile's Minister of Trade "
            "Ana Quispe at a hotel in Budapest on March 4",
            [(["Lena Varga", "Ana Quispe"], dt.date(2024, 3, 4), "Budapest")],
        ),
        # with the participation of others: no co-chair named, no meeting
        (
            "held the meeting of the commission with the participation of Ana Quispe in "
            "Budapest on March 4",
            [],
        ),
    ],
)
def test_holding_a_joint_committee_with_a_minister_is_a_meeting(
    held: str, met: list[tuple[list[str], dt.date, str]]
) -> None:
    body = f"Minister for Trade Lena Varga {held}."
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="jc")
    assert [([p.name for p in m.participants], m.date, m.place) for m in brief.meetings] == met


def test_a_mission_led_by_someone_met_one_and_later_another() -> None:
    """ "The mission, led by X, visited Almaty. On 4 March in Astana, the delegation met with
    A, and later with B": X met A, and X met B."""
    body = (
        "The trade mission, led by Chief Executive Officer of Rome Chambers Lena Varga, visited "
        "Almaty and Astana.\n\n"
        "On 4 March in Astana, the delegation met with Omar Haddad, Vice Minister of Foreign "
        "Affairs of Kazakhstan, and later with Ana Silva, Chief Executive Officer of QazExport."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="mission")
    assert [([p.name for p in m.participants], m.date, m.place) for m in brief.meetings] == [
        (["Lena Varga", "Omar Haddad"], dt.date(2024, 3, 4), "Astana"),
        (["Lena Varga", "Ana Silva"], dt.date(2024, 3, 4), "Astana"),
    ]


def test_an_understanding_reached_at_a_session_dates_the_session_by_the_sentence_before() -> None:
    body = (
        "LIMA: Peru and Hungary on Monday agreed to expand their trade agreement.\n\n"
        "The understanding was reached at the second session of the joint committee held in "
        "Lima, co-chaired by Minister for Commerce Ana Quispe and Hungarian Deputy Minister of "
        "Trade Lena Varga."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="reached")
    assert [([p.name for p in m.participants], m.date, m.place) for m in brief.meetings] == [
        (["Ana Quispe", "Lena Varga"], dt.date(2024, 3, 4), "Lima")
    ]


def test_meetings_on_the_sidelines_of_a_ceremony_told_today_take_its_day_and_city() -> None:
    """ "took part today in the inauguration ceremony, held at a residence in Turin": the
    meetings "on the sidelines of the ceremony", "of the event", "of the inauguration" were
    there that day."""
    body = (
        "President Lena Varga today took part in the inauguration ceremony of President Omar "
        "Haddad, held at the Villa Verde Residence in Turin.\n\n"
        "On the sidelines of the ceremony, Varga held talks with Omar Haddad.\n\n"
        "Later, on the sidelines of the event, Varga had a conversation with Prime Minister "
        "Piotr Nowak.\n\n"
        "Varga also met with President Ana Silva on the sidelines of the inauguration."
    )
    brief = parse_brief(
        f"Head of State at inauguration\n6 March 2024, 16:10\n\n{body}\n", brief_id="c"
    )
    assert [([p.name for p in m.participants], m.date, m.place) for m in brief.meetings] == [
        (["Lena Varga", "Omar Haddad"], dt.date(2024, 3, 6), "Turin"),
        (["Lena Varga", "Piotr Nowak"], dt.date(2024, 3, 6), "Turin"),
        (["Lena Varga", "Ana Silva"], dt.date(2024, 3, 6), "Turin"),
    ]


@pytest.mark.parametrize(
    "body",
    [
        "ROME – The presidents of Italy and Jordan signed a water treaty on Monday.\n\n"
        "Italian President Lena Varga and Jordanian President Omar Haddad met in Turin and "
        "then visited a dam.",
        "ROME – Italy and Jordan on Monday signed a water treaty. The treaty was signed in "
        "Turin in the presence of President Lena Varga and President Omar Haddad.\n\n"
        "Deliveries will start in May.\n\n"
        "Speaking after his talks with Haddad in Turin, Varga said the treaty was historic.",
    ],
)
def test_a_meeting_with_no_day_told_with_a_dated_signing_is_of_that_day(body: str) -> None:
    """The meeting told right after the sentence dating a signing, or of people present at
    the signing, was held on the day of the signing."""
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="s")
    assert [({p.name for p in m.participants}, m.date, m.place) for m in brief.meetings] == [
        ({"Lena Varga", "Omar Haddad"}, dt.date(2024, 3, 4), "Turin")
    ]


def test_a_call_after_a_dated_signing_keeps_no_day() -> None:
    """A phone call told after a dated signing is not dated by it."""
    body = (
        "ROME – The two countries signed a water treaty on Monday. President Lena Varga and "
        "President Omar Haddad held a phone conversation."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="s")
    assert [m.date for m in brief.meetings] == [None]


def test_a_city_in_a_discussing_clause_is_not_where_the_meeting_was() -> None:
    """ "met Y, discussing the upgrade of a hospital in Turin": Turin is a topic's place."""
    body = (
        "ROME – Foreign Minister Lena Varga met Foreign Minister Omar Haddad, discussing the "
        "upgrade of the Friendship Hospital in Turin."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="d")
    assert [({p.name for p in m.participants}, m.place) for m in brief.meetings] == [
        ({"Lena Varga", "Omar Haddad"}, None)
    ]


def test_the_ministers_of_the_two_countries_at_talks_are_the_two_holders_named_later() -> None:
    """ "The energy ministers of the two countries discussed this at talks in Turin on
    Monday", the ministers named only later: their talks."""
    body = (
        "ROME – Italy and Jordan plan to double trade. The energy ministers of the two "
        "countries discussed this at talks in Turin on Monday.\n\n"
        "Lena Varga, Minister of Energy of Italy, said the plan was realistic.\n\n"
        "Omar Haddad, Minister of Energy of Jordan, said the first cargo would sail in May."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="t")
    assert [
        ({p.name for p in m.participants}, m.kind, m.date, m.place) for m in brief.meetings
    ] == [({"Lena Varga", "Omar Haddad"}, "talks", dt.date(2024, 3, 4), "Turin")]


def test_ministers_of_the_two_countries_with_three_holders_named_are_no_meeting() -> None:
    """With more than two holders of the office named, who met is unknown: no meeting."""
    body = (
        "ROME – The energy ministers of the two countries discussed this at talks in Turin.\n\n"
        "Lena Varga, Minister of Energy of Italy, spoke. Omar Haddad, Minister of Energy of "
        "Jordan, spoke. Ana Silva, Minister of Energy of Portugal, spoke."
    )
    assert parse_brief(f"date 2024-03-06\n{body}\n", brief_id="t").meetings == ()


@pytest.mark.parametrize(
    "sender",
    [
        "conveyed warm greetings and best wishes from President of Italy Marco Bellini",
        "conveyed the greetings of President of Italy Marco Bellini",
    ],
)
def test_who_sent_greetings_conveyed_at_a_meeting_is_no_participant(sender: str) -> None:
    """ "Thanking him for the meeting, the minister conveyed greetings from President Y": Y
    sent them from afar; the meeting is only the reception told before."""
    body = (
        "ROME – President of Jordan Omar Haddad received Minister of Energy of Italy Lena "
        "Varga yesterday.\n\n"
        f"Thanking the President for the meeting, the Italian minister {sender}."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="g")
    assert [({p.name for p in m.participants}, m.date) for m in brief.meetings] == [
        ({"Omar Haddad", "Lena Varga"}, dt.date(2024, 3, 5))
    ]


def test_a_delegation_received_in_a_city_by_y_is_its_member_met_by_y_there() -> None:
    """ "Earlier, on Monday, the Italian delegation was received in Amman by Y": the Italian
    of the meeting told before met Y, in Amman, that Monday."""
    body = (
        "ROME – Minister of Energy of Italy Lena Varga and Minister of Energy of Jordan Omar "
        "Haddad held talks in Aqaba on Tuesday.\n\n"
        "Earlier, on Monday, the Italian delegation was received in Amman by Prime Minister "
        "of Jordan Karim Nasser."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="r")
    assert [([p.name for p in m.participants], m.date, m.place) for m in brief.meetings] == [
        (["Lena Varga", "Omar Haddad"], dt.date(2024, 3, 5), "Aqaba"),
        (["Lena Varga", "Karim Nasser"], dt.date(2024, 3, 4), "Amman"),
    ]


def test_a_document_signed_somewhere_on_a_day_by_named_people_is_their_meeting() -> None:
    """ "The agreement was signed in Turin on Monday by A and B in the presence of C": the
    signing took place, with all three there."""
    body = (
        "ROME – The Italian Export Bank and the Jordan Port Authority signed a loan agreement.\n\n"
        "The agreement was signed in Turin on Monday by bank chairman Marco Bellini and "
        "authority head Omar Haddad in the presence of Minister of Economy Lena Varga."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="s")
    assert [
        ({p.name for p in m.participants}, m.kind, m.date, m.place) for m in brief.meetings
    ] == [
        (
            {"Marco Bellini", "Omar Haddad", "Lena Varga"},
            "signing",
            dt.date(2024, 3, 4),
            "Turin",
        )
    ]


def test_who_signed_a_document_with_no_place_or_day_of_signing_is_no_meeting() -> None:
    """ "The contract was signed by A and B": who signed the document, not an event told."""
    body = (
        "ROME – The Italian Export Bank and the Jordan Port Authority signed a loan agreement "
        "on Monday.\n\n"
        "The contract was signed by bank chairman Marco Bellini and authority head Omar Haddad."
    )
    assert parse_brief(f"date 2024-03-06\n{body}\n", brief_id="s").meetings == ()


def test_an_envoy_named_by_her_abbreviated_office_met_each_official_listed_alone() -> None:
    """ "In Amman, the EUSR met with the Minister A, the Minister B and the Speaker C. She also
    held discussions with D": one meeting with each, all in Amman; later "the EUSR travelled
    to Aqaba, where she met E", a town the city table need not know."""
    body = (
        "AMMAN, 24/11/2026 – The European Union Special Representative (EUSR) for Central Asia, "
        "Lena Varga, visited Jordan from 20 to 23 November.\n\n"
        "In Amman, the EUSR met with the Minister of Foreign Affairs of Jordan, Omar Haddad, "
        "the Minister of Finance, Karim Nasser, and the Speaker of the Senate, Rania Khalil. "
        "She also held discussions with the Ombudsman of Jordan, Sami Barakat.\n\n"
        "On 22 November, the EUSR travelled to Qasrawi, where she visited the port and met "
        "with the Governor of Karak province, Fadi Mansour."
    )
    brief = parse_brief(f"date 2026-11-24\n{body}\n", brief_id="e")
    assert [([p.name for p in m.participants], m.date, m.place) for m in brief.meetings] == [
        (["Lena Varga", "Omar Haddad"], None, "Amman"),
        (["Lena Varga", "Karim Nasser"], None, "Amman"),
        (["Lena Varga", "Rania Khalil"], None, "Amman"),
        (["Lena Varga", "Sami Barakat"], None, "Amman"),
        (["Lena Varga", "Fadi Mansour"], dt.date(2026, 11, 22), "Qasrawi"),
    ]


@pytest.mark.parametrize(
    ("sentence", "pairs"),
    [
        (
            "Prime Minister Karim Nasser and Speaker Rania Khalil met with President Omar "
            "Haddad respectively.",
            [{"Karim Nasser", "Omar Haddad"}, {"Rania Khalil", "Omar Haddad"}],
        ),
        (
            "On the sidelines, President Lena Varga met President of Jordan Omar Haddad and "
            "President of Chile Diego Rojas.",
            [{"Lena Varga", "Omar Haddad"}, {"Lena Varga", "Diego Rojas"}],
        ),
    ],
)
def test_one_meeting_each_respectively_or_with_leaders_of_different_countries(
    sentence: str, pairs: list[set[str]]
) -> None:
    """ "A and B met with X respectively", "X met the President of one country and the
    President of another": one meeting with each."""
    brief = parse_brief(f"date 2026-11-24\nROME – {sentence}\n", brief_id="r")
    assert [{p.name for p in m.participants} for m in brief.meetings] == pairs


@pytest.mark.parametrize(
    ("after", "together"),
    [
        ("The three ministers then gave a joint press conference.", True),
        ("She said the three countries would coordinate their grain exports.", True),
        ("Varga also met business leaders in Turin.", False),
    ],
)
def test_one_meeting_leaders_of_different_countries_told_as_three_is_one_meeting(
    after: str, together: bool
) -> None:
    """ "X met A (of one country) and B (of another). The three ministers ...": a meeting of
    the three; told of no three, one meeting with each."""
    body = (
        "ROME – Foreign Minister of Italy Lena Varga met Foreign Minister of Jordan Omar "
        f"Haddad and Foreign Minister of Chile Diego Rojas in Turin.\n\n{after}"
    )
    brief = parse_brief(f"date 2026-11-24\n{body}\n", brief_id="t")
    met = [{p.name for p in m.participants} for m in brief.meetings]
    if together:
        assert met == [{"Lena Varga", "Omar Haddad", "Diego Rojas"}]
    else:
        assert met == [{"Lena Varga", "Omar Haddad"}, {"Lena Varga", "Diego Rojas"}]


def test_the_day_the_ministers_of_the_countries_agreed_dates_their_meeting_told_next() -> None:
    """ "The foreign ministers of A, B and C agreed on Monday to ... . X met Y and Z in Lima":
    the three met that Monday."""
    body = (
        "Market news\n\n"
        "The foreign ministers of Italy, Jordan and Chile agreed on Monday to coordinate grain "
        "exports.\n\n"
        "Lena Varga, the Italian foreign minister, met her Jordanian counterpart Omar Haddad "
        "and Chilean Foreign Minister Diego Rojas in Turin.\n\n"
        "The three countries will meet again in June."
    )
    assert _dated(body, "2025-06-18") == [
        (["Lena Varga", "Omar Haddad", "Diego Rojas"], dt.date(2025, 6, 16), "Turin")
    ]


def test_a_meeting_told_in_a_who_clause_happened_though_the_sentence_goes_on_to_a_plan() -> None:
    """ "X, who met Y in Lima earlier on Monday, was due to hold talks with Z": X met Y there
    that day; the talks with Z are still to come."""
    body = (
        "Prime Minister Lena Varga, who met Peruvian President Diego Rojas at the palace in "
        "Lima earlier on Monday, was due to hold talks with Chilean President Omar Haddad in "
        "Santiago in the evening."
    )
    assert _dated(body, "2025-06-16") == [
        (["Lena Varga", "Diego Rojas"], dt.date(2025, 6, 16), "Lima")
    ]


@pytest.mark.parametrize(
    ("joined", "guests"),
    [
        (
            "Ambassador Omar Haddad joined the meeting from Lima, alongside Vice Minister Karim "
            "Nasser.",
            ["Omar Haddad", "Karim Nasser"],
        ),
        ("Ambassador Omar Haddad also joined the talks.", ["Omar Haddad"]),
    ],
)
def test_those_who_joined_the_meeting_told_before_took_part_in_it(
    joined: str, guests: list[str]
) -> None:
    """ "A joined the meeting from Lima, alongside B": A and B took part in the meeting told
    before, and held none of their own."""
    body = (
        "Trade Minister Lena Varga today held a virtual meeting with Peru's Minister of "
        f"Agriculture, Diego Rojas.\n\n{joined}"
    )
    assert [names for names, _, _ in _dated(body)] == [["Lena Varga", "Diego Rojas", *guests]]


def test_a_host_meeting_two_guests_of_one_country_is_one_meeting() -> None:
    """ "X received Minister A and Ambassador B" of one country: one meeting."""
    body = (
        "ROME – President of Italy Lena Varga received Minister of Energy of Jordan Omar "
        "Haddad and Ambassador of Jordan to Italy Karim Nasser."
    )
    brief = parse_brief(f"date 2026-11-24\n{body}\n", brief_id="o")
    assert [{p.name for p in m.participants} for m in brief.meetings] == [
        {"Lena Varga", "Omar Haddad", "Karim Nasser"}
    ]


def test_a_working_session_on_the_same_day_and_a_forum_then_co_chaired_are_one_meeting() -> None:
    """ "On the same day, X held a working session with Y. The two ministers then co-chaired
    the forum": their talks, on the day told before."""
    body = (
        "ROME – Prime Minister of Italy Lena Varga received Minister of Energy of Jordan Omar "
        "Haddad in Rome on November 26.\n\n"
        "On the same day, Minister Haddad held a working session with Minister of Industry "
        "of Italy Marco Bellini. The two ministers then co-chaired the business forum."
    )
    brief = parse_brief(f"date 2026-11-26\n{body}\n", brief_id="w")
    assert [({p.name for p in m.participants}, m.kind, m.date) for m in brief.meetings] == [
        ({"Lena Varga", "Omar Haddad"}, "meeting", dt.date(2026, 11, 26)),
        ({"Omar Haddad", "Marco Bellini"}, "talks", dt.date(2026, 11, 26)),
    ]


def test_a_visitor_who_later_called_on_someone_did_so_on_the_day_of_the_talks() -> None:
    """ "X held talks with Y on Wednesday. ... X later called on Prime Minister Z": that
    Wednesday."""
    body = (
        "ROME – Foreign Minister of Jordan Omar Haddad held talks with Foreign Minister of "
        "Italy Lena Varga on Wednesday.\n\n"
        "Mr Haddad later called on Prime Minister of Italy Marco Bellini at his office."
    )
    brief = parse_brief(f"date 2024-03-08\n{body}\n", brief_id="l")
    assert [({p.name for p in m.participants}, m.date) for m in brief.meetings] == [
        ({"Omar Haddad", "Lena Varga"}, dt.date(2024, 3, 6)),
        ({"Omar Haddad", "Marco Bellini"}, dt.date(2024, 3, 6)),
    ]


def test_what_two_agreed_during_talks_held_in_a_city_tells_their_talks_there() -> None:
    """ "A and B agreed to raise trade to $1 billion during talks held in Turin on Nov. 5":
    their talks, in Turin (the city is where they agreed, not a later event's)."""
    body = (
        "ROME – President Lena Varga and President of Jordan Omar Haddad agreed to raise "
        "trade to $1 billion by 2030 during talks held in Turin on Nov. 5."
    )
    brief = parse_brief(f"date 2024-11-06\n{body}\n", brief_id="a")
    assert [
        ({p.name for p in m.participants}, m.kind, m.date, m.place) for m in brief.meetings
    ] == [({"Lena Varga", "Omar Haddad"}, "talks", dt.date(2024, 11, 5), "Turin")]


def test_a_meeting_held_on_the_sidelines_with_no_event_named_is_on_that_day() -> None:
    """ "On the sidelines, the council co-chaired by A and B held its meeting": on the day of
    the session told before."""
    body = (
        "ROME – Italy and Jordan on Monday agreed to cut tariffs at a joint committee session "
        "co-chaired by Minister Lena Varga and Minister Omar Haddad.\n\n"
        "On the sidelines, the business council, co-chaired by Marco Bellini, chairman of "
        "Bellini Steel, and Karim Nasser, chief executive of Aqaba Cement, held its meeting."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="s")
    assert [({p.name for p in m.participants}, m.date) for m in brief.meetings] == [
        ({"Lena Varga", "Omar Haddad"}, dt.date(2024, 3, 4)),
        ({"Marco Bellini", "Karim Nasser"}, dt.date(2024, 3, 4)),
    ]


def test_the_day_of_talks_told_beside_a_visit_clause_is_the_talks_own() -> None:
    """ "X, who visited Jordan from March 3 to 6, held talks in Amman on March 4 with Y":
    March 4, not the visit's first day."""
    body = (
        "ROME – Vice President of the Italian Export Bank Lena Varga, who visited Jordan from "
        "March 3 to 6, held talks in Amman on March 4 with Minister of Energy Omar Haddad."
    )
    brief = parse_brief(f"date 2024-03-08\n{body}\n", brief_id="v")
    assert [(m.date, m.place) for m in brief.meetings] == [(dt.date(2024, 3, 4), "Amman")]


@pytest.mark.parametrize(
    ("after", "day"),
    [
        ("", dt.date(2024, 3, 6)),
        (" The talks took place in Turin on Monday.", dt.date(2024, 3, 4)),
    ],
)
def test_a_meeting_in_the_lead_of_a_dated_report_is_of_its_day_unless_told(
    after: str, day: dt.date
) -> None:
    """ "ROME, MARCH 6. X received Y": the report's day; a later "The talks took place on
    Monday" tells the day instead."""
    body = (
        "ROME, MARCH 6, AGENZIA. Prime Minister of Italy Lena Varga received Minister of "
        f"Energy of Jordan Omar Haddad, the government reported.{after}"
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="d")
    assert [m.date for m in brief.meetings] == [day]


@pytest.mark.parametrize(
    "sentence",
    [
        "Earlier, on Monday, the Turin delegation met with Deputy Mayor of Amman Karim Nasser.",
        "Earlier, on Monday, the Turin delegation was received by Deputy Mayor of Amman Karim "
        "Nasser.",
    ],
)
def test_a_delegation_named_by_its_city_or_body_is_the_one_person_named_of_it(
    sentence: str,
) -> None:
    """ "the Turin delegation met with Y": the one person whose office names Turin (the
    Mayor of Turin) met Y."""
    body = (
        "ROME – Mayor of Amman Omar Haddad and Mayor of Turin Lena Varga signed a twinning "
        "agreement.\n\n"
        f"{sentence}"
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="d")
    assert [({p.name for p in m.participants}, m.date) for m in brief.meetings] == [
        ({"Lena Varga", "Karim Nasser"}, dt.date(2024, 3, 4))
    ]


def test_a_delegation_named_by_its_bank_is_its_member_in_the_meeting_told_last() -> None:
    """ "The same day, the World Bank delegation was received by Y": the World Bank's
    director of the talks told before."""
    body = (
        "ROME – On Saturday, World Bank Regional Director Lena Varga held talks with Minister "
        "of Finance of Italy Marco Bellini.\n\n"
        "The same day, the World Bank delegation was received by Governor of the Bank of Italy "
        "Karim Nasser."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="w")
    assert [({p.name for p in m.participants}, m.date) for m in brief.meetings] == [
        ({"Lena Varga", "Marco Bellini"}, dt.date(2024, 3, 2)),
        ({"Lena Varga", "Karim Nasser"}, dt.date(2024, 3, 2)),
    ]


@pytest.mark.parametrize(
    ("sentence", "kind", "place"),
    [
        (
            "On the evening of March 5, Foreign Minister Lena Varga spoke with Jordanian "
            "Foreign Minister Omar Haddad on the phone.",
            "phone call",
            None,
        ),
        (
            "Following talks in Turin, President Lena Varga and Jordanian President Omar "
            "Haddad signed a declaration on March 5.",
            "talks",
            "Turin",
        ),
        (
            "Prime Minister Lena Varga and Jordanian Prime Minister Omar Haddad agreed in "
            "Turin on Tuesday to build a second bridge.",
            "talks",
            "Turin",
        ),
    ],
)
def test_a_phone_conversation_talks_before_a_signing_or_an_agreement_made_in_a_city(
    sentence: str, kind: str, place: str | None
) -> None:
    """ "X spoke with Y on the phone", "Following talks in Turin, A and B signed", "A and B
    agreed in Turin on Tuesday to ...": the two met (or called)."""
    brief = parse_brief(f"date 2024-03-06\nROME – {sentence}\n", brief_id="k")
    assert [
        ({p.name for p in m.participants}, m.kind, m.place, m.date) for m in brief.meetings
    ] == [({"Lena Varga", "Omar Haddad"}, kind, place, dt.date(2024, 3, 5))]


def test_a_committee_meeting_here_today_which_she_co_chaired_with_y_is_theirs() -> None:
    """ "She said the target was agreed at the committee meeting here today, which she
    co-chaired with Y": the speaker and Y met, in the dateline's city."""
    body = (
        "TURIN, March 6 (Agenzia) -- Italy and Jordan set a trade target of $1 billion, said "
        "Trade Minister Lena Varga.\n\n"
        "She said the target was agreed at the joint trade committee meeting here today, which "
        "she co-chaired with Jordan's Deputy Prime Minister Omar Haddad."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="c")
    assert [({p.name for p in m.participants}, m.place, m.date) for m in brief.meetings] == [
        ({"Lena Varga", "Omar Haddad"}, "Turin", dt.date(2024, 3, 6))
    ]


@pytest.mark.parametrize(("dateline", "place"), [("Amman", "Amman"), ("Rome", None)])
def test_a_meeting_in_the_unnamed_capital_of_the_datelines_country_is_in_its_city(
    dateline: str, place: str | None
) -> None:
    """ "met Y in the Jordanian capital on Thursday" under "Amman, AGENCY –": Amman; under
    a dateline of another country, unknown."""
    body = (
        f"{dateline}, Agenzia – Italian Foreign Minister Lena Varga held talks with Jordanian "
        "Foreign Minister Omar Haddad in the Jordanian capital on Thursday."
    )
    brief = parse_brief(f"date 2024-03-08\n{body}\n", brief_id="c")
    assert [m.place for m in brief.meetings] == [place]


def test_two_offices_named_without_names_are_their_one_holders_each() -> None:
    """ "On the sidelines, the Minister of Investment met with the Minister of Economy of
    Jordan in Amman": the one holder of each office named before."""
    body = (
        "AMMAN – The talks were attended by Minister of Investment of Italy Lena Varga and "
        "Minister of Economy of Jordan Omar Haddad.\n\n"
        "On the sidelines of the visit, the Minister of Investment met with the Minister of "
        "Economy of Jordan in Amman."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="o")
    assert [([p.name for p in m.participants], m.place) for m in brief.meetings] == [
        (["Lena Varga", "Omar Haddad"], "Amman")
    ]


def test_a_round_of_political_consultations_held_with_y_is_talks() -> None:
    """ "X held a round of political consultations in Amman with Y": their talks."""
    body = (
        "ROME – On 4 March, Deputy Foreign Minister of Italy Lena Varga held a round of "
        "political consultations in Amman with Deputy Foreign Minister of Jordan Omar Haddad."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="p")
    assert [
        ({p.name for p in m.participants}, m.kind, m.date, m.place) for m in brief.meetings
    ] == [({"Lena Varga", "Omar Haddad"}, "talks", dt.date(2024, 3, 4), "Amman")]


def test_he_held_talks_is_the_one_the_sentence_before_was_about() -> None:
    """ "In September, X paid a state visit to China. On September 2, he held talks with Y":
    X, not the host of the meeting told in the paragraph before."""
    body = (
        "ROME – On July 10, Minister Marco Bellini met Minister Karim Nasser in Turin.\n\n"
        "In September, Lena Varga paid a state visit to Jordan. On September 2, she held talks "
        "in Amman with Jordanian Prime Minister Omar Haddad."
    )
    brief = parse_brief(f"date 2024-12-06\n{body}\n", brief_id="h")
    assert [([p.name for p in m.participants], m.date) for m in brief.meetings] == [
        (["Marco Bellini", "Karim Nasser"], dt.date(2024, 7, 10)),
        (["Lena Varga", "Omar Haddad"], dt.date(2024, 9, 2)),
    ]


def test_a_tally_of_meetings_held_is_no_meeting_of_those_named() -> None:
    """ "President A and Minister B held, between them, more than 90 bilateral meetings": a
    count of their meetings with others."""
    body = (
        "ROME – President Lena Varga and Foreign Minister Marco Bellini held, between them, "
        "more than 90 bilateral meetings this year."
    )
    assert parse_brief(f"date 2024-12-06\n{body}\n", brief_id="t").meetings == ()


def test_offices_of_the_republic_of_a_country_are_their_holders() -> None:
    """ "Today in Amman, the Prime Minister of the Republic of Italy held talks with the Vice
    President of the Republic of Jordan": the two named in the headline, met in Amman."""
    body = (
        "Prime Minister Lena Varga held talks with Vice President of Jordan Omar Haddad\n\n"
        "Today in Amman, the Prime Minister of the Republic of Italy held talks with the Vice "
        "President of the Republic of Jordan, who is in the country on a working visit."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="r")
    assert [({p.name for p in m.participants}, m.place) for m in brief.meetings] == [
        ({"Lena Varga", "Omar Haddad"}, "Amman")
    ]


def test_a_short_sentence_naming_only_a_city_sets_where_the_next_meeting_was() -> None:
    """ "The year opened in Amman. On February 4, X held talks with Y": in Amman."""
    body = (
        "ROME – The year opened in Amman. On February 4, Lena Varga held talks with Jordanian "
        "President Omar Haddad, the first visit in five years."
    )
    brief = parse_brief(f"date 2024-12-06\n{body}\n", brief_id="y")
    assert [(m.date, m.place) for m in brief.meetings] == [(dt.date(2024, 2, 4), "Amman")]


_LEADERS = (
    "Chilean President Diego Rojas, Peruvian President Ana Torres and Bolivian President "
    "Luis Mamani"
)
_SUMMIT_ALL = {"Lena Varga", "Diego Rojas", "Ana Torres", "Luis Mamani"}


@pytest.mark.parametrize(
    "body",
    [
        "The heads of state of the four Andean countries met in Turin on Monday for the "
        "summit.\n\nItalian President Lena Varga, who chaired the summit, welcomed "
        f"{_LEADERS}.",
        "Italian President Lena Varga and the leaders of three Andean countries signed a "
        f"treaty on Monday at the summit in Turin.\n\n{_LEADERS} attended the summit.",
        "Italian President Lena Varga hosted the presidents of Chile, Peru and Bolivia in "
        f"Turin on Monday.\n\n{_LEADERS} signed a joint declaration with Varga.",
        "Italian President Lena Varga met with the presidents of Chile, Peru and Bolivia in "
        f"Turin on Monday.\n\nThe ministerial meeting brought together {_LEADERS}.",
        "Addressing the summit in Turin on Monday, Italian President Lena Varga called for "
        f"free trade.\n\nThe meeting was attended by {_LEADERS}.",
    ],
)
def test_a_summit_is_one_meeting_of_its_host_and_the_leaders_attending(body: str) -> None:
    """A summit told by its host and then by the leaders attending ("who chaired the summit,
    welcomed A, B and C", "A, B and C attended the summit", "The meeting brought together A,
    B and C", "was attended by A, B and C"): one meeting of all, there and then."""
    brief = parse_brief(f"date 2024-03-06\nROME – {body}\n", brief_id="s")
    assert [({p.name for p in m.participants}, m.date, m.place) for m in brief.meetings] == [
        (_SUMMIT_ALL, dt.date(2024, 3, 4), "Turin")
    ]


def test_bilateral_talks_with_a_and_with_b_are_two_meetings() -> None:
    """ "X held bilateral talks with A and with B": one with each."""
    body = (
        "ROME – President Lena Varga held bilateral talks with President Diego Rojas and with "
        "President Ana Torres."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="b")
    assert [{p.name for p in m.participants} for m in brief.meetings] == [
        {"Lena Varga", "Diego Rojas"},
        {"Lena Varga", "Ana Torres"},
    ]


def test_witnessing_a_signing_following_named_talks_is_their_talks() -> None:
    """ "A and B witnessed the signing of documents following Italian-Jordanian talks on
    Monday": their talks."""
    body = (
        "ROME – President of Italy Lena Varga and King of Jordan Omar Haddad witnessed the "
        "signing of six documents following Italian-Jordanian talks on Monday."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="w")
    assert [({p.name for p in m.participants}, m.kind, m.date) for m in brief.meetings] == [
        ({"Lena Varga", "Omar Haddad"}, "talks", dt.date(2024, 3, 4))
    ]


def test_in_a_separate_meeting_x_met_the_host_of_the_meetings_before() -> None:
    """ "In a separate meeting, X presented a plan": X met the host of the series."""
    body = (
        "TURIN – President Lena Varga met in Turin on March 4 with the heads of several "
        "companies.\n\n"
        "At a meeting with Omar Haddad, President of Haddad Steel, the leader discussed a "
        "plant.\n\n"
        "In a separate meeting, Karim Nasser, Chairman of Nasser Foods, presented a plan."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="s")
    assert [([p.name for p in m.participants], m.date, m.place) for m in brief.meetings] == [
        (["Lena Varga", "Omar Haddad"], dt.date(2024, 3, 4), "Turin"),
        (["Lena Varga", "Karim Nasser"], dt.date(2024, 3, 4), "Turin"),
    ]


def test_who_invited_a_visit_to_a_country_is_no_participant_of_the_visit() -> None:
    """ "X is on an official visit to Italy from Monday to Wednesday at the invitation of Y":
    the visit is to the country; only the talks told before are a meeting."""
    body = (
        "ROME – Foreign Minister of Italy Lena Varga held talks with Foreign Minister of Jordan "
        "Omar Haddad in Rome on Tuesday.\n\n"
        "Haddad is on an official visit to Italy from Monday to Wednesday at the invitation "
        "of Varga."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="i")
    assert [({p.name for p in m.participants}, m.date) for m in brief.meetings] == [
        ({"Lena Varga", "Omar Haddad"}, dt.date(2024, 3, 5))
    ]


def test_the_two_ministers_are_the_ministers_named_not_the_last_two_named() -> None:
    """ "A said ..., while Chairman C noted ... Before the ceremony, the two ministers held
    talks": the two ministers named before, not the two of the sentence just before."""
    body = (
        "ROME – Energy Minister of Italy Lena Varga and Energy Minister of Jordan Omar Haddad "
        "opened the pipeline, with Chairman of the Jordan Senate Karim Nasser present.\n\n"
        "Haddad said the project was vital, while Nasser noted that demand had grown.\n\n"
        "Before the ceremony, the two ministers held talks in Turin."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="m")
    assert [({p.name for p in m.participants}, m.place) for m in brief.meetings] == [
        ({"Lena Varga", "Omar Haddad"}, "Turin")
    ]


def test_a_meeting_in_the_unnamed_capital_after_one_in_its_city_is_there() -> None:
    """ "During his stay in the Jordanian capital, X was also received by Y", after talks in
    Amman under a Rome dateline: in Amman (and the name after the comma is no city)."""
    body = (
        "ROME – Deputy Foreign Minister of Italy Lena Varga held consultations with Deputy "
        "Foreign Minister of Jordan Omar Haddad in Amman on Tuesday.\n\n"
        "During her stay in the Jordanian capital, Varga was also received by Foreign "
        "Minister of Jordan Karim Nasser."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="c")
    assert [({p.name for p in m.participants}, m.place) for m in brief.meetings] == [
        ({"Lena Varga", "Omar Haddad"}, "Amman"),
        ({"Lena Varga", "Karim Nasser"}, "Amman"),
    ]


def test_a_city_hosting_a_summit_and_the_head_of_a_country_meeting_another() -> None:
    """ "On 9 March, Turin hosted a summit. ... Taking part in the summit were A and B. The
    head of Italy also met with B": the summit in Turin; Italy's President met B."""
    body = (
        "ROME – On 4 March, Turin hosted a meeting of the Council of Heads of State. The "
        "President of Italy Lena Varga presided over the meeting.\n\n"
        "Taking part in the summit were the President of Chile Diego Rojas and the President "
        "of Peru Ana Torres.\n\n"
        "The head of Italy also met with the President of Peru Ana Torres."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="h")
    assert [({p.name for p in m.participants}, m.date, m.place) for m in brief.meetings] == [
        ({"Lena Varga", "Diego Rojas", "Ana Torres"}, dt.date(2024, 3, 4), "Turin"),
        ({"Lena Varga", "Ana Torres"}, dt.date(2024, 3, 4), "Turin"),
    ]


def test_the_city_of_an_upcoming_visit_discussed_is_not_where_they_met() -> None:
    """ "X had a conversation with Y, during which they discussed preparations for X's
    upcoming state visit to Amman": not in Amman."""
    body = (
        "ROME – President Lena Varga had a brief conversation with the President of Jordan "
        "Omar Haddad, during which the sides discussed preparations for the Italian leader's "
        "upcoming state visit to Amman."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="u")
    assert [({p.name for p in m.participants}, m.place) for m in brief.meetings] == [
        ({"Lena Varga", "Omar Haddad"}, None)
    ]


def test_a_meeting_on_the_sidelines_of_a_commission_is_where_it_was_held() -> None:
    """ "... at the meeting of their Joint Commission held in Turin", then "On the sidelines
    of the commission, X was received by Y": in Turin, that day."""
    body = (
        "ROME – Italy and Jordan on Wednesday set a trade target at the meeting of their Joint "
        "Economic Commission (JEC) held in Turin.\n\n"
        "The meeting was co-chaired by Minister of Trade of Italy Marco Bellini and Minister "
        "of Trade of Jordan Omar Haddad.\n\n"
        "On the sidelines of the commission, Minister of Trade of Jordan Omar Haddad was "
        "received by Prime Minister of Italy Lena Varga."
    )
    brief = parse_brief(f"date 2024-03-08\n{body}\n", brief_id="c")
    assert [({p.name for p in m.participants}, m.date, m.place) for m in brief.meetings] == [
        ({"Marco Bellini", "Omar Haddad"}, dt.date(2024, 3, 6), "Turin"),
        ({"Lena Varga", "Omar Haddad"}, dt.date(2024, 3, 6), "Turin"),
    ]


def test_a_welcoming_ceremony_held_in_a_city_right_after_the_talks_tells_where() -> None:
    """ "X held talks with Y. The official welcoming ceremony took place at the residence in
    Amman": the talks were in Amman."""
    body = (
        "On March 4, President of Jordan Omar Haddad held talks with President of Italy Lena "
        "Varga, who is in the country on an official visit.\n\n"
        "The official welcoming ceremony took place at the Raghadan Palace in Amman."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="c")
    assert [(m.date, m.place) for m in brief.meetings] == [(dt.date(2024, 3, 4), "Amman")]


def test_a_readout_under_a_line_holding_only_its_date_and_time_is_of_that_day() -> None:
    """A news feed of readouts, each under its own "November 25, 2026, 17:45" line: the day
    of each call is its line's."""
    body = (
        "Telephone conversation with President of Jordan Omar Haddad\n\n"
        "March 4, 2024, 15:20\n\n"
        "Lena Varga had a telephone conversation with President of Jordan Omar Haddad.\n\n"
        "Telephone conversation with President of Chile Diego Rojas\n\n"
        "March 5, 2024, 17:45\n\n"
        "Lena Varga had a telephone conversation with President of Chile Diego Rojas."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="f")
    assert [({p.name for p in m.participants}, m.date) for m in brief.meetings] == [
        ({"Lena Varga", "Omar Haddad"}, dt.date(2024, 3, 4)),
        ({"Lena Varga", "Diego Rojas"}, dt.date(2024, 3, 5)),
    ]


def test_following_the_meeting_on_a_day_dates_the_meeting_told_under_the_page_date() -> None:
    """ "6 Mar 2024 / X has received Y in Turin. Following the meeting on Tuesday, the two
    sides signed ...": that Tuesday, not the page's day."""
    body = (
        "6 Mar 2024\n\n"
        "Italian President Lena Varga has received Jordanian President Omar Haddad in Turin.\n\n"
        "Following the meeting on Tuesday, the two sides signed seven agreements."
    )
    brief = parse_brief(f"{body}\n", brief_id="t")
    assert [({p.name for p in m.participants}, m.date) for m in brief.meetings] == [
        ({"Lena Varga", "Omar Haddad"}, dt.date(2024, 3, 5))
    ]


def test_he_and_y_co_chaired_is_the_one_who_met_before_with_y() -> None:
    """ "X met Z in Turin on Wednesday. ... On the same day, he and Minister Y co-chaired the
    commission": X and Y."""
    body = (
        "ROME – Vice Premier of Jordan Omar Haddad met with Prime Minister of Italy Lena Varga "
        "in Turin on Wednesday.\n\n"
        "Varga said that Italy welcomes more investment.\n\n"
        "On the same day, he and Italian Minister of Economy Marco Bellini co-chaired the "
        "sixth meeting of the intergovernmental commission."
    )
    brief = parse_brief(f"date 2024-03-07\n{body}\n", brief_id="h")
    assert [({p.name for p in m.participants}, m.date) for m in brief.meetings] == [
        ({"Omar Haddad", "Lena Varga"}, dt.date(2024, 3, 6)),
        ({"Omar Haddad", "Marco Bellini"}, dt.date(2024, 3, 6)),
    ]


def test_a_meeting_recalled_in_the_lead_is_not_of_the_reports_day() -> None:
    """ "ROME – X recalled his meeting with Y in Turin in 2019": not the report's day."""
    body = (
        "ROME – President Lena Varga recalled her meeting with Jordanian President Omar Haddad "
        "in Turin in 2019."
    )
    brief = parse_brief(f"date 2024-03-08\n{body}\n", brief_id="r")
    assert [(m.date, m.place) for m in brief.meetings] == [(None, "Turin")]


def test_a_meeting_of_two_after_a_host_with_ministers_unnamed_is_theirs_alone() -> None:
    """ "X and the ministers of Italy and Spain opened the forum. Later, A met B": A and B,
    not the forum's host (no list of attendees follows it)."""
    body = (
        "ROME – Minister Marco Bellini and the ministers of energy of Jordan and Chile opened "
        "the forum on Monday.\n\n"
        "Later, Jordanian Minister Omar Haddad met Chilean Minister Diego Rojas."
    )
    brief = parse_brief(f"date 2024-03-08\n{body}\n", brief_id="l")
    assert [{p.name for p in m.participants} for m in brief.meetings] == [
        {"Omar Haddad", "Diego Rojas"}
    ]


@pytest.mark.parametrize(
    ("scene", "place"),
    [
        ("Jordan came to Amman a month later.", "Amman"),
        ("Inflation rose in Amman in March.", None),
    ],
)
def test_only_a_scene_setting_sentence_sets_where_the_next_meeting_was(
    scene: str, place: str | None
) -> None:
    """ "Russia came to Astana a month later. On July 3, X received Y": in Astana; a short
    sentence of other news in a city sets nothing."""
    body = (
        f"ROME – Italy is a key partner of Jordan.\n\n{scene} On July 3, Prime Minister Lena "
        "Varga received Jordanian Deputy Prime Minister Omar Haddad."
    )
    brief = parse_brief(f"date 2024-12-06\n{body}\n", brief_id="y")
    assert [(m.date, m.place) for m in brief.meetings] == [(dt.date(2024, 7, 3), place)]


@pytest.mark.parametrize(
    ("later", "expected"),
    [
        (
            "Ambassador Omar Haddad said that direct flights would start in May.",
            {"Lena Varga", "Diego Rojas", "Omar Haddad"},
        ),
        ("The governor said that the region welcomes investors.", {"Lena Varga", "Diego Rojas"}),
    ],
)
def test_a_delegation_member_who_speaks_later_took_part_in_its_reception(
    later: str, expected: set[str]
) -> None:
    """ "X received a delegation led by Y. The delegation included Ambassador Z": Z met X when
    the text names Z again (Z spoke there); a member named only in the list is not shown to."""
    body = (
        "ROME – Governor of Lazio region Lena Varga received a delegation of Chilean companies "
        "led by Minister of Economy of Chile Diego Rojas.\n\n"
        "The delegation also included Ambassador of Jordan to Italy Omar Haddad and heads of "
        "twelve companies.\n\n"
        f"{later}"
    )
    brief = parse_brief(f"date 2024-12-06\n{body}\n", brief_id="d")
    assert [{p.name for p in m.participants} for m in brief.meetings] == [expected]


@pytest.mark.parametrize(
    ("accompanied", "expected"),
    [
        (
            "Varga was accompanied in both meetings by Minister of Energy Marco Bellini.",
            [
                {"Lena Varga", "Omar Haddad", "Marco Bellini"},
                {"Lena Varga", "Diego Rojas", "Marco Bellini"},
            ],
        ),
        (
            "Varga was accompanied in the meeting by Minister of Energy Marco Bellini.",
            [{"Lena Varga", "Omar Haddad"}, {"Lena Varga", "Diego Rojas", "Marco Bellini"}],
        ),
    ],
)
def test_one_accompanied_in_the_meetings_took_part_in_them(
    accompanied: str, expected: list[set[str]]
) -> None:
    """ "X was accompanied in both meetings by Z": Z is a participant of X's two meetings
    (of the last, "in the meeting"), not a meeting of X and Z."""
    body = (
        "ROME – Deputy Prime Minister Lena Varga met separately with Ambassador of Jordan Omar "
        "Haddad and Minister of Economy of Chile Diego Rojas on Tuesday.\n\n"
        "Varga met Haddad first. Later, Varga held talks with Rojas.\n\n"
        f"{accompanied}"
    )
    brief = parse_brief(f"date 2024-12-06\n{body}\n", brief_id="a")
    assert [{p.name for p in m.participants} for m in brief.meetings] == expected


def test_sides_headed_by_two_people_after_an_unnamed_meeting_are_its_talks() -> None:
    """ "The meeting of the working group took place at the ministry. The Italian side was
    headed by A, the Jordanian delegation by B": A and B held those talks."""
    body = (
        "ROME – The third meeting of the Italian-Jordanian working group on trade took place "
        "at the Ministry of Economy.\n\n"
        "The Italian side was headed by Deputy Minister of Economy Lena Varga, the Jordanian "
        "delegation by Deputy Minister of Trade of Jordan Omar Haddad."
    )
    brief = parse_brief(f"date 2024-12-06\n{body}\n", brief_id="s")
    assert [({p.name for p in m.participants}, m.kind) for m in brief.meetings] == [
        ({"Lena Varga", "Omar Haddad"}, "talks")
    ]


def test_an_agreed_item_to_hold_a_meeting_somewhere_is_not_where_a_later_meeting_was() -> None:
    """ "The sides agreed on the following: 1. to hold the next meeting in Lima": a plan, so
    the meeting told on its sidelines after it is not placed in Lima."""
    body = (
        "ROME – The third meeting of the Italian-Jordanian working group on trade took place "
        "at the Ministry of Economy.\n\n"
        "The sides agreed on the following:\n\n"
        "1. to expand trade in grain;\n"
        "2. to hold the fourth meeting of the working group in Amman in 2025.\n\n"
        "On the sidelines of the meeting, Minister of Economy Lena Varga received Minister of "
        "Trade of Jordan Omar Haddad."
    )
    brief = parse_brief(f"date 2024-12-06\n{body}\n", brief_id="h")
    assert [({p.name for p in m.participants}, m.place) for m in brief.meetings] == [
        ({"Lena Varga", "Omar Haddad"}, None)
    ]


@pytest.mark.parametrize("seat", ["(with residence in Amman)", "(resident in Amman)"])
def test_where_an_envoy_resides_is_not_where_the_meeting_was(seat: str) -> None:
    """ "received the Ambassador of Jordan to Italy (with residence in Amman) X": the envoy's
    seat, not the meeting's place."""
    body = (
        "ROME – On Monday, Deputy Minister Lena Varga received the Ambassador of Jordan to "
        f"Italy {seat} Omar Haddad."
    )
    brief = parse_brief(f"date 2024-12-06\n{body}\n", brief_id="r")
    assert [({p.name for p in m.participants}, m.place) for m in brief.meetings] == [
        ({"Lena Varga", "Omar Haddad"}, None)
    ]


def test_a_meeting_at_a_residence_in_a_city_is_placed_there() -> None:
    """ "met Y at the Villa Ada residence in Rome": the residence is the venue, in Rome."""
    body = (
        "PARIS – On Monday, Deputy Minister Lena Varga met with Minister of Trade of Jordan "
        "Omar Haddad at the Villa Ada residence in Rome."
    )
    brief = parse_brief(f"date 2024-12-06\n{body}\n", brief_id="v")
    assert [({p.name for p in m.participants}, m.place) for m in brief.meetings] == [
        ({"Lena Varga", "Omar Haddad"}, "Rome")
    ]


@pytest.mark.parametrize(
    ("venue", "place"),
    [("at the Government Complex Amman", "Amman"), ("at the Government Complex", None)],
)
def test_a_venue_named_with_its_city_last_places_the_meeting(
    venue: str, place: str | None
) -> None:
    """ "held talks with Y at the Government Complex Amman": in Amman; a venue with no city
    gives no place."""
    body = (
        "PARIS – On Monday, Deputy Minister Lena Varga held talks with Minister of Trade of "
        f"Jordan Omar Haddad {venue}."
    )
    brief = parse_brief(f"date 2024-12-06\n{body}\n", brief_id="g")
    assert [({p.name for p in m.participants}, m.place) for m in brief.meetings] == [
        ({"Lena Varga", "Omar Haddad"}, place)
    ]


def test_a_plan_in_a_clause_after_a_reception_leaves_the_reception_a_meeting() -> None:
    """ "X was afterwards received by Y to plan the board, which is to meet in Cusco": the
    reception happened; only the board is still to come. ("Crafts and Made in Peru Minister"
    is a title, no place.)"""
    body = (
        "LIMA – Foreign Minister Lena Varga on Tuesday met Foreign Minister of Jordan Omar "
        "Haddad at the palace.\n\nHaddad was afterwards received by Crafts and Made in Peru "
        "Minister Rosa Quispe, the palace said, to plan the first sitting of the joint trade "
        "board, which is to meet in Cusco next year."
    )
    brief = parse_brief(f"date 2024-12-06\n{body}\n", brief_id="w")
    assert [({p.name for p in m.participants}, m.date, m.place) for m in brief.meetings] == [
        ({"Lena Varga", "Omar Haddad"}, dt.date(2024, 12, 3), None),
        ({"Omar Haddad", "Rosa Quispe"}, dt.date(2024, 12, 3), None),
    ]


def test_the_minister_then_spoke_with_another_after_a_phone_call_is_a_second_call() -> None:
    """ "X spoke by telephone today with A. ... The Minister then spoke with B": X's second
    call, that day."""
    body = (
        "Lena Varga, Minister for Foreign Affairs, spoke by telephone today with Omar Haddad, "
        "Minister of Foreign Affairs of Jordan.\n\nThe two ministers discussed trade.\n\n"
        "The Minister then spoke with Karim Nasser, Deputy Prime Minister of Lebanon. They "
        "took stock of relations."
    )
    brief = parse_brief(f"date 2024-12-06\n{body}\n", brief_id="c")
    assert [([p.name for p in m.participants], m.kind, m.date) for m in brief.meetings] == [
        (["Lena Varga", "Omar Haddad"], "phone call", dt.date(2024, 12, 6)),
        (["Lena Varga", "Karim Nasser"], "phone call", dt.date(2024, 12, 6)),
    ]


def test_the_minister_later_spoke_to_another_after_a_phone_call_is_a_second_call() -> None:
    """ "X spoke by telephone with A on Monday. ... The Minister later spoke to B": X's second
    call, that Monday; "spoke to reporters" in between is no call."""
    body = (
        "Lena Varga, Minister for Foreign Affairs, spoke by telephone with Omar Haddad, "
        "Minister of Foreign Affairs of Jordan, on Monday.\n\nThe Minister then spoke to "
        "reporters about the economy. The Minister later spoke to Karim Nasser, Deputy Prime "
        "Minister of Lebanon."
    )
    brief = parse_brief(f"date 2024-12-06\n{body}\n", brief_id="c")
    assert [([p.name for p in m.participants], m.kind, m.date) for m in brief.meetings] == [
        (["Lena Varga", "Omar Haddad"], "phone call", dt.date(2024, 12, 2)),
        (["Lena Varga", "Karim Nasser"], "phone call", dt.date(2024, 12, 2)),
    ]


def test_said_after_receiving_someone_is_a_reception_where_told() -> None:
    """ "A and B agreed to X, Minister Y said after receiving Z in Jakarta on Tuesday": Y
    received Z in Jakarta that Tuesday (the agreed plan does not hide the place)."""
    body = (
        "Jakarta (ANTARA) - Indonesia and Jordan have agreed to explore cooperation in coffee "
        "trade, Indonesian Trade Minister Lena Varga said after receiving Jordanian Deputy "
        "Minister of Economy Omar Haddad in Jakarta on Tuesday."
    )
    brief = parse_brief(f"date 2025-06-11\n{body}\n", brief_id="r")
    assert [
        ([p.name for p in m.participants], m.kind, m.date, m.place) for m in brief.meetings
    ] == [(["Lena Varga", "Omar Haddad"], "meeting", dt.date(2025, 6, 10), "Jakarta")]


def test_he_or_she_was_received_by_someone_is_a_reception_of_the_one_told_before() -> None:
    """ "Earlier, she was received by Y": the visitor of the talks just told, that day; "The
    delegation was led by A. She was received by B": A met B."""
    body = (
        "AMMAN – Jordan and Peru signed four accords on Nov 4, as Peruvian President Lena "
        "Varga arrived for a state visit of two days.\n\nThe accords were handed over at the "
        "palace after Ms Varga held talks with Prime Minister Omar Haddad. Earlier, she was "
        "received by King Karim Nasser at an official welcome ceremony.\n\nThe delegation of "
        "Peru was led by Deputy Prime Minister Rosa Quispe. She was received by Governor of "
        "Aqaba Samir Hamdan."
    )
    brief = parse_brief(f"date 2025-11-05\n{body}\n", brief_id="e")
    assert [({p.name for p in m.participants}, m.date) for m in brief.meetings] == [
        ({"Lena Varga", "Omar Haddad"}, dt.date(2025, 11, 4)),
        ({"Lena Varga", "Karim Nasser"}, dt.date(2025, 11, 4)),
        ({"Rosa Quispe", "Samir Hamdan"}, None),
    ]


def test_an_office_holding_a_number_of_meetings_stands_for_the_one_the_brief_is_about() -> None:
    """ "On the margins, the Senate President held a number of bilateral meetings. In a
    conversation with Y, ...": the brief's principal met Y (the office is told another way
    than the title)."""
    body = (
        "QUITO – President of the Senate of Ecuador Lena Varga attended the spring meeting of "
        "the Andean Parliament.\n\nOn the margins of the spring meeting, the Senate President "
        "held a number of bilateral meetings. In a conversation with Speaker of the House of "
        "Bolivia Omar Haddad, the parties touched on transit routes.\n\nLena Varga also met "
        "with President of the Congress of Colombia Karim Nasser."
    )
    brief = parse_brief(f"date 2026-05-15\n{body}\n", brief_id="s")
    assert [[p.name for p in m.participants] for m in brief.meetings] == [
        ["Lena Varga", "Omar Haddad"],
        ["Lena Varga", "Karim Nasser"],
    ]


def test_a_council_chaired_on_behalf_of_another_with_one_who_also_took_part_is_one_meeting() -> (
    None
):
    """ "chaired by X on behalf of the High Representative": the one X stands in for was not
    there; "Z also took part": Z joined the meeting just told (X, the delegation's Y, Z)."""
    body = (
        "The ninth meeting of the EU–Peru Association Committee was held in Brussels today. "
        "The meeting was chaired by Nora Varga, Managing Director for the Americas at the EEAS, "
        "on behalf of the High Representative. Peru's delegation was headed by the Vice "
        "Minister of Foreign Affairs, Omar Haddad. The EU Special Representative for Latin "
        "America, Karim Nasser, also took part."
    )
    brief = parse_brief(f"date 2026-05-14\n{body}\n", brief_id="b")
    assert [([p.name for p in m.participants], m.date, m.place) for m in brief.meetings] == [
        (["Nora Varga", "Omar Haddad", "Karim Nasser"], dt.date(2026, 5, 14), "Brussels")
    ]


def test_the_delegation_led_by_someone_holding_talks_after_a_which_clause_is_its_leaders() -> None:
    """ "... the trip of a delegation led by X. The delegation, which included managers of a
    dozen farms, held talks with Y in Puno on 11 March": X met Y there, that day."""
    body = (
        "ORLOVO, 12 March (Vesti) – Deals worth about $9 million were concluded during the trip "
        "of a delegation led by Head of the Orlovo District Administration Lena Varga to the "
        "Puno region of Peru.\n\nThe delegation, which included managers of a dozen farms of "
        "the district, held talks with Governor of the Puno region Omar Haddad in Puno on 11 "
        "March."
    )
    brief = parse_brief(f"date 2026-03-12\n{body}\n", brief_id="d")
    assert [
        ([p.name for p in m.participants], m.kind, m.date, m.place) for m in brief.meetings
    ] == [(["Lena Varga", "Omar Haddad"], "talks", dt.date(2026, 3, 11), "Puno")]


@pytest.mark.parametrize(
    ("body", "date", "place"),
    [
        (
            "Mayor of Cusco Lena Varga and Head of the La Paz City Administration Omar Haddad "
            "signed an agreement on twin-city ties. The press office of the Cusco City Hall "
            "said so.\n\nThe ceremony took place in Cusco on November 25 during the Bolivian "
            "Culture Week in Peru. Before the signing, the mayors held talks, discussing joint "
            "tourism routes.",
            dt.date(2026, 11, 25),
            "Cusco",
        ),
        (
            "Prime Minister of the Republic of Bolivia Lena Varga and Governor of the Puno "
            "region of Peru Omar Haddad signed an agreement on partnership relations in Puno on "
            "Monday, the press office of the Government reports.\n\nThe document covers joint "
            "work in farming. A roadmap was also adopted.\n\nAt the talks that preceded the "
            "signing, both governments welcomed the growth of freight traffic.",
            dt.date(2026, 11, 23),
            "Puno",
        ),
    ],
)
def test_talks_before_a_signing_are_the_signers_talks_when_and_where_it_was(
    body: str, date: dt.date, place: str
) -> None:
    """ "A and B signed an agreement ... Before the signing, the mayors held talks": the
    signers' talks, on the signing's day and at its place (told with it or by "The ceremony
    took place in X on ...")."""
    brief = parse_brief(f"date 2026-11-26\n{body}\n", brief_id="g")
    assert [
        ([p.name for p in m.participants], m.kind, m.date, m.place) for m in brief.meetings
    ] == [(["Lena Varga", "Omar Haddad"], "talks", date, place)]


def test_he_said_so_while_talking_to_a_caller_and_those_with_him_is_one_meeting() -> None:
    """ "He shared these views while talking to Y, who called on him along with Z": he, Y and
    Z met; "the ORVEX delegation also met W": Y (of ORVEX) met W."""
    body = (
        "KARACHI, Mar 4 (PNS): Federal Minister for Energy Lena Varga on Tuesday said that "
        "Pakistan regarded ORVEX as a reliable partner.\n\nHe shared these views while talking "
        "to ORVEX Executive Director Omar Haddad, who called on him at the Energy Ministry along "
        "with Ambassador of Peru to Pakistan Karim Nasser and a three-member delegation.\n\n"
        "Later, the ORVEX delegation also held a meeting with Head of the Gas Authority Rosa "
        "Quispe."
    )
    brief = parse_brief(f"{body}\n", brief_id="t")
    assert [{p.name for p in m.participants} for m in brief.meetings] == [
        {"Lena Varga", "Omar Haddad", "Karim Nasser"},
        {"Omar Haddad", "Rosa Quispe"},
    ]


def test_presidents_met_as_a_group_and_named_later_are_in_that_meeting() -> None:
    """ "X and Y met the presidents of A, B, C, D and E in Lima": the presidents of those
    countries named later (the host, one met on the sidelines) were at it too."""
    body = (
        "President of the European Council Lena Varga and European Commission President Omar "
        "Haddad met the presidents of Peru, Chile, Bolivia, Ecuador and Colombia in Lima for "
        "the second EU-Andean summit.\n\nPeruvian President Karim Nasser, who hosted the "
        "meeting, called for faster procedures.\n\nOn the sidelines, Varga held a bilateral "
        "meeting with Chilean President Rosa Quispe."
    )
    brief = parse_brief(f"date 2026-11-27\n{body}\n", brief_id="p")
    assert [([p.name for p in m.participants], m.place) for m in brief.meetings] == [
        (["Lena Varga", "Omar Haddad", "Karim Nasser", "Rosa Quispe"], "Lima"),
        (["Lena Varga", "Rosa Quispe"], None),
    ]


def test_a_meeting_the_forum_hosted_is_on_the_forums_day_and_at_its_place() -> None:
    """ "A and B held talks in Velmora on Tuesday, March 10, on the sidelines of the forum. ...
    The forum also hosted a meeting between C and D": that day, there."""
    body = (
        "VELMORA — Governor of the Velmora Region Lena Varga and Head of the Karsk Province "
        "Omar Haddad held talks in Velmora on Tuesday, March 10, on the sidelines of the "
        "Velmora–Karsk investment forum, the press office said.\n\nAt the forum, which drew "
        "some 300 guests, the two provinces concluded 12 deals.\n\nThe forum also hosted a "
        "meeting between Chairman of the Velmora Regional Council Karim Nasser and Chairman of "
        "the Karsk Provincial Assembly Rosa Quispe, who agreed to form a joint commission.\n\n"
        "2026-03-12"
    )
    brief = parse_brief(f"{body}\n", brief_id="f")
    assert [([p.name for p in m.participants], m.date, m.place) for m in brief.meetings] == [
        (["Lena Varga", "Omar Haddad"], dt.date(2026, 3, 10), "Velmora"),
        (["Karim Nasser", "Rosa Quispe"], dt.date(2026, 3, 10), "Velmora"),
    ]


def test_the_document_signed_by_two_after_their_talks_takes_the_place_told_of_the_signing() -> (
    None
):
    """ "A and B signed an agreement in Oruro. The document was signed by X and Y following
    their talks on November 18": their talks were in Oruro."""
    body = (
        "PUNO – The Puno region and Bolivia's Oruro department signed a twinning agreement in "
        "Oruro, the regional administration said.\n\nThe document was signed by Governor of "
        "the Puno region Lena Varga and Governor of Oruro Department Omar Haddad following "
        "their talks on November 18."
    )
    brief = parse_brief(f"date 2026-11-20\n{body}\n", brief_id="a")
    assert [([p.name for p in m.participants], m.date, m.place) for m in brief.meetings] == [
        (["Lena Varga", "Omar Haddad"], dt.date(2026, 11, 18), "Oruro")
    ]


def test_two_who_agreed_on_a_weekday_in_a_city_held_talks_there_that_day() -> None:
    """ "A and B agreed Wednesday in Seoul to ...": their talks, that Wednesday, in Seoul."""
    body = (
        "SEOUL, May 6 Yonhap - South Korean Foreign Minister Lena Varga and her Chilean "
        "counterpart Omar Haddad agreed Wednesday in Seoul to expand cooperation in green "
        "hydrogen.\n\nDuring their talks, Varga told Haddad that Korea will provide a grant."
    )
    brief = parse_brief(f"date 2026-05-06\n{body}\n", brief_id="k")
    assert [
        ([p.name for p in m.participants], m.kind, m.date, m.place) for m in brief.meetings
    ] == [(["Lena Varga", "Omar Haddad"], "talks", dt.date(2026, 5, 6), "Seoul")]


def test_during_the_meeting_which_was_held_in_a_city_places_the_meeting_told_before() -> None:
    """ "X met today with Y. During the meeting, which was held at the Ministry's offices in
    Cusco, the two sides went over ...": the meeting was in Cusco (not the dateline's city)."""
    body = (
        "Lima, March 3 (Andina) - Vice Minister of Trade Lena Varga met today with Deputy "
        "Minister of Economy of the Republic of Chile Omar Haddad, who is on a working visit to "
        "the country.\n\nDuring the meeting, which was held at the Ministry's offices in "
        "Cusco, the two sides went over trade and investment ties."
    )
    brief = parse_brief(f"{body}\n", brief_id="q")
    assert [([p.name for p in m.participants], m.place) for m in brief.meetings] == [
        (["Lena Varga", "Omar Haddad"], "Cusco")
    ]


def test_meetings_on_the_sidelines_of_the_event_the_dateline_reports_are_on_its_day() -> None:
    """ "QUITO, 14 May 2026 – X attended the session held in the palace. On the margins of the
    session, ...": those meetings were on the dateline's day, not the page's (15 May)."""
    body = (
        "QUITO, 14 May 2026 – President of the Senate of Ecuador Lena Varga attended the spring "
        "session of the Andean Parliament held in the Carondelet Palace.\n\nOn the margins of "
        "the spring session, the Senate President held a number of bilateral meetings. In a "
        "conversation with Speaker of the House of Bolivia Omar Haddad, the parties touched on "
        "transit routes.\n\nLena Varga also met with President of the Congress of Colombia "
        "Karim Nasser."
    )
    brief = parse_brief(f"date 2026-05-15\n{body}\n", brief_id="l")
    assert [([p.name for p in m.participants], m.date) for m in brief.meetings] == [
        (["Lena Varga", "Omar Haddad"], dt.date(2026, 5, 14)),
        (["Lena Varga", "Karim Nasser"], dt.date(2026, 5, 14)),
    ]


def test_a_signing_day_told_in_a_lead_above_the_dateline_dates_the_signers_meeting() -> None:
    """ "Tacna and Arica signed an agreement on Thursday. TACNA. November 27. Agency – The
    document was signed in Tacna by X and Y": that Thursday, not the dateline's day."""
    body = (
        "Tacna and Arica signed an agreement on twinning and cooperation on Thursday. TACNA. "
        "November 27. Andina – The document was signed in Tacna by Mayor of Tacna Lena Varga "
        "and Mayor of Arica Omar Haddad, the press service of the municipality reports."
    )
    brief = parse_brief(f"date 2026-11-27\n{body}\n", brief_id="n")
    assert [([p.name for p in m.participants], m.date, m.place) for m in brief.meetings] == [
        (["Lena Varga", "Omar Haddad"], dt.date(2026, 11, 26), "Tacna")
    ]


def test_the_guest_received_by_another_official_after_the_talks_is_the_visitor() -> None:
    """ "A held talks with B, who arrived on a visit. ... Later in the day, the distinguished
    guest was received by Y": B (not the host A) met Y that day."""
    body = (
        "On 12 March, President of Bolivia Lena Varga held talks with President of Chile Omar "
        "Haddad, who arrived in our country on an official visit.\n\nThe sides discussed "
        "cooperation in mining.\n\nLater in the day, the distinguished guest was received by "
        "Chairman of the Senate of Bolivia Karim Nasser, who spoke about parliamentary ties."
    )
    brief = parse_brief(f"date 2026-03-13\n{body}\n", brief_id="g")
    assert [([p.name for p in m.participants], m.date) for m in brief.meetings] == [
        (["Lena Varga", "Omar Haddad"], dt.date(2026, 3, 12)),
        (["Omar Haddad", "Karim Nasser"], dt.date(2026, 3, 12)),
    ]


def test_a_quote_said_after_the_talks_makes_the_pair_who_signed_just_before_a_meeting() -> None:
    """ "A and B signed a declaration at the palace in Lima on 4 May. '...,' said A after the
    talks": A and B held talks, that day and there."""
    body = (
        "LIMA – Chilean President Lena Varga and Peruvian President Omar Haddad signed a "
        "declaration on partnership at the Government Palace in Lima on 4 May.\n\n“Our ports "
        "are open. Today we open them wider,” said Varga at a joint press statement after the "
        "talks."
    )
    brief = parse_brief(f"date 2026-05-05\n{body}\n", brief_id="s")
    assert [([p.name for p in m.participants], m.date, m.place) for m in brief.meetings] == [
        (["Lena Varga", "Omar Haddad"], dt.date(2026, 5, 4), "Lima")
    ]


def test_the_two_parts_of_a_commission_chaired_by_two_ministers_make_them_meet() -> None:
    """ "The Chilean part of the Commission was chaired by Minister X, the Peruvian part by
    Minister Y": the two co-chairs met at the session."""
    body = (
        "The Fourth Session of the Chilean-Peruvian Joint Commission was held in Lima.\n\n"
        "The Chilean part of the Commission was chaired by Minister of Economy Lena Varga, the "
        "Peruvian part by Minister of Trade Omar Haddad.\n\nThe Co-Chairs welcomed the growth "
        "of mutual trade."
    )
    brief = parse_brief(f"{body}\n", brief_id="c")
    assert [([p.name for p in m.participants], m.place) for m in brief.meetings] == [
        (["Lena Varga", "Omar Haddad"], "Lima")
    ]


def test_talks_held_following_the_meeting_told_before_are_on_its_day() -> None:
    """ "On May 4, A received B. ... Following the meeting, B also held talks with C": that
    day too."""
    body = (
        "On May 4, President of Chile Lena Varga received Prime Minister of Peru Omar Haddad, "
        "who is in our country on an official visit.\n\nThe sides discussed mining.\n\n"
        "Following the meeting, the Prime Minister of Peru also held talks with Prime Minister "
        "of Chile Karim Nasser at the Government House."
    )
    brief = parse_brief(f"date 2026-05-05\n{body}\n", brief_id="f")
    assert [([p.name for p in m.participants], m.date) for m in brief.meetings] == [
        (["Lena Varga", "Omar Haddad"], dt.date(2026, 5, 4)),
        (["Omar Haddad", "Karim Nasser"], dt.date(2026, 5, 4)),
    ]


def test_a_meeting_an_agreement_was_reached_to_hold_gives_no_place_to_the_talks_after() -> None:
    """ "An agreement was reached to adopt a plan and to hold the first meeting of the
    commission in Lima next year": a plan, so the talks told next were not in Lima."""
    body = (
        "On May 4, President of Chile Lena Varga received Prime Minister of Peru Omar Haddad.\n\n"
        "An agreement was reached to adopt a roadmap for trade and to hold the first meeting of "
        "the joint commission in Lima next year.\n\nFollowing the meeting, the Prime Minister "
        "of Peru also held talks with Prime Minister of Chile Karim Nasser at the Government "
        "House."
    )
    brief = parse_brief(f"date 2026-05-05\n{body}\n", brief_id="p")
    assert [([p.name for p in m.participants], m.place) for m in brief.meetings] == [
        (["Lena Varga", "Omar Haddad"], None),
        (["Omar Haddad", "Karim Nasser"], None),
    ]


def test_the_governor_heading_the_delegation_told_before_is_the_governor_who_held_talks() -> None:
    """ "A delegation headed by Governor X paid a working visit to ... In Tacna, the governor
    held talks with Y": X held talks with Y."""
    body = (
        "A delegation of the Arica region headed by Governor Lena Varga paid a working visit "
        "to the Tacna region of Peru.\n\nIn Tacna, the governor held talks with Governor of "
        "Tacna Omar Haddad. The sides discussed border trade."
    )
    brief = parse_brief(f"{body}\n", brief_id="v")
    assert [([p.name for p in m.participants], m.place) for m in brief.meetings] == [
        (["Lena Varga", "Omar Haddad"], "Tacna")
    ]


def test_a_reception_that_will_be_held_is_no_meeting() -> None:
    """ "Y will be received on Friday by Z": a reception still to come, so no meeting of Y
    and Z; the talks told before stay."""
    body = (
        "ROME – Foreign Minister Lena Varga held talks with Foreign Minister Omar Haddad in "
        "Rome on Monday.\n\nHaddad will be received on Friday by Prime Minister Marco Bellini."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="w")
    assert [([p.name for p in m.participants], m.date) for m in brief.meetings] == [
        (["Lena Varga", "Omar Haddad"], dt.date(2024, 3, 4))
    ]


def test_officials_in_whose_presence_two_met_are_no_participants() -> None:
    """ "X met Y in the presence of A and B": one meeting of X and Y; A and B attended it."""
    body = (
        "Prime Minister Lena Varga met with Vice Minister of Trade Omar Haddad, who heads a "
        "business delegation, in the presence of Minister of Economy Marco Bellini and Chairman "
        "of the Port Authority Karim Nasser."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="p")
    assert [[p.name for p in m.participants] for m in brief.meetings] == [
        ["Lena Varga", "Omar Haddad"]
    ]


def test_a_delegation_received_on_a_weekday_told_with_no_comma_is_its_head() -> None:
    """ "On Wednesday the Italian delegation was received by Y": the Italian of the talks
    told before met Y that Wednesday."""
    body = (
        "Minister of Trade Lena Varga of Jordan and Italy's Minister of State Marco Bellini "
        "agreed in Amman on Tuesday to double trade.\n\nOn Wednesday the Italian delegation was "
        "received by Jordan's Vice President Omar Haddad."
    )
    brief = parse_brief(f"date 2024-03-07\n{body}\n", brief_id="d")
    assert [([p.name for p in m.participants], m.date) for m in brief.meetings] == [
        (["Lena Varga", "Marco Bellini"], dt.date(2024, 3, 5)),
        (["Marco Bellini", "Omar Haddad"], dt.date(2024, 3, 6)),
    ]


def test_a_minister_named_by_country_is_that_countrys_minister() -> None:
    """ "On Tuesday, the Italian minister paid a courtesy call on Y at the Presidential
    Palace, Amman": the Italian minister of the talks told before (not the host minister)
    met Y, in the city named after the venue."""
    body = (
        "Minister of Trade Lena Varga of Jordan said this on Wednesday at the end of talks with "
        "the visiting Italian Minister for Trade, Marco Bellini.\n\nOn Tuesday, the Italian "
        "minister paid a courtesy call on Vice-President Omar Haddad at the Presidential Palace, "
        "Amman, where they discussed energy."
    )
    brief = parse_brief(f"date 2024-03-07\n{body}\n", brief_id="c")
    assert [([p.name for p in m.participants], m.date, m.place) for m in brief.meetings] == [
        (["Lena Varga", "Marco Bellini"], dt.date(2024, 3, 6), None),
        (["Marco Bellini", "Omar Haddad"], dt.date(2024, 3, 5), "Amman"),
    ]


@pytest.mark.parametrize(
    "lead",
    [
        "Today I met Jordan's Deputy Prime Minister, Omar Haddad, in Amman for annual talks.",
        "On Monday, I held talks with Jordan's Deputy Prime Minister, Omar Haddad, in Amman.",
    ],
)
def test_a_first_person_release_met_the_one_it_names_with_its_minister(lead: str) -> None:
    """A minister's own release, "Today I met X in Amman" outside quotation marks: the
    minister named at its top met X."""
    body = (
        f"Senator Lena Varga\nMinister for Foreign Affairs\n\nMedia release\n4 March 2024\n\n"
        f"{lead}\n\nWe discussed trade and energy."
    )
    brief = parse_brief(f"{body}\n", brief_id="i")
    assert [([p.name for p in m.participants], m.place) for m in brief.meetings] == [
        (["Lena Varga", "Omar Haddad"], "Amman")
    ]


def test_a_first_person_release_is_its_byline_ministers_under_a_headline_naming_the_guest() -> (
    None
):
    """A release headed "Talks with Premier Y" over its author's byline line ("Prime
    Minister\nThe Hon X MP"): "I" is X, not Y whom the headline names first, and "my meeting
    with Z yesterday" is X's meeting with Z the day before."""
    body = (
        "Annual Talks with Premier Omar Haddad\n\nMedia release\nTuesday 5 March 2024\n\n"
        "Prime Minister\nThe Hon Lena Varga MP\n\nToday I held the annual talks with Premier "
        "Omar Haddad in Velmora.\n\nThey follow my meeting with President Aldo Brenner "
        "yesterday at the Palace of Columns, where we discussed trade."
    )
    brief = parse_brief(f"{body}\n", brief_id="i")
    assert [([p.name for p in m.participants], m.date) for m in brief.meetings] == [
        (["Lena Varga", "Omar Haddad"], dt.date(2024, 3, 5)),
        (["Lena Varga", "Aldo Brenner"], dt.date(2024, 3, 4)),
    ]


def test_a_first_person_meeting_inside_a_quotation_is_no_meeting_of_the_author() -> None:
    """ "'Today I met Y,' said X": the quotation is no report of a meeting."""
    body = 'Minister Lena Varga said: "Yesterday I met President Omar Haddad and we agreed."'
    assert parse_brief(f"date 2024-03-06\n{body}\n", brief_id="q").meetings == ()


@pytest.mark.parametrize("when", ["today", "on Monday", ""])
def test_one_who_spoke_with_another_named_held_talks(when: str) -> None:
    """ "President X spoke today with President Y": their talks (a readout's call)."""
    body = f"President Lena Varga spoke {when} with President Omar Haddad of Jordan.".replace(
        "  ", " "
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="s")
    assert [([p.name for p in m.participants], m.kind) for m in brief.meetings] == [
        (["Lena Varga", "Omar Haddad"], "talks")
    ]


@pytest.mark.parametrize("body_", ["team", "mission"])
def test_a_team_led_by_one_that_met_officials_is_a_meeting_of_its_leader(body_: str) -> None:
    """ "A staff team led by X visited Amman ... In Amman, the team met with A, B and other
    officials": one meeting of X, A and B, in Amman."""
    body = (
        f"An International Monetary Fund (IMF) staff {body_} led by Mr. Marco Bellini visited "
        f"Amman during March 1-5, 2024. In Amman, the {body_} met with Minister of Finance Omar "
        "Haddad, Central Bank Governor Lena Varga, and other senior officials."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="t")
    assert [([p.name for p in m.participants], m.place) for m in brief.meetings] == [
        (["Marco Bellini", "Omar Haddad", "Lena Varga"], "Amman")
    ]


def test_meetings_during_a_visit_that_ended_today_take_only_the_days_told_of_them() -> None:
    """ "X concluded a three-day visit today, during which she met A and B. In her meeting
    with A on Wednesday ... On Thursday, X met B": Wednesday and Thursday, not today."""
    body = (
        "AMMAN, 8 March 2024 – Secretary General Lena Varga concluded a three-day visit to "
        "Jordan today, during which she met with Minister of Foreign Affairs Omar Haddad and "
        "Speaker Marco Bellini.\n\nIn her meeting with Minister Haddad on Wednesday, the "
        "Secretary General discussed border security.\n\nOn Thursday, Varga met with Speaker "
        "Bellini at the parliament."
    )
    brief = parse_brief(f"date 2024-03-08\n{body}\n", brief_id="v")
    assert [([p.name for p in m.participants], m.date) for m in brief.meetings] == [
        (["Lena Varga", "Omar Haddad"], dt.date(2024, 3, 6)),
        (["Lena Varga", "Marco Bellini"], dt.date(2024, 3, 7)),
    ]


def test_one_who_met_two_in_two_cities_on_two_days_met_each_there_that_day() -> None:
    """ "during which she met A in Riyadh on Sunday 3 March and B, in Doha on Monday 4
    March": each meeting has its own day and city."""
    body = (
        "Foreign Minister Lena Varga concluded a four-day tour of the Gulf, during which she met "
        "Saudi Minister of Foreign Affairs Omar Haddad in Riyadh on Sunday 3 March and Qatar's "
        "Minister of State for Foreign Affairs, Marco Bellini, in Doha on Monday 4 March."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="g")
    assert [([p.name for p in m.participants], m.date, m.place) for m in brief.meetings] == [
        (["Lena Varga", "Omar Haddad"], dt.date(2024, 3, 3), "Riyadh"),
        (["Lena Varga", "Marco Bellini"], dt.date(2024, 3, 4), "Doha"),
    ]


def test_the_secretary_general_who_visited_a_centre_and_met_its_head_met_him_there() -> None:
    """ "The Secretary General also visited the Centre in Amman ... and met with Ambassador
    Y, Head of the Centre": the Secretary General of the meetings before met Y, in Amman."""
    body = (
        "Secretary General Lena Varga met with Minister of Foreign Affairs Omar Haddad on "
        "Wednesday.\n\nThe Secretary General also visited the Centre in Amman, which is "
        "implementing 14 projects, and met with Ambassador Marco Bellini, Head of the Centre."
    )
    brief = parse_brief(f"date 2024-03-08\n{body}\n", brief_id="s")
    assert [([p.name for p in m.participants], m.place) for m in brief.meetings] == [
        (["Lena Varga", "Omar Haddad"], None),
        (["Lena Varga", "Marco Bellini"], "Amman"),
    ]


def test_the_co_chairs_of_a_session_held_in_a_city_told_before_met_there() -> None:
    """ "... at the close of the third session of the Joint Commission in Amman. The session
    was co-chaired by A and B": A and B met in Amman."""
    body = (
        "Italy and Jordan have signed five agreements at the close of the third session of the "
        "Italy-Jordan Joint Commission in Amman.\n\nThe session was co-chaired by Foreign "
        "Minister Lena Varga and Jordan's Minister of Foreign Affairs, Omar Haddad."
    )
    brief = parse_brief(f"{body}\n", brief_id="c")
    assert [([p.name for p in m.participants], m.place) for m in brief.meetings] == [
        (["Lena Varga", "Omar Haddad"], "Amman")
    ]


@pytest.mark.parametrize(
    ("subject", "call", "expected"),
    [
        (
            "The Foreign Secretary",
            "held a phone call",
            {"Lena Varga", "Omar Haddad", "Karim Nasser"},
        ),
        ("She", "held a phone call", {"Lena Varga", "Omar Haddad", "Karim Nasser"}),
        ("The Foreign Secretary", "held talks", {"Lena Varga", "Omar Haddad"}),
    ],
)
def test_one_who_accompanied_a_caller_took_part_in_the_call(
    subject: str, call: str, expected: set[str]
) -> None:
    """ "X held a phone call with Y ... The Foreign Secretary was accompanied by Z": Z was on
    the call; one accompanying a visitor to talks is in no meeting."""
    body = (
        f"Foreign Secretary Lena Varga {call} today with Japan's Minister for Foreign Affairs, "
        f"Omar Haddad.\n\nThe two officials discussed trade.\n\n{subject} was accompanied by "
        "Undersecretary for Foreign Affairs Karim Nasser."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="a")
    assert [{p.name for p in m.participants} for m in brief.meetings] == [expected]


@pytest.mark.parametrize(
    ("venue", "expected"),
    [
        (" at the Ministry of Finance", [({"Marco Bellini", "Omar Haddad"}, "signing")]),
        ("", []),
    ],
)
def test_a_document_signed_by_two_at_a_named_venue_is_their_signing(
    venue: str, expected: list[tuple[set[str], str]]
) -> None:
    """ "The agreement was signed by A and B at the Ministry of Finance": a signing told
    where it happened; "was signed by A and B" alone tells only who signed."""
    body = (
        "ROME – Italy and the Jordan Fund today signed a loan agreement.\n\n"
        f"The agreement was signed by Minister of Finance Marco Bellini and Fund Director "
        f"Omar Haddad{venue}."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="v")
    assert [({p.name for p in m.participants}, m.kind) for m in brief.meetings] == expected


@pytest.mark.parametrize(
    ("meeting", "expected"),
    [
        ("The Premier met with Trade Minister Omar Haddad.", (dt.date(2024, 3, 3), "Turin")),
        ("Minister Karim Nasser met with Trade Minister Omar Haddad.", (None, None)),
    ],
)
def test_the_meeting_of_one_told_at_an_event_held_in_a_city_is_there_that_day(
    meeting: str, expected: tuple[dt.date | None, str | None]
) -> None:
    """ "Prime Minister X on Sunday witnessed ... on the sidelines of the forum held in
    Turin. The Premier met with Y": that Sunday, in Turin; someone else's meeting told next
    is not dated by X's day."""
    body = (
        "Prime Minister Lena Varga on Sunday witnessed the signing of five contracts on the "
        f"sidelines of the Italian-Jordanian Business Forum held in Turin.\n\n{meeting}"
    )
    brief = parse_brief(f"date 2024-03-04\n{body}\n", brief_id="e")
    assert [(m.date, m.place) for m in brief.meetings] == [expected]


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        (
            "The Prime Minister welcomed Prime Minister Omar Haddad of Jordan to Harbour House "
            "this morning.",
            [(["Omar Haddad"], dt.date(2024, 3, 6), "meeting")],
        ),
        (
            "The Prime Minister spoke to King Omar Haddad of Jordan this afternoon.",
            [(["Omar Haddad"], dt.date(2024, 3, 6), "phone call")],
        ),
        ("The Prime Minister welcomed the progress made on trade with Jordan.", []),
    ],
)
def test_a_spokespersons_quoted_readout_is_a_meeting_of_the_one_guest_it_names(
    opening: str, expected: list[tuple[list[str], dt.date, str]]
) -> None:
    """'A Harbour House spokesperson said: "The Prime Minister welcomed Prime Minister X to
    Harbour House this morning."': a meeting of X, the host never named; a readout that
    names no guest tells of none."""
    body = (
        "PM meeting with Jordan: 6 March 2024\n\nA Harbour House spokesperson said:\n\n"
        f'"{opening}\n\nThe leaders discussed energy and trade."'
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="r")
    assert [([p.name for p in m.participants], m.date, m.kind) for m in brief.meetings] == expected


@pytest.mark.parametrize(
    "spoke",
    [
        "President Lena Varga spoke with reporters about President Omar Haddad's visit.",
        "President Lena Varga spoke to students about President Omar Haddad's reforms.",
    ],
)
def test_one_who_spoke_to_others_about_a_named_one_met_no_one(spoke: str) -> None:
    """ "X spoke with reporters about President Y's visit": no talks of X and Y."""
    assert parse_brief(f"date 2024-03-06\n{spoke}\n", brief_id="s").meetings == ()


def test_one_who_spoke_to_another_named_held_talks() -> None:
    """ "Prime Minister X spoke to President Y this afternoon": their talks."""
    body = "Prime Minister Lena Varga spoke to President Omar Haddad of Jordan this afternoon."
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="s")
    assert [[p.name for p in m.participants] for m in brief.meetings] == [
        ["Lena Varga", "Omar Haddad"]
    ]


def test_meetings_during_a_concluded_visit_told_today_take_no_day_of_it() -> None:
    """ "X concluded her visit to Jordan today, during which she met A": the visit ended
    today; the meeting's day is not told."""
    body = (
        "AMMAN, 8 March 2024 – Secretary General Lena Varga concluded her visit to Jordan "
        "today, during which she met with Minister of Foreign Affairs Omar Haddad."
    )
    brief = parse_brief(f"date 2024-03-08\n{body}\n", brief_id="v")
    assert [([p.name for p in m.participants], m.date) for m in brief.meetings] == [
        (["Lena Varga", "Omar Haddad"], None)
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Minister of Foreign Affairs Lena Varga granted a courtesy call to the High "
            "Commissioner of Jordan, Omar Haddad, on Tuesday.",
            [["Lena Varga", "Omar Haddad"]],
        ),
        (
            "The High Commissioner of Jordan, Omar Haddad, paid a courtesy call to Minister of "
            "Foreign Affairs Lena Varga on Tuesday.",
            [["Omar Haddad", "Lena Varga"]],
        ),
        (
            "Minister Lena Varga paid a courtesy visit to Jordan, accompanied by Ambassador "
            "Omar Haddad.",
            [],
        ),
    ],
)
def test_a_courtesy_call_paid_to_or_granted_to_one_named_is_a_meeting(
    body: str, expected: list[list[str]]
) -> None:
    """ "X paid a courtesy call to Y", "Y granted a courtesy call to X": they met; a courtesy
    visit to a country is no meeting with the one accompanying the visitor."""
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="c")
    assert [[p.name for p in m.participants] for m in brief.meetings] == expected


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        (
            "The Prime Minister spoke to President Omar Haddad of Jordan this afternoon.",
            [(["Omar Haddad"], "phone call")],
        ),
        ("The Prime Minister welcomed the progress made with President Omar Haddad.", []),
        ("The Prime Minister spoke to the press about President Omar Haddad's visit.", []),
    ],
)
def test_a_readout_opening_with_its_unnamed_host_meeting_one_guest_is_that_meeting(
    opening: str, expected: list[tuple[list[str], str]]
) -> None:
    """A readout that never names its host, "The Prime Minister spoke to President X this
    afternoon.": a call of X; not when the one named does not follow the verb."""
    body = f"PM call with President of Jordan: 6 March 2024\n\n{opening}\n\nThey discussed trade."
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="u")
    assert [([p.name for p in m.participants], m.kind) for m in brief.meetings] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Prime Minister Lena Varga held discussions today with the visiting President of "
            "Jordan, Omar Haddad, at his office.",
            [(["Lena Varga", "Omar Haddad"], None)],
        ),
        (
            "President Lena Varga on Tuesday hosted his Jordanian counterpart Omar Haddad at "
            "State House, Nairobi, where the two leaders witnessed the signing of agreements.",
            [(["Lena Varga", "Omar Haddad"], "Nairobi")],
        ),
        (
            "President Lena Varga received in audience Jordan's Foreign Minister Omar Haddad, "
            "who delivered a special message from King Karim Nasser.",
            [(["Lena Varga", "Omar Haddad"], None)],
        ),
        (
            "President Lena Varga received the letter of credence from Ambassador Omar Haddad "
            "of Jordan.",
            [(["Lena Varga", "Omar Haddad"], None)],
        ),
    ],
)
def test_receptions_as_african_outlets_tell_them(
    body: str, expected: list[tuple[list[str], str | None]]
) -> None:
    """ "held discussions today with", "hosted X at State House, Nairobi", "X delivered a
    message from King Y" (Y sent it, was not there), "received the letter of credence
    from Ambassador X": who met, and where."""
    brief = parse_brief(f"{body}\n", brief_id="a")
    assert [([p.name for p in m.participants], m.place) for m in brief.meetings] == expected


def test_a_un_readout_of_the_unnamed_secretary_general_meeting_one_minister() -> None:
    """ "NEW YORK, 5 March 2024 – The Secretary-General met today with X, Minister for Foreign
    Affairs of Jordan": a meeting of X, that day."""
    body = (
        "NEW YORK, 5 March 2024 – The Secretary-General met today with Omar Haddad, Minister "
        "for Foreign Affairs of Jordan. The Secretary-General and the Minister discussed the "
        "situation in the region."
    )
    brief = parse_brief(f"{body}\n", brief_id="u")
    assert [([p.name for p in m.participants], m.date) for m in brief.meetings] == [
        (["Omar Haddad"], dt.date(2024, 3, 5))
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Federal Minister Lena Varga travelled to Amman on Monday. There she met her "
            "Jordanian counterpart Omar Haddad.",
            [(["Lena Varga", "Omar Haddad"], dt.date(2024, 3, 4), "Amman")],
        ),
        (
            "Minister Lena Varga and Minister Omar Haddad co-hosted the Ministerial Dialogue in "
            "Canberra on Monday.",
            [(["Lena Varga", "Omar Haddad"], dt.date(2024, 3, 4), "Canberra")],
        ),
        (
            "The forum, co-hosted by Minister Lena Varga and Minister Omar Haddad, opened in "
            "Canberra.",
            [],
        ),
    ],
)
def test_a_meeting_there_after_a_trip_and_two_co_hosts_met(
    body: str, expected: list[tuple[list[str], dt.date, str]]
) -> None:
    """ "X travelled to Amman on Monday. There she met Y": in Amman that Monday; "A and B
    co-hosted the dialogue": they met (a forum "co-hosted by" them tells of no meeting)."""
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="t")
    assert [
        ([p.name for p in m.participants], m.date, m.place) for m in brief.meetings
    ] == expected


def test_the_office_named_as_subject_is_its_holder_in_the_meeting_told_last() -> None:
    """ "X received Secretary-General Y. The Secretary-General also met with Z": Y met Z."""
    body = (
        "President Lena Varga received UN Secretary-General Omar Haddad on Monday.\n\n"
        "The Secretary-General also met with Speaker Karim Nasser."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="o")
    assert [[p.name for p in m.participants] for m in brief.meetings] == [
        ["Lena Varga", "Omar Haddad"],
        ["Omar Haddad", "Karim Nasser"],
    ]


def test_she_who_met_one_guest_then_met_another_is_the_visitor_not_the_guest() -> None:
    """ "In Amman on Tuesday, she met with A. In Beirut the day before, she met with B": the
    envoy met A in Amman and B in Beirut (B did not meet A)."""
    body = (
        "Special Envoy Lena Varga visited Amman and Beirut this week. In Amman on Tuesday, she "
        "met with Foreign Minister Omar Haddad. In Beirut the day before, she met with Prime "
        "Minister Karim Nasser."
    )
    brief = parse_brief(f"date 2024-03-08\n{body}\n", brief_id="s")
    assert [([p.name for p in m.participants], m.date, m.place) for m in brief.meetings] == [
        (["Lena Varga", "Omar Haddad"], dt.date(2024, 3, 5), "Amman"),
        (["Lena Varga", "Karim Nasser"], dt.date(2024, 3, 4), "Beirut"),
    ]


def test_a_delegation_led_by_one_that_met_two_hosts_is_a_meeting_of_its_leader() -> None:
    """ "A delegation led by X visited Lima. The delegation met with A and B": X met A and B
    (not A and B each other)."""
    body = (
        "A delegation of Jordanian companies led by Minister of Trade Omar Haddad visited Lima "
        "on Monday.\n\nThe delegation met with Minister of Economy Lena Varga and Minister of "
        "Energy Karim Nasser."
    )
    brief = parse_brief(f"date 2024-03-08\n{body}\n", brief_id="d")
    assert [[p.name for p in m.participants] for m in brief.meetings] == [
        ["Omar Haddad", "Lena Varga", "Karim Nasser"]
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They met on Thursday last week.", dt.date(2026, 11, 19)),
        ("They met on Monday of last week.", dt.date(2026, 11, 16)),
        ("They met on Thursday.", dt.date(2026, 11, 26)),
    ],
)
def test_a_weekday_of_last_week_is_that_day_of_the_week_before(
    text: str, expected: dt.date
) -> None:
    """ "on Thursday last week", told on Friday 27 November: Thursday 19 November."""
    assert find_date(text, dt.date(2026, 11, 27)) == expected


@pytest.mark.parametrize(
    ("sentence", "date", "place"),
    [
        (
            "Italy's Minister of Culture Lena Varga and Jordan's Minister of Culture Omar "
            "Haddad signed on Monday in Turin a programme of cultural exchanges.",
            dt.date(2024, 3, 4),
            "Turin",
        ),
        (
            "Minister Lena Varga and Minister Omar Haddad on Monday signed a memorandum on "
            "museum exchanges.",
            dt.date(2024, 3, 4),
            None,
        ),
    ],
)
def test_two_named_who_signed_a_document_on_a_day_or_in_a_city_met(
    sentence: str, date: dt.date, place: str | None
) -> None:
    """ "A and B signed on Monday in Turin a programme": the two signed it together, so they
    met, that day and there."""
    brief = parse_brief(f"date 2024-03-06\nROME – {sentence}\n", brief_id="s")
    assert [
        ([p.name for p in m.participants], m.kind, m.date, m.place) for m in brief.meetings
    ] == [(["Lena Varga", "Omar Haddad"], "signing", date, place)]


@pytest.mark.parametrize(
    "sentence",
    [
        # no day or place of the signing told
        "Minister Lena Varga and Minister Omar Haddad signed a memorandum on museum exchanges.",
        # the two are not the subject of "signed"
        "Minister Lena Varga told Minister Omar Haddad that Italy and Jordan signed a "
        "memorandum on Monday in Turin.",
        # a plan
        "Minister Lena Varga and Minister Omar Haddad will have signed a memorandum by Monday.",
    ],
)
def test_a_signing_with_no_day_or_place_or_not_by_the_two_named_is_no_meeting(
    sentence: str,
) -> None:
    brief = parse_brief(f"date 2024-03-06\nROME – {sentence}\n", brief_id="s")
    assert brief.meetings == ()


def test_talks_told_after_a_dated_signing_of_two_make_it_their_talks() -> None:
    """ "A and B signed a declaration in Turin on Monday. '...,' said A after the talks": one
    meeting, their talks, that day and there."""
    body = (
        "ROME – President Lena Varga and President Omar Haddad signed a declaration on "
        "partnership in Turin on Monday.\n\n“Our ports are open,” said Varga after the talks."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="s")
    assert [
        ([p.name for p in m.participants], m.kind, m.date, m.place) for m in brief.meetings
    ] == [(["Lena Varga", "Omar Haddad"], "talks", dt.date(2024, 3, 4), "Turin")]


def test_a_city_in_what_was_reported_before_said_after_is_not_where_they_met() -> None:
    """ "Italy will open a centre in Amman, the ministry said Monday, after X met Y in Turin":
    the meeting was in Turin."""
    body = (
        "ROME – Italy will open a cultural centre in Amman next year, the Culture Ministry said "
        "Monday, after Minister of Culture Lena Varga met with Jordanian Minister of Culture "
        "Omar Haddad in Turin."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="s")
    assert [([p.name for p in m.participants], m.place) for m in brief.meetings] == [
        (["Lena Varga", "Omar Haddad"], "Turin")
    ]


def test_a_city_told_with_the_meeting_before_said_after_stays_its_place() -> None:
    """ "X met Y in Turin, the ministry said Monday, after ...": the meeting told first keeps
    its city."""
    body = (
        "ROME – Minister Lena Varga met Minister Omar Haddad in Turin, the ministry said "
        "Monday, after a forum in Amman."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="s")
    assert [([p.name for p in m.participants], m.place) for m in brief.meetings] == [
        (["Lena Varga", "Omar Haddad"], "Turin")
    ]


def test_a_cargo_handed_over_by_one_named_to_another_at_a_crossing_is_their_meeting() -> None:
    """ "A train left on Monday. The cargo was handed over at the Kapikule border crossing by
    X to Y": the two met there, that day, to hand it over."""
    body = (
        "ROME – A train with 900 tonnes of flour left for Jordan on Monday.\n\n"
        "The cargo was handed over at the Kapikule border crossing by Deputy Minister Lena "
        "Varga to Jordan's acting Minister of Refugees Omar Haddad."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="h")
    assert [
        ([p.name for p in m.participants], m.kind, m.date, m.place) for m in brief.meetings
    ] == [(["Lena Varga", "Omar Haddad"], "handover", dt.date(2024, 3, 4), "Kapikule")]


@pytest.mark.parametrize(
    "sentence",
    [
        # handed over by someone not named
        "A message from President Lena Varga was handed over by the ambassador to Minister "
        "Omar Haddad.",
        # handed over to no one named
        "The cargo, sent by Minister Lena Varga, was handed over by the railway to the "
        "authorities, Omar Haddad said.",
        # handed over by no one
        "The cargo was handed over to Minister Omar Haddad, Minister Lena Varga said.",
    ],
)
def test_a_handover_not_by_one_named_to_another_named_is_no_meeting(sentence: str) -> None:
    brief = parse_brief(f"date 2024-03-06\nROME – {sentence}\n", brief_id="h")
    assert brief.meetings == ()


def test_the_visiting_general_as_the_subject_is_the_visitor_of_the_meeting_told_before() -> None:
    """ "X called on Y today. On March 4, the visiting general also met Z at the Joint Staff
    Headquarters, Turin": X met Z, that day and there."""
    body = (
        "ROME – Major General Lena Varga, Chief of the General Staff of Jordan, called on "
        "Marco Bellini, Chief of Army Staff, at General Headquarters today.\n\n"
        "On March 4, the visiting general also met Omar Haddad, Chairman of the Joint Chiefs, "
        "at Joint Staff Headquarters, Turin, where both sides agreed to set up a working group."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="g")
    assert [([p.name for p in m.participants], m.date, m.place) for m in brief.meetings] == [
        (["Lena Varga", "Marco Bellini"], dt.date(2024, 3, 6), None),
        (["Lena Varga", "Omar Haddad"], dt.date(2024, 3, 4), "Turin"),
    ]


@pytest.mark.parametrize(
    ("opening", "met"),
    [
        ("After the exercise, the ministers held a meeting in Turin.", True),
        ("Following the drill, they met in Turin.", True),
        ("After the exercise, the ministers thanked the troops in Turin.", False),
    ],
)
def test_the_ministers_after_an_event_as_the_subject_are_the_two_named_before(
    opening: str, met: bool
) -> None:
    """ "The final stage was observed by A and B. After the exercise, the ministers held a
    meeting in Turin": A and B met there."""
    body = (
        "ROME – The final stage was observed by Minister of Defence Lena Varga and Minister of "
        f"Defence Omar Haddad. {opening}"
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="e")
    expected = [(["Lena Varga", "Omar Haddad"], "Turin")] if met else []
    assert [([p.name for p in m.participants], m.place) for m in brief.meetings] == expected


def test_the_delegation_of_a_country_is_its_one_member_in_the_meeting_told_last() -> None:
    """ "X held a meeting with Jordan's minister Y. Within the framework of the visit, the
    Jordanian delegation also met Z": Y (not the host X) met Z."""
    body = (
        "ROME – Italy’s Minister of Defence Lena Varga held a meeting with Jordan’s Minister "
        "of Defence Omar Haddad in Turin on Monday.\n\n"
        "Within the framework of the visit, the Jordanian delegation also met the Chief of the "
        "General Staff of Italy, Marco Bellini."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="d")
    assert [[p.name for p in m.participants] for m in brief.meetings] == [
        ["Lena Varga", "Omar Haddad"],
        ["Omar Haddad", "Marco Bellini"],
    ]


def test_the_delegation_after_two_openings_is_its_member_on_the_day_told() -> None:
    """ "X received minister Y. ... Earlier, on Monday, the Jordanian delegation held a meeting
    with Z": Y met Z on Monday, the subject told after a time and a day."""
    body = (
        "ROME – Prime Minister of Italy Lena Varga received Minister of Trade of Jordan Omar "
        "Haddad, who is in Rome with a delegation of traders.\n\n"
        "The sides discussed trade in olive oil.\n\n"
        "Earlier, on Monday, the Jordanian delegation held a meeting with Minister of Energy of "
        "Italy Marco Bellini."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="d2")
    assert [([p.name for p in m.participants], m.date) for m in brief.meetings][1:] == [
        (["Omar Haddad", "Marco Bellini"], dt.date(2024, 3, 4))
    ]


@pytest.mark.parametrize(
    ("where", "place"),
    [
        ("at the ministry headquarters in Testaccio, central Rome", "Rome"),
        ("in Turin, northern Italy", "Turin"),
    ],
)
def test_a_district_then_the_part_of_a_city_is_in_that_city(where: str, place: str) -> None:
    """ "talks ... at the ministry headquarters in Testaccio, central Rome": in Rome; a city
    followed by the part of a country stays the city."""
    body = (
        f"ROME – Minister of Defence Lena Varga held talks with Minister of Defence Omar "
        f"Haddad {where} on Monday."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="c")
    assert [([p.name for p in m.participants], m.place) for m in brief.meetings] == [
        (["Lena Varga", "Omar Haddad"], place)
    ]


def test_talks_between_unnamed_ministers_in_a_city_told_first_are_the_meeting_named_next() -> None:
    """ "A grain deal was sealed following talks between the two countries' trade ministers
    in Nairobi on Thursday. X received Y at her ministry": there, that Thursday."""
    body = (
        "NAIROBI – A grain deal between Kenya and Malta was sealed following talks between "
        "the two countries' trade ministers in Nairobi on Thursday.\n\n"
        "Kenya's Minister of Trade Grace Wanjiru received Malta's Trade Minister Paul Borg at "
        "her ministry, officials said."
    )
    brief = parse_brief(f"date 2024-03-09\n{body}\n", brief_id="t")
    assert [([p.name for p in m.participants], m.date, m.place) for m in brief.meetings] == [
        (["Grace Wanjiru", "Paul Borg"], dt.date(2024, 3, 7), "Nairobi")
    ]


@pytest.mark.parametrize(
    ("second", "place"),
    [
        ("On Saturday he held talks with Minister of Finance Omar Haddad.", "Turin"),
        # the visitor is not the subject: no place told
        ("On Saturday Minister of Finance Omar Haddad received Ambassador Marco Bellini.", None),
    ],
)
def test_a_meeting_told_right_after_the_visit_to_a_city_of_its_subject_is_there(
    second: str, place: str | None
) -> None:
    """ "The loan was announced during the visit to Turin of X. On Saturday he held talks
    with Y": in Turin."""
    body = (
        "ROME – The loan was announced during the visit to Turin of Regional Director Lena "
        f"Varga. {second}"
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="v")
    assert [m.place for m in brief.meetings] == [place]


@pytest.mark.parametrize(
    ("where", "place"),
    [
        # a compound, quarter or residence that is no known city: no place
        ("at his official residence in Kelmora", None),
        ("at the ministry in Kelmora", None),
        ("at the ministry in Amman", "Amman"),
        # a venue named by its city, in a province: the city
        ("at the Mombasa Harbour Palace in Kilindini", "Mombasa"),
        ("at the agency's Geneva headquarters", "Geneva"),
    ],
)
def test_a_venue_gives_a_city_only_when_it_names_one(where: str, place: str | None) -> None:
    """ "at his residence in Kelmora" (no city) has no place; "at the Mombasa Harbour Palace
    in Kilindini" and "at the agency's Geneva headquarters" are in the city named."""
    body = f"Minister Lena Varga received Minister Omar Haddad {where} on Monday."
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="venue")
    assert [([p.name for p in m.participants], m.place) for m in brief.meetings] == [
        (["Lena Varga", "Omar Haddad"], place)
    ]


def test_a_meeting_held_in_this_city_is_in_the_dateline_city() -> None:
    """ "held the meeting in this city" under "AMMAN –": in Amman."""
    body = (
        "AMMAN – Minister Lena Varga and Minister Omar Haddad held the fifth meeting of the "
        "joint trade committee in this city on Monday."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="city")
    assert [(m.date, m.place) for m in brief.meetings] == [(dt.date(2024, 3, 4), "Amman")]


def test_a_city_inside_a_quotation_is_not_the_meeting_place() -> None:
    """ "As X told Y during their meeting, “... every café in Nairobi”": no place."""
    body = (
        "As Minister Lena Varga told Minister Omar Haddad during their meeting, “you will "
        "find our tea in every café in Nairobi.”"
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="quote")
    assert [([p.name for p in m.participants], m.place) for m in brief.meetings] == [
        (["Lena Varga", "Omar Haddad"], None)
    ]


def test_two_heads_of_sides_at_a_meeting_told_before_met_that_day_and_later_calls() -> None:
    """ "The deal was reached at the meeting held here. A headed the Maltese
    delegation, and B headed the Kenyan side": A and B met, the day the deal was told, in the
    dateline's city; "B, later, called on C at his office here": that day too."""
    body = (
        "VALLETTA, March 6, 2024 – Malta and Kenya today settled a dispute over fishing "
        "quotas.\n\n"
        "The deal was reached at the third meeting of the joint commission held at the "
        "foreign ministry here.\n\n"
        "Director-General Paul Borg headed the Maltese delegation, and Ambassador Grace "
        "Wanjiru headed the Kenyan side.\n\n"
        "Wanjiru, later, called on Foreign Minister Ian Farrugia at his office here."
    )
    brief = parse_brief(f"{body}\n", brief_id="sides")
    day = dt.date(2024, 3, 6)
    assert [([p.name for p in m.participants], m.date, m.place) for m in brief.meetings] == [
        (["Paul Borg", "Grace Wanjiru"], day, "Valletta"),
        (["Grace Wanjiru", "Ian Farrugia"], day, "Valletta"),
    ]


def test_two_signers_after_a_title_with_commas_met_at_the_signing() -> None:
    """ "Minister for Labour, Employment and Welfare A and Minister B signed the MoU on
    Sunday": A and B met that day."""
    body = (
        "Minister for Labour, Employment and Welfare Lena Varga and Jordan's Labour Minister "
        "Omar Haddad signed the memorandum at the ministry in Budapest on Sunday."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="sign")
    assert [([p.name for p in m.participants], m.date, m.place) for m in brief.meetings] == [
        (["Lena Varga", "Omar Haddad"], dt.date(2024, 3, 3), "Budapest")
    ]


def test_a_minister_named_by_nationality_is_the_one_of_that_country_met_before() -> None:
    """ "The Jordanian minister also held a separate meeting with Y", after talks of a
    Hungarian and a Jordanian minister: the Jordanian one met Y."""
    body = (
        "Hungarian Foreign Minister Lena Varga held talks with Jordanian Foreign Minister Omar "
        "Haddad in Budapest on Monday.\n\n"
        "The Jordanian minister also held a separate meeting with Hungarian Speaker Ana Silva."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="dem")
    assert [[p.name for p in m.participants] for m in brief.meetings] == [
        ["Lena Varga", "Omar Haddad"],
        ["Omar Haddad", "Ana Silva"],
    ]


def test_the_delegation_is_the_one_who_led_it() -> None:
    """ "A held talks with B, who headed a large business delegation. The Kenyan delegation
    also met C": B met C."""
    body = (
        "Minister Paul Borg held talks in Valletta on Friday with Kenyan Trade Secretary Grace "
        "Wanjiru, who headed a large business delegation.\n\n"
        "The Kenyan delegation also met Mayor Ian Farrugia on Saturday."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="led")
    assert [([p.name for p in m.participants], m.date) for m in brief.meetings] == [
        (["Paul Borg", "Grace Wanjiru"], dt.date(2024, 3, 1)),
        (["Grace Wanjiru", "Ian Farrugia"], dt.date(2024, 3, 2)),
    ]


def test_an_office_written_by_its_initials_is_its_holder() -> None:
    """ "On Tuesday, the CM also met Governor Y", after Chief Minister X was named: the Chief
    Minister met Y."""
    body = (
        "Chief Minister Paul Borg opened a trade fair with Kenyan Trade Secretary Grace "
        "Wanjiru in Nairobi on 4 March 2024.\n\n"
        "On Tuesday, the CM also met Governor Ian Farrugia."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="cm")
    assert [[p.name for p in m.participants] for m in brief.meetings][-1] == [
        "Paul Borg",
        "Ian Farrugia",
    ]


def test_an_agreement_made_at_an_online_meeting_is_dated_by_the_sentence_before() -> None:
    """ "..., their governors announced on Tuesday. The agreement was made during an online
    meeting of A, B and C": that Tuesday."""
    body = (
        "Three central banks will link their payment systems next year, their governors "
        "announced on Tuesday.\n\n"
        "The agreement was made during an online meeting of Governor Paul Borg, Governor Grace "
        "Wanjiru and Governor Ian Farrugia."
    )
    brief = parse_brief(f"date 2024-03-08\n{body}\n", brief_id="video")
    assert [([p.name for p in m.participants], m.date) for m in brief.meetings] == [
        (["Paul Borg", "Grace Wanjiru", "Ian Farrugia"], dt.date(2024, 3, 5))
    ]


def test_joint_press_statements_after_their_talks_are_a_meeting() -> None:
    """ "A and B promised on Tuesday ... in joint press statements after their closed-door
    talks in Nairobi": their talks, there, that day."""
    body = (
        "Prime Minister Grace Wanjiru and Prime Minister Paul Borg promised on Tuesday to open "
        "embassies in each other's capitals in joint press statements after their closed-door "
        "talks in Nairobi."
    )
    brief = parse_brief(f"date 2024-03-08\n{body}\n", brief_id="press")
    assert [
        ([p.name for p in m.participants], m.kind, m.date, m.place) for m in brief.meetings
    ] == [(["Grace Wanjiru", "Paul Borg"], "talks", dt.date(2024, 3, 5), "Nairobi")]


def test_she_told_a_press_conference_after_having_held_talks_with_a_minister() -> None:
    """ "..., Secretary A said on Tuesday. “...,” she told a press conference after having
    held talks with B": A and B met, the day A said it; "“...,” the Maltese minister said. He
    also called on C": B met C."""
    body = (
        "Kenya will buy two Maltese ferries, Transport Secretary Grace Wanjiru said on "
        "Tuesday.\n\n"
        "“The first will sail in May,” she told a press conference in the port after having "
        "held talks with Malta's Transport Minister Paul Borg.\n\n"
        "“We are ready to deliver,” the Maltese minister said.\n\n"
        "He also called on Deputy President Ian Farrugia in the evening."
    )
    brief = parse_brief(f"date 2024-03-08\n{body}\n", brief_id="told")
    day = dt.date(2024, 3, 5)
    assert [([p.name for p in m.participants], m.date) for m in brief.meetings] == [
        (["Grace Wanjiru", "Paul Borg"], day),
        (["Paul Borg", "Ian Farrugia"], day),
    ]


def test_talks_with_an_unnamed_counterpart_are_with_that_countrys_holder_named_later() -> None:
    """ "Minister A told reporters on Tuesday following talks with her Maltese counterpart",
    with Maltese Trade Minister B named later: A and B met that day."""
    body = (
        "Kenya and Malta will scrap visas for traders, Trade Minister Grace Wanjiru told "
        "reporters on Tuesday after talks with her Maltese counterpart.\n\n"
        "Maltese Trade Minister Paul Borg called the step overdue."
    )
    brief = parse_brief(f"date 2024-03-08\n{body}\n", brief_id="counterpart")
    assert [([p.name for p in m.participants], m.date) for m in brief.meetings] == [
        (["Grace Wanjiru", "Paul Borg"], dt.date(2024, 3, 5))
    ]


def test_two_who_signed_each_for_a_country_met_where_the_signing_was() -> None:
    """ "Malta and Kenya signed two accords at a ceremony in Valletta. A signed on behalf of
    Kenya, and B, the Trade Minister, signed for the host country": A and B met in
    Valletta."""
    body = (
        "Malta and Kenya signed two accords on shipping at a ceremony in Valletta.\n\n"
        "Ambassador Grace Wanjiru signed on behalf of Kenya, and Paul Borg, the Trade "
        "Minister, signed for the host country.\n\n"
        "Borg said shipping would grow."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="signed")
    assert [([p.name for p in m.participants], m.place) for m in brief.meetings] == [
        (["Grace Wanjiru", "Paul Borg"], "Valletta")
    ]


def test_the_two_ministers_are_the_two_ministers_told_of_last_and_the_ministers_again() -> None:
    """ "Minister A ... Minister B ... Minister C ... Later, the two ministers met Governor D.
    The ministers also met E": B and C (the ministers told of last) met D, then E."""
    body = (
        "Maltese Minister of Tourism Paul Borg opened the fair.\n\n"
        "Maltese Minister of Ports Ian Farrugia said cruise calls had doubled, and Kenyan "
        "Minister of Transport Grace Wanjiru said her country wanted more of them.\n\n"
        "Later, the two ministers met Governor Amina Otieno.\n\n"
        "The ministers also met Mayor Joseph Kamau, whose city runs the port."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="two")
    assert [[p.name for p in m.participants] for m in brief.meetings] == [
        ["Ian Farrugia", "Grace Wanjiru", "Amina Otieno"],
        ["Ian Farrugia", "Grace Wanjiru", "Joseph Kamau"],
    ]


def test_the_two_ministers_are_none_when_one_of_the_two_told_is_no_minister() -> None:
    """ "Water chief A said ... Minister B said ... After the event, the two ministers held
    talks with C": A's title does not say minister, so no one is taken for the two."""
    body = (
        "Malta is short of water, its water chief Paul Borg told the forum.\n\n"
        "Kenyan Minister of Water Grace Wanjiru said her country needed funds.\n\n"
        "After the event, the two ministers held talks with Director Amina Otieno."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="chief")
    assert [[p.name for p in m.participants] for m in brief.meetings] == []


def test_talks_after_a_side_event_are_on_its_day_but_not_a_pledge_at_it() -> None:
    """ "A and B used a side event on Tuesday ... After the event, A and B held talks with C":
    that Tuesday; "They also met D, whose government pledged funds at the event": no day."""
    body = (
        "Hungary and Jordan used a side event at the climate talks on Tuesday to call for "
        "funds.\n\n"
        "After the event, Minister Lena Varga and Minister Omar Haddad held talks with "
        "Director Ana Silva.\n\n"
        "Varga and Haddad also met Ambassador Marco Bellini, whose government pledged funds "
        "at the event."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="side")
    assert [([p.name for p in m.participants], m.date) for m in brief.meetings] == [
        (["Lena Varga", "Omar Haddad", "Ana Silva"], dt.date(2024, 3, 5)),
        (["Lena Varga", "Omar Haddad", "Marco Bellini"], None),
    ]


def test_the_talks_told_before_were_where_a_later_sentence_puts_them() -> None:
    """ "A held talks with B on Monday. ... A said they discussed tourism during the talks at
    the ministry in Amman": the talks were in Amman."""
    body = (
        "Foreign Minister Lena Varga held talks with Foreign Minister Omar Haddad on Monday.\n\n"
        "Photo: the two ministers shake hands. (Photo: Ministry of Foreign Affairs)\n\n"
        "Varga said the two ministers discussed tourism and aviation during the talks at the "
        "ministry in Amman."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="during")
    assert [([p.name for p in m.participants], m.date, m.place) for m in brief.meetings] == [
        (["Lena Varga", "Omar Haddad"], dt.date(2024, 3, 4), "Amman")
    ]


def test_the_two_ministers_of_the_countries_the_sentence_names() -> None:
    """ "Hungary and Jordan ..., the economy ministers of the two countries said on Tuesday
    after talks in Amman", a third country's economy minister named later: the two of
    Hungary and Jordan met."""
    body = (
        "AMMAN – Hungary and Jordan want to link their grids, the economy ministers of the "
        "two countries said on Tuesday after talks in Amman.\n\n"
        "Hungarian Economy Minister Lena Varga and Jordanian Economy Minister Omar Haddad "
        "signed a declaration.\n\n"
        "Varga later spoke by phone with Italian Economy Minister Marco Bellini."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="econ")
    assert [([p.name for p in m.participants], m.date, m.place) for m in brief.meetings] == [
        (["Lena Varga", "Omar Haddad"], dt.date(2024, 3, 5), "Amman"),
        (["Lena Varga", "Marco Bellini"], None, None),
    ]


def test_the_talks_at_a_venue_in_a_city_told_next_place_the_talks_told() -> None:
    """ "A held talks with B on Sunday. The talks at the Prime Minister's Office in Amman
    were the first ...": in Amman."""
    body = (
        "Prime Minister Lena Varga held talks with Prime Minister Omar Haddad on Sunday.\n\n"
        "The talks at the Prime Minister's Office in Amman were the first at this level."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="office")
    assert [([p.name for p in m.participants], m.date, m.place) for m in brief.meetings] == [
        (["Lena Varga", "Omar Haddad"], dt.date(2024, 3, 3), "Amman")
    ]


def test_a_meeting_the_dateline_opens_with_no_one_named_is_of_the_dateline_day() -> None:
    """ "Amman, 4 March 2024 — The second meeting of the working group took place at the
    ministry. The Jordanian side was headed by A, the Hungarian delegation by B": A and B met
    that day; "On the sidelines of the meeting, C received B": that day too."""
    body = (
        "Amman, 4 March 2024 — The second meeting of the Jordanian-Hungarian Working Group "
        "took place at the Ministry of Industry.\n\n"
        "The Jordanian side was headed by Deputy Minister Omar Haddad, the Hungarian "
        "delegation by Deputy Minister Lena Varga.\n\n"
        "On the sidelines of the meeting, Minister of Industry Ana Silva received the "
        "Hungarian delegation and discussed with Lena Varga a business forum."
    )
    brief = parse_brief(f"{body}\n", brief_id="wg")
    day = dt.date(2024, 3, 4)
    assert [([p.name for p in m.participants], m.date) for m in brief.meetings] == [
        (["Omar Haddad", "Lena Varga"], day),
        (["Ana Silva", "Lena Varga"], day),
    ]


def test_talks_before_signing_are_where_the_countries_signed() -> None:
    """ "Kenya and Malta signed five accords in Valletta on Thursday. A received B at the
    auberge, where they had talks ahead of signing them": in Valletta, that Thursday."""
    body = (
        "Kenya and Malta signed five accords in Valletta on Thursday.\n\n"
        "Maltese Prime Minister Paul Borg received Kenyan President Grace Wanjiru at the "
        "auberge, where they had an hour of talks ahead of signing the accords."
    )
    brief = parse_brief(f"date 2024-03-09\n{body}\n", brief_id="before")
    assert [([p.name for p in m.participants], m.date, m.place) for m in brief.meetings] == [
        (["Paul Borg", "Grace Wanjiru"], dt.date(2024, 3, 7), "Valletta")
    ]


def test_a_word_running_into_a_full_name_is_not_another_participant() -> None:
    """ "Prime Minister of Viet Nam Tran Van Hoa": the country's last word, read as someone's
    name from the headline ("... of Viet Nam Tran discuss"), runs into the guest's full name
    with only a space between, so it is no participant of its own."""
    body = (
        "Prime Minister Korhonen and Prime Minister of Viet Nam Tran discuss trade\n\n"
        "Prime Minister Anna Korhonen met Prime Minister of Viet Nam Tran Van Hoa in Oslo on "
        "Tuesday.\n\nThe prime ministers discussed trade."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="vn")
    assert [([p.name for p in m.participants], m.date, m.place) for m in brief.meetings] == [
        (["Anna Korhonen", "Tran Van Hoa"], dt.date(2024, 3, 5), "Oslo")
    ]


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        (
            "Ruritania wants more of the trade through its ports, and on Monday Premier Anna "
            "Korhonen made that pitch directly to Jordan's foreign minister.",
            dt.date(2024, 3, 4),
        ),
        # a span of days is no one day of the meeting
        (
            "Premier Anna Korhonen paid a working visit to Jordan on March 4-5.",
            None,
        ),
        # a plan is no day the meeting was held on
        (
            "Premier Anna Korhonen will travel to Jordan on Monday.",
            None,
        ),
        # a day told of no one who met
        (
            "Parliament passed the port bill on Monday.",
            None,
        ),
    ],
)
def test_the_first_meeting_takes_the_day_the_sentence_before_states_of_one_who_met(
    before: str, expected: dt.date | None
) -> None:
    """ "... on Monday Premier X made that pitch to Jordan's foreign minister. X met Y at the
    ministry in Amman": the meeting, told without a day, was on that Monday; not the first day
    of a span, a planned day or a day told of no one who met."""
    body = (
        f"{before}\n\nPremier Anna Korhonen met Omar Haddad, Jordan's Minister for Foreign "
        "Affairs, at the ministry in Amman for about an hour.\n\nThe two talked about shipping."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="wd")
    assert [([p.name for p in m.participants], m.date) for m in brief.meetings] == [
        (["Anna Korhonen", "Omar Haddad"], expected)
    ]


@pytest.mark.parametrize(
    ("also", "expected_date"),
    [
        # told right after the head of state's meeting of that day: that day
        ("The head of the Italian state also met with", dt.date(2024, 3, 4)),
        # the translated form without the article
        ("Later, the head of Italian state met with", dt.date(2024, 3, 4)),
        # a new paragraph with no day of its own: no day
        ("\n\nThe head of the Italian state also met with", None),
    ],
)
def test_the_head_of_a_state_named_by_its_adjective_meets_one_named(
    also: str, expected_date: dt.date | None
) -> None:
    """ "X was received by Y. The head of the Italian state also met with Z": Italy's President
    met Z, on the day of the meeting told just before it in the same paragraph."""
    body = (
        "President of Italy Lena Varga, who is on an official visit to Jordan, held talks "
        "with Prime Minister of Jordan Omar Haddad in Amman on Monday.\n\n"
        "On the same day, Lena Varga was received by King of Jordan Karim Nasser. "
        f"{also} Minister of Trade Rania Saleh."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="hs")
    assert [([p.name for p in m.participants], m.date) for m in brief.meetings] == [
        (["Lena Varga", "Omar Haddad"], dt.date(2024, 3, 4)),
        (["Lena Varga", "Karim Nasser"], dt.date(2024, 3, 4)),
        (["Lena Varga", "Rania Saleh"], expected_date),
    ]


@pytest.mark.parametrize(
    ("earlier", "expected_date"),
    [
        ("Earlier, the Jordanian Prime Minister held talks with", dt.date(2024, 3, 4)),
        # a subject that is no office: the day is not told
        ("Earlier, the ministry's envoy Omar Haddad held talks with", None),
    ],
)
def test_talks_told_earlier_by_the_guest_s_office_are_of_the_day_told_before(
    earlier: str, expected_date: dt.date | None
) -> None:
    """ "On March 4, X received Prime Minister Y. ... Earlier, the Jordanian Prime Minister held
    talks with Z": that day, before the reception."""
    body = (
        "On March 4, President of Italy Lena Varga received Prime Minister of Jordan Omar "
        "Haddad at the residence.\n\nThe sides discussed trade.\n\n"
        f"{earlier} Prime Minister of Italy Marco Bellini at the Government House."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="ea")
    assert [([p.name for p in m.participants], m.date) for m in brief.meetings] == [
        (["Lena Varga", "Omar Haddad"], dt.date(2024, 3, 4)),
        (["Omar Haddad", "Marco Bellini"], expected_date),
    ]


def test_talks_held_on_a_day_told_after_the_lead_take_that_day_not_the_report_s() -> None:
    """ "ROME, March 6 - X held talks with Y. The talks, held at the Palace on March 5, began
    one-on-one and continued with the participation of the delegations": on March 5."""
    body = (
        "ROME, March 6 - President of Italy Lena Varga held talks with President of Jordan "
        "Omar Haddad, who is on a state visit to Italy.\n\n"
        "The talks, held at the Quirinal Palace on March 5, began in a one-on-one format and "
        "continued with the participation of the delegations."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="ho")
    assert [([p.name for p in m.participants], m.date) for m in brief.meetings] == [
        (["Lena Varga", "Omar Haddad"], dt.date(2024, 3, 5))
    ]


def test_a_plan_in_a_where_clause_after_a_held_meeting_does_not_make_it_planned() -> None:
    """ "X met Y in Lima, where they agreed to set up a council that will meet yearly": the
    meeting happened; the plan is the clause's."""
    body = (
        "On Tuesday, Prime Minister of Chile Marta Quiroga held a bilateral meeting with Prime "
        "Minister of Peru Diego Alcazar at the Government Palace in Lima, where both sides "
        "agreed to set up a business council that will meet twice a year."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="wp")
    assert [({p.name for p in m.participants}, m.date, m.place) for m in brief.meetings] == [
        ({"Marta Quiroga", "Diego Alcazar"}, dt.date(2024, 3, 5), "Lima")
    ]


@pytest.mark.parametrize(
    "act",
    [
        "laid a wreath at the Monument to the Heroes and then met with",
        "toured the port of Valparaiso and later met",
    ],
)
def test_an_office_subject_with_an_act_of_its_own_before_and_then_met(act: str) -> None:
    """ "The next day, the President of Chile laid a wreath at X and then met with Y": the
    office before the act is the subject of the meeting."""
    body = (
        "On Monday, President of Peru Diego Alcazar held talks with President of Chile Marta "
        "Quiroga in Santiago.\n\n"
        f"The next day, the President of Peru {act} the Speaker of the Senate of Chile Tomas "
        "Echeverria."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="act")
    assert [({p.name for p in m.participants}, m.date) for m in brief.meetings] == [
        ({"Diego Alcazar", "Marta Quiroga"}, dt.date(2024, 3, 4)),
        ({"Diego Alcazar", "Tomas Echeverria"}, dt.date(2024, 3, 5)),
    ]


@pytest.mark.parametrize(
    ("travel", "expected"),
    [
        ("On Wednesday, Alcazar travelled to Valparaiso", dt.date(2024, 3, 6)),
        # a plan, or a span of days, is no day of the meeting told next
        ("Alcazar will travel to Valparaiso on Wednesday", None),
        ("Alcazar stayed in Valparaiso on 5-6 March", None),
        # a day phrase inside a clause moves the running day but tells no day of its own
        ("The five accords signed on the first day of the visit were praised", None),
        ("Alcazar recalled the ports he had toured the next day of his 2019 visit", None),
    ],
)
def test_a_meeting_with_no_day_of_its_own_takes_the_day_told_since_the_last(
    travel: str, expected: dt.date | None
) -> None:
    """ "On Wednesday, X travelled to Valparaiso, where he toured the port. In Valparaiso, X
    met the mayor Y": that Wednesday, in a report of several days."""
    body = (
        "SANTIAGO – President of Peru Diego Alcazar concluded a three-day state visit to Chile "
        "on Thursday.\n\n"
        "On Monday, Alcazar held talks with President of Chile Marta Quiroga in Santiago.\n\n"
        f"{travel}, where he toured the container port.\n\n"
        "In Valparaiso, the President of Peru met with Mayor of Valparaiso Tomas Echeverria."
    )
    brief = parse_brief(f"date 2024-03-07\n{body}\n", brief_id="told")
    assert [({p.name for p in m.participants}, m.date, m.place) for m in brief.meetings] == [
        ({"Diego Alcazar", "Marta Quiroga"}, dt.date(2024, 3, 4), "Santiago"),
        ({"Diego Alcazar", "Tomas Echeverria"}, expected, "Valparaiso"),
    ]


def test_a_second_meeting_of_the_same_pair_with_a_plan_in_its_during_which_clause() -> None:
    """ "On Wednesday, X toured a plant with Y. Before leaving, X had a brief meeting with Y
    in Arica, during which they agreed the council will hold its next session in Lima": the
    meeting happened (the plan is the clause's); with no day of its own it is the one told
    last of the two, that Wednesday, in Arica."""
    body = (
        "On Monday, President of Peru Diego Alcazar held talks with Prime Minister of Chile "
        "Marta Quiroga in Santiago.\n\n"
        "On Wednesday, Alcazar travelled to Arica with Quiroga and talked with workers at the "
        "port.\n\n"
        "Before leaving Chile, Alcazar had a brief meeting with Quiroga in Arica, during which "
        "the two sides agreed that the joint council will hold its next session in Lima."
    )
    brief = parse_brief(f"date 2024-03-07\n{body}\n", brief_id="dw")
    assert [(m.date, m.place) for m in brief.meetings] == [
        (dt.date(2024, 3, 4), "Santiago"),
        (dt.date(2024, 3, 6), "Arica"),
    ]


def test_a_wire_weekday_without_on_dates_the_talks_told_next_and_those_after() -> None:
    """ "A and B agreed Tuesday to ...": a wire's weekday right after the verb (no "on")
    dates the talks the next sentence tells of, and the meetings "later in the day"."""
    body = (
        "date 2024-04-18\n"
        "LIMA, April 18 (Andina) -- President Rosa Quispe and Chilean President Tomas Rojas"
        " agreed Tuesday to expand bilateral trade, as Rojas made a state visit to Peru.\n\n"
        "Quispe and Rojas held talks at the Government Palace in Lima.\n\n"
        "Later in the day, Rojas met separately with Prime Minister Luis Otarola.\n"
    )
    brief = parse_brief(body, brief_id="wire-weekday")
    assert [(len(m.participants), m.date) for m in brief.meetings] == [
        (2, dt.date(2024, 4, 16)),
        (2, dt.date(2024, 4, 16)),
    ]


def test_day_stated_reads_a_weekday_right_after_a_verb() -> None:
    """ "met Monday" states the day; a weekday not after a verb ("Monday's talks") or none
    at all states nothing."""
    published = dt.date(2024, 4, 18)  # a Thursday

    def stated(text: str) -> dt.date | None:
        return day_stated(text, frozenset(re.findall(r"[a-z]+", text.lower())), published)

    assert stated("The ministers met Monday in Quito.") == dt.date(2024, 4, 15)
    assert stated("The ministers said Wednesday that talks went well.") == dt.date(2024, 4, 17)
    assert stated("Monday's talks in Quito went well.") is None
    assert stated("The ministers met in Quito.") is None


def test_the_same_two_meeting_again_in_another_city_on_a_later_day_is_another_meeting() -> None:
    """ "On Monday, X met Y in Santiago. ... On Wednesday, X met Z in Arica. Before leaving, X
    had a farewell meeting with Y in Arica": a second meeting of X and Y, that Wednesday."""
    body = (
        "On Monday, President of Peru Diego Alcazar met with President of Chile Marta Quiroga "
        "in Santiago.\n\n"
        "On Wednesday, Alcazar met with Mayor of Arica Tomas Echeverria in Arica.\n\n"
        "Before departing for home, Alcazar had a farewell meeting with Quiroga in Arica."
    )
    brief = parse_brief(f"date 2024-03-07\n{body}\n", brief_id="again")
    assert [({p.name for p in m.participants}, m.date, m.place) for m in brief.meetings] == [
        ({"Diego Alcazar", "Marta Quiroga"}, dt.date(2024, 3, 4), "Santiago"),
        ({"Diego Alcazar", "Tomas Echeverria"}, dt.date(2024, 3, 6), "Arica"),
        ({"Diego Alcazar", "Marta Quiroga"}, dt.date(2024, 3, 6), "Arica"),
    ]


def test_a_prime_minister_s_counterpart_is_not_a_minister_of_that_country() -> None:
    """ "PM X held talks with his Peruvian counterpart", with Peru's Prime Minister and its
    Minister of Finance both named: the Prime Minister."""
    body = (
        "SANTIAGO – Chile and Peru signed five agreements during a visit of Peruvian Prime "
        "Minister Diego Alcazar.\n\n"
        "On Monday, Prime Minister of Chile Marta Quiroga held talks with her Peruvian "
        "counterpart at the Government House.\n\n"
        "The commission was co-chaired by Chilean Minister of Economy Tomas Echeverria and "
        "Peruvian Minister of Finance Rosa Villanueva."
    )
    brief = parse_brief(f"date 2024-03-07\n{body}\n", brief_id="cp")
    assert {p.name for p in brief.meetings[0].participants} == {"Marta Quiroga", "Diego Alcazar"}


@pytest.mark.parametrize(
    "talks",
    [
        "The Heads of State then held talks in a narrow format.",
        "The talks of the leaders were held first in a narrow format.",
    ],
)
def test_the_heads_of_state_holding_talks_are_the_two_named(talks: str) -> None:
    """ "X arrived ... was welcomed by King Y. The Heads of State then held talks": the two
    heads of state named so far met (not the speaker of a chamber)."""
    body = (
        "President of Chile Marta Quiroga arrived in Madrid for a state visit to Spain, "
        "which began on Monday.\n\n"
        "On Monday, an official welcoming ceremony took place at the Royal Palace, where the "
        "guest was welcomed by King of Spain Tomas Echeverria. "
        f"{talks}\n\n"
        "President of the Congress of Deputies Rosa Villanueva also attended the dinner."
    )
    brief = parse_brief(f"date 2024-03-07\n{body}\n", brief_id="heads")
    assert [({p.name for p in m.participants}, m.date) for m in brief.meetings] == [
        ({"Marta Quiroga", "Tomas Echeverria"}, dt.date(2024, 3, 4))
    ]


def test_a_head_of_state_whose_title_lists_honours_before_the_office_holds_the_talks() -> None:
    """ "the Founder of Concord – Leader of the Nation, President of Chile X ... the Heads of
    State held talks": X's last office is President, so X is one of the two heads of state."""
    body = (
        "On March 13, 2025, the Founder of Concord and Unity – Leader of the Nation, President "
        "of Chile Aldo Varga arrived in Lima at the invitation of President of Peru Omar "
        "Haddad.\n\nThe Heads of State held talks in a narrow format."
    )
    brief = parse_brief(f"date 2025-03-13\n{body}\n", brief_id="honours")
    assert [{p.name for p in m.participants} for m in brief.meetings] == [
        {"Aldo Varga", "Omar Haddad"}
    ]


def test_talks_between_the_heads_of_state_take_the_host_named_just_after() -> None:
    """ "X arrived in Lima. Talks between the heads of state were held at the palace. Opening
    the talks, President Y said": X and Y, the host named in the next sentence, met."""
    body = (
        "President of Chile Aldo Varga arrived in Lima on Thursday. Talks between the heads of "
        "state were held in narrow and extended formats at the Amber Palace.\n\n"
        "Opening the talks, President of Peru Omar Haddad said the two countries were allies."
    )
    brief = parse_brief(f"date 2022-12-22\n{body}\n", brief_id="between")
    assert [({p.name for p in m.participants}, m.kind) for m in brief.meetings] == [
        ({"Aldo Varga", "Omar Haddad"}, "talks")
    ]


@pytest.mark.parametrize(
    "talks",
    [
        "At the Amber Palace, the Heads of State held talks in a narrow format.",
        "\n\nAt the Amber Palace, the Heads of State held talks in a narrow format.",
    ],
)
def test_talks_told_after_an_arrival_on_a_visit_are_in_the_city_arrived_in(talks: str) -> None:
    """ "X arrived in Lima on a state visit at the invitation of Y. At the palace, the heads of
    state held talks": in Lima (the palace alone names no city)."""
    body = (
        "President of Chile Aldo Varga arrived in Lima on a state visit at the invitation of "
        f"President of Peru Omar Haddad. {talks}"
    )
    brief = parse_brief(f"date 2025-03-13\n{body}\n", brief_id="arrived")
    assert [({p.name for p in m.participants}, m.place) for m in brief.meetings] == [
        ({"Aldo Varga", "Omar Haddad"}, "Lima")
    ]


def test_talks_told_meanwhile_are_of_the_day_told_before() -> None:
    """ "On Monday, X met Y. ... Meanwhile, the foreign ministers A and B held talks": that
    Monday."""
    body = (
        "On Monday, President of Peru Diego Alcazar met with President of Chile Marta Quiroga "
        "in Santiago.\n\n"
        "The sides discussed trade and mining.\n\n"
        "Meanwhile, Foreign Minister of Peru Tomas Echeverria and Foreign Minister of Chile "
        "Rosa Villanueva held talks at the ministry."
    )
    brief = parse_brief(f"date 2024-03-07\n{body}\n", brief_id="mw")
    assert [m.date for m in brief.meetings] == [dt.date(2024, 3, 4), dt.date(2024, 3, 4)]


def test_a_meeting_recalled_after_the_talks_gives_them_no_place() -> None:
    """ "X met Y at the residence. ... Y recalled his meeting with X in Madrid in 2023": the
    talks told first keep no place of their own."""
    body = (
        "On Tuesday, President of Peru Diego Alcazar met with President of Chile Marta Quiroga "
        "at the presidential residence.\n\n"
        "Quiroga recalled her meeting with Alcazar in Madrid in October 2023."
    )
    brief = parse_brief(f"date 2024-03-07\n{body}\n", brief_id="rc")
    assert [(m.date, m.place) for m in brief.meetings] == [(dt.date(2024, 3, 5), None)]


def test_the_speaker_styled_toraga_who_received_a_guest_met_him() -> None:
    """ "the President of Peru was also received by the Toraga of the Jogorku Kenesh X": the
    Kyrgyz parliament's own word for its Speaker is an office, and its holder met the guest."""
    body = (
        "On Wednesday, President of Kyrgyzstan Nurlan Bekov held talks with President of Peru "
        "Diego Alcazar in Bishkek.\n\n"
        "On Thursday, the President of Peru was also received by the Toraga of the Jogorku "
        "Kenesh Temir Osmonov."
    )
    brief = parse_brief(f"date 2024-03-08\n{body}\n", brief_id="tg")
    assert [({p.name for p in m.participants}, m.date) for m in brief.meetings] == [
        ({"Nurlan Bekov", "Diego Alcazar"}, dt.date(2024, 3, 6)),
        ({"Diego Alcazar", "Temir Osmonov"}, dt.date(2024, 3, 7)),
    ]


def test_a_meeting_told_after_a_later_day_gives_the_last_one_no_place() -> None:
    """ "On Wednesday, X was received by Y. The next day, the presidents went on to Arica.
    During the meeting in Arica, they discussed mining": not the place of X's meeting with
    Y, told on the day before."""
    body = (
        "On Tuesday, President of Peru Diego Alcazar held talks with President of Chile Marta "
        "Quiroga.\n\n"
        "On Wednesday, the President of Peru was also received by the Speaker of the Senate "
        "Tomas Echeverria.\n\n"
        "The next day, the two presidents continued their dialogue informally in Arica.\n\n"
        "During the meeting in Arica, the presidents discussed mining."
    )
    brief = parse_brief(f"date 2024-03-08\n{body}\n", brief_id="lt")
    assert [
        m.place for m in brief.meetings if "Tomas Echeverria" in {p.name for p in m.participants}
    ] == [None]


@pytest.mark.parametrize(
    "again",
    [
        "the two Presidents held an informal meeting in Arica.",
        "the two Presidents continued their communication in an informal setting in Arica.",
    ],
)
def test_the_two_presidents_meeting_again_another_day_are_the_two_heads_of_state(
    again: str,
) -> None:
    """ "On Thursday, X was received by Speaker Y. The next day, the two Presidents continued
    their communication in Arica": the two heads of state met again that day, not X and Y."""
    body = (
        "On Wednesday, President of Peru Diego Alcazar held talks with President of Chile "
        "Marta Quiroga in Santiago.\n\n"
        "On Thursday, Alcazar was received by the Speaker of the Senate of Chile Tomas "
        f"Echeverria.\n\nThe next day, {again}"
    )
    brief = parse_brief(f"date 2024-03-08\n{body}\n", brief_id="again2")
    assert [({p.name for p in m.participants}, m.date, m.place) for m in brief.meetings] == [
        ({"Diego Alcazar", "Marta Quiroga"}, dt.date(2024, 3, 6), "Santiago"),
        ({"Diego Alcazar", "Tomas Echeverria"}, dt.date(2024, 3, 7), None),
        ({"Diego Alcazar", "Marta Quiroga"}, dt.date(2024, 3, 8), "Arica"),
    ]


def test_holding_the_regular_round_of_consultations_with_someone_is_their_talks() -> None:
    """ "X held the regular round of political consultations with Y": X and Y held talks (the
    round's adjectives between "held" and "consultations" do not hide them)."""
    body = (
        "OSLO – On Monday, Deputy Foreign Minister of Chile Rosa Medina held the regular round "
        "of bilateral political consultations with State Secretary of Norway Lars Haugen."
    )
    assert _meetings(body) == [(["Rosa Medina", "Lars Haugen"], "talks", None)]


def test_a_meeting_on_the_sidelines_of_a_forum_of_two_days_keeps_its_city_but_no_day() -> None:
    """ "The forum, held in Turin on 4-5 March ... On the sidelines of the forum, A met B":
    in Turin, on a day of the forum the text does not say."""
    body = (
        "ROME – The energy forum, held in Turin on 4–5 March, closed with nine deals.\n\n"
        "On the sidelines of the forum, Foreign Minister Lena Varga met with Foreign Minister "
        "Omar Haddad."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="span")
    assert [({p.name for p in m.participants}, m.place, m.date) for m in brief.meetings] == [
        ({"Lena Varga", "Omar Haddad"}, "Turin", None)
    ]


def test_a_meeting_at_city_hall_is_in_that_city_not_where_an_earlier_event_was() -> None:
    """ "X received Y at Lyon City Hall, the first call by the envoy since he presented his
    credentials in Paris": the meeting was in Lyon; the clause after "since" tells of Paris."""
    body = (
        "Lyon Mayor Claire Dubois on Monday received Chilean Ambassador to France Pablo Rojas "
        "at Lyon City Hall, the first call by the envoy since he presented his credentials in "
        "Paris last month."
    )
    assert _meetings(body) == [(["Claire Dubois", "Pablo Rojas"], "meeting", "Lyon")]


def test_people_receiving_treatment_are_no_reception_whose_place_a_later_meeting_takes() -> None:
    """ "Some 900 patients received treatment at hospitals in Lyon last year": nobody was
    received, so the meeting told next has no place from it."""
    body = (
        "PARIS – Some 900 Chilean patients received treatment at hospitals in Lyon last year.\n\n"
        "Chilean Ambassador to France Pablo Rojas also met with Port Director Marc Lefevre "
        "later Monday."
    )
    assert [place for _, _, place in _meetings(body)] == [None]


def test_a_meeting_in_a_district_of_a_city_named_with_its_possessive_is_in_that_city() -> None:
    """ "met at the ministry in Tokyo's Minato district": in Tokyo (a city's own district),
    while "in Kazakhstan's Almaty region" stays no city."""
    body = (
        "Minister of Trade Kenji Mori and Minister of Economy of Chile Pablo Rojas met at the "
        "ministry in Tokyo's Minato district."
    )
    assert [place for _, _, place in _meetings(body)] == ["Tokyo"]
    region = body.replace("Tokyo's Minato district", "Kazakhstan's Almaty region")
    assert [place for _, _, place in _meetings(region)] == [None]


def test_the_day_two_countries_agreed_in_the_lead_dates_their_ministers_meeting() -> None:
    """ "LIMA -- Japan and Peru agreed on Thursday to ... / Minister X of Japan and Minister Y
    of Peru met at the ministry": the ministers' meeting was that Thursday."""
    body = (
        "LIMA -- Japan and Peru agreed on Thursday to start talks on a visa waiver.\n\n"
        "Japanese Minister of Trade Kenji Mori and Peruvian Minister of Economy Ana Salas met "
        "at the ministry and signed a memorandum."
    )
    brief = parse_brief(f"date 2024-03-08\n{body}\n", brief_id="pair")
    assert [m.date for m in brief.meetings] == [dt.date(2024, 3, 7)]


@pytest.mark.parametrize(
    ("later", "joined"),
    [
        ("Mr Lagos said a new terminal at the port would be ready by June.", True),
        ("The talks covered trade and transport.", False),
    ],
)
def test_one_who_attended_a_reception_took_part_once_the_text_reports_them_speaking(
    later: str, joined: bool
) -> None:
    """ "Senior Minister X attended the meeting. ... Mr X said ...": X took part in the
    meeting; one only listed as attending did not."""
    body = (
        "VALPARAISO – Governor Rodrigo Vidal on Wednesday received a Peruvian trade delegation "
        "led by Deputy Minister of Trade Ana Salas.\n\n"
        "Regional Minister Tomas Lagos and provincial secretaries attended the meeting.\n\n"
        f"Ms Salas said trade had grown. {later}"
    )
    expected = ["Rodrigo Vidal", "Ana Salas"] + (["Tomas Lagos"] if joined else [])
    assert [names for names, _, _ in _meetings(body)] == [expected]


@pytest.mark.parametrize(("verb", "joined"), [("said", True), ("wrote on social media", False)])
def test_one_who_also_attended_and_said_something_took_part_in_the_meeting(
    verb: str, joined: bool
) -> None:
    """ "X, who also attended, said ...": X spoke at the meeting told before; "X, who also
    attended, wrote on social media" tells of later, not of the meeting."""
    body = (
        "HALIFAX – Premier Gordon Blake met Foreign Minister of Chile Ana Salas at Province "
        "House in Halifax on Monday.\n\n"
        f"Trade Minister Carla Dunn, who also attended, {verb} that a mission would follow."
    )
    expected = ["Gordon Blake", "Ana Salas"] + (["Carla Dunn"] if joined else [])
    assert [names for names, _, _ in _meetings(body)] == [expected]


def test_the_delegations_attending_a_council_session_chaired_by_someone_met_them() -> None:
    """ "A and B co-chaired the commission. ... On Wednesday, the delegations attended the
    session of the business council, chaired by its president Z": A and B met Z that day."""
    body = (
        "June 18, 2025\n\nLIMA – The 3rd meeting of the Peru-Chile Joint Commission was held "
        "in Lima on Tuesday under the co-chairmanship of Deputy Minister of Trade Ana Salas "
        "and Vice Minister of Economy of Chile Pablo Rojas.\n\n"
        "The sides discussed trade and transport.\n\n"
        "On Wednesday, the delegations attended the session of the Peru-Chile Business "
        "Council, chaired by Business Council President Marta Quiroga."
    )
    brief = parse_brief(f"date 2025-06-18\n{body}\n", brief_id="deleg")
    assert [([p.name for p in m.participants], m.date) for m in brief.meetings] == [
        (["Ana Salas", "Pablo Rojas"], dt.date(2025, 6, 17)),
        (["Ana Salas", "Pablo Rojas", "Marta Quiroga"], dt.date(2025, 6, 18)),
    ]


def _dated(body: str, published: str = "2025-06-20") -> list[tuple[list[str], object, object]]:
    brief = parse_brief(f"date {published}\n{body}\n", brief_id="dated")
    return [([p.name for p in m.participants], m.date, m.place) for m in brief.meetings]


@pytest.mark.parametrize(
    ("opening", "place"),
    [
        ("On the same day, Ivo Marek", "Graz"),  # the traveller, that day: still there
        ("On the same day, Ana Silva", None),  # another's meeting: not said where
    ],
)
def test_the_traveller_meeting_someone_the_same_day_was_still_in_the_city_of_the_trip(
    opening: str, place: str | None
) -> None:
    body = (
        "On 12 May 2025, Ambassador of Slovakia to Austria Ivo Marek, during his working "
        "trip to Graz, met with President of the Styria Chamber of Commerce Rui Costa.\n\n"
        "The sides discussed machinery supplies.\n\n"
        f"{opening} held talks with State Secretary of the Styrian Government Pedro Nunes."
    )
    met = _dated(body, "2025-05-13")
    assert met[0] == (["Ivo Marek", "Rui Costa"], dt.date(2025, 5, 12), "Graz")
    assert met[-1][2] == place


@pytest.mark.parametrize(
    ("title", "place"),
    [
        ("Joint Commission of Peru and Chile meets in Arequipa", "Arequipa"),
        ("THE THIRD MEETING OF THE PERU-CHILE JOINT COMMISSION HELD IN AREQUIPA", "Arequipa"),
        ("Joint Commission of Peru and Chile discusses mining in Chile", None),  # a country
        ("Joint Commission of Peru and Chile opens in Arequipa region", None),  # no city
        ("Peru and Chile sign transit deal in Arequipa", None),  # no meeting told
    ],
)
def test_a_title_closing_with_a_city_tells_where_the_meeting_of_the_lead_was(
    title: str, place: str | None
) -> None:
    """A title above the dateline closing "... meeting held in Valdora": the meeting the lead
    tells, held at a venue only ("took place at the ministry"), was in that city."""
    body = (
        f"{title}\n\n"
        "Lima, 21 May 2025 — The third meeting of the Peru-Chile Joint Commission took place "
        "at the Ministry of Foreign Trade.\n\n"
        "The Peruvian side was headed by Deputy Minister of Trade Marta Quiroga, the Chilean "
        "delegation by Deputy Minister of Economy of Chile Pablo Rojas."
    )
    met = _dated(body, "2025-05-21")
    assert met == [(["Marta Quiroga", "Pablo Rojas"], dt.date(2025, 5, 21), place)]


@pytest.mark.parametrize(
    "dateline",
    ["LIMA, Jun 20 (Reuters) - ", "LIMA, June 20 (Andina) -- ", ""],
)
def test_the_day_two_countries_agreed_in_a_lead_under_a_dateline_dates_their_ministers_meeting(
    dateline: str,
) -> None:
    """ "LIMA, Jun 20 (Reuters) - Peru and Chile agreed on Thursday to ... . Minister A and
    Minister B met in Lima": the dateline's own date is no day the lead states; the day
    after it is that of the two countries' ministers meeting."""
    body = (
        f"{dateline}Peru and Chile agreed on Thursday to cut port fees for copper shippers.\n\n"
        "Peruvian Trade Minister Rosa Villanueva and Chile's Minister of Economy Pablo Rojas "
        "met in Lima for the annual trade dialogue."
    )
    met = _dated(body, "2025-06-20")
    assert met == [(["Rosa Villanueva", "Pablo Rojas"], dt.date(2025, 6, 19), "Lima")]


@pytest.mark.parametrize(
    ("attended", "joined"),
    [
        ("Regional Minister Tomas Lagos and Consul Marta Quiroga also attended the meeting.", 2),
        ("Regional Minister Tomas Lagos was also part of the meeting, held at the palace.", 1),
        ("Regional Minister Tomas Lagos also took part in the talks.", 1),
        ("Regional Minister Tomas Lagos attended the meeting.", 0),  # a list of those present
        ("Minister Tomas Lagos, who also attended the talks, wrote online that it went well.", 0),
    ],
)
def test_those_who_also_attended_a_meeting_face_to_face_took_part_in_it(
    attended: str, joined: int
) -> None:
    """ "A and B also attended the meeting", "A was also part of the meeting": with those it
    told, A and B took part, whether or not the text reports them speaking."""
    body = (
        "VALPARAISO – Governor Rodrigo Vidal on Wednesday received Deputy Minister of Trade of "
        f"Peru Ana Salas.\n\n{attended}\n\nThe sides discussed trade and transport."
    )
    expected = ["Rodrigo Vidal", "Ana Salas", "Tomas Lagos", "Marta Quiroga"][: 2 + joined]
    assert [names for names, _, _ in _meetings(body)] == [expected]


@pytest.mark.parametrize(
    ("meeting", "joined"),
    [
        ("received Chancellor of Peru Rosa Mamani in Lima on Monday for talks on trade", True),
        ("held a video conference with Chancellor of Peru Rosa Mamani on Monday", False),
    ],
)
def test_one_said_to_have_also_taken_part_in_the_talks_in_a_closing_clause_joined_them(
    meeting: str, joined: bool
) -> None:
    """ "..., said Minister X, who also took part in the talks.": X was at the meeting told
    before, face to face with those it names (not in the room of one side of a call)."""
    body = (
        f"LIMA – President Omar Haddad {meeting}.\n\nMamani arrived on Sunday evening.\n\n"
        "Since the pact came into force, exports have doubled, said Mining Minister Tomas "
        "Lagos, who also took part in the talks."
    )
    expected = ["Omar Haddad", "Rosa Mamani"] + (["Tomas Lagos"] if joined else [])
    assert [names for names, _, _ in _meetings(body)] == [expected]


@pytest.mark.parametrize(
    "joined",
    [
        "They were joined by Central Bank Governor Marta Quiroga.",
        "The two ministers were later joined in the talks by Central Bank Governor Marta Quiroga.",
    ],
)
def test_those_the_two_who_met_were_joined_by_took_part(joined: str) -> None:
    """ "A and B held talks. They were joined by C": C took part in the talks."""
    body = (
        "LIMA – On the sidelines of the forum, Trade Minister Rosa Mamani and Deputy Foreign "
        f"Minister of Chile Pablo Rojas held bilateral talks on Tuesday.\n\n{joined}"
    )
    assert [names for names, _, _ in _meetings(body)] == [
        ["Rosa Mamani", "Pablo Rojas", "Marta Quiroga"]
    ]


def test_ministers_taking_part_in_the_expanded_session_hold_no_meeting_of_their_own() -> None:
    """ "A and B held talks. ... Foreign ministers C and D took part in the expanded
    session.": those present at the talks in their wider format, no meeting of the two."""
    body = (
        "LIMA – President Rosa Mamani held talks with President of Chile Pablo Rojas in Lima on "
        "Tuesday.\n\nThe presidents discussed a new bridge.\n\nForeign ministers Omar Haddad "
        "and Ana Salas took part in the expanded session."
    )
    assert [names for names, _, _ in _meetings(body)] == [["Rosa Mamani", "Pablo Rojas"]]


def test_those_who_also_attended_a_video_conference_did_not_take_part_in_it() -> None:
    """ "A and B also attended the meeting" after a video conference of two others: they sat
    in the room of one of the two who talked."""
    body = (
        "ROME – Prime Minister Lena Varga held a video conference with Prime Minister Ana "
        "Quispe on Tuesday.\n\nMinister of Energy Rosa Mamani and Minister of Mining Omar "
        "Haddad also attended the meeting."
    )
    assert [names for names, _, _ in _meetings(body)] == [["Lena Varga", "Ana Quispe"]]


def test_the_two_met_with_a_quote_closing_on_its_teller_does_not_fail() -> None:
    """A stray closing quote makes "X told reporters" add X as a teller, who was not named in
    the sentence: the "the two ... met" check must not look X up among its mentions (a
    KeyError there lost the brief's details; found by mutating real briefs)."""
    text = (
        "Finance Minister Anna Berg and Chilean Trade Minister Omar Haddad signed the accord in "
        "Lima, the first trade agreement Chile has concluded this decade. The two ministers then "
        "held talks over lunch on digital trade and the bid to join the pact, a bridge for "
        'Chilean companies to the region," Haddad told reporters'
    )
    with capture_logs() as logs:
        brief = parse_brief(text, brief_id="m")
    assert [e for e in logs if e["event"] == "parse_failed"] == []
    assert [sorted(p.name for p in m.participants) for m in brief.meetings] == [
        ["Anna Berg", "Omar Haddad"]
    ]


def test_calls_of_a_weekly_round_up_told_with_no_subject_are_the_main_person_s() -> None:
    """ "X spent the week on the phone. The first call, on Monday, was with the President of
    A, Y. ... The week ended with a call on Friday to the Prime Minister of B, Z": X's calls,
    each on its weekday."""
    body = (
        "LIMA – President Marta Quiroga spent much of the week on the telephone with foreign "
        "leaders.\n\n"
        "The first call, on Monday, was with the President of Chile, Tomas Echeverria. They "
        "discussed lithium.\n\n"
        "The week ended with a call on Friday to the Prime Minister of Spain, Rosa Villanueva. "
        "They discussed tourism."
    )
    assert _dated(body, "2025-06-21") == [
        (["Marta Quiroga", "Tomas Echeverria"], dt.date(2025, 6, 16), None),
        (["Marta Quiroga", "Rosa Villanueva"], dt.date(2025, 6, 20), None),
    ]


def test_the_two_presidents_of_a_call_are_the_heads_of_state_named_so_far() -> None:
    """ "A will visit B's country ... . On Tuesday, the head of state will address parliament.
    The two presidents spoke by telephone on Sunday": A and B's call, that Sunday, though the
    sentence before named one of them only; their meeting recalled after it is another."""
    body = (
        "Santiago, 10 Mar 2026 (EFE) - The President of Chile, Marta Quiroga, will make a State "
        "visit to Spain from 16 to 18 March, at the invitation of Spanish President Tomas "
        "Echeverria, the Presidency announced today.\n\n"
        "According to the programme, Quiroga will hold official talks with Echeverria at the "
        "palace, followed by a meeting with Prime Minister Rosa Villanueva.\n\n"
        "On Tuesday, the Chilean head of state will address the parliament.\n\n"
        "The two presidents spoke by telephone on Sunday to finalise the programme, a source "
        "told EFE.\n\n"
        "Echeverria was in Santiago on 25 June 2025, when he met Quiroga."
    )
    assert _dated(body, "2026-03-10") == [
        (["Marta Quiroga", "Tomas Echeverria"], dt.date(2026, 3, 8), None),
        (["Tomas Echeverria", "Marta Quiroga"], dt.date(2025, 6, 25), "Santiago"),
    ]


@pytest.mark.parametrize(
    "clause",
    [
        "the Secretary General of the Organization for Co-operation in Europe Omar Haddad",
        "Prime Minister Omar Haddad, who is on a working visit to Lisbon",
    ],
)
def test_a_telephone_conversation_is_held_nowhere(clause: str) -> None:
    """A call has no place: not a region ending an office ("... in Europe X") nor the city a
    party to it is visiting."""
    body = f"Prime Minister Lena Varga had a telephone conversation with {clause}."
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="call")
    assert [({p.name for p in m.participants}, m.place) for m in brief.meetings] == [
        ({"Lena Varga", "Omar Haddad"}, None)
    ]


@pytest.mark.parametrize("talks_told_again", [True, False])
def test_a_lead_summing_up_a_visit_s_meetings_leaves_those_told_on_their_own(
    talks_told_again: bool,
) -> None:
    """ "X concluded his visit on Saturday, after holding talks with A and meeting with B and
    C. ... Later the same day, B received X. On the following day, C met X": B's and C's
    meetings are their own, not one of the four with A."""
    talks = (
        "At the talks held at the palace in Lima on Friday, the two presidents agreed to "
        "expand trade."
        if talks_told_again
        else "The two sides agreed to expand trade."
    )
    body = (
        "LIMA — Chilean President Marta Quiroga concluded her state visit to Peru on Saturday, "
        "after holding talks with President Diego Alcazar and meeting with Prime Minister "
        "Rosa Villanueva and Congress President Tomas Echeverria.\n\n"
        f"{talks}\n\n"
        "Later the same day, Prime Minister Rosa Villanueva received the Chilean President.\n\n"
        "On the following day, Congress President Tomas Echeverria met President Quiroga."
    )
    met = [sorted(names) for names, _, _ in _dated(body, "2025-06-21")]
    assert met == [
        ["Diego Alcazar", "Marta Quiroga"],
        ["Marta Quiroga", "Rosa Villanueva"],
        ["Marta Quiroga", "Tomas Echeverria"],
    ]


def test_a_summit_told_over_several_sentences_is_one_meeting_of_all_named_at_it() -> None:
    """ "X, speaking at a summit held via video conference. The summit was chaired by A. B and
    C attended, along with D. E also addressed the meeting, as did F": one meeting of all."""
    body = (
        "LIMA — President Marta Quiroga on May 5 urged the members of the Andean Community to "
        "act together, speaking at an informal summit of the bloc held via video conference.\n\n"
        "The summit of the Andean Community was chaired by Bolivian President Diego Alcazar. "
        "Colombian President Rosa Villanueva and Ecuadorian President Tomas Echeverria "
        "attended, along with the bloc's Secretary-General Pablo Rojas.\n\n"
        "Spanish Prime Minister Ana Salas, whose country is an observer, also addressed the "
        "meeting, as did Chilean President Omar Haddad.\n\n"
        "The next summit is planned to be held in Quito in the autumn."
    )
    met = _dated(body, "2025-05-05")
    assert [(sorted(names), date) for names, date, _ in met] == [
        (
            [
                "Ana Salas",
                "Diego Alcazar",
                "Marta Quiroga",
                "Omar Haddad",
                "Pablo Rojas",
                "Rosa Villanueva",
                "Tomas Echeverria",
            ],
            dt.date(2025, 5, 5),
        )
    ]


def test_those_taking_part_in_a_summit_already_told_add_no_second_meeting() -> None:
    """ "Lima hosted a summit, presided over by A. Taking part in the summit were B, C and D":
    the one summit told, not another of B, C and D."""
    body = (
        "On 9 October, Lima hosted a summit of the Andean Community. The President of Peru "
        "Diego Alcazar presided over the meeting, held at the Palace.\n\n"
        "Taking part in the summit were the President of Colombia Rosa Villanueva, the "
        "President of Ecuador Tomas Echeverria and the President of Bolivia Pablo Rojas."
    )
    met = _dated(body, "2025-10-10")
    assert [sorted(names) for names, _, _ in met] == [
        ["Diego Alcazar", "Pablo Rojas", "Rosa Villanueva", "Tomas Echeverria"]
    ]


def test_a_later_date_of_another_clause_does_not_date_a_signing_told_on_a_weekday() -> None:
    """ "LIMA -- Peru and Chile on Friday signed a pact that will replace their deal when it
    ends on Dec. 31. Ministers A and B signed it in Lima": that Friday, not a Dec. 31 (of the
    year before, since it is after the report)."""
    body = (
        "LIMA -- Peru and Chile on Friday signed a fisheries pact that will replace their "
        "current deal when it ends on Dec. 31.\n\n"
        "Foreign Minister Rosa Villanueva and Chilean Trade Minister Pablo Rojas signed the pact "
        "in Lima. The two ministers then held talks over lunch."
    )
    assert day_stated(
        "Peru and Chile on Friday signed a pact that ends on Dec. 31.",
        frozenset(["on", "friday", "dec"]),
        dt.date(2025, 10, 24),
    ) == dt.date(2025, 10, 24)
    met = _dated(body, "2025-10-24")
    assert [(date, place) for _, date, place in met] == [(dt.date(2025, 10, 24), "Lima")]


def test_two_who_opened_a_forum_and_held_talks_met_where_and_when_the_forum_was() -> None:
    """ "Companies signed deals at the Business Forum in Lima on Wednesday. A and B opened the
    forum and held talks on the pact": the talks were there, that day."""
    body = (
        "Peruvian and Chilean companies signed 12 agreements at the Peru-Chile Business Forum "
        "in Lima on Wednesday.\n\n"
        "Rosa Villanueva, Minister of Trade, and Pablo Rojas, Chile's Minister of Economy, "
        "opened the forum and held talks on the final chapters of the trade pact."
    )
    met = _dated(body, "2025-06-20")
    assert met == [(["Rosa Villanueva", "Pablo Rojas"], dt.date(2025, 6, 18), "Lima")]


def test_one_who_led_the_talks_told_in_a_relative_clause_tells_no_talks() -> None:
    """ "The pact was inked by A and B, while C, who led the talks from the Chilean side,
    joined the ceremony": who C is, not talks of A, B and C."""
    body = (
        "LIMA: The pact was signed at a virtual summit between President Diego Alcazar and "
        "President Marta Quiroga. The pact was inked by trade minister Rosa Villanueva and "
        "Pablo Rojas, Chile's minister of economy, while Tomas Echeverria, Chile's vice "
        "minister of trade, who led the talks from the Chilean side, joined the ceremony from "
        "Santiago."
    )
    met = [sorted(names) for names, _, _ in _dated(body, "2025-06-20")]
    assert met == [["Diego Alcazar", "Marta Quiroga"]]


def test_a_lead_naming_both_countries_dates_the_meeting_told_next() -> None:
    """ "LIMA: Chile has assured Peru of an investment package, officials said on Tuesday.
    The assurance came during a meeting between A (Peru) and B (Chile)": that Tuesday."""
    body = (
        "LIMA: Chile has assured Peru of fast-tracking an investment package, officials said on "
        "Tuesday.\n\n"
        "The assurance came during a meeting between Peruvian Prime Minister Diego Alcazar and "
        "Chilean Foreign Minister Marta Quiroga."
    )
    met = _dated(body, "2025-06-18")
    assert [(sorted(names), date) for names, date, _ in met] == [
        (["Diego Alcazar", "Marta Quiroga"], dt.date(2025, 6, 17))
    ]


@pytest.mark.parametrize(
    ("told", "kind", "met"),
    [
        # those also attending a call are in the room of one of the two who talked
        ("held a video conference with", "video call", ["Rui Tavares Mendes", "Park Jin-ho"]),
        (
            "held talks in Lisbon with",
            "talks",
            ["Rui Tavares Mendes", "Park Jin-ho", "Ana Lopes Pinto"],
        ),
    ],
)
def test_a_meeting_also_attended_by_officials_told_in_a_which_clause_is_a_meeting(
    told: str, kind: str, met: list[str]
) -> None:
    """ "A held talks with B, which were also attended by C": the meeting is told in the same
    sentence (no meeting told before), and C attended it; C attending a call of A and B was in
    the room of one of them."""
    body = (
        "The council hosted a forum on shipping in Lisbon.\n\n"
        f"Earlier this week, Portugal's Minister of Foreign Affairs, Rui Tavares Mendes, {told} "
        "Korea's Minister of Foreign Affairs, Park Jin-ho, which was also attended by the "
        "Secretary of State for Trade, Ana Lopes Pinto. The ministers agreed to launch a "
        "consultation mechanism."
    )
    assert [(names, kind) for names, kind, _ in _meetings(body)] == [(met, kind)]


def test_earlier_in_a_city_dates_a_meeting_on_the_day_told_before() -> None:
    """ "The leaders met in Quito on Friday. Earlier in Quito, President A and President B
    held a one-on-one meeting": that Friday, before the summit."""
    body = (
        "The leaders of Ecuador, Peru and Chile met in Quito on Friday for a summit. President "
        "Diego Alcazar, President of Peru Rosa Villanueva and President of Chile Pablo Rojas "
        "discussed trade.\n\n"
        "Earlier in Quito, President Diego Alcazar and President Pablo Rojas held a one-on-one "
        "meeting on energy."
    )
    met = _dated(body, "2025-06-21")
    assert [(sorted(names), date) for names, date, _ in met] == [
        (["Diego Alcazar", "Pablo Rojas", "Rosa Villanueva"], dt.date(2025, 6, 20)),
        (["Diego Alcazar", "Pablo Rojas"], dt.date(2025, 6, 20)),
    ]


def test_the_head_who_welcomed_a_hosted_delegation_met_its_leader() -> None:
    """ "The chamber on Tuesday hosted a delegation led by X at Chamber House, Accra. Its
    president Y welcomed the mission": Y met X there, that day."""
    body = (
        "ACCRA, 12 March 2025 -- The Ghana National Chamber of Commerce on Tuesday hosted a "
        "20-member Korean business delegation led by Mr. Kim Dong-soo, Vice Chairman of the "
        "Korea Chamber of Commerce and Industry, at Chamber House, Accra.\n\n"
        "Chamber President Mrs. Abena Osei Mensah welcomed the mission and said Ghanaian firms "
        "were ready to partner with Korean companies in cocoa processing."
    )
    assert _dated(body, "2025-03-12") == [
        (["Kim Dong-soo", "Abena Osei Mensah"], dt.date(2025, 3, 11), "Accra")
    ]


def test_a_venue_then_its_quarter_then_its_city_gives_the_city() -> None:
    """ "hosted B for a working lunch at the Ministry of Trade, Chacarilla, Lima, this
    afternoon": in Lima (the quarter is no city)."""
    body = (
        "Minister of Trade of Peru Rosa Villanueva hosted Chilean Minister of Economy Pablo "
        "Rojas for a working lunch at the Ministry of Trade, Chacarilla, Lima, this afternoon."
    )
    assert [place for _, _, place in _meetings(body)] == ["Lima"]


def test_the_two_who_last_met_when_one_accompanied_another_is_no_meeting_of_the_clause() -> None:
    """ "A hosted B today. ... The two ministers last met in 2021, when B accompanied
    President C on a visit": the two met then; B going with C is no meeting."""
    body = (
        "Minister of Trade of Peru Rosa Villanueva hosted Chilean Minister of Economy Pablo "
        "Rojas for a working lunch in Lima on Tuesday.\n\n"
        "The lunch lasted an hour. The two ministers last met in person in Lima in 2021, when "
        "Minister Rojas accompanied President Marta Quiroga on her first visit to Peru."
    )
    assert [sorted(names) for names, _, _ in _meetings(body)] == [
        ["Pablo Rojas", "Rosa Villanueva"]
    ]


@pytest.mark.parametrize("city", ["Santiago de Cuba", "Dar es Salaam"])
def test_a_city_named_with_a_small_word_in_it_is_the_whole_name(city: str) -> None:
    """ "meeting on the sidelines of the summit in Santiago de Cuba": the city, not
    "Santiago"."""
    body = (
        "President Diego Alcazar and Prime Minister Rosa Villanueva agreed on Monday to "
        f"expand trade, meeting on the sidelines of the regional summit in {city}."
    )
    assert [place for _, _, place in _meetings(body)] == [city]


@pytest.mark.parametrize(
    ("headline", "place"),
    [
        ("Peruvian-Chilean talks at the highest level were held in Lima", "Lima"),
        ("Peruvian-Chilean talks at the highest level to be held in Lima", None),
    ],
)
def test_a_headline_with_no_dateline_gives_the_first_meetings_city(
    headline: str, place: str | None
) -> None:
    """A headline "Talks ... were held in Lima" over a report with no dateline, whose
    meeting is "in the Palace": in Lima (not when the headline tells a plan)."""
    body = (
        f"{headline}\n\n10.06.2025\n\n"
        "On June 10, President of Chile Pablo Rojas, who arrived in Peru on an official visit, "
        "held talks with President of Peru Diego Alcazar in the Government Palace."
    )
    assert [p for _, _, p in _meetings(body)] == [place]


def test_a_field_after_cooperation_in_and_an_agreed_later_session_are_no_place() -> None:
    """ "The outcomes were: • agreement to finalise the MoU on Cooperation in Forestry;
    • agreement to hold the next round in Quito. Following the consultations, A called on
    B": no place for the call (neither the field nor where the next round will be)."""
    body = (
        "The Third Round of Political Consultations between Peru and Ecuador was held at the "
        "Ministry of Foreign Affairs in Lima on Tuesday (17 June). The Peruvian delegation was "
        "led by Ms. Rosa Villanueva, Secretary of the Ministry, and the Ecuadorian delegation "
        "by Amb. Diego Alcazar, Undersecretary of Foreign Affairs of Ecuador.\n\n"
        "The key outcomes of the consultations were:\n"
        "• agreement to finalise the MoU on Cooperation in Forestry and Wildlife before the end "
        "of the year;\n"
        "• agreement to hold the Fourth Round of Consultations in Quito.\n\n"
        "Following the consultations, Undersecretary Alcazar called on Hon. Marta Quiroga, "
        "Deputy Minister of Foreign Affairs, on the same day."
    )
    assert [place for _, _, place in _dated(body, "2025-06-18")] == ["Lima", None]


def test_one_to_whom_credentials_will_be_presented_later_is_not_at_the_meeting() -> None:
    """ "X received a copy of the credentials of Y, ahead of presenting them to King Z": X
    met Y; Z is met later."""
    body = (
        "Secretary-General of the Ministry of Foreign Affairs Omar Haddad received on Sunday a "
        "copy of the credentials of Mr. Pablo Rojas as the new Ambassador of Chile, ahead of "
        "presenting them to His Majesty King Harald Stensrud."
    )
    assert [names for names, _, _ in _meetings(body)] == [["Omar Haddad", "Pablo Rojas"]]


def test_spoke_with_a_title_then_a_comma_and_the_name_is_a_conversation() -> None:
    """ "X spoke today with the President of Chile, Y": they talked, that day."""
    body = "Prime Minister Rosa Villanueva spoke today with the President of Chile, Pablo Rojas."
    assert _dated(body, "2025-02-20") == [
        (["Rosa Villanueva", "Pablo Rojas"], dt.date(2025, 2, 20), None)
    ]


@pytest.mark.parametrize("word", ["today", "yesterday"])
def test_the_day_right_after_a_meetings_verb_beats_a_later_clauses_date(word: str) -> None:
    """ "spoke today with Y to offer condolences for the floods that began on March 1": the
    call is of the day "today" names, the date is the floods'."""
    text = (
        "Secretary's Call with Chilean Foreign Minister Rojas\n\nMARCH 4, 2027\n\n"
        f"Secretary of State Ana Reis spoke {word} with Chilean Foreign Minister Tomas Rojas "
        "to offer condolences for the floods that began on March 1.\n\n"
        "They also discussed trade.\n"
    )
    brief = parse_brief(text, brief_id="t")
    want = dt.date(2027, 3, 4) if word == "today" else dt.date(2027, 3, 3)
    assert [m.date for m in brief.meetings] == [want]


def test_a_series_of_meetings_the_lead_tells_under_a_date_line_is_of_the_pages_day() -> None:
    """ "On the opening day of the forum, X held a series of bilateral meetings" under the
    page's date and place lines: the meetings told after it are of the page's day; the same
    series recalled ("last year") dates nothing."""
    head = "Press Centre\n\nPresident holds bilateral meetings\n\n4 March 2027\nLima\n\n"
    lead = (
        "On the opening day of the Pacific Forum, President of Peru Rosa Quispe held a series "
        "of bilateral meetings in Lima with leaders of partner countries.\n\n"
        "The President began with talks with President of Chile Pablo Rojas. They discussed "
        "copper.\n"
    )
    brief = parse_brief(head + lead, brief_id="s")
    assert [(m.participants[1].name, m.date) for m in brief.meetings] == [
        ("Pablo Rojas", dt.date(2027, 3, 4))
    ]
    recalled = lead.replace("On the opening day of", "Recalling last year's")
    brief = parse_brief(head + recalled, brief_id="s")
    assert [m.date for m in brief.meetings] == [None]


def test_the_same_two_meeting_on_a_stated_day_after_a_lead_dated_by_the_report() -> None:
    """A lead telling of a meeting dated only by the report's day, then "The leaders met at
    a hotel on Saturday afternoon local time": one meeting, on the stated day; "The leaders
    also met on Saturday" is another."""
    head = "By Ana Reis\nApril 6, 2027 — 9.15am\n\n"
    lead = (
        "Lima: President Rosa Quispe has urged Chilean President Pablo Rojas to lift port "
        "fees during a meeting on the sidelines of the Pacific summit in Lima.\n\n"
    )
    told = "The leaders met at a hotel on Saturday afternoon local time.\n\nThey discussed fees.\n"
    brief = parse_brief(head + lead + told, brief_id="l")
    assert [m.date for m in brief.meetings] == [dt.date(2027, 4, 3)]
    also = told.replace("leaders met", "leaders also met")
    brief = parse_brief(head + lead + also, brief_id="l")
    assert [m.date for m in brief.meetings] == [dt.date(2027, 4, 6), dt.date(2027, 4, 3)]


def test_those_taking_part_in_the_meeting_after_a_summit_told_today_met_that_day() -> None:
    """ "Today the first summit of A, B and C took place. X, Y and Z took part in the
    meeting.": the summit's day; without a day told, none."""
    head = "date 2027-03-04\nLima, 4 March (ANDES). "
    text = (
        "Today, at the seaside resort, the first Summit of the Heads of State of Peru, Chile "
        "and Ecuador took place. President of Peru Rosa Quispe, President of Chile Pablo Rojas "
        "and President of Ecuador Luis Andrade took part in the meeting.\n\nThey discussed "
        "ports.\n"
    )
    brief = parse_brief(head + text, brief_id="s")
    assert [(len(m.participants), m.date) for m in brief.meetings] == [(3, dt.date(2027, 3, 4))]
    undated = "date 2027-03-04\n" + text.replace("Today, at", "At")
    assert [m.date for m in parse_brief(undated, brief_id="s").meetings] == [None]


def test_a_meeting_the_story_came_weeks_after_does_not_date_a_later_in_the_day() -> None:
    """ "The visit came a month after X held talks with Y on 4 February. ... Later in the day,
    X met Z": the day of the story's meeting, not of the one it came after."""
    text = (
        "date 2027-03-05\nLIMA – President of Peru Rosa Quispe met President of Chile Pablo "
        "Rojas in Lima on Friday.\n\n"
        "The visit came a month after Quispe held talks with President of Ecuador Luis Andrade "
        "in Quito on 4 February.\n\n"
        "Later in the day, Rosa Quispe met with Governor of Tacna Ana Flores.\n"
    )
    brief = parse_brief(text, brief_id="c")
    dates = {m.participants[1].name: m.date for m in brief.meetings}
    assert dates == {
        "Pablo Rojas": dt.date(2027, 3, 5),
        "Luis Andrade": dt.date(2027, 2, 4),
        "Ana Flores": dt.date(2027, 3, 5),
    }


def test_a_pronoun_subject_meeting_later_or_then_met_again() -> None:
    """ "She later received Y", "He then met Z": the one told before met each of them."""
    body = (
        "Foreign Minister Lena Varga held talks with Foreign Minister Omar Haddad in Rome. "
        "She later received Trade Minister Piotr Nowak. "
        "She then met Economy Minister Ana Silva."
    )
    assert _meetings(body) == [
        (["Lena Varga", "Omar Haddad"], "talks", "Rome"),
        (["Lena Varga", "Piotr Nowak"], "meeting", None),
        (["Lena Varga", "Ana Silva"], "meeting", None),
    ]


def test_a_bare_office_as_subject_is_its_one_holder_of_a_body() -> None:
    """ "The Director-General first met X": the one person whose office is the
    Director-General "of" some body, named before."""
    body = (
        "The Director-General of the Regional Water Agency, Lena Varga, held a series of "
        "meetings in Rome on Monday.\n\n"
        "The Director-General first met Minister of Energy Omar Haddad of Chile.\n\n"
        "The Director-General also met Ambassador Ana Silva of Peru."
    )
    assert [names for names, _, _ in _meetings(body)] == [
        ["Lena Varga", "Omar Haddad"],
        ["Lena Varga", "Ana Silva"],
    ]


def test_a_trip_to_one_city_for_talks_and_then_to_another_is_two_meetings() -> None:
    """ "X travelled to A for talks with B and then to C, where she met D": two meetings,
    each in the city told before its guest."""
    body = (
        "On Tuesday, Prime Minister Lena Varga travelled to Lisbon for talks with President "
        "Omar Haddad and then to Madrid, where she met Prime Minister Ana Silva."
    )
    assert _meetings(body) == [
        (["Lena Varga", "Omar Haddad"], "talks", "Lisbon"),
        (["Lena Varga", "Ana Silva"], "meeting", "Madrid"),
    ]


def test_signing_a_document_with_another_where_or_when_is_their_meeting() -> None:
    """ "A signed the agreement in Lima on Monday with Minister B": the two signed together,
    so they met; a signing "with" someone told nowhere and on no day is none."""
    signed = (
        "Trade Minister Lena Varga signed the free trade agreement in Lima on Monday with "
        "Foreign Minister Omar Haddad and ministers from three other countries."
    )
    assert _meetings(signed) == [(["Lena Varga", "Omar Haddad"], "signing", "Lima")]
    undated = "Trade Minister Lena Varga signed the agreement with Foreign Minister Omar Haddad."
    assert _meetings(undated) == []


@pytest.mark.parametrize(
    "attending",
    [
        "with Trade Minister Ana Silva and Finance Minister Piotr Nowak also present",
        "before being joined by their delegations, which included Trade Minister Ana Silva "
        "and Finance Minister Piotr Nowak",
    ],
)
def test_those_attending_the_two_leaders_meeting_are_no_meeting_of_their_own(
    attending: str,
) -> None:
    """ "The two leaders met ..., with A and B also present" / "... joined by their
    delegations, which included A and B": the two named before met; A and B attended."""
    body = (
        "President Lena Varga received President Omar Haddad in Rome on Tuesday.\n\n"
        f"The two presidents then held talks at the palace, {attending}."
    )
    assert [names for names, _, _ in _meetings(body)] == [["Lena Varga", "Omar Haddad"]]


def test_the_two_leaders_meeting_on_a_day_told_later_redates_the_report_day() -> None:
    """ "X has met Y" (dated by the report) then "The two leaders met on Tuesday": one
    meeting, on that Tuesday."""
    body = (
        "By Ana Reis\n12:05, Mar 6 2024\n\n"
        "Prime Minister Lena Varga says he raised fisheries with President Omar Haddad in a "
        "meeting on the sidelines of the summit in Rome.\n\n"
        "The two leaders met on Tuesday afternoon, local time, at a hotel in the Italian "
        "capital, with Trade Minister Ana Silva and Finance Minister Piotr Nowak also in the "
        "room."
    )
    brief = parse_brief(f"Leaders meet in Rome\n\n{body}\n", brief_id="m")
    assert [([p.name for p in m.participants], m.date) for m in brief.meetings] == [
        (["Lena Varga", "Omar Haddad"], dt.date(2024, 3, 5))
    ]


def test_an_office_as_subject_calling_on_another_is_its_holder_whose_title_has_an_aside() -> None:
    """ "Later, the Chairperson of the Sejm also called on Y": the one holding that office,
    whose title reads "Chairperson of the Sejm (Parliament)", called on Y."""
    body = (
        "Speaker of the Assembly Omar Haddad received Chairperson of the Sejm (Parliament) of "
        "Poland Lena Varga in Rome.\n\n"
        "Later, the Chairperson of the Sejm also called on Prime Minister Ana Silva."
    )
    assert [sorted(names) for names, _, _ in _meetings(body)] == [
        ["Lena Varga", "Omar Haddad"],
        ["Ana Silva", "Lena Varga"],
    ]


def test_a_countrys_top_diplomat_received_by_another_is_that_countrys_minister() -> None:
    """ "Later in the day, the Polish top diplomat was received by Y": the Polish one of the
    talks told before met Y."""
    body = (
        "Polish Foreign Minister Lena Varga held talks with Jordanian Foreign Minister Omar "
        "Haddad in Amman on Monday.\n\n"
        "Later in the day, the Polish top diplomat was received by Prime Minister Ana Silva."
    )
    assert [names for names, _, _ in _meetings(body)] == [
        ["Lena Varga", "Omar Haddad"],
        ["Lena Varga", "Ana Silva"],
    ]


def test_a_summit_that_took_place_on_a_day_with_no_one_named_dates_those_told_next() -> None:
    """ "On Monday, the first summit of the heads of state took place. A, B and C took part
    in the meeting": their meeting was that Monday."""
    body = (
        "On Monday, the first summit of the heads of state of the three countries took place "
        "at a seaside resort. President Lena Varga, President Omar Haddad and President Ana "
        "Silva took part in the meeting."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="m")
    assert [(len(m.participants), m.date) for m in brief.meetings] == [(3, dt.date(2024, 3, 4))]


def test_the_host_holding_separate_meetings_with_the_guests_met_each_of_them() -> None:
    """ "Before the summit, the President of Peru held separate meetings with the
    distinguished guests": the host of the summit told met each of the others."""
    body = (
        "President of Peru Lena Varga, President of Chile Omar Haddad and President of Bolivia "
        "Ana Silva held a summit in Lima on Monday.\n\n"
        "Before the summit, the President of Peru held separate meetings with the "
        "distinguished guests."
    )
    assert [sorted(names) for names, _, _ in _meetings(body)] == [
        ["Ana Silva", "Lena Varga", "Omar Haddad"],
        ["Lena Varga", "Omar Haddad"],
        ["Ana Silva", "Lena Varga"],
    ]


def test_a_series_of_meetings_the_lead_tells_with_no_day_is_of_the_report_day() -> None:
    """ "CITY – On the opening day of the summit, X held a series of bilateral meetings", no
    day named: the meetings told after it were on the report's day."""
    body = (
        "ROME – On the opening day of the summit, President Lena Varga held a series of "
        "bilateral meetings with leaders of partner countries.\n\n"
        "The President then met with President Omar Haddad."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="m")
    assert [([p.name for p in m.participants], m.date) for m in brief.meetings] == [
        (["Lena Varga", "Omar Haddad"], dt.date(2024, 3, 6))
    ]


def test_earlier_in_the_day_keeps_the_day_told_last_over_a_clauses_date() -> None:
    """ "Earlier in the day, X called on Y to brief her on the summit held on 4 March": the
    day told last; the clause's day is the summit's."""
    body = (
        "ROME – President Lena Varga met President Omar Haddad today.\n\n"
        "Earlier in the day, Varga called on the Prime Minister of Italy, Ana Silva, to brief "
        "her on the outcomes of the summit held on 4 March 2024."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="m")
    assert [m.date for m in brief.meetings] == [dt.date(2024, 3, 6), dt.date(2024, 3, 6)]


def test_those_also_present_in_the_meetings_were_in_each_meeting_of_the_host() -> None:
    """ "A and B were also present in the meetings": in each meeting told of the one host,
    no meeting of their own."""
    body = (
        "Prime Minister Lena Varga held talks with President Omar Haddad in Rome. "
        "She later met Foreign Minister Ana Silva.\n\n"
        "Trade Minister Piotr Nowak and Finance Minister Marek Zielinski were also present in "
        "the meetings."
    )
    assert [names for names, _, _ in _meetings(body)] == [
        ["Lena Varga", "Omar Haddad", "Piotr Nowak", "Marek Zielinski"],
        ["Lena Varga", "Ana Silva", "Piotr Nowak", "Marek Zielinski"],
    ]


def test_his_last_meeting_of_the_day_was_with_another() -> None:
    """ "His last meeting of the day was with X": the host of the meetings told met X."""
    body = (
        "President Omar Haddad met President Lena Varga in Rome. He then held talks with "
        "Prime Minister Ana Silva. His last meeting of the day was with Foreign Minister "
        "Piotr Nowak."
    )
    assert [names for names, _, _ in _meetings(body)] == [
        ["Omar Haddad", "Lena Varga"],
        ["Omar Haddad", "Ana Silva"],
        ["Omar Haddad", "Piotr Nowak"],
    ]


def test_the_two_meeting_on_a_stated_day_with_others_also_present_is_the_lead_meeting() -> None:
    """ "X has met Y" (dated by the report), then "The two leaders met on Tuesday afternoon,
    with A also in the room": one meeting, on that Tuesday ("also" is of those attending)."""
    body = (
        "By Ana Reis\n12:05, Mar 6 2024\n\n"
        "Prime Minister Lena Varga says he raised fisheries with President Omar Haddad in a "
        "meeting on the sidelines of the summit in Rome.\n\n"
        "The two leaders met on Tuesday afternoon, local time, at a hotel in the Italian "
        "capital, with Trade Minister Ana Silva and Finance Minister Piotr Nowak also in the "
        "room."
    )
    brief = parse_brief(f"Leaders meet in Rome\n\n{body}\n", brief_id="m")
    assert [([p.name for p in m.participants], m.date) for m in brief.meetings] == [
        (["Lena Varga", "Omar Haddad"], dt.date(2024, 3, 5))
    ]


def test_documents_signed_by_two_after_a_dated_signing_are_their_meeting_that_day() -> None:
    """ "Chile and Peru signed six documents on Monday. The documents were signed by A and
    B, who co-chair the commission": A and B met to sign them, that Monday."""
    body = (
        "Chile and Peru signed six cooperation documents on Monday at the end of a joint "
        "commission.\n\n"
        "The documents were signed by Chile's Minister of Trade Lena Varga and Peru's Minister "
        "of Economy Omar Haddad, who co-chair the commission."
    )
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="m")
    assert [([p.name for p in m.participants], m.date) for m in brief.meetings] == [
        (["Lena Varga", "Omar Haddad"], dt.date(2024, 3, 4))
    ]


def test_the_two_presidents_having_an_informal_conversation_is_a_meeting_of_that_day() -> None:
    """ "On Sunday evening the two presidents had an informal conversation over tea": the two
    named before met, that Sunday (no comma after the day's phrase)."""
    body = (
        "Talks between President of Ruritania Aldo Varga and President of Velmora Osric Lune "
        "took place on Monday in Harbourton, where the Ruritanian leader arrived the evening "
        "before.\n\n"
        "On Sunday evening the two presidents had an informal conversation over tea at a "
        "country house outside the city."
    )
    brief = parse_brief(f"date 2027-03-08\n{body}\n", brief_id="m")
    assert [([p.name for p in m.participants], m.date) for m in brief.meetings] == [
        (["Aldo Varga", "Osric Lune"], dt.date(2027, 3, 8)),
        (["Aldo Varga", "Osric Lune"], dt.date(2027, 3, 7)),
    ]


def test_a_conversation_of_one_person_alone_is_no_meeting() -> None:
    body = "President Aldo Varga had a long conversation about the harvest on Monday."
    assert parse_brief(f"date 2027-03-08\n{body}\n", brief_id="m").meetings == ()


def test_those_also_in_the_talks_of_a_day_told_again_join_that_days_meeting() -> None:
    """A meeting on Monday, then one on Sunday evening, then "On Monday the leaders met in a
    narrow format ... A and B also took part in the expanded talks": A and B were at Monday's
    talks, not at Sunday's dinner told last."""
    body = (
        "Talks between President of Ruritania Aldo Varga and President of Velmora Osric Lune "
        "took place on Monday in Harbourton.\n\n"
        "On Sunday evening Varga and Lune had an informal dinner at a country house.\n\n"
        "On Monday the leaders first met in a narrow format and then with their delegations. "
        "Deputy Prime Minister of Ruritania Mira Holt and Deputy Prime Minister of Velmora "
        "Ivo Brann also took part in the expanded talks."
    )
    brief = parse_brief(f"date 2027-03-08\n{body}\n", brief_id="m")
    assert [([p.name for p in m.participants], m.date) for m in brief.meetings] == [
        (["Aldo Varga", "Osric Lune", "Mira Holt", "Ivo Brann"], dt.date(2027, 3, 8)),
        (["Aldo Varga", "Osric Lune"], dt.date(2027, 3, 7)),
    ]


def test_a_recalled_conversation_moves_no_day_of_the_meetings_told_after_it() -> None:
    """ "X recalled their telephone conversation of March 1. Later in the day, X met Y": the
    later meeting is of the day of the talks told first, not of the call recalled."""
    body = (
        "Prime Minister of Ruritania Aldo Varga met with President of Velmora Osric Lune in "
        "Harbourton today.\n\n"
        "The Prime Minister recalled their telephone conversation of March 1, when he "
        "congratulated Lune on his election.\n\n"
        "Later in the day, Aldo Varga met with Speaker of the Velmoran Assembly Mira Holt."
    )
    brief = parse_brief(f"date 2027-03-16\n{body}\n", brief_id="m")
    dates = {m.participants[-1].name: m.date for m in brief.meetings}
    assert dates["Mira Holt"] == dt.date(2027, 3, 16)


@pytest.mark.parametrize(
    ("opening", "date"),
    [
        # The city of the talks told before, then "also": the same occasion, that day.
        ("In Harbourton, Varga also held talks", dt.date(2027, 3, 12)),
        # A stay of days in the city: no day of it is told.
        ("During his stay in Harbourton, Varga also held talks", None),
    ],
)
def test_also_held_talks_in_the_city_of_the_talks_told_before_is_their_day(
    opening: str, date: dt.date | None
) -> None:
    body = (
        "President Aldo Varga and his Velmoran counterpart Osric Lune met in Harbourton on "
        "Friday on the sidelines of a forum.\n\n"
        "The two presidents discussed shipping and energy.\n\n"
        f"{opening} with Sylvanian President Mira Holt on a gas deal."
    )
    brief = parse_brief(f"date 2027-03-12\n{body}\n", brief_id="m")
    dates = {m.participants[-1].name: m.date for m in brief.meetings}
    assert dates["Mira Holt"] == date


def test_a_meeting_recalled_by_last_met_lends_no_place_to_a_later_one() -> None:
    """ "The two leaders last met in Lima in May 2025 during a summit": a meeting recalled;
    "Earlier on Wednesday, X received Y" after it was not held there."""
    body = (
        "The two leaders last met in Lima in May 2025 during the first Andean Summit, where "
        "they agreed to hold regular consultations between their governments.\n\n"
        "Earlier on Wednesday, Lune received Mira Holt, chairman of Velmora Shipping "
        "Corporation, and discussed with him a new port.\n\n"
        "President Aldo Varga holds a welcome ceremony for President Osric Lune before their "
        "talks in Harbourton on Wednesday."
    )
    brief = parse_brief(
        f"date 2027-03-10\ntitle Varga and Lune lift ties\n\n{body}\n", brief_id="m"
    )
    places = {m.participants[-1].name: m.place for m in brief.meetings}
    assert places["Mira Holt"] is None


@pytest.mark.parametrize("opener", ["On the same day", "Later that evening", "On Saturday"])
def test_an_office_of_state_after_an_opener_of_time_without_a_comma_is_its_holder(
    opener: str,
) -> None:
    """ "On the same day the President of Chile met with Y" (no comma after the opener): the
    one named as President of Chile met Y."""
    body = (
        "President of Chile Aldo Varga held talks with President of Peru Omar Haddad in Lima "
        f"on Friday.\n\n{opener} the President of Chile met with Prime Minister of Peru Rosa "
        "Mamani."
    )
    brief = parse_brief(f"date 2023-01-07\n{body}\n", brief_id="opener")
    assert [[p.name for p in m.participants] for m in brief.meetings] == [
        ["Aldo Varga", "Omar Haddad"],
        ["Aldo Varga", "Rosa Mamani"],
    ]


@pytest.mark.parametrize(
    ("told", "place"),
    [
        ("Lima hosted talks between President Aldo Varga and President Omar Haddad.", "Lima"),
        (
            "President Aldo Varga and President Omar Haddad had an informal dinner in the old "
            "quarter of Lima.",
            "Lima",
        ),
        (
            "President Aldo Varga and President Omar Haddad had an informal dinner in the heart "
            "of Andean culture.",
            None,
        ),
    ],
)
def test_a_city_hosting_the_talks_or_whose_quarter_held_them_is_their_place(
    told: str, place: str | None
) -> None:
    """ "Lima hosted talks between A and B", "A and B had a dinner in the old quarter of Lima":
    in Lima (a part of no city names none)."""
    brief = parse_brief(f"date 2023-11-02\n{told}\n", brief_id="hosted")
    assert [({p.name for p in m.participants}, m.place) for m in brief.meetings] == [
        ({"Aldo Varga", "Omar Haddad"}, place)
    ]


@pytest.mark.parametrize(
    ("joined", "participants"),
    [
        (
            "with the participation of Foreign Minister of Peru Rosa Mamani and Foreign "
            "Minister of Chile Ana Costa.",
            {"Aldo Varga", "Omar Haddad", "Rosa Mamani", "Ana Costa"},
        ),
        (
            "with the participation of the delegations, including Foreign Minister of Peru "
            "Rosa Mamani and Foreign Minister of Chile Ana Costa.",
            {"Aldo Varga", "Omar Haddad"},
        ),
    ],
)
def test_people_named_themselves_as_joining_the_talks_took_part_in_them(
    joined: str, participants: set[str]
) -> None:
    """ "The negotiations began one-on-one and continued in an expanded format with the
    participation of A and B": A and B took part (not when named as members of the
    delegations)."""
    body = (
        "President of Chile Aldo Varga held talks with President of Peru Omar Haddad on "
        "Thursday.\n\nThe negotiations began in a one-on-one format and continued in an "
        f"expanded composition {joined}"
    )
    brief = parse_brief(f"date 2023-11-02\n{body}\n", brief_id="joined")
    assert [{p.name for p in m.participants} for m in brief.meetings] == [participants]


def test_a_speaker_in_a_where_clause_after_a_meeting_at_an_event_did_not_meet() -> None:
    """ "X met Y and business leaders at a forum, where Minister Z said ...": Z speaks in the
    clause of what was said at the forum; the meeting is X's with Y."""
    body = (
        "TARN – President Aldo Varga of Ruritania arrived in Velmora on Monday.\n\n"
        "On Tuesday, Varga met Velmoran Prime Minister Omar Haddad and about 30 business "
        "leaders at a trade forum, where Trade Minister Ilse Brandt said firms had invested "
        "$40 million.\n"
    )
    brief = parse_brief(f"date 2026-03-04\n{body}", brief_id="forum")
    assert [[p.name for p in m.participants] for m in brief.meetings] == [
        ["Aldo Varga", "Omar Haddad"]
    ]


@pytest.mark.parametrize("opener", ["Earlier in the day", "Later that afternoon"])
def test_a_role_subject_after_a_time_of_day_without_a_comma_is_the_host(opener: str) -> None:
    """ "A met B. Earlier in the day the akim received C": the akim told before (A) met C,
    the time of the day standing before the subject with no comma."""
    body = (
        "VELMORA – Akim of Velmora region Aldo Varga and Governor of Tarn Region Omar Haddad "
        "signed a trade roadmap on Monday.\n\n"
        f"{opener} the akim received Deputy Governor of Ostrava Region Lena Novak. They "
        "discussed grain transit."
    )
    assert [names for names, _, _ in _meetings(body)] == [
        ["Aldo Varga", "Omar Haddad"],
        ["Aldo Varga", "Lena Novak"],
    ]


def test_a_meeting_at_a_citys_kremlin_is_in_that_city() -> None:
    """ "X received Y on Monday at the Pskov Kremlin": the citadel named for its city."""
    body = (
        "Governor Aldo Varga received Mayor of Velmora Omar Haddad on Monday at the Pskov "
        "Kremlin as part of a trade fair."
    )
    assert _meetings(body) == [(["Aldo Varga", "Omar Haddad"], "meeting", "Pskov")]
