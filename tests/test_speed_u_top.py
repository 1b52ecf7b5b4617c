"""u_top's fast paths (topics) give what the plain forms they stand for give."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from bot.parser import topics
from bot.parser.text import a_to_z_words, lower_same
from tests.strategies import glued

GLUE = [" ", " ", "", "-", "\n", ", ", "  ", ".", "\t"]


def words_of_text(low: str) -> frozenset[str]:
    """The runs of a-z of a lower-case text, as a sentence's words are read."""
    return frozenset(a_to_z_words(low))


# --- _Ends: the last end pattern looked for between an enumeration's start and its end ----------

# The words of the last end pattern (each alternative opens with one), some that follow them
# inside a match ("in order to", "at the vice ministerial level") and a few others.
_PHRASE_PIECES = [
    *sorted(set(re.findall(r"[a-z]+", topics._END_PHRASE.pattern))),
    *["energy", "ports", "velmora", "2030", "5", "$4", "x", "trade", "a", "the"],
]


def _ends_read_whole(low: str) -> topics._Ends:
    """An _Ends that has read every match of the last end pattern in `low` (as finditer gives
    them) before it is asked: the plain form of its lazy look between a start and an end."""
    ends = topics._Ends(low, words_of_text(low))
    ends._phrases = ends._phrase_starts()
    return ends


