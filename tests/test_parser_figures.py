"""Figures: values, units, qualifiers and what they measure; dates and years are not figures."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.parser import figures, parse_brief
from bot.parser.figures import (
    _DONE_AUX_WORDS,
    _DONE_BY,
    _LEADING,
    _LEADING_FIRST,
    MAX_FIGURES_PER_SENTENCE,
    _ascii_twin,
    _done_by_from,
    _leading_match,
    find_figures,
)
from bot.parser.numbers import words_to_number
from bot.parser.text import Sentence
from tests.strategies import glued


def figures_of(text: str) -> list[tuple[float, str, str | None]]:
    found = find_figures(Sentence(text, 0, len(text), 0), [])
    return [(f.value, f.unit, f.approx) for f in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trade reached $40 billion.", [(40e9, "USD", None)]),
        ("They will invest $2–3 billion in plants.", [(2e9, "USD", None), (3e9, "USD", "up to")]),
        ("The EU pledged EUR 400 million in grants.", [(400e6, "EUR", None)]),
        ("The bank prepared a further €1.1bn in loans.", [(1.1e9, "EUR", None)]),
        ("A credit line of up to 3 trillion won opened.", [(3e12, "KRW", "up to")]),
        # a lakh of crores: 10^12
        ("Exports reached Rs 4.5 lakh crore last year.", [(4.5e12, "INR", None)]),
        ("Deposits rose to ₹12 lakh crores.", [(12e12, "INR", None)]),
        # the code in brackets after a currency word decides
        ("The fund holds 40 million dinars (KWD) in reserve.", [(40e6, "KWD", None)]),
        ("The bank signed a 40 billion-won loan for the plant.", [(4e10, "KRW", None)]),
        ("A 12 million-euro grant was approved.", [(1.2e7, "EUR", None)]),
        ("Firms committed 40 billion yuan to solar.", [(40e9, "CNY", None)]),
        ("Investors could put up to AED 7.3 billion into ports.", [(7.3e9, "AED", "up to")]),
        ("A US$350 million loan was granted.", [(350e6, "USD", None)]),
        ("The fund will provide NZ$3.2 million to islands.", [(3.2e6, "NZD", None)]),
        (
            "Exports earned J$2 billion and TT$40 million.",
            [(2e9, "JMD", None), (4e7, "TTD", None)],
        ),
        ("The bank lent EC$5 million to growers.", [(5e6, "XCD", None)]),
        ("It was matched by 170 million krónur from the fund.", [(1.7e8, "ISK", None)]),
        ("The town got a grant of 25 million colones.", [(2.5e7, "CRC", None)]),
        # "LE": the Egyptian pound, spaced or glued, as Cairo's press writes it
        (
            "The fair sold goods worth about LE 310 billion, and LE12 million went to charity.",
            [(3.1e11, "EGP", "about"), (1.2e7, "EGP", None)],
        ),
        ("Trade hit 19.8 billion U.S. dollars.", [(19.8e9, "USD", None)]),
        ("The fund holds 250 million Saudi riyals.", [(250e6, "SAR", None)]),
        ("The state spent 1.3 trillion tenge.", [(1.3e12, "KZT", None)]),
        ("Income reached KZT1.2 trillion.", [(1.2e12, "KZT", None)]),
        ("Nepalese growers earned Rs7.5 billion.", [(7.5e9, "NPR", None)]),
        ("Two provinces have joined the scheme.", [(2, "count", None)]),
        ("Farms aim to reach a quarter by 2035, it said.", [(0.25, "fraction", None)]),
        ("Pakistani mills sold cloth worth Rs.3.2 billion.", [(3.2e9, "PKR", None)]),
        ("The plant cost Rs 90 crore.", [(90e7, "INR", None)]),
        ("Buyers signed deals worth RMB 4.4 billion.", [(4.4e9, "CNY", None)]),
        (
            "The Azerbaijani side pays 2 million manats and the Turkmen side 70 million"
            " Turkmen manats.",
            [(2e6, "AZN", None), (70e6, "TMT", None)],
        ),
        ("Exports rose 500 million rubles.", [(500e6, "RUB", None)]),
        ("They plan to ship some 300,000 tonnes of wheat.", [(300000, "tonnes", "about")]),
        ("The cable runs nearly 1,200 km.", [(1200, "km", "nearly")]),
        ("Output grew by 8% last year.", [(8, "percent", None)]),
        ("Renewables make up 12.5 percent of power.", [(12.5, "percent", None)]),
        ("It aims to raise the share to 40 percent by 2030.", [(40, "percent", "target")]),
        ("They agreed to raise annual trade to $45 billion.", [(45e9, "USD", "target")]),
        ("Investment has exceeded $9 billion since 2005.", [(9e9, "USD", "over")]),
        ("More than 1,500 companies operate there.", [(1500, "count", "over")]),
        ("Forty-two companies will take part.", [(42, "count", None)]),
        ("The sides signed a dozen agreements.", [(12, "count", None)]),
        (
            "They signed nine documents and over 20 agreements.",
            [(9, "count", None), (20, "count", "over")],
        ),
        ("Trade grew 2.5 times since 2017.", [(2.5, "times", None)]),
        ("Settlements have grown two-fold.", [(2, "times", None)]),
        # a number word and "fold" in one word, beyond the common ones
        ("Freight on the Velmora line grew sixfold.", [(6, "times", None)]),
        ("Orders rose twelvefold in a decade.", [(12, "times", None)]),
        ("Volume was two-and-a-half times higher.", [(2.5, "times", None)]),
        ("Kazakhstan accounts for half of the trade.", [(0.5, "fraction", None)]),
        ("The EU took nearly a third of turnover.", [(1 / 3, "fraction", "nearly")]),
        ("Farm goods made up a fifth of the total.", [(0.2, "fraction", None)]),
        ("Investors get a 10-year exemption.", [(10, "years", None)]),
        ("Funds will flow over the next five years.", [(5, "years", None)]),
        ("Investors are ready to invest Rs 500 crore in mills.", [(5e9, "INR", None)]),
        ("The firm earned Rs. 20 lakh in fees.", [(2e6, "INR", None)]),
        ("Trade turnover reached USD 300 mln.", [(300e6, "USD", None)]),
        ("Exports stood at RM150mil last year.", [(150e6, "MYR", None)]),
        (
            "A firm has invested more than US$8bil (RM35.2bil) here.",
            [(8e9, "USD", "over"), (35.2e9, "MYR", None)],
        ),
        ("Output rose to 12.9 per cent.", [(12.9, "percent", None)]),
        ("Trade grew by 15 pct last year.", [(15, "percent", None)]),
        ("The bank will lend 1.5 billion euros.", [(1.5e9, "EUR", None)]),
        ("They signed a 240 million US dollar deal.", [(240e6, "USD", None)]),
        (
            "In 2021, exports amounted to 12.5 million euros, in 2024 – 30.2 million euros.",
            [(12.5e6, "EUR", None), (30.2e6, "EUR", None)],
        ),
        ("They will build a 10 MW solar plant.", [(10, "MW", None)]),
        ("The plant will produce 500,000 tons of pipes.", [(500000, "tonnes", None)]),
        ("The grid will deliver 2.6 billion kilowatt-hours.", [(2.6e9, "kWh", None)]),
        ("Plants generated 4 terawatt hours and 90 GWh.", [(4, "TWh", None), (90, "GWh", None)]),
        ("Prices rose from 13 to 16 percent.", [(13, "percent", None), (16, "percent", None)]),
        (
            "The capacity grows from 20 million to 25 million tonnes a year.",
            [(20e6, "tonnes", None), (25e6, "tonnes", None)],
        ),
    ],
)
def test_find_figures_normalises_value_unit_and_qualifier(
    text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    """Each figure has its normalised value, its unit and its qualifier."""
    got = figures_of(text)
    assert [(u, a) for _, u, a in got] == [(u, a) for _, u, a in expected]
    assert [v for v, _, _ in got] == pytest.approx([v for v, _, _ in expected])


@pytest.mark.parametrize(
    "text",
    [
        "The talks were held on Oct. 17 in the capital.",
        "The agreement was signed on 5 June 2024.",
        "The agreement was signed on 05.06.2024 in the capital.",
        "Production starts in 2028.",
        "The roadmap covers 2025–2026.",
        "The line will become a third rail link between them.",
        "Trade grew in the first half of the year.",
        "It rose in the first nine months of the year.",
        "The 12th trilateral meeting opened.",
        "Preparations for the C5+1 meeting continued.",
        "Tables are in Bulletin No. 7/2025 online.",
        "Call the press office at +7 7172 74 90 11.",
        "Tastanov, 47, became minister in January.",
        "The two sides agreed to meet again.",
        "Korea is one of our most trusted partners.",
        "The first unit will open next year.",
        "The talks began at 10:30 in the capital.",
        "He is on a visit to China from March 13 to 16 at the invitation of the host.",
        "The forum takes place on 13-16 March in Almaty.",
        "The session is set for March 13-16 in Baku.",
        "The commission will meet in the capital from 24 to 26 June.",
        "The data are on page 5 of Bulletin 12.",
        "Article 3 of Resolution 2231 was cited.",
        "Two sources familiar with the matter told reporters so.",
        "The Rogun HPP-2 plant and the G-20 summit were discussed.",
        "Trade of this size is too small for two fraternal nations, she said.",
        "Culture has long bound two peoples together.",
        "Such trade is small for two coastal economies, he said.",
        "For details, call the trade office (031-555-0192).",
        "2031.04.17",
        "Sales grew in FY2030-31 across the region.",
        "- Two sides agree on a road map for the rail link",
        "(Wirex) - PORTVILLE, MARCH 14 - The minister met his counterpart.",
        "LAKETON, 9 OCT 2031 - The two envoys met.",
        "No port can rely on one or two shippers, he said.",
        "Portville and Laketon are two old river towns.",
        "2) the opening of direct flights between the two capitals;",
        "The firms have been promising a railway for almost two decades.",
        "They visited the old mosque, founded in 875, and the fortress built in 1411.",
        "The premier then held a four-eyed meeting with the president.",
        "Mar - 04 - 2025 , 16:40",
        "Updated Jan-9-2027, 08:05",
        "The 64-year-old governor was re-elected.",
        "For details call the press desk on 011-4410 2500.",
        "Exporters can call the chamber's desk on 800 5521 for advice.",
        "The consul, 52, also visited the port.",
        "The ministers thanked Chile for chairing the Pacific Rim Seven this year.",
        "The yard delivered the ships of Batch Three to the navy.",
        "Both backed the Silk Wind 3 rail corridor project.",
        "The call between the two presidents lasted an hour and a half.",
        "Press office of the Council\nAvenue des Tilleuls 88 - R-4410 Velmora",
    ],
)
def test_find_figures_skips_dates_years_ordinals_and_references(text: str) -> None:
    """Calendar dates, years, ordinals, phone and document numbers and ages are not figures;
    nor are the parties named warmly ("two brotherly nations")."""
    assert figures_of(text) == []


def test_find_figures_counts_two_friendly_countries_only_as_a_count_of_other_things() -> None:
    """ "two friendly countries" is no figure; a count of things beside it still is."""
    assert figures_of("They sold grain to two friendly countries and opened two mills.") == [
        (2, "count", None)
    ]


@pytest.mark.parametrize(
    ("text", "measures_words"),
    [
        (
            "The President mentioned nine governmental-level documents.",
            {"governmental-level", "documents"},
        ),
        (
            "He wants to bring trade volume with China to $40 billion soon.",
            {"trade", "volume", "china"},
        ),
        (
            "A $150 million credit facility for small businesses was approved.",
            {"credit", "facility"},
        ),
        (
            "Kazakhstan’s foreign trade turnover reached $139.8 billion.",
            {"foreign", "trade", "turnover"},
        ),
        ("Non-commodity exports grew by 9%.", {"growth", "non-commodity", "exports"}),
        ("They signed deals worth more than $5 billion.", {"value", "deals"}),
        ("Trade rose, and the number of trains, which exceeded 3,000, grew.", {"trains"}),
        (
            "He said 12 Hungarian companies were preparing to enter the Kazakh market.",
            {"hungarian", "companies", "preparing", "enter", "kazakh", "market"},
        ),
        (
            "A venture plans to invest up to €4.2 billion in a wind and solar power complex.",
            {"investment", "wind", "solar", "power", "complex"},
        ),
        (
            "Last year, we delivered over 1.8 million tonnes of fuel to our partners.",
            {"fuel", "delivered", "partners"},
        ),
        (
            "Bilateral trade hit $13.5 billion in the first 11 months of 2024.",
            {"bilateral", "2024"},
        ),
        ("They aim to bring bilateral trade to $1 billion by 2027.", {"bilateral", "trade"}),
        ("The firm will build a plant in the north worth KZT 1.2 trillion.", {"value", "plant"}),
        ("The share of industry in GDP rose to 12.9 per cent.", {"share", "industry", "gdp"}),
        (
            "Exports to China, with Russian exports accounting for 90 percent.",
            {"russian", "share"},
        ),
        (
            "They will build a complex in the west with a capacity of 2 GW.",
            {"capacity", "complex"},
        ),
        ("Trade had doubled over the past three years.", {"growth", "trade"}),
        ("The bank approved a $90 million loan for a cement plant.", {"loan", "cement", "plant"}),
    ],
)
def test_find_figures_says_what_a_figure_measures(text: str, measures_words: set[str]) -> None:
    """The measure is a short noun phrase from the figure's clause."""
    (figure,) = find_figures(Sentence(text, 0, len(text), 0), [])
    assert figure.measures is not None
    assert measures_words <= set(figure.measures.lower().replace("’s", "").split())
    assert figure.sentence == text


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("nine", 9),
        ("Fourteen", 14),
        ("forty-two", 42),
        ("a dozen", 12),
        ("two hundred", 200),
        ("twenty five", 25),
        ("three thousand", 3000),
        ("banana", None),
    ],
)
def test_words_to_number_reads_number_words(words: str, value: float | None) -> None:
    """Number words read as numbers; other words as None."""
    assert words_to_number(words) == value


def test_find_figures_keeps_a_bounded_number_per_sentence() -> None:
    """A sentence of thousands of numbers gives at most MAX_FIGURES_PER_SENTENCE figures,
    each with a short context sentence."""
    text = "Values were " + ", ".join(f"{n} tonnes" for n in range(3000, 9000)) + "."
    found = find_figures(Sentence(text, 0, len(text), 0), [])
    assert len(found) == MAX_FIGURES_PER_SENTENCE
    assert [f.value for f in found[:3]] == [3000, 3001, 3002]
    assert all(f.sentence is not None and len(f.sentence) <= 700 for f in found)


def test_find_figures_gives_a_period_the_measure_of_the_money_before_it() -> None:
    """ "€2bn in loans ... over the next five years": the years are the loans' period."""
    text = "The Development Bank will provide €2bn in loans for roads over the next five years."
    money, years = find_figures(Sentence(text, 0, len(text), 0), [])
    assert (money.measures, years.measures) == (
        "Development Bank loans for roads",
        "period of Development Bank loans for roads",
    )


def test_find_figures_gives_a_period_the_measure_of_the_change_before_it() -> None:
    """ "raise X by up to 30 per cent over the next four years": the years are the period of
    that growth; a reporting period after a change ("grew 12 percent over three years") is
    none."""
    text = "Norway plans to raise its aid to Malawi by up to 30 per cent over the next four years."
    change, years = find_figures(Sentence(text, 0, len(text), 0), [])
    assert years.measures == f"period of {change.measures.split(' over ')[0]}"
    assert years.measures.startswith("period of growth of")
    past = "Exports grew 12 percent over three years."
    assert [f.unit for f in find_figures(Sentence(past, 0, len(past), 0), [])] == ["percent"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Last year, bilateral trade amounted to $6.4 billion, an increase of 46 percent.",
            ["bilateral trade last year", "growth of bilateral trade"],
        ),
        (
            "It aims to produce 15% of its power from wind by 2030, up from around 6% now.",
            ["share of power from wind", "share of power from wind now"],
        ),
        ("Trade grew by 12.3% to $1.5bn.", ["growth of trade", "trade"]),
        (
            "Emirati investors were ready to put up to AED 7.3 billion into the port expansion.",
            ["investment by Emirati investors for port expansion"],
        ),
        (
            "They will raise the capacity of the Kazakhstan–China pipeline to 25 million tonnes.",
            ["capacity of the Kazakhstan–China pipeline"],
        ),
        (
            "Shipments reached 1.2 million tonnes, two-and-a-half times the volume a year ago.",
            ["shipments", "growth of shipments"],
        ),
        (
            "The EU is a key partner: bilateral trade amounted to 1.2 bln US dollars in 2023.",
            ["bilateral trade in 2023"],
        ),
        (
            "The Export Center will allocate 500 million rubles to support supplies of tractors.",
            ["allocation by Export Center for supplies of tractors"],
        ),
        (
            "Trade reached $4.4 billion in 2023, growing 11.2 per cent.",
            ["trade in 2023", "growth of trade"],
        ),
        (
            "They will invest KZT 45 bln ($100 mln) in the industrial center.",
            ["investment in industrial center", "investment in industrial center"],
        ),
        (
            "It will sell a 49% stake in its copper unit to investors for $1.1 billion.",
            ["stake in copper unit", "price of 49% stake in its copper unit"],
        ),
        (
            "It courts investors for its mining sector, which accounts for 14% of GDP.",
            ["mining sector share of GDP"],
        ),
        ("The deal, worth $2 billion, two sources said, will close soon.", ["value of deal"]),
        (
            "Exports reached $2 billion, which is 5% lower than a year earlier.",
            ["exports", "decline in exports compared with a year earlier"],
        ),
        (
            "Bilateral trade stood at about $80 million in 2022-23, nearly 12 per cent higher "
            "than a year earlier.",
            # (a fiscal year is the period of the sum, as "in 2021" is below)
            [
                "bilateral trade in 2022-23",
                "growth of bilateral trade compared with a year earlier",
            ],
        ),
        (
            "Grain exports reached 4 million tonnes in 2021, 8 percent lower than in 2020.",
            ["grain exports in 2021", "decline in grain exports"],
        ),
        (
            "The state will buy its output under a 25-year contract.",
            ["length of contract"],
        ),
        (
            "Korean investment has reached $9 billion since 2005.",
            ["Korean investment since 2005"],
        ),
    ],
)
def test_find_figures_reads_measures_from_the_figure_before(
    text: str, expected: list[str]
) -> None:
    """Growth, earlier levels and periods take their subject from the figure before; the
    length of a commitment is the length of its noun; a period after the figure is kept."""
    assert [f.measures for f in find_figures(Sentence(text, 0, len(text), 0), [])] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ASTANA - Trade between Mongolia and Laos reached 3 billion dollars last year. "
            "Mongolia hopes to raise it to 5 billion dollars by 2030.",
            [
                ("3 billion dollars", None, "trade between Mongolia and Laos last year"),
                ("5 billion dollars", "target", "trade between Mongolia and Laos"),
            ],
        ),
        (
            "ASTANA - Freight grew by 7 percent to 30 million tonnes in 2024, and the railway "
            "plans to bring it to 45 million tonnes.",
            [
                ("7 percent", None, "growth of freight"),
                ("30 million tonnes", None, "freight in 2024"),
                ("45 million tonnes", "target", "freight"),
            ],
        ),
        (
            "ASTANA - Trade between Alba and Betland reached 40 million dollars in 2024. The "
            "sides are confident that this figure can be brought to 90 million dollars.",
            [
                ("40 million dollars", None, "trade between Alba and Betland in 2024"),
                ("90 million dollars", "target", "trade between Alba and Betland"),
            ],
        ),
        (
            "ASTANA - Nearly 30 percent of the grants will be channelled to irrigation.",
            [("Nearly 30 percent", "nearly", "share of grants for irrigation")],
        ),
        (
            "ASTANA - Some 60 percent of the loans directed to small businesses.",
            [("Some 60 percent", "about", "share of loans for small businesses")],
        ),
    ],
)
def test_parse_brief_measures_what_a_pronoun_and_a_purpose_point_to(
    text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """ "raise it to N" and "this figure can be brought to N" measure what the figure before
    measured (not that figure's period); "N percent of the funds directed to X" is the share
    of the funds for X."""
    brief = parse_brief(text, brief_id="t")
    assert [(f.text, f.approx, f.measures) for f in brief.figures] == expected


def test_parse_brief_never_ends_a_cut_measure_on_a_determiner() -> None:
    """A measure cut to its first words drops a dangling 'his', 'their', 'of', 'the'."""
    text = (
        "date 2024-01-10\nASTANA – The president mentioned over 12 contracts between local "
        "firms and banks reached during the opening day of his state visit."
    )
    measures = [f.measures for f in parse_brief(text, brief_id="cut").figures]
    assert measures == ["contracts between local firms and banks reached during the opening day"]


def test_find_figures_gives_a_level_after_rose_by_the_subject_of_the_rise() -> None:
    """ "X rose by 20 percent to $300 million in the spring": the $300 million is X."""
    text = "Grain exports to Iran rose by 20 percent to $300 million in the spring."
    figures = find_figures(Sentence(text, 0, len(text), 0), [])
    money = next(f for f in figures if f.unit == "USD")
    assert money.measures is not None
    assert {"grain", "exports", "iran"} <= set(money.measures.lower().split())


def test_find_figures_gives_doubling_it_the_subject_of_the_clause_before() -> None:
    """ "Exports reached $5 billion, and the sides aim at doubling it": exports double."""
    text = "Wheat exports reached $5 billion, and the sides aim at doubling it."
    figures = find_figures(Sentence(text, 0, len(text), 0), [])
    multiple = next(f for f in figures if f.unit == "times")
    assert (multiple.value, multiple.measures) == (2, "growth of wheat exports")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trade reached BD12.4 million in 2023.", [("BD12.4 million", 12.4e6, "BHD")]),
        ("The port will cost QR 3 billion.", [("QR 3 billion", 3e9, "QAR")]),
        ("Exports hit Dh700 million.", [("Dh700 million", 700e6, "AED")]),
        ("The bank lent Rp 2 trillion.", [("Rp 2 trillion", 2e12, "IDR")]),
        ("Trade rose to ₼1.5 billion.", [("₼1.5 billion", 1.5e9, "AZN")]),
        ("The fund paid 30 million Kuwaiti dinars.", [("30 million Kuwaiti dinars", 30e6, "KWD")]),
        ("The budget holds 7 billion Kazakh tenge.", [("7 billion Kazakh tenge", 7e9, "KZT")]),
        (
            "The bank lent 5 billion Hong Kong dollars.",
            [("5 billion Hong Kong dollars", 5e9, "HKD")],
        ),
    ],
)
def test_find_figures_reads_currency_abbreviations_and_named_currencies(
    text: str, expected: list[tuple[str, float, str]]
) -> None:
    """A currency's press abbreviation before the amount ("BD", "QR", "Dh"), its sign, or
    its name with the country's adjective ("Kuwaiti dinars") gives its ISO 4217 code."""
    found = find_figures(Sentence(text, 0, len(text), 0), [])
    assert [(f.text, f.value, f.unit) for f in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sum in dinars of no known code, unless the brief's country decides
        # (`_brief_currencies`): money all the same, never a count of things
        ("They paid 40 million dinars.", [("40 million dinars", "dinars")]),
        ("A 2 billion peso bridge opened.", [("2 billion peso", "pesos")]),
        ("The BD team met twice.", []),
        ("The QR code costs 5 dollars.", [("5 dollars", "USD")]),
    ],
)
def test_find_figures_reads_no_currency_without_its_country(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """ "dinars" alone names no one currency (the sum stays in "dinars", of no ISO code), and
    an abbreviation without an amount is none."""
    found = find_figures(Sentence(text, 0, len(text), 0), [])
    assert [(f.text, f.unit) for f in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "They will lay a second line of the Kuvasai oil pipeline, raising its capacity to "
            "12 million tonnes a year from 8 million, officials said.",
            [
                (
                    "12 million tonnes",
                    12e6,
                    "tonnes",
                    "capacity of the Kuvasai oil pipeline a year",
                ),
                (
                    "8 million",
                    8e6,
                    "tonnes",
                    "earlier capacity of the Kuvasai oil pipeline a year",
                ),
            ],
        ),
        (
            "Exports rose to $3 billion from 2.1 billion.",
            [
                ("$3 billion", 3e9, "USD", "exports"),
                ("2.1 billion", 2.1e9, "USD", "earlier exports"),
            ],
        ),
        (
            "Freight rose to 5 million tonnes from 12 ports.",
            [("5 million tonnes", 5e6, "tonnes", "freight"), ("12", 12, "count", "ports")],
        ),
    ],
)
def test_find_figures_gives_the_earlier_level_after_from_the_unit_of_the_new_one(
    text: str, expected: list[tuple[str, float, str, str]]
) -> None:
    """ "to N tonnes (a year) from M": M is the earlier level, in the same unit, of the same
    thing; "its capacity" after a named pipeline is that pipeline's; "from 12 ports" is no
    level."""
    found = find_figures(Sentence(text, 0, len(text), 0), [])
    assert [(f.text, f.value, f.unit, f.measures) for f in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Imports of Brazilian coffee grew by nearly one third this year.",
            [("nearly one third", "nearly", "growth of imports of Brazilian coffee this year")],
        ),
        (
            "The ministry wants to raise wool output by a third by 2031.",
            [("a third", None, "growth of wool output")],
        ),
        (
            "The town cut its water losses by half.",
            [("half", None, "decline in water losses")],
        ),
        (
            "They plan to boost rail freight by 15 percent.",
            [("15 percent", None, "growth of rail freight")],
        ),
        ("It will become a third rail link by the lake.", []),
        (
            "Wool exports, which fell by nearly two thirds after 2019, may recover.",
            [("nearly two thirds", "nearly", "decline in wool exports")],
        ),
    ],
)
def test_find_figures_reads_a_change_by_a_share(
    text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """ "by a third" is a fraction whatever follows; "raise X by" and "cut X by" a share give
    the growth or the decline of X."""
    found = find_figures(Sentence(text, 0, len(text), 0), [])
    assert [(f.text, f.approx, f.measures) for f in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The new line will cut travel times to less than 9 hours.",
            [("less than 9 hours", 9, "hours")],
        ),
        ("They agreed on visa-free stays of up to 21 days.", [("up to 21 days", 21, "days")]),
        ("The talks lasted less than two hours.", []),
        ("A 24-hour hotline opened.", []),
        ("Turkey has been its top partner for 12 consecutive years.", []),
        ("The crossing works 12 days a month.", []),
        (
            "Velmora agreed to halt all tariffs on Ruritanian grain for 45 days.",
            [("45 days", 45, "days")],
        ),
        ("Exports rose for the first ten days of May.", []),
    ],
)
def test_find_figures_keeps_a_duration_only_as_a_target_or_a_limit(
    text: str, expected: list[tuple[str, float, str]]
) -> None:
    """ "to less than N hours" and "up to N days" are figures in hours or days; how long
    something lasted, a run of years and a "24-hour" label are not."""
    found = find_figures(Sentence(text, 0, len(text), 0), [])
    assert [(f.text, f.value, f.unit) for f in found] == expected


