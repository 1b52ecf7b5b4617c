"""Military ranks before names: no part of the name, not the office, yet they name a person."""

from __future__ import annotations

import pytest

from bot.parser.people import find_people
from bot.parser.ranks import is_military_body, mask_ranks


def people_of(text: str) -> list[tuple[str, str | None, str | None]]:
    people, _ = find_people(text)
    return [(p.name, p.title, p.country) for p in people]


@pytest.mark.parametrize(
    ("text", "masked", "name_at"),
    [
        ("Lt. Gen. Aidar Kemelov arrived.", "         Aidar Kemelov arrived.", 9),
        ("Col Gen Ruslan Ibrayev arrived.", "        Ruslan Ibrayev arrived.", 8),
        ("Major General Timur Bekov arrived.", "              Timur Bekov arrived.", 14),
        ("Air Chief Marshal Dilan Perera spoke.", "                  Dilan Perera spoke.", 18),
        ("Rear Adm. Sofia Lind spoke.", "          Sofia Lind spoke.", 10),
        ("It hosted General Tomas Varga.", "It hosted         Tomas Varga.", 18),
        ("Brigadier Omar Haddad spoke.", "          Omar Haddad spoke.", 10),
        ("Lt Col Ivan Petrov spoke.", "       Ivan Petrov spoke.", 7),
        ("Vice Admiral Lena Berg spoke.", "             Lena Berg spoke.", 13),
        ("He met Captain Lena Berg.", "He met         Lena Berg.", 15),
        ("Group Captain Arjun Rao spoke.", "              Arjun Rao spoke.", 14),
        ("Lt-Gen Ivan Petrov spoke.", "       Ivan Petrov spoke.", 7),
        ("Air Vice-Marshal Tom Reed spoke.", "                 Tom Reed spoke.", 17),
        ("General of the Army Oleg Sokolov spoke.", "                    Oleg Sokolov spoke.", 20),
        ("Marshal Dmitri Orlov spoke.", "        Dmitri Orlov spoke.", 8),
    ],
)
def test_mask_ranks_blanks_a_rank_before_a_name_and_keeps_offsets(
    text: str, masked: str, name_at: int
) -> None:
    """It replaces the rank (full, abbreviated with or without its period, or of several
    words) by as many spaces, so every offset of the body stays, and gives where the name
    starts."""
    assert mask_ranks(text) == (masked, {name_at: None})


@pytest.mark.parametrize(
    "text",
    [
        "Secretary General Ana Ruiz addressed the General Assembly.",
        "Director General Thomas Weber spoke.",
        "Receiver General Ana Ruiz spoke.",
        "Fiscal General Ana Ruiz spoke.",
        "Surveyor General Ana Ruiz spoke.",
        "Captain America returns.",
        "He visited the General Staff and the General Headquarters.",
        "He thanked the Armed Forces and Major League Baseball.",
        "Shares of General Motors rose.",
        "General Electric said it would invest.",
        "Home   General   Politics   Business",
        "Major Kazakh firms took part.",
        "No rank appears here: Minister Dana Olsen spoke.",
    ],
)
def test_mask_ranks_leaves_offices_bodies_and_companies(text: str) -> None:
    """It leaves "General" that completes an office or names a body or a company."""
    assert mask_ranks(text) == (text, {})


def test_a_bare_rank_before_one_word_needs_the_full_name_elsewhere() -> None:
    """ "General Varga" is a rank only when "Tomas Varga" is named in the body too."""
    named = "General Tomas Varga arrived. Later General Varga left."
    assert mask_ranks(named)[0] == "        Tomas Varga arrived. Later         Varga left."
    assert mask_ranks("General Varga left.") == ("General Varga left.", {})


def test_people_keep_their_office_not_their_rank() -> None:
    """The office the text gives is the title; a later "Gen X" is the same person."""
    text = (
        "Chief of the General Staff of Moldova Major General Timur Bekov received Col. Gen. "
        "Arman Sadykov, Minister of Defence of Kazakhstan, on Monday. Gen Sadykov said the "
        "talks were useful."
    )
    assert people_of(text) == [
        ("Timur Bekov", "Chief of the General Staff", "Moldova"),
        ("Arman Sadykov", "Minister of Defence", "Kazakhstan"),
    ]


def test_a_rank_alone_names_a_person_without_an_office() -> None:
    """ "called on Lt Gen X Y" names X Y even with no office given."""
    text = "Tomas Varga, Chief of Defence of Hungary, called on Lt Gen Piotr Nowak in Warsaw."
    assert people_of(text) == [
        ("Tomas Varga", "Chief of Defence", "Hungary"),
        ("Piotr Nowak", None, None),
    ]


def test_a_demonym_before_the_rank_gives_the_country() -> None:
    """ "Polish Lt Gen X Y", "Russian Army General X Y": the person's country, no office."""
    text = "Russian Army General Sergei Ivanov met Polish Lt Gen Piotr Nowak in Warsaw."
    assert mask_ranks(text)[1] == {
        text.index("Sergei"): "Russia",
        text.index("Piotr"): "Poland",
    }
    assert people_of(text) == [("Sergei Ivanov", None, "Russia"), ("Piotr Nowak", None, "Poland")]


def test_ranks_of_several_words_before_an_apposition() -> None:
    """ "Air Chief Marshal X, Commander of the Air Force of Y": the office after the comma."""
    text = (
        "Air Chief Marshal Dilan Perera, Commander of the Air Force of Sri Lanka, met Rear Adm. "
        "Sofia Lind, Chief of the Swedish Navy, in Colombo."
    )
    assert people_of(text) == [
        ("Dilan Perera", "Commander of the Air Force", "Sri Lanka"),
        ("Sofia Lind", "Chief of the Navy", "Sweden"),
    ]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Armed Forces", True),
        ("Headquarters", True),
        ("Naval Forces", True),
        ("Joint Staff", True),
        ("General", False),
        ("Border", False),
        ("Forces Nouvelles Leader", False),
        ("Piotr Nowak", False),
    ],
)
def test_is_military_body_knows_the_names_of_armed_forces(name: str, expected: bool) -> None:
    """A would-be name made only of words of armed forces' bodies is no person's name."""
    assert is_military_body(name) is expected


def test_bodies_of_armed_forces_are_no_people() -> None:
    """ "Minister of the Armed Forces X Y" holds that office; "General Headquarters" and "the
    Chief of Staff of the Armed Forces" (no name) give no person."""
    text = (
        "Lt Gen Piotr Nowak, Chief of the General Staff, met the Minister of the Armed Forces "
        "of Belgium Lena Berg at General Headquarters (GHQ). He will also meet the Chief of "
        "Staff of the Belgian Armed Forces."
    )
    assert people_of(text) == [
        ("Piotr Nowak", "Chief of the General Staff", None),
        ("Lena Berg", "Minister of the Armed Forces", "Belgium"),
    ]


def test_an_office_ending_in_a_rank_word_keeps_its_office() -> None:
    """ "Army Chief General X Y" holds the office "Army Chief"; "Wing Commander" and
    "Squadron Leader" are ranks of two words, whose last word alone is no rank."""
    text = (
        "Pakistan's Army Chief General Asim Rahman met Wing Commander Ravi Menon and Squadron "
        "Leader Omar Haddad."
    )
    assert people_of(text) == [
        ("Asim Rahman", "Army Chief", "Pakistan"),
        ("Ravi Menon", None, None),
        ("Omar Haddad", None, None),
    ]
