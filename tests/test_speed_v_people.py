"""v_people's speed pass: each fast path of people.py, text.py and _mentioned_countries gives
what the plain form it stands for gives."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from bot.parser.people import (
    _pair_dashes,
    _word_before,
)

# --- a pair's dashes and the word before one, found by string scans ---------------------------

# The plain forms: each dash before a capital, and the word right before a dash.
_PAIR_DASHES = (re.compile(r"-(?=[A-Z])"), re.compile(r"–(?=[A-Z])"))
_WORD_BEFORE = re.compile(r"(?<![\w’'.])[A-Z][\w’'.]*$")
# Words, digits and marks the word class holds or not, glued by dashes and line ends.
_PAIR_PIECES = [
    "Ruritania", "Velmora", "ruritania", "R", "x", "Ørsted", "Şahin", "U.S.", "Aldo’s", "D'Or",
    "_Varga", "2", "٣", "Ⅻ", "²", "-", "–", "—", "Dr.", "Q", "A" * 45, "é", "É",
]  # fmt: skip
_PAIR_GLUE = ["-", "–", "", " ", "\n", "\n-", "\n–", ".", "’", "'", "_", "(", "\t"]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(_PAIR_PIECES), st.sampled_from(_PAIR_GLUE)), max_size=16
    ).map(lambda parts: "".join(piece + glue for piece, glue in parts))
)
@example("Ruritania-Velmora talks")
@example("Ruritania\n-Velmora")
@example("xRuritania-Velmora")
@example("A" * 45 + "-Velmora")
@example("xx" + "A" * 40 + "-Velmora")
@example("ÉRuritania-Velmora")
def test_pair_dashes_and_the_word_before_as_their_patterns(text: str) -> None:
    """_pair_dashes finds the dashes the two patterns find, and _word_before, at each
    position, where _WORD_BEFORE's search of the 40 characters before it starts."""
    assert _pair_dashes(text) == sorted(m.start() for d in _PAIR_DASHES for m in d.finditer(text))
    for at in range(len(text) + 1):
        plain = _WORD_BEFORE.search(text, max(0, at - 40), at)
        found = _word_before(text, at)
        assert found == (plain.start() if plain else -1)
        if plain:
            assert text[found:at].rstrip("\n") == plain.group()