def test_find_figures_gives_a_cut_time_the_thing_cut() -> None:
    """ "cut X to less than N days": the figure measures X."""
    text = "The corridor will cut transit times between the two ports to less than 6 days."
    (figure,) = find_figures(Sentence(text, 0, len(text), 0), [])
    assert figure.measures == "transit times between the two ports"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He said Polish firms are implementing 9 projects in Mongolia, mainly in mining.",
            "projects implemented by Polish firms in Mongolia",
        ),
        (
            "He noted that Korean builders have undertaken 240 projects worth $3 billion.",
            "projects undertaken by Korean builders",
        ),
        ("The two sides signed seven documents.", "documents signed"),
        ("The factory is expected to create 800 jobs.", "jobs created by factory"),
        ("The plant will open soon with the creation of 900 jobs.", "jobs created"),
        ("The ministry noted that it will train 300 nurses.", "nurses trained"),
        (
            "Imports of tractors from Belarus doubled, reaching 4,100 units.",
            "imports of tractors from Belarus",
        ),
    ],
)
def test_find_figures_says_who_does_what_a_count_counts(text: str, expected: str) -> None:
    """A count that is the object of a verb of doing ("implementing 9 projects") measures the
    things done, by whom (not by a pronoun or "the sides") and where; a count of "units"
    measures the subject's things."""
    counts = [f for f in find_figures(Sentence(text, 0, len(text), 0), []) if f.unit == "count"]
    assert [f.measures for f in counts] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Firms joined the upgrade of the Vakhsh dam and the construction of a wind farm "
            "with a capacity of 300 megawatts in the Khatlon region.",
            "capacity of wind farm",
        ),
        (
            "The plan includes a new silo at the Aktau Commercial Sea Port in Kuryk with a "
            "capacity of 2 million tons.",
            "capacity of new silo",
        ),
        (
            "The list names a 5-megawatt solar park in Osh region and a water plant in Naryn "
            "region with a capacity of 9,000 cubic metres.",
            "capacity of water plant",
        ),
    ],
)
def test_find_figures_names_the_thing_whose_capacity_is_given(text: str, expected: str) -> None:
    """ "X with a capacity of N" measures the capacity of X, not of a place named after X
    ("in the Khatlon region", "at the Aktau ... Port") nor of another thing before it."""
    figures = find_figures(Sentence(text, 0, len(text), 0), [])
    assert figures[-1].measures == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trade stood at US$ 45 million in 2024.", [("US$ 45 million", 45e6, "USD")]),
        ("The bank lent 12 billion forints.", [("12 billion forints", 12e9, "HUF")]),
        ("The grant was 40 million zlotys.", [("40 million zlotys", 40e6, "PLN")]),
        ("The road cuts the trip by nearly three days.", [("nearly three days", 3, "days")]),
        ("They signed a treaty on the avoidance of double taxation.", []),
        ("A double-track line opened.", []),
        ("Their number could double soon.", [("double", 2, "times")]),
        ("4.", []),
    ],
)
def test_find_figures_reads_spaced_signs_more_currencies_and_skips_list_numbers(
    text: str, expected: list[tuple[str, float, str]]
) -> None:
    """ "US$ 45 million" with a space, forints and zlotys are money; "by N days" is a change
    of a duration; "double taxation" and "double-track" are no multiples; a paragraph's
    number ("4.") is no figure."""
    found = find_figures(Sentence(text, 0, len(text), 0), [])
    assert [(f.text, f.value, f.unit) for f in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Trade between the two states totaled $31 million in January-June 2025, 1.8 times "
            "more than a year earlier.",
            [
                "trade between the two states in January-June 2025",
                "growth of trade between the two states compared with a year earlier",
            ],
        ),
        (
            "The treaty had helped bilateral trade reach $2.2 billion in 2024, a 9 percent "
            "increase on the previous year.",
            ["bilateral trade in 2024", "growth of bilateral trade"],
        ),
        (
            "Serbia will buy 2 billion cubic metres of Azerbaijani gas a year, four times as "
            "much as now.",
            ["Azerbaijani gas a year", "growth of Azerbaijani gas a year"],
        ),
        (
            "The state will expand the fund to 30 billion won next year, up from 18 billion won "
            "this year.",
            ["fund", "fund this year"],
        ),
    ],
)
def test_find_figures_compares_a_multiple_or_percent_with_the_figure_before(
    text: str, expected: list[str]
) -> None:
    """ "N times more than", "N times as much as" and "a N percent increase" after a figure
    are that figure's growth; "up from N this year" is its earlier level; "helped X reach N"
    measures X."""
    assert [f.measures for f in find_figures(Sentence(text, 0, len(text), 0), [])] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The plan funds the third stage of the ring road upgrade, the cost of which is "
            "estimated at 40 billion tenge.",
            ["estimated cost of the ring road upgrade"],
        ),
        (
            "The bridge is expected to cost $1.2 billion.",
            ["cost of bridge"],
        ),
        (
            "They toured the Aral free economic zone, in which Turkish firms have invested "
            "$90 million.",
            ["investment by Turkish firms in the Aral free economic zone"],
        ),
        (
            "They discussed the Kuryk ferry terminal, in which a Dutch group holds a 30 percent "
            "stake.",
            ["stake in the Kuryk ferry terminal"],
        ),
        (
            "The dam is estimated at $700 million, of which 60% will be financed by the Asian "
            "Development Bank and the rest by the state.",
            ["estimated cost of dam", "share of dam financed by Asian Development Bank"],
        ),
        (
            "Exports of cotton reached $80 million last year, 70 percent of which is accounted "
            "for by sales of yarn.",
            ["exports of cotton last year", "share of sales of yarn in exports of cotton"],
        ),
        (
            "Kyrgyzstan exported 9 million tonnes of coal in 2024, of which 5 million tonnes went "
            "to Uzbekistan.",
            ["coal exported", "coal exported to Uzbekistan"],
        ),
    ],
)
def test_find_figures_reads_costs_stakes_and_parts_of_the_figure_before(
    text: str, expected: list[str]
) -> None:
    """ "X is estimated at N" and "X would cost N" are X's (estimated) cost; "the cost of
    which" and "in which" point to the thing before the comma; "of which N" is a part of the
    figure before: a share of it, a share in it, or where it went."""
    assert [f.measures for f in find_figures(Sentence(text, 0, len(text), 0), [])] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Georgia and Armenia plan to implement joint projects worth $40 million in tourism "
            "and wine making.",
            ["value of joint projects in tourism and wine making"],
        ),
        (
            "The list includes a new cotton spinning mill in the south worth $25 million.",
            ["value of new cotton spinning mill"],
        ),
        (
            "Uzbek builders are implementing 22 projects in Oman worth $600 million.",
            [
                "projects implemented by Uzbek builders in Oman",
                "value of projects implemented by Uzbek builders in Oman",
            ],
        ),
        ("After signing agreements worth $3 billion, they left.", ["value of agreements"]),
    ],
)
def test_find_figures_reads_what_is_worth_a_sum(text: str, expected: list[str]) -> None:
    """ "X worth N" is the value of X: a verb before X ("plan to implement", "after signing")
    is left out, an "-ing" word inside X ("spinning mill") kept, a sector after the sum
    added; counted things keep what the count says of them."""
    assert [f.measures for f in find_figures(Sentence(text, 0, len(text), 0), [])] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Of the total, €900 million will support the Middle Corridor, including ports.",
            ["support for Middle Corridor"],
        ),
        (
            "A further €600 million will go to solar and wind parks, €300 million to water "
            "management and €100 million to digital skills.",
            ["solar and wind parks", "water management", "digital skills"],
        ),
        (
            "Turnover reached $9 billion, with exports of $5.5 billion and imports of $3.5 "
            "billion.",
            ["turnover", "exports", "imports"],
        ),
        (
            "He thanked Korea for the grant of $3 million provided through KOICA for the purchase "
            "of school buses.",
            ["grant for purchase of school buses"],
        ),
        (
            "The plan combines EU grants of €200 million with loans from the Bank for "
            "Reconstruction and Development.",
            ["EU grants"],
        ),
    ],
)
def test_find_figures_reads_where_a_sum_goes(text: str, expected: list[str]) -> None:
    """ "N will support X" / "will go to X", and "N to Y" after it, give the sum's purpose;
    "exports of N" and "a grant of N ... for X" the noun before "of" (and its purpose, but
    not a name's "for")."""
    assert [f.measures for f in find_figures(Sentence(text, 0, len(text), 0), [])] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The shares are split as follows: 40 percent for Tajikistan and 30 percent each for "
            "Iran and Afghanistan.",
            ["share of Tajikistan", "share of Iran and Afghanistan each"],
        ),
        (
            "The firm shipped 20,000 tonnes of rice and 15 wagons of cotton.",
            ["rice shipped", "wagons of cotton"],
        ),
    ],
)
def test_find_figures_ends_a_phrase_at_the_next_figure(text: str, expected: list[str]) -> None:
    """ "N percent for X" is X's share; a phrase read after a figure ends before "and" and the
    next figure."""
    assert [f.measures for f in find_figures(Sentence(text, 0, len(text), 0), [])] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"We have agreed to double tourism over the next four years."',
            "growth of tourism over the next four years",
        ),
        (
            "Sales of Kyrgyz honey to China reached $3 mln last year, almost double the 2022 "
            "figure.",
            "growth of sales of Kyrgyz honey to China",
        ),
        ("Their number could triple within a decade.", "growth of number"),
    ],
)
def test_find_figures_says_what_doubles(text: str, expected: str) -> None:
    """A multiple said as a verb measures the growth of its object ("to double tourism"), of
    the figure before when compared with "the 2022 figure", or of its subject."""
    figures = find_figures(Sentence(text, 0, len(text), 0), [])
    assert [f.measures for f in figures if f.unit == "times"] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He said that Kyrgyzstan's trade with Oman had crossed $50 million and could reach "
            "$200 million soon.",
            [
                ("$50 million", "over", "Kyrgyzstan's trade with Oman"),
                ("$200 million", None, "Kyrgyzstan's trade with Oman"),
            ],
        ),
        (
            "Bilateral trade, which stood at $80 million in 2024, remained low, and the ministers "
            "proposed to set a target of $250 million by 2030.",
            [
                ("$80 million", None, "bilateral trade in 2024"),
                ("$250 million", "target", "bilateral trade"),
            ],
        ),
    ],
)
def test_find_figures_carries_the_subject_to_a_later_level_or_target(
    text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """ "X had crossed N and could reach M": both are X (the first 'over'); "a target of M"
    after a sum with nothing after it is a target for what that sum measured."""
    found = find_figures(Sentence(text, 0, len(text), 0), [])
    assert [(f.text, f.approx, f.measures) for f in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He noted that some 40 Czech firms now operate in Georgia, compared with fewer than "
            "15 a decade ago.",
            ["Czech firms", "Czech firms a decade ago"],
        ),
        ("The zone opened, and 12 plants are to be located there.", ["plants located there"]),
        (
            "The Government of Laos has allocated $20 million from the state budget for the "
            "repair of the 12.5-km bypass.",
            ["allocation by Laos from state budget for repair of the 12.5-km bypass", "bypass"],
        ),
    ],
)
def test_find_figures_reads_comparisons_plans_and_sources_of_money(
    text: str, expected: list[str]
) -> None:
    """ "compared with N a decade ago" is the figure before, then; "are to be located" is the
    counted things' predicate; "allocated N from the state budget for X" keeps the source and
    the purpose, and a decimal inside a phrase does not end it."""
    assert [f.measures for f in find_figures(Sentence(text, 0, len(text), 0), [])] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nepal and Bhutan on Monday signed four MoUs to speed up the hydropower project and "
            "agreed to meet again.",
            ["MoUs signed to speed up the hydropower project"],
        ),
        (
            "The sides signed six agreements on customs and transit.",
            ["agreements signed on customs and transit"],
        ),
        (
            "The fund is studying a $40 million investment in a cold storage hub at the port.",
            ["investment in cold storage hub"],
        ),
    ],
)
def test_find_figures_says_what_documents_and_investments_are_for(
    text: str, expected: list[str]
) -> None:
    """Counted documents keep what they are on or for ("to speed up X", "on customs"), ending
    before "and" and a new verb; "a $N investment in X" keeps X."""
    assert [f.measures for f in find_figures(Sentence(text, 0, len(text), 0), [])] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The talks were mediated by a third party.",
        "Goods re-exported by a third country were seized.",
        "The summit was postponed by two days.",
    ],
)
def test_find_figures_reads_no_change_in_an_ordinal_or_a_delay(text: str) -> None:
    """ "by a third party" is an ordinal and "postponed by two days" a delay: no figures."""
    assert figures_of(text) == []


def test_find_figures_reads_a_part_after_including_as_a_part_of_the_count_before() -> None:
    """ "N students ..., including about M on grants": M are those students, on grants."""
    text = (
        "Over 9,000 Mongolian students are studying at Japanese universities, including about "
        "700 on state grants."
    )
    figures = find_figures(Sentence(text, 0, len(text), 0), [])
    assert [f.measures for f in figures] == [
        "Mongolian students studying at Japanese universities",
        "Mongolian students studying at Japanese universities on state grants",
    ]


def test_find_figures_reads_a_part_after_including_that_names_its_own_people() -> None:
    """ "N participants, including some M mayors of cities": the M are mayors, named by the
    figure itself, not more participants."""
    text = (
        "The forum in Velmora will gather over 3,500 participants, including some 60 mayors "
        "of cities."
    )
    figures = find_figures(Sentence(text, 0, len(text), 0), [])
    assert [f.measures for f in figures] == [
        "participants expected at the forum",
        "mayors of cities",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The state will provide 500 scholarships to young people from Africa.",
            "scholarships for young people from Africa",
        ),
        ("The programme will offer 80 places a year to nurses.", "places a year for nurses"),
        ("They opened 5 places.", "places opened"),
    ],
)
def test_find_figures_says_who_gets_counted_places(text: str, expected: str) -> None:
    """Counted scholarships or places given "to X" (a year) are "for X"."""
    (figure,) = find_figures(Sentence(text, 0, len(text), 0), [])
    assert figure.measures == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Turkmen side has allocated 300 million manats for roads.", "TMT"),
        ("Saudi firms have invested 12 billion riyals in the project.", "SAR"),
        ("Trade with Iran reached 5 trillion rials.", "IRR"),
        ("The Jordanian side paid 40 million dinars.", "JOD"),
        ("The budget got 5 billion manats.", "AZN"),
    ],
)
def test_find_figures_reads_a_shared_currency_word_by_the_country_named(
    text: str, expected: str
) -> None:
    """ "manats", "riyals", "rials", "dinars" are the currency of the country the sentence
    names; without one, the usual default."""
    (figure,) = find_figures(Sentence(text, 0, len(text), 0), [])
    assert figure.unit == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He said Czech Eximbank was ready to open a credit line of up to €90 million for "
            "Uzbek buyers of Czech machinery.",
            "Czech Eximbank credit line for Uzbek buyers of Czech machinery",
        ),
        (
            "According to him, Turkey supplied Georgia with 800 buses last year.",
            "buses supplied to Georgia by Turkey",
        ),
    ],
)
def test_find_figures_names_the_lender_and_the_receiver(text: str, expected: str) -> None:
    """ "X was ready to open a credit line of N for Y" is X's credit line for Y; "X supplied Y
    with N things" are things supplied to Y by X."""
    (figure,) = find_figures(Sentence(text, 0, len(text), 0), [])
    assert figure.measures == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The depot will cover 45,000 square metres.", [(45000, "square metres", None)]),
        ("Offices take 800 square meters.", [(800, "square metres", None)]),
        ("The firm rents a 25-hectare plot near the port.", [(25, "hectares", None)]),
        ("The ministers talked for about 40 minutes.", [(40, "minutes", "about")]),
        ("The news site 12.kg carried the interview.", []),
        ("Issued on 14 MARCH 2027 by the ministry.", []),
    ],
)
def test_find_figures_reads_areas_and_minutes_but_no_domain_or_capitalised_date(
    text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    assert figures_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The deal raised the number of joint ventures registered in the region"
            " since May to 41.",
            "joint ventures registered in the region since May",
        ),
        ("The airline increased the number of weekly flights to 12.", "weekly flights"),
    ],
)
def test_measures_of_a_count_the_number_of_things_was_brought_to(text: str, expected: str) -> None:
    brief = parse_brief(text, brief_id="t")
    assert [f.measures for f in brief.figures] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The port handled 300,000 tonnes of grain in the first half of 2025.",
            "grain handled in the first half of 2025",
        ),
        (
            "The line carried 40,000 tonnes of fertiliser in the first five months of 2024.",
            "fertiliser carried in the first five months of 2024",
        ),
    ],
)
def test_measures_of_a_quantity_of_a_thing_keeps_the_period_after_the_thing(
    text: str, expected: str
) -> None:
    brief = parse_brief(text, brief_id="t")
    assert [f.measures for f in brief.figures] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A market of nearly 50 million people in East Africa is open.", "people in East Africa"),
        ("The firm will lease a 25-hectare plot at Port Ostrava.", "plot at Port Ostrava"),
        (
            "They will build two solar parks in the Republic of Ruritania.",
            "solar parks built in Republic of Ruritania",
        ),
        ("They will build a 90-megawatt plant in Lorna region.", "plant in Lorna region"),
        (
            "The firm will lease a 25-hectare plot for a warehouse.",
            "area of the plot for warehouse",
        ),
    ],
)
def test_measures_of_counted_things_and_sized_sites_say_where_they_are(
    text: str, expected: str
) -> None:
    brief = parse_brief(text, brief_id="t")
    assert [f.measures for f in brief.figures] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The pipeline, which now carries 10 billion cubic meters of gas a year, can be"
            " expanded to 20 billion cubic meters, the minister said.",
            ["gas carried by the pipeline a year", "capacity of pipeline after expansion"],
        ),
    ],
)
def test_measures_of_a_figure_after_a_modal_is_the_subject_before_the_aside(
    text: str, expected: list[str]
) -> None:
    brief = parse_brief(text, brief_id="t")
    assert [f.measures for f in brief.figures] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The sides agreed to raise trade to $2 billion by 2031.", ["trade by 2031"]),
        (
            "They plan to raise output to 4 million tonnes by the end of 2029.",
            ["output by the end of 2029"],
        ),
        (
            "They agreed to raise trade to $2 billion by 2031, up from $900 million.",
            ["trade by 2031", "earlier trade"],
        ),
        ("Trade reached $3 billion by 2024.", ["trade"]),
    ],
)
def test_measures_of_a_target_keeps_its_deadline(text: str, expected: list[str]) -> None:
    brief = parse_brief(text, brief_id="t")
    assert [f.measures for f in brief.figures] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The firm signed a contract to build a cement plant in the free zone with"
            " investments of $200 million.",
            ["investments in cement plant in the free zone"],
        ),
        (
            "A park was developed by a local company with an investment of $120 million.",
            ["investment"],
        ),
    ],
)
def test_measures_of_investments_say_what_is_built_with_them(
    text: str, expected: list[str]
) -> None:
    brief = parse_brief(text, brief_id="t")
    assert [f.measures for f in brief.figures] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He praised the Danube Growth Fund, whose portfolio has reached $90 million.",
            ["portfolio of the Danube Growth Fund"],
        ),
        (
            "The delegation visited Norvik Group, whose assets exceed $3 billion.",
            ["assets of Norvik Group"],
        ),
        (
            "She said that freight could reach 4 million tonnes in the coming years,"
            " up from 2 million tonnes in 2024.",
            ["freight", "freight in 2024"],
        ),
        ("Output will reach 50,000 tonnes.", ["output"]),
        (
            "The partners agreed on doubling farm exports to $600 million within four years.",
            ["growth of farm exports", "farm exports", "period of farm exports"],
        ),
        (
            "Norway will train 300 local nurses over the next two years.",
            ["local nurses trained by Norway", "period of local nurses trained by Norway"],
        ),
    ],
)
def test_measures_of_whose_modal_reach_and_periods_name_the_thing(
    text: str, expected: list[str]
) -> None:
    """ "X, whose Y reached N" is X's Y; "trade could reach N" is trade; "within/over the next
    N years" after a sum or a count is the period of that thing."""
    brief = parse_brief(text, brief_id="t")
    assert [f.measures for f in brief.figures] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The minister said that Latvia maintains consular ties with 97 countries and"
            " pursues a balanced policy.",
            "countries Latvia maintains consular ties with",
        ),
        (
            "Such service centres already operate in 9 provinces.",
            "provinces where such service centres operate",
        ),
        (
            "The firm currently ships fertiliser to 31 countries.",
            "countries the firm ships fertiliser to",
        ),
        ("Uzbek enterprises in 5 regions received loans.", "regions received loans"),
        (
            "They will produce 3,000 tractors and harvesters a year.",
            "tractors and harvesters a year",
        ),
    ],
)
def test_measures_of_a_count_after_a_preposition_keeps_the_clause_it_ends(
    text: str, expected: str
) -> None:
    """ "X exports gas to N countries" counts the countries X exports gas to; "X operate in N
    regions" the regions where X operate; a noun phrase without a verb is not such a clause."""
    brief = parse_brief(text, brief_id="t")
    assert [f.measures for f in brief.figures] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "– the Ministry of Transport is to organize the delivery of 8,000 tonnes of cement"
            " to the port.",
            ["delivery of cement"],
        ),
        (
            "The agency is to ensure annual exports of wool of up to 4,000 tonnes in 2028.",
            ["annual exports of wool in 2028"],
        ),
        (
            "Last spring Norway had supplied Latvia with over 2 million tonnes of gravel.",
            ["gravel supplied to Latvia"],
        ),
        ("Ships followed, led by Malta with 40 tonnes.", ["Malta"]),
        ("He said the lease will run for 30 years and cover the docks.", ["term of lease"]),
        (
            "The fund set aside $90 million for schools, with about a third going to rural areas.",
            ["schools", "share going to rural areas"],
        ),
    ],
)
def test_measures_of_a_sum_given_ordered_or_shared_out(text: str, expected: list[str]) -> None:
    """ "is to organize the supply of N of X" is the supply of X; "supplied A with N of X" is
    X supplied to A; "will run for N years" is a term; "with half going to X" a share."""
    brief = parse_brief(text, brief_id="t")
    assert [f.measures for f in brief.figures] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The stakes are split: Latvia and Estonia will hold 30% each, and Lithuania 40%.",
            ["share of Latvia and Estonia each", "share of Lithuania"],
        ),
        ("Exports to Chile rose 5%, and Peru 3%.", ["growth of exports to Chile", "Peru"]),
        (
            "Contracts worth $90 million were signed on the second day.",
            ["value of contracts signed on the second day"],
        ),
        (
            "At the forum, 17 contracts worth $2 billion were signed between ports.",
            ["contracts signed between ports", "value of contracts signed between ports"],
        ),
        (
            "The second stage of the bridge, worth $80 million, opens in May.",
            ["value of second stage of the bridge"],
        ),
        (
            "The presidents met, with the two ministers signing deals worth $3 billion in mining.",
            ["value of deals in mining"],
        ),
    ],
)
def test_measures_of_held_shares_and_sums_worth_keep_the_holder_and_the_deed(
    text: str, expected: list[str]
) -> None:
    """ "A and B will hold N% each" is their share, "..., and C N%" C's share after a holding;
    "X worth N were signed ..." keeps what was done; an apposed "X, worth N" keeps all of X."""
    brief = parse_brief(text, brief_id="t")
    assert [f.measures for f in brief.figures] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Danish firms have invested more than $2 billion in the Latvian economy since 2009.",
            ["investment by Danish firms in Latvian economy since 2009"],
        ),
        ("He said that they invested $5 million in schools.", ["investment in schools"]),
        (
            "Chile is a big investor there, with over $4 billion invested since 1999.",
            ["investments since 1999"],
        ),
        (
            "They recalled the EUR 3 billion mobilised by regional banks for the new ports.",
            ["funds mobilised by regional banks for the new ports"],
        ),
        (
            "The fund has $5 million allocated to clinics and will add more.",
            ["funds allocated to clinics"],
        ),
    ],
)
def test_measures_of_a_sum_invested_or_mobilised_says_by_whom_and_for_what(
    text: str, expected: list[str]
) -> None:
    """ "X have invested N in Y since T" is X's investment in Y since T; "N mobilised by X for
    Y" the funds mobilised so; a pronoun is no investor."""
    brief = parse_brief(text, brief_id="t")
    assert [f.measures for f in brief.figures] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Together with our partners, we want to reach 4 million tonnes by 2031.", [None]),
        (
            "The bank said it would provide Peru with a new credit package of up to $2 billion.",
            ["new credit package"],
        ),
        (
            "The charter capital of the new Latvian-Estonian bank will be $30 million.",
            ["charter capital of the new Latvian-Estonian bank"],
        ),
        (
            "The lender would provide Peru with a new credit package of up to $2 billion.",
            ["new credit package"],
        ),
        ("It amounted to $5 million.", [None]),
        (
            "Firms from both sides signed 9 memoranda of understanding (MoUs) worth $40 million.",
            ["memoranda of understanding", "value of memoranda of understanding (MoUs)"],
        ),
        (
            "Over the past three years freight between the ports grew 1.5 times.",
            ["growth of freight between the ports"],
        ),
    ],
)
def test_measures_of_reads_as_a_noun_phrase_or_is_none(
    text: str, expected: list[str | None]
) -> None:
    """A measure never starts with a pronoun subject, a modal or a period, never ends on a
    verb, and is never a participle alone: it is the noun phrase, or None."""
    brief = parse_brief(text, brief_id="t")
    assert [f.measures for f in brief.figures] == expected


def test_measures_of_it_is_the_thing_measured_in_the_sentence_before() -> None:
    """ "Freight grew 2 times. In 2026, it reached N, an increase of M": the freight."""
    brief = parse_brief(
        "Freight between the two ports has grown 2 times since 2020. In January-May 2026,"
        " it amounted to 3 million tonnes, an increase of 12 percent.",
        brief_id="t",
    )
    assert [f.measures for f in brief.figures] == [
        "growth of freight between the two ports since 2020",
        "freight between the two ports in January-May 2026",
        "growth of freight between the two ports",
    ]


def test_measures_of_a_bare_count_with_a_participle_counts_the_things_before() -> None:
    """ "build four more clinics in X, adding to the seven already opened": clinics opened."""
    brief = parse_brief(
        "Norway plans to build four more clinics in Latvia, adding to the seven already opened.",
        brief_id="t",
    )
    assert [f.measures for f in brief.figures] == [
        "clinics built by Norway in Latvia",
        "clinics already opened",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A Dutch firm is building a flower farm on 12 hectares in the valley, which will"
            " create about 90 jobs.",
            ["area of the flower farm", "jobs created by flower farm"],
        ),
        (
            "The guests toured a Latvian music school in Riga, where about 300 pupils study.",
            ["pupils at the Latvian music school"],
        ),
        (
            "About 700 Chilean students will begin studying at Spanish colleges next year.",
            ["Chilean students studying at Spanish colleges"],
        ),
        (
            "He said a Danish trade mission of 30 firms will come in May.",
            ["firms in the Danish trade mission"],
        ),
        (
            "The plan provides for the laying of 400 km of new pipes and the repair of 90 km of"
            " old roads.",
            ["laying of new pipes", "repair of old roads"],
        ),
        ("The new port will handle up to 80,000 containers a year.", ["containers a year"]),
        (
            "Trade between the two countries grew 1.4 times over the past four years.",
            ["growth of trade between the two countries over the past four years"],
        ),
        (
            "The firm plans to open a repair depot for trucks in the east with an investment of"
            " $7 million.",
            ["investment in repair depot for trucks in the east"],
        ),
    ],
)
def test_measures_of_say_where_who_and_how_often(text: str, expected: list[str]) -> None:
    """ "X on N hectares" is X's area; ", which will create N jobs" names the X before it;
    ", where N pupils study" puts them at that X; "a mission of N firms" puts them in it;
    "the laying of N km of pipes" is that laying; a rate ("a year") and a period ("over the
    past N years") after a figure stay in its measure."""
    brief = parse_brief(text, brief_id="t")
    assert [f.measures for f in brief.figures] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "They discussed the Vakhsh-2 dam, in which Latvia holds a 20 percent stake.",
            ["stake in the Vakhsh-2 dam"],
        ),
        (
            "He noted that freight between the ports had almost tripled over the past four"
            " years, reaching 9 million tonnes.",
            [
                "growth of freight between the ports over the past four years",
                "freight between the ports over the past four years",
            ],
        ),
        (
            "Fishing, which accounts for 12% of exports, rose by 4%.",
            ["fishing share of exports", "growth of fishing"],
        ),
        (
            "Textiles grew by 2.5%, the paper industry by 1.5% and the making of toys by 3%.",
            ["growth of textiles", "growth of paper industry", "growth of making of toys"],
        ),
        (
            "The fastest growth was seen in Lori province (12.5%).",
            ["fastest growth in Lori province"],
        ),
        ("The number of staff in farming reached 2 million people.", ["staff in farming"]),
        (
            "Chile is ready to invest up to $40 million in the project.",
            ["investment by Chile in project"],
        ),
        (
            "Peru is ready to grant Chilean trucks access to the port of Ilo on easy terms for 15"
            " years.",
            ["term of Chilean trucks access to the port of Ilo"],
        ),
        (
            "The scheme, under which the Danish side will supply pumps worth $9 million, was"
            " approved.",
            ["value of pumps supplied by Danish side"],
        ),
        (
            "Exports reached $90 million last year. The sides hope to raise it to $200 million"
            " within three years.",
            ["exports last year", "exports", "period of exports"],
        ),
    ],
)
def test_measures_of_gapped_parenthesised_and_referred_figures(
    text: str, expected: list[str]
) -> None:
    """A stake "in which X holds" is in that X; ", reaching N" and "X, which ..., rose by N"
    are X; "..., Y by N%" with the verb left out is Y's growth; "X region (N%)" is in X
    region; "ready to invest/grant ... for N years" names the investor and the term; "will
    supply pumps worth N" are pumps supplied; a period follows the figure it refers to."""
    brief = parse_brief(text, brief_id="t")
    assert [f.measures for f in brief.figures] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Around 90 Chilean students study at Spanish colleges.",
            ["Chilean students studying at Spanish colleges"],
        ),
        (
            "It runs two ferries carrying up to 80 trucks each.",
            ["ferries carrying", "trucks each"],
        ),
        ("The sides have set a target of $3 billion by 2030.", ["target by 2030"]),
        (
            "Peru has raised its copper import quota for Chile to 2 million tonnes a year.",
            ["copper import quota for Chile a year"],
        ),
        (
            "The plant is running close to its limit as local demand grows by about 3% a year.",
            ["growth of local demand"],
        ),
        (
            "“Our trade is still small, about 90 million euros a year, but it has grown by 25"
            " percent since 2021.",
            ["trade a year", "growth of trade since 2021"],
        ),
        (
            "The sides have agreed to triple trade over the next four years.",
            ["growth of trade over the next four years", "period of growth of trade"],
        ),
        ("It rose in the east, where the output of tea reached 9,000 tonnes.", ["output of tea"]),
    ],
)
def test_measures_of_never_keep_a_clause_around_the_noun_phrase(
    text: str, expected: list[str]
) -> None:
    """A bare verb keeps its place phrase; "up" of "up to" and "have set a" are cut; "as X
    grows by N%" is X's growth; "X is still small, about N" is X; "it" is the X before."""
    brief = parse_brief(text, brief_id="t")
    assert [f.measures for f in brief.figures] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Latvia will receive 2 billion kilowatt-hours of power from Estonia this spring.",
            ["power received by Latvia from Estonia"],
        ),
        (
            "Output rose 9% year-on-year in the first half of 2026, the firm said.",
            ["growth of output in the first half of 2026"],
        ),
        (
            "Trade between the two countries reached $2 billion in January-June.",
            ["trade between the two countries in January-June"],
        ),
        (
            "They agreed to raise trade to $3 billion in the next four years.",
            ["trade in the next four years", "period of trade"],
        ),
        (
            "Chilean firms had delivered goods worth $80 million to Peru this year.",
            ["value of goods delivered by Chilean firms"],
        ),
        (
            "Danish investments in Latvia have exceeded $2 billion, and Denmark is ready to"
            " increase them by a quarter.",
            ["Danish investments in Latvia", "growth of Danish investments in Latvia"],
        ),
    ],
)
def test_measures_of_periods_receivers_doers_and_what_them_refers_to(
    text: str, expected: list[str]
) -> None:
    """ "X will receive N of Y" is Y received by X; a period after "year-on-year", a span of
    months and "in the next N years" stay; "X had delivered goods worth N" names X; "increase
    them by a quarter" is the growth of the things named before."""
    brief = parse_brief(text, brief_id="t")
    assert [f.measures for f in brief.figures] == expected


