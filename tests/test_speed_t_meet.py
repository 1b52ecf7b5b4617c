"""t_meet's fast paths (meetings, quotes) give what the plain forms they stand for give."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from bot.parser.chrome import _START_CHARS, _STARTS, _STARTS_BY_FIRST, strip_chrome
from bot.parser.meetings import (
    _KIND_BITS,
    _KINDS,
    _SAID_AFTER,
    _SAID_CUT,
    _SAID_CUT_RUNS,
    _TOPIC_CUT,
    _TOPIC_CUT_RUNS,
    _UNWORDED_KINDS,
    _kind,
    _lower,
    _place,
)
from bot.parser.quotes import (
    _AFTER_PRONOUN,
    _LAST_BREAK,
    _TITLE_GAP,
    _TOLD_BY,
    _last_break_end,
    _pronoun_after,
    _told_by,
)
from bot.parser.text import a_to_z_words, clean, lower_same, sentences
from tests.strategies import glued

GLUE = [" ", " ", "", "-", "\n", ", ", "  ", "\n\n", "."]


def words_of_text(text: str) -> frozenset[str]:
    """The runs of a-z of the text's lower case, as a sentence's words are read."""
    return frozenset(a_to_z_words(lower_same(text)))


# --- quotes._TITLE_GAP -----------------------------------------------------------------------

# The gap as first written, each word's letters tried every way "[a-z]+-?[a-z]*" splits them.
_TITLE_GAP_PLAIN = re.compile(
    r"(?:(?:the|[A-Z][\w’'./-]*|[a-z]+-?[a-z]*|\d{1,3}-year-old)\s+){0,6}"
)
_GAP_PIECES = [
    "the", "then", "The", "Minister", "Vice-President", "High", "minister-designate", "co-",
    "ab", "abc", "-", "47-year-old", "1234-year-old", "5", "U.S.", "Rep./Sen.", "Varga’s",
    "’", ",", ";", "é",
]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(glued(_GAP_PIECES, GLUE, 8, min_size=1))
@example("then ")
@example("minister- ")
@example("the foreign ministry said in a statement that, ")
def test_the_title_gap_taken_word_by_word_fits_where_the_plain_gap_fits(text: str) -> None:
    """A gap of words each taken whole fits the same texts as the gap first written."""
    assert bool(_TITLE_GAP.fullmatch(text)) == bool(_TITLE_GAP_PLAIN.fullmatch(text))


def test_a_gap_of_six_long_lower_case_words_is_refused_at_once() -> None:
    """The gap that tried each long word every way it splits is refused (in the plain form
    it took tens of milliseconds), and a gap of six such words still fits."""
    words = "consultative deliberations"
    assert _TITLE_GAP.fullmatch(f"{words} {words} {words} then,") is None
    assert _TITLE_GAP.fullmatch(f"{words} {words} {words} ") is not None


# --- quotes._last_break_end: the last sentence break, found from the marks ------------------

_BREAK_PIECES = [
    "X said", "later", ".", "!", "?", "”", "’", '"', "“", "Mexico", "\n", " ", "\u00a0", "\t",
    "\u2009", "\r", "\x1c", "..", "?!", "a.b", "’s", ".”", "3.5",
]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_BREAK_PIECES), max_size=14).map("".join))
@example("Talks ended.\nVarga said.” Later")
@example("in Velmora!’\tX said")
@example("a.b 3.5")
def test_the_last_break_found_from_the_marks_ends_where_the_pattern_does(text: str) -> None:
    """The end of the last break found from the last marks is where `_LAST_BREAK`, walking
    back from the end, ends (0 where it finds none)."""
    last = _LAST_BREAK.match(text)
    assert _last_break_end(text) == (last.end() if last is not None else 0)


# --- quotes: the pronoun after a quotation, and "was told by", tried only where they can be -

_PRONOUN_PIECES = [
    " ", "\t", ",", ".", "—", "–", "-", "he", "He", "HE", "she", "ſhe", "They", "they", "the",
    "said", "Said", "told", "added", "Varga", "x", "\n", "\u00a0", "’",
]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PRONOUN_PIECES), max_size=10).map("".join))
@example(", he said")
@example(" .—\tShe added")
@example("ſhe said")
def test_the_pronoun_after_a_quotation_is_looked_for_where_it_can_open(text: str) -> None:
    """Not trying the match where the first character past the marks opens no pronoun
    gives what the match gives."""
    plain = _AFTER_PRONOUN.match(text)
    fast = _pronoun_after(text)
    fast_found = (fast.span(), fast.group(1)) if fast else None
    assert fast_found == ((plain.span(), plain.group(1)) if plain else None)


_TOLD_PIECES = [
    " ", "\t", ",", ".", "was", "were", "told", "Told", "by", "Varga", "reporters", "x-y",
    "O’Neil", "\n", "\u00a0", "the", "2",
]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_TOLD_PIECES), max_size=12).map("".join), st.integers(0, 3))
@example(", reporters were told by ", 0)
@example(" the press was\ntold by ", 0)
def test_was_told_by_is_looked_for_only_where_its_line_holds_told(text: str, at: int) -> None:
    """Not trying the match where the line from `at` holds no "told" gives what the match
    gives."""
    plain = _TOLD_BY.match(text, at)
    fast = _told_by(text, at)
    assert (fast.span() if fast else None) == (plain.span() if plain else None)


# --- meetings._kind: the kinds to try, read from the sentence's words at once ---------------


def _kind_plain(low: str, words: frozenset[str]) -> str | None:
    """`_kind` given words as first written: each kind's words tested one kind at a time."""
    for kind, needs, whole, pattern in _KINDS:
        if whole:
            if not words.isdisjoint(whole) and pattern.search(low):
                return kind
            continue
        for word in needs:
            if word in low:
                if pattern.search(low):
                    return kind
                break
    return None


