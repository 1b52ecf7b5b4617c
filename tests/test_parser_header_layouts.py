"""Header layouts of outlets' pages: sign-offs, date lines, datelines and credits."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.parser import parse_brief
from bot.parser.source import signature_of

D = dt.date

_STORY = (
    "Harbour talks open a new chapter\n\n"
    "Jonas Peller in Harbourton\n\n"
    "Prime Minister Talia Verrand and President Osric Lune agreed on Monday to widen their "
    "cooperation in shipping and clean energy.\n\n"
    "The two leaders met at the palace in Harbourton and signed four agreements.\n\n"
)


@pytest.mark.parametrize(("foot", "credit"), [("CP", "CP"), ("PA", "PA"), ("AAP", "AAP")])
def test_a_national_agencys_initials_alone_on_the_last_line_sign_the_story(
    foot: str, credit: str
) -> None:
    """A wire's sign-off in capitals ("CP" under its story) credits it, though its initials
    are a common word elsewhere."""
    assert signature_of(foot) == credit
    assert parse_brief(_STORY + foot + "\n", brief_id="s").reported_by == credit


@pytest.mark.parametrize("foot", ["Pa", "ENDS", "XYZ"])
def test_other_short_words_alone_on_the_last_line_sign_nothing(foot: str) -> None:
    assert signature_of(foot) is None