def _assert_same_ends(low: str) -> None:
    whole = _ends_read_whole(low)
    for start in range(len(low) + 1):
        for limit in {len(low), (start + len(low)) // 2, min(len(low), start + 12)}:
            lazy = topics._Ends(low, words_of_text(low))
            assert lazy.first(start, limit) == whole.first(start, limit), (low, start, limit)


@settings(max_examples=200, deadline=None)
@given(glued(_PHRASE_PIECES, GLUE, 14, min_size=1))
@example("talks in order to help ports")
@example("ports at the vice ministerial level to help trade")
@example("ports amounted\n to 5, reached 2030 and was x")
def test_the_end_phrases_looked_for_from_a_start_give_the_ends_of_every_match(text: str) -> None:
    """_Ends.first, which tries the last end pattern only at its starts between an
    enumeration's start and its end (and reads every match only where one matches there),
    gives the end that every match as finditer finds them gives, at every start."""
    _assert_same_ends(lower_same(text))


def test_an_end_phrase_inside_an_earlier_match_ends_nothing() -> None:
    """ "in order to" (a match from before the start) holds " to help", a match of its own
    where the enumeration starts: finditer never gives it, so it ends nothing."""
    low = "agreed in order to help ports and trade"
    start = low.index("order")
    assert topics._Ends(low, words_of_text(low)).first(start, len(low)) == len(low)
    assert topics._END_PHRASE.match(low, low.index(" to help")) is not None
    later = low.index("help")
    assert topics._Ends(low, words_of_text(low)).first(later, len(low)) == len(low)
    assert topics._Ends(low, words_of_text(low)).first(0, len(low)) == low.index(" in order")


# --- _section_headings: a numbered heading looked for only after a digit or a blank ----------

_HEADING_PIECES = ["2.", "12.", "3", "Energy", "security", "Trade", "and", "x", "The", "a"]


@settings(max_examples=200, deadline=None)
@given(
    glued(_HEADING_PIECES, GLUE, 8, min_size=1),
    st.sampled_from(["", " ", "\t", "  ", "\n", "1", "x"]),
)
@example("2. Energy security\n", "")
@example("3. Trade and investment\n", " \t")
def test_a_numbered_heading_is_looked_for_where_its_number_can_open_a_paragraph(
    text: str, before: str
) -> None:
    """_section_headings tries _NUMBERED_HEADING only on a paragraph that opens with a digit,
    a blank or a tab: the pattern matches no other."""
    chunk = before + text
    if topics._NUMBERED_HEADING.match(chunk) is not None:
        assert chunk[:1].isdigit() or chunk[:1] in (" ", "\t"), chunk


def test_numbered_headings_are_topics_of_a_sectioned_text() -> None:
    """Three numbered headings over their sections' text are the text's topics."""
    body = (
        "Minister Aldo Varga of Ruritania met his Velmoran counterpart.\n\n"
        "1. Energy security\nThe sides agreed to build a line.\n\n"
        "2. Water supply\nThey spoke of the river.\n\n"
        "  3. Tourism links\nThey agreed on flights.\n\n"
        "Both will meet again."
    )
    assert [item for _, item in topics._section_headings(body, 0)] == [
        "energy security",
        "water supply",
        "tourism links",
    ]


# --- _cue_of: a first word's cue pattern, built the first time a sentence needs it -------------


def test_a_words_cue_is_built_the_same_whatever_words_came_before() -> None:
    """Each word's pattern, built on first use (after whichever words a process met first),
    is the one read from _CUE for that word alone: its alternatives, in _CUE's order, then a
    branch that never matches holding the groups they lack."""
    read: dict[str, object] = {}  # (what is read of each alternative, in an order of its own)
    for word in sorted(topics._CUE_FIRST_WORDS, reverse=True):
        alternatives = topics._by_first_word(topics._CUE_SPLIT, word, read)
        pattern = topics._cue_of(word)
        if not alternatives:
            assert pattern is None, word
            continue
        assert pattern is not None, word
        joined = "|".join(alternatives)
        assert pattern.pattern.startswith(f"{topics._CUE_HEAD}{joined}"), word
        assert pattern.pattern.endswith(topics._CUE_TAIL), word
        assert pattern.groupindex.keys() == topics._CUE.groupindex.keys(), word
        assert topics._cue_of(word) is pattern  # (built once)


def test_words_of_the_same_alternatives_share_one_pattern() -> None:
    """Two first words whose cues are the same alternatives read one compiled pattern."""
    patterns = topics._cue_by_word()
    by_source: dict[str, set[int]] = {}
    for pattern in patterns.values():
        by_source.setdefault(pattern.pattern, set()).add(id(pattern))
    assert all(len(ids) == 1 for ids in by_source.values())
    assert len(by_source) < len(patterns)


# --- _prepared: its gates read as bits of the sentence's gate words -----------------------------

_PREPARED_SETS = [
    (topics._WORTH_WORDS, topics._WORTH_GATE),
    (topics._ASIDE_WORDS, topics._ASIDE_GATE),
    (topics._LAW_WORDS, topics._LAW_GATE),
    (topics._FORMAT_WORDS, topics._FORMAT_GATE),
    (topics._MANNER_ADVERBS, topics._MANNER_GATE),
    (topics._CLOSENESS_WORDS, topics._CLOSENESS_GATE),
]
_PREPARED_PIECES = sorted(
    {word for words, _ in _PREPARED_SETS for word in words}
    | {"as", "well", "inter", "others", "in", "great", "at", "a", "narrow", "extended", "and"}
    | {"On", "Law", "Decree", '"', "(", ")", "$5", "million", "energy", "trade", "the", "on"}
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(sorted(topics._GATE_WORDS | {"energy", "velmora"})), max_size=8))
def test_each_prepared_gate_bit_is_set_where_its_words_meet_the_sentences(
    words: list[str],
) -> None:
    """A _prepared gate's bit, from the words a sentence holds of every gate's, is set where
    the sentence holds one of that gate's words (the set test it stands for)."""
    for held in [frozenset(words), *(frozenset([word]) for word in _PREPARED_PIECES)]:
        gates = topics._gates_of(held & topics._GATE_WORDS)
        for gate_words, bit in _PREPARED_SETS:
            assert bool(gates & bit) == (not held.isdisjoint(gate_words)), (sorted(held), bit)


@settings(max_examples=200, deadline=None)
@given(glued(_PREPARED_PIECES, GLUE, 14, min_size=1))
@example("They signed deals worth $5 million on roads, as well as on ports.")
@example("They covered, among others, trade; and energy in great detail, and at length.")
@example('They ratified the Law "On the Agreement on trade" in a narrow format.')
def test_prepared_with_the_sentences_gates_gives_what_its_set_tests_give(text: str) -> None:
    """_prepared given the gate bits find_topics reads from a sentence's words gives what
    it gives reading its words itself, and what it gives with every gate open."""
    words = frozenset(re.findall(r"[a-z]+", text.lower()))
    gates = topics._gates_of(words & topics._GATE_WORDS)
    assert topics._prepared(text, words, gates) == topics._prepared(text, words)
    assert topics._prepared(text, words, gates) == topics._prepared(text, words, (1 << 29) - 1)
