"""Meetings found in invented briefs: who met, the kind, the date and the place."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.parser import parse_brief


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


def test_planned_co_chairing_is_not_a_meeting() -> None:
    body = (
        "Foreign Minister Lena Varga and Foreign Minister Omar Haddad will co-chair the next "
        "round of political consultations in Budapest."
    )
    assert parse_brief(f"date 2024-03-06\n{body}\n", brief_id="plan").meetings == ()


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
    assert [
        ({p.name for p in m.participants}, m.place, m.date) for m in brief.meetings
    ] == [({"Lena Varga", "Omar Haddad"}, "Turin", dt.date(2024, 3, 4))]


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