def test_measures_of_a_goal_is_the_goal_for_the_figure_before() -> None:
    """ "Exports reached N. The goal is to reach M by 2030.": the exports goal by 2030."""
    brief = parse_brief(
        "Chile's exports to Peru reached $400 million. The goal is to reach $1 billion by 2030.",
        brief_id="t",
    )
    assert [f.measures for f in brief.figures] == [
        "Chile's exports to Peru",
        "Chile's exports to Peru goal by 2030",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "They approved a farm support programme for 2027-2029, which includes 12 projects.",
            ["projects included in the farm support programme"],
        ),
        (
            "Chile's wine exports jumped 14% y/y to $1.1 bn in January-June, the agency said.",
            ["growth of Chile's wine exports", "Chile's wine exports in January-June"],
        ),
        (
            "Peru-Chile trade rose 9 percent to 3.2 billion U.S. dollars in the first ten months"
            " of this year.",
            [
                "growth of Peru-Chile trade",
                "Peru-Chile trade in the first ten months of this year",
            ],
        ),
        (
            "She praised Latvia's economic growth of 3.1 percent in the first half of the year.",
            ["economic growth in the first half of the year"],
        ),
    ],
)
def test_measures_of_what_a_programme_includes_and_periods_without_a_year(
    text: str, expected: list[str]
) -> None:
    """ "X, which includes N projects" puts them in X; "jumped N% y/y to M" is M of the
    subject; "the first ten months of this year" is a period; "growth of N%" is the growth."""
    brief = parse_brief(text, brief_id="t")
    assert [f.measures for f in brief.figures] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The port handled 3 million tonnes of grain in the first half of 2026, up 20 percent"
            " year on year.",
            ["grain handled in the first half of 2026", "growth of grain handled"],
        ),
        (
            "“The Chilean community of some 5,000 people is a bridge,” he said.",
            ["people in the Chilean community"],
        ),
        (
            "He praised the Baltic Link, a nearly 400 km rail line that will join the ports.",
            ["length of Baltic Link"],
        ),
        (
            "A Latvian firm announced a $40 million project to build a cheese plant in Riga.",
            ["project to build a cheese plant in Riga"],
        ),
        (
            "These include a new school, and a joint glass plant in Lori province with an"
            " investment of $30 million.",
            ["investment in the joint glass plant"],
        ),
        (
            "A park was developed by a local company with an investment of $120 million.",
            ["investment"],
        ),
    ],
)
def test_measures_of_changes_groups_appositions_purposes_and_investments(
    text: str, expected: list[str]
) -> None:
    """ "N tonnes ..., up M percent" is their growth; "a community of N people" puts them in
    it; "X, a N km line" is X's length; "a project to build X" keeps its purpose; "a plant
    with an investment of N" is invested in that plant, but not the agent of a passive."""
    brief = parse_brief(text, brief_id="t")
    assert [f.measures for f in brief.figures] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Trade rose, he said, adding that bilateral trade grew 12 percent.",
            ["growth of bilateral trade"],
        ),
        ("On May 2, commencing at 3 p.m. for approximately 40 minutes, they met.", [None]),
        (
            "The state will fund 9,000 hectares of pasture and aims to cut losses.",
            ["pasture"],
        ),
        ("Last year our exports exceeded $2 billion.", ["our exports last year"]),
        (
            "The union announced a Global Gateway energy package of €2 billion.",
            ["Global Gateway energy package"],
        ),
        (
            "Since 2001 Norway has provided Chile with development aid of over $90 million.",
            ["development aid"],
        ),
        (
            "Peru signed a loan agreement with a group of banks led by Chile for $1 billion.",
            ["loan agreement with a group of banks led by Chile"],
        ),
    ],
)
def test_measures_of_cut_the_said_lead_a_leading_period_and_a_dangling_word(
    text: str, expected: list[str | None]
) -> None:
    """ "adding that X grew" is X; a time of day is no measure; "and aims to" ends a phrase;
    "last year our exports" reads "our exports last year"; "X announced a package" and "has
    provided X with aid" are the package and the aid."""
    brief = parse_brief(text, brief_id="t")
    assert [f.measures for f in brief.figures] == expected


def test_parse_brief_reads_no_figure_in_the_numbers_of_a_list() -> None:
    """The numbers of a numbered list are no figures; a count in an item still is."""
    brief = parse_brief(
        "The sides signed four documents:\n1. Plan of Consultations for 2027-2028;\n"
        "2. Memorandum on 3 joint labs;\n3. Agreement on transport.",
        brief_id="t",
    )
    assert [(f.text, f.measures) for f in brief.figures] == [
        ("four", "documents signed"),
        ("3", "joint labs"),
    ]


def test_parse_brief_reads_no_figure_in_the_numbers_of_a_list_written_with_hyphens() -> None:
    """ "1- trade;\n2- water": the numbers of an agenda's items are no figures either."""
    brief = parse_brief(
        "Ministers meet in Valletta\n\n"
        "The foreign ministers of Malta and Chile held talks on Monday.\n\n"
        "The talks focused on a three-point agenda:\n1- trade and investment;\n"
        "2- scholarships for 40 students;\n3- regional security.\n",
        brief_id="t",
    )
    assert [f.text for f in brief.figures] == ["three", "40"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The aim is to reduce the transit time to Europe to 12 days.", [(12, "days")]),
        ("The road will cut the trip from 9 to 6 days.", [(9, "days"), (6, "days")]),
        ("Two-way trade reached $3 billion.", [(3e9, "USD")]),
        ("The three-party talks covered five topics.", [(5, "count")]),
    ],
)
def test_find_figures_reads_a_cut_time_and_no_number_in_two_way(
    text: str, expected: list[tuple[float, str]]
) -> None:
    """ "reduce the time to N days" is a target time; "two-way" and "three-party" are no
    figures."""
    found = find_figures(Sentence(text, 0, len(text), 0), [])
    assert [(f.value, f.unit) for f in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The shop occupies a 1,500-square-metre hall.",
            [(1500, "square metres", "area of the hall")],
        ),
        (
            "Firms will help in building 2,000 flats in Riga.",
            [(2000, "count", "flats built in Riga")],
        ),
        ("The office is in Building 3 of the park.", []),
        ("The park covers 40 square kilometres.", [(40, "square km", "park")]),
    ],
)
def test_find_figures_reads_square_metres_and_a_count_after_building(
    text: str, expected: list[tuple[float, str, str]]
) -> None:
    """ "a 1,500-square-metre hall" is an area; "building 2,000 flats" a count, "Building 3" a
    label; "covers" never ends a measure."""
    found = find_figures(Sentence(text, 0, len(text), 0), [])
    assert [(f.value, f.unit, f.measures) for f in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chilean firms were prepared to invest $4–5 billion in new mines.",
            [
                "investment by Chilean firms in new mines",
                "investment by Chilean firms in new mines",
            ],
        ),
        ("The sides set a target of $8 billion in bilateral trade.", ["bilateral trade target"]),
        (
            "The firm is building a plant with a planned output of 3 million tonnes of urea a"
            " year.",
            ["output of urea a year"],
        ),
    ],
)
def test_measures_of_a_range_a_target_of_and_an_output_of_a_product(
    text: str, expected: list[str]
) -> None:
    """Both bounds of "$4–5 billion" measure the same; "a target of N in X" is X's target; "an
    output of N tonnes of urea" is the output of urea."""
    brief = parse_brief(text, brief_id="t")
    assert [f.measures for f in brief.figures] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "They discussed the construction of solar farms with a total capacity of 2 GW.",
            ["capacity of solar farms"],
        ),
        (
            "The depot will be built on an area of 50,000 square metres.",
            ["area of the depot"],
        ),
        (
            "Chile accounts for about 20 percent of Peru's trade and nearly half of its"
            " investment.",
            ["Chile share of Peru's trade", "Chile share of investment"],
        ),
    ],
)
def test_measures_of_capacities_areas_and_a_second_share(text: str, expected: list[str]) -> None:
    """ "the construction of farms with a capacity of N" is the farms' capacity; "X will be
    built on an area of N" is X's area; "and nearly half of Y" starts the next share."""
    brief = parse_brief(text, brief_id="t")
    assert [f.measures for f in brief.figures] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The programme is funded by a grant, with co-financing of $9 million from the state"
            " and $3 million from the partner banks.",
            ["co-financing", "co-financing from the partner banks"],
        ),
        (
            "The firm plans a listing on the Riga and Tallinn exchanges, which could raise up to"
            " $90 million.",
            ["Riga and Tallinn exchanges"],
        ),
    ],
)
def test_measures_of_a_parallel_source_and_a_name_inside_the_sentence(
    text: str, expected: list[str]
) -> None:
    """ "N1 from A and N2 from B": the second is the same thing from B; a capitalised word
    inside the sentence is a name and keeps its capital."""
    brief = parse_brief(text, brief_id="t")
    assert [f.measures for f in brief.figures] == expected


def test_measures_of_a_counted_phrase_ends_before_and_the_next_item() -> None:
    """ "a capacity of 900 trucks and the upgrade of a depot": the trucks (the plant's
    capacity), not the upgrade."""
    brief = parse_brief(
        "The plans include a plant with a capacity of 900 trucks and the upgrade of a depot.",
        brief_id="t",
    )
    assert [f.measures for f in brief.figures] == ["trucks, capacity of plant"]


def test_measures_of_a_count_done_by_two_verbs_names_both_and_the_doer() -> None:
    """ "X have built or modernized N plants": the plants built or modernized by X."""
    brief = parse_brief("Danish firms have built or modernized 14 ports in Latvia.", brief_id="t")
    assert [f.measures for f in brief.figures] == [
        "ports built or modernized by Danish firms in Latvia"
    ]


def test_measures_of_a_level_after_a_change_and_to_is_the_subject() -> None:
    """ "X increased 1.5 times this year, to N": the level of X."""
    brief = parse_brief(
        "He noted that the volume of freight on the line increased 1.5 times this year, to 3"
        " mln tonnes.",
        brief_id="t",
    )
    assert [f.measures for f in brief.figures] == [
        "growth of freight on the line this year",
        "freight on the line this year",
    ]


# Words and glue of the clauses before a count: subjects, auxiliaries, verbs, "Name with".
DONE_PIECES = [
    "Serbian", "companies", "the", "firms", "are", "will", "have", "also", "plan", "plans",
    "to", "aims", "expected", "be", "implementing", "built", "Built", "(built", "x(built",
    "supplied", "Supplied", "signed", "“signed", "with", "of", "creation", "job-creation",
    "construction", "Kazakhstan", "Tashkent", "U.S.", "x’s", "-", "İs", "ſupplied", "and",
]  # fmt: skip
DONE_GLUE = [" ", " ", "  ", "\n", "\t", ""]
done_tails = glued(DONE_PIECES, DONE_GLUE, 14)


def _done_by_spans(tail: str, start: int | None) -> tuple[object, ...] | None:
    match = _DONE_BY.search(tail, start or 0) if start is not None else None
    return (match.span(), match.groupdict()) if match else None


@pytest.mark.parametrize(
    "tail",
    [
        "the firms noted that the Government is implementing a plan to modernize ",
        "Serbian companies are also expected to build ",
        "the sides (signed ",
        "Kazakhstan supplied Tashkent Region with ",
        "the talks witnessed the signing of ",
        "the portfolio includes more than ",
        "with the job-creation of ",
    ],
)
def test_done_by_from_finds_the_match_of_the_whole_tail(tail: str) -> None:
    """Searching from `_done_by_from` gives the match of a search of the whole tail."""
    start = _done_by_from(tail)
    assert _done_by_spans(tail, start) == _done_by_spans(tail, 0)


@settings(max_examples=300, deadline=None)
@given(done_tails)
def test_done_by_from_finds_the_match_of_the_whole_tail_on_any_text(tail: str) -> None:
    """On any run of subjects, auxiliaries, verbs and breaks: the same match, or none."""
    assert _done_by_spans(tail, _done_by_from(tail)) == _done_by_spans(tail, 0)


def test_done_aux_words_hold_every_auxiliary_of_done_by() -> None:
    """The auxiliary words `_done_by_from` skips are those `_DONE_BY` reads."""
    group = re.search(r"\(\?:\(\?:(are\|.*?hopes\?)\)\\s\+to\)", _DONE_BY.pattern)
    assert group is not None
    alternatives = group.group(1).replace("(?:", "").split("|")
    words = {w for a in alternatives for w in ((a[:-2], a[:-1]) if a.endswith("s?") else (a,))}
    assert len(words) == 40
    assert words | {"to"} == _DONE_AUX_WORDS


LEADING_PIECES = [
    *sorted(_LEADING_FIRST), "The", "OVER", "twenty-five", "Twenty", "2,000", "٣", "²", "İn",
    "ſome", "trade", "years", "(the", "x", "2026", "Astana", "exports", "the,",
]  # fmt: skip
leading_phrases = glued(LEADING_PIECES, [" ", "  ", "\n", "", "-"], 6)


def _span_of(match: re.Match[str] | None) -> tuple[int, int] | None:
    return match.span() if match else None


@settings(max_examples=300, deadline=None)
@given(leading_phrases)
def test_leading_match_is_the_match_of_leading_on_any_phrase(phrase: str) -> None:
    """The gated `_leading_match` finds what `_LEADING.match` finds, or nothing alike."""
    assert _span_of(_leading_match(phrase)) == _span_of(_LEADING.match(phrase))


@pytest.mark.parametrize(
    ("phrase", "lead"),
    [
        ("the volume of trade", "the "),
        ("Twenty-five new plants", "Twenty-five "),
        ("2,000 tractors", "2,000 "),
        ("over the past five years trade", "over the past five years "),
        ("bilateral trade turnover", None),
        ("", None),
    ],
)
def test_leading_match_reads_a_leading_word(phrase: str, lead: str | None) -> None:
    """It reads an article, a number or a period before the phrase's noun, and nothing else."""
    match = _leading_match(phrase)
    assert (match.group(0) if match else None) == lead


BRIEF_TEXTS = [
    path.read_text(encoding="utf-8")
    for path in sorted(
        [
            *(Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"),
            *(Path(__file__).resolve().parents[2] / "shared" / "briefs-dev").glob("*.txt"),
        ]
    )
]


def _led_patterns() -> list[re.Pattern[str]]:
    return [
        value
        for value in vars(figures).values()
        if isinstance(value, re.Pattern) and value.pattern.startswith("(?=[")
    ]


def test_a_first_character_lookahead_never_changes_a_match() -> None:
    """No pattern led by `_led_by`'s lookahead matches without it where the character is not
    one of the lookahead's: in the briefs and their lower-cased text, at every position, and
    in every window that ends after a word (what the patterns ending in "$" search)."""
    led = _led_patterns()
    assert len(led) >= 10
    texts = [*BRIEF_TEXTS, *(text.lower() for text in BRIEF_TEXTS)]
    assert len(texts) >= 4
    for pattern in led:
        parts = re.fullmatch(r"\(\?=\[([^]]+)\]\)\(\?:(.*)\)", pattern.pattern, re.S)
        assert parts is not None
        elsewhere = re.compile(f"(?=[^{parts[1]}])(?:{parts[2]})", pattern.flags)
        # Every word the pattern spells, in a row: each of its words can start a match.
        spelt = " ".join(re.findall(r"[A-Za-z]+", parts[2])) + " "
        for text in texts:
            assert elsewhere.search(text) is None, pattern.pattern[:40]
        for text in [*texts[::4], spelt, spelt.upper()]:
            for end in (i + 1 for i, char in enumerate(text) if char == " "):
                assert elsewhere.search(text, max(0, end - 120), end) is None


def test_an_ascii_twin_spells_out_white_space_in_and_out_of_classes() -> None:
    """`\\s` becomes the ASCII characters Unicode counts as white space, inside a class as its
    members and outside as a class; other escapes and "[^]" stay; the flags turn ASCII."""
    twin = _ascii_twin(re.compile(r"[^]\s]\s+\.[\w\s-]", re.I))
    space = r"\t\n\x0b\x0c\r\x1c-\x1f "
    assert twin.pattern == rf"[^]{space}][{space}]+\.[\w{space}-]"
    assert twin.flags & re.ASCII
    assert twin.flags & re.I
    with pytest.raises(ValueError, match="S"):
        _ascii_twin(re.compile(r"\S+"))


def _twins() -> list[tuple[re.Pattern[str], re.Pattern[str]]]:
    names = [name.removesuffix("_ASCII") for name in vars(figures) if name.endswith("_ASCII")]
    return [(getattr(figures, name), getattr(figures, f"{name}_ASCII")) for name in names]


def _all_matches(pattern: re.Pattern[str], text: str) -> list[tuple[object, ...]]:
    found: list[tuple[object, ...]] = [(m.span(), m.groups()) for m in pattern.finditer(text)]
    for at in range(len(text)):
        match = pattern.match(text, at)
        found.append((at, match.span(), match.groups()) if match else (at,))
    return found


ASCII_PIECES = [
    "Exports", "rose", "to", "$5", "billion", "in", "the", "first", "half", "of", "2024", "over",
    "next", "five", "years", "Serbian", "companies", "are", "implementing", "14", "projects",
    "with", "construction", "of", "19.5-km", "target", "AIM", "Last", "year", "y/y", "K", "s",
    " ", "  ", "\n", "\t", "\x0b", "\x0c", "\x1c", "\x1f", "-", ",", ".", "(", ")",
]  # fmt: skip
ascii_texts = st.lists(st.sampled_from(ASCII_PIECES), max_size=14).map(" ".join)


def test_each_ascii_twin_matches_as_its_pattern_on_the_ascii_sentences() -> None:
    """On every ASCII brief sentence (and its lower case), each twin finds what its pattern
    finds, searching and at every position."""
    twins = _twins()
    assert len(twins) >= 4  # (the digits' twin gave way to `_digit_runs`)
    sentences = [s for text in BRIEF_TEXTS for s in re.split(r"(?<=\.) |\n", text) if s.isascii()]
    assert len(sentences) > 100
    for pattern, twin in twins:
        for sentence in [*sentences, *(s.lower() for s in sentences)]:
            assert _all_matches(twin, sentence) == _all_matches(pattern, sentence)


@settings(max_examples=300, deadline=None)
@given(ascii_texts)
def test_each_ascii_twin_matches_as_its_pattern_on_any_ascii_text(text: str) -> None:
    """On any ASCII text, white space of every kind included, the twins match alike."""
    for pattern, twin in _twins():
        assert _all_matches(twin, text) == _all_matches(pattern, text)


UNIT_PIECES = [
    "5", "dollars", "Dollars", "DOLLARS", "dOllars", "U.S.", "u.s.", "Saudi", "riyals", "Hong",
    "Kong", "yuan", "USD", "TL", "tonnes", "Tonnes", "tons", "t", "MW", "kilowatt-hours",
    "square-metre", "sq", "km", "m³", "m3", "b/d", "companies", "per", "cent", "years", "złoty",
    "colón", "\u212a\u212aw", "ſq", "tenge", "_", "x", " ", "  ", "-", "\n", "\u00a0", ".",
]  # fmt: skip
unit_texts = st.lists(st.sampled_from(UNIT_PIECES), max_size=8).map("".join)


def _unit_gate_holds(text: str) -> None:
    for at in range(len(text) + 1):
        word = figures._word_after(text, at)
        if figures._CURRENCY_AFTER.match(text, at):
            assert figures._may_name_unit(word, True), (text, at)
        if figures._QUANTITY_AFTER.match(text, at):
            assert figures._may_name_unit(word, False), (text, at)


def test_the_word_after_a_number_lets_every_currency_and_unit_through() -> None:
    """`_may_name_unit` is true wherever `_CURRENCY_AFTER` or `_QUANTITY_AFTER` matches: at
    every position of the briefs, and after every currency word and unit the patterns spell."""
    for text in BRIEF_TEXTS:
        _unit_gate_holds(text)
    for word in [*figures.CURRENCY_WORDS, *figures._QUANTITY_UNITS]:
        for text in (f"5 {word} ", f"5-{word}.", f"5{word}", f"5  {word.upper()}"):
            _unit_gate_holds(text)
    assert figures._may_name_unit("dollars", True)
    assert not figures._may_name_unit("companies", True)
    assert not figures._may_name_unit("companies", False)
    assert figures._may_name_unit("Saudi", True)  # a country's adjective before the currency


@settings(max_examples=300, deadline=None)
@given(unit_texts)
def test_the_word_after_a_number_lets_them_through_on_any_text(text: str) -> None:
    """On any text of currency words, units, capitals, case variants and white space: the same."""
    _unit_gate_holds(text)


def _unit_spellings() -> set[str]:
    """Every string the unit group of `_QUANTITY_AFTER` matches (a finite language)."""
    parsed = re._parser.parse(figures._QUANTITY_AFTER.pattern)  # type: ignore[attr-defined]
    group = next(av[3] for op, av in parsed if str(op) == "SUBPATTERN")

    def spell(items: object) -> set[str]:
        out = {""}
        for op, av in items:  # type: ignore[attr-defined]
            name = str(op)
            if name == "LITERAL":
                heads = {chr(av)}
            elif name == "IN":
                heads = {chr(v) for o, v in av if str(o) == "LITERAL"}
                assert len(heads) == len(av)
            elif name == "BRANCH":
                heads = set().union(*(spell(branch) for branch in av[1]))
            elif name == "SUBPATTERN":
                heads = spell(av[3])
            elif name == "MAX_REPEAT":
                assert (av[0], av[1]) == (0, 1)
                heads = {""} | spell(av[2])
            elif name == "ASSERT":
                continue  # "t(?=\\s)"
            else:
                raise AssertionError(name)
            out = {a + b for a in out for b in heads}
        return out

    return spell(group)


def test_every_unit_the_pattern_reads_is_a_known_unit() -> None:
    """The first words of `_QUANTITY_UNITS` cover the unit pattern: each spelling it matches is
    one of its keys (lower-cased, a hyphen read as a space)."""
    spellings = _unit_spellings()
    assert len(spellings) > 80
    for unit in spellings:
        assert unit.lower().replace("-", " ") in figures._QUANTITY_UNITS, unit


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Now Moldova receives about 2 million tonnes of Ukrainian coal a year, and we "
            "plan to triple this volume by 2031, she said.",
            [
                "Ukrainian coal received by Moldova a year",
                "growth of Ukrainian coal received by Moldova by 2031",
            ],
        ),
        ("They receive 4 million tonnes of oil a year.", ["oil received a year"]),
        (
            "The ministers agreed to lift trade in services to $3 billion, nearly triple the "
            "present level.",
            ["trade in services", "growth of trade in services against the present level"],
        ),
    ],
)
def test_find_figures_names_who_receives_and_the_horizon_of_a_multiple(
    text: str, expected: list[str]
) -> None:
    """A time word before the receiver is not its name ("Now Moldova receives"), a pronoun is
    no receiver; a multiple of "this volume" keeps its year ("by 2031") and what it is
    against ("the present level"), not the rate of the figure before ("a year")."""
    assert [f.measures for f in find_figures(Sentence(text, 0, len(text), 0), [])] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The dam will cost 900 million dollars, of which Norway will finance 30 percent.",
            ["cost of dam", "share of dam financed by Norway"],
        ),
        (
            "The port costs $2 billion, of which the Islamic Development Bank is to provide "
            "60 percent.",
            ["cost of port", "share of port provided by the Islamic Development Bank"],
        ),
    ],
)
def test_find_figures_reads_the_share_a_named_party_pays_of_the_sum_before(
    text: str, expected: list[str]
) -> None:
    """ "N, of which X will finance P percent": the share of the thing that X finances."""
    assert [f.measures for f in find_figures(Sentence(text, 0, len(text), 0), [])] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Exporters see the port as a door to the Andean Community, a market of 110 "
            "million buyers.",
            ["buyers in the Andean Community market"],
        ),
        (
            "Firms are drawn to Peru, a country of about 34 million people, by its mines.",
            ["people in Peru"],
        ),
    ],
)
def test_find_figures_places_a_count_in_the_whole_it_is_apposed_to(
    text: str, expected: list[str]
) -> None:
    """ "X, a market of N consumers": the consumers in the X market; "X, a country of N
    people": the people in X."""
    assert [f.measures for f in find_figures(Sentence(text, 0, len(text), 0), [])] == expected


def test_find_figures_reads_a_loan_named_by_a_fund_with_its_short_name() -> None:
    """ "a N (M) Regional Growth Fund (RGF) loan for X and expand the ...": the RGF loan for
    X, read past the name's short form and cut before the second verb."""
    text = (
        "The ministry will provide a 40 billion-yen ($270 million) Regional Growth Fund "
        "(RGF) loan for a district heating plant and expand the list of grants to 50 a year."
    )
    found = find_figures(Sentence(text, 0, len(text), 0), [])
    assert [f.measures for f in found][:2] == [
        "RGF loan for district heating plant",
        "RGF loan for district heating plant",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "She said that exports had doubled over the past five years and that 40 Chilean "
            "firms had become residents of the Northern Gate Special Trade Zone.",
            [
                "growth of exports over the past five years",
                "Chilean firms that became residents of the Northern Gate Special Trade Zone",
            ],
        ),
        (
            "Ministers said 20 protocols were signed between the agencies over the past two "
            "years.",
            ["protocols signed between the agencies"],
        ),
    ],
)
def test_find_figures_keeps_a_count_to_its_own_clause_and_verb(
    text: str, expected: list[str]
) -> None:
    """A period of an earlier clause ("over the past five years and that N ...") is not the
    count's; "N firms had become X" are the firms that became X, with the whole name; a
    measure never ends on a period cut short ("between them over the past")."""
    assert [f.measures for f in find_figures(Sentence(text, 0, len(text), 0), [])] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Local banks signed 14 contracts worth a total of 2.5 billion euros.",
            ["contracts signed by local banks", "total value of contracts signed by local banks"],
        ),
        ("Traders closed deals worth a combined $800 million.", ["total value of deals"]),
        ("Petrobras built 3 plants.", ["plants built by Petrobras"]),
    ],
)
def test_find_figures_says_a_sum_worth_a_total_is_a_total_value(
    text: str, expected: list[str]
) -> None:
    """ "N things worth a total of M": M is the total value of the things; the capital of
    the sentence's first word is dropped in who did it ("by local banks"), a name's kept."""
    assert [f.measures for f in find_figures(Sentence(text, 0, len(text), 0), [])] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A bus maker will open a plant in Osh with a capacity of 800 buses per year.",
            ["buses per year, capacity of plant"],
        ),
        (
            "Plans include a depot with an annual capacity of 2,000 wagons.",
            ["wagons, annual capacity of depot"],
        ),
    ],
)
def test_find_figures_says_a_count_of_things_is_a_capacity_of_what_has_it(
    text: str, expected: list[str]
) -> None:
    """ "X with a capacity of N things": the things, and whose capacity that is."""
    assert [f.measures for f in find_figures(Sentence(text, 0, len(text), 0), [])] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A textile fair opened in Lodz with the participation of about 150 exporters.",
            ["exporters at the fair"],
        ),
        ("The talks went on with the participation of 12 experts.", ["experts"]),
        ("The congress brought together 900 doctors.", ["doctors at the congress"]),
    ],
)
def test_find_figures_places_the_participants_of_an_event_at_it(
    text: str, expected: list[str]
) -> None:
    """ "a fair opened with the participation of N exporters": the exporters at the fair; with
    no event named, the counted things alone."""
    assert [f.measures for f in find_figures(Sentence(text, 0, len(text), 0), [])] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Aid goes to Tbilisi, where about a third of the country’s 3.7 million people live.",
            ["share of country’s people living in Tbilisi", "people in the country"],
        ),
        ("Some 900 Chilean engineers work in Peru.", ["Chilean engineers working in Peru"]),
        ("About 30 percent of the population live abroad.", ["share of population living abroad"]),
    ],
)
def test_find_figures_reads_a_bare_verb_of_the_counted_things_as_a_participle(
    text: str, expected: list[str]
) -> None:
    """ "N engineers work in X": the engineers working in X; "in X, where a third of the
    country's N people live": the share of them living in X, and N the people in the
    country (no bare verb left at the end)."""
    assert [f.measures for f in find_figures(Sentence(text, 0, len(text), 0), [])] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nearly half of our freight passes through Batumi and Poti ports, she said.",
            ["share of freight passing through Batumi and Poti ports"],
        ),
        ("A quarter of the wheat goes to Egypt.", ["share of wheat going to Egypt"]),
        ("About 40 delegations attended.", ["delegations attending"]),
    ],
)
def test_find_figures_reads_the_verb_of_a_share_or_count_as_a_participle(
    text: str, expected: list[str]
) -> None:
    """ "half of our freight passes through X": the share of freight passing through X; "N
    delegations attended": the delegations attending (no verb left in the measure)."""
    assert [f.measures for f in find_figures(Sentence(text, 0, len(text), 0), [])] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sales grew, helped by tariffs that have fallen about 12% this year on new rules.",
            ["fall in tariffs this year"],
        ),
        ("Imports fell, hit by wool prices which rose by 7 percent.", ["rise in wool prices"]),
    ],
)
def test_find_figures_reads_a_change_in_a_relative_clause_as_a_change_of_its_subject(
    text: str, expected: list[str]
) -> None:
    """ "tariffs that have fallen 12% this year": the fall in tariffs this year, not a bare
    participle ("fallen this year")."""
    assert [f.measures for f in find_figures(Sentence(text, 0, len(text), 0), [])] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He praised a steel mill in the Ural region built by local firms, which produces "
            "2 million tonnes of steel a year.",
            ["steel output of the steel mill in the Ural region a year"],
        ),
        ("The refinery produces 4 million tonnes of fuel.", ["fuel output of the refinery"]),
        ("Chile produces 5 million tonnes of copper.", ["copper"]),
    ],
)
def test_find_figures_says_a_quantity_a_facility_produces_is_its_output(
    text: str, expected: list[str]
) -> None:
    """ "a mill in X ..., which produces N tonnes of steel a year": the steel output of the
    mill in X (not of who built it); a country's production is left as it is."""
    assert [f.measures for f in find_figures(Sentence(text, 0, len(text), 0), [])] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He said Finnish scouts have planted over 2 million saplings in the Negev region.",
            ["saplings planted by Finnish scouts in Negev region"],
        ),
        (
            "Local utilities installed 500 smart meters.",
            ["smart meters installed by local utilities"],
        ),
    ],
)
def test_find_figures_says_who_planted_or_installed_the_counted_things(
    text: str, expected: list[str]
) -> None:
    """ "X have planted N saplings": the saplings planted by X; "installed" alike."""
    assert [f.measures for f in find_figures(Sentence(text, 0, len(text), 0), [])] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The city will give investors a 30-year lease on plots in its industrial parks.",
            ["length of lease on plots"],
        ),
        (
            "They signed a 15-year contract for the supply of wheat.",
            ["length of contract for the supply of wheat"],
        ),
        ("A 20-year concession was granted.", ["length of concession"]),
    ],
)
def test_find_figures_says_what_a_term_of_years_is_on_or_for(
    text: str, expected: list[str]
) -> None:
    """ "a 30-year lease on plots": the length of the lease on plots (what it covers)."""
    assert [f.measures for f in find_figures(Sentence(text, 0, len(text), 0), [])] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "She said exports rose to $80 million in 2025, but the partners should aim for "
            "$300 million.",
            [("$80 million", None, "exports in 2025"), ("$300 million", "target", "exports")],
        ),
        (
            "Exports rose to $80 million; the partners aim for $90 million in new loans.",
            [("$80 million", None, "exports"), ("$90 million", None, "new loans")],
        ),
        ("The partners aim for $90 million.", [("$90 million", None, None)]),
    ],
)
def test_find_figures_reads_a_sum_aimed_for_as_the_target_of_the_sum_before(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """ "X reached N, but the sides should aim for M": M is X's target; a sum aimed for with
    its own thing ("in new loans") keeps it; with neither, who aims is no measure."""
    found = find_figures(Sentence(text, 0, len(text), 0), [])
    assert [(f.text, f.approx, f.measures) for f in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The sale of state assets will include stakes in 8 big banks in 2029, he said.",
            ["stakes in big banks in 2029"],
        ),
        ("The state will sell shares in 9 ports.", ["shares in ports"]),
    ],
)
def test_find_figures_says_a_count_after_stakes_in_counts_the_stakes(
    text: str, expected: list[str]
) -> None:
    """ "stakes in 8 big banks in 2029": the stakes in the banks (and their year)."""
    assert [f.measures for f in find_figures(Sentence(text, 0, len(text), 0), [])] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The agency showed a portfolio of 30 projects worth $900 million in mining.",
            ["projects", "value of the portfolio of projects in mining"],
        ),
        ("They signed 30 deals worth $900 million.", ["deals signed", "value of deals signed"]),
    ],
)
def test_find_figures_says_a_sum_worth_of_a_portfolio_is_its_value(
    text: str, expected: list[str]
) -> None:
    """ "a portfolio of N projects worth M": M is the value of the portfolio of projects."""
    assert [f.measures for f in find_figures(Sentence(text, 0, len(text), 0), [])] == expected


