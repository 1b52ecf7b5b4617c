"""The people finder's fast paths (speed pass y_people) give what their plain forms give."""

from __future__ import annotations

from dataclasses import dataclass, field

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.parser.people import PersonFound


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
