"""Hypothesis strategies shared by the parser's fast-path tests."""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import strategies as st


def glued(
    pieces: Sequence[str], glue: Sequence[str], max_size: int, min_size: int = 0
) -> st.SearchStrategy[str]:
    """Texts of `min_size` to `max_size` of `pieces`, each followed by one of `glue`.

    A fast path is proved against its plain form on such texts: a pattern's own words joined by
    blanks, hyphens, line breaks or nothing meet it at every boundary it might mishandle.
    """
    return st.lists(
        st.tuples(st.sampled_from(pieces), st.sampled_from(glue)),
        min_size=min_size,
        max_size=max_size,
    ).map(lambda parts: "".join(piece + joint for piece, joint in parts))
