"""Speed pass y_fig (figures, ranks): each fast path gives what the plain form it stands for
gives, on texts built from the pattern's own words glued by blanks, hyphens, line breaks or
nothing, and on the letters `re.I` reads otherwise than `str.lower`."""

from __future__ import annotations

import itertools
import re

from hypothesis import example, given, settings

from bot.parser import figures
from tests.strategies import glued

GLUE = [" ", "", "  ", "-", "\n", "\n\n", ". ", "’s ", "\t", "\u00a0"]
_CLOSING_GLUE = [" ", "", "\n", "  ", "-", "\t", ".", "_"]


def test_odd_case_letters_are_those_re_i_matches_with_an_ascii_letter() -> None:
    """The characters outside ASCII that re.I reads as an ASCII letter, or whose lower case
    holds one, are those of `_ODD_CASE`."""
    every = "".join(map(chr, range(0x80, 0x110000)))
    odd = {m.group() for m in re.finditer("[a-z]", every, re.I)}
    for c in every:
        low = c.lower()
        if low.isascii() or (len(low) > 1 and any(x.isascii() for x in low)):
            odd.add(c)
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


_LABEL_ODD_PIECES = [
    "page", "Pages", "PP.", "p.", "No.", "no", "number", "Line", "unit", "phase", "type", "id:",
    "tel.", "telephone", "12", "3,000", "5th", "ſection", "İssue", "ıd", "’", "é", "“golden",
    "the", ",", "x", "Velmora", "homepage", "Σ", "ΟΔΟΣ", "\u212aline", "ÉTAGE", "٣", "²",
]  # fmt: skip


def _plain_labelled(text: str, labels: frozenset[str]) -> list[tuple[int, int]]:
    """The plain form: `_LABEL_NUMBER` searched ignoring case from the first label on."""
    lowered = text.lower()
    start = figures._label_start(text, lowered, labels)
    return [m.span() for m in figures._LABEL_NUMBER.finditer(text, start)]


@settings(max_examples=200, deadline=None)
@given(glued(_LABEL_ODD_PIECES, GLUE, 10))
@example("a new page of the “golden 30 years”")
@example("Velmora’s page 5, line 7 and No. 3")
@example("’ page 3 typeno12 and unitno.7")  # a label glued to "no": no word of its own
@example("’ ſection 5 and page 6")  # "ſ" is an "s" to re.I: the plain search
@example("ΟΔΟΣ page 5 ’ ÉTAGE line 6é")
def test_labelled_numbers_of_a_text_outside_ascii_are_the_plain_search(text: str) -> None:
    """A text outside ASCII whose letters re.I reads as str.lower makes them has its labelled
    numbers read in its lower case, case-sensitively: the spans of the plain search."""
    labels = frozenset(re.findall("[a-z]+", text.lower())) & figures._LABEL_WORDS
    if labels:
        assert [m.span() for m in figures._labelled(text, labels)] == _plain_labelled(text, labels)


def test_lowering_keeps_what_the_label_pattern_reads() -> None:
    """`_LABEL_NUMBER_LOWER` reads a lower case as `_LABEL_NUMBER` reads its text: the
    pattern has no capital letter (no `\\W`, `\\S`, `\\D`, `\\B` either), and lowering a
    character outside ASCII keeps whether `\\w`, `\\d` and `\\s` match it ("İ", which lowers to
    two characters, is read by the plain search)."""
    assert figures._LABEL_NUMBER.pattern == figures._LABEL_NUMBER.pattern.lower()
    assert figures._LABEL_NUMBER_LOWER.flags & re.I == 0
    every = "".join(map(chr, range(0x80, 0x110000)))
    lowered = [c.lower() for c in every]
    assert [c for c, low in zip(every, lowered, strict=True) if len(low) != 1] == ["İ"]
    low = "".join(low if len(low) == 1 else c for c, low in zip(every, lowered, strict=True))
    for cls in (r"\w", r"\d", r"\s"):
        pattern = re.compile(cls)
        read = [m.start() for m in pattern.finditer(every)]
        assert [m.start() for m in pattern.finditer(low)] == read, cls


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


_STATE_PIECES = [
    "rose", "grew", "increased", "climbed", "jumped", "fell", "dropped", "declined", "by", "5",
    "6.5%", "percent", "per cent", "per", "cent", "times", "y/y", "year-on-year", "year on year",
    "to", "reached", "reach", "reaching", "amounted", "amount", "totaled", "totalled", "stood",
    "at", "exceeded", "surpassed", "crossed", "hit", "was", "slowed", "eased", "accelerated",
    "total", "totals", "a", "the", "in", "xa", "touched", "were", "is", "are", "of", "some",
    "about", "around", "nearly", "almost", "over", "more than", "more", "than", "trade", "é",
]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(glued(_STATE_PIECES, _CLOSING_GLUE, 10))
@example("exports rose by 5 percent year on year to ")
@example("imports in total ")
@example("the total ")
@example("a total\n")
@example("trade amounted to more than ")
@example("xa total ")
def test_reversed_state_verb_matches_where_the_pattern_closes_the_window(window: str) -> None:
    """_STATE_VERB_BEFORE matches a window where its reverse matches the reversed window at
    its start."""
    plain = figures._STATE_VERB_BEFORE.search(window)
    assert (plain is None) == (figures._STATE_VERB_BACKWARDS.match(window[::-1]) is None)


