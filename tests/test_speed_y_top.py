"""y_top: the fast paths of the topics' reading give what the plain forms they stand for give."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings

from bot.parser import topics
from tests.strategies import glued

# The words of _IN_HEADS_OF's places and of the rest of a list, heads in other cases and inside
# longer words.
_HEAD_PIECES = [
    "in", "the", "northern", "states", "provinces", "regions", "governorates", "districts",
    "oblasts", "departments", "prefectures", "cities", "States", "statesman", "of", "Velmora",
    "Ruritania", "Osh", "Alban", "and", ",", "energy", "trade", "as", "well", "region",
]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(glued(_HEAD_PIECES, [" ", "", "  ", "-", "\n", ", "], 14))
@example("energy in the northern regions of Velmora, Osh and Ruritania, and trade")
@example("trade in the\nstates of Velmora and Alban, and energy")
@example("energy in the cities of Osh, Velmora")
def test_a_chunk_without_a_heads_word_loses_the_same_places(chunk: str) -> None:
    """_without_places takes out "in the regions of A, B and C" only where one of the heads
    stands: without one, it gives what the substitution tried everywhere gives."""
    fast = topics._without_places(chunk)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(topics, "_IN_HEADS_OF_WORDS", ("",))  # (in every chunk: always tried)
        plain = topics._without_places(chunk)
    assert fast == plain
