"""bot.parser.text.strip_attribution: the closing attribution goes, the sentence stays."""

from __future__ import annotations

import pytest

from bot.parser.text import strip_attribution


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trade grew by a tenth, the ministry said.", "Trade grew by a tenth"),
        ("A met B, reported the press service.", "A met B"),
        (
            "“Deals were signed, mainly in solar energy and mining,” he said.",
            "“Deals were signed, mainly in solar energy and mining",
        ),
        (
            '"Deals were signed, mainly in solar energy and mining," he said.',
            '"Deals were signed, mainly in solar energy and mining',
        ),
        ("Trade grew by a tenth.", "Trade grew by a tenth."),
    ],
)
def test_strip_attribution_cuts_at_the_comma_before_the_reporting_verb(
    text: str, expected: str
) -> None:
    assert strip_attribution(text) == expected
