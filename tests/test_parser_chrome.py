"""Page furniture copied along with a story is removed before parsing."""

from __future__ import annotations

import pytest

from bot.parser import parse_brief
from bot.parser.chrome import strip_chrome

MET = "OSH – The ministers met.\n\n"
STORY = "OSH – The ministers of the two countries met on Monday.\n\nThey discussed trade."


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (f"Home / News / Politics\n\n{STORY}", f"\n{STORY}"),
        (f"Main » Economy » Trade\n{STORY}", STORY),
        # A language menu under the outlet's name.
        (
            f"NAG News Agency\nSylvanian | English | Chinese | Russian\n{STORY}",
            f"NAG News Agency\n{STORY}",
        ),
        (f"{STORY}\n\nPhoto: press service of the ministry", f"{STORY}\n"),
        (f"{STORY}\n\nPhotos by Ivan Petrov", f"{STORY}\n"),
        (
            f"{MET}Read also: Two ministers sign a road deal\n\nThey talked.",
            f"{MET}\nThey talked.",
        ),
        (
            f"{MET}Read also:\nTwo ministers sign a road deal\n\nThey talked.",
            f"{MET}\nThey talked.",
        ),
        # A label over a list of linked headlines.
        (
            f"{MET}Related materials:\nOsh and Taraz sign two agreements\n"
            "Minister receives a delegation of the bank\n\nThey talked.",
            f"{MET}\nThey talked.",
        ),
        (f"{STORY}\n\nShare:\nFacebook Twitter Telegram", f"{STORY}\n"),
        (f"{STORY}\n\nFollow us on Telegram!", f"{STORY}\n"),
        (f"{STORY}\n\n#Kyrgyzstan #railway\n\n@nagnews", f"{STORY}\n\n"),
        (f"{STORY}\n\nSubscribe to our channel on WhatsApp", f"{STORY}\n"),
        # A site's exchange-rate ticker above the story.
        (
            f"NAG News Agency\nGBP 1.27\nCHF/KZT 561.20 ▲0.35\n€ 1,102.50\n{STORY}",
            f"NAG News Agency\n{STORY}",
        ),
    ],
)
def test_strip_chrome_removes_lines_of_page_furniture(body: str, expected: str) -> None:
    assert strip_chrome(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        STORY,
        "Kazakhstan/Uzbekistan/Kyrgyzstan sign water deal\n\nThey met.",
        "The photo exhibition opened in Osh.\n\nThe ministers shared views on trade.",
        "The ministers agreed to follow up on the channel's dredging by March.",
        "They met.\n\nRead also the joint statement, which lists twelve projects.",
        "They met.\n\nRead also:\nThe ministers agreed on the next steps.",
        "Home / News\n\nA trail of two labels is too short to tell.",
        "They met.\n\nUSD 84 million\n\nThe bank lent USD 84.70 million.",
    ],
)
def test_strip_chrome_keeps_the_story(body: str) -> None:
    """Lines that only look a little like furniture are story text and stay."""
    assert strip_chrome(body).replace("Read also:\n", "") == body.replace("Read also:\n", "")


def test_a_copied_page_parses_as_the_story_alone() -> None:
    page = (
        "Home / News / Politics\n\n"
        "Ministers of two countries discuss trade\n\n"
        "18 October 2025 12:40\n\n"
        "Photo: press service\n\n"
        "OSH – Kyrgyz Minister of Economy Almaz Tokonov met with Kazakh Minister of Trade "
        "Serik Abenov on October 17 to discuss trade and logistics.\n\n"
        "Read also:\n"
        "Uzbek President Dilshod Karimov visits Japan\n\n"
        "Share:\nFacebook Twitter Telegram\n\nFollow us on Telegram!"
    )
    brief = parse_brief(page, brief_id="page")
    assert (brief.date and brief.date.isoformat(), brief.dateline, brief.title) == (
        "2025-10-18",
        "Osh",
        "Ministers of two countries discuss trade",
    )
    assert [p.name for p in brief.people] == ["Almaz Tokonov", "Serik Abenov"]
    assert "Karimov" not in brief.body
    assert "Telegram" not in brief.body
