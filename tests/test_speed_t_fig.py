"""The figures' fast paths (t_fig) give what the plain forms they stand for give."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from bot.parser import dates, figures
from bot.parser.text import Sentence, a_to_z_words, lower_same
from tests.strategies import glued

# The words of the patterns the gates below stand before, with digits of two scripts, letters
# that match others ignoring case ("ı", "K": the Kelvin sign), brackets and marks.
_GATE_PIECES = [
    "st", "nd", "rd", "th", "1", "19", "20", "2030", "٣", "in", "out", "of", "every", "one",
    "two", "three", "five", "ten", "it", "IT", "ıt", "they", "THEY", "and", "although", "but",
    "yet", "which", "a", "the", "first", "last", "past", "months", "cargo", "growth",
    "decline", "value", "period", "length", "share", "capacity", "price", "earlier", "grew",
    "rose", "totaled", "totalled", "was", "were", "is", "has", "had", "(", ")", ",", "%", ".",
    "K", "ſ", "x",
]  # fmt: skip
_GATE_GLUE = [" ", "", "  ", "\n", "-", "\t", "\u00a0", ", "]


def _ends_with_pronoun_letter(text: str, pos: int) -> bool:
    return text[-1:] in figures._PRONOUN_LAST if text else False


# Each pattern, how it is tried at `pos`, and the gate that must hold wherever it matches.
_GATES = {
    "ordinal": (
        lambda t, p: figures._ORDINAL_AFTER.match(t, p),
        lambda t, p: t.startswith(figures._ORDINAL_ENDS, p),
    ),
    "digit group": (
        lambda t, p: figures._DIGIT_GROUP_AFTER.match(t, p),
        lambda t, p: t[p + 1 : p + 2].isdecimal(),
    ),
    "measure prefix": (
        lambda t, p: figures._MEASURE_PREFIX.match(t, p),
        lambda t, p: t.startswith(figures._MEASURE_PREFIXES, p),
    ),
    "conjunct pronoun": (
        lambda t, p: figures._CONJUNCT_PRONOUN.fullmatch(t, p),
        _ends_with_pronoun_letter,
    ),
    "of thing then period": (
        lambda t, p: figures._OF_THING_THEN_PERIOD.match(t, p),
        lambda t, p: t.find("last", p) >= 0 or t.find("past", p) >= 0 or t.find("first", p) >= 0,
    ),
    "year digits": (
        lambda t, p: figures._YEAR_DIGITS.search(t, p),
        lambda t, p: "19" in t[p:] or "20" in t[p:],
    ),
    "of which before": (
        lambda t, p: figures._OF_WHICH_BEFORE.search(t, max(0, p - 40), p),
        lambda t, p: t.find("which", max(0, p - 40), p) >= 0,
    ),
    "parenthesis": (
        lambda t, p: figures._PARENTHESIS.match(t, p),
        lambda t, p: t.find("(", p) >= 0,
    ),
    "verb after aside": (
        lambda t, p: figures._VERB_AFTER_ASIDE.match(t, p),
        lambda t, p: t.startswith(figures._ASIDE_VERBS, p),
    ),
    "one in": (
        lambda t, p: figures._ONE_IN.match(t, p),
        lambda t, p: p < len(t) and (t[p] in "ot" or t[p].isdecimal()),
    ),
}


@settings(max_examples=200, deadline=None)
@given(glued(_GATE_PIECES, _GATE_GLUE, 14))
@example("rose 2nd (x) it")
@example("growth of cargo\nin the first half, although THEY")
@example(" of cargo in the first  months, yet\tthey")
@example("the 3rd (one in ten) had\n٣ 20 19")
@example("the value of cargo\nin the past month, of which three were ıt")
@example("one in\tfive and 19 out of 20 were ٣ ٣")
def test_each_gate_holds_wherever_its_pattern_matches(text: str) -> None:
    """At every position of a text of the patterns' own words, glued by blanks, hyphens, line
    breaks or nothing: where a pattern matches, its gate lets it be tried."""
    for name, (pattern, gate) in _GATES.items():
        for pos in range(len(text) + 1):
            if pattern(text, pos):
                assert gate(text, pos), (name, text, pos)


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("ordinal", "st of May"),
        ("digit group", " 5"),
        ("measure prefix", "growth of trade"),
        ("conjunct pronoun", "although it"),
        ("conjunct pronoun", "ıt"),
        ("of thing then period", " of grain in the first half"),
        ("year digits", "in 2030"),
        ("parenthesis", " (about $5 million)"),
        ("verb after aside", "totalled 5"),
        ("one in", "one in five"),
    ],
)
def test_each_gated_pattern_still_matches_its_example(name: str, text: str) -> None:
    """The examples the gates are proved on do match: the property above is not empty."""
    pattern, gate = _GATES[name]
    assert pattern(text, 0)
    assert gate(text, 0)


def test_the_of_which_gate_reads_the_forty_characters_before() -> None:
    text = "a total of 12 million tonnes, of which nearly 5 million"
    pos = text.index("5 million")
    assert figures._OF_WHICH_BEFORE.search(text, max(0, pos - 40), pos)
    assert _GATES["of which before"][1](text, pos)


def test_only_the_gates_letters_match_theirs_ignoring_case() -> None:
    """No character outside the gates' sets matches "t", "y", "%", "p" or "-" ignoring case
    (as "ı" matches "i"): the gates on a pronoun's last letter and on a percent's first
    character are whole."""
    last = re.compile("[ty]", re.I)
    first = re.compile("[%p-]", re.I)
    for code in range(0x110000):
        char = chr(code)
        if last.fullmatch(char):
            assert char in figures._PRONOUN_LAST, hex(code)
        if first.fullmatch(char):
            assert char in figures._PERCENT_FIRST, hex(code)


# The words of the count's tests in `_read_number` and of the measure's tidying, with letters
# and marks around them.
_WORD_GATE_PIECES = [
    "two", "industry", "sources", "Sources", "familiar", "people", "persons", "officials",
    "who", "declined", "three", "consecutive", "straight", "years", "months", "Views", "views",
    "Comments", "comments", "likes", "Shares", "👁", ":", "(", "5", "12", "%", "percent",
    "per", "cent", "pct", "percentage", "point", "points", "pc", "PC", "-", "it", "them",
    "growth", "of", "decline", "in", "share", "since", "signed", "and", "agreed", "Alba’s",
    "Velmora's", "worth", "were", "was", "İ", "é", "x",
]  # fmt: skip


def _a_to_z(text: str) -> frozenset[str]:
    """A sentence's words as the parser keeps them (`Sentence.words`)."""
    return frozenset(a_to_z_words(lower_same(text)))