def test_each_kinds_word_lets_that_kind_be_tried() -> None:
    """A word of a kind's words has that kind's bit; a kind without words is always tried."""
    for at, (_, _, whole, _) in enumerate(_KINDS):
        for word in whole:
            assert _KIND_BITS[word] >> at & 1
        assert bool(_UNWORDED_KINDS >> at & 1) == (not whole)
    assert all(
        word in whole for word, bits in _KIND_BITS.items() for at, (_, _, whole, _) in
        enumerate(_KINDS) if bits >> at & 1
    )  # fmt: skip


_KIND_PIECES = sorted(
    {word for _, _, _, pattern in _KINDS for word in re.findall(r"[a-z]{2,}", pattern.pattern)}
    | {"co", "the", "a", "of", "and", "with", "by", "x", "é", "’"}
)


@settings(max_examples=200, deadline=None)
@given(glued(_KIND_PIECES, GLUE, 10, min_size=1))
@example("a and b discussed trade, then signed the accord")
@example("the president received the credentials of the envoy")
def test_the_kind_read_from_the_words_at_once_is_the_kind_read_kind_by_kind(text: str) -> None:
    """The kinds named by the sentence's words, tried in order, give the kind the test of
    each kind's words gives."""
    low = lower_same(text)
    words = frozenset(a_to_z_words(low))
    assert _kind(low, words) == _kind_plain(low, words)


# --- meetings._place: the cuts' words looked up in the sentence's words ----------------------

_CUT_PIECES = [
    *sorted(set(re.findall(r"[a-z]{2,}", _TOPIC_CUT.pattern + _SAID_CUT.pattern))),
    *sorted(set(re.findall(r"[a-z]{2,}", _SAID_AFTER.pattern))),
    *["emphasised", "emphasized", "Discussed", "said", "after", "an", "one", "half", "3"],
    *["met", "held", "talks", "in", "at", "the", "Velmora", "Castelmar", "Ruritania", "x"],
]


