"""handlers.common.link_options: which texts Telegram could give a link preview."""

from __future__ import annotations

import pytest

from handlers.common import link_options


@pytest.mark.parametrize(
    "text",
    [
        'see <a href="https://example.org/a">the statement</a>',
        "at https://example.org",
        "the portal gov.example.kz has it",
        "write to t.me/somechannel",
        "the server 10.0.0.12 answered",
        "on Пример.рф today",
    ],
)
def test_a_text_that_may_hold_a_link_keeps_the_default_no_preview(text: str) -> None:
    assert link_options(text) == {}


@pytest.mark.parametrize(
    "text",
    [
        "<b>Figures</b>\n• $40 billion: trade target. Sent.",
        "The U.S. and the E.U. signed 3.5 percent deals at 10 a.m. on Friday.",
        "",
    ],
)
def test_a_text_without_any_link_sends_no_preview_options(text: str) -> None:
    assert link_options(text) == {"link_preview_options": None}
