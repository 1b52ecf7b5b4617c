"""Hard-wrapped briefs (plain-text mail, wire terminals) and briefs pasted one line a paragraph
read as their usual layout does."""

from __future__ import annotations

import datetime as dt
import re
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from bot.parser import parse_brief
from bot.parser.wrap import paragraph_lines, unwrap

_PARAGRAPHS = [
    "OSH – Foreign Minister Ann Lee of Freedonia met Deputy Prime Minister Bo Tan of Sylvania "
    "in Osh on April 2, 2025, the Freedonian Foreign Ministry said in a statement.",
    "The sides discussed trade, energy and the well-known Osh-Taraz highway, and agreed to "
    "raise trade to $2 billion by 2030.",
    '"We will build the road together," Lee said.',
]


@pytest.mark.parametrize("width", [50, 64, 72, 80])
@pytest.mark.parametrize("hyphens", [False, True])
def test_a_hard_wrapped_text_is_joined_back_into_its_paragraphs(width: int, hyphens: bool) -> None:
    """Greedy wrapping at any usual column, with or without breaks after hyphens."""
    wrapped = "\n\n".join(
        textwrap.fill(p, width, break_long_words=False, break_on_hyphens=hyphens)
        for p in _PARAGRAPHS
    )
    assert "\n" in wrapped.split("\n\n")[0]
    assert unwrap(wrapped) == "\n\n".join(_PARAGRAPHS)


def test_a_wrapped_brief_parses_as_the_unwrapped_one() -> None:
    text = "\n\n".join(_PARAGRAPHS)
    wrapped = "\n\n".join(textwrap.fill(p, 60) for p in _PARAGRAPHS)
    plain = parse_brief(text, brief_id="x").model_dump(exclude={"id"})
    assert parse_brief(wrapped, brief_id="x").model_dump(exclude={"id"}) == plain


@pytest.mark.parametrize(
    "text",
    [
        # A title, a byline and a timestamp over unwrapped paragraphs.
        "Ministers meet in Osh to discuss the new highway and trade\nBy Ann Writer\n"
        "2 April 2025 15:20\n\n" + "\n\n".join(_PARAGRAPHS),
        # A page's title, timestamp and photo credit over paragraphs each on one long line.
        "Osh and Taraz become sister cities at last\n02.04.2025 15:40 Views: 1 204 Comments: 3\n"
        "Photo: press service of the city hall\n\n" + "\n\n".join(p * 3 for p in _PARAGRAPHS),
        # A list of items, one a line, of about the same length.
        "The documents signed:\n- an agreement on the Osh-Taraz highway and its financing;\n"
        "- a memorandum on cooperation in energy and in water management;\n"
        "- a programme of cultural exchanges between the two capitals.",
        # Questions and answers on lines of their own.
        "Q: Will the ministers meet again this year in Osh or in Taraz?\n"
        "A: They will meet again in Taraz in the autumn, as both have said.\n"
        "Q: What will they discuss when they meet there in the autumn?\n"
        "A: Trade and energy, and the highway they agreed to build.",
    ],
)
def test_lines_that_are_no_wraps_keep_their_breaks(text: str) -> None:
    assert unwrap(text) == text


def test_a_header_date_on_the_first_line_counts_toward_its_width() -> None:
    """The seed's layout: `date` on the first line of the body, the body wrapped with it."""
    first = "date 2025-04-02 OSH – Foreign Minister Ann Lee of Freedonia met Deputy"
    rest = textwrap.fill(" ".join(_PARAGRAPHS[0].split()[len(first.split()) - 2 :]), 72)
    body = first.removeprefix("date 2025-04-02 ") + "\n" + rest
    assert unwrap(body, first_column=16) == _PARAGRAPHS[0]


def test_paragraphs_one_a_line_are_separated_by_blank_lines_and_lists_kept_whole() -> None:
    text = "Title of the talks\nOSH – They met.\nThey discussed:\n- trade;\n- energy.\nThey left."
    assert paragraph_lines(text) == (
        "Title of the talks\n\nOSH – They met.\n\n"
        "They discussed:\n- trade;\n- energy.\n\nThey left."
    )


@pytest.mark.parametrize(
    "text",
    ["One paragraph.\n\nAnother one.\nIts second line.", "Title\nOne paragraph.", "One line."],
)
def test_a_text_with_blank_lines_or_two_lines_keeps_its_layout(text: str) -> None:
    assert paragraph_lines(text) == text


def test_a_brief_pasted_one_line_a_paragraph_parses_as_with_blank_lines() -> None:
    """A web page's lines above the title and its date line, then the text, no blank lines."""
    lines = [
        "Embassy of Freedonia",
        "Home / News",
        "Ambassador Ann Lee visits Osh",
        "Published: 2 April 2025",
        "On April 1, Ambassador Ann Lee met Governor Bo Tan in Osh.",
        "They discussed trade and energy.",
    ]
    pasted = parse_brief("\n".join(lines), brief_id="x")
    usual = parse_brief("\n\n".join(lines), brief_id="x")
    assert pasted.date == usual.date == dt.date(2025, 4, 2)
    assert pasted.model_dump(exclude={"id"}) == usual.model_dump(exclude={"id"})


DEV = Path(__file__).resolve().parents[2] / "shared" / "briefs-dev"


def _wrapped(text: str) -> str:
    return "\n\n".join(
        textwrap.fill(p, 68, break_on_hyphens=True) if "\n" not in p and len(p) > 68 else p
        for p in text.split("\n\n")
    )


def _one_line_a_paragraph(text: str) -> str:
    return re.sub(r"\n\n+", "\n", text)


def _wrapped_without_blank_lines(text: str) -> str:
    """As a copy from a PDF or a terminal comes."""
    return _one_line_a_paragraph(_wrapped(text))


@pytest.mark.skipif(not DEV.is_dir(), reason=f"the development briefs are not at {DEV}")
@pytest.mark.parametrize("layout", [_wrapped, _one_line_a_paragraph, _wrapped_without_blank_lines])
def test_every_development_brief_parses_the_same_in_another_plain_text_layout(
    layout: Callable[[str], str],
) -> None:
    """Hard-wrapped at 68 columns, pasted one line a paragraph, or both: the same data."""
    for path in sorted(DEV.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        usual = parse_brief(text, brief_id="x").model_dump(exclude={"body"})
        other = parse_brief(layout(text), brief_id="x").model_dump(exclude={"body"})
        assert other == usual, path.name
