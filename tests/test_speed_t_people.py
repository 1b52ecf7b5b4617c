"""t_people's fast paths in the people finder give what their plain forms give."""

from __future__ import annotations

from hypothesis import example, given, settings

from bot.parser.people import (
    _ARRIVED_ON_VISIT,
    _arrived_on_visit,
)
from tests.strategies import glued

# What the texts are glued with: blanks, hyphens, line breaks or nothing.
GLUE = [" ", "", "  ", "-", "\n", "\n\n", "\t", "\u00a0", ", "]


_VISIT_PIECES = [
    "arrived", "arrives", "is", "was", "in", "In", "the", "Velmora", "Ruritania", "New",
    "on", "for", "a", "an", "official", "state", "visit", "visits", "Visit", "visited", "envisit",
    "Minister", "Aldo", "Varga", "inside", "twin", "V",
]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(glued(_VISIT_PIECES, GLUE, 16))
@example("Aldo Varga, who arrived in Velmora on an official visit, met the minister.")
@example("He is in Ruritania for a state visit")
@example("He was in\nVelmora on a visit")
@example("visit was in Velmora on a visit")
@example("He is in V on a visit")  # the shortest reach from "in" to "visit"
def test_arrivals_found_before_the_last_visit_are_those_of_finditer(text: str) -> None:
    """The arrivals read only up to the body's last "visit" are all _ARRIVED_ON_VISIT
    finds."""
    found = [(m.start(), m.end(), m.group("place")) for m in _arrived_on_visit(text)]
    plain = [(m.start(), m.end(), m.group("place")) for m in _ARRIVED_ON_VISIT.finditer(text)]
    assert found == plain
