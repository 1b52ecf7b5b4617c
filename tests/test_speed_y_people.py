"""The people finder's fast paths (speed pass y_people) give what their plain forms give."""

from __future__ import annotations

from dataclasses import dataclass, field

from hypothesis import example, given, settings
from hypothesis import strategies as st

from bot.parser.people import _PLURAL_HEADS, PeopleFinder, PersonFound, _plural_head_tokens
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


@dataclass
class _PlainPerson:
    """PersonFound as first written, a dataclass (shown under PersonFound's name)."""

    name: str
    title: str | None = None
    country: str | None = None
    country_given: bool = False
    eu_office: bool = False
    start: int = 0
    mentions: list[tuple[int, int]] = field(default_factory=list)


_NAMES = st.sampled_from(["Aldo Varga", "Bruna Lind", ""])
_MAYBE = st.one_of(st.none(), st.sampled_from(["Minister", "Velmora", ""]))
_PERSON_FIELDS = st.tuples(
    _NAMES,
    _MAYBE,
    _MAYBE,
    st.booleans(),
    st.booleans(),
    st.integers(0, 9),
    st.lists(st.tuples(st.integers(0, 9), st.integers(0, 9)), max_size=2),
)


@settings(max_examples=200, deadline=None)
@given(_PERSON_FIELDS, _PERSON_FIELDS, st.integers(1, 7))
def test_a_person_found_is_made_compared_and_shown_as_the_dataclass_was(
    a: tuple, b: tuple, given_count: int
) -> None:
    """Made from its first fields in order (the rest left to their defaults) or by name,
    a person equals another, and is shown, as the dataclass it replaces would be."""
    plain_a, plain_b = _PlainPerson(*a[:given_count]), _PlainPerson(*b[:given_count])
    fast_a, fast_b = PersonFound(*a[:given_count]), PersonFound(*b[:given_count])
    assert (fast_a == fast_b) == (plain_a == plain_b)
    assert repr(fast_a) == repr(plain_a).replace("_PlainPerson", "PersonFound", 1)
    named = dict(zip(["name", "title", "country", "country_given"], a, strict=False))
    assert repr(PersonFound(**named)) == repr(PersonFound(*a[:4]))
    assert fast_a != plain_a  # (another type is never equal)


def test_each_person_found_gets_a_list_of_mentions_of_its_own() -> None:
    """The default mentions are a new list for each person, as default_factory made them."""
    first, second = PersonFound("Aldo Varga"), PersonFound("Aldo Varga")
    first.mentions.append((0, 10))
    assert (first.mentions, second.mentions) == ([(0, 10)], [])
