"""A bare city in title case and a dash under a headline: a dateline only before a lead
sentence of some length, never before a short line (a subtitle) or a brief sentence."""

from __future__ import annotations

import pytest

from bot.parser.dateline import parse_dateline


@pytest.mark.parametrize(
    "body",
    [
        # The case the dateline tests protected before the rule for "City – Lead" came in.
        "Ministers hold talks\n\nOsh – The ministers met.",
        # A subtitle under the headline: a short line with no end mark.
        "Ministers hold talks\n\nOsh – Talks open\n\nThe ministers met in Osh on Monday.",
        "Ministers hold talks\n\nOsh – A city of trade\n\nThe ministers met on Monday.",
        # A route, not a place and a dash.
        "Ministers hold talks\n\nOsh – Bishkek road reopens to freight after two years.",
    ],
)
def test_a_short_line_after_a_bare_city_and_dash_is_no_dateline(body: str) -> None:
    assert parse_dateline(body) is None


@pytest.mark.parametrize(
    ("body", "city", "end"),
    [
        (
            "Ministers hold talks\n\nOsh – Minister of Trade Ana Lopez met her counterpart on "
            "Monday.",
            "Osh",
            28,
        ),
        (
            "Ministers hold talks\n\nOsh – The ministers met on Monday to discuss transit.\n\n"
            "They agreed to meet again.",
            "Osh",
            28,
        ),
    ],
)
def test_a_lead_sentence_after_a_bare_city_and_dash_makes_a_dateline(
    body: str, city: str, end: int
) -> None:
    found = parse_dateline(body)
    assert found is not None
    assert (found.city, found.date_text, found.agency, found.end) == (city, None, None, end)
