"""Meetings as state media, wires and governments' readouts tell them: guests met one by one,
named bodies held with counterparts, venues and their cities."""

from __future__ import annotations

import datetime as dt

from bot.parser import parse_brief

_Met = tuple[set[str], dt.date | None, str | None]


def _met(body: str, published: str = "2025-06-12") -> list[_Met]:
    brief = parse_brief(f"date {published}\n{body}\n", brief_id="feeds")
    return [({p.name for p in m.participants}, m.date, m.place) for m in brief.meetings]


def test_two_hosts_who_met_a_guest_separately_met_it_one_by_one() -> None:
    """ "A and B met with X separately": A met X and B met X, not A met B."""
    body = (
        "President Diego Alcazar held talks with visiting Chilean President Marta Quiroga in "
        "Lima on Thursday.\n\n"
        "Earlier on Thursday, Senate President Tomas Echeverria and Prime Minister Ines Bravo "
        "met with Quiroga separately."
    )
    assert [names for names, _, _ in _met(body)] == [
        {"Diego Alcazar", "Marta Quiroga"},
        {"Tomas Echeverria", "Marta Quiroga"},
        {"Ines Bravo", "Marta Quiroga"},
    ]


def test_a_committee_named_with_dotted_initials_held_with_counterparts_is_their_meeting() -> None:
    """ "A and B held the Peru-U.K. Strategic Committee with C and D in Lima": the four met."""
    body = (
        "On June 10, Foreign Minister Diego Alcazar and Defence Minister Ines Bravo held the "
        "Peru-U.K. Strategic Dialogue Committee with Foreign Secretary Anna Weber and Defence "
        "Secretary Tomas Hale of the United Kingdom, in Lima."
    )
    assert _met(body) == [
        (
            {"Diego Alcazar", "Ines Bravo", "Anna Weber", "Tomas Hale"},
            dt.date(2025, 6, 10),
            "Lima",
        )
    ]


def test_a_venue_in_a_quarter_of_a_known_city_is_in_that_city() -> None:
    """ "at the presidential office in Old Quay, Lima": the quarter is no city; Lima is."""
    body = (
        "President Diego Alcazar held a summit with Prime Minister Anna Weber of Germany at the "
        "presidential office in Old Quay, Lima, on Tuesday afternoon."
    )
    assert [place for _, _, place in _met(body)] == ["Lima"]


def test_the_meeting_which_took_place_at_a_palace_tells_where_the_meeting_before_was() -> None:
    """ "X met Y. '...,' X said at the start of the meeting, which took place at the palace in
    Lima": the meeting told before was in Lima."""
    body = (
        "President Diego Alcazar met with Chilean President Marta Quiroga on the sidelines of "
        "the Pacific Forum on Thursday.\n\n"
        '"Chile is our oldest partner," Alcazar said at the start of the meeting, which took '
        "place at the Torre Tagle Palace in Lima."
    )
    assert [place for _, _, place in _met(body)] == ["Lima"]


def test_the_two_leaders_had_a_dinner_on_the_day_one_of_them_arrived() -> None:
    """ "The two leaders had an informal meeting over dinner on Monday, shortly after B
    arrived in the Chilean capital": the two named before met, that Monday, in the capital."""
    body = (
        "SANTIAGO, June 10 - President Marta Quiroga and Peruvian President Diego Alcazar held "
        "talks in Santiago on Tuesday.\n\n"
        "The two leaders had an informal meeting over dinner on Monday, shortly after Alcazar "
        "arrived in the Chilean capital."
    )
    assert _met(body, "2025-06-10") == [
        ({"Marta Quiroga", "Diego Alcazar"}, dt.date(2025, 6, 10), "Santiago"),
        ({"Marta Quiroga", "Diego Alcazar"}, dt.date(2025, 6, 9), "Santiago"),
    ]


def test_the_day_of_a_trip_still_to_come_is_not_the_meetings() -> None:
    """ "The two leaders met in Cusco at the start of A's tour, which also takes him to Quito
    for a summit with the region's leaders on Tuesday": the meeting is not dated Tuesday."""
    body = (
        "CUSCO, June 15 - Chancellor Anna Weber and Peruvian President Diego Alcazar signed an "
        "energy agreement on Sunday.\n\n"
        "The two leaders met in Cusco at the start of Weber's South American tour, which also "
        "takes her to Quito for a summit with the leaders of the region on Tuesday."
    )
    assert _met(body, "2025-06-15") == [
        ({"Anna Weber", "Diego Alcazar"}, dt.date(2025, 6, 15), "Cusco")
    ]


def test_those_also_taking_part_in_the_meeting_did_not_meet_each_other() -> None:
    """ "Also taking part in the meeting were A and B": no meeting of A with B."""
    body = (
        "Minister of Trade Diego Alcazar on Tuesday held a virtual meeting with Chile's "
        "Minister of Economy Marta Quiroga.\n\n"
        "Also taking part in the meeting were Mr Tomas Echeverria, the Deputy Minister of "
        "Trade, and Mrs Ines Bravo, Chile's Ambassador to Peru."
    )
    assert [names for names, _, _ in _met(body)] == [{"Diego Alcazar", "Marta Quiroga"}]


