"""t_top: the fast paths of the topics' reading give what the plain forms they stand for give."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from bot.parser import topics

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
