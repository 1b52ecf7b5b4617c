"""Speed pass y_fig (figures, ranks): each fast path gives what the plain form it stands for
gives, on texts built from the pattern's own words glued by blanks, hyphens, line breaks or
nothing, and on the letters `re.I` reads otherwise than `str.lower`."""

from __future__ import annotations

import re

from hypothesis import example, given, settings

from bot.parser import figures
from tests.strategies import glued

GLUE = [" ", "", "  ", "-", "\n", "\n\n", ". ", "’s ", "\t", "\u00a0"]
_CLOSING_GLUE = [" ", "", "\n", "  ", "-", "\t", ".", "_"]


def test_odd_case_letters_are_those_re_i_matches_with_an_ascii_letter() -> None:
    """No character but those of `_ODD_CASE` is an ASCII letter to re.I without lowering to
    one, and only "İ" lowers to more than one character."""
    odd = [
        c
        for c in map(chr, range(0x80, 0x110000))
        if re.fullmatch("[a-z]", c, re.I) or any(x.isascii() for x in c.lower())
    ]
    assert sorted(odd) == sorted(figures._ODD_CASE)


_OBJECT_PIECES = [
    "raise", "RAISING", "bring", "Brings", "increase", "boost", "lift", "expand", "grow", "take",
    "cut", "reduce", "shorten", "double", "tripling", "raiſe", "taKe", "ı", "İ", "the", "trade",
    "volume", "with", "Velmora", "Ruritania’s", "from", "to", "To", ",", "its", "capacity", "Σ",
    "ΟΔΟΣ", "ς",
]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(glued(_OBJECT_PIECES, GLUE, 12))
@example("Aldo will bring trade with Velmora to ")
@example("raiſe capacity and cut fees to ")  # "ſ" is an "s" to re.I: searched from the start
@example("İ will lift the trade from 3 to ")
@example("ΟΔΟΣ raiſe the trade to ")
def test_object_searched_from_the_first_verb_stem_is_the_plain_search(text: str) -> None:
    """_OBJECT_TO searched from the first of its verbs' stems in the lower case finds what a
    search of the whole text finds, when the stems are there at all (the gate before it: in
    "raiſe" re.I reads a stem that the lower case lacks, and neither form searches)."""
    at = figures._first_of(text, figures._OBJECT_VERB_STEMS)
    assert (at >= 0) == figures._has_any(text.lower(), figures._OBJECT_VERB_STEMS)
    if at >= 0:
        fast, plain = figures._OBJECT_TO.search(text, at), figures._OBJECT_TO.search(text)
        assert (fast and fast.span()) == (plain and plain.span())


_LEADING_ODD_PIECES = [
    "the", "The", "its", "ıts", "İts", "ſome", "\u212aazakh", "the’s", "Velmora’s", "“the",
    "Ruritania’s", "over", "past", "twenty-five", "Twenty", "2,000", "٣", "in", "İn", "trade",
    "years", "é", "a", "an", "ΟΔΟΣ", "Σ",
]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(glued(_LEADING_ODD_PIECES, [" ", "", "\n", "-", "’s "], 6))
@example("Velmora’s trade")
@example("ıts trade")
@example("the’s trade")
def test_leading_match_of_a_first_word_outside_ascii_is_the_match_of_leading(phrase: str) -> None:
    """A first word outside ASCII is matched only when it holds a letter re.I reads otherwise
    than str.lower: what `_LEADING.match` finds."""
    match, plain = figures._leading_match(phrase), figures._LEADING.match(phrase)
    assert (match and match.span()) == (plain and plain.span())
