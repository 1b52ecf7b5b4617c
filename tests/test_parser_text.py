"""bot.parser.text.strip_attribution: the closing attribution goes, the sentence stays."""

from __future__ import annotations

import pytest

from bot.parser.text import clean, lower_same, sentences, strip_attribution


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
        # The last reporting verb decides; a clause after it keeps the sentence whole.
        (
            "The minister said trade grew, the press service reported.",
            "The minister said trade grew",
        ),
        (
            "Trade grew, he said, and the talks went on.",
            "Trade grew, he said, and the talks went on.",
        ),
        # Only a whole reporting verb counts; the last one decides where the cut is.
        ("Trade grew, the ministry reportedly.", "Trade grew, the ministry reportedly."),
        ("Trade grew, the ministry said2.", "Trade grew, the ministry said2."),
        ("Trade grew, the ministry said", "Trade grew"),
        ("Trade grew, the ministry said, reportedly.", "Trade grew, the ministry said"),
    ],
)
def test_strip_attribution_cuts_at_the_comma_before_the_reporting_verb(
    text: str, expected: str
) -> None:
    assert strip_attribution(text) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Prime Minister Ts. Batbold met Sh. Karimov. They signed it.",
            ["Prime Minister Ts. Batbold met Sh. Karimov.", "They signed it."],
        ),
        # A word of two vowels or capitals ends a sentence as any other.
        ("He met Xi. They signed it.", ["He met Xi.", "They signed it."]),
        ("It was shown on TV. They signed it.", ["It was shown on TV.", "They signed it."]),
    ],
)
def test_an_initial_of_two_consonants_does_not_end_a_sentence(
    body: str, expected: list[str]
) -> None:
    """ "Ts. Batbold": a two-consonant initial, capitalised then lower-case, is no sentence
    end; "Xi." and "TV." still are."""
    assert [s.text for s in sentences(body)] == expected


def test_a_letter_whose_lower_case_is_longer_ends_no_sentence_split_in_error() -> None:
    """'İ'.lower() is two characters: the boundary test must not index past the word."""
    assert [s.text for s in sentences("He met İ!) Then he left.")] == [
        "He met İ!)",
        "Then he left.",
    ]


def test_lower_same_lowers_the_turkish_dotted_capital_i_to_a_plain_i() -> None:
    """ "DEİK" must not keep a whole sentence in capitals (its words and dates unread)."""
    assert lower_same("The DEİK council met on Nov. 25.") == "the deik council met on nov. 25."
    assert sentences("The DEİK council met on Nov. 25.")[0].words >= {"deik", "nov", "met"}


def test_a_style_of_address_with_a_period_ends_no_sentence() -> None:
    """ "Eng." (an engineer's style, as Gulf ministries write it) and "Dr." open a name."""
    assert [s.text for s in sentences("He was received by Eng. Omar Haddad. They met.")] == [
        "He was received by Eng. Omar Haddad.",
        "They met.",
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Senator the Hon. Mara Quill met the envoy. They spoke.",
            ["Senator the Hon. Mara Quill met the envoy.", "They spoke."],
        ),
        (
            "The host was Hon. Teo Varga of Harbour. Talks followed.",
            ["The host was Hon. Teo Varga of Harbour.", "Talks followed."],
        ),
    ],
)
def test_the_honourable_abbreviated_ends_no_sentence(body: str, expected: list[str]) -> None:
    """ "Hon." (the Honourable) opens a name, so the sentence goes on after it."""
    assert [s.text for s in sentences(body)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Port&nbsp;of Harbour", "Port of Harbour"),
        ("the envoy&#8217;s visit", "the envoy\u2019s visit"),
        ("the envoy&#x2019;s visit", "the envoy\u2019s visit"),
        ("&lt;Harbour&gt; &quot;Deal&quot;", '<Harbour> "Deal"'),
        ("R&D; AT&T;", "R&D; AT&T;"),
        ("Sales&notices; cut", "Sales&notices; cut"),
    ],
)
def test_clean_undoes_the_html_entities_a_web_page_pasted(text: str, expected: str) -> None:
    """Any complete entity, named or numbered, reads as its character; an "&" that opens no
    known entity stays as written."""
    assert clean(text) == expected


def test_clean_undoes_an_ampersand_pasted_as_its_html_entity() -> None:
    """A web page's "&amp;" pasted into a brief reads as "&"."""
    assert (
        clean("Ministry of Trade &amp; Industry\r\nText.") == "Ministry of Trade & Industry\nText."
    )
