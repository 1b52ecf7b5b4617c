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