@settings(max_examples=200, deadline=None)
@given(glued(_CUT_PIECES, GLUE, 12, min_size=1))
@example("x met y, discussing the port")
@example("discussed\ntrade")
@example("a said, after\nhe met b in Velmora")
def test_every_cut_of_a_place_holds_one_of_its_words_whole(text: str) -> None:
    """Each match of a cut holds one of the cut's words as a run of a-z, so a sentence
    without any of them has no cut."""
    low = lower_same(text)
    words = frozenset(a_to_z_words(low))
    if _TOPIC_CUT.search(low):
        assert not words.isdisjoint(_TOPIC_CUT_RUNS)
    if _SAID_CUT.search(low):
        assert not words.isdisjoint(_SAID_CUT_RUNS)
    if _SAID_AFTER.search(low):
        assert "said" in words
        assert "after" in words


@settings(max_examples=200, deadline=None)
@given(glued(_CUT_PIECES, GLUE, 12, min_size=1))
@example("Aldo Varga met Ines Roth in Castelmar, discussing the port in Velmora")
@example("They met in Velmora and discussed\nthe port in Castelmar")
@example("Ruritania will open a port in Velmora, the office said, after x met y in Castelmar")
@example("They talked about the port in Velmora")
def test_the_place_read_with_the_sentences_words_is_the_place_read_without(text: str) -> None:
    """Given the words of the sentence, `_place` finds the city it finds without them."""
    assert _place(text, None, words_of_text(text)) == _place(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Aldo Varga met Ines Roth in Castelmar, discussing the port in Velmora", "Castelmar"),
        ("The two talked about the harbour in Velmora in Castelmar on Monday", None),
        ("They met and discussed\nthe port in Velmora", None),
    ],
)
def test_a_place_after_a_cut_is_no_place_of_the_meeting(text: str, place: str | None) -> None:
    """A city told after a cut (the topics, what was said) is not where they met, with the
    sentence's words given or not."""
    assert _place(text) == place
    assert _place(text, None, words_of_text(text)) == place


def test_a_sentences_own_lower_case_is_the_lower_case_of_its_text() -> None:
    """`_lower` (which `_place` is given in place of lowering the text again) gives what
    `lower_same` gives, for a whole sentence and for a part of one."""
    root = Path(__file__).resolve().parents[1]
    for path in sorted(root.glob("seeds/*.txt")) + sorted(root.glob("tests/data/*/*.txt"))[:60]:
        for sentence in sentences(clean(path.read_text(encoding="utf-8"))):
            assert _lower(sentence.text, sentence) == lower_same(sentence.text)
            part = sentence.text[3:]
            assert _lower(part, sentence) == lower_same(part)


# --- chrome: a line's start tested against the starts of its first character ---------------

_START_PIECES = [
    *_STARTS, *(start.upper() for start in _STARTS), *(start.title() for start in _STARTS),
    "İ", "Σ", "The", " ", "x", ":", "-", "Photographer", "readily", "Εmail",
]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_START_PIECES), min_size=1, max_size=4).map("".join))
def test_a_lines_start_is_tested_against_the_starts_of_its_first_character(line: str) -> None:
    """The starts of the line's first character find a start where all the starts do."""
    start = line[:_START_CHARS].lower()
    assert start.startswith(_STARTS_BY_FIRST.get(start[:1], ())) == start.startswith(_STARTS)


def test_a_credit_and_a_read_also_link_are_stripped_and_the_story_kept() -> None:
    """Lines of furniture go; a story's lines, even one opening with a start's letters, stay."""
    body = (
        "Photo: Velmora Press Office\n"
        "Minister Aldo Varga met his Ruritanian counterpart.\n"
        "Read also: Ruritania opens a consulate in Castelmar\n"
        "Readiness talks will go on."
    )
    assert strip_chrome(body) == (
        "Minister Aldo Varga met his Ruritanian counterpart.\nReadiness talks will go on."
    )