def test_find_figures_reads_its_capacity_as_the_capacity_of_the_named_works_before() -> None:
    """ "traffic on the North-South Corridor grew, and they plan to raise its annual
    capacity to N": the annual capacity of the North-South Corridor."""
    text = (
        "Traffic on the North-South Corridor grew last year, and the partners plan to raise "
        "its annual capacity to 9 million tonnes."
    )
    assert measures_of(text) == ["annual capacity of the North-South Corridor"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cargo on the Lima–Cusco–Puno railway rose 12 percent last year.",
            ["growth of cargo on the Lima–Cusco–Puno railway last year"],
        ),
        ("Trade – which is small – rose 5 percent.", [None]),
    ],
)
def test_find_figures_reads_a_subject_across_the_dashes_of_a_name_only(
    text: str, expected: list[str | None]
) -> None:
    """ "the A–B–C railway" is one subject (dashes inside a name); a dash with spaces is a
    break, and "growth of which" says nothing (None)."""
    assert [f.measures for f in find_figures(Sentence(text, 0, len(text), 0), [])] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“The Nile Delta is home to some 40 million people.",
            ["people living in the Nile Delta"],
        ),
        ("Peru is home to 300 mines.", ["mines in Peru"]),
    ],
)
def test_find_figures_reads_what_a_place_is_home_to_as_living_or_being_there(
    text: str, expected: list[str]
) -> None:
    """ "X is home to N people": the people living in X (no quotation mark, no verb left)."""
    assert [f.measures for f in find_figures(Sentence(text, 0, len(text), 0), [])] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The university trains 130 students, almost twice as many as in 2020.", (2.0, "times")),
        ("Exports of fruit grew almost twice in a year.", (2.0, "times")),
        ("Trade has grown by more than one and a half times.", (1.5, "times")),
        ("Trade grew one-and-a-half times.", (1.5, "times")),
    ],
)
def test_twice_and_one_and_a_half_times_are_multiples(
    text: str, expected: tuple[float, str]
) -> None:
    assert expected in [(value, unit) for value, unit, _ in figures_of(text)]


def test_twice_as_how_often_is_no_figure_but_twice_a_year_counts_two() -> None:
    """ "met twice this year" tells how often, no news; "meets twice a year" is a count of
    two a year, like "four times a week" (as the gold of realistic30 has it)."""
    assert figures_of("The ministers met twice this year.") == []
    assert figures_of("The commission meets twice a year.") == [(2.0, "count", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A container takes almost 40 days to reach the port.", [(40.0, "days")]),
        ("The construction will take 18 months.", [(18.0, "months")]),
        # the years a process is expected to take, one number or a range's upper bound
        ("The visa process could take four to six years.", [(6.0, "years")]),
        ("Building the bridge will take five years.", [(5.0, "years")]),
        ("The corridor can bring that down to 20 days.", [(20.0, "days")]),
        (
            "They agreed on supplies of 300 tons of honey over three years.",
            [(300.0, "tonnes"), (3.0, "years")],
        ),
    ],
)
def test_a_length_of_time_taken_or_committed_is_a_figure(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(value, unit) for value, unit, _ in figures_of(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Trade grew over three years.",
        "Trade grew 5% in the first nine months.",
        "They met for two days.",
        "The talks took place three years after the war.",
    ],
)
def test_a_reporting_period_is_no_figure(text: str) -> None:
    assert [unit for _, unit, _ in figures_of(text)] in ([], ["percent"])


def test_a_part_of_a_count_told_after_it_is_a_figure() -> None:
    text = "The Commission removed 11 barriers, three of them at the request of the Kyrgyz side."
    assert figures_of(text) == [(11.0, "count", None), (3.0, "count", None)]
    assert figures_of("Two of them met later.") == []
    assert figures_of("Eleven of them have already been commissioned.") == [(11.0, "count", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The pipeline carries about 50,000 barrels per day.", (50000.0, "barrels per day")),
        ("A plant of 100,000 cubic metres of water per day.", (100000.0, "cubic metres per day")),
        ("A field may yield 300 million cubic feet of gas per day.", (3e8, "cubic feet per day")),
        ("The pipeline carries 50,000 barrels a year.", (50000.0, "barrels")),
    ],
)
def test_a_daily_flow_is_measured_per_day(text: str, expected: tuple[float, str]) -> None:
    assert [(value, unit) for value, unit, _ in figures_of(text)] == [expected]


def test_where_a_cut_of_time_starts_is_a_figure() -> None:
    text = "The window will reduce the time to cross the border from six hours to 40 minutes."
    assert [(v, u) for v, u, _ in figures_of(text)] == [(6.0, "hours"), (40.0, "minutes")]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The Japan Bank for International Cooperation will lend ¥45 billion.", "JPY"),
        ("China will lend ¥45 billion.", "CNY"),
        ("At talks in Tokyo, the premier pledged a ¥12 billion loan.", "JPY"),
        ("At talks in Tokyo, Chinese banks pledged a ¥12 billion loan.", "CNY"),
    ],
)
def test_the_yen_sign_in_a_sentence_on_japan_is_yen(text: str, unit: str) -> None:
    assert [u for _, u, _ in figures_of(text)] == [unit]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The fund has selected the first 12 projects in engineering.", [(12.0, "count")]),
        ("The first ten projects will be approved.", [(10.0, "count")]),
        ("In the first three quarters, trade grew.", []),
        (
            "Exports reached 2 tonnes, a third more than a year earlier.",
            [(2.0, "tonnes"), (1 / 3, "fraction")],
        ),
        ("They will extend the programme for another five years.", [(5.0, "years")]),
    ],
)
def test_first_counts_shares_more_than_and_extended_spans(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(value, unit) for value, unit, _ in figures_of(text)] == expected


def test_the_same_quantity_in_another_unit_measures_the_same() -> None:
    text = "Oil exports will reach 5 million tonnes in 2027, or about 100,000 barrels per day."
    found = find_figures(Sentence(text, 0, len(text), 0), [])
    assert [(f.unit, f.measures) for f in found] == [
        ("tonnes", "oil exports in 2027"),
        ("barrels per day", "oil exports in 2027"),
    ]


def measures_in(text: str) -> list[tuple[str, str | None]]:
    found = find_figures(Sentence(text, 0, len(text), 0), [])
    return [(f.text, f.measures) for f in found]


def measures_of(text: str) -> list[str | None]:
    """What each figure of the one sentence `text` measures."""
    return [measures for _, measures in measures_in(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Fish exports reached $40 million, an increase of 12% compared to the same period "
            "last year.",
            [
                ("$40 million", "fish exports"),
                ("12%", "growth of fish exports compared with the same period last year"),
            ],
        ),
        (
            "Wool sales came to $9 million, which is 30 percent more than in the same period of "
            "last year.",
            [
                ("$9 million", "wool sales"),
                ("30 percent", "growth of wool sales compared with the same period of last year"),
            ],
        ),
        (
            "Bilateral trade reached $70 million, up 8 percent from a year earlier.",
            [
                ("$70 million", "bilateral trade"),
                ("8 percent", "growth of bilateral trade compared with a year earlier"),
            ],
        ),
        (
            "Freight grew by 9% over nine months and amounted to 3 million tonnes.",
            [
                ("9%", "growth of freight over nine months"),
                ("3 million tonnes", "freight over nine months"),
            ],
        ),
    ],
)
def test_a_growth_says_against_what_period_it_is_measured(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert measures_in(text) == expected


def test_a_sum_in_brackets_after_a_list_item_measures_that_item() -> None:
    text = (
        "The largest projects are: - a water treatment project in the north ($85 million); "
        "- the repair of a rail bridge in the south ($41 million); - a 90 MW wind farm with a "
        "storage system in the east, co-financed with the ADB ($70 million); - the renewal of "
        "street lighting in the capital, covering 900 streets ($15 million)."
    )
    assert [(t, m) for t, m in measures_in(text) if t.startswith("$")] == [
        ("$85 million", "water treatment project in the north"),
        ("$41 million", "repair of a rail bridge in the south"),
        ("$70 million", "wind farm"),
        ("$15 million", "renewal of street lighting in the capital"),
    ]


def test_sums_in_brackets_after_goods_measure_each_good() -> None:
    text = "They were followed by paper and board ($18mn), glass ($9mn) and salt ($4mn)."
    assert measures_in(text) == [
        ("$18mn", "paper and board"),
        ("$9mn", "glass"),
        ("$4mn", "salt"),
    ]


def test_which_after_a_place_and_a_second_noun_refers_to_the_noun() -> None:
    text = "They discussed buses in Osh and the growth of trade, which reached $5 million."
    assert measures_in(text) == [("$5 million", "growth of trade")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The board will approve four new grants totalling $90 million for the repair of "
            "rural schools.",
            [
                ("four", "new grants"),
                ("$90 million", "total of four new grants for repair of rural schools"),
            ],
        ),
        (
            "The fund holds 15 projects totaling $2 billion.",
            [("15", "projects"), ("$2 billion", "total of 15 projects")],
        ),
        (
            "Some 300 firms with foreign capital operate in the city, 40 of them set up in 2026.",
            [
                ("Some 300", "firms with foreign capital operate in the city"),
                ("40", "firms with foreign capital set up in 2026"),
            ],
        ),
        (
            "The agency has disbursed $6 million so far.",
            [("$6 million", "financing disbursed by the agency so far")],
        ),
        (
            "The lender intends to allocate up to $9 million within the new plan.",
            [("up to $9 million", "allocation by the lender")],
        ),
        (
            "The plant will cut sulphur emissions by 4,000 tonnes a year.",
            [("4,000 tonnes", "decline in sulphur emissions a year")],
        ),
        (
            "He said that the number of state agencies has been reduced by a quarter.",
            [("a quarter", "decline in state agencies")],
        ),
        (
            "The first stage of the park, covering 50 hectares, opens in May.",
            [("50 hectares", "area of the first stage of the park")],
        ),
        (
            "The ministry allocated $2 million to promote local crafts abroad.",
            [("$2 million", "allocation by the ministry for local crafts abroad")],
        ),
    ],
)
def test_totals_parts_of_them_funding_and_changes_read_as_phrases(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert measures_in(text) == expected


def test_this_figure_growing_by_a_share_measures_the_figure_before() -> None:
    text = "Last year, exports of wool reached 9,000 tonnes. We want this figure to grow by half."
    brief = parse_brief(text, brief_id="x", source_file="x")
    assert [(f.text, f.measures) for f in brief.figures] == [
        ("9,000 tonnes", "exports of wool last year"),
        ("half", "growth of exports of wool"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The deals include:\n- a 40 MW hydropower plant in the north, worth $70 million;\n"
            "- a bakery, worth $2 million.",
            [
                ("40 MW", "hydropower plant"),
                ("$70 million", "value of hydropower plant in the north"),
                ("$2 million", "value of bakery"),
            ],
        ),
        (
            "The firm signed a gas supply contract with the state company for 20 years.",
            [("20 years", "term of the gas supply contract")],
        ),
        (
            "The dam's output is enough to power more than 500,000 homes.",
            [("more than 500,000", "homes powered")],
        ),
        (
            "The share of local goods in the region's exports remains low at 12 percent.",
            [("12 percent", "local goods in the region's exports")],
        ),
        (
            "They noted with satisfaction the growth of trade to $8 million.",
            [("$8 million", "growth of trade")],
        ),
        (
            "Over the past year the bilateral trade turnover had increased 1.4 times.",
            [("1.4 times", "growth of bilateral trade turnover")],
        ),
        (
            "The college trains about 300 students from the region and proposed opening a branch.",
            [("about 300", "students from the region")],
        ),
        ("Inflation stood at 7.9 percent in October.", [("7.9 percent", "inflation in October")]),
        (
            "Four tankers of 8,000 tonnes each were built.",
            [("Four", "tankers of 8,000 tonnes each built"), ("8,000 tonnes", None)],
        ),
    ],
)
def test_list_values_terms_and_tidy_phrases(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert measures_in(text) == expected


def test_them_after_a_count_in_the_sentence_before_is_those_things() -> None:
    text = (
        "The commission reviewed 30 joint projects worth $2 billion. "
        "Nine of them have already been commissioned."
    )
    brief = parse_brief(text, brief_id="x", source_file="x")
    assert [(f.text, f.measures) for f in brief.figures] == [
        ("30", "joint projects"),
        ("$2 billion", "value of joint projects"),
        ("Nine", "joint projects commissioned"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The firm built three ferries with a deadweight of 5,000 tonnes each.",
            [
                ("three", "ferries built by firm"),
                ("5,000 tonnes", "deadweight of each of three ferries"),
            ],
        ),
        (
            "The region runs 40 small dams with a total capacity of 90 megawatts.",
            [
                ("40", "small dams run by region"),
                ("90 megawatts", "total capacity of 40 small dams"),
            ],
        ),
        (
            "Baltic Wind, founded in Riga in 2001, operates wind farms with a combined capacity "
            "of 2 gigawatts.",
            [("2 gigawatts", "combined capacity of wind farms")],
        ),
    ],
)
def test_a_capacity_after_counted_or_plural_things_is_theirs(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert measures_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The firm plans to build a fish farm of 12 hectares in the south worth $9 million.",
            [("12 hectares", "fish farm"), ("$9 million", "value of fish farm")],
        ),
        (
            "They will fund the repair of the city's bridges, about 30 percent of which need "
            "new decks.",
            [("about 30 percent", "share of city's bridges that need new decks")],
        ),
    ],
)
def test_a_size_inside_a_worth_phrase_and_a_share_of_which(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert measures_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ministers met in the capital, where the plan of admitting 30 Malian students to "
            "local colleges was discussed.",
            [("30", "Malian students admitted to local colleges")],
        ),
        (
            "The college trains 90 nurses from abroad, nearly twice as many as four years ago.",
            [
                ("90", "nurses from abroad trained by college"),
                ("twice", "growth of nurses from abroad over four years"),
            ],
        ),
    ],
)
def test_a_count_after_a_where_clause_verb_and_twice_as_many_as_years_ago(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert measures_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The two states should reach the trade volume target of $9 billion soon.",
            [("$9 billion", "trade volume target")],
        ),
        (
            "Our Exim Bank has opened a credit line of $40 million for this purpose.",
            [("$40 million", "Exim Bank credit line")],
        ),
        (
            "The envoy announced Chile's voluntary contribution of $50,000 to the fund.",
            [("$50,000", "Chile's voluntary contribution")],
        ),
    ],
)
def test_a_named_target_a_possessive_lender_and_an_announced_contribution(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert measures_in(text) == expected


def test_a_span_of_months_told_before_it_is_the_period_of_the_figure() -> None:
    text = (
        "Fish trade reached $7 million in 2025, and in January-June 2026 it amounted to "
        "$5 million."
    )
    brief = parse_brief(text, brief_id="x", source_file="x")
    assert [(f.text, f.measures) for f in brief.figures] == [
        ("$7 million", "fish trade in 2025"),
        ("$5 million", "fish trade in January-June 2026"),
    ]


def test_a_span_of_months_of_this_year_is_read_whole() -> None:
    text = "Trade grew by 9 percent in January-May of this year and reached $40 million."
    assert measures_in(text) == [
        ("9 percent", "growth of trade in January-May of this year"),
        ("$40 million", "trade in January-May of this year"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Inflation slowed to 6.1 percent in May.", [("6.1 percent", "inflation in May")]),
        (
            "- construction of a brick plant with a yard in the east, worth $8 million;",
            [("$8 million", "value of construction of a brick plant")],
        ),
    ],
)
def test_a_slowing_level_and_a_list_item_that_opens_the_sentence(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert measures_in(text) == expected


def test_a_measure_read_from_the_figure_before_is_none_when_it_names_nothing() -> None:
    text = (
        "Donors have pledged some $9 million for schools since 2021, but only about a third "
        "of that has been spent."
    )
    assert measures_in(text)[1] == ("about a third", None)


def test_a_voltage_is_read_in_kilovolts_not_as_a_count() -> None:
    text = "They opened a 220 kV line and a 35-kilovolt substation."
    found = find_figures(Sentence(text, 0, len(text), 0), [])
    assert [(f.text, f.value, f.unit) for f in found] == [
        ("220 kV", 220.0, "kV"),
        ("35-kilovolt", 35.0, "kV"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ferries will sail five times a week.", [("five times a week", 5.0, "count")]),
        ("The council meets 3 times per year.", [("3 times per year", 3.0, "count")]),
        ("Exports grew three times a year later.", [("three times", 3.0, "times")]),
        ("Exports grew four times.", [("four times", 4.0, "times")]),
    ],
)
def test_n_times_a_week_is_how_often_a_count(
    text: str, expected: list[tuple[str, float, str]]
) -> None:
    """ "five times a week" counts what happens in a week; "three times a year later" is
    still a multiple."""
    found = find_figures(Sentence(text, 0, len(text), 0), [])
    assert [(f.text, f.value, f.unit) for f in found] == expected


def test_a_cut_by_days_then_to_days_is_the_decline_and_the_time_cut_to() -> None:
    """ "reduce the X of Y from A to B by four days, to 14 days": a cut in days (far from
    its verb, the route aside) and the time it is cut to."""
    text = (
        "The operators agreed to reduce the travel time of freight trains from the northern "
        "port to the southern terminal by three days, to 11 days."
    )
    found = find_figures(Sentence(text, 0, len(text), 0), [])
    assert [(f.text, f.value, f.unit, f.measures) for f in found] == [
        ("three days", 3.0, "days", "decline in travel time of freight trains"),
        ("11 days", 11.0, "days", "travel time of freight trains"),
    ]


_TIDY_PIECES = [
    "and", "announced", "signed", "Kazakhstan's", "Y’s", "remains", "remain", "if", "iffy",
    "should", "unless", "still", "stilled", "stand", "sandy", '"', "“", "”", "trade", "grew",
    "exports", "the", "of", "'s", "-",
]  # fmt: skip


@pytest.mark.parametrize(
    ("measure", "expected"),
    [
        ("bilateral trade in 2025", False),
        ("trade between A and B", False),
        ("students from X and proposed", True),
        ("envoy announced Kazakhstan's voluntary contribution", True),
        ("exports remains low", True),
        ("the “Container traffic", True),
        ("specific tariffs", False),
    ],
)
def test_may_need_tidy_says_whether_a_measure_has_anything_to_tidy(
    measure: str, expected: bool
) -> None:
    assert figures._may_need_tidy(measure) is expected


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_TIDY_PIECES), max_size=8), st.sampled_from([" ", "", "  "]))
def test_may_need_tidy_answers_as_the_whole_tidy_pattern(pieces: list[str], joint: str) -> None:
    """The cheap test of `_tidy` (its pattern's branches one by one, each where a part of it
    occurs) gives the answer of the one pattern of four branches tried everywhere."""
    measure = joint.join(pieces)
    assert figures._may_need_tidy(measure) is (figures._TIDY_HINT.search(measure) is not None)


def test_find_figures_reads_a_sum_closing_a_dashed_list_item_as_the_value_of_that_item() -> None:
    """ "• X and Y — a contract for Z, N": N measures the contract; an item with another
    number in it is left to the other rules."""
    text = (
        "The largest deals:\n"
        "• Alpha Works and Beta Motors — a joint venture for the production of buses,"
        " 4.5 billion rubles;\n"
        "• Gamma Rail and Delta Port — a contract for grain shipments via Iran, $12 million."
    )
    found = find_figures(Sentence(text, 0, len(text), 0), [])
    assert [(f.text, f.measures) for f in found] == [
        ("4.5 billion rubles", "joint venture for the production of buses"),
        ("$12 million", "contract for grain shipments via Iran"),
    ]


@pytest.mark.parametrize(
    ("text", "measures"),
    [
        ("The credit of $40 million is granted for 12 years.", "term of the credit"),
        ("The bank signed a loan with the ministry for 20 years.", "term of the loan"),
    ],
)
def test_find_figures_reads_years_a_loan_or_credit_runs_for_as_its_term(
    text: str, measures: str
) -> None:
    """ "The credit ... is granted for N years": its term, also after a capital article."""
    found = find_figures(Sentence(text, 0, len(text), 0), [])
    assert [f.measures for f in found if f.unit == "years"] == [measures]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The fund will hold 45pc of the venture.", [("45pc", 45.0, "percent")]),
        ("Shipments sold 3 PCs and 7 pcs of cable.", [("3", 3.0, "count"), ("7", 7.0, "count")]),
        (
            "Exports rose to $3.1 billion (+12%).",
            [("$3.1 billion", 3.1e9, "USD"), ("+12%", 12.0, "percent")],
        ),
        ("Imports grew +8.5% in the year.", [("+8.5%", 8.5, "percent")]),
        ("The C5+1 format met again.", []),
        ("Output fell to 21.4bn m³ last year.", [("21.4bn m³", 21.4e9, "cubic metres")]),
        (
            "The plant has 200MW/800MWh of storage.",
            [("200MW", 200.0, "MW"), ("800MWh", 800.0, "MWh")],
        ),
        ("Decree 7/2025 was signed.", []),
    ],
)
def test_find_figures_reads_wire_notation_pc_signed_percent_cubic_metre_sign_and_power_pairs(
    text: str, expected: list[tuple[str, float, str]]
) -> None:
    """Wire copy's "45pc" is per cent (a "PC" apart); "(+12%)" is a per cent with its sign;
    "m³" is cubic metres; "200MW/800MWh" is two figures; "C5+1" and "7/2025" stay none."""
    found = find_figures(Sentence(text, 0, len(text), 0), [])
    assert [(f.text, f.value, f.unit) for f in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bridge is less than a third built.", [("less than a third", 1 / 3, "fraction")]),
        (
            "Of the $200mn, around a third has been spent.",
            [("$200mn", 2e8, "USD"), ("around a third", 1 / 3, "fraction")],
        ),
        ("He sought a third term.", []),
        ("Ferries will sail twice a week.", [("twice a week", 2.0, "count")]),
        ("The ministers met twice.", []),
        ("The experts met more than 40 times.", [("more than 40 times", 40.0, "count")]),
        ("Output grew 3 times.", [("3 times", 3.0, "times")]),
        (
            "Speeds will reach 2 to 8 terabits per second.",
            [("2", 2.0, "Tbps"), ("8 terabits per second", 8.0, "Tbps")],
        ),
        ("Question (Channel 31): When?", []),
        ("Views: 812   Comments (4)", []),
        ("👁 8.1K", []),
        ("5120**3318", []),
    ],
)
def test_find_figures_reads_shares_frequencies_meetings_and_bandwidth_and_skips_page_counters(
    text: str, expected: list[tuple[str, float, str]]
) -> None:
    """A qualified share before what was done of it is a fraction; "twice a week" and "met
    N times" are counts; Tbps is a unit; a channel's number, a page's counters and a
    reporter's starred code are no figures."""
    found = find_figures(Sentence(text, 0, len(text), 0), [])
    assert [(f.text, pytest.approx(f.value), f.unit) for f in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Every fifth resident works abroad.", [("Every fifth", 0.2, "fraction")]),
        ("The fourth round of talks was held.", []),
        ("The yield fell 40 basis points.", [("40 basis points", 40.0, "basis points")]),
        ("Spreads widened by 15bps.", [("15bps", 15.0, "basis points")]),
        ("Repayment period: 25 years", [("25 years", 25.0, "years")]),
        ("Term: 12 years", [("12 years", 12.0, "years")]),
        ("In the first nine months trade grew.", []),
    ],
)
def test_find_figures_reads_every_nth_basis_points_and_a_tables_loan_term(
    text: str, expected: list[tuple[str, float, str]]
) -> None:
    """ "Every fifth X" is a share of one in five; basis points are a unit; a table's
    "Repayment period: N years" is the loan's term (a reporting period stays none)."""
    found = find_figures(Sentence(text, 0, len(text), 0), [])
    assert [(f.text, pytest.approx(f.value), f.unit) for f in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The heads of state of the five Caspian littoral countries met.", []),
        ("He invited the other four countries to join.", []),
        ("The sea belongs to the five of us.", []),
        ("He hosted the leaders of seven Pacific nations.", []),
        ("A summit of the six presidents followed.", []),
        ("Peru has embassies in six Latin American countries.", [("six", 6.0, "count")]),
        ("They signed six agreements.", [("six", 6.0, "count")]),
    ],
)
def test_find_figures_skips_the_count_of_a_formats_parties(
    text: str, expected: list[tuple[str, float, str]]
) -> None:
    """ "the five Caspian countries", "leaders of seven Pacific nations", "the five of us":
    the parties of a format are no news; a count of countries with a thing stays."""
    found = find_figures(Sentence(text, 0, len(text), 0), [])
    assert [(f.text, f.value, f.unit) for f in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Views: 2 517", []),
        ("The water level fell by about 2.5 metres.", [("about 2.5 metres", 2.5, "metres")]),
        ("A 40-metre bridge opened.", [("40-metre", 40.0, "metres")]),
        (
            "We aim to reach $4 billion in the next two to three years.",
            [("$4 billion", 4e9, "USD")],
        ),
        (
            "Flights will rise from two to four a week.",
            [("two", 2.0, "count"), ("four", 4.0, "count")],
        ),
    ],
)
def test_find_figures_reads_metres_and_skips_grouped_counters_and_a_word_ranges_lower_bound(
    text: str, expected: list[tuple[str, float, str]]
) -> None:
    """Metres are a unit; "Views: 2 517" is a counter; "two to three years" leaves no bare
    "two", but "from two to four" is a change with both figures."""
    found = find_figures(Sentence(text, 0, len(text), 0), [])
    assert [(f.text, f.value, f.unit) for f in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They plan to export a million tonnes of grain.", [("a million tonnes", 1e6, "tonnes")]),
        ("A billion dollars was invested.", [("A billion dollars", 1e9, "USD")]),
        ("The plant lights half a million homes.", [("half a million", 5e5, "count")]),
        ("He said it a thousand times.", []),
    ],
)
def test_find_figures_reads_a_million_and_half_a_million(
    text: str, expected: list[tuple[str, float, str]]
) -> None:
    """ "a million tonnes" is one million, "half a million" half of it; "a thousand times"
    is a figure of speech."""
    found = find_figures(Sentence(text, 0, len(text), 0), [])
    assert [(f.text, f.value, f.unit) for f in found] == expected


def test_find_figures_reads_what_a_sum_is_and_the_term_of_that_financing() -> None:
    """ "$40 million is a grant and $20 million is a soft loan with a maturity of 25 years":
    each sum measures the financing it is, and the years its maturity."""
    text = (
        "Of this, $40 million is a grant and $20 million is a soft loan with a maturity of"
        " 25 years."
    )
    found = find_figures(Sentence(text, 0, len(text), 0), [])
    assert [(f.text, f.measures) for f in found] == [
        ("$40 million", "grant"),
        ("$20 million", "soft loan"),
        ("25 years", "maturity of the soft loan"),
    ]


def test_find_figures_reads_it_after_a_conjunction_as_the_subject_before() -> None:
    """ "Trade has grown by 40 percent, although it remains low at about $80 million": the
    sum measures trade, the subject "it" stands for."""
    text = "Bilateral trade has grown by 40 percent, although it remains low at about $80 million."
    found = find_figures(Sentence(text, 0, len(text), 0), [])
    assert [(f.text, f.measures) for f in found] == [
        ("40 percent", "growth of bilateral trade"),
        ("about $80 million", "bilateral trade"),
    ]


def test_find_figures_reads_tl_as_turkish_lira() -> None:
    """ "300 million TL": Turkish outlets' abbreviation of the lira."""
    text = "The budget allocated 450 million TL for the project."
    found = find_figures(Sentence(text, 0, len(text), 0), [])
    assert [(f.text, f.value, f.unit) for f in found] == [("450 million TL", 4.5e8, "TRY")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It is the fruit of the 'one people, two states' spirit.", []),
        ("The country's two plants opened.", [("two", 2.0, "count")]),
    ],
)
def test_find_figures_skips_numbers_in_a_quoted_slogan(
    text: str, expected: list[tuple[str, float, str]]
) -> None:
    """A number word inside a short phrase in single quotation marks is a slogan's; a
    possessive's apostrophe is no quotation mark."""
    found = find_figures(Sentence(text, 0, len(text), 0), [])
    assert [(f.text, f.value, f.unit) for f in found] == expected


def test_refer_back_drops_a_definite_sum_told_before() -> None:
    """ "a target of $8 billion ... the $8 billion target": the second names the first, no
    new figure; a different sum after "the" stays."""
    texts = [
        "They set a trade target of $8 billion.",
        '"We think the $8 billion target is realistic and the $2 billion fund too," he said.',
    ]
    by_sentence = [find_figures(Sentence(t, 0, len(t), i), []) for i, t in enumerate(texts)]
    figures.refer_back(by_sentence)
    assert [[(f.text, f.value) for f in found] for found in by_sentence] == [
        [("$8 billion", 8e9)],
        [("$2 billion", 2e9)],
    ]