_WORD_GATES = {
    "sources": (
        lambda t, p: figures._SOURCES_AFTER.match(t, p),
        lambda t, p: not _a_to_z(t).isdisjoint(figures._SOURCE_WORDS),
    ),
    "run of periods": (
        lambda t, p: figures._RUN_OF_PERIODS.match(t, p),
        lambda t, p: not _a_to_z(t).isdisjoint(figures._RUN_WORDS),
    ),
    "counter": (
        lambda t, p: figures._COUNTER_BEFORE.search(t, max(0, p - 16), p),
        lambda t, p: figures._has_any(t[max(0, p - 16) : p], figures._COUNTER_PARTS),
    ),
    "percent": (
        lambda t, p: figures._PERCENT.match(t, p),
        figures._may_be_percent,
    ),
    "tidy owner": (
        lambda t, p: figures._TIDY_OWNER.match(t, p),
        lambda t, p: "ed" in t[p:],
    ),
    "tidy and": (
        lambda t, p: figures._TIDY_AND.search(t, p),
        lambda t, p: "ed" in t[p:],
    ),
    "pronoun measure": (
        lambda t, p: figures._PRONOUN_MEASURE.match(t, p),
        lambda t, p: t.startswith(figures._PRONOUN_MEASURE_LEADS, p),
    ),
    "worth skip": (
        lambda t, p: figures._WORTH_SKIP.match(t, p),
        lambda t, p: t.find("worth", p) >= 0,
    ),
    "iso hint": (
        lambda t, p: dates.ISO_HINT.search(t[p:]),
        lambda t, p: "-" in t[p:] or t[p:].count(".") > 1,
    ),
}


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from([*_WORD_GATE_PIECES, *_GATE_PIECES]), st.sampled_from(_GATE_GLUE)
        ),
        max_size=14,
    ).map(lambda parts: "".join(piece + glue for piece, glue in parts))
)
@example("two industry sources said three consecutive years")
@example("two people familiar with it; Views: 12")
@example("growth of it since 2020-21 and 5 percent, 7 PC")
@example("Alba’s officials signed Velmora's deal. 52 deals worth 5 were signed 1.2.2030")
def test_each_word_gate_holds_wherever_its_pattern_matches(text: str) -> None:
    """At every position of a text of the patterns' own words, glued by blanks, hyphens, line
    breaks or nothing: where a pattern matches, the sentence has its word or its gate holds."""
    for name, (pattern, gate) in _WORD_GATES.items():
        for pos in range(len(text) + 1):
            if pattern(text, pos):
                assert gate(text, pos), (name, text, pos)


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("sources", " industry sources"),
        ("run of periods", " consecutive years"),
        ("counter", "Views: "),
        ("percent", " percent"),
        ("percent", "%"),
        ("tidy owner", "signed Velmora's deal "),
        ("tidy and", "and signed"),
        ("pronoun measure", "growth of it"),
        ("worth skip", " worth 5 million were signed"),
        ("iso hint", "2026-11-29"),
    ],
)
def test_each_word_gated_pattern_matches_its_example(name: str, text: str) -> None:
    pattern, gate = _WORD_GATES[name]
    pos = len(text) if name == "counter" else 0
    assert pattern(text, pos)
    assert gate(text, pos)


def test_a_count_before_sources_or_a_run_of_years_is_still_no_figure() -> None:
    """The gated tests still drop "two sources familiar with" and "three straight years"."""
    for text in (
        "Two sources familiar with the talks in Velmora said so.",
        "Exports to Alba rose for three straight years.",
    ):
        sentence = Sentence(text, 0, len(text), 0, text.lower(), frozenset())
        assert figures.find_figures(sentence, []) == [], text