def test_reversed_state_verb_agrees_on_every_two_pieces() -> None:
    """Every two of the pieces, closed by a blank or not: the reversed pattern matches where
    the pattern does, with no word of its misspelt."""
    for first, second, end in itertools.product(
        _STATE_PIECES, _STATE_PIECES, ["", " ", " to ", ".x ", "\n"]
    ):
        window = f"{first} {second}{end}"
        plain = figures._STATE_VERB_BEFORE.search(window)
        assert (plain is None) == (figures._STATE_VERB_BACKWARDS.match(window[::-1]) is None), (
            window
        )


def _without(pattern: re.Pattern[str], lookahead: str) -> re.Pattern[str]:
    """The plain form of `pattern`: without its `lookahead`, which it holds once."""
    assert pattern.pattern.count(lookahead) == 1
    return re.compile(pattern.pattern.replace(lookahead, "", 1), pattern.flags)


_CORE_PIECES = [
    "3", "20", "1,500", "2.5", "12 000", "1,5", "nine", "twenty-five", "two hundred and ten",
    "a dozen", "and a half", "-", "–", "$", "us$", "thousand", "million", "mln", "bn", "b", "m",
    "k", "tn", "trln", "crore", "crores", "lakh crore", "lakhs", "mil", "bil", "agreements",
    "tonnes", "kg", "km", "%", "percent", "x", "é", "\u212a",
]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(glued(_CORE_PIECES, [" ", "", "-", "\n", "  ", "\u00a0"], 8))
@example("20 agreements and 3 million tonnes")
@example("5bn, 7 lakh crore, 2 m and 1.2-1.5 thousand")
@example("nine kilometres, 4 k")
def test_core_with_its_magnitude_led_by_its_first_letters_is_the_plain_core(text: str) -> None:
    """`_CORE_AT` with a lookahead for the first letters of the magnitudes: at every position,
    the match (its span and groups) of the pattern without it."""
    plain = _without(figures._CORE_AT, "(?=[tmbclk])")
    for pos in range(len(text) + 1):
        fast, slow = figures._CORE_AT.match(text, pos), plain.match(text, pos)
        assert (fast and (fast.span(), fast.groupdict())) == (
            slow and (slow.span(), slow.groupdict())
        )


_PERIOD_PIECES = [
    "in", "In", "İn", "ın", "over", "within", "during", "the", "The", "next", "five", "years",
    "first", "last", "past", "ſince", "since", "so", "far", "months", "month", "half", "quarter",
    "of", "2025", "2025-26", "this", "year", "previous", "fiscal", "financial", "calendar",
    "January", "March-April", "year-on-year", "year on year", "y/y", "decades", "two",
    "\u212a", "ΟΔΟΣ", "é", "trade", ",",
]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(glued(_PERIOD_PIECES, [" ", "", "-", "\n", "  ", "\t", "\u00a0"], 8))
@example(" in the first half of 2025")
@example(" year-on-year in March-April 2026")
@example(" ſince 2020 and ıN 2021")  # letters re.I reads as an ASCII "s" and "i"
def test_period_led_by_its_first_letters_is_the_plain_period(text: str) -> None:
    """`_TIME_AFTER` (and its ASCII twin) with a lookahead for the first letters of the
    periods: at every position, the match and the search of the pattern without it."""
    plain = _without(figures._TIME_AFTER, "(?=[dfilopstwy])")
    fast_patterns = [figures._TIME_AFTER] + [figures._TIME_AFTER_ASCII] * text.isascii()
    for fast_pattern in fast_patterns:
        for pos in range(len(text) + 1):
            fast, slow = fast_pattern.match(text, pos), plain.match(text, pos)
            assert (fast and (fast.span(), fast["when"])) == (slow and (slow.span(), slow["when"]))
        fast_all = [(m.span(), m["when"]) for m in fast_pattern.finditer(text)]
        assert fast_all == [(m.span(), m["when"]) for m in plain.finditer(text)]


def test_lookahead_letters_ignoring_case_match_what_their_letters_match() -> None:
    """Ignoring case, the lookahead's class matches a character where one of its letters
    does, for every character ("ſ", "ı", "İ" and the Kelvin sign among them)."""
    letters = "dfilopstwy"
    every = "".join(map(chr, range(0x110000)))
    lookahead = re.compile(f"[{letters}]", re.I)
    literals = re.compile("|".join(letters), re.I)
    assert [m.start() for m in lookahead.finditer(every)] == [
        m.start() for m in literals.finditer(every)
    ]
