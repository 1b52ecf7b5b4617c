"""y_top: the fast paths of the topics' reading give what the plain forms they stand for give."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings

from bot.parser import topics
from tests.strategies import glued

# The words of _END_CLAUSE's speaker clauses and of its other clauses, the verbs inside longer
# words, and words of neither.
_SPEAKER_PIECES = [
    ",", "the", "The", "its", "their", "his", "her", "two", "co-chairs", "agency", "Velmoran",
    "minister", "Aldo", "Varga", "said", "says", "added", "noted", "stressed", "stated", "told",
    "reported", "reports", "announced", "informed", "unreported", "unsaid", "which", "who",
    "as", "well", "and", "energy", "trade", "in", "line", "with", "X.", "U.S.", "’s", "o'",
]  # fmt: skip
_SPEAKER_GLUE = [" ", "", "  ", "-", "\n", ", "]


def _words(low: str) -> frozenset[str]:
    return frozenset(re.findall(r"[a-z]+", low))


@settings(max_examples=200, deadline=None)
@given(glued(_SPEAKER_PIECES, _SPEAKER_GLUE, 14))
@example("energy, trade, the agency reported")
@example("energy, the figures were unreported, and trade")
@example("energy, trade, Aldo Varga said")
@example("energy, its two co-chairs told")
@example("energy,\nthe minister\nsaid")
@example("energy, trade, which, as well")
def test_the_ends_without_the_speaker_clauses_end_where_the_whole_clause_does(
    text: str,
) -> None:
    """Where no speaker's verb follows a comma, _Ends.first reads the end clause without its
    speaker clauses: it ends every enumeration where the whole clause (tried from every
    comma, as before) ends it."""
    low = text.lower()
    words = _words(low)
    for start in range(len(low) + 1):
        fast = topics._Ends(low, words, text).first(start, len(low))
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(topics, "_UNSPOKEN_END_CLAUSE", topics._END_CLAUSE)
            plain = topics._Ends(low, words, text).first(start, len(low))
        assert fast == plain


def test_the_speaker_clauses_are_the_end_clauses_alternatives_with_a_speakers_verb() -> None:
    """_UNSPOKEN_END_CLAUSE is _END_CLAUSE without its three speaker clauses, and each of
    those needs one of _SPEAKER_VERBS: ", X said" ends a list only where a verb follows."""
    source = topics._END_CLAUSE.pattern
    for clause in topics._SPEAKER_CLAUSES:
        source = source.replace(clause, "")
        assert re.search("|".join(topics._SPEAKER_VERBS), clause)
    assert topics._UNSPOKEN_END_CLAUSE.pattern == source
    low = "energy, trade, the velmoran agency reported"
    assert topics._END_CLAUSE.search(low, 6).start() == low.index(", the")
    assert topics._UNSPOKEN_END_CLAUSE.search(low, 6) is None
    ends = topics._Ends(low, _words(low), low)
    assert ends.first(0, len(low)) == low.index(", the")


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
