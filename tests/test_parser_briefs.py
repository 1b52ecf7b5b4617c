"""Whole briefs in several house styles (tests/data/briefs/, written for these tests)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from bot.parser import PARSER_VERSION, parse_brief

DATA = Path(__file__).parent / "data" / "briefs"
SEED = Path(__file__).resolve().parents[1] / "seeds" / "2023-10-18_tokayev_li_qiang.txt"

EXPECTED: dict[str, dict[str, Any]] = {
    "akorda": {
        "dateline": None,
        "reported_by": None,
        "people": {("Nurlan Zhakupov", None), ("Kassym-Jomart Tokayev", None)},
        "meetings": [],
        "figures": {
            (1.2e12, "KZT"),
            (3.5e12, "KZT"),
            (12, "count"),
            (15000, "count"),
            (60, "percent"),
        },
        "quote_speakers": [],
    },
    "astana_times": {
        "dateline": "Astana",
        "reported_by": "Akorda press service",
        "people": {("Kassym-Jomart Tokayev", "Kazakhstan"), ("Shavkat Mirziyoyev", "Uzbekistan")},
        "meetings": [({"Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"}, "phone call")],
        "figures": {(4.4e9, "USD"), (10e9, "USD")},
        "quote_speakers": ["Kassym-Jomart Tokayev"],
    },
    "eu_release": {
        "dateline": "Brussels",
        "reported_by": None,
        # An EU office has no country; "the Kazakh delegation was led by X" makes X Kazakh.
        "people": {("Maria Lopez", None), ("Timur Akhmetov", "Kazakhstan")},
        "meetings": [({"Maria Lopez", "Timur Akhmetov"}, "meeting")],
        "figures": {(30, "percent"), (57e9, "EUR")},
        "quote_speakers": ["Maria Lopez"],
    },
    "govt_release": {
        "dateline": None,
        "reported_by": None,
        "people": {("Olzhas Bektenov", "Kazakhstan"), ("Christian Bruch", None)},
        "meetings": [({"Olzhas Bektenov", "Christian Bruch"}, "meeting")],
        "figures": {(1, "GW"), (1.5e9, "EUR"), (3500, "count"), (1.5, "times")},
        "quote_speakers": [],
    },
    "kazinform_guillemets": {
        "dateline": "Astana",
        "reported_by": "Kazinform",
        "people": {("Alikhan Smailov", "Kazakhstan"), ("Ali Asadov", "Azerbaijan")},
        "meetings": [({"Alikhan Smailov", "Ali Asadov"}, "meeting")],
        "figures": {
            (1e9, "USD"),
            (42.7, "percent"),
            (147.6e6, "USD"),
            (15, "count"),
            (1.2e9, "USD"),
            (2.2e6, "tonnes"),
        },
        "quote_speakers": ["Alikhan Smailov"],
    },
    "kazinform_phone_call": {
        "dateline": "Astana",
        "reported_by": "ministry’s press service",
        "people": {("Arman Dauletov", "Kazakhstan"), ("Péter Szalai", "Hungary")},
        "meetings": [({"Arman Dauletov", "Péter Szalai"}, "phone call")],
        "figures": {(14.5, "percent"), (1.1e9, "USD"), (5e9, "USD"), (3e8, "EUR")},
        "quote_speakers": ["Arman Dauletov"],
    },
    "reuters_deals": {
        "dateline": "London",
        "reported_by": "Reuters",
        # An international agency's dateline says nothing about who is from where.
        "people": {
            ("Daniel Carter", None),
            ("Kassym-Jomart Tokayev", None),
            ("Murat Nurlanov", None),
        },
        "meetings": [({"Daniel Carter", "Kassym-Jomart Tokayev", "Murat Nurlanov"}, "meeting")],
        "figures": {
            (5e8, "GBP"),
            (6.4e8, "USD"),
            (10, "years"),
            (1000, "count"),
            (25, "percent"),
            (1.1e9, "GBP"),
            (2, "times"),
        },
        "quote_speakers": ["Daniel Carter"],
    },
    "reuters_style": {
        "dateline": "Washington",
        "reported_by": "Reuters",
        "people": {("Kenji Morimoto", "Japan"), ("Rahul Varma", "India")},
        "meetings": [({"Kenji Morimoto", "Rahul Varma"}, "meeting")],
        "figures": {
            (9, "percent"),
            (22e9, "USD"),
            (2, "times"),
            (5e12, "JPY"),
            (5, "years"),
            (1400, "count"),
            (1100, "count"),
        },
        "quote_speakers": ["Kenji Morimoto", "Kenji Morimoto"],
    },
    "ministry_release": {
        "dateline": None,
        "reported_by": None,
        "people": {("Bakhtiyor Saidkulov", "Uzbekistan"), ("Park Min-jae", "South Korea")},
        "meetings": [({"Bakhtiyor Saidkulov", "Park Min-jae"}, "meeting")],
        "figures": {(900, "count"), (2.4e9, "USD")},
        "quote_speakers": [],
    },
    "xinhua_chancellor": {
        "dateline": "Beijing",
        "reported_by": "Xinhua",
        "people": {("Xi Jinping", "China"), ("Hans Weber", "Germany"), ("Li Qiang", "China")},
        "meetings": [
            ({"Xi Jinping", "Hans Weber"}, "meeting"),
            ({"Li Qiang", "Hans Weber"}, "talks"),
        ],
        "figures": {(250e9, "EUR")},
        "quote_speakers": ["Hans Weber"],
    },
    "xinhua_style": {
        "dateline": "Beijing",
        "reported_by": "Xinhua",
        "people": {("Wang Hongwei", "China"), ("Almazbek Toktogulov", "Kyrgyzstan")},
        "meetings": [({"Wang Hongwei", "Almazbek Toktogulov"}, "talks")],
        "figures": {(19.8e9, "USD"), (27, "percent"), (12, "count")},
        "quote_speakers": [],
    },
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_parse_brief_reads_briefs_in_other_styles(name: str) -> None:
    """Datelines, sources, people, meetings, figures and speakers of briefs in other styles."""
    text = (DATA / f"{name}.txt").read_text(encoding="utf-8")
    brief = parse_brief(text, brief_id=name, source_file=f"{name}.txt")
    want = EXPECTED[name]
    assert brief.id == name
    assert brief.source_file == f"{name}.txt"
    assert brief.dateline == want["dateline"]
    assert brief.reported_by == want["reported_by"]
    assert {(p.name, p.country) for p in brief.people} == want["people"]
    assert [({p.name for p in m.participants}, m.kind) for m in brief.meetings] == want["meetings"]
    assert {(round(f.value, 3), f.unit) for f in brief.figures} == want["figures"]
    assert [q.speaker for q in brief.quotes] == want["quote_speakers"]
    assert brief.title
    assert brief.summary
    assert brief.summary.count(". ") <= 2


def test_parse_brief_splits_a_list_before_a_closing_attribution() -> None:
    """ "…cooperation in A, B and C, Xi stressed.": three topics, the attribution none."""
    text = (DATA / "xinhua_chancellor.txt").read_text(encoding="utf-8")
    brief = parse_brief(text, brief_id="x")
    for topic in ("green transition", "autonomous driving", "artificial intelligence"):
        assert topic in brief.topics


def test_parse_brief_reads_the_seed() -> None:
    """The seed: Tokayev meets Li Qiang on Oct. 17; nine documents, over 20 agreements,
    the $40 billion target and the half share; the sectors discussed."""
    brief = parse_brief(SEED.read_text(encoding="utf-8"), brief_id="seed")
    assert brief.date == dt.date(2023, 10, 18)
    assert brief.dateline == "Astana"
    assert brief.reported_by == "Akorda press service"
    first = brief.meetings[0]
    assert [(p.name, p.title) for p in first.participants] == [
        ("Kassym-Jomart Tokayev", "President"),
        ("Li Qiang", "Premier of the State Council"),
    ]
    assert first.date == dt.date(2023, 10, 17)
    figures = {(f.text, f.value, f.unit, f.approx) for f in brief.figures}
    assert figures == {
        ("nine", 9, "count", None),
        ("over 20", 20, "count", "over"),
        ("$40 billion", 40e9, "USD", "target"),
        ("half", 0.5, "fraction", None),
    }
    for topic in ("agriculture", "investment", "transport and transit", "energy"):
        assert topic in brief.topics
    assert brief.countries[:2] == ("Kazakhstan", "China")
    assert brief.body.startswith("ASTANA –")


def test_parse_brief_gives_a_headline_when_the_file_has_none() -> None:
    """A brief without a `title` header gets a generated headline."""
    brief = parse_brief("ASTANA – Minister Anna Berg met Minister Olaf Lund.", brief_id="x")
    assert brief.title == "Anna Berg meets Olaf Lund"


def test_parser_version_is_a_non_empty_string() -> None:
    """The cache key part PARSER_VERSION exists."""
    assert isinstance(PARSER_VERSION, str)
    assert PARSER_VERSION


def test_whom_a_visitor_meets_abroad_is_of_the_host_country() -> None:
    """On a visit abroad (the dateline's city outside the outlet's country), a person met by
    the visitor, with no country stated, is the host's; at home the outlet's country stays."""
    text = (
        "{city} – President Aidos Tulegenov of Kazakhstan held talks with Prime Minister "
        "Oskar Lindqvist of Sweden, the Akorda press service reported.\n\n"
        "Later, Tulegenov met with Speaker of Parliament Ingrid Holm.\n\n"
        "Minister Serik Abenov also attended the talks."
    )
    abroad = parse_brief(text.format(city="STOCKHOLM"), brief_id="abroad")
    at_home = parse_brief(text.format(city="ASTANA"), brief_id="home")
    people = {p.name: p.country for p in abroad.people}
    assert people["Ingrid Holm"] == "Sweden"
    assert people["Serik Abenov"] == "Kazakhstan"  # met nobody: the outlet's country
    assert {p.name: p.country for p in at_home.people}["Ingrid Holm"] == "Kazakhstan"


def test_a_national_agency_in_its_dateline_makes_its_country_the_home_one() -> None:
    """A national agency reporting from abroad: its own unqualified Prime Minister is of the
    agency's country, not of the dateline's city."""
    brief = parse_brief(
        "HANOI, Aug. 26 (Kyodo) -- Prime Minister Taro Hoshino held talks with his Vietnamese "
        "counterpart Le Van Minh in Hanoi on Tuesday, the Prime Minister's Office said.",
        brief_id="x",
    )
    people = {p.name: p.country for p in brief.people}
    assert people == {"Taro Hoshino": "Japan", "Le Van Minh": "Vietnam"}


@pytest.mark.parametrize(
    ("masthead", "country"),
    [
        ("Nagnews.kg\nANALYSIS\n", "Kyrgyzstan"),
        ("Government of Kyrgyzstan, [02.04.2025 16:42]\n", "Kyrgyzstan"),
        ("Business Media Kyrgyzstan\n", "Kyrgyzstan"),
        # A title naming countries is no masthead.
        ("Kyrgyzstan and Sylvania sign an agreement\n", None),
    ],
)
def test_a_masthead_naming_its_country_is_the_home_of_unqualified_offices(
    masthead: str, country: str | None
) -> None:
    text = f"{masthead}\nPresident Almaz Toktobaev received Ambassador Ann Lee on Monday.\n"
    people = {p.name: p.country for p in parse_brief(text, brief_id="m").people}
    assert people["Almaz Toktobaev"] == country
