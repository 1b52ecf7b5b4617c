"""People named in the forms of outlets far from the seed: long Iberian names, plural
offices before two names, honorific chains, speaker heads."""

from __future__ import annotations

import pytest

from bot.parser.people import find_people


def people_of(text: str) -> list[tuple[str, str | None, str | None]]:
    people, _ = find_people(text)
    return [(p.name, p.title, p.country) for p in people]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "President Ivo Bran met his Portuguese counterpart, Marcelo Duarte Vaz dos Reis, "
            "in Lisbon.",
            [
                ("Ivo Bran", "President", None),
                ("Marcelo Duarte Vaz dos Reis", "President", "Portugal"),
            ],
        ),
        (
            "The Minister of Trade, Ana Cecilia Ortiz Ruiz, said the deal was ready.",
            [("Ana Cecilia Ortiz Ruiz", "Minister of Trade", None)],
        ),
        (
            "The Governor of the Central Bank, Pedro Pablo Lara Soto, spoke.",
            [("Pedro Pablo Lara Soto", "Governor of the Central Bank", None)],
        ),
    ],
)
def test_a_name_of_four_words_after_an_office_and_a_comma_is_whole(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """Two given names and two surnames, or a name with "da"/"dos" in it, between an office's
    comma and the next comma are all one name."""
    assert people_of(text) == expected


def test_a_plural_counterparts_gives_each_name_the_office_and_its_country() -> None:
    text = (
        "Prime Minister Ola Dahl met his Kenyan and Ghanaian counterparts, Ruth Wanjiru and "
        "Kofi Mensah, in Oslo."
    )
    assert people_of(text)[1:] == [
        ("Ruth Wanjiru", "Prime Minister", "Kenya"),
        ("Kofi Mensah", "Prime Minister", "Ghana"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "At the talks, the Foreign Ministers of both countries, Jan Kowal and Petr Novak, "
        "signed the plan.",
        "At the talks, the Foreign Ministers of the two countries Jan Kowal and Petr Novak "
        "signed the plan.",
    ],
)
def test_an_office_held_by_both_sides_goes_to_each_name(text: str) -> None:
    """ "the Ministers of both countries, X and Y": each holds the office (singular)."""
    assert [(name, title) for name, title, _ in people_of(text)] == [
        ("Jan Kowal", "Foreign Minister"),
        ("Petr Novak", "Foreign Minister"),
    ]


def test_a_room_named_after_a_council_of_ministers_is_no_one() -> None:
    text = "The delegations met in the Council of Ministers Hall, where they signed a plan."
    assert people_of(text) == []


def test_a_place_before_the_office_is_no_part_of_the_title() -> None:
    text = (
        "The President received at the Palace of Culture the Prime Minister of Estonia, "
        "Kaja Tamm, on Monday."
    )
    assert people_of(text) == [("Kaja Tamm", "Prime Minister", "Estonia")]