def test_refer_back_tells_a_count_repeated_by_a_later_sentence_once() -> None:
    """A count that a later sentence tells again with the same measure ("signed four
    agreements" ... "Four agreements signed") is one figure; two counts of one sentence
    with the same reading stay two."""
    texts = [
        "The two sides signed four agreements.",
        "Four agreements signed",
        "They signed four agreements and four deals.",
    ]
    by_sentence = [find_figures(Sentence(t, 0, len(t), i), []) for i, t in enumerate(texts)]
    assert [f.measures for f in by_sentence[1]] == [by_sentence[0][0].measures]
    figures.refer_back(by_sentence)
    assert [[f.text for f in found] for found in by_sentence] == [["four"], [], ["four", "four"]]


def test_refer_back_tells_a_sum_repeated_with_its_measure_once() -> None:
    """A sum a list of highlights gives and the story tells again with the same measure is
    one figure; the item after it in the list is no part of what it measures."""
    texts = [
        "Highlights\n• Ministers opened a €25 million coastal research fund\n• Talks went on.",
        "Both sides will pay into a €25 million coastal research fund.",
        "A €25 million grant for schools was also approved.",
    ]
    by_sentence = [find_figures(Sentence(t, 0, len(t), i), []) for i, t in enumerate(texts)]
    figures.refer_back(by_sentence)
    assert [[(f.text, f.measures) for f in found] for found in by_sentence] == [
        [("€25 million", "coastal research fund")],
        [],
        [("€25 million", "grant for schools")],
    ]


def test_refer_back_drops_a_definite_sum_told_before_that_opens_a_sentence() -> None:
    """ "The $3 billion package ..." opening a sentence names the sum told before it too."""
    texts = ["Norway pledged $3 billion for ports.", "The $3 billion package runs to 2035."]
    by_sentence = [find_figures(Sentence(t, 0, len(t), i), []) for i, t in enumerate(texts)]
    figures.refer_back(by_sentence)
    assert [[f.text for f in found] for found in by_sentence] == [["$3 billion"], []]


@pytest.mark.parametrize(
    "text",
    [
        "The leaders met on the sidelines of COP31 in Antalya.",
        "The airline will buy Boeing 737 aircraft.",
        "Terminal 3 of the airport will open.",
        "Unit 2 of the plant was launched and Line 4 of the metro opened.",
        "The 5G network covers the capital.",
    ],
)
def test_find_figures_skips_numbers_that_name_things(text: str) -> None:
    """ "COP31", "Boeing 737", "Terminal 3", "Unit 2", "Line 4", "5G": numbers in names
    and labels are no figures."""
    assert find_figures(Sentence(text, 0, len(text), 0), []) == []


def test_find_figures_still_reads_a_glued_currency_code_and_unit() -> None:
    """ "KZT1.2tn", "USD5 billion" and "10MW" stay figures."""
    text = "It is worth KZT1.2tn and USD5 billion, with 10MW of capacity."
    found = find_figures(Sentence(text, 0, len(text), 0), [])
    assert [(f.value, f.unit) for f in found] == [(1.2e12, "KZT"), (5e9, "USD"), (10.0, "MW")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They agreed a 15-percent discount.", [("15-percent", 15.0, "percent")]),
        ("The deal is worth $1,2 billion.", [("$1,2 billion", 1.2e9, "USD")]),
        ("Trade reached 3,5 billion dollars.", [("3,5 billion dollars", 3.5e9, "USD")]),
        ("The plant produced 1 200 tonnes.", [("1 200 tonnes", 1200.0, "tonnes")]),
        ("Exports were 1,250 tonnes.", [("1,250 tonnes", 1250.0, "tonnes")]),
        ("Call +7 7172 74 56 12 now.", []),
    ],
)
def test_find_figures_reads_hyphened_percent_decimal_commas_and_spaced_thousands(
    text: str, expected: list[tuple[str, float, str]]
) -> None:
    """ "15-percent", "3,5 billion" (a decimal comma before a magnitude) and "1 200 tonnes"
    (thousands set apart by a space) as translations write them; a phone stays none."""
    found = find_figures(Sentence(text, 0, len(text), 0), [])
    assert [(f.text, pytest.approx(f.value), f.unit) for f in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Coastal towns hold a trade fair: 14 deals signed\n\n"
            "The fair opened in the harbour on Monday. In all, 14 deals were signed there, "
            "worth $3 million.",
            [("14", 14.0, False), ("$3 million", 3e6, False)],
        ),
        (
            "Coastal towns hold a trade fair: 14 deals signed\n\n"
            "The fair opened in the harbour on Monday. Deals worth $3 million were signed.",
            [("14", 14.0, True), ("$3 million", 3e6, False)],
        ),
    ],
)
def test_parse_brief_gives_a_figure_a_headline_repeats_once_from_the_story(
    text: str, expected: list[tuple[str, float, bool]]
) -> None:
    """A headline's figure that the story tells again is given once, from the story; one
    only the headline tells stays (each as (text, value, read from the headline))."""
    brief = parse_brief(text, brief_id="head")
    got = [(f.text, f.value, (f.sentence or "").startswith("Coastal")) for f in brief.figures]
    assert got == expected


def test_parse_brief_reads_a_standfirst_sum_above_the_dateline_the_story_does_not_tell() -> None:
    """A synopsis's full sentence above the dateline that gives a sum of its own is news; one
    the story tells again is given once, and a headline (no full stop) adds nothing."""
    text = (
        "Chile, Peru sign 6 pacts on ports and $2-billion rail plan\n\n"
        "Synopsis\n"
        "The presidents held talks in Lima. Chile's 2021 pledge to invest $800 million in Peru"
        " is on track, officials said.\n\n"
        "Lima: Chile and Peru on Monday signed six agreements and backed a $2-billion rail plan"
        " after talks between the two presidents.\n"
    )
    brief = parse_brief(text, brief_id="synopsis")
    assert [f.text for f in brief.figures] == ["$800 million", "six", "$2-billion"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ministers agreed to hold forums every two years.",
            [("two years", "years", "interval between forums")],
        ),
        (
            "They decided that the fair will be held every three years in the capital.",
            [("three years", "years", "interval between fairs")],
        ),
        (
            "The ministers agreed that the assembly will be held every two years.",
            [("two years", "years", "interval between assemblies")],
        ),
        (
            "The commission will meet every six months.",
            [("six months", "months", "interval between meetings of commission")],
        ),
        ("The fair is held every three years in the capital.", []),
        ("Exports grew over the last two years.", []),
    ],
)
def test_find_figures_reads_every_n_years_agreed_as_an_interval(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    """ "agreed to hold X every two years" is the interval between the things held, news; a
    custom ("is held every three years") and a reporting period are no figures."""
    found = find_figures(Sentence(text, 0, len(text), 0), [])
    assert [(f.text, f.unit, f.measures) for f in found] == expected


def test_find_figures_still_counts_two_after_there_are_and_other_pairs() -> None:
    """ "one or two" and "A and B are two ..." are no counts, but "there are two plants" and
    "one or three mines" are."""
    text = "There are two plants and one or three mines."
    assert figures_of(text) == [(2.0, "count", None), (3.0, "count", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The fund will take a 30% stake in a new cement plant near the border.",
            ("30%", "stake in new cement plant near the border"),
        ),
        (
            "The bank will hold 45 percent of the venture and the city 55 percent.",
            ("45 percent", "share of bank in venture"),
        ),
    ],
)
def test_find_figures_says_what_a_stake_or_a_holding_is_in(
    text: str, expected: tuple[str, str]
) -> None:
    """ "a 30% stake in a plant" is a stake in the plant; "A will hold 45 percent of X and B
    ..." is A's share in X (not in B)."""
    found = find_figures(Sentence(text, 0, len(text), 0), [])
    assert (found[0].text, found[0].measures) == expected


def test_find_figures_adds_the_named_framework_a_figure_comes_under() -> None:
    """ "30 grants a year under the Island Exchange Programme": the programme is part of what
    the count measures; a plain "under the plan" is not."""
    text = "The city will give 30 grants a year under the Island Exchange Programme."
    assert measures_of(text) == ["grants a year under the Island Exchange Programme"]
    text = "The city will give 30 grants a year under the plan."
    assert measures_of(text) == ["grants a year"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Shippers get a discount on port fees for the first three years.",
            [("three years", "years")],
        ),
        ("Tenants pay no rent during the first two years.", [("two years", "years")]),
        ("Exports grew in the first nine months.", []),
        (
            "The travel time of a lorry along the new road will be 6 days.",
            [("6 days", "days")],
        ),
        (
            "Shippers expect delivery times to fall from about 30 days to ten days.",
            [("about 30 days", "days"), ("ten days", "days")],
        ),
    ],
)
def test_find_figures_keeps_a_term_a_length_of_time_and_a_fall_in_days(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """ "for/during the first N years" of a benefit is how long it lasts (not a reporting
    period, as "in the first nine months" is); "the time ... will be N days" is a length;
    times to "fall from N days to M days" are a change."""
    found = find_figures(Sentence(text, 0, len(text), 0), [])
    assert [(f.text, f.unit) for f in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The plant will cost 3.5 billion Sri Lankan rupees.",
            [("3.5 billion Sri Lankan rupees", "LKR")],
        ),
        (
            "The fund holds 40 million South African rand.",
            [("40 million South African rand", "ZAR")],
        ),
        (
            "The bank lent 9 million New Zealand dollars.",
            [("9 million New Zealand dollars", "NZD")],
        ),
        (
            "Port fees rose by 5 million Hong Kong dollars.",
            [("5 million Hong Kong dollars", "HKD")],
        ),
    ],
)
def test_find_figures_reads_a_currency_named_by_a_two_word_adjective(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """A country's adjective of two words ("Sri Lankan", "South African") before the currency
    word names the currency, as one word does ("Saudi riyals")."""
    found = find_figures(Sentence(text, 0, len(text), 0), [])
    assert [(f.text, f.unit) for f in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lenders pledged N3.4 trillion for new refineries.", [(3.4e12, "NGN", None)]),
        ("Exports to the region reached R18.2 billion.", [(18.2e9, "ZAR", None)]),
        ("The port earned Sh72 billion in fees.", [(72e9, "KES", None)]),
        ("Farmers in Arusha received TSh9 billion.", [(9e9, "TZS", None)]),
        ("The bank lent FCFA 120 billion to the utility.", [(120e9, "XOF", None)]),
        ("The Fund approved SDR 40.5 million for the budget.", [(40.5e6, "XDR", None)]),
        ("Sales rose to R$ 12 billion.", [(12e9, "BRL", None)]),
        ("The terminal will cost S/ 900 million.", [(900e6, "PEN", None)]),
        ("A plant worth 90,000 million guaraníes will open.", [(90e9, "PYG", None)]),
        ("Ghana raised 3 billion cedis in bonds.", [(3e9, "GHS", None)]),
        ("Mexico will invest 40 billion pesos in roads.", [(40e9, "MXN", None)]),
        ("Uganda set aside 500 billion shillings for schools.", [(500e9, "UGX", None)]),
        ("Investors put 8 million CFA francs into the scheme.", [(8e6, "XOF", None)]),
        ("Coffee exports earned Rwf73 billion.", [(73e9, "RWF", None)]),
        ("The fund holds Frw 9 billion.", [(9e9, "RWF", None)]),
        ("The agency will spend ₡820 million on ports.", [(820e6, "CRC", None)]),
    ],
)
def test_find_figures_reads_african_and_latin_american_currencies(
    text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    """Naira, rand and shillings written glued before the amount, CFA francs, SDRs, reais,
    soles, guaraníes, cedis, and pesos or shillings by the country the sentence names."""
    assert figures_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Exports to Velmora fell by 4,2% last year.", [(4.2, "percent", None)]),
        ("Exports to Velmora fell by 3,75 per cent last year.", [(3.75, "percent", None)]),
        ("Imports rose by about 12,5 percent.", [(12.5, "percent", "about")]),
        ("Ruritania bought 1,250 tonnes of tea.", [(1250.0, "tonnes", None)]),
    ],
)
def test_find_figures_reads_a_decimal_comma_before_a_per_cent(
    text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    """ "fell by 4,2%": a decimal comma, as South African and European offices write it,
    before a per cent sign or words as before a magnitude; a comma before three digits
    still sets thousands apart."""
    assert figures_of(text) == expected


@pytest.mark.parametrize(
    ("home", "expected"),
    [
        ("South Africa", [("R 48 billion", 48e9, "ZAR"), ("about R 7 million", 7e6, "ZAR")]),
        (None, []),
        ("Kenya", []),
    ],
)
def test_find_figures_reads_a_spaced_home_letter_with_a_magnitude_at_home_only(
    home: str | None, expected: list[tuple[str, float, str]]
) -> None:
    """ "R 48 billion", the letter spaced from the sum as some South African offices write
    it, is rand in a brief at home in South Africa (where a magnitude follows); elsewhere a
    spaced capital letter ("grade R 48") may be anything."""
    text = "Exports reached R 48 billion, and the fund holds about R 7 million for grade R 5."
    found = find_figures(Sentence(text, 0, len(text), 0), [], home)
    assert [(f.text, f.value, f.unit) for f in found if f.unit != "count"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hydropower sales reached Nu 14 billion.", [(14e9, "BTN", None)]),
        ("Canberra will add $US75 million for cables.", [(75e6, "USD", None)]),
        ("The bank lent $US 3 billion.", [(3e9, "USD", None)]),
    ],
)
def test_find_figures_reads_the_ngultrum_and_the_australian_presss_us_dollar(
    text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    """ "Nu 14 billion" is in Bhutanese ngultrum; "$US75 million", as the Australian press
    writes the US dollar, in US dollars."""
    assert figures_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Uganda's budget puts Sh4 trillion into roads.", [(4e12, "UGX", None)]),
        ("The Tanzanian ports body earned Sh 90 billion.", [(90e9, "TZS", None)]),
        ("The port earned Sh72 billion in fees.", [(72e9, "KES", None)]),
        ("Ugandan farmers received KSh5 billion.", [(5e9, "KES", None)]),
    ],
)
def test_a_bare_sh_is_the_shilling_of_the_country_the_sentence_names(
    text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    """ "Sh" before an amount is written for the Kenyan, Tanzanian and Ugandan shilling
    alike: the country the sentence names decides, the Kenyan one by default ("KSh" is
    always Kenyan)."""
    assert figures_of(text) == expected


def test_a_bare_dollar_beside_a_us_dollar_written_dollar_us_is_the_home_dollar() -> None:
    """An Australian wire marks the US dollar "$US": its bare "$" is the Australian dollar."""
    text = (
        "Leaders agree on cable fund\n\n"
        "CANBERRA, March 3 (AAP) - Australia will give $20 million to a Pacific cable fund,"
        " the prime minister said on Tuesday.\n\n"
        "The US will add $US40 million to the same fund, officials said.\n"
    )
    assert _units_of(text) == [("$20 million", "AUD"), ("$US40 million", "USD")]


def test_a_bare_sh_in_a_sentence_naming_no_country_is_the_briefs_shilling() -> None:
    """A brief about Uganda that names no country in the sentence of its "Sh" sum."""
    text = (
        "Uganda and Rwanda agree on a new rail link\n\n"
        "Uganda and Rwanda on Monday agreed to build a rail link between their capitals.\n\n"
        "The first phase will cost about Sh1.2 trillion, officials said.\n"
    )
    assert _units_of(text) == [("about Sh1.2 trillion", "UGX")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The N95 masks arrived.", []),
        ("Route R500 was closed for 3 days.", []),
        ("Pesos worth 20 million changed hands.", [(20e6, "count", None)]),
    ],
)
def test_find_figures_reads_no_currency_from_a_lone_letter_or_an_unplaced_word(
    text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    """A letter glued to a number without a magnitude is a name's number, not naira or rand;
    pesos with no country named are no currency of ours."""
    assert figures_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The deal was extended for two more years.", [(2, "years", None)]),
        ("The loan will be repaid over the next 18 months.", [(18, "months", None)]),
        ("Minister's office: (03) 5512 8800", []),
        ("Call 041 732 9950 for details.", []),
        (
            "On 14 March 2026 12 agreements worth $3 billion were signed.",
            [(12, "count", None), (3_000_000_000, "USD", None)],
        ),
    ],
)
def test_find_figures_reads_spans_still_to_run_and_skips_phone_numbers(
    text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    """A length of time still to run is one in years or months; the area code and the digit
    groups of a phone number are no figures, but a count written after a date still is."""
    assert figures_of(text) == expected


def _units_of(text: str) -> list[tuple[str, str]]:
    brief = parse_brief(text, brief_id="b", source_file="b.txt")
    return [(f.text, f.unit) for f in brief.figures]


def test_parse_brief_reads_bare_dollars_as_the_giving_governments_dollars() -> None:
    """A release where Canada gives the money counts every bare "$" in Canadian dollars."""
    text = (
        "Canada supports flood recovery in Ruritania\n\n"
        "The Minister announced $14 million for flood recovery and $3 million for schools.\n\n"
        "Since 2019, Canada has provided over $200 million in assistance to Ruritania.\n"
    )
    assert _units_of(text) == [
        ("$14 million", "CAD"),
        ("$3 million", "CAD"),
        ("over $200 million", "CAD"),
    ]


def test_parse_brief_reads_bare_dollars_in_new_australian_support() -> None:
    """ "$N in new Australian support": the brief's bare "$" sums are Australian dollars."""
    text = (
        "Minister visits the islands\n\n"
        "I announced $9 million in new Australian support for the islands, including $2"
        " million for clinics.\n"
    )
    assert _units_of(text) == [("$9 million", "AUD"), ("$2 million", "AUD")]


def test_parse_brief_keeps_us_dollars_where_the_text_tells_dollars_apart() -> None:
    """A text that writes "C$" or "US$" elsewhere means the US dollar by a bare "$", and a
    bare "$" with no giving government named stays the US dollar."""
    told_apart = (
        "Talks in Astana\n\n"
        "Canada has provided $6 billion in investment, the President said.\n\n"
        "The bank will lend up to C$500 million for equipment.\n"
    )
    assert _units_of(told_apart) == [("$6 billion", "USD"), ("up to C$500 million", "CAD")]
    plain = "Talks in Ottawa\n\nTrade between Canada and Ruritania reached $720 million.\n"
    assert _units_of(plain) == [("$720 million", "USD")]


@pytest.mark.parametrize(
    "text",
    [
        "Ministry Press Office\nPress release 14.03.2026 09.45",
        "Press statement March 14, 2026 at 9.45",
        "Posted Mar 14, 2026 • 4 minute read",
        "By Staff Writer | 6-min read",
        "Reading Time: 4 mins read",
        "By Desk Editor | 7 minutes read",
        "Subject Minister opens a port\nDate 2026-03-14 Hit 212",
        "Subject Minister opens a port\nViews: 1204",
        "//Agency// AB 14/03/2026 17:42:31",
        '"Malta and New Caledonia are two small islands that live from the sea."',
        "Both said Chile and Norway were “two maritime nations that trade”.",
        "They will fund the “Green Valley Link” and the “Amber Coast Programme,” two flagship"
        " schemes of the plan.",
        "The fund covers Mongolia and Peru, two mining economies.",
    ],
)
def test_find_figures_reads_no_figure_in_a_page_header_or_a_named_pair(text: str) -> None:
    """A release's time of day after its date, a reading time, a board's view counter at a
    line's end and "A and B C are two ..." (the pair just named) count nothing."""
    assert figures_of(text) == []


def test_two_of_a_thing_after_a_pair_in_apposition_still_counts() -> None:
    """ "deals with A and B, two of them on energy": two of the deals, not the pair."""
    text = "Egypt signed deals with Ghana and Kenya, two of them on energy."
    assert figures_of(text) == [(2.0, "count", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The port city may draw up to 40 million gallons of lake water a day.",
            [(40e6, "gallons", "up to")],
        ),
        ("The field holds 3 trillion cubic feet of gas.", [(3e12, "cubic feet", None)]),
    ],
)
def test_find_figures_reads_gallons_and_cubic_feet_as_volumes(
    text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    """Volumes in gallons or cubic feet are quantities in that unit, not counts."""
    assert figures_of(text) == expected


@pytest.mark.parametrize(
    ("text", "measures"),
    [
        (
            "The bank will provide €15 million in cofinancing through the Green Energy Facility.",
            ["cofinancing through the Green Energy Facility"],
        ),
        (
            "The agency approved a $40 million grant to upgrade rural roads in the north.",
            ["grant to upgrade rural roads"],
        ),
        (
            "The UK has provided £200 million in humanitarian support to the flood response.",
            ["humanitarian support to flood response"],
        ),
        (
            "The agency will provide a grant of 10 billion won to build a seed bank in Osh.",
            ["grant to build seed bank"],
        ),
        (
            "The fund confirmed new investments of up to $3 billion in Andean ports.",
            ["new investments in Andean ports"],
        ),
        # A period after the sum is no place the money goes to.
        (
            "The region attracted foreign investments of about $9 billion in the first half of the"
            " year.",
            ["foreign investments in the first half of the year"],
        ),
    ],
)
def test_find_figures_measures_money_with_where_it_goes(text: str, measures: list[str]) -> None:
    """A loan, grant, investment or support keeps the phrase that says where it goes: its
    channel ("through the X Facility"), purpose ("to build ...") or recipient ("to the X")."""
    assert measures_of(text) == measures


@pytest.mark.parametrize(
    ("text", "measures"),
    [
        (
            "The minister invited firms to join the rebuilding of the Talas-Osh highway, whose "
            "cost is estimated at 900 million U.S. dollars.",
            ["estimated cost of the Talas-Osh highway"],
        ),
        (
            "Peru holds the world's third-largest reserves of copper, estimated at about 30 "
            "million tonnes.",
            ["reserves of copper"],
        ),
        # A sum so estimated after its thing stays that thing's cost.
        (
            "The plant, estimated at $400 million, will be built by 2030.",
            ["estimated cost of plant"],
        ),
    ],
)
def test_find_figures_measures_an_estimate_set_after_its_thing(
    text: str, measures: list[str]
) -> None:
    """ "X, whose cost is estimated at N" is the estimated cost of X; "X, estimated at N
    tonnes" measures X (a rank such as "the world's third-largest" left out)."""
    assert measures_of(text) == measures


@pytest.mark.parametrize(
    ("text", "measures"),
    [
        (
            "The sides noted that 9 rounds of talks have been held so far.",
            ["rounds of talks held so far"],
        ),
        (
            "Some 30 scholarships have been given to students from the region.",
            ["scholarships given to students from the region"],
        ),
    ],
)
def test_find_figures_measures_counted_things_by_an_irregular_participle(
    text: str, measures: list[str]
) -> None:
    """ "N things have been held/given ...": what was done with them, as with a regular one."""
    assert measures_of(text) == measures


@pytest.mark.parametrize(
    ("text", "measures"),
    [
        (
            "The new line will carry up to 8,000 passengers per hour in each direction.",
            ["passengers per hour in each direction"],
        ),
        ("The border post handles about 900 trucks an hour.", ["trucks an hour"]),
    ],
)
def test_find_figures_measures_a_rate_per_hour(text: str, measures: list[str]) -> None:
    """A count per hour keeps its rate, as one a day or a year does."""
    assert measures_of(text) == measures


def test_find_figures_measures_the_length_of_a_plan() -> None:
    """ "a three-year plan on X": the length of the plan ("plan" a noun after "length of")."""
    text = "The ministers also adopted a four-year plan on transport and logistics."
    assert measures_of(text) == ["length of plan on transport and logistics"]


@pytest.mark.parametrize(
    ("text", "measures"),
    [
        (
            "Korean contractors have so far undertaken more than 300 projects worth over $12"
            " billion in Chile.",
            ["projects undertaken", "value of projects undertaken in Chile"],
        ),
        # A country's possession is no place of the things.
        (
            "The firms have signed deals worth $3 billion in Chile's mining sector.",
            ["value of deals signed by firms"],
        ),
    ],
)
def test_find_figures_measures_the_value_of_things_in_a_country(
    text: str, measures: list[str]
) -> None:
    """ "N projects worth $M in <country>": the value of those projects in that country."""
    assert measures_of(text) == measures


@pytest.mark.parametrize(
    ("text", "measures"),
    [
        (
            "Attention was paid to the Blue Delta project of the Dutch firm Aquaco in the"
            " Khatlon region, worth $4 billion, which will produce power.",
            ["value of the Blue Delta project"],
        ),
        (
            "They signed a contract between Alpha Coal and Beta Chemicals on technology exchange"
            " in coal chemistry, worth $380 million.",
            ["value of contract on technology exchange"],
        ),
        ("The ministers signed a deal worth $2 billion.", ["value of deal"]),
    ],
)
def test_find_figures_measures_the_value_of_the_head_of_a_phrase_set_off_by_worth(
    text: str, measures: list[str]
) -> None:
    """ "the X project of the Y firm in the Z region, worth $N": the value of the project
    (with what a contract or an agreement is on), not of the last phrase before the comma."""
    assert measures_of(text) == measures


@pytest.mark.parametrize(
    ("text", "measures"),
    [
        (
            "Under the programme, Norway will allocate about NOK 5 billion for the"
            " construction of hospitals.",
            ["allocation by Norway for construction of hospitals"],
        ),
        (
            "The city will allocate 430 billion soums for roads and water supply.",
            ["allocation by the city for roads and water supply"],
        ),
        # No giver named before the verb: the thing the money is for.
        (
            "It will allocate 12 billion tenge for a pilot project.",
            ["pilot project"],
        ),
    ],
)
def test_find_figures_measures_an_allocation_by_its_giver(text: str, measures: list[str]) -> None:
    """ "X will allocate N for Y" is X's allocation for Y, when the words before the verb
    name X."""
    assert measures_of(text) == measures


@pytest.mark.parametrize(
    ("text", "measures"),
    [
        (
            "The sides stressed that the railway, which will run 410 kilometers from Osh to"
            " the border, must be built.",
            ["length of the railway"],
        ),
        (
            "The Chilean-Bolivian border stretches more than 800 kilometers.",
            ["length of the Chilean-Bolivian border"],
        ),
        ("They opened a 97-kilometer gas pipeline.", ["length of the gas pipeline"]),
        # Roads built are an amount of work, not a length of one thing.
        ("Chinese firms have built more than 2,000 km of roads.", ["roads"]),
    ],
)
def test_find_figures_measures_the_length_of_one_linear_thing(
    text: str, measures: list[str]
) -> None:
    """A distance said of one railway, pipeline, border or line is that thing's length."""
    assert measures_of(text) == measures


@pytest.mark.parametrize(
    ("text", "measures"),
    [
        (
            "The foreign secretary said the Chancellor would hold more than 12 bilateral"
            " meetings on the margins of the two-day summit.",
            ["bilateral meetings on the margins of the two-day summit"],
        ),
        (
            "The president held 9 meetings on the sidelines of the UN General Assembly.",
            ["meetings on the sidelines of the UN General Assembly"],
        ),
    ],
)
def test_find_figures_measures_meetings_with_the_event_they_are_held_at(
    text: str, measures: list[str]
) -> None:
    """ "N meetings on the sidelines (margins) of the X": the event they are held at."""
    assert measures_of(text) == measures


def test_find_figures_measures_a_planned_investment_with_its_year() -> None:
    """ "plan to invest N in X by 2028": the investment in X by that year."""
    text = "Chilean companies plan to invest about $3 billion in Peru by 2028, officials said."
    assert measures_of(text) == ["investment by Chilean companies in Peru by 2028"]


def test_find_figures_still_counts_hits_and_decimals_that_are_news() -> None:
    """ "hit" before a quantity and a decimal that follows no date stay figures."""
    assert figures_of("Exports hit 87 million tonnes.") == [(87e6, "tonnes", None)]
    assert figures_of("Output rose 16.05 percent in 2025.") == [(16.05, "percent", None)]


@pytest.mark.parametrize(
    ("text", "measures"),
    [
        (
            "She noted that bilateral trade, at just over US$4 million a year, lags behind.",
            "bilateral trade a year",
        ),
        ("Tourism revenue, at about $2 billion last year, grew.", "tourism revenue last year"),
        ("Its exports, at $5 billion, grew.", "exports"),
    ],
)
def test_find_figures_measures_a_sum_set_off_after_its_noun(text: str, measures: str) -> None:
    """ "trade, at $N a year, ...": the sum in commas after "at" measures the noun before."""
    assert [f.measures for f in find_figures(Sentence(text, 0, len(text), 0), [])] == [measures]


@pytest.mark.parametrize("mark", ["-30-", "- 30 -", "--30--"])
def test_find_figures_reads_no_figure_in_the_end_mark_of_a_release(mark: str) -> None:
    """ "-30-" on its own line ends a press release; it counts nothing."""
    assert figures_of(mark) == []
    assert figures_of("Delegates from 30 countries attended.") == [(30, "count", None)]


def home_units(body: str, home: str | None = None) -> list[tuple[str, str]]:
    """The units of a body's figures, one sentence a paragraph, given the body and the
    brief's home country to the brief-wide passes (`refer_back`)."""
    paras = body.split("\n\n")
    found = [find_figures(Sentence(s, 0, len(s), i), []) for i, s in enumerate(paras)]
    figures.refer_back(found, body, home)
    return [(f.text, f.unit) for sentence in found for f in sentence]


def test_refer_back_reads_bare_dollars_of_a_brief_at_home_in_a_province_or_state() -> None:
    """A text naming a province or a state of Canada or Australia, and never the country,
    is that country's own press: its bare "$" is that country's dollar."""
    body = (
        "Queensland wants more of the region's tourism trade.\n\n"
        "The state earned $52 million from visitors last year."
    )
    assert home_units(body) == [("$52 million", "AUD")]
    ontario = "Ontario hosted the trade envoy.\n\nThe province sold $9 million of grain."
    assert home_units(ontario) == [("$9 million", "CAD")]


def test_refer_back_keeps_us_dollars_where_a_region_is_named_with_its_country() -> None:
    """A foreign outlet names the country with the province ("Canada's Alberta"), and a text
    that writes "US$" tells its dollars apart: a bare "$" stays the US dollar there."""
    foreign = "Envoys met in Canada's Alberta province.\n\nThey signed deals worth $7 million."
    assert home_units(foreign) == [("$7 million", "USD")]
    told_apart = "Tasmania signed a deal.\n\nIt is worth $3 million, or US$2 million."
    assert home_units(told_apart) == [("$3 million", "USD"), ("US$2 million", "USD")]
    two_homes = "Ontario and Queensland met.\n\nThey swapped $4 million of goods."
    assert home_units(two_homes) == [("$4 million", "USD")]


def test_refer_back_reads_bare_dollars_by_the_home_country_of_the_outlet() -> None:
    """A brief whose outlet or dateline is at home in New Zealand means its dollar by "$"."""
    body = "The Speaker opened the session.\n\nThe fund will give $5 million to schools."
    assert home_units(body, "New Zealand") == [("$5 million", "NZD")]
    assert home_units(body, "Japan") == [("$5 million", "USD")]


def test_refer_back_reads_manats_by_the_home_country_of_the_outlet() -> None:
    """Manats in a sentence that names neither country of the manat are the brief's home
    country's when it has one (Turkmenistan's state press), else Azerbaijan's."""
    body = "The leaders opened the new port.\n\nThe venture has a capital of 30 million manats."
    assert home_units(body, "Turkmenistan") == [("30 million manats", "TMT")]
    assert home_units(body, "Azerbaijan") == [("30 million manats", "AZN")]
    assert home_units(body) == [("30 million manats", "AZN")]


def test_refer_back_reads_bare_dollars_by_a_home_time_zone_beside_a_time_abroad() -> None:
    """A reporter abroad gives the time at home in his country's zone ("(Wednesday NZDT)"):
    the outlet's bare "$" is that country's dollar; a model's name ("AWST-9") is no zone."""
    body = (
        "The ministers met in Oslo on Tuesday evening local time (Wednesday NZDT).\n\n"
        "Exports of fish are worth about $90 million a year."
    )
    assert home_units(body) == [("about $90 million", "NZD")]
    assert home_units(body.replace("NZDT", "ACST"), "Norway") == [("about $90 million", "AUD")]
    model = "The yard built the AWST-9 crane.\n\nIt cost $4 million."
    assert home_units(model) == [("$4 million", "USD")]
    told_apart = body + ", or US$60 million"
    assert home_units(told_apart)[0] == ("about $90 million", "USD")


@pytest.mark.parametrize(
    ("byline", "units"),
    [
        ("Jo Hart, Australian Associated Press Reporter", ["AUD", "AUD"]),
        ("By Jo Hart, The Canadian Press", ["CAD", "CAD"]),
        # A reporter of a wire of no one country, or no byline: the US dollar.
        ("Jo Hart, Reuters", ["USD", "USD"]),
        ("Updated 3 March", ["USD", "USD"]),
    ],
)
def test_parse_brief_reads_bare_dollars_by_the_outlet_a_byline_names(
    byline: str, units: list[str]
) -> None:
    """A story without a dateline whose reporter's byline names a national outlet of a
    country that counts in its own dollars writes that dollar as a bare "$"; the people it
    tells of keep the countries the text gives them."""
    text = (
        f"Envoy pledges $8m to the islands\n\n{byline}\n9:40 am on 3 March 2025\n\n"
        "Foreign Minister Ann Lee met Prime Minister Bo Tan in Portmar on Monday.\n\n"
        "She announced $8 million for clinics, of which $2.5m goes to one island.\n"
    )
    brief = parse_brief(text, brief_id="b")
    assert [f.unit for f in brief.figures] == units
    assert [p.country for p in brief.people] == [None, None]


@pytest.mark.parametrize(
    "text",
    [
        "Exports rose to $2 billion in the last Iranian year (1402).",
        "Trade in the solar year 1401 reached $5 billion.",
        "Imports fell in calendar year 1445 to $3 billion.",
    ],
)
def test_find_figures_reads_no_figure_in_a_year_of_another_calendar(text: str) -> None:
    """A 13xx or 14xx year of the Iranian or Islamic calendar, in brackets after "year" or
    after "calendar year", is a date; the sum beside it stays."""
    assert [f.unit for f in find_figures(Sentence(text, 0, len(text), 0), [])] == ["USD"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She follows a governor who held talks with Dube 14 times.", [("14 times", "count")]),
        ("The envoys visited the port five times, officials said.", [("five times", "count")]),
        # a change, or a comparison that goes on: a multiple
        ("The sides held talks, and exports grew 3 times.", [("3 times", "times")]),
        ("Output held at 4 times the level of 2019.", [("4 times", "times")]),
    ],
)
def test_find_figures_reads_how_often_a_thing_was_done_as_a_count(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """ "N times" closing a clause whose verb held, met or visited something is how often
    that was done: a count, no multiple."""
    found = find_figures(Sentence(text, 0, len(text), 0), [])
    assert [(f.text, f.unit) for f in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Moreau, who is 58, told reporters he would run again.", []),
        ("The envoy, who turned 64 this week, met the press.", [("64", 64.0)]),
        ("The alliance, which is 75, has 32 members.", [("75", 75.0), ("32", 32.0)]),
        ("The fund, whose head is 61, lent $2 billion.", [("61", 61.0), ("$2 billion", 2e9)]),
    ],
)
def test_find_figures_reads_no_figure_in_an_age_after_who_is(
    text: str, expected: list[tuple[str, float]]
) -> None:
    """ "X, who is N," gives a person's age, no figure; after "which is" or "whose head is",
    or not closing its clause, the number stays."""
    found = find_figures(Sentence(text, 0, len(text), 0), [])
    assert [(f.text, f.value) for f in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "They agreed to extend the visa waiver for Omani travellers by another 18 months.",
            ("18 months", "months", "extension of the visa waiver for Omani travellers"),
        ),
        (
            "The bank extended the loan by a further 5 years.",
            ("a further 5 years", "years", "extension of the loan"),
        ),
    ],
)
def test_find_figures_reads_the_length_of_an_extension(
    text: str, expected: tuple[str, str, str]
) -> None:
    """ "extend X by (another) N months" is how long X is extended: a figure in months or
    years (no reporting period) that measures the extension of X."""
    found = find_figures(Sentence(text, 0, len(text), 0), [])
    assert [(f.text, f.unit, f.measures) for f in found] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Its share of Chilean imports fell to 12 per cent from a third a decade ago.",
            ["12 per cent", "a third"],
        ),
        ("The share rose to 40% from a quarter in 2015.", ["40%", "a quarter"]),
        ("The parts came from a third country.", []),
    ],
)
def test_find_figures_reads_the_share_a_level_changed_from(text: str, expected: list[str]) -> None:
    """ "fell to N% from a third a decade ago": the share it changed from is a figure too;
    "from a third country" is an ordinal."""
    found = find_figures(Sentence(text, 0, len(text), 0), [])
    assert [f.text for f in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The envoys agreed to raise bilateral trade, which now stands at $3 billion, to"
            " $8 billion.",
            ("$8 billion", "bilateral trade"),
        ),
        (
            "They will raise output, which stood at 4 million tonnes in 2019, to 6 million"
            " tonnes.",
            ("6 million tonnes", "output"),
        ),
    ],
)
def test_measures_of_a_level_after_a_which_aside(text: str, expected: tuple[str, str]) -> None:
    """ "raise X, which stands at M, to N": N is a level of X, read without the aside (and
    without the aside's period)."""
    found = find_figures(Sentence(text, 0, len(text), 0), [])
    assert (found[-1].text, found[-1].measures) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "They discussed the welfare of Nepali nurses in Ireland, who now number over 9,000.",
            "Nepali nurses in Ireland",
        ),
        ("Chilean students, who number about 2,000, study in Spain.", "Chilean students"),
    ],
)
def test_measures_of_a_count_after_who_number(text: str, expected: str) -> None:
    """ "X, who (now) number N": N counts X, the people "who" stands for."""
    found = find_figures(Sentence(text, 0, len(text), 0), [])
    assert [f.measures for f in found] == [expected]


