"""Topic lists in the forms outlets write them: numbered agendas, parties after "between",
names after a link's places, and the clauses that close a list."""

from __future__ import annotations

import pytest

from bot.parser.text import sentences
from bot.parser.topics import find_topics


def _topics(text: str) -> list[str]:
    """The topics of `text` in a brief that names people."""
    return find_topics(sentences(text), text, [], ["Anna Berg"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ministers discussed:\n1- fisheries and ocean research;\n2- port logistics;\n"
            "3- student exchanges.",
            ["fisheries and ocean research", "port logistics", "student exchanges"],
        ),
        (
            "The ministers discussed:\n1) fisheries and ocean research;\n2) port logistics.",
            ["fisheries and ocean research", "port logistics"],
        ),
    ],
)
def test_a_list_numbered_with_a_hyphen_gives_one_topic_a_line(
    text: str, expected: list[str]
) -> None:
    """ "1- X;" at a line's start numbers an item as "1." and "1)" do."""
    assert _topics(text) == expected
