"""t_meet's fast paths (meetings, quotes) give what the plain forms they stand for give."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from bot.parser.quotes import _TITLE_GAP
from bot.parser.text import a_to_z_words, lower_same

GLUE = [" ", " ", "", "-", "\n", ", ", "  ", "\n\n", "."]


def glued(pieces: list[str], max_size: int) -> st.SearchStrategy[str]:
    """Texts of up to `max_size` of `pieces`, each followed by one of `GLUE`."""
    return st.lists(
        st.tuples(st.sampled_from(pieces), st.sampled_from(GLUE)), min_size=1, max_size=max_size
    ).map(lambda parts: "".join(piece + glue for piece, glue in parts))


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
@given(glued(_GAP_PIECES, 8))
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