@pytest.mark.parametrize(
    ("country", "units"),
    [("Zambia", ["EUR", "ZMW"]), ("Mexico", ["EUR"])],
)
def test_parse_brief_reads_a_lettered_equivalent_in_brackets_by_the_country_named(
    country: str, units: list[str]
) -> None:
    """A brief with no home that names one country whose press writes its currency with a
    letter gives a sum's equivalent in brackets in that letter ("(about K90 million)") that
    currency; where it names none, the letter is no currency."""
    text = (
        f"{country} and Austria sign health pact\n\n"
        f"Austria and {country} on Monday signed a health pact. Vienna also announced"
        " €3 billion (about K90 million) for clinics.\n"
    )
    brief = parse_brief(text, brief_id="b")
    assert [f.unit for f in brief.figures] == units


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"Chile and Peru are one people, two states," he said.', []),
        ("The island stays split between two rival authorities.", []),
        ("They signed two agreements between the ministries.", ["two"]),
    ],
)
def test_find_figures_reads_no_count_in_a_pair_told_apart_or_a_slogan(
    text: str, expected: list[str]
) -> None:
    """ "between two rival authorities" tells sides apart and "one people, two states" is
    a slogan: no count that is news; two things signed still count."""
    assert [f.text for f in find_figures(Sentence(text, 0, len(text), 0), [])] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Trade between the two blocs, he said, grew by 8.1 percent last year.",
            "growth of trade between the two blocs last year",
        ),
        (
            "Exports to Chile, officials noted, reached $3 billion in 2024.",
            "exports to Chile in 2024",
        ),
    ],
)
def test_measures_of_a_figure_read_without_a_reporting_aside(text: str, expected: str) -> None:
    """ "X, he said, grew by N%": who says so is told aside; the figure measures X."""
    found = find_figures(Sentence(text, 0, len(text), 0), [])
    assert [f.measures for f in found] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Trade in services between Peru and Chile, excluding tourism, amounted to about"
            " $4 billion last year.",
            "trade in services between Peru and Chile last year",
        ),
        (
            "Farm exports, including processed food, reached $900 million in 2024.",
            "farm exports in 2024",
        ),
    ],
)
def test_measures_of_a_figure_read_without_what_it_excludes_or_includes(
    text: str, expected: str
) -> None:
    """ "X, excluding Y, amounted to N": the aside tells what N leaves out; N measures X."""
    found = find_figures(Sentence(text, 0, len(text), 0), [])
    assert [f.measures for f in found] == [expected]


def test_measures_of_a_count_stop_before_according_to() -> None:
    """ "N people according to the ministry": the source is no part of what is counted."""
    text = "The floods displaced more than 9,000 people according to the relief agency."
    assert [f.measures for f in find_figures(Sentence(text, 0, len(text), 0), [])] == ["people"]


def test_measures_of_a_level_that_a_thing_reached() -> None:
    """ "narrow a trade deficit with X that exceeded N last year": N is that deficit."""
    text = "Chile wants to narrow a trade deficit with Korea that exceeded $3 billion last year."
    assert [f.measures for f in find_figures(Sentence(text, 0, len(text), 0), [])] == [
        "trade deficit last year"
    ]


def test_measures_of_a_count_after_of_whom() -> None:
    """ "Chinese students, of whom over 40,000 studied in X": the students who studied in X."""
    text = "He said that Chinese students, of whom over 40,000 studied in Ireland, were welcome."
    assert [f.measures for f in find_figures(Sentence(text, 0, len(text), 0), [])] == [
        "Chinese students who studied in Ireland"
    ]


def test_measures_of_the_term_told_in_a_signed_aside() -> None:
    """ "the oil contract, signed in 2001 for 30 years, ends in 2031": the contract's term."""
    text = "He noted that the oil contract, signed in 2001 for 30 years, ends in 2031."
    assert [f.measures for f in find_figures(Sentence(text, 0, len(text), 0), [])] == [
        "term of the oil contract"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The pact would boost bilateral trade by £4 billion.", "increase in bilateral trade"),
        ("Norway will cut its aid to the region by $90 million.", "decline in aid to the region"),
    ],
)
def test_measures_of_a_sum_a_thing_changes_by(text: str, expected: str) -> None:
    """ "boost X by N", "cut X by N": a sum is the increase in X or its decline."""
    assert [f.measures for f in find_figures(Sentence(text, 0, len(text), 0), [])] == [expected]


def test_measures_of_a_count_read_through_now() -> None:
    """ "N states had now ratified X": the states that ratified X ("now" is no verb)."""
    text = "The envoy said that 31 states had now ratified the Maritime Treaty."
    assert [f.measures for f in find_figures(Sentence(text, 0, len(text), 0), [])] == [
        "states ratified the Maritime Treaty"
    ]


def test_measures_of_a_sum_in_a_named_calendar_year() -> None:
    """ "in the past Persian calendar year": the period the sum covers, as "the last fiscal
    year" is."""
    text = "Trade between them reached $900 million in the past Persian calendar year."
    assert [f.measures for f in find_figures(Sentence(text, 0, len(text), 0), [])] == [
        "trade between them in the past Persian calendar year"
    ]


def test_measures_of_a_sum_raised() -> None:
    """ "Kenyan firms have raised N": the funds raised by those firms."""
    text = "Chilean start-ups have raised $2 billion from foreign investors."
    assert [f.measures for f in find_figures(Sentence(text, 0, len(text), 0), [])] == [
        "funds raised by Chilean start-ups"
    ]


def test_find_figures_reads_no_figure_in_a_class_name() -> None:
    """ "Type 26 frigates" names a class of ship; the sum after it is the figure."""
    assert figures_of("Norway will buy Type 26 frigates worth around £10 billion.") == [
        (10e9, "GBP", "about")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "They agreed to extend the hours of the Lakeside Border Post, which handles about"
            " 900 trucks a day.",
            [("about 900", "trucks handled by the Lakeside Border Post a day")],
        ),
        (
            "Members welcomed Ruritania's revised offer, which now covers all 4,100 tariff lines.",
            [("4,100", "tariff lines covered by Ruritania's revised offer")],
        ),
        (
            "He praised a plant built by a local company, which produces 2 million tonnes of"
            " cement.",
            [("2 million tonnes", "cement output of the plant")],
        ),
    ],
)
def test_measures_of_a_count_a_named_thing_does_by_which(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    """ "X, which handles N trucks": the trucks handled by X; after "built by a company" the
    one that does it is unclear: the plant's output, not the company's."""
    assert measures_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The budget targets a fiscal deficit of 2.5 percent of GDP.",
            [("2.5 percent", "fiscal deficit, share of GDP")],
        ),
        (
            "The plan aims at keeping public debt below 40 percent of GDP.",
            [("below 40 percent", "public debt, share of GDP")],
        ),
        (
            "The deal will cut tariffs on 90 per cent of tariff lines.",
            [("90 per cent", "share of tariff lines")],
        ),
    ],
)
def test_measures_of_a_share_name_what_it_is_a_share_of(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    """ "a fiscal deficit of N percent of GDP": the deficit, as a share of GDP; "cut tariffs
    on N per cent of tariff lines" names no noun of the share before it."""
    assert measures_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The three firms will each hold a one-third stake.", [(1 / 3, "fraction", None)]),
        ("He holds a third stake in the firm.", []),
        (
            "They agreed to extend the drill from 10 days to 15 days.",
            [(10, "days", None), (15, "days", "target")],
        ),
        ("The drill, which lasted five days, ended.", [(5, "days", None)]),
        ("(Release ID: 3187655)", []),
    ],
)
def test_find_figures_reads_stakes_lengths_of_events_and_skips_release_ids(
    text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    """ "a one-third stake" is a share ("a third stake" may be an ordinal); "lasted five
    days" and "extend from 10 days to 15 days" are lengths; a release's ID is no count."""
    assert figures_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The field pumped 1.25 million b/d in May, up from 950,000 b/d.",
            [(1.25e6, "barrels per day", None), (950000, "barrels per day", None)],
        ),
        ("Exports fell to 300,000 bpd last month.", [(300000, "barrels per day", None)]),
        (
            "The fleet of 12 reactors has about 9.4 GWe of capacity.",
            [(12, "count", None), (9.4, "GW", "about")],
        ),
        ("Each unit will have 300 MWe.", [(300, "MW", None)]),
        (
            "The reservoir held 7.2bn m3 in March, some 600m m3 below normal.",
            [(7.2e9, "cubic metres", None), (6e8, "cubic metres", "about")],
        ),
        ("The lake holds 40 m3 of silt.", [(40, "cubic metres", None)]),
        ("Gasoline rose 15 cents on the week.", [(0.15, "USD", None)]),
        ("He ran the 100 m race.", [(100, "count", None)]),
    ],
)
def test_energy_units_of_the_trade_press(
    text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    """It reads barrels per day ("b/d", "bpd"), electric capacity ("GWe", "MWe"), cubic
    metres ("m3", with "bn" or a bare "m" before them) and cents of the dollar."""
    assert figures_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Exporters in Sri Lanka earned Rs. 12 billion.", [(12e9, "LKR", None)]),
        ("The ministry set aside 3,000 million riels for schools.", [(3e9, "KHR", None)]),
        ("A plant worth GH¢120 million opened.", [(120e6, "GHS", None)]),
        ("Tourists spent 40 million rufiyaa.", [(40e6, "MVR", None)]),
        ("They spent 200 million Serbian dinars.", [(200e6, "RSD", None)]),
    ],
)
def test_currencies_of_south_asia_and_africa(
    text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    """It reads riels, rufiyaa, the cedi sign "GH¢" and the rupees of a country named in two
    words ("Sri Lanka")."""
    assert figures_of(text) == expected


def brief_figures(
    *sentences: str, body: str = "", home: str | None = None
) -> list[tuple[str, float, str]]:
    """The figures of consecutive sentences after the brief-wide passes (`refer_back`)."""
    found = [find_figures(Sentence(s, 0, len(s), i), []) for i, s in enumerate(sentences)]
    figures.refer_back(found, body, home)
    return [(f.text, f.value, f.unit) for sentence in found for f in sentence]


def test_rupees_and_dinars_take_the_country_the_brief_names() -> None:
    """ "Rs" and a dinar in a sentence that names no country of theirs are in the currency of
    the one such country the brief's other figures name."""
    assert brief_figures(
        "Nepal sent 2,000 workers to Qatar last year.",
        "The agency said workers paid up to Rs 300,000 in fees.",
        "A 1.5 billion dinar plant is planned.",
    ) == [
        ("2,000", 2000, "count"),
        ("up to Rs 300,000", 300000, "NPR"),
        ("1.5 billion dinar", 1.5e9, "dinars"),
    ]
    assert brief_figures(
        "Serbia sold 30,000 tonnes of wheat.", "The firm plans a 1.5 billion dinar plant."
    ) == [("30,000 tonnes", 30000, "tonnes"), ("1.5 billion dinar", 1.5e9, "RSD")]


@pytest.mark.parametrize(
    ("body", "home", "expected"),
    [
        # the country named in a sentence with no figure
        ("Sri Lankan envoy Ana Perel met traders. Dockers earn Rs 8,000 a week.", None, "LKR"),
        ("Envoy Ana Perel of Pakistan met traders. Dockers earn Rs 8,000 a week.", None, "PKR"),
        # the brief's home (its dateline's or outlet's country), named nowhere in the text
        ("HARBOUR - Envoy Ana Perel met traders. Dockers earn Rs 8,000 a week.", "Nepal", "NPR"),
        # two countries of the rupee and no home: the default
        ("Nepal and Sri Lanka met. Dockers earn Rs 8,000 a week.", None, "INR"),
    ],
)
def test_rupees_take_the_country_of_the_whole_brief_or_its_home(
    body: str, home: str | None, expected: str
) -> None:
    """ "Rs" in a sentence that names no country of the rupee takes the brief's home country,
    or the one such country its text names anywhere, not only in sentences with figures."""
    sentences = body.split(". ")[1:]
    assert brief_figures(*sentences, body=body, home=home) == [("Rs 8,000", 8000, expected)]


def test_dinars_take_the_home_country_before_a_country_the_text_names() -> None:
    """A home country that pays in dinars decides over another one named in the text."""
    body = "Kuwait was discussed. A 2 billion dinar port is planned."
    assert brief_figures("A 2 billion dinar port is planned.", body=body, home="Jordan") == [
        ("2 billion dinar", 2e9, "JOD")
    ]
    assert brief_figures("A 2 billion dinar port is planned.", body=body) == [
        ("2 billion dinar", 2e9, "KWD")
    ]


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        (["Bread rose 30 cents to 4 euros a loaf."], [0.3, "EUR", 4, "EUR"]),
        (["The fare is 2 pounds, 50 cents more than last year."], [2, "GBP", 0.5, "GBP"]),
        (["Milk rose 12 cents."], [0.12, "USD"]),
        (["Bread cost 4 euros in May.", "It rose 30 cents."], [4, "EUR", 0.3, "EUR"]),
        (
            ["Bread cost 4 euros and rice $2.", "It rose 30 cents."],
            [4, "EUR", 2, "USD", 0.3, "USD"],
        ),
    ],
)
def test_cents_take_the_currency_of_the_sums_beside_them(
    sentences: list[str], expected: list[object]
) -> None:
    """Cents are of the sentence's other sum's currency, else of the brief's one currency; the
    US dollar's only where neither decides."""
    assert [x for _, value, unit in brief_figures(*sentences) for x in (value, unit)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Farmers earned 90 million ngultrum.", [(90e6, "BTN", None)]),
        ("The bridge cost ₵45 million.", [(45e6, "GHS", None)]),
    ],
)
def test_ngultrum_and_the_cedi_sign(
    text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    """The ngultrum is Bhutan's currency and "₵" the cedi's sign."""
    assert figures_of(text) == expected


def test_rupees_stay_indian_where_the_brief_names_two_countries_of_the_rupee() -> None:
    """With India and Nepal both named, "Rs" keeps its default, India's rupee."""
    assert brief_figures(
        "India and Nepal traded goods worth $9 billion.", "Fees reached Rs 300,000."
    ) == [("$9 billion", 9e9, "USD"), ("Rs 300,000", 300000, "INR")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A truck from Almaty to Riga takes 12 to 16 days.",
            [(12, "days", None), (16, "days", None)],
        ),
        (
            "Visitors may stay for up to 60 days, up from 30 days.",
            [(60, "days", "up to"), (30, "days", None)],
        ),
        ("He arrived on a three-day state visit.", []),
        ("She began a two-day official working visit.", []),
        ("The five-day forum opened.", []),
        ("The two-week internship starts soon.", [(2, "weeks", None)]),
        ("A 30-day visa-free regime applies.", [(30, "days", None)]),
        ("Grain exports rose in the first 10 days.", []),
    ],
)
def test_lengths_in_days(text: str, expected: list[tuple[float, str, str | None]]) -> None:
    """A range of days after "takes" is a length, as is a limit's earlier level ("up from
    30 days"); the length of a visit or an event ("a three-day state visit") is no figure."""
    assert figures_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Power is sold on yearly terms at prices of EUR 30-55/MWh.",
            ["prices per MWh", "prices per MWh"],
        ),
        ("The auction has a price cap of EUR 90/MWh.", ["price cap per MWh"]),
        ("Coal sold at prices of $120/t last week.", ["prices per tonne"]),
        (
            "The report, which puts the cost of the northern section at $4bn, came out on Monday.",
            ["cost of the northern section"],
        ),
        ("Analysts estimate the damage at $3 billion.", ["damage"]),
    ],
)
def test_measures_of_prices_per_unit_and_sums_put_at(text: str, expected: list[str]) -> None:
    """A price with a unit after a slash measures the noun before it per that unit, not the
    unit; "puts the cost of X at $N" measures the cost of X, not who puts it."""
    assert [f.measures for f in find_figures(Sentence(text, 0, len(text), 0), [])] == expected


def test_a_level_up_from_takes_the_unit_of_the_figure_it_changed_to() -> None:
    """ "to carry 9 million cubic metres a day once ..., up from roughly 4 million": the
    earlier level is in the unit of the later one, whatever stands between them."""
    text = (
        "Traders expect the Harbour line to carry 9 million cubic metres a day once its second"
        " compressor opens, up from roughly 4 million."
    )
    assert figures_of(text) == [(9e6, "cubic metres", None), (4e6, "cubic metres", "about")]
    text = "The plant will make 300 MW by 2030, up from 12 turbines."
    assert figures_of(text) == [(300, "MW", None), (12, "count", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Shipments reached 2.3 million tonnes, according to three market sources.",
            [(2.3e6, "tonnes", None)],
        ),
        ("The two sides signed two energy deals.", [(2, "count", None)]),
        ('They launched the "Three Rivers, One Harbour" travel pass.', []),
        ('"Two agreements were signed," he said.', [(2, "count", None)]),
    ],
)
def test_no_count_in_who_told_or_in_a_quoted_name(
    text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    """ "three market sources" tell, they are no news; a number word in capitals that opens a
    quoted title ("Three Rivers, One Harbour") is part of a name."""
    assert figures_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The envoys signed the accord in Harbour this afternoon (14).", []),
        ("She briefed the board yesterday (9) before the vote.", []),
        ("The firms (12) signed deals.", [(12, "count", None)]),
    ],
)
def test_the_day_in_brackets_after_a_time_word_is_no_figure(
    text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    """ "this afternoon (14)": the day of the month in brackets, as Sri Lankan releases date."""
    assert figures_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The plan adds a fourth, a fifth and a sixth.", []),
        ("Exports fell by a fifth, a second drop in a row.", [(0.2, "fraction", None)]),
        (
            "Output rose by a quarter and a third of it was exported.",
            [(0.25, "fraction", None), (1 / 3, "fraction", None)],
        ),
    ],
)
def test_ordinals_in_a_row_are_no_fractions(
    text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    """ "a fourth, a fifth and a sixth": ordinals one after another, each alone, count nothing
    as shares; "by a fifth, a second drop" keeps its share."""
    assert figures_of(text) == expected


def test_riyals_take_the_country_the_brief_names() -> None:
    """Riyals in a sentence that names no country are Saudi in a brief whose figures name Saudi
    Arabia alone, and Qatar's (the default) where none is named."""
    assert brief_figures(
        "Contracts worth 14 billion riyals were awarded.",
        "Saudi Arabia put $2 billion into the Harbour port.",
    ) == [("14 billion riyals", 14e9, "SAR"), ("$2 billion", 2e9, "USD")]
    assert brief_figures("Contracts worth 14 billion riyals were awarded.") == [
        ("14 billion riyals", 14e9, "QAR")
    ]


def test_a_two_plus_two_meeting_is_a_format_not_a_count() -> None:
    """ "two-plus-two" names a format of talks (two ministers a side); the deals still count."""
    text = "They held the first two-plus-two dialogue and signed two deals."
    assert figures_of(text) == [(2, "count", None)]


def test_a_sum_or_count_of_the_lead_repeated_later_is_told_once() -> None:
    """ "A and B signed 12 documents and set a $3 billion target (the lead). ... the exchange
    of 12 documents ... first to $2 billion and then to $3 billion": once each; a share
    repeated stays."""
    text = (
        "LIMA – Peru and Chile signed 12 documents and set a trade target of $3 billion, "
        "up 40 percent, during a visit of President Diego Alcazar.\n\n"
        "After the talks, the presidents witnessed the exchange of 12 documents. Exports grew "
        '40 percent. "We will raise our trade, which was $1.1 billion last year, first to $2 '
        'billion and then to $3 billion," Alcazar said.\n'
    )
    brief = parse_brief(f"date 2024-03-07\n{text}", brief_id="rep")
    assert sorted((f.value, f.unit) for f in brief.figures) == [
        (12.0, "count"),
        (40.0, "percent"),
        (40.0, "percent"),
        (1.1e9, "USD"),
        (2e9, "USD"),
        (3e9, "USD"),
    ]


def test_a_few_of_the_lead_told_again_may_count_other_things() -> None:
    """ "A and B signed three agreements (the lead). ... three hospitals will be built": a count
    of a few, told twice, is kept twice."""
    text = (
        "LIMA – Peru and Chile signed three agreements during a visit of President Diego "
        "Alcazar.\n\nUnder one of them, three hospitals will be built in the south.\n"
    )
    brief = parse_brief(f"date 2024-03-07\n{text}", brief_id="few")
    assert [(f.value, f.unit) for f in brief.figures] == [(3.0, "count"), (3.0, "count")]


def test_find_figures_reads_a_count_whose_measure_ends_on_a_verb_after_and() -> None:
    """ "killed more than 300 people and injured over 500 others": the first count's measure
    ends on "and" and a past verb; a measure of three words or fewer is read, not an error."""
    text = "The flood killed more than 300 people and injured over 500 others, officials said."
    assert figures_of(text) == [(300.0, "count", "over"), (500.0, "count", "over")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The investor leased 1,200 acres of farmland.", [(1200, "acres", None)]),
        ("A 300-acre industrial park will open.", [(300, "acres", None)]),
        ("Over 2.5 million bottles of brandy were shipped.", [(2.5e6, "bottles", "over")]),
    ],
)
def test_find_figures_reads_acres_and_bottles_as_units(
    text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    """Land in acres, as in hectares, and drinks in bottles are quantities with their unit."""
    assert figures_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Local firms supplied nearly one in four buses bought by the city.",
            [(0.25, "fraction", "nearly")],
        ),
        ("One out of every three graduates found work abroad.", [(0.333, "fraction", None)]),
        ("About 1 in 10 farms uses drip irrigation.", [(0.1, "fraction", "about")]),
        ("It was the only such visit, one in 12 years.", []),
    ],
)
def test_find_figures_reads_one_in_five_as_a_fraction(
    text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    """ "one in four", "one out of every three": a share told as a ratio, a fraction; neither
    of its numbers is a count. "one in 12 years" tells how rare, no share."""
    assert figures_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The envoy called Peru a partner in the Group of Twenty.",
        "The ministers of the Group of 77 met in Geneva.",
        "New seed lifted the maize yield in three seasons.",
    ],
)
def test_find_figures_skips_a_club_of_n_and_a_span_of_seasons(text: str) -> None:
    """ "the Group of Twenty" names a club; "in three seasons" is a period: no figures."""
    assert figures_of(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The treaty was negotiated in a record 45 days.", [(45, "days", None)]),
        ("The port was rebuilt in a record 10 months.", [(10, "months", None)]),
    ],
)
def test_find_figures_reads_a_record_length_of_time(
    text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    """ "in a record 45 days": the length of time is the news, not a reporting period."""
    assert figures_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The tremor, which measured 5.4 on the Richter scale, damaged 30 homes.",
        "A magnitude 6.1 earthquake damaged 30 homes.",
        "A 6.1-magnitude earthquake damaged 30 homes.",
    ],
)
def test_find_figures_reads_an_earthquakes_magnitude(text: str) -> None:
    """The strength of an earthquake is a magnitude, not a count; the count beside it stays."""
    magnitude, homes = figures_of(text)
    assert magnitude[1] == "magnitude"
    assert homes == (30, "count", None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chile and Peru want to lift their trade to $900 million by 2029, officials said.",
            [("$900 million", "target", "trade by 2029")],
        ),
        (
            "The ministry hopes to double farm exports.",
            [("double", "target", "growth of farm exports")],
        ),
        ("Trade rose to $900 million last year.", [("$900 million", None, "trade last year")]),
    ],
)
def test_a_level_the_sides_want_or_hope_for_is_a_target(
    text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """ "want to lift trade to N by 2029", "hopes to double": a wish is a target, with its
    deadline in the measure; a level reached is none."""
    found = find_figures(Sentence(text, 0, len(text), 0), [])
    assert [(f.text, f.approx, f.measures) for f in found] == expected


def test_the_period_after_a_sum_and_its_equivalent_in_brackets_is_both_figures() -> None:
    """ "N pesos (about $M) in 2024": the period after the bracket is the period of both."""
    text = "Trade between Peru and Chile reached 40 billion pesos (about $48 million) in 2024."
    found = find_figures(Sentence(text, 0, len(text), 0), [])
    assert [f.measures for f in found] == ["trade between Peru and Chile in 2024"] * 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "About 40 Nepali nurses will receive training at Omani hospitals next year.",
            "Nepali nurses to receive training at Omani hospitals",
        ),
        (
            "He said a business mission of 30 Danish firms will visit Lima in May.",
            "Danish firms in the business mission",
        ),
    ],
)
def test_a_count_that_will_do_something_is_measured_with_what_it_will_do(
    text: str, expected: str
) -> None:
    """ "N students will receive scholarships at X": the students to receive them there; "a
    mission of N firms will visit X" is the mission's visit, so the firms are in the mission."""
    (figure,) = find_figures(Sentence(text, 0, len(text), 0), [])
    assert figure.measures == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A Chilean dairy group will invest $30 million in a cheese plant in the Maule region.",
            "investment by Chilean dairy group in cheese plant in Maule region",
        ),
        (
            "Indian investors will invest $9 million in mills in Alat Free Economic Zone.",
            "investment by Indian investors in mills",
        ),
    ],
)
def test_an_investment_in_a_thing_says_where_the_thing_is(text: str, expected: str) -> None:
    """ "invest N in a plant in the X region": the investment in the plant there; a place
    whose name goes on past three words is left out rather than cut."""
    (figure,) = find_figures(Sentence(text, 0, len(text), 0), [])
    assert figure.measures == expected


