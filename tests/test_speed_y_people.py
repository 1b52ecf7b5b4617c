"""The people finder's fast paths (speed pass y_people) give what their plain forms give."""

from __future__ import annotations

from hypothesis import example, given, settings

from bot.parser.people import _PLURAL_HEADS, PeopleFinder, _plural_head_tokens
from tests.strategies import glued

# Plural offices in several cases, cut short, run on and inside other words; a Kelvin sign
# (lowers to "k", as in "akims"), a dotted capital I (lowers to two characters), a sigma
# (lowers by its context), and marks that split or join tokens.
_HEAD_PIECES = [
    "Presidents", "presidents", "PRESIDENTS", "vice-presidents", "Ministers", "ministers’",
    "Minister", "inisters", "chairmen", "Chairmen", "a\u212aims", "AKIMS", "akim", "envoys",
    "counterparts", "Chancellors", "sides", "of", "the", "Velmora", "İ", "Σ", "x", ",", "’s",
    "'", "-", "“", "(", "2",
]  # fmt: skip
_HEAD_GLUE = ["", " ", "  ", "-", "\n", "\n\n", ",", "’", "'", ". "]


def _plain_heads(finder: PeopleFinder) -> list[int]:
    return [i for i, t in enumerate(finder.tokens) if t.text.lower() in _PLURAL_HEADS]


@settings(max_examples=200, deadline=None)
@given(glued(_HEAD_PIECES, _HEAD_GLUE, 50))
@example("the Presidents of Velmora")
@example("vice-presidents and Ministers’ envoys")
@example("İ Ministers a\u212aims")
@example("Σ AKIMS,Chairmen")
@example("Ministers" + " of" * 45 + " Velmora")
def test_plural_offices_found_in_the_lower_case_are_the_tokens_that_lower_to_one(
    text: str,
) -> None:
    """The plural offices found by searching the body's lower case are the tokens whose own
    lower case is one, in order; and before every token the last of them within forty tokens
    is the one a look at each of those tokens finds."""
    finder = PeopleFinder(text, None)
    plain = _plain_heads(finder)
    assert _plural_head_tokens(finder.body, finder.tokens) == plain
    for i in range(len(finder.tokens) + 1):
        near = [j for j in plain if i - 40 <= j < i]
        assert finder._plural_head_before(i) == (near[-1] if near else -1)


def test_plural_offices_are_found_with_and_without_a_longer_lower_case() -> None:
    """Both ways to the plural offices (the lower case searched, and each token read when
    lowering lengthens the body) find "Ministers" and "PRESIDENTS", not "vice-presidents"
    nor "ministerial"."""
    for opening in ("Velmora", "İstanbul"):
        finder = PeopleFinder(
            f"{opening} Ministers met vice-presidents, PRESIDENTS and ministerial aides", None
        )
        texts = [finder.tokens[i].text for i in _plural_head_tokens(finder.body, finder.tokens)]
        assert texts == ["Ministers", "PRESIDENTS"]