def test_what_was_agreed_during_talks_at_a_palace_in_a_city_was_agreed_there() -> None:
    """ "A and B on Tuesday agreed to expand X during bilateral talks at the Government
    Palace in Lima": the talks were in Lima."""
    body = (
        "QUITO - President Diego Alcazar and Chilean President Marta Quiroga on Tuesday agreed "
        "to expand cooperation on fisheries and mining during bilateral talks at the Government "
        "Palace in Lima."
    )
    assert [place for _, _, place in _met(body)] == ["Lima"]


def test_a_commission_on_cooperation_met_in_the_city_closing_the_sentence() -> None:
    """ "co-chaired a meeting of the commission on trade and economic cooperation in Lima.":
    in Lima, though "cooperation in" may open a field."""
    body = (
        "On June 10, Deputy Prime Minister Diego Alcazar and Chilean Minister of Economy Marta "
        "Quiroga co-chaired a meeting of the joint commission on trade and economic "
        "cooperation in Lima."
    )
    assert [place for _, _, place in _met(body)] == ["Lima"]


def test_a_seat_and_its_city_on_a_line_above_a_transcript_is_where_the_talks_were() -> None:
    """ "Government Palace, Lima" on its own line under the date and time: the talks the page
    reports were held there, though the text names only the guest's country."""
    text = (
        "Talks with President of Chile Marta Quiroga\n\n"
        "June 10, 2025\n14:00\nGovernment Palace, Lima\n\n"
        "Diego Alcazar held talks with President of Chile Marta Quiroga, who is in Peru on an "
        "official visit.\n\n"
        "The talks began in a restricted format and continued with the participation of the "
        "two countries' delegations.\n"
    )
    brief = parse_brief(text, brief_id="transcript")
    assert [m.place for m in brief.meetings] == ["Lima"]


def test_a_call_had_or_held_with_someone_is_a_phone_call() -> None:
    """ "X had a call with Y", "X held an introductory call with Y": a call, though the word
    "phone" is missing; "a video call with" stays a video call."""
    for said, kind in (
        ("had a call with", "phone call"),
        ("held an introductory call with", "phone call"),
        ("held a video call with", "video call"),
    ):
        body = f"Prime Minister Diego Alcazar {said} Chancellor Anna Weber on Monday."
        brief = parse_brief(f"date 2025-06-12\n{body}\n", brief_id="call")
        assert [({p.name for p in m.participants}, m.kind) for m in brief.meetings] == [
            ({"Diego Alcazar", "Anna Weber"}, kind)
        ]


def test_hosts_who_met_him_separately_each_met_the_guest_told_before() -> None:
    """ "X held talks with Y. A and B met with him separately": A met Y, B met Y."""
    body = (
        "President Diego Alcazar held talks with visiting Chilean President Marta Quiroga in "
        "Lima on Thursday.\n\n"
        "Senate President Tomas Echeverria and Prime Minister Ines Bravo met with her "
        "separately on the same day."
    )
    assert [names for names, _, _ in _met(body)] == [
        {"Diego Alcazar", "Marta Quiroga"},
        {"Tomas Echeverria", "Marta Quiroga"},
        {"Ines Bravo", "Marta Quiroga"},
    ]


def test_what_two_agreed_in_their_first_talks_in_a_city_tells_those_talks() -> None:
    """ "A and B agreed Friday to X in their first in-person talks in Lima": they met."""
    body = (
        "Prime Minister Diego Alcazar and Chancellor Anna Weber agreed Friday to deepen "
        "energy ties in their first in-person talks in Lima."
    )
    assert _met(body) == [({"Diego Alcazar", "Anna Weber"}, dt.date(2025, 6, 6), "Lima")]


def test_a_call_told_as_today_is_on_the_day_of_the_report_whatever_its_clause_dates() -> None:
    """ "X spoke today with Y to express condolences for the floods that struck on June 9":
    the call was on the report's day, not June 9."""
    body = (
        "Foreign Minister Diego Alcazar spoke today with Chilean Foreign Minister Marta Quiroga "
        "to express condolences for the floods that struck the coast of Chile on June 9."
    )
    assert _met(body, "2025-06-11") == [
        ({"Diego Alcazar", "Marta Quiroga"}, dt.date(2025, 6, 11), None)
    ]


def test_a_city_opening_with_an_abbreviation_keeps_its_stop() -> None:
    """ "met Y in St. Petersburg on Friday": "St. Petersburg", the stop kept; a city that
    ends the sentence ("in Lima.") still loses its full stop."""
    body = (
        "President Diego Alcazar met with Chancellor Anna Weber in St. Petersburg on Friday.\n\n"
        "Minister Ines Bravo held talks with Minister Tomas Hale in Lima."
    )
    assert [place for _, _, place in _met(body)] == ["St. Petersburg", "Lima"]