def test_a_share_told_as_a_ratio_measures_whose_share_of_what() -> None:
    """ "X accounted for one in four tractors sold in Y last year": X's share in them."""
    text = "Turkish makers accounted for nearly one in four tractors sold in Peru last year."
    (figure,) = find_figures(Sentence(text, 0, len(text), 0), [])
    assert figure.measures == "share of Turkish makers in tractors sold in Peru last year"


def test_a_multiple_set_after_a_sum_measures_the_sum_against_its_base() -> None:
    """ "would raise its grants to $80 million, 3.5 times the present budget": a target's sum
    against that budget, not the budget alone (a level reached, "twice the volume a year ago",
    is growth)."""
    text = "Norway would raise its grants to Peru to $80 million, 3.5 times the present budget."
    found = find_figures(Sentence(text, 0, len(text), 0), [])
    assert [(f.unit, f.measures) for f in found][1] == (
        "times",
        f"{found[0].measures} relative to the present budget",
    )
    assert found[0].measures


def test_it_that_will_grow_within_a_period_measures_the_thing_told_before() -> None:
    """ "X reached N, up 20% compared to the year before, and they hope it will double within
    the next five years": X grows, without the comparison of the earlier figure."""
    text = (
        "LIMA – Exports of fruit to Chile reached $40 million in 2025, an increase of 20% "
        "compared to the previous year, and the minister hoped that it would double within "
        "the next five years.\n"
    )
    brief = parse_brief(f"date 2026-03-07\n{text}", brief_id="it")
    (double,) = [f for f in brief.figures if f.unit == "times"]
    assert double.measures == "growth of exports of fruit to Chile within the next five years"


def test_the_level_a_target_rises_from_after_a_period_is_the_same_measure_now() -> None:
    """ "raise exports to $5 billion within four years, from $2 billion now": the exports now,
    though a period stands between the two sums."""
    text = "They plan to raise exports to $5 billion within four years, from $2 billion now."
    found = find_figures(Sentence(text, 0, len(text), 0), [])
    target, now = (f for f in found if f.unit == "USD")
    assert now.measures == f"{target.measures} now"
    assert target.measures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "They agreed on a plan envisaging a fourfold increase in imports of Peruvian coffee "
            "by 2031.",
            "growth of imports of Peruvian coffee by 2031",
        ),
        ("Officials expect a 15% drop in freight costs.", "decline in freight costs"),
    ],
)
def test_a_change_in_a_thing_measures_that_things_change(text: str, expected: str) -> None:
    """ "a fourfold increase in X by 2031", "a 15% drop in Y": the growth of X by then, the
    decline in Y, whatever the clause says before."""
    (figure,) = find_figures(Sentence(text, 0, len(text), 0), [])
    assert figure.measures == expected


@pytest.mark.parametrize(
    "text",
    [
        "The minister praised the ties, noting that bilateral trade grew by 12%.",
        "He welcomed the guests, saying bilateral trade grew by 12%.",
    ],
)
def test_a_figure_told_after_saying_or_noting_measures_the_thing_not_the_verb(text: str) -> None:
    """ "..., noting that X grew by N%": the growth of X; the verb of saying is no part of it."""
    (figure,) = find_figures(Sentence(text, 0, len(text), 0), [])
    assert figure.measures == "growth of bilateral trade"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chile's exports to Korea, mainly copper, wine and fruit, were valued at $6 billion.",
            "Chile's exports to Korea",
        ),
        ("Imports from Peru, including fish, stood at $900 million.", "imports from Peru"),
    ],
)
def test_a_subject_with_an_aside_listing_its_parts_is_what_the_sum_measures(
    text: str, expected: str
) -> None:
    """ "X, mainly A, B and C, were valued at N": X, not the aside nor the verb."""
    (figure,) = find_figures(Sentence(text, 0, len(text), 0), [])
    assert figure.measures == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru had shortlisted 12 projects.", "projects shortlisted by Peru"),
        ("The jury selected 30 films for the gala.", "films for the gala selected by jury"),
    ],
)
def test_things_counted_after_a_verb_of_choosing_are_those_it_chose(
    text: str, expected: str
) -> None:
    """ "X had shortlisted N projects", "X selected N films": the projects X chose."""
    (figure,) = find_figures(Sentence(text, 0, len(text), 0), [])
    assert figure.measures == expected


@pytest.mark.parametrize(
    "text",
    [
        "He said the Chilean Fund for Development (CFD) would allocate $20 million to build "
        "clinics in the north.",
        "He said the Chilean Fund for Development would allocate $20 million to build clinics.",
    ],
)
def test_a_funder_named_with_lower_case_joints_and_an_abbreviation_is_the_whole_name(
    text: str,
) -> None:
    """ "the X Fund for Development (XFD) would allocate N to build Y": allocation by the
    whole name, not by its last word or by "the"."""
    (figure,) = find_figures(Sentence(text, 0, len(text), 0), [])
    assert figure.measures is not None
    assert figure.measures.startswith("allocation by Chilean Fund for Development for clinics")


def test_find_figures_reads_teus_as_the_unit_of_containers() -> None:
    """ "24 million TEUs": the plural of the container unit is the unit too."""
    assert figures_of("Rotterdam handles about 14 million TEUs a year.") == [
        (14e6, "TEU", "about")
    ]


def test_a_record_length_measures_the_time_the_deed_took() -> None:
    """ "the treaty was negotiated in a record 45 days": the time it took, not the treaty."""
    text = "Officials said the treaty was negotiated in a record 45 days."
    (figure,) = find_figures(Sentence(text, 0, len(text), 0), [])
    assert (figure.unit, figure.measures) == (
        "days",
        "time taken for the treaty to be negotiated",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile and Peru Sign Nine Documents", [(9, "count", None)]),
        ("Leaders Sign 12 Agreements in Lima", [(12, "count", None)]),
        ("On Monday 12 agreements were signed.", [(12, "count", None)]),
    ],
)
def test_a_count_after_a_capitalised_word_in_a_headline_or_after_a_day_still_counts(
    text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    """A number in a name ("the Nordic-Baltic Eight") is read from the lower-case word after
    it: a headline in title case and a count after a day's name still count."""
    assert figures_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Exports reached about NRs. 2.4 billion last year.", (2.4e9, "NPR", "about")),
        ("Exports reached NRs 2.4 billion last year.", (2.4e9, "NPR", None)),
        (
            "They shipped more than 3,100 metric tonnes of cardamom.",
            (3100.0, "tonnes", "over"),
        ),
    ],
)
def test_nepalese_rupees_and_metric_tonnes_are_read(
    text: str, expected: tuple[float, str, str | None]
) -> None:
    assert figures_of(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # A label above the headline: the headline is the first line with a figure.
        "Media Statement\n\nPort authority signs EUR45 Million deal for new quay\n\n"
        "The port authority of Brindmoor signed a EUR45 million deal for a new quay on "
        "Monday. Work starts in spring.",
        # A standfirst under the headline repeats a sum the story tells again.
        "Brindmoor opens new quay\n\nPort authority plans to spend EUR45 million on the quay\n\n"
        "The port authority of Brindmoor said on Monday it would spend some EUR45 million "
        "on a new quay. Work starts in spring.",
    ],
)
def test_a_sum_told_above_the_story_and_again_in_it_is_given_once_from_the_story(
    text: str,
) -> None:
    """The lines above a story with no full stop (a site's label, the headline, a standfirst)
    that repeat a figure of the story give it once, read where the story tells it."""
    brief = parse_brief(text, brief_id="top")
    got = [(f.value, (f.sentence or "").startswith("The port authority")) for f in brief.figures]
    assert got == [(45e6, True)]


def test_a_bare_number_closing_a_line_after_the_date_is_a_view_counter() -> None:
    """ "Economy 09:14 / 03.02.2031 1877": the page's count of views, after its date."""
    assert figures_of("Economy 09:14 / 03.02.2031 1877") == []
    assert figures_of("Economy 09:14 / 2031-02-03 1877") == []
    assert figures_of("On 03.02.2031 the sides signed 12 agreements.") == [(12, "count", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A new permit cuts customs clearance to 12 working days.", [(12, "days", None)]),
        ("Registration now takes three business days.", [(3, "days", None)]),
        ("Payment is due within 10 working days.", []),
    ],
)
def test_working_days_are_days(text: str, expected: list[tuple[float, str, str | None]]) -> None:
    """ "12 working days" is a length in days, as "12 days" would be (and a deadline of
    payment is no figure, as "within 10 days" is none)."""
    assert figures_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The dam's cost is shared on a one-third to two-thirds basis by the two provinces.",
            [(pytest.approx(1 / 3), "fraction", None), (pytest.approx(2 / 3), "fraction", None)],
        ),
        (
            "Between a quarter and a third of the harvest is sold abroad.",
            [(0.25, "fraction", None), (pytest.approx(1 / 3), "fraction", None)],
        ),
        ("They met in the first half and the third quarter.", []),
    ],
)
def test_two_shares_told_together_are_each_a_fraction(
    text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    """ "one-third to two-thirds", "between a quarter and a third": each share is a figure;
    ordinals of a year's parts stay none."""
    assert figures_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A compound noun with "of" in it: the line of credit, not "credit".
        (
            "The port was built with a Chilean line of credit of USD 80 million.",
            [("USD 80 million", "Chilean line of credit")],
        ),
        (
            "The bank issued a letter of credit of $5 million.",
            [("$5 million", "letter of credit")],
        ),
        # A thing whose size comes first ("a 200-hectare park"), then ", which ... cost".
        (
            "The minister visited a 200-hectare industrial park, which is expected to cost"
            " USD 40 million.",
            [
                ("200-hectare", "area of the industrial park"),
                ("USD 40 million", "cost of industrial park"),
            ],
        ),
        # A length told aside, after the thing's name.
        (
            "They reviewed the Caspian power cable, about 800 km long, which is to open soon.",
            [("about 800 km", "length of the Caspian power cable")],
        ),
        # "which will handle N": handled by the thing before the comma.
        (
            "They opened the new dry port, which will handle up to 2 million tonnes of cargo.",
            [("up to 2 million tonnes", "cargo handled by the new dry port")],
        ),
        # An aside between the subject and its verb.
        (
            "Ghana's exports to Chile, led by cocoa and gold, grew by 11 per cent to $95 million.",
            [
                ("11 per cent", "growth of Ghana's exports to Chile"),
                ("$95 million", "Ghana's exports to Chile"),
            ],
        ),
        # "total" as a verb.
        (
            "Turkish investments in Chile total some $2bn.",
            [("some $2bn", "Turkish investments in Chile")],
        ),
        ("The total $3bn package was signed.", [("$3bn", "package")]),
        # ", which stands at N" after a phrase that closes with a place: the whole phrase.
        (
            "They agreed to raise the share of processed goods in exports to Chile, which"
            " currently stands at less than 15 percent.",
            [("less than 15 percent", "share of processed goods in exports to Chile")],
        ),
        # A sum spread "over N years": the span is the period of that money.
        (
            "Japan will provide $50 million (7 billion yen) over three years for schools.",
            [
                ("$50 million", "funding by Japan for schools"),
                ("7 billion yen", "funding by Japan for schools"),
                ("over three years", "period of funding by Japan for schools"),
            ],
        ),
        # A works that processes (handles) what its figure measures.
        (
            "Once built, the refinery near Tarija will process 1.5 million tonnes of crude oil.",
            [("1.5 million tonnes", "crude oil processed by the refinery")],
        ),
        # A funding verb in "-ing", after "with" or "is".
        (
            "Mines are being studied, with Chilean firms earmarking some $250 million for the"
            " first phase.",
            [("some $250 million", "funds by Chilean firms for first phase")],
        ),
        (
            "The bank is lending $40 million to farmers.",
            [("$40 million", "loans by the bank for farmers")],
        ),
        # A fiscal year is a period; a sum "since" a year keeps its period to itself.
        (
            "Chile is a large investor in Peru, with inflows of about USD 13.7 billion since"
            " 2000, while bilateral trade stood at around USD 140 million in 2023-24.",
            [
                ("about USD 13.7 billion", "inflows since 2000"),
                ("around USD 140 million", "bilateral trade in 2023-24"),
            ],
        ),
        # "touched" as a verb of level.
        (
            "Bilateral trade touched $4.6 billion in 2025-26.",
            [("$4.6 billion", "bilateral trade in 2025-26")],
        ),
        # The same quantity in another unit, after the period of both.
        (
            "Chile's copper exports to Asia were worth $1.8 billion last year, or about 420,000"
            " tonnes.",
            [
                ("$1.8 billion", "Chile's copper exports to Asia last year"),
                ("about 420,000 tonnes", "Chile's copper exports to Asia last year"),
            ],
        ),
        # A site built at a named place.
        (
            "A Chilean firm will build a $40 million terminal at the Port of Callao.",
            [("$40 million", "terminal at Port of Callao")],
        ),
        # Electricity made from a source, carried by the thing before ", which".
        (
            "They reviewed the cable, which is to carry up to 4 GW of electricity generated"
            " from renewable sources.",
            [("up to 4 GW", "electricity carried by the cable")],
        ),
        # An irregular participle after "had".
        (
            "Over 30,000 Syrians had found refuge in Jordan.",
            [("Over 30,000", "Syrians found refuge in Jordan")],
        ),
        # A fiscal year, told once for two clauses joined by ", while".
        (
            "Chile's trade with Peru stood at $96 million in the last fiscal year, while trade"
            " with Bolivia was $112 million.",
            [
                ("$96 million", "Chile's trade with Peru in the last fiscal year"),
                ("$112 million", "trade with Bolivia in the last fiscal year"),
            ],
        ),
    ],
)
def test_what_a_figure_measures_in_harder_noun_phrases(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    """The noun phrase a figure measures, read past compound nouns, sizes before a noun,
    asides and clauses that share a period."""
    assert measures_in(text) == expected


def test_the_volume_measures_what_the_figure_before_measured() -> None:
    """ "imports 40 megawatts of electricity from X, and the volume is to rise to 500
    megawatts": the volume is that electricity."""
    brief = parse_brief(
        "Chile imports 40 megawatts of electricity from Peru. The volume is expected to rise"
        " to 500 megawatts within three years.",
        brief_id="volume",
    )
    assert [(f.text, f.measures) for f in brief.figures] == [
        ("40 megawatts", "electricity from Peru"),
        ("500 megawatts", "electricity from Peru"),
        ("three years", "period of electricity from Peru"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("For inquiries, call the city contact centre at 109.", []),
        ("The hotline number is 1414.", []),
        ("The ministry's hotline for farmers is 1717.", []),
        ("Travellers in trouble may contact the consulate's emergency hotline at 5544321.", []),
        ("Students can reach the helpline on 1525.", []),
        ("The helpline for tourists handled 1,200 calls.", [(1200, "count", None)]),
        ("The leaders call on 27 states to join the pact.", [(27, "count", None)]),
    ],
)
def test_a_short_phone_number_after_call_or_hotline_is_no_figure(
    text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    """ "call the centre at 109", "the hotline number is 1414", "the hotline for farmers is
    1717": a service's number; "call on 27 states" still counts the states."""
    assert figures_of(text) == expected


def test_a_change_of_this_figure_is_a_change_of_what_the_figure_before_measured() -> None:
    """ "Trade grew by 12 percent. This figure can be doubled": the growth of that trade."""
    brief = parse_brief(
        "Trade between Chile and Peru grew by 12 percent and exceeded $2 billion. The sides"
        " expressed confidence that this figure can be doubled in the medium term.",
        brief_id="anaphor",
    )
    assert [(f.text, f.measures) for f in brief.figures][-1] == (
        "doubled",
        "growth of trade between Chile and Peru",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Defence projects, including the three patrol ships being built for the navy, grew.",
            [(3, "count", None)],
        ),
        ("The two reactors under construction will open in 2030.", [(2, "count", None)]),
        ("The two sides discussed trade.", []),
        ("The two countries being neighbours, trade grew.", []),
    ],
)
def test_the_few_things_being_built_or_bought_count(
    text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    """ "the three ships being built": a count of things made or bought, though "the two
    sides" stays the parties."""
    assert figures_of(text) == expected


def test_refer_back_reads_dirhams_by_the_country_the_brief_names() -> None:
    """ "dirhams" are Morocco's in a brief about Morocco and the UAE's by default."""
    body = "Morocco and Ghana held talks in Accra.\n\nTrade reached 3 billion dirhams."
    assert home_units(body) == [("3 billion dirhams", "MAD")]
    assert home_units("Trade reached 3 billion dirhams.") == [("3 billion dirhams", "AED")]


@pytest.mark.parametrize(
    ("opening", "unit"),
    [
        # Nepal's own officials bare, India's marked: a Nepali outlet's rupees.
        ("Prime Minister Hari Bista received the Indian Ambassador in Pokhara.", "NPR"),
        # India's officials bare, Nepal's marked: an Indian outlet's rupees.
        ("External Affairs Minister Ravi Menon met the Nepalese Foreign Minister.", "INR"),
    ],
)
def test_refer_back_reads_rupees_of_a_brief_without_home_by_whose_officials_go_unmarked(
    opening: str, unit: str
) -> None:
    """With no outlet or dateline to give the brief a country, of two countries of the rupee
    it names, the one whose officials it never marks with their country's name is its own:
    its sums in "Rs" are in that rupee, whichever country a sentence names."""
    body = f"{opening}\n\nIndia will fund a Rs 400 million bridge in Nepal."
    assert home_units(body) == [("Rs 400 million", unit)]


def test_refer_back_keeps_the_sentence_s_rupee_where_both_sides_are_marked() -> None:
    """A wire marks both sides' officials: the country the sentence names decides."""
    body = (
        "Indian Prime Minister Ravi Menon met Nepalese Prime Minister Hari Bista.\n\n"
        "India will fund a Rs 400 million bridge in Nepal."
    )
    assert home_units(body) == [("Rs 400 million", "INR")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Exports earned RD$3,100 million last year.", [(3.1e9, "DOP", None)]),
        ("The chipmaker will spend NT$90 billion.", [(9e10, "TWD", None)]),
        ("The port got N$250 million in upgrades.", [(2.5e8, "NAD", None)]),
        ("The ranch was sold for Mex$45 million.", [(4.5e7, "MXN", None)]),
        ("Luanda set aside Kz 80 billion for farmers.", [(8e10, "AOA", None)]),
    ],
)
def test_find_figures_reads_local_dollar_and_kwanza_signs(
    text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    """ "RD$", "NT$", "N$", "Mex$" are the Dominican peso, the New Taiwan and Namibian
    dollars and the Mexican peso, not the US dollar; "Kz" is the Angolan kwanza."""
    assert figures_of(text) == expected


def letter_units(text: str, home: str | None) -> list[tuple[float, str]]:
    found = find_figures(Sentence(text, 0, len(text), 0), [], home)
    return [(f.value, f.unit) for f in found]


def test_find_figures_reads_a_home_currency_letter_only_at_home() -> None:
    """ "P38 per kilo" in a Philippine brief is in pesos, "K 900 billion" in a Myanmar one in
    kyat; elsewhere the letter is no currency ("P38" is no figure there, "K 900 billion" a
    bare number), nor is a letter before one digit ("P5", the five powers)."""
    peso = "The ceiling was set at P38 per kilo for milled corn."
    assert letter_units(peso, "Philippines") == [(38, "PHP")]
    assert letter_units(peso, "Thailand") == []
    assert letter_units("The P5 members met.", "Philippines") == []
    kyat = "Exports of teak were worth K 900 billion."
    assert letter_units(kyat, "Myanmar") == [(9e11, "MMK")]
    assert letter_units(kyat, None) == [(9e11, "count")]


def test_refer_back_reads_a_bare_dollar_beside_us_dollars_as_the_named_country_s() -> None:
    """A text that writes "US$" and a bare "$" about the one country that counts in its own
    dollars it names (more than once) means that country's dollar by "$"."""
    body = (
        "Hong Kong and Japan signed a trade pact.\n\n"
        "Trade reached $80 billion, and Hong Kong firms hold US$5 billion in Japan."
    )
    assert home_units(body) == [("$80 billion", "HKD"), ("US$5 billion", "USD")]
    once = "Japan and Fiji met.\n\nTrade reached $80 billion, or US$5 billion more."
    assert home_units(once) == [("$80 billion", "USD"), ("US$5 billion", "USD")]


@pytest.mark.parametrize(
    "text",
    [
        "The senator, aged 77, opened the session.",
        "Aged 30, she leads the fund.",
        "The scheme is for people under the age of 30.",
        "Wednesday - 4 Rabi al-Thani 1447 AH - 24 September 2025 AD",
        "Friday, 2 Dhul-Hijjah 1446 AH, corresponding to 30 May 2025",
        "For details, call the visa office at 33-474747.",
        "Travellers can reach the consulate at (591) 4410-0273.",
        "Talks began shortly after 9am Lisbon time.",
        "The vote is at 8 pm on Monday, 7PM in Accra.",
        "12 May 2025 09:30 am - 7 - 2,310",
        "Asia's three largest ports joined the pact.",
        'The leaders vowed to fight the "four evils" of the region.',
    ],
)
def test_find_figures_reads_no_age_hijri_date_phone_counter_or_name(text: str) -> None:
    """Ages, dates of the Islamic calendar, a phone number with one long group or with its
    area code in brackets and a group opening with a zero, a clock time ("9am"), a page's
    counters after its time, "the three largest" (which ones) and a short name in quotation
    marks after "the" are no figures."""
    assert figures_of(text) == []


def test_find_figures_still_reads_ranges_counts_and_quoted_counts() -> None:
    """A range of like bounds, a plain count, and a count quoted without "the" stay."""
    assert figures_of("They plan 10-15 projects.") == [
        (10, "count", None),
        (15, "count", "up to"),
    ]
    assert figures_of("Three ports joined the pact.") == [(3, "count", None)]
    assert figures_of("A package of 12 deals and a shortage of 40 trucks.") == [
        (12, "count", None),
        (40, "count", None),
    ]
    assert figures_of('He promised "four new plants" in the north.') == [(4, "count", None)]


def test_parse_brief_keeps_a_lead_s_sum_told_again_of_another_thing() -> None:
    """The story repeats the lead's sum: of the same thing it is told once; of another
    thing ("investment could reach" the trade target's sum) it is a figure of its own."""
    text = (
        "Talks in Portmar\n\nPORTMAR, May 4, 2026 - The sides agreed to raise trade to"
        " $3 billion.\n\nThey noted that Ruritanian investment in Borduria could reach"
        " $3 billion.\n\nTrade is to grow to $3 billion by 2030."
    )
    brief = parse_brief(text, brief_id="t")
    assert [(f.value, f.measures) for f in brief.figures] == [
        (3e9, "trade"),
        (3e9, "Ruritanian investment in Borduria"),
    ]


def test_parse_brief_names_the_two_countries_a_measure_speaks_of() -> None:
    """ "trade between the two countries" in a brief about two countries names them."""
    text = (
        "Talks in Lima\n\nLIMA, May 4, 2026 - Chile and Peru held talks on Monday.\n\n"
        "Trade between the two countries reached $6 billion, Chile said."
    )
    brief = parse_brief(text, brief_id="t")
    assert [f.measures for f in brief.figures] == [
        "trade between the two countries (Chile and Peru)"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sales reached $4 billion, with machinery and chemicals alone accounting for about"
            " 40 percent of the total.",
            "share of machinery and chemicals in the total",
        ),
        (
            "Trade hit $2 billion, with wheat, mostly durum, accounting for 35 percent of"
            " exports.",
            "share of wheat in exports",
        ),
        (
            "The two cities agreed to invest up to EUR 3 billion together in the upgrade of"
            " tram lines.",
            "investment by the cities for upgrade of tram lines",
        ),
        (
            "Norway will support the restoration of wetlands in Chad with EUR 40 million.",
            "support for restoration of wetlands in Chad",
        ),
        (
            "The bank will support the plan with EUR 60 million in grants and loans.",
            "grants and loans for plan",
        ),
        (
            "Work will start on a new power cable between Tunisia and Italy, with a capacity"
            " of 600 megawatts.",
            "capacity of new power cable between Tunisia and Italy",
        ),
        (
            "The Nepali community in Japan numbers some 180,000 people.",
            "Nepali community in Japan",
        ),
        (
            "Qatar announced a contribution of $15 million to the relief fund.",
            "contribution to relief fund",
        ),
        (
            "The ministry set a price cap of $3 per litre on diesel.",
            "price cap per litre on diesel",
        ),
    ],
)
def test_measures_of_a_part_support_capacity_community_and_a_noun_after_a_verb(
    text: str, expected: str
) -> None:
    """ "with X accounting for N% of the total" is X's share; "invest N together in X" the
    investment in X; "support X with N (in grants)" the support (grants) for X; "a link
    between A and B, with a capacity of N" its capacity; "X numbers N people" X itself; and
    "announced a contribution of N to X" the contribution to X, not the verb before it."""
    figure = find_figures(Sentence(text, 0, len(text), 0), [])[-1]
    assert figure.measures == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Trade reached $3.1 billion in 2024, and the sides agreed to work toward $5 billion"
            " in the next few years.",
            [
                ("$3.1 billion", "trade in 2024"),
                ("$5 billion", "trade target in the next few years"),
            ],
        ),
        (
            "Both nations are working towards $8 billion in tourism revenue by 2031.",
            [("$8 billion", "tourism revenue target by 2031")],
        ),
    ],
)
def test_parse_brief_reads_a_sum_worked_toward_as_a_target(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """ "work toward N" sets a target: of the thing told before it, or of "N in X"."""
    brief = parse_brief(f"Talks\n\nQUITO, May 4, 2026 - {text}", brief_id="t")
    assert [(f.text, f.measures) for f in brief.figures] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The ministers held 2+2 talks in Lima and joined the 5+1 format.",
        "The Digital Economy Pact 2.0 talks opened.",
        "They honoured the victims of the 1848 March Revolution.",
        "The museum has stood there since 1891.",
        "Summary\n(1) First, the minister spoke.",
        "(3) The sides agreed to meet again.",
        "Consulate of Chile, 5th Floor, Sun Tower, 18 Rua Augusta, Baixa, Lisbon",
    ],
)
def test_find_figures_skips_format_names_versions_old_years_item_numbers_and_addresses(
    text: str,
) -> None:
    """ "2+2 talks" names a format of talks, "Pact 2.0" a version, "the 1848 March
    Revolution" and "since 1891" old years, "(1)" opening a line an item of a list, and "18
    Rua Augusta," in a line with a floor and a tower a street number: no figures."""
    assert figures_of(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The port handled 3.4 million standard containers.", [(3.4e6, "TEU", None)]),
        ("The loan runs for two and a half years.", [(2.5, "years", None)]),
        ("The port handles four and a half million tonnes.", [(4.5e6, "tonnes", None)]),
        ("Its share stood at less than one percent of sales.", [(1, "percent", "under")]),
        ("Two dozen envoys attended the summit.", [(24, "count", None)]),
        ("The water utility serves 1500 villages.", [(1500, "count", None)]),
    ],
)
def test_find_figures_reads_standard_containers_halves_one_per_cent_and_dozens(
    text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    """ "standard containers" are TEU; "N and a half" adds a half; "one percent" is a share
    (a bare "one" is not read); "two dozen" is 24; a number below 1900 that no year's context
    surrounds is a count."""
    assert figures_of(text) == expected


@pytest.mark.parametrize(
    ("dateline", "sentence", "unit"),
    [
        ("CHISINAU", "Trade with Greece reached 900 million lei last year.", "MDL"),
        ("BUCHAREST", "Trade with Greece reached 900 million lei last year.", "RON"),
        ("ATHENS", "Trade between Greece and Moldova reached 900 million lei.", "MDL"),
    ],
)
def test_parse_brief_reads_lei_by_the_country_of_the_brief(
    dateline: str, sentence: str, unit: str
) -> None:
    """Lei are Moldova's in a story from Moldova or about it, Romania's otherwise."""
    brief = parse_brief(f"Trade\n\n{dateline}, May 4, 2026 - {sentence}", brief_id="t")
    assert [f.unit for f in brief.figures] == [unit]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zambia will put K2 billion into the fund.", [(2e9, "ZMW", None)]),
        ("Growth was strong, and Myanmar will add K900 million.", [(9e8, "MMK", None)]),
        ("The climbers from Zambia reached K2 at dawn.", []),
    ],
)
def test_find_figures_reads_a_letter_currency_of_the_country_a_clause_opens_with(
    text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    """ "Zambia will put K2 billion": the one-letter currency of the country that opens the
    clause, away from its home press too; a letter before one digit with no magnitude is a
    name ("K2")."""
    assert figures_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Exports from Peru to Chile barely reached $80 million last year. The sides agreed"
            " to raise them four-fold by 2035.",
            [
                ("$80 million", "exports from Peru to Chile last year"),
                ("four-fold", "growth of exports from Peru to Chile"),
            ],
        ),
        (
            "Bilateral trade reached $3 billion in 2024, up 14 percent, and the sides agreed to"
            " triple it by 2035.",
            [
                ("$3 billion", "bilateral trade in 2024"),
                ("14 percent", "growth of bilateral trade"),
                ("triple", "growth of bilateral trade"),
            ],
        ),
        (
            "Lending by the Inter-American Development Bank (IDB) is expected to exceed"
            " $1 billion this year.",
            [("$1 billion", "lending by IDB this year")],
        ),
        (
            "Garcia said exports to Ghana are still small, but have risen by 25% since March.",
            [("25%", "growth of exports to Ghana")],
        ),
        (
            "Sales to Chile reached $5 billion last year, while in January-May of this year"
            " they fell by 3% to $1.9 billion.",
            [
                ("$5 billion", "sales to Chile last year"),
                ("3%", "decline in sales to Chile in January-May of this year"),
                ("$1.9 billion", "sales to Chile in January-May of this year"),
            ],
        ),
        (
            "Tourism revenue from Peru remains modest, at about $30 million a year.",
            [("about $30 million", "tourism revenue from Peru a year")],
        ),
        (
            "They set a target to raise exports to $15 billion by 2030 from $11 billion last"
            " year.",
            [("$15 billion", "exports by 2030"), ("$11 billion", "exports last year")],
        ),
        (
            "The sides aim to bring the number of Peruvian nurses in the scheme to 9,000 by"
            " 2031, up from about 4,200 now.",
            [
                ("9,000", "Peruvian nurses in the scheme"),
                ("about 4,200", "Peruvian nurses in the scheme now"),
            ],
        ),
    ],
)
def test_parse_brief_reads_the_subject_through_adverbs_acronyms_pronouns_and_ellipsis(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """A subject before "barely reached" leaves the adverb out; "raise them four-fold" and
    "triple it" grow what the pronoun stands for; a name with its acronym in brackets is read
    as the acronym; "but have risen" and "they fell" after a time phrase are the subject
    before; "X remains modest, at about N" measures X; "to N by YEAR, up from M now" (or "from
    M last year") is the same thing before."""
    brief = parse_brief(f"Talks\n\nQUITO, May 4, 2026 - {text}", brief_id="t")
    assert [(f.text, f.measures) for f in brief.figures] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The minister will open the Peru-Chile trade fair, which is expected to gather"
            " about 200 firms.",
            "firms expected at the Peru-Chile trade fair",
        ),
        (
            "They agreed to hold a tourism expo for some 80 agencies.",
            "agencies at the tourism expo",
        ),
        (
            "Officials said the Andes hydropower station would be expanded to a capacity of"
            " 1,500 megawatts.",
            "capacity of Andes hydropower station",
        ),
        (
            "The new Pacific oil terminal, with a capacity of 12 million tonnes a year, opened.",
            "capacity of new Pacific oil terminal a year",
        ),
        (
            "Dutch firms signed contracts worth $600 million in Lima.",
            "value of contracts signed by Dutch firms",
        ),
        (
            "The shares of Lima Cement ended 4 percent lower on Friday.",
            "decline of shares of Lima Cement",
        ),
        (
            "Peru will contribute $45 million to a joint fisheries fund.",
            "contribution by Peru for joint fisheries fund",
        ),
        (
            "The plan will be cofinanced with the Nordic Fund, which is contributing a further"
            " $40 million.",
            "contribution by Nordic Fund",
        ),
    ],
)
def test_parse_brief_measures_gatherings_capacities_deals_signed_and_market_moves(
    text: str, expected: str
) -> None:
    """ "X, which is expected to gather N firms" (or "an expo for N agencies") counts those at
    X; "X would be expanded to a capacity of N" and "X, with a capacity of N" are X's
    capacity; "A signed contracts worth N" is the value of the contracts signed by A; "the
    shares of X ended N percent lower" is their decline; "A will contribute N to X" (or "A,
    which is contributing N") is A's contribution."""
    brief = parse_brief(f"Talks\n\nQUITO, May 4, 2026 - {text}", brief_id="t")
    assert [f.measures for f in brief.figures] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The firm is building a copper smelter near Arequipa, with planned investment of"
            " $900 million.",
            ["planned investment in copper smelter near Arequipa"],
        ),
        (
            "The firm is building a copper smelter near Arequipa, with planned investment of"
            " $900 million and a capacity of 300,000 tonnes a year.",
            [
                "planned investment in copper smelter near Arequipa",
                "capacity of copper smelter a year",
            ],
        ),
        (
            "The sides agreed to raise wheat supplies to 900,000 tonnes per season.",
            ["wheat supplies per season"],
        ),
    ],
)
def test_parse_brief_measures_a_planned_investment_a_capacity_beside_it_and_a_season(
    text: str, expected: list[str]
) -> None:
    """ "building X, with planned investment of N (and a capacity of M)": the investment in X
    (and X's capacity); "N tonnes per season" keeps its rate."""
    brief = parse_brief(f"Talks\n\nQUITO, May 4, 2026 - {text}", brief_id="t")
    assert [f.measures for f in brief.figures] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ministers reviewed the ‘50 by 2040’ programme, which aims to plant 50 million trees.",
            [(50e6, "count", None)],
        ),
        ("The island backed its '30x30' pledge on the ocean.", []),
        ("Exports were ‘40 percent’ higher.", [(40.0, "percent", None)]),
    ],
)
def test_a_number_opening_a_quoted_name_before_a_noun_is_no_figure(
    text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    """ "the ‘50 by 2040’ programme": a name in single quotation marks between a determiner
    and a noun; a quoted sum with no determiner before it still counts."""
    assert figures_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Freight for a 20-foot container fell.", [(20.0, "feet", None)]),
        ("The new mast stands 1,200 feet high.", [(1200.0, "feet", None)]),
    ],
)
def test_find_figures_reads_a_length_in_feet(
    text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    """ "a 20-foot container", "1,200 feet": a length in feet, not a count of something."""
    assert figures_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Exports to the bloc reached 2,450 MD last year.", [(2.45e9, "TND", None)]),
        ("The bank granted a loan of 60 MDT.", [(60e6, "TND", None)]),
        ("Olive oil sales rose to 810 MD.", [(810e6, "TND", None)]),
    ],
)
def test_find_figures_reads_millions_of_tunisian_dinars_written_md(
    text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    """ "2,450 MD", "60 MDT": millions of Tunisian dinars, as the Tunisian press writes them."""
    assert figures_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chile will build a 900 MW solar park in the Atacama region.",
            "solar park in Atacama region",
        ),
        ("Peru plans a 2 GW wind farm in Piura.", "wind farm in Piura"),
    ],
)
def test_capacity_before_a_plant_measures_the_plant_where_it_is(text: str, expected: str) -> None:
    """ "a 900 MW solar park in the X region": the park, and where it is, as for
    "a 900-megawatt solar park"."""
    found = find_figures(Sentence(text, 0, len(text), 0), [])
    assert [f.measures for f in found] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The fund will allocate $90 million for irrigation projects in the north over"
            " four years.",
            "period of allocation by the fund for irrigation projects",
        ),
        (
            "Norway will train 400 Chilean engineers in offshore wind over three years.",
            "period of Chilean engineers trained by Norway",
        ),
    ],
)
def test_a_span_closing_the_clause_of_a_sum_or_a_count_is_its_period(
    text: str, expected: str
) -> None:
    """ "allocate $N for X over four years", "train N engineers in Y over three years": the
    years are the period of that money or that training."""
    found = find_figures(Sentence(text, 0, len(text), 0), [])
    assert found[-1].unit == "years"
    assert found[-1].measures == expected


