"""t_top: the fast paths of the topics' reading give what the plain forms they stand for give."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from bot.parser import topics
from tests.strategies import glued

# Every gate word, and words of no gate.
_GATE_PIECES = [*sorted(topics._GATE_WORDS), "ruritania", "velmora", "the", "and"]


@settings(max_examples=200, deadline=None)
@given(st.frozensets(st.sampled_from(_GATE_PIECES), max_size=12))
@example(frozenset())
@example(frozenset(["sectors", "investing", "was"]))
def test_a_sentences_gate_bits_answer_each_gate_as_its_set_does(words: frozenset[str]) -> None:
    """Each gate's bit, in the bits of a sentence's gate words, is set exactly when the
    sentence holds one of that gate's words."""
    gates = topics._gates_of(words & topics._GATE_WORDS)
    for gate_words, bit in topics._GATES:
        assert (gates & bit != 0) == (not words.isdisjoint(gate_words))


def test_each_gate_word_opens_every_gate_that_holds_it() -> None:
    """A word of two gates ("were": the agenda's and the pillars') opens both."""
    for gate_words, bit in topics._GATES:
        for word in gate_words:
            assert topics._gates_of(frozenset([word])) & bit == bit


# The words of cues with a group of their own ("lower", "partner", "place", "market",
# "access", "funds", "money", "share", "projects_on", "into", "across") and of plain cues,
# with what may follow them.
_CUE_PIECES = [
    "invest in", "companies in", "firms in", "experts in", "projects in", "projects on",
    "cooperation with", "partnership with", "market for", "markets for", "access for",
    "will fund", "would finance", "will support", "$5 million for", "€2 billion of aid for",
    "most of it for", "half of which for", "investments into", "investment into",
    "cooperation across", "ties across", "discussed", "cooperation in", "including",
    "Ruritania", "Ruritanian", "ruritania", "Velmora's", "Aldo", "the", "energy", "Water",
    "in", "on", "southern", "and", ",", ".",
]  # fmt: skip
_CUE_GLUE = [" ", "", "  ", "-", "\n"]


def _cue_texts() -> st.SearchStrategy[str]:
    return glued(_CUE_PIECES, _CUE_GLUE, 14)


@settings(max_examples=200, deadline=None)
@given(_cue_texts())
@example("They agreed to invest in ruritanian energy and $5 million for water.")
@example("cooperation with ruritania in energy, most of it for roads")
@example("projects in velmora on water and markets for Ruritanian tea")
def test_a_cue_with_no_group_meets_every_groups_condition(text: str) -> None:
    """_cue_kept reads the groups' conditions only for a match in which a group took part:
    a match with none meets all of them, as reading them would say."""
    low = text.lower()
    for match in topics._CUE.finditer(low):
        if match.lastindex is None:
            assert topics._cue_groups_allow(match, text, low)


def test_a_cue_with_a_group_is_held_to_its_condition() -> None:
    """A group's condition still rules out its cue: "investments into" before a capital (a
    place, not a field)."""
    text = "Both sides welcomed investments into Ruritania and investments into energy."
    low = text.lower()
    matches = [match for match in topics._CUE.finditer(low) if match.group("into")]
    assert [match.lastindex is not None for match in matches] == [True, True]
    kept = [topics._cue_kept(match, text, low, False) for match in matches]
    assert kept == [False, True]


# The words _CUE names, and what stands between words in a sentence.
_CUE_VOCABULARY = sorted(set(re.findall(r"[a-z]+", topics._CUE.pattern)))
_AFTER_WORD = [" ", "-", "\n", ", ", "  ", "’s ", "'s ", "."]


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(sorted(topics._CUE_FIRST_WORDS)),
    st.sampled_from(_AFTER_WORD),
    st.lists(
        st.tuples(st.sampled_from(_CUE_VOCABULARY), st.sampled_from([*_AFTER_WORD, ""])),
        max_size=8,
    ),
)
@example("co", "-", [("operation", " "), ("in", " "), ("energy", "")])
@example("part", " ", [("of", " "), ("it", " "), ("for", " "), ("roads", "")])
@example("in", "\n", [("the", " "), ("field", " "), ("of", " "), ("energy", "")])
def test_the_cue_of_a_first_word_matches_as_the_whole_cue_there(
    first: str, glue: str, rest: list[tuple[str, str]]
) -> None:
    """Where a first word of _CUE stands whole (a non-letter after it), the pattern of that
    word (only the alternatives that can start with it) matches as _CUE does, with the same
    groups; no pattern where _CUE cannot match."""
    low = first + glue + "".join(word + after for word, after in rest)
    for before in ("", "the ", "x, "):
        text = before + low
        cue = topics._cue_of(first)
        found = cue.match(text, len(before)) if cue is not None else None
        expected = topics._CUE.match(text, len(before))
        assert (found and (found.span(), found.groupdict())) == (
            expected and (expected.span(), expected.groupdict())
        )


def test_a_words_cue_keeps_an_alternative_that_reads_past_the_word() -> None:
    """ "co" (of "co-operation") keeps the alternatives of "co-?operation"; "part" keeps "part
    of it for" but not "partnership"; "investment" keeps "investment(s) in"."""
    alternatives = topics._alternatives(
        topics._CUE.pattern[len(topics._CUE_HEAD) : -len(topics._CUE_TAIL)]
    )
    read: dict[str, object] = {}
    co = "|".join(topics._by_first_word(alternatives, "co", read))
    assert "co-?operation" in co
    part = topics._by_first_word(alternatives, "part", read)
    assert any("(?:most|much|half|part)" in alternative for alternative in part)
    assert not any(alternative.startswith("partnership") for alternative in part)
    assert topics._cue_of("investment").match("investment in energy ") is not None


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([*_CUE_VOCABULARY, "X-ray", "Velmora’s"]), max_size=6))
def test_an_items_key_is_its_normalised_text_between_blanks(words: list[str]) -> None:
    """The key _dedupe reads (kept in a cache) is the item's letters and digits, lowered,
    one blank between runs and one at either end, as the plain substitution gives them."""
    for glue in (" ", "-", "\n", ", "):
        item = glue.join(words)
        plain = topics._NOT_WORD.sub(" ", item.lower()).strip()
        assert topics._dedupe_key(item) == f" {plain} "
        assert topics._dedupe_key(item) == f" {plain} "  # (from the cache)


def test_the_ends_read_the_three_clause_patterns_in_their_order() -> None:
    """_Ends.first searches the clause patterns written out one by one: the comma clause,
    the comma-and clause (both from the first comma) and the "and <verb>" clause (from the
    first " and "), the three of _END_CLAUSES in order."""
    assert topics._END_CLAUSES == (topics._END_CLAUSE, topics._AND_CLAUSE, topics._NEW_CLAUSE)
    assert [p.pattern[:3] for p in topics._END_CLAUSES[:2]] == [",\\s", ",\\s"]
    assert topics._NEW_CLAUSE.pattern.startswith(" and ")
    low = "they discussed energy, and the minister accepted the plan, and expand trade."
    ends = topics._Ends(low, frozenset(low.replace(",", " ").replace(".", " ").split()))
    assert ends.first(15, len(low)) == low.index(", and the")
    assert ends.first(40, len(low)) == low.index(" and expand")
