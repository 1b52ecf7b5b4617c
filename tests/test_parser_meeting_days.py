"""The days of meetings, resolved against the publication date."""

from __future__ import annotations

import datetime as dt

from bot.parser import parse_brief

D = dt.date


def _days(text: str) -> list[tuple[list[str], dt.date | None]]:
    brief = parse_brief(text, brief_id="m")
    return [([p.name for p in m.participants], m.date) for m in brief.meetings]


def test_a_who_clause_closing_the_sentence_keeps_its_own_day() -> None:
    """ "On Monday morning, X was received by Y, who had attended Z's wedding on 3 March.":
    the meeting is of the day the sentence opens with, not the clause's."""
    text = (
        "Harbourton, 19 Jun 2027 (HNA) - Prime Minister Talia Verrand and President Osric "
        "Lune yesterday signed four agreements in Harbourton.\n\n"
        "Earlier on Friday morning, the visiting president was received at the Castle by "
        "King Aldous Fenn, who had attended Lune's inauguration in Porto Lux on 3 March.\n"
    )
    assert (["Osric Lune", "Aldous Fenn"], D(2027, 6, 18)) in _days(text)