def test_a_grant_of_a_sum_for_a_thing_measures_the_grant_for_it() -> None:
    """ "a grant of N for a X": what the grant is for, after "a" as after "the"."""
    brief = parse_brief(
        "Chile and Peru sign aid deal\n\n"
        "LIMA, March 3 - Chile will give Peru a grant of $12 million for a coastal"
        " flood defence programme, the ministers said on Monday.\n",
        brief_id="grant",
    )
    assert [(f.text, f.measures) for f in brief.figures] == [
        ("$12 million", "grant for coastal flood defence programme")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The agency will invest $3 million to open a trade office in Lagos.",
            "investment by the agency for trade office",
        ),
        (
            "Chile will provide $8 million to help build a seismic research centre in Lima.",
            "funding by Chile for seismic research centre",
        ),
    ],
)
def test_a_sum_to_open_or_build_a_thing_is_for_that_thing(text: str, expected: str) -> None:
    """ "invest N to open a trade office", "provide N to help build a centre": what the sum
    pays for is the thing opened or built, not the verb."""
    found = find_figures(Sentence(text, 0, len(text), 0), [])
    assert [f.measures for f in found] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Peru will spend $60 million on the upgrade of the border crossing.",
            "spending by Peru for upgrade of the border crossing",
        ),
        (
            "Bolivia has already spent 900 million bolivianos on access roads.",
            "spending by Bolivia for access roads",
        ),
    ],
)
def test_a_sum_spent_on_a_thing_measures_that_spending(text: str, expected: str) -> None:
    """ "X will spend N on Y", "X has already spent N on Y": X's spending on Y."""
    found = find_figures(Sentence(text, 0, len(text), 0), [])
    assert [f.measures for f in found] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile and Peru want their trade to reach $9 billion by 2030.", "trade"),
        ("Their remittances amount to about $3 billion a year.", "remittances a year"),
        ("The ministers agreed to reach $2 billion in trade by 2028.", "trade"),
    ],
)
def test_what_is_wanted_to_reach_a_level_and_what_amounts_to_it_are_measured(
    text: str, expected: str
) -> None:
    """ "A and B want their trade to reach N": the trade; "X amount to N": X."""
    found = find_figures(Sentence(text, 0, len(text), 0), [])
    assert [f.measures for f in found] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chile exported copper worth $4 billion to Japan.",
            ["exports of copper by Chile to Japan"],
        ),
        (
            "Peru imported machinery worth about $900 million from Korea.",
            ["imports of machinery by Peru from Korea"],
        ),
        (
            "Ghana exported cocoa worth $2.5 billion to Europe and imported goods worth"
            " $1.1 billion.",
            ["exports of cocoa by Ghana to Europe", "imports of goods by Ghana"],
        ),
        ("The firms signed export deals worth $3 billion.", ["value of export deals"]),
    ],
)
def test_goods_a_country_exported_or_imported_worth_a_sum_are_its_exports_or_imports(
    text: str, expected: list[str]
) -> None:
    """ "X exported goods worth N to Y": X's exports to Y; "and imported goods worth M": its
    imports; "export deals worth N" stays the value of the deals."""
    found = find_figures(Sentence(text, 0, len(text), 0), [])
    assert [f.measures for f in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officials said the new undersea cable will be about 600 kilometers long.",
            "length of the new undersea cable",
        ),
        ("Investment in the port would be $2 billion.", "investment in the port"),
    ],
)
def test_the_subject_of_will_be_n_is_what_n_measures(text: str, expected: str) -> None:
    """ "X will be about N km long", "X would be $N": X, the subject of "be" after a modal."""
    found = find_figures(Sentence(text, 0, len(text), 0), [])
    assert [f.measures for f in found] == [expected]


def test_both_bounds_of_a_range_a_level_is_raised_to_measure_the_raised_thing() -> None:
    """ "raise X to between A and B": both bounds measure X, read as "raise X to N"."""
    text = "The operators agreed to raise grid exchanges to between 200 and 250 MW after 2027."
    found = find_figures(Sentence(text, 0, len(text), 0), [])
    assert [(f.value, f.measures) for f in found] == [
        (200.0, "grid exchanges"),
        (250.0, "grid exchanges"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It came a day after the president announced 30 per cent tariffs on imported steel.",
            "tariffs on imported steel",
        ),
        ("Peru will charge a 4% export duty on raw timber.", "export duty on raw timber"),
    ],
)
def test_a_share_before_a_levy_on_goods_is_the_rate_of_that_levy(text: str, expected: str) -> None:
    """ "N per cent tariffs on X", "a N% export duty on X": the rate of that levy."""
    found = find_figures(Sentence(text, 0, len(text), 0), [])
    assert [f.measures for f in found] == [expected]


def test_the_level_a_thing_is_raised_from_past_in_the_coming_years_measures_it_then() -> None:
    """ "raise trade to $N in the coming years, from $M in 2024": the trade in 2024."""
    text = (
        "The ministers agreed to raise bilateral trade to $6 billion in the coming years,"
        " from $3.2 billion in 2024."
    )
    found = find_figures(Sentence(text, 0, len(text), 0), [])
    assert [f.measures for f in found] == ["bilateral trade", "bilateral trade in 2024"]


def test_a_sum_pledged_to_invest_in_a_thing_is_for_investment_in_it() -> None:
    """ "X pledged N to invest in Y": X's pledges for investment in Y."""
    text = "Qatar has pledged $6 billion to invest in Chile's copper sector."
    found = find_figures(Sentence(text, 0, len(text), 0), [])
    assert [f.measures for f in found] == [
        "pledges by Qatar for investment in Chile's copper sector"
    ]


def test_a_commitment_of_a_sum_to_a_thing_measures_the_commitment_to_it() -> None:
    """ "a N commitment to a fund for X": the commitment, and what it goes to."""
    brief = parse_brief(
        "Fund weighs commitment\n\n"
        "LIMA, March 3 - The national pension fund is also considering a $400 million"
        " commitment to a fund for Andean railways, officials said.\n",
        brief_id="commitment",
    )
    assert [(f.text, f.measures) for f in brief.figures] == [
        ("$400 million", "commitment to fund for Andean railways")
    ]


def test_scholarships_to_students_named_by_a_demonym_say_who_gets_them() -> None:
    """ "N scholarships to Chilean students": the scholarships for those students."""
    text = "Peru will offer 40 scholarships to Chilean students next year."
    found = find_figures(Sentence(text, 0, len(text), 0), [])
    assert [f.measures for f in found] == ["scholarships for Chilean students"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Peru will grant Chilean citizens visa-free entry for up to 45 days.",
            "visa-free entry for Chilean citizens",
        ),
        ("Citizens of both countries may stay visa-free for up to 30 days.", "visa-free stay"),
    ],
)
def test_a_span_after_visa_free_is_the_length_of_that_stay(text: str, expected: str) -> None:
    """ "grant X citizens visa-free entry for up to N days": the visa-free entry, for whom."""
    found = find_figures(Sentence(text, 0, len(text), 0), [])
    assert [f.measures for f in found] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The parties will set up a joint investment fund with a capital of $50 million and "
            "launch three pilot projects in the food processing sector.",
            [
                ("$50 million", "capital of the joint investment fund"),
                ("three", "pilot projects launched"),
            ],
        ),
        (
            "Velmora founded a bank with an initial capital of about EUR 20 million.",
            [("about EUR 20 million", "initial capital of the bank")],
        ),
        # the article of a translated page ("with the capital of")
        (
            "Attention was paid to the Velmora port and to the joint leasing company with the "
            "capital of $80 million.",
            [("$80 million", "capital of the joint leasing company")],
        ),
    ],
)
def test_a_sum_of_capital_measures_the_capital_of_what_holds_it(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    """ "a joint investment fund with a capital of $50 million (and three projects)": the
    fund's capital, not what the sentence goes on to tell."""
    assert measures_in(text) == expected


def test_a_capital_after_who_set_a_company_up_keeps_its_measure() -> None:
    """ "the company established by the two countries with a capital of $X": the two countries
    hold no capital; the sum is not read as theirs."""
    text = (
        "The joint company established by the two countries with a charter capital of "
        "$200 million has selected its first projects."
    )
    assert all(measure != "capital of the two countries" for _, measure in measures_in(text))


def test_a_which_aside_with_a_decimal_sum_leaves_the_raised_thing_to_the_target() -> None:
    """ "raise X, which stood at $1.4 billion last year, to $4 billion": the point of the sum
    ends no aside, so the target measures X without the aside's period."""
    text = (
        "Aldo Varga said Ruritania wants to raise its trade volume with Velmora, which stood "
        "at around $1.4 billion last year, to $4 billion."
    )
    found = find_figures(Sentence(text, 0, len(text), 0), [])
    assert [(f.text, f.measures) for f in found] == [
        ("around $1.4 billion", "trade volume with Velmora last year"),
        ("$4 billion", "trade volume with Velmora"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Our trade has passed six billion dollars, and the target of twelve billion is "
            "realistic.",
            [("six billion dollars", "USD"), ("twelve billion", "USD")],
        ),
        (
            "Wool sales passed €2 billion, and should reach 3 billion by 2030.",
            [("€2 billion", "EUR"), ("3 billion", "EUR")],
        ),
        (
            "Wool sales passed €2 billion in a country of 40 million.",
            [("€2 billion", "EUR"), ("40 million", "count")],
        ),
        (
            "Wool sales passed €2 billion, and the town is home to 4 million Velmorans.",
            [("€2 billion", "EUR"), ("4 million", "count")],
        ),
    ],
)
def test_a_bare_scaled_number_of_a_second_clause_takes_the_currency_before(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """ "passed six billion dollars, and the target of twelve billion": the second sum, its
    currency left out, is in dollars too (not "a country of 40 million")."""
    found = find_figures(Sentence(text, 0, len(text), 0), [])
    assert [(f.text, f.unit) for f in found] == expected


@pytest.mark.parametrize(
    ("second", "unit"),
    [
        ("We can lift it to 7 billion within three years", "EUR"),
        ("We can raise it to 7 billion by the end of the decade", "EUR"),
        # a noun of its own after the number: a count, not the sum
        ("We can lift it to 7 million tourists within three years", "count"),
    ],
)
def test_a_bare_billion_raising_the_sum_told_before_keeps_its_currency(
    second: str, unit: str
) -> None:
    """ "Trade reached 6.8 billion euros. We can lift it to 7 billion.": the second sum
    leaves out the currency of the first."""
    text = (
        "date 2026-03-04\nTARN – President Aldo Varga of Ruritania met President Omar Haddad "
        "of Velmora on Tuesday.\n\n"
        f'"Our trade reached 6.8 billion euros last year. {second}," Varga said.\n'
    )
    brief = parse_brief(text, brief_id="elided")
    assert [f.unit for f in brief.figures if f.value == 7e9 or f.value == 7e6] == [unit]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Then agreements were signed in the presence of the ministers, nine in total.",
            [("nine", "agreements signed in the presence of the ministers")],
        ),
        (
            "After the talks, memoranda were exchanged at the Velmora palace, 14 in all.",
            [("14", "memoranda exchanged at the Velmora palace")],
        ),
    ],
)
def test_a_count_in_total_after_a_clause_counts_the_clause_s_subject(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """ "Then X were signed ..., nine in total": nine of the X signed, not of "total"."""
    assert measures_in(text) == expected


@pytest.mark.parametrize("when", ["in the near future we", "soon we", "we"])
def test_a_pronoun_after_an_adverb_reaching_the_figure_refers_back(when: str) -> None:
    """ "Trade reached $N. ... “In the near future we will reach the figure of $M”": M is a
    target of that trade, not of "near future we"."""
    text = (
        "date 2024-03-06\nAldo Varga said trade between Ruritania and Velmora had reached "
        "$480 million last year.\n\n"
        f"“I am sure that {when} will reach the figure of three billion euros,” the minister "
        "said.\n"
    )
    brief = parse_brief(text, brief_id="x")
    assert [f.measures for f in brief.figures][1] == "trade between Ruritania and Velmora"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The council met in Velmora for its thirty-fourth session.", []),
        ("The council met for the twenty first time since the war.", []),
        ("Fifty-two engineers arrived in Velmora.", [(52.0, "count", None)]),
        ("Thirty third-country nationals left Velmora.", [(30.0, "count", None)]),
    ],
)
def test_a_tens_word_before_a_units_ordinal_is_an_ordinal_not_a_count(
    text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    """ "its thirty-fourth session" is an ordinal written in words, no count of thirty; a
    compound count and a count before an ordinal's compound adjective stay counts."""
    assert figures_of(text) == expected


def test_the_numbers_of_a_copyright_notice_are_no_figures() -> None:
    """ "Copyright © 2027 Sylvan Radio 101.5 FM. All rights reserved.": its owner's name and
    year."""
    assert figures_of("Copyright © 2027 Sylvan Radio 101.5 FM. All rights reserved.") == []
    assert figures_of("Trade grew by 12% © Sylvan News") == [(12.0, "percent", None)]


@pytest.mark.parametrize("count", ["14", "two", "fourteen"])
def test_a_sum_worth_counted_things_after_a_preposition_is_their_value(count: str) -> None:
    """ "were working on 14 pilot schemes worth about $75 million": the count after "on"
    opens the things the sum is the value of, no place to cut the phrase at."""
    brief = parse_brief(
        "date 2027-03-02\n\nMinister Aldo Varga said the two agencies were working on "
        f"{count} pilot schemes worth about $75 million.\n",
        brief_id="worth",
    )
    sums = [f.measures for f in brief.figures if f.unit == "USD"]
    assert sums == ["value of pilot schemes"]


def test_a_year_after_in_before_worth_is_a_time_not_a_count_of_things() -> None:
    """ "... of rice from Sylvania in 2025, worth nearly $900 million": "in 2025" is when, cut
    as a place is, and the sum is still the value of the rice."""
    brief = parse_brief(
        "date 2027-03-02\n\nVelmora imported 2.4 million tonnes of rice from Sylvania in 2025, "
        "worth nearly $900 million.\n",
        brief_id="worth-year",
    )
    sums = [f.measures or "" for f in brief.figures if f.unit == "USD"]
    assert len(sums) == 1
    assert "rice" in sums[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Velmoran firms pledged 3.4 trillion togrogs to the mine.", [(3.4e12, "MNT", None)]),
        ("Herders were given around 70 billion tögrögs in relief.", [(7e10, "MNT", "about")]),
    ],
)
def test_the_tögrög_in_its_plural_and_accented_spellings_is_mnt(
    text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    """The Mongolian currency as English pages write it: "togrogs", "tögrögs"."""
    assert figures_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The treaty base now has almost four hundred agreements.", [(400.0, "count", "nearly")]),
        ("Some two hundred firms from Ruritania took part.", [(200.0, "count", "about")]),
        ("Two hundred and fifty delegates came to Velmora.", [(250.0, "count", None)]),
        ("Over five hundred thousand tourists visited Velmora.", [(5e5, "count", "over")]),
    ],
)
def test_hundreds_told_in_words_are_one_number(
    text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    """ "almost four hundred agreements": four hundreds, not four."""
    assert figures_of(text) == expected


def test_twice_the_volume_of_a_past_year_is_a_multiple() -> None:
    """ "rose to 4 million tonnes, almost twice the volume of 2024": growth two-fold;
    "met twice the following week" stays no multiple."""
    grown = "Freight through Velmora rose to 4 million tonnes, almost twice the volume of 2024."
    assert (2.0, "times", None) in figures_of(grown)
    assert figures_of("The envoys of Ruritania met twice the following week.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ministers said the number of border markets, now 35, should be doubled.",
            "border markets",
        ),
        (
            "The fleet of Velmoran ferries, currently 12, will be renewed.",
            "fleet of Velmoran ferries",
        ),
    ],
)
def test_measures_of_a_count_told_aside_with_now_is_the_thing_before_it(
    text: str, expected: str
) -> None:
    """ "the number of border markets, now 35, should be doubled": the count told aside is of
    the thing named before it."""
    found = find_figures(Sentence(text, 0, len(text), 0), [])
    assert [f.measures for f in found if f.unit == "count"] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Velmora built 300 kilometres of roads for more than a decade.",
        "Velmora built 300 kilometres of roads for almost two decades.",
    ],
)
def test_a_span_after_for_ends_the_things_a_quantity_is_of(text: str) -> None:
    """ "300 kilometres of roads for more than a decade": how long it went on, no part of
    what was measured (not "roads for more")."""
    found = find_figures(Sentence(text, 0, len(text), 0), [])
    assert [f.measures for f in found if f.unit == "km"] == ["roads"]


@pytest.mark.parametrize(
    "aims",
    [
        "to lift it at least threefold within four years and to reach $90 million by 2031",
        "to double it and to reach $90 million by 2031",
    ],
)
def test_a_multiple_and_a_sum_aimed_at_for_it_measure_the_thing_told_before(aims: str) -> None:
    """ "Trade dropped to $41 million. The leaders asked their cabinets to lift it at least
    threefold and to reach $90 million by 2031": "it" is the trade, for the multiple and for
    the second aim alike."""
    brief = parse_brief(
        "date 2027-03-02\n\nTrade between Velmora and Ruritania dropped to $41.7 million last "
        f"year. The leaders asked their cabinets {aims}.\n",
        brief_id="reach-it",
    )
    measures = {f.text: f.measures or "" for f in brief.figures}
    assert measures["$90 million"].startswith("trade between")
    multiple = next(f for f in brief.figures if f.unit == "times")
    assert (multiple.measures or "").startswith("growth of trade between")


def test_a_second_level_after_and_to_measures_what_the_first_raised() -> None:
    """ "raise exports of wool to 4 million barrels this year and to 5 million barrels next
    year": the second level is of the same exports, without the first one's year (not
    "wool to 4 million barrels this year")."""
    text = (
        "Velmora will raise exports of wool to 4 million barrels this year and to 5 million "
        "barrels next year."
    )
    found = find_figures(Sentence(text, 0, len(text), 0), [])
    assert [f.measures for f in found] == ["exports of wool this year", "exports of wool"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Velmora-Ruritania friendship society now has over 60 members.",
            "members of the Velmora-Ruritania friendship society",
        ),
        ("The union now has 27 member states.", "member states of the union"),
        # members of something named after them: theirs
        ("Velmora has 12 members of parliament in the group.", "members of parliament"),
    ],
)
def test_a_count_of_members_a_body_has_measures_the_body_s_members(
    text: str, expected: str
) -> None:
    """ "the X-Y friendship society now has over 60 members": the society's members,
    not members alone."""
    found = find_figures(Sentence(text, 0, len(text), 0), [])
    assert [f.measures for f in found] == [expected]


@pytest.mark.parametrize(
    ("equivalent", "units"),
    [
        (", about K 90 million,", ["EUR", "ZMW"]),
        # a comma alone, no word of approximation: the letter may be anything
        (", K 90 million,", ["EUR", "count"]),
    ],
)
def test_parse_brief_reads_a_lettered_equivalent_after_a_comma_and_about(
    equivalent: str, units: list[str]
) -> None:
    """ "€3 billion, about K 90 million, for clinics" in a brief with no home that names one
    country whose press writes its currency with a letter: the equivalent set off by a comma
    and "about" is in that currency, as one in brackets is."""
    text = (
        "Zambia and Austria sign health pact\n\n"
        "Austria and Zambia on Monday signed a health pact. Vienna also announced"
        f" €3 billion{equivalent} for clinics.\n"
    )
    brief = parse_brief(text, brief_id="b")
    assert [f.unit for f in brief.figures] == units


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the shilling in lower case, glued to the sum: the country named decides
        (
            "Trade between Uganda and Velmora reached about sh6 trillion in 2026.",
            [(6e12, "UGX", "about")],
        ),
        ("Kenya and Velmora traded goods worth sh12 billion.", [(12e9, "KES", None)]),
        # the Ethiopian birr's name before its sum, spaced or glued
        ("Ruritania will lend up to Birr 2 billion for the dam.", [(2e9, "ETB", "up to")]),
        ("The dam will cost Birr7.2 billion.", [(7.2e9, "ETB", None)]),
        # "sh" inside a word is no shilling
        ("Exports suffered a harsh 5 billion fall.", [(5e9, "count", None)]),
    ],
)
def test_find_figures_reads_a_lower_case_shilling_and_the_birr_before_a_sum(
    text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    """ "sh6 trillion", as the Ugandan press writes its shilling, and "Birr 2 billion", the
    birr's name before its sum as the Ethiopian and Kenyan press write it."""
    assert figures_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ferry links stay poor for two sister nations.",
        "Exports lag what two neighbours with a shared river could sell.",
        "Exports lag what two neighbors could sell.",
    ],
)
def test_find_figures_reads_no_count_in_the_two_sides_called_sisters_or_neighbours(
    text: str,
) -> None:
    """ "two sister nations", "two neighbours with a shared river": the two parties named with
    warmth, as "two brotherly nations", not a count."""
    assert figures_of(text) == []


@pytest.mark.parametrize(
    ("city", "sum_", "units"),
    [
        # at home in Paraguay: the guaraní's letter and its stop, before a magnitude
        ("Asunción", "about G. 420 billion", ["USD", "PYG"]),
        # without a magnitude the letter and stop may be an initial
        ("Asunción", "G. 420", ["USD", "count"]),
        # at home elsewhere the letter is no currency
        ("Harbourton", "about G. 420 billion", ["USD", "count"]),
    ],
)
def test_parse_brief_reads_the_guarani_letter_with_its_stop_at_home(
    city: str, sum_: str, units: list[str]
) -> None:
    """ "worth about G. 420 billion" in an Asunción agency's brief: the guaraní,
    written with its letter and a stop, as Paraguay's press writes it."""
    text = (
        f"{city}, IP.- Minister Aldo Varga received Deputy Minister Tomas Velmor of Ruritania. "
        f"Ruritania has funded clinics for USD 61 million, or {sum_}.\n"
    )
    brief = parse_brief(text, brief_id="b")
    assert [f.unit for f in brief.figures] == units


@pytest.mark.parametrize(
    ("written", "value"),
    [("5½ percent", 5.5), ("2¼ per cent", 2.25), ("7¾%", 7.75)],
)
def test_a_whole_number_with_a_vulgar_fraction_is_its_decimal(written: str, value: float) -> None:
    """ "growth of 5½ percent": 5.5 percent, not 5."""
    brief = parse_brief(
        f"date 2027-03-03\nThe Fund expects Ruritania's growth of {written} over the medium "
        "term.\n",
        brief_id="f",
    )
    assert [(f.value, f.unit) for f in brief.figures] == [(value, "percent")]
