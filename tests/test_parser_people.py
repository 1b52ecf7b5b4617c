"""People, their titles and countries; quotes and their speakers; meetings; topics."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from bot.parser import parse_brief
from bot.parser.countries import country_of_agency, country_of_url, in_region_name
from bot.parser.people import Token, find_people
from bot.parser.quotes import find_quotes
from bot.parser.text import sentences
from bot.parser.topics import find_topics


def people_of(text: str) -> list[tuple[str, str | None, str | None]]:
    people, _ = find_people(text)
    return [(p.name, p.title, p.country) for p in people]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chinese Vice Premier Zhou Minghao met guests.",
            [("Zhou Minghao", "Vice Premier", "China")],
        ),
        (
            "President of Kazakhstan Nurlan Abenov spoke.",
            [("Nurlan Abenov", "President", "Kazakhstan")],
        ),
        (
            "He met Premier of China’s State Council Li Qiang.",
            [("Li Qiang", "Premier of the State Council", "China")],
        ),
        (
            "South Korea’s Minister of Trade, Industry and Energy Kim Ji-hoon arrived.",
            [("Kim Ji-hoon", "Minister of Trade, Industry and Energy", "South Korea")],
        ),
        (
            "European Commissioner for International Partnerships Joost van der Linden said so.",
            [
                (
                    "Joost van der Linden",
                    "European Commissioner for International Partnerships",
                    None,
                )
            ],
        ),
        (
            "Saudi Arabia’s Minister of Investment Abdulaziz bin Fahad al-Harbi arrived.",
            [("Abdulaziz bin Fahad al-Harbi", "Minister of Investment", "Saudi Arabia")],
        ),
        (
            "Turkish Minister of Energy Mehmet Şahinoğlu spoke.",
            [("Mehmet Şahinoğlu", "Minister of Energy", "Turkey")],
        ),
        (
            "Deputy Chairman of the Russian State Duma Konstantin Verkhovsky came.",
            [("Konstantin Verkhovsky", "Deputy Chairman of the State Duma", "Russia")],
        ),
        (
            "He met Liang Wenbo, chairman of the National Development and Reform Commission, "
            "today.",
            [("Liang Wenbo", "chairman of the National Development and Reform Commission", None)],
        ),
        (
            "She met Svenja Hartmann, chief executive of the German energy company Nordwind "
            "Hydrogen, which builds plants.",
            [
                (
                    "Svenja Hartmann",
                    "chief executive of the energy company Nordwind Hydrogen",
                    "Germany",
                )
            ],
        ),
        (
            "He met the Chair of the Standing Committee, Zhao Leji, in the capital.",
            [("Zhao Leji", "Chair of the Standing Committee", None)],
        ),
        (
            "Minister of Foreign Affairs of the Republic of Uzbekistan Bakhtiyor Saidkulov spoke.",
            [("Bakhtiyor Saidkulov", "Minister of Foreign Affairs", "Uzbekistan")],
        ),
        ("Anna Berg said the plan works.", [("Anna Berg", None, None)]),
        ("Later Anna Berg was briefed on the plan.", [("Anna Berg", None, None)]),
        ("Air Astana was founded long ago.", []),
        ("Foreign Minister Lavrov spoke twice.", [("Lavrov", "Foreign Minister", None)]),
        ("UN Secretary-General Ana Silva arrived.", [("Ana Silva", "UN Secretary-General", None)]),
        (
            "He received a delegation from the United Arab Emirates led by Minister of State "
            "Hamad Saeed.",
            [("Hamad Saeed", "Minister of State", "United Arab Emirates")],
        ),
        (
            "President Tokayev arrived. Later Kassym-Jomart Tokayev spoke.",
            [("Kassym-Jomart Tokayev", "President", None)],
        ),
        (
            "Secretary of State John F. Kennedy arrived.",
            [("John F. Kennedy", "Secretary of State", None)],
        ),
        (
            "The talks included Minister of State at the Federal Foreign Office Anna Berg.",
            [("Anna Berg", "Minister of State at the Federal Foreign Office", None)],
        ),
        (
            "He received Ambassador of Japan to the Republic of Chile Mr. Kenji Sato.",
            [("Kenji Sato", "Ambassador to the Republic of Chile", "Japan")],
        ),
        (
            "The President of the Republic of Chile H.E. Mr. Pablo Rojas spoke.",
            [("Pablo Rojas", "President", "Chile")],
        ),
        (
            "The talks were attended by the Deputy Minister of Energy, Eng. Saleh Nasser.",
            [("Saleh Nasser", "Deputy Minister of Energy", None)],
        ),
        (
            "Prime Minister of Vietnam Nguyen Van Long arrived.",
            [("Nguyen Van Long", "Prime Minister", "Vietnam")],
        ),
        (
            "Chairman of the Board of Kazakh Export Aidar Nurov spoke.",
            [("Aidar Nurov", "Chairman of the Board of Kazakh Export", "Kazakhstan")],
        ),
        (
            "The Chilean delegation was headed by Minister Pablo Rojas, and the German "
            "delegation by Minister Anna Berg.",
            [("Pablo Rojas", "Minister", "Chile"), ("Anna Berg", "Minister", "Germany")],
        ),
    ],
)
def test_find_people_reads_name_title_and_country(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """A titled name gives the person, the office without the country, and the country."""
    assert people_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Trans-Caspian International Transport Route grew.",
        "The Black Sea Submarine Cable will link the regions.",
        "They adopted the Gabala Declaration on Sunday.",
        "The Central Asia–Japan Business Forum opened in Tokyo.",
        "The Export-Import Bank of Korea will open a credit line.",
        # an agency named after its field
        "The Velmoran Agency for Customs Regulation signed a memorandum.",
    ],
)
def test_find_people_finds_no_person_in_names_of_things(text: str) -> None:
    """Routes, cables, declarations, forums and banks are not people."""
    assert people_of(text) == []


def test_find_people_links_surnames_and_roles_to_the_full_name() -> None:
    """Later surnames, possessives and "the Prime Minister" refer to the person named first."""
    text = (
        "Prime Minister Nurbek Altynbekov met Minister of Energy Kim Ji-hoon. "
        "Altynbekov’s plan was discussed. Kim said more. The Prime Minister said less."
    )
    people, mentions = find_people(text)
    by_person = {people[m.person].name: [] for m in mentions}
    for m in mentions:
        by_person[people[m.person].name].append(text[m.start : m.end])
    assert by_person == {
        "Nurbek Altynbekov": ["Nurbek Altynbekov", "Altynbekov’s", "The Prime Minister"],
        "Kim Ji-hoon": ["Kim Ji-hoon", "Kim"],
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Foreign Minister Daniyar Sembekov met guests.\n\n“We value trust,” he said.",
            [("Daniyar Sembekov", "We value trust")],
        ),
        (
            "Prime Minister Nurbek Altynbekov met Minister of Energy Kim Ji-hoon.\n\n"
            "“Korea is our most trusted partner in Asia,” the Prime Minister said.",
            [("Nurbek Altynbekov", "Korea is our most trusted partner in Asia")],
        ),
        (
            "Commissioner Joost van der Linden spoke.\n\n"
            "Van der Linden said: “Our aim is to invest in value chains.”",
            [("Joost van der Linden", "Our aim is to invest in value chains")],
        ),
        (
            'Speaker Anna Berg arrived.\n\n"Labour migration is a human question," Berg said. '
            '"We expect clear rules for everyone."',
            [
                ("Anna Berg", "Labour migration is a human question"),
                ("Anna Berg", "We expect clear rules for everyone"),
            ],
        ),
        (
            "Speaker Anna Berg arrived.\n\n“Labour migration is not only an economic question.\n\n"
            "“We expect clear rules,” Berg said.",
            [
                (
                    "Anna Berg",
                    "Labour migration is not only an economic question. We expect clear rules",
                )
            ],
        ),
        ("The parties spoke of the “golden 30 years” of relations.", []),
        (
            "Kazakh President Aidar Nurov and Uzbek President Botir Karimov spoke.\n\n"
            "“We have a historic chance,” the Uzbek President said.",
            [("Botir Karimov", "We have a historic chance")],
        ),
        (
            "President Kassym-Jomart Tokayev met guests.\n\n"
            "“Trust is the basis of our ties,” the Head of State said.",
            [("Kassym-Jomart Tokayev", "Trust is the basis of our ties")],
        ),
        (
            "“The door is open to everyone who wants peace,” officials told reporters.",
            [(None, "The door is open to everyone who wants peace")],
        ),
        (
            "President Aidar Nurov spoke with President of Georgia Levan Beridze.\n\n"
            "“We need to remove bottlenecks on the route,” the Kazakh leader said.",
            [("Aidar Nurov", "We need to remove bottlenecks on the route")],
        ),
        (
            "Russian Deputy Foreign Minister Oleg Petrov met Mongolian Ambassador Bat Dorj.\n\n"
            "“We are ready to increase these volumes,” the Russian diplomat said.",
            [("Oleg Petrov", "We are ready to increase these volumes")],
        ),
        (
            "Chinese Vice Premier Zhao Ming met Uzbek Deputy Prime Minister Anvar Rakhimov.\n\n"
            '"Uzbekistan is ready to export more fruit," the Uzbek official said.',
            [("Anvar Rakhimov", "Uzbekistan is ready to export more fruit")],
        ),
        (
            "Minister of Industry Kanat Serikov met the visitors.\n\n"
            '"We will support the project at every stage," Mr. Serikov said.',
            [("Kanat Serikov", "We will support the project at every stage")],
        ),
        (
            "Foreign Minister Ulugbek Nazarov met Minister of Energy Kim Ji-hoon.\n\n"
            "According to Kim, “Korea will open a trade house in Tashkent this year.”",
            [("Kim Ji-hoon", "Korea will open a trade house in Tashkent this year")],
        ),
        (
            "EU High Representative Josep Vallo met Foreign Minister Jeenbek Kulubaev.\n\n"
            '"Kyrgyzstan is an important partner for us," the High Representative said.',
            [("Josep Vallo", "Kyrgyzstan is an important partner for us")],
        ),
        (
            "Prime Minister Olzhas Serikov chaired the meeting.\n\n"
            "“Petrochemistry must become a new driver of growth,” the Head of Government said.",
            [("Olzhas Serikov", "Petrochemistry must become a new driver of growth")],
        ),
        (
            "Foreign Minister Ulugbek Nazarov spoke at the forum.\n\n"
            "According to him, “relations are developing dynamically in all areas.”",
            [("Ulugbek Nazarov", "relations are developing dynamically in all areas")],
        ),
        (
            "Prime Minister Nurbek Altynbekov met Minister of Energy Kim Ji-hoon.\n\n"
            "“Korea is our most trusted partner in Asia,” the premier said.",
            [("Nurbek Altynbekov", "Korea is our most trusted partner in Asia")],
        ),
        (
            "Foreign Minister Ulugbek Nazarov met Minister of Energy Kim Ji-hoon.\n\n"
            "“Korea is our most trusted partner in Asia,” the top diplomat said.",
            [("Ulugbek Nazarov", "Korea is our most trusted partner in Asia")],
        ),
        (
            "President Aibek Toktarov received Ambassador Lena Moreau.\n\n"
            "“France is our partner in Europe,” President Aibek Toktarov told the ambassador.",
            [("Aibek Toktarov", "France is our partner in Europe")],
        ),
        (
            "Minister Aibek Toktarov met Lena Moreau.\n\n"
            "“The talks went well today.” Lena Moreau then left for the airport.",
            [(None, "The talks went well today")],
        ),
    ],
)
def test_find_quotes_resolves_speakers(text: str, expected: list[tuple[str | None, str]]) -> None:
    """Quotes keep their words; "he said", surnames and roles resolve to the full name."""
    people, mentions = find_people(text)
    quotes = find_quotes(text, mentions)
    got = [(people[q.speaker].name if q.speaker is not None else None, q.text) for q in quotes]
    assert got == expected


MEETING_BRIEF = """date 2024-07-04
ASTANA, July 3 (Xinhua) -- Chinese Foreign Minister Han Lixin held separate meetings with his
counterparts on the sidelines of the summit in Astana on Wednesday.

Meeting Kazakh Foreign Minister Daniyar Sembekov, Han said the two countries should do more.

Later that day, Han held talks with Mongolian Foreign Minister Tserendorj Bolormaa.

Sembekov is expected to travel to Beijing in December to meet Premier Li Wei.

Sembekov also spoke by phone with Uzbek Foreign Minister Ulugbek Nazarov on Tuesday.
"""


def test_parse_brief_reads_talks_between_two_people() -> None:
    """ "Talks between A and B took place in Oslo on Thursday" is one talks, dated, placed."""
    text = (
        "date 2024-03-01\nTalks between Foreign Minister Anna Berg and Foreign Minister Olaf "
        "Lund took place in Oslo on Thursday."
    )
    brief = parse_brief(text, brief_id="t")
    got = [([p.name for p in m.participants], m.kind, m.date, m.place) for m in brief.meetings]
    assert got == [(["Anna Berg", "Olaf Lund"], "talks", dt.date(2024, 2, 29), "Oslo")]


def test_parse_brief_finds_meetings_with_dates_places_and_kinds() -> None:
    """Held meetings are found with their date, place and kind; a planned one is not."""
    brief = parse_brief(MEETING_BRIEF, brief_id="m")
    got = [([p.name for p in m.participants], m.date, m.place, m.kind) for m in brief.meetings]
    assert got == [
        (["Daniyar Sembekov", "Han Lixin"], dt.date(2024, 7, 3), "Astana", "meeting"),
        (["Han Lixin", "Tserendorj Bolormaa"], dt.date(2024, 7, 3), "Astana", "talks"),
        (["Daniyar Sembekov", "Ulugbek Nazarov"], dt.date(2024, 7, 2), None, "phone call"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The parties touched on cooperation in agriculture, investment, transport and "
            "transit, energy, and digitalization.",
            ["agriculture", "investment", "transport and transit", "energy", "digitalization"],
        ),
        (
            "The officials discussed the proposed gas hub in Thrace, payments in national "
            "currencies and tourism, the press office said.",
            ["proposed gas hub in Thrace", "payments in national currencies", "tourism"],
        ),
        (
            "The sides discussed energy, logistics and tourism, as well as progress on the "
            "Turkmenistan–Afghanistan–Pakistan–India (TAPI) gas pipeline.",
            [
                "energy",
                "logistics",
                "tourism",
                "Turkmenistan–Afghanistan–Pakistan–India gas pipeline",
            ],
        ),
        (
            "They called for more cooperation in agriculture and water-saving irrigation.",
            ["agriculture", "water-saving irrigation"],
        ),
        (
            "Kazakhstan supports the Global Development Initiative and the Belt and Road.",
            ["Global Development Initiative", "Belt and Road"],
        ),
        (
            "They discussed direct flights between Almaty and Riyadh.",
            ["direct flights between Almaty and Riyadh"],
        ),
        ("Freight on the Baku–Tbilisi–Kars railway rose.", ["Baku–Tbilisi–Kars railway"]),
        (
            # "Oct." is an abbreviation, not the end of the list.
            "They reviewed the partnership at an Oct. 17 meeting in the capital.",
            ["partnership at an Oct. 17 meeting in the capital"],
        ),
        (
            "They discussed the modernization of power plants; new wind farms; and water.",
            ["modernization of power plants", "wind farms", "water"],
        ),
        (
            "He thanked them for the support and invited them to visit the capital.",
            [],
        ),
        (
            "They discussed the route and cooperation in the oil and gas sector.",
            ["route", "oil and gas sector"],
        ),
        (
            "Germany considers Kazakhstan a reliable supplier of critical raw materials.",
            ["critical raw materials"],
        ),
        (
            "It is ready to share its experience in energy efficiency and vocational training.",
            ["energy efficiency", "vocational training"],
        ),
        (
            "It intends to raise the share of renewable energy in its power generation to 15%.",
            ["renewable energy"],
        ),
        (
            "The state has allocated 85 billion tenge for upgrading the power grid this year.",
            ["power grid"],
        ),
        (
            "They agreed to push for new progress in trade, investment and tourism.",
            ["trade", "investment", "tourism"],
        ),
        (
            "The sides agreed to launch direct flights between Samarkand and Antalya.",
            ["direct flights between Samarkand and Antalya"],
        ),
        (
            "Russia plans to build six more Russian-language schools in Kyrgyzstan by 2027.",
            ["Russian-language schools"],
        ),
        (
            "A memorandum on cooperation in the field of higher education was signed.",
            ["higher education"],
        ),
        (
            "The firm is also studying projects in green hydrogen and battery storage.",
            ["green hydrogen", "battery storage"],
        ),
        (
            "They discussed cooperation in the nuclear energy and shipbuilding sectors.",
            ["nuclear energy", "shipbuilding"],
        ),
        (
            "The sides exchanged views on the situation in Afghanistan.",
            ["situation in Afghanistan"],
        ),
        (
            "He proposed to expand cooperation in non-resource sectors.",
            ["non-resource sectors"],
        ),
        ("Settlements now cover a quarter of mutual trade.", []),
        ("They cooperate in all areas and in other fields.", []),
        (
            "They discussed building materials and upgrading the power grid.",
            ["building materials", "power grid"],
        ),
        (
            "Particular attention was paid to pharmaceuticals and tourism.",
            ["pharmaceuticals", "tourism"],
        ),
        (
            "The center will host companies in textiles, food processing and logistics.",
            ["textiles", "food processing", "logistics"],
        ),
        (
            "The Government approved a plan to develop the petrochemical industry until 2030.",
            ["petrochemical industry"],
        ),
        # "agreements" alone names no subject (most golds leave it out; see
        # test_agreements_alone_name_no_subject)
        ("They discussed the implementation of agreements reached last year.", []),
        # "MW" after a number is a unit, not the name of a plant.
        ("A firm presented a project to build a 10 MW solar power plant.", []),
        (
            "They focused on trade and the Center for Industrial Cooperation on the border.",
            ["trade", "Center for Industrial Cooperation on the border"],
        ),
        (
            "The ministers held talks on the margins of the summit and agreed to cooperate "
            "on railways and ports.",
            ["railways", "ports"],
        ),
        (
            "They reviewed ties and ways to deepen cooperation in mining and textiles.",
            ["ties", "mining", "textiles"],
        ),
        (
            "He offered to expand grain exports to Europe and beyond.",
            ["grain exports to Europe"],
        ),
    ],
)
def test_find_topics_reads_enumerations_and_named_projects(text: str, expected: list[str]) -> None:
    """Each item of an enumeration is a topic; named routes and initiatives are too."""
    assert find_topics(sentences(text), text, [], ["Someone Else"]) == expected


def test_find_people_reads_no_person_in_an_official_visit() -> None:
    """ "The official visit" is an adjective: no role mention, no speaker from it."""
    text = (
        "President Aidar Nurov met guests.\n\n"
        "The official visit ended on Friday. “Trade grows every year for us all,” one said."
    )
    _, mentions = find_people(text)
    assert [m.kind for m in mentions] == ["name"]
    assert [q.speaker for q in find_quotes(text, mentions)] == [None]


def test_find_topics_reads_only_what_a_quotation_says_it_covers() -> None:
    """Inside a quotation only "X cover A, B and C" names topics; rhetoric does not."""
    text = (
        "“The projects cover agro-processing, logistics and tourism. "
        "We support investment in new technologies,” the governor said."
    )
    spans = [(0, text.index("”") + 1)]
    assert find_topics(sentences(text), text, spans, ["Someone Else"]) == [
        "agro-processing",
        "logistics",
        "tourism",
    ]


def test_find_topics_reads_the_fields_of_projects_inside_a_quotation() -> None:
    """Inside a quotation "projects in A and B" names topics; "projects in the region" and
    other rhetoric do not."""
    text = (
        "“We expect new projects in shipbuilding and organic farming. "
        "We welcome projects in the region and investment in new technologies,” the governor "
        "said."
    )
    spans = [(0, text.index("”") + 1)]
    assert find_topics(sentences(text), text, spans, ["Someone Else"]) == [
        "shipbuilding",
        "organic farming",
    ]


def test_parse_brief_gives_the_country_a_demonym_role_names() -> None:
    """ "The Kazakh leader" makes its person Kazakh; "the President" fits a Head of State."""
    akorda = parse_brief(
        "Head of State Aidar Nurov received Minister of Foreign Affairs of the Republic of Korea "
        "Cho Min-jae.\n\nThe Kazakh leader noted that Korea is a key investor.\n\n"
        "«We invite Korean companies to take part in our projects», the President said.",
        brief_id="a",
    )
    assert [(p.name, p.country) for p in akorda.people] == [
        ("Aidar Nurov", "Kazakhstan"),
        ("Cho Min-jae", "South Korea"),
    ]
    assert [q.speaker for q in akorda.quotes] == ["Aidar Nurov"]


def test_the_bare_role_of_two_holders_is_the_unqualified_one_not_the_foreign_one_named_first() -> (
    None
):
    """ "Chilean President X and President Y held talks ... President Y thanked Chile ...
    'We are grateful,' the President said": the text qualifies the foreign President it names
    first and leaves its own unqualified; "the President" is its own, not the one named first."""
    brief = parse_brief(
        "Chilean President Rosa Quispe and President Aldo Varga hold talks\n\nLIMA, 3 May 2026 "
        "— Chilean President Rosa Quispe and President Aldo Varga held talks at the Government "
        "Palace in Lima today.\n\nPresident Varga thanked Chile for its support in the "
        "fisheries talks.\n\n“We are grateful to our neighbours,” the President said.\n",
        brief_id="q",
    )
    assert [(q.speaker, q.text) for q in brief.quotes] == [
        ("Aldo Varga", "We are grateful to our neighbours")
    ]


def test_parse_brief_places_a_meeting_held_here_in_the_dateline_city() -> None:
    """ "Held talks here Tuesday": the meeting's place is the dateline city."""
    brief = parse_brief(
        "date 2024-12-03\nBEIJING, Dec. 3 (Xinhua) -- Chinese Foreign Minister Gao Yuming held "
        "talks here Tuesday with Turkmen Foreign Minister Merdan Annayev.",
        brief_id="x",
    )
    assert [(m.place, m.date, m.kind) for m in brief.meetings] == [
        ("Beijing", dt.date(2024, 12, 3), "talks")
    ]


def test_find_people_reads_regional_titles_and_names_after_honorifics() -> None:
    """ "Deputy Governor of the Samarkand region Akmal Nurov" and "the head of the Chamber of
    Commerce, Ms. Petra Vogel" are people with those titles."""
    text = (
        "The meeting was attended by Deputy Governor of the Samarkand region Akmal Nurov and "
        "the head of the German-Uzbek Chamber of Commerce, Ms. Petra Vogel."
    )
    people, _ = find_people(text)
    assert [(p.name, p.title) for p in people] == [
        ("Akmal Nurov", "Deputy Governor of the Samarkand region"),
        ("Petra Vogel", "head of the German-Uzbek Chamber of Commerce"),
    ]


def test_parse_brief_reads_consultations_with_a_title_holding_an_aside() -> None:
    """ "Held political consultations with Secretary (East) of the Ministry ... Ms. X": talks
    with a person whose title has a bracketed aside."""
    brief = parse_brief(
        "date 2025-01-22\nTashkent, 22 January 2025 – On 21 January, Deputy Minister of Foreign "
        "Affairs of Uzbekistan Dilshod Akhatov held political consultations with Secretary "
        "(East) of the Ministry of External Affairs of India Ms. Meera Nair.",
        brief_id="c",
    )
    assert [(p.name, p.title, p.country) for p in brief.people][1] == (
        "Meera Nair",
        "Secretary (East) of the Ministry of External Affairs",
        "India",
    )
    assert [(m.kind, m.date) for m in brief.meetings] == [("talks", dt.date(2025, 1, 21))]


def test_parse_brief_leaves_the_reporting_press_secretary_out_of_the_call() -> None:
    """ "A spoke with B by phone, press secretary C wrote": C reported the call, not joined it."""
    brief = parse_brief(
        "ASTANA – President Aidar Nurov held a phone conversation with Prime Minister of "
        "Pakistan Imran Qureshi, Akorda press secretary Ruslan Zhaksylykov wrote on Facebook.",
        brief_id="p",
    )
    assert [[p.name for p in m.participants] for m in brief.meetings] == [
        ["Aidar Nurov", "Imran Qureshi"]
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The minister met visiting Chinese State Councilor Wu Tianle on Monday.",
            [("Wu Tianle", "State Councilor", "China")],
        ),
        (
            "Grand Duke Albertin received the delegation.",
            [("Albertin", "Grand Duke", None)],
        ),
        (
            "Vice-Speaker of the Senate Aidos Temirov opened the session.",
            [("Aidos Temirov", "Vice-Speaker of the Senate", None)],
        ),
        (
            "Kazakh Defense Minister Serik Amanov met the delegation.",
            [("Serik Amanov", "Defense Minister", "Kazakhstan")],
        ),
        (
            "Uzbek Central Bank Chairman Botir Karimov said inflation slowed.",
            [("Botir Karimov", "Central Bank Chairman", "Uzbekistan")],
        ),
        (
            "Chief of General Staff Daulet Omarov inspected the troops.",
            [("Daulet Omarov", "Chief of General Staff", None)],
        ),
        (
            "Meeting Kazakh Foreign Minister Aibek Serikov, the envoy spoke of trade.",
            [("Aibek Serikov", "Foreign Minister", "Kazakhstan")],
        ),
    ],
)
def test_find_people_reads_offices_of_state_councils_courts_and_portfolios(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """Offices beyond president and minister (a state councilor, a grand duke, a vice-speaker,
    a chief of staff) make a person, and a capitalised portfolio opens the title."""
    assert people_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We count on new projects in critical minerals and renewable energy.",
            ["critical minerals", "renewable energy"],
        ),
        (
            "Most of the money will be directed to flood protection and rural roads.",
            ["flood protection", "rural roads"],
        ),
        (
            "The governor asked the bank to consider financing the rehabilitation of the "
            "Ust-Bayan bypass and the construction of new clinics.",
            ["rehabilitation of the Ust-Bayan bypass", "construction of new clinics"],
        ),
        (
            "The fund backs projects in metallurgy, chemistry and logistics that will create "
            "5,000 jobs.",
            ["metallurgy", "chemistry", "logistics"],
        ),
        # A place after "projects in" or "companies in" is where, not what.
        ("The number of projects in Mongolia exceeded 40.", []),
        ("Foreign companies in Tajikistan grew in number.", []),
        ("The grant was directed to Bishkek in March.", []),
    ],
)
def test_find_topics_reads_what_projects_funds_and_financing_are_for(
    text: str, expected: list[str]
) -> None:
    """Projects in a field, money directed to a purpose and the works a lender is asked to
    finance name topics; a place after the same words does not."""
    assert find_topics(sentences(text), text, [], ["Someone Else"]) == expected


def test_parse_brief_keeps_a_monarchs_number_in_the_name_and_links_later_mentions() -> None:
    """ "King Faisal III" is one person named "Faisal III"; "King Faisal" and "Faisal III"
    later are mentions of him, not new people."""
    brief = parse_brief(
        "MANAMA - King Faisal III received Foreign Minister Aibek Serikov of Kazakhstan on "
        "Monday. King Faisal praised the ties. Faisal III said trade would grow.",
        brief_id="t",
    )
    assert [(p.name, p.title) for p in brief.people] == [
        ("Faisal III", "King"),
        ("Aibek Serikov", "Foreign Minister"),
    ]
    assert [[p.name for p in m.participants] for m in brief.meetings] == [
        ["Faisal III", "Aibek Serikov"]
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Speaker of the Parliament of Estonia Mart Kask received a delegation of the "
            "Hungarian National Assembly led by Deputy Speaker Gabor Lakatos.",
            [
                ("Mart Kask", "Speaker of the Parliament", "Estonia"),
                ("Gabor Lakatos", "Deputy Speaker", "Hungary"),
            ],
        ),
        (
            "Minister of Estonia Mart Kask received a delegation of the Senate of Chile led by "
            "Senator Ana Rojas.",
            [("Mart Kask", "Minister", "Estonia"), ("Ana Rojas", "Senator", "Chile")],
        ),
        (
            "Minister of Estonia Mart Kask received a Chilean delegation led by Senator "
            "Ana Rojas.",
            [("Mart Kask", "Minister", "Estonia"), ("Ana Rojas", "Senator", "Chile")],
        ),
    ],
)
def test_find_people_gives_a_delegation_leader_the_country_its_body_names(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """ "a delegation of the Hungarian National Assembly led by X": X is Hungarian."""
    assert people_of(text) == expected


@pytest.mark.parametrize(
    ("quote", "speaker"),
    [
        ("“Our ties rest on trust and on trade,” the Senate Speaker said.", "Mart Kask"),
        ("“Our ties rest on trust and on trade,” the Speaker said.", "Mart Kask"),
        ("“Our ties rest on trust and on trade,” the Deputy Speaker said.", "Gabor Lakatos"),
    ],
)
def test_parse_brief_reads_a_chamber_speaker_as_the_chairman_of_that_chamber(
    quote: str, speaker: str
) -> None:
    """ "the Senate Speaker" is the Chairman of the Senate, not a deputy speaker of another
    chamber; "the Deputy Speaker" is the deputy."""
    brief = parse_brief(
        "Chairman of the Senate of Estonia Mart Kask received a delegation of the Hungarian "
        "National Assembly led by Deputy Speaker Gabor Lakatos.\n\n"
        f"{quote}\n\nLakatos invited Kask to Budapest.",
        brief_id="s",
    )
    assert [(q.speaker, q.text) for q in brief.quotes] == [
        (speaker, "Our ties rest on trust and on trade")
    ]


def test_find_people_reads_the_office_after_a_style_of_address_and_links_the_short_name() -> None:
    """ "H.H. Sheikh X bin Y Al Z, Chairman of ...," holds the office after the name, not the
    style of address; a later "Sheikh X bin Y" is the same person."""
    text = (
        "H.H. Sheikh Rashid bin Khalfan Al Mansoori, Chairman of the Dubai Ports Authority, "
        "received the delegation.\n\nH.H. Sheikh Rashid bin Khalfan welcomed the guests."
    )
    assert people_of(text) == [
        (
            "Rashid bin Khalfan Al Mansoori",
            "Chairman of the Dubai Ports Authority",
            "United Arab Emirates",
        )
    ]


def test_find_people_keeps_a_style_of_address_when_no_office_follows() -> None:
    """With no office after the name, the style of address stays the title."""
    assert people_of("H.E. Sheikh Rashid bin Khalfan Al Mansoori received the guests.") == [
        ("Rashid bin Khalfan Al Mansoori", "H.E. Sheikh", None)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Emir His Highness Sheikh Tamim bin Sultan Al Thani received President Alan Brook "
            "of Ireland.",
            [("Tamim bin Sultan Al Thani", "Emir", None), ("Alan Brook", "President", "Ireland")],
        ),
        (
            "President Sheikh Faris bin Amir Al Qasimi held talks with Prime Minister Jan "
            "Novak of Poland.",
            [
                ("Faris bin Amir Al Qasimi", "President", None),
                ("Jan Novak", "Prime Minister", "Poland"),
            ],
        ),
    ],
)
def test_find_people_reads_an_office_word_after_bin_as_a_fathers_name(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """In "X bin Sultan Al Y" the word after "bin" is a father's name, not a second office."""
    assert people_of(text) == expected


@pytest.mark.parametrize(
    ("agency", "country"),
    [
        ("BNA", "Bahrain"),
        ("Bahrain News Agency", "Bahrain"),
        ("KUNA", "Kuwait"),
        ("Saudi Press Agency", "Saudi Arabia"),
        ("Oman News Agency", "Oman"),
        ("MENA", "Egypt"),
        ("AA", "Turkey"),
        ("Agerpres", "Romania"),
        ("Petra", "Jordan"),
        ("Turan", "Azerbaijan"),
        ("BTA", "Bulgaria"),
        ("Reuters", None),
    ],
)
def test_country_of_agency_knows_the_gulf_and_regional_news_agencies(
    agency: str, country: str | None
) -> None:
    """A state news agency names its country; an international one names none."""
    assert country_of_agency(agency) == country


def test_parse_brief_gives_officials_the_country_of_the_state_agency_reporting() -> None:
    """A Gulf agency's officials without a stated country are that agency's country's."""
    brief = parse_brief(
        "Kuwait City, Oct. 3 (KUNA) -- Minister of Oil Fahad Al Sabti received Kazakh Minister of "
        "Energy Nurlan Abenov.",
        brief_id="k",
    )
    assert [(p.name, p.country) for p in brief.people] == [
        ("Fahad Al Sabti", "Kuwait"),
        ("Nurlan Abenov", "Kazakhstan"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "President of the Lao People's Democratic Republic Bounmy Keola held talks.",
            [("Bounmy Keola", "President", "Laos")],
        ),
        (
            "He met Chairman of the Supreme People’s Assembly of the Democratic People’s "
            "Republic of Korea Pak Song Chol.",
            [("Pak Song Chol", "Chairman of the Supreme People’s Assembly", "North Korea")],
        ),
    ],
)
def test_find_people_reads_a_country_name_with_peoples_as_the_country(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """ "People's" inside a country's name is no possessive that ends a name: the whole
    name is the country, and no person "Lao People" appears."""
    assert people_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "CEO of the Italian company Vento Rosso Marco Bellini announced plans.",
            [("Marco Bellini", "CEO of the company Vento Rosso", "Italy")],
        ),
        (
            "The head of state received President Director of the Malaysian company Sinar "
            "Jaya Aminah Yusof.",
            [("Aminah Yusof", "President Director of the company Sinar Jaya", "Malaysia")],
        ),
        (
            "Chairman of the German energy company Nordlicht Gas Lars Berg said so.",
            [("Lars Berg", "Chairman of the energy company Nordlicht Gas", "Germany")],
        ),
    ],
)
def test_find_people_reads_an_office_in_a_named_company_before_the_name(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """ "CEO of the Italian company X Y Name Surname": the office runs through the company's
    name, the person is the last two words and the company's nationality is theirs."""
    assert people_of(text) == expected


def test_parse_brief_links_a_style_and_given_name_to_the_full_name_before() -> None:
    """ "HH Shaikh Khalid" after "HH Shaikh Khalid bin Ali Al Nuaimi, Minister of ...," is
    that minister: no new person, and the quotation is his."""
    brief = parse_brief(
        "HH Shaikh Khalid bin Ali Al Nuaimi, Minister of Finance, received Kazakh Minister of "
        "Energy Nurlan Abenov.\n\n"
        "Later, HH Shaikh Khalid and Mr. Abenov co-chaired the joint committee.\n\n"
        '"Our markets are open," HH Shaikh Khalid said.',
        brief_id="s",
    )
    assert [(p.name, p.title) for p in brief.people] == [
        ("Khalid bin Ali Al Nuaimi", "Minister of Finance"),
        ("Nurlan Abenov", "Minister of Energy"),
    ]
    assert [(q.speaker, q.text) for q in brief.quotes] == [
        ("Khalid bin Ali Al Nuaimi", "Our markets are open")
    ]


@pytest.mark.parametrize(
    ("later", "expected"),
    [
        (
            "Ambassador Ortega assured that he would work hard.",
            [("Luis Ortega Salinas", "Ambassador", "Spain")],
        ),
        (
            # Two full names before share the word: the short mention is neither of them.
            "Also present was Consul Pablo Ortega Ruiz. Ambassador Ortega assured that he "
            "would work hard.",
            [
                ("Luis Ortega Salinas", "Ambassador", "Spain"),
                ("Pablo Ortega Ruiz", "Consul", None),
                ("Ortega", "Ambassador", None),
            ],
        ),
    ],
)
def test_find_people_links_a_title_and_first_surname_to_a_double_surname(
    later: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """ "Ambassador Ortega" after "Luis Ortega Salinas" is him (a Spanish first surname)."""
    text = f"He received Ambassador of Spain Luis Ortega Salinas.\n\n{later}"
    assert people_of(text) == expected


@pytest.mark.parametrize(
    ("before", "word", "after", "expected"),
    [
        ("in", "Latin", "America", True),
        ("Latin", "America", ",", True),
        ("South", "American", "markets", True),
        ("the", "Indian", "Ocean", True),
        ("the", "American", "side", False),
        ("with", "India", "and", False),
    ],
)
def test_in_region_name_tells_a_region_from_a_country(
    before: str, word: str, after: str, expected: bool
) -> None:
    """ "Latin America" and "the Indian Ocean" name regions, not the United States or India."""
    assert in_region_name(before, word, after) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Special Envoy for Latin American Affairs Qiu Ming said so.",
            [("Qiu Ming", "Special Envoy for Latin American Affairs", None)],
        ),
        (
            "Secretary General of the Indian Ocean Commission Ravi Lal said so.",
            [("Ravi Lal", "Secretary General of the Indian Ocean Commission", None)],
        ),
        (
            "American Ambassador John Smith said so.",
            [("John Smith", "Ambassador", "United States")],
        ),
    ],
)
def test_find_people_reads_no_country_from_a_region_in_a_title(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """A region in an office's name ("Latin American Affairs") says nothing of whose it is."""
    assert people_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Norway's state oil company Nordolje signed the deal. Nordolje Chief Executive "
            "Lars Berg said it was done.",
            [("Lars Berg", "Chief Executive", "Norway")],
        ),
        (
            "The Turkish energy company Anka will build it, Anka Chairman Emre Yildiz said.",
            [("Emre Yildiz", "Chairman", "Turkey")],
        ),
        # A country joined to the company by "and" is not the company's.
        (
            "Talks with Norway and the company Nordolje went well. Nordolje Chief Executive "
            "Lars Berg said so.",
            [("Lars Berg", "Chief Executive", None)],
        ),
        # The text gives no country for the company: the person gets none.
        (
            "Nordolje Chief Executive Lars Berg said it was done.",
            [("Lars Berg", "Chief Executive", None)],
        ),
    ],
)
def test_find_people_gives_a_company_head_the_country_the_text_gives_the_company(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """ "Nordolje Chief Executive X" after "Norway's state oil company Nordolje": Norway."""
    assert people_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chairman of the State Duma Ivan Petrov came.",
            [("Ivan Petrov", "Chairman of the State Duma", "Russia")],
        ),
        (
            "Speaker of the Jogorku Kenesh Nurlan Sadyrov came.",
            [("Nurlan Sadyrov", "Speaker of the Jogorku Kenesh", "Kyrgyzstan")],
        ),
        (
            "Chairman of the Standing Committee of the National People's Congress Zhao Dewei "
            "came.",
            [
                (
                    "Zhao Dewei",
                    "Chairman of the Standing Committee of the National People's Congress",
                    "China",
                )
            ],
        ),
        # A chamber name several countries use says nothing.
        (
            "Chairman of the Senate Mart Kask came.",
            [("Mart Kask", "Chairman of the Senate", None)],
        ),
    ],
)
def test_find_people_gives_a_member_of_a_named_parliament_its_country(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """A parliament named by its own name ("State Duma", "Jogorku Kenesh") says whose."""
    assert people_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He met Member of the Bundestag, Chairman of the German-Nordic Parliamentary Group "
            "Hans Weber, and others.",
            [
                (
                    "Hans Weber",
                    "Member of the Bundestag, Chairman of the German-Nordic Parliamentary Group",
                    "Germany",
                )
            ],
        ),
        # A place before the comma is no office: the title starts after it.
        (
            "In talks with Norway, Foreign Minister Lars Berg said so.",
            [("Lars Berg", "Foreign Minister", None)],
        ),
        # The office before the comma belongs to the person named before it.
        (
            "He met Minister of Energy John Smith, Deputy Minister of Finance Jane Doe.",
            [
                ("John Smith", "Minister of Energy", None),
                ("Jane Doe", "Deputy Minister of Finance", None),
            ],
        ),
    ],
)
def test_find_people_joins_two_offices_separated_by_a_comma(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """ "Member of the Bundestag, Chairman of ... X": both offices are X's."""
    assert people_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Emirati President His Highness Sheikh Khalid bin Saif Al Mansoori received them.",
            [("Khalid bin Saif Al Mansoori", "President", "United Arab Emirates")],
        ),
        (
            "Emir of Qatar Sheikh Fahad bin Jassim Al Thani received them.",
            [("Fahad bin Jassim Al Thani", "Emir", "Qatar")],
        ),
        (
            "President of the Republic of Tajikistan H.E. Mr. Rustam Davlatzoda received them.",
            [("Rustam Davlatzoda", "President", "Tajikistan")],
        ),
        (
            "Malaysian Prime Minister Datuk Seri Ahmad Ismail arrived.",
            [("Ahmad Ismail", "Prime Minister", "Malaysia")],
        ),
    ],
)
def test_find_people_leaves_a_style_of_address_out_of_the_office_before_the_name(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """ "Emir of Qatar Sheikh X", "President His Highness Sheikh X": the style between the
    office and the name is neither office nor name, and the country still comes out."""
    assert people_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Emir of Kuwait Sheikh Nawaf Al-Ahmad Al-Jaber Al-Sabah received them.",
            [("Nawaf Al-Ahmad Al-Jaber Al-Sabah", "Emir", "Kuwait")],
        ),
        (
            "The delegation of Oman was led by Sayyid Fahd bin Mahmoud Al Said, Minister of "
            "Heritage.",
            [("Fahd bin Mahmoud Al Said", "Minister of Heritage", "Oman")],
        ),
        (
            "He was received by King Hussein II of Jordan.",
            [("Hussein II", "King", "Jordan")],
        ),
        (
            "Foreign Minister Lars Berg of Norway said so.",
            [("Lars Berg", "Foreign Minister", "Norway")],
        ),
        # A demonym after "of" is no country of the person's.
        (
            "Minister Lars Berg of Chinese descent spoke.",
            [("Lars Berg", "Minister", None)],
        ),
    ],
)
def test_find_people_reads_arabic_names_and_a_country_after_the_name(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """ "Al-X Al-Y" parts belong to the name; "a delegation of X was led by" and "Name of
    <country>" give the country."""
    assert people_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kremlin spokesman Ivan Sokolov said so.",
            [("Ivan Sokolov", "Kremlin spokesman", "Russia")],
        ),
        (
            "Akorda spokesman Berik Sadyk said so.",
            [("Berik Sadyk", "Akorda spokesman", "Kazakhstan")],
        ),
    ],
)
def test_find_people_gives_an_office_at_a_seat_of_government_its_country(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """ "Kremlin spokesman X" speaks for Russia: the seat of government names the country."""
    assert people_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Deputy Prime Minister – Minister of Foreign Affairs Aibek Tulenov met him.",
            [("Aibek Tulenov", "Deputy Prime Minister – Minister of Foreign Affairs", None)],
        ),
        (
            "Chairman of the Cabinet of Ministers of the Kyrgyz Republic – Head of the "
            "Presidential Administration Almaz Toktorov arrived.",
            [
                (
                    "Almaz Toktorov",
                    "Chairman of the Cabinet of Ministers – Head of the Presidential "
                    "Administration",
                    "Kyrgyzstan",
                )
            ],
        ),
        (
            "Deputy Chairman of the Cabinet of Ministers of Turkmenistan, Minister of Foreign "
            "Affairs Batyr Amanov arrived.",
            [
                (
                    "Batyr Amanov",
                    "Deputy Chairman of the Cabinet of Ministers, Minister of Foreign Affairs",
                    "Turkmenistan",
                )
            ],
        ),
        (
            "The Kazakh side was represented by Vice Minister of Energy Yerlan Sadykov.",
            [("Yerlan Sadykov", "Vice Minister of Energy", "Kazakhstan")],
        ),
    ],
)
def test_find_people_reads_two_offices_joined_by_a_dash_or_comma_and_the_side_represented(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """ "Deputy Prime Minister – Minister of X Name": both offices; the country between them
    is left out of the title; "the Kazakh side was represented by X": X is Kazakh."""
    assert people_of(text) == expected


def test_parse_brief_reads_the_office_after_a_royal_rank_and_the_royal_role() -> None:
    """ "His Royal Highness Prince X, Crown Prince and Prime Minister,": the office after the
    name, not the rank; "the Crown Prince said" is him."""
    brief = parse_brief(
        "MANAMA, Nov. 3 (BNA) -- His Royal Highness Prince Faisal bin Saad Al Khalifa, Crown "
        "Prince and Prime Minister, received Uzbek Foreign Minister Anvar Karimov.\n\n"
        '"Our ties are strong," HRH the Crown Prince said.',
        brief_id="b",
    )
    assert [(p.name, p.title, p.country) for p in brief.people] == [
        ("Faisal bin Saad Al Khalifa", "Crown Prince and Prime Minister", "Bahrain"),
        ("Anvar Karimov", "Foreign Minister", "Uzbekistan"),
    ]
    assert [q.speaker for q in brief.quotes] == ["Faisal bin Saad Al Khalifa"]


def test_parse_brief_resolves_the_amir_to_the_amir_named_before() -> None:
    """ "the Amir said" is the Amir named before, not the guest."""
    brief = parse_brief(
        "DOHA, Nov. 3 (QNA) -- Amir of the State of Qatar His Highness Sheikh Jassim bin Ali Al "
        "Thani received Kazakh President Nurlan Abenov.\n\n"
        '"We welcome investment," the Amir said.',
        brief_id="q",
    )
    assert [(p.name, p.title, p.country) for p in brief.people] == [
        ("Jassim bin Ali Al Thani", "Amir", "Qatar"),
        ("Nurlan Abenov", "President", "Kazakhstan"),
    ]
    assert [q.speaker for q in brief.quotes] == ["Jassim bin Ali Al Thani"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "President of Uzbekistan Sh.Mirzaev received the delegation.",
            [("Sh.Mirzaev", "President", "Uzbekistan")],
        ),
        (
            "He met Minister of Foreign Affairs of Japan T. Iwase.",
            [("T. Iwase", "Minister of Foreign Affairs", "Japan")],
        ),
        (
            "He met Ambassador of Japan Mr. Kenji Sato.",
            [("Kenji Sato", "Ambassador", "Japan")],
        ),
        (
            "He met Vice President of Ghana K. B. Mensah.",
            [("K. B. Mensah", "Vice President", "Ghana")],
        ),
    ],
)
def test_find_people_reads_an_initial_before_the_surname(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """ "Sh.Mirzaev", "T. Iwase": an initial (one letter, or a digraph such as "Sh") with its
    period opens the name; "Mr." is no initial."""
    assert people_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dubai Ports Group CEO Ahmed Saeed Al Falasi said so.",
            [("Ahmed Saeed Al Falasi", "CEO", None)],
        ),
        # A name right after a country's name with no office is a company's.
        ("He said that Kazakhstan Temir Zholy will build the line.", []),
    ],
)
def test_find_people_reads_three_arabic_names_after_a_title_and_no_company_as_a_person(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """ "CEO A B Al C": three names and an article after the office; "Kazakhstan Temir
    Zholy will" is a company, not a person."""
    assert people_of(text) == expected


def test_find_people_does_not_read_a_vietnamese_middle_name_as_a_first_surname() -> None:
    """ "Minister Minh" after "Pham Minh Chinh" is not him: a Vietnamese middle name is no
    surname (unlike "Ambassador Ortega" after "Luis Ortega Salinas")."""
    people, _ = find_people("Prime Minister Pham Minh Chinh arrived. Minister Minh said so.")
    assert [(p.name, p.title) for p in people] == [
        ("Pham Minh Chinh", "Prime Minister"),
        ("Minh", "Minister"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lao President Bounmy Keola arrived.",
            [("Bounmy Keola", "President", "Laos")],
        ),
        (
            "Prime Minister of the Socialist Republic of Vietnam Tran Van Long arrived.",
            [("Tran Van Long", "Prime Minister", "Vietnam")],
        ),
        (
            "Ecuadorian Foreign Minister Maria Cevallos arrived.",
            [("Maria Cevallos", "Foreign Minister", "Ecuador")],
        ),
    ],
)
def test_find_people_knows_more_demonyms_and_official_names(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """Demonyms and official names beyond pycountry's ("Lao", "Socialist Republic of
    Vietnam", "Ecuadorian") give the country and leave the title bare."""
    assert people_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chinese Vice Premier He Jianping met the guests. He said trade grew.",
            [("He Jianping", "Vice Premier", "China")],
        ),
        (
            "Ambassador-at-large of the Ministry of Foreign Affairs Yerlan Sadykov met them.",
            [("Yerlan Sadykov", "Ambassador-at-large of the Ministry of Foreign Affairs", None)],
        ),
        (
            "Special Envoy of the Secretary-General for Afghanistan Roza Temirova met them.",
            [("Roza Temirova", "Special Envoy of the Secretary-General for Afghanistan", None)],
        ),
    ],
)
def test_find_people_reads_he_as_a_surname_hyphenated_offices_and_envoys_for_a_country(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """ "Vice Premier He X": "He" is a Chinese surname after an office; "Ambassador-at-large"
    is an office; an envoy "for Afghanistan" is not Afghan."""
    assert people_of(text) == expected


def test_parse_brief_links_a_korean_family_name_to_the_three_word_name() -> None:
    """ "Lee" after "President Lee Jae Sung" is him: a Korean family name comes first."""
    brief = parse_brief(
        "SEOUL, Nov. 5 (Yonhap) -- President Lee Jae Sung held talks with Kazakh President "
        'Nurlan Abenov.\n\n"We are partners," Lee said.',
        brief_id="y",
    )
    assert [(q.speaker, q.text) for q in brief.quotes] == [("Lee Jae Sung", "We are partners")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He met President Abenov of Kazakhstan and Prime Minister Rahul Mehta.",
            [("Abenov", "President", "Kazakhstan"), ("Rahul Mehta", "Prime Minister", None)],
        ),
        (
            "He met Foreign Minister Lars Berg of Norway and Prime Minister Rahul Mehta.",
            [
                ("Lars Berg", "Foreign Minister", "Norway"),
                ("Rahul Mehta", "Prime Minister", None),
            ],
        ),
    ],
)
def test_find_people_gives_the_country_after_a_name_to_that_name_only(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """ "X of Kazakhstan and Prime Minister Y": Kazakhstan is X's, not Y's."""
    assert people_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He met acting Minister of Public Works Mawlawi Abdul Karim Nazari.",
            [("Abdul Karim Nazari", "acting Minister of Public Works", None)],
        ),
        (
            "He called on Vice President Shri Anil Deshpande.",
            [("Anil Deshpande", "Vice President", None)],
        ),
    ],
)
def test_find_people_leaves_out_south_asian_styles_and_keeps_abdul_names(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """ "Shri X", "Mawlawi X": a style of address, in neither name nor office; "Abdul Karim"
    is one given name."""
    assert people_of(text) == expected


def test_parse_brief_links_a_title_and_korean_family_name_to_the_full_name() -> None:
    """ "First Vice Minister Kim" after "First Vice Minister Kim Min-jun" is him."""
    brief = parse_brief(
        "1. First Vice Minister of Foreign Affairs Kim Min-jun attended the forum in Seoul.\n\n"
        '2. First Vice Minister Kim said, "Central Asia is a key partner."',
        brief_id="k",
    )
    assert [p.name for p in brief.people] == ["Kim Min-jun"]
    assert [q.speaker for q in brief.quotes] == ["Kim Min-jun"]


def test_country_of_agency_knows_the_associated_press_of_pakistan() -> None:
    """APP is Pakistan's state news agency."""
    assert country_of_agency("APP") == "Pakistan"


@pytest.mark.parametrize(
    ("url", "country"),
    [
        ("https://www.mofa.go.kr/eng/brd/view.do?seq=1", "South Korea"),
        ("https://www.gov.uk/government/news/x", "United Kingdom"),
        ("https://www.gov.kz/memleket/entities/mfa", "Kazakhstan"),
        ("https://www.example.gov/briefing-room/readout", "United States"),
        ("https://www.example.com/news", None),
        ("https://news.example.io/x", None),
        ("not an address", None),
        ("https://www.example.co[m/a-mistyped-address", None),
    ],
)
def test_country_of_url_reads_the_country_code_domain(url: str, country: str | None) -> None:
    """A country-code domain names its country, ".gov" the United States (its government's
    alone); generic and vanity domains name none."""
    assert country_of_url(url) == country


def test_a_region_named_after_a_continent_is_no_country_of_the_brief() -> None:
    body = (
        "ASTANA – Kazakhstan will open trade houses in Latin America and in Spain, the "
        "ministry said. Latin American markets are growing."
    )
    assert parse_brief(f"date 2024-03-06\n{body}\n", brief_id="r").countries == (
        "Kazakhstan",
        "Spain",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "RIVERTON, Norway\n\nSwedish Minister of Trade Anna Lindqvist met guests.",
            [("Anna Lindqvist", "Minister of Trade", "Sweden")],
        ),
        (
            "Press Office Notice\n\nMinister for Culture Dr Mirela Costa opened the fair.",
            [("Mirela Costa", "Minister for Culture", None)],
        ),
    ],
)
def test_find_people_reads_no_title_or_country_over_a_line_end(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """A place line above the lead or a heading is no part of the first person's title."""
    assert people_of(text) == expected


@pytest.mark.parametrize(
    ("agency", "country"),
    [
        ("VNA", "Vietnam"),
        ("Vietnam News Agency", "Vietnam"),
        ("Jiji Press", "Japan"),
        ("Press Trust of India", "India"),
        ("dpa", "Germany"),
        ("Qazinform", "Kazakhstan"),
        ("ONA", "Oman"),
        ("Reuters", None),
    ],
)
def test_country_of_agency_knows_national_news_agencies(agency: str, country: str | None) -> None:
    """A national news agency says its country; an international one none."""
    assert country_of_agency(agency) == country


def test_parse_brief_gives_an_unqualified_official_the_agency_country() -> None:
    """ "CITY (VNA) – Deputy Prime Minister X": the Vietnamese agency's own official."""
    brief = parse_brief(
        "Ottawa (VNA) – Deputy Prime Minister Pham Van Tam held talks with officials on Monday.",
        brief_id="v",
    )
    assert [(p.name, p.country) for p in brief.people] == [("Pham Van Tam", "Vietnam")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Deputy Prime Minister Le Van Tam held talks.",
            [("Le Van Tam", "Deputy Prime Minister", None)],
        ),
        (
            "Foreign Minister Jean-Yves Le Drian spoke.",
            [("Jean-Yves Le Drian", "Foreign Minister", None)],
        ),
    ],
)
def test_find_people_reads_le_as_a_vietnamese_surname_before_two_names(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """ "Le Van Tam" is a Vietnamese name, not the particle "le" before it."""
    assert people_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Khokim of Samarkand region Bahodir Umarov signed it.",
            [("Bahodir Umarov", "Khokim of Samarkand region", "Uzbekistan")],
        ),
        (
            "Mayor of New Delhi Ravi Sharma spoke.",
            [("Ravi Sharma", "Mayor of New Delhi", "India")],
        ),
        (
            "Governor of the Osh Province Talant Beishenov said so.",
            [("Talant Beishenov", "Governor of the Osh Province", "Kyrgyzstan")],
        ),
        (
            "Ambassador of Kazakhstan to Tokyo Arman Beisen spoke.",
            [("Arman Beisen", "Ambassador to Tokyo", "Kazakhstan")],
        ),
    ],
)
def test_find_people_gives_a_city_office_the_city_country(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """The office of a city or its region ("Khokim of Samarkand region") is that country's;
    a city the person is sent to says nothing."""
    assert people_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It signed with Norway's NordAgro Holding. NordAgro CEO Lars Berg said so.",
            [("Lars Berg", "CEO", "Norway")],
        ),
        (
            "It was signed by Norway's state-owned copper producer Fjellmet. "
            "Fjellmet chief executive Lars Berg said so.",
            [("Lars Berg", "chief executive", "Norway")],
        ),
        (
            "It was signed by Acme's partner Fjellmet. Fjellmet chief executive Lars Berg said.",
            [("Lars Berg", "chief executive", None)],
        ),
    ],
)
def test_find_people_gives_a_company_officer_the_country_the_text_gives_the_company(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """ "Norway's X Holding", "Norway's copper producer X": X's officers are Norway's."""
    assert people_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He paid a courtesy call on President Ruslan Omarov in Tashkent on Monday.",
            [("Ruslan Omarov", "President", "Uzbekistan")],
        ),
        (
            "She was received by Prime Minister Omarov in Baku.",
            [("Omarov", "Prime Minister", "Azerbaijan")],
        ),
        (
            "He met with President Ruslan Omarov in Tashkent on Monday.",
            [("Ruslan Omarov", "President", None)],
        ),
    ],
)
def test_find_people_gives_the_one_called_on_in_a_city_that_city_country(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """Who is called on (or receives) in a city is its host; who is met there may be a
    visitor, so "met with" says nothing."""
    assert people_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He received Ambassador of the Czech Republic Jan Dvorak in Almaty on Jan 5.",
            [("Jan Dvorak", "Ambassador", "Czech Republic")],
        ),
        (
            "MINSK, Jan 5 (BelTA) President Alexei Petrov said so.",
            [("Alexei Petrov", "President", None)],
        ),
        (
            "Akim of East Kazakhstan region Yerlan Sadykov received guests.",
            [("Yerlan Sadykov", "Akim of East Kazakhstan region", "Kazakhstan")],
        ),
    ],
)
def test_find_people_reads_jan_as_a_given_name_and_keeps_a_region_named_after_a_country(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """ "Jan" before a surname is a given name (before a number, a month); "East Kazakhstan
    region" keeps its country word in the title."""
    assert people_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It was signed by the Danish shipping company Nordlys, which will build a depot. "
            "Its CEO Henrik Dahl said so.",
            [("Henrik Dahl", "CEO", "Denmark")],
        ),
        (
            "The Danish company Nordlys and the bank Fjord signed. Its CEO Henrik Dahl spoke.",
            [("Henrik Dahl", "CEO", None)],
        ),
    ],
)
def test_find_people_gives_its_officer_the_country_of_the_company_named_last(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """ "Its CEO" is the officer of the company named last, whose country the text gives."""
    assert people_of(text) == expected


def test_find_people_reads_the_whole_name_after_sheikh_and_links_sheikh_and_given_name() -> None:
    """ "Sheikh Faisal Hamad Al-Rashid Al-Sabah" is all name after the style; a later
    "Sheikh Faisal" is that person, not a new one."""
    text = (
        "The talks were attended by Oil Minister Sheikh Faisal Hamad Al-Rashid Al-Sabah. "
        "Later, Sheikh Faisal and Omarov signed a deal."
    )
    people, _ = find_people(text)
    assert [(p.name, p.title, len(p.mentions)) for p in people] == [
        ("Faisal Hamad Al-Rashid Al-Sabah", "Oil Minister", 2)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It was attended by Vice Chairman of the Sichuan provincial government Zhao Lin.",
            [("Zhao Lin", "Vice Chairman of the Sichuan provincial government", "China")],
        ),
        ("It was signed with the company Hanseong Materials.", []),
    ],
)
def test_find_people_reads_an_office_of_a_government_that_ends_at_the_name(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """ "... of the X provincial government Zhao Lin": the office runs up to the name, and is
    the province's country's; after "the company" a name is the company's."""
    assert people_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At a meeting with the Chairman of Vietnam’s National Assembly, Nguyen Thanh Long, "
            "the guest spoke.",
            [("Nguyen Thanh Long", "Chairman of the National Assembly", "Vietnam")],
        ),
        ("The forum opened in San Marco, Kazinform correspondent reports.", []),
    ],
)
def test_find_people_reads_a_vietnamese_name_whole_and_no_place_after_in_as_a_person(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """A Vietnamese surname opens a three-word name; a place after "in" followed by a
    reporter's credit is no person."""
    assert people_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "External Affairs Minister Arvind Rao met guests.",
            [("Arvind Rao", "External Affairs Minister", "India")],
        ),
        (
            "Union External Affairs Minister Arun Vohra met guests.",
            [("Arun Vohra", "Union External Affairs Minister", "India")],
        ),
        ("State Councilor Zhang Wei met guests.", [("Zhang Wei", "State Councilor", "China")]),
        (
            "Chief Cabinet Secretary Taro Sato said so.",
            [("Taro Sato", "Chief Cabinet Secretary", "Japan")],
        ),
        (
            "Secretary of State Daniel Moss met guests.",
            [("Daniel Moss", "Secretary of State", None)],
        ),
    ],
)
def test_find_people_gives_an_office_only_one_country_has_that_country(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """Offices one country alone has under that name say the country; "Secretary of State"
    (several countries) says none."""
    assert people_of(text) == expected


def test_find_people_reads_a_surname_in_capitals_after_mr_and_links_it_later() -> None:
    """ "Mr. TANAKA Hiroshi, Minister for Foreign Affairs of Japan," is one person, whom a
    later "Minister Tanaka" names again."""
    text = (
        "On May 2, Mr. TANAKA Hiroshi, Minister for Foreign Affairs of Japan, held a meeting. "
        "At the outset, Minister Tanaka welcomed the guests. Mr. NATO Kenji said."
    )
    people, _ = find_people(text)
    assert [(p.name, p.title, p.country, len(p.mentions)) for p in people] == [
        ("TANAKA Hiroshi", "Minister for Foreign Affairs", "Japan", 2)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dhaka, Nov 3 (PTI) Union Textiles Minister Ravi Menon on Tuesday held talks.",
            [("Ravi Menon", "Union Textiles Minister", None)],
        ),
        (
            "Secretary (West) of the Ministry of External Affairs Meera Das spoke.",
            [("Meera Das", "Secretary (West) of the Ministry of External Affairs", None)],
        ),
    ],
)
def test_find_people_reads_no_agency_credit_into_a_title(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """A dateline's "(PTI)" before a title is no aside of the title; "(West)" after an
    office is; "Union Minister" keeps its "Union"."""
    assert people_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Senate Chairman Arman Duisen received the delegation.",
            [("Arman Duisen", "Senate Chairman", None)],
        ),
        (
            "Mazhilis Speaker Yerlan Tokpayev spoke.",
            [("Yerlan Tokpayev", "Mazhilis Speaker", "Kazakhstan")],
        ),
        (
            "In Parliament, Speaker Ivan Petrov spoke.",
            [("Ivan Petrov", "Speaker", None)],
        ),
    ],
)
def test_find_people_keeps_the_chamber_that_opens_a_title(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """ "Senate Chairman", "Mazhilis Speaker": the chamber is part of the office (and a
    chamber with its own name says its country)."""
    assert people_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kazakh PM Arman Serikov met guests.",
            [("Arman Serikov", "Prime Minister", "Kazakhstan")],
        ),
        (
            "Vietnamese Deputy PM Pham Hong Son met him.",
            [("Pham Hong Son", "Deputy Prime Minister", "Vietnam")],
        ),
    ],
)
def test_find_people_reads_pm_as_prime_minister(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """ "PM" in an office is "Prime Minister"."""
    assert people_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Head of the Turkmen state Dovlet Annayev said so.",
            [("Dovlet Annayev", "Head of the state", "Turkmenistan")],
        ),
        ("It was signed by the Kazakh state Samruk Kazyna said.", []),
    ],
)
def test_find_people_reads_the_head_of_a_named_state_before_the_name(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """ "Head of the Turkmen state X": the office ends at the name; "the Kazakh state X"
    with no office is a state body."""
    assert people_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Omar Haddad, Jordan Airways Group Chief Executive, said so.",
            [("Omar Haddad", "Jordan Airways Group Chief Executive", "Jordan")],
        ),
        (
            "Omar Haddad, Jordan Airways Group, said so.",
            [],
        ),
        (
            "Russia Energy Minister Ivan Petrov said so.",
            [("Ivan Petrov", "Energy Minister", "Russia")],
        ),
    ],
)
def test_find_people_reads_an_office_of_a_company_named_after_a_country(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """An office after a capitalised company name follows the name in apposition; a company
    named after a country keeps its name in the office (and says the country)."""
    assert people_of(text) == expected


def test_find_people_ends_a_two_letter_name_at_a_full_stop() -> None:
    """ "Zhang Yu. The Chinese minister ...": "Yu." ends the sentence, it is no initial; the
    role after it names that person."""
    text = (
        "Kazakh Foreign Minister Arman Serikov met Chinese Foreign Minister Zhang Yu. "
        "The Chinese minister said trade grew."
    )
    people, _ = find_people(text)
    assert [(p.name, p.country, [text[a:b] for a, b in p.mentions]) for p in people] == [
        ("Arman Serikov", "Kazakhstan", ["Arman Serikov"]),
        ("Zhang Yu", "China", ["Zhang Yu", "The Chinese minister"]),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Foreign Ministers Arman Serikov and Dilshod Karimov met in Bishkek.",
            [
                ("Arman Serikov", "Foreign Minister", None),
                ("Dilshod Karimov", "Foreign Minister", None),
            ],
        ),
        (
            "The Kazakh and Uzbek Presidents Arman Serikov and Dilshod Karimov met.",
            [
                ("Arman Serikov", "President", "Kazakhstan"),
                ("Dilshod Karimov", "President", "Uzbekistan"),
            ],
        ),
        (
            "Deputy Chairman of the Cabinet of Ministers of the Kyrgyz Republic Talant Usenov "
            "and Deputy Prime Minister of Belarus Ivan Lutsenko met.",
            [
                ("Talant Usenov", "Deputy Chairman of the Cabinet of Ministers", "Kyrgyzstan"),
                ("Ivan Lutsenko", "Deputy Prime Minister", "Belarus"),
            ],
        ),
    ],
)
def test_find_people_gives_a_plural_office_to_both_names_after_it(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """ "Foreign Ministers X and Y": each holds the office, in the singular; "the Kazakh and
    Uzbek Presidents X and Y" pairs the countries in order; "Cabinet of Ministers" stays."""
    assert people_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He met Afghan Foreign Minister Amir Jan Sadiqi.",
            [("Amir Jan Sadiqi", "Foreign Minister", "Afghanistan")],
        ),
        (
            "Dr. Amir Reza Tehrani, Vice President of Iran, arrived.",
            [("Amir Reza Tehrani", "Vice President", "Iran")],
        ),
        (
            "Sultan of Oman Khalid bin Tarik arrived.",
            [("Khalid bin Tarik", "Sultan", "Oman")],
        ),
        (
            "Kuwait's Minister of State for Youth Affairs Sultan bin Fahad Al-Mutairi arrived.",
            [("Sultan bin Fahad Al-Mutairi", "Minister of State for Youth Affairs", "Kuwait")],
        ),
        (
            "Sultan bin Nasser Al-Harthy, the Deputy Minister of Energy, arrived.",
            [("Sultan bin Nasser Al-Harthy", "Deputy Minister of Energy", None)],
        ),
    ],
)
def test_find_people_reads_amir_and_sultan_after_an_office_as_given_names(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """ "Amir"/"Sultan" right after an office, a country or "Dr." and before two names is a
    given name, and so is one right before "bin" whatever comes before it (an office's field,
    nothing); before "of" it is the office."""
    assert people_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chargé d'Affaires of the Italian Embassy Paola Ricci said.",
            [("Paola Ricci", "Chargé d'Affaires of the Embassy", "Italy")],
        ),
        (
            "Charge d'Affaires a.i. of Norway Lars Berg said.",
            [("Lars Berg", "Charge d'Affaires a.i.", "Norway")],
        ),
    ],
)
def test_find_people_reads_a_charge_d_affaires(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """ "Chargé d'Affaires (a.i.) of X": the lower-case "d'" and "a.i." are part of the office."""
    assert people_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Akim of Mangystau region Serik Abenov said.",
            [("Serik Abenov", "Akim of Mangystau region", "Kazakhstan")],
        ),
        (
            "Governor of Issyk-Kul region Talant Usenov said.",
            [("Talant Usenov", "Governor of Issyk-Kul region", "Kyrgyzstan")],
        ),
        (
            "He then met Governor of Hokkaido Prefecture Ryota Minami.",
            [("Ryota Minami", "Governor of Hokkaido Prefecture", "Japan")],
        ),
    ],
)
def test_find_people_gives_an_office_of_a_region_its_country(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """The office of a Central Asian region ("Akim of Mangystau region") says its country."""
    assert people_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Taiwanese Minister of Economy Lin Wen-hao spoke.",
            [("Lin Wen-hao", "Minister of Economy", "Taiwan")],
        ),
        (
            "New Zealander Minister of Trade Tom Walker spoke.",
            [("Tom Walker", "Minister of Trade", "New Zealand")],
        ),
        (
            "Panamanian President Luis Ortega spoke.",
            [("Luis Ortega", "President", "Panama")],
        ),
    ],
)
def test_find_people_knows_the_demonyms_of_smaller_countries(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """Demonyms of smaller and farther countries say the country too."""
    assert people_of(text) == expected


def test_find_people_reads_the_deputy_pm_as_a_role_of_the_deputy_prime_minister() -> None:
    """ "The Vietnamese Deputy PM" names the Deputy Prime Minister named before (and says
    whose); "the PM" fits no deputy."""
    text = (
        "Deputy Prime Minister Pham Van Tam met Kazakh First Deputy Prime Minister Arman "
        "Serikov. "
        "The Vietnamese Deputy PM suggested trade. The PM said so."
    )
    people, _ = find_people(text)
    assert [(p.name, p.country, [text[a:b] for a, b in p.mentions]) for p in people] == [
        ("Pham Van Tam", "Vietnam", ["Pham Van Tam", "The Vietnamese Deputy PM"]),
        ("Arman Serikov", "Kazakhstan", ["Arman Serikov"]),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A consortium led by Norway's Fjordkraft Energi will build it. "
            "The consortium's chief executive, Kari Lunde, said so.",
            [("Kari Lunde", "chief executive", "Norway")],
        ),
        (
            "Norway's Energy Minister Ola Berg said so. "
            "The company's chief executive, Kari Lunde, said so.",
            [("Ola Berg", "Energy Minister", "Norway"), ("Kari Lunde", "chief executive", None)],
        ),
    ],
)
def test_find_people_gives_the_company_s_officer_the_country_of_the_company_named_last(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """ "The consortium's chief executive" is the officer of the company named last, whose
    country the text gives ("Norway's Fjordkraft Energi"); a minister is no company."""
    assert people_of(text) == expected


def test_find_people_reads_a_list_of_fields_in_an_office_after_the_name() -> None:
    """ "X, Minister of Commerce, Industry and Investment Promotion, and Y": the commas
    inside the list of fields do not end the office."""
    text = (
        "Dr. Salim bin Rashid Al Harthy, Minister of Commerce, Industry and Investment "
        "Promotion, and his guest co-chaired the session."
    )
    assert people_of(text) == [
        (
            "Salim bin Rashid Al Harthy",
            "Minister of Commerce, Industry and Investment Promotion",
            None,
        )
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Minister-President of Bavaria Karl Huber met him.",
            [("Karl Huber", "Minister-President of Bavaria", "Germany")],
        ),
        (
            "Governor of Sichuan Province Zhao Lin met him.",
            [("Zhao Lin", "Governor of Sichuan Province", "China")],
        ),
        (
            "Governor of the North Region Paul Mbeki met him.",
            [("Paul Mbeki", "Governor of the North Region", None)],
        ),
        (
            "Governor of Zabaykalsky Krai Ivan Petrov met him.",
            [("Ivan Petrov", "Governor of Zabaykalsky Krai", "Russia")],
        ),
        (
            "Governor of Jeju State Park Min-jun met him.",
            [("Park Min-jun", "Governor of Jeju State", "South Korea")],
        ),
        (
            "Chairman of the Guangxi Zhuang Autonomous Regional Government Li Wei met him.",
            [
                (
                    "Li Wei",
                    "Chairman of the Guangxi Zhuang Autonomous Regional Government",
                    "China",
                )
            ],
        ),
        (
            "Rais of Velmora Aldo Varga met him.",
            [("Aldo Varga", "Rais of Velmora", None)],
        ),
    ],
)
def test_find_people_gives_an_office_of_a_first_level_region_its_country(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """The office of a state, province, krai or Land ("Minister-President of Bavaria"), or of
    a region's own government, is that country's; a region named by a compass point says
    nothing; "Rais" (head of a republic) is a title of office."""
    assert people_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The President also received Grand Imam of Al-Azhar Omar Farouk, who spoke.",
            [("Omar Farouk", "Grand Imam of Al-Azhar", None)],
        ),
        (
            "Supreme Mufti of Kazakhstan Serik Abenov said so.",
            [("Serik Abenov", "Supreme Mufti", "Kazakhstan")],
        ),
    ],
)
def test_find_people_reads_religious_offices(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """A Grand Imam or a Supreme Mufti holds an office like any other."""
    assert people_of(text) == expected


@pytest.mark.parametrize(
    ("phrase", "ends_style"),
    [
        ("Deputy Foreign Minister", False),
        ("President of the Republic", False),
        ("Minister H.E.", True),
        ("Ambassador H. E", True),
        ("HisHighness", True),
        ("Dato' Seri", True),
        ("Dato'", True),
        ("Governor Sheikha", True),
    ],
)
def test_the_style_gate_passes_every_phrase_that_ends_in_a_style(
    phrase: str, ends_style: bool
) -> None:
    """The cheap test before the style regex says yes wherever the regex can match a style
    that ends at the phrase's last token, and no on an office that ends in a plain word."""
    from bot.parser.people import _STYLE_ONLY, _may_end_style, tokenize

    tokens = tokenize(phrase)
    matched = any(_STYLE_ONLY.fullmatch(phrase, token.start, tokens[-1].end) for token in tokens)
    assert matched == ends_style
    assert _may_end_style(tokens[-1].text) == ends_style


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The deal was signed with Norway's state-owned lender Fjordvik Bank. Fjordvik "
            "Chief Executive Ola Brekke said the loan would follow.",
            [("Ola Brekke", "Chief Executive", "Norway")],
        ),
        (
            "Ministers met executives of Brazil's Tupana Holding. Tupana Chairman Joao "
            "Ferreira Lima said the plant would open.",
            [("Joao Ferreira Lima", "Chairman", "Brazil")],
        ),
        (
            "Officials of the Fjordvik company spoke. Fjordvik Chief Executive Ola Brekke "
            "said the loan would follow.",
            [("Ola Brekke", "Chief Executive", None)],
        ),
    ],
)
def test_a_company_officer_takes_the_country_given_the_company(
    body: str, expected: list[tuple[str, str, str | None]]
) -> None:
    """An officer named after the company's name takes the country the text gives that
    company ("Norway's lender X", "Brazil's X Holding"), and none when it gives none."""
    people, _ = find_people(body)
    assert [(p.name, p.title, p.country) for p in people] == expected


def _fields(token: Token) -> tuple[str, int, int, bool, bool, str]:
    """A token's fields in order: text, start, end, capitalised, possessive, bare."""
    return (token.text, token.start, token.end, token.cap, token.possessive, token.bare)


def _pattern_tokens(text: str) -> list[tuple[str, int, int, bool, bool, str]]:
    """The tokens TOKEN finds reading the whole text, capitalised when the first letter is a
    capital or an Arabic article opens the word ("al-Sabah"), possessive ones bared."""
    from bot.parser.people import _ARABIC_ARTICLE
    from bot.parser.text import TOKEN, UPPER

    found = []
    for match in TOKEN.finditer(text):
        word = match.group()
        cap = word[0] in UPPER or _ARABIC_ARTICLE.match(word) is not None
        possessive = cap and word.endswith(("’s", "'s"))
        bare = word[:-2] if possessive else word
        found.append((word, match.start(), match.end(), cap, possessive, bare))
    return found


@pytest.mark.parametrize(
    "text",
    [
        "ASTANA – President Kassym-Jomart Tokayev said, “China’s share is 2.5%.”\n\nLi Qiang",
        "the U.S. and E.U.-based al-Sabah met Dr. O'Neil; x_y _a b_ __  two  spaces ",
        "word.\nWord,\tWord\u00a0word\u2003end. A. B.C. ab- -cd a--b ’s 'x' É Ǆemal ßa",
        "",
        " ",
        "\n\n",
        "said,”",
        "Kazakhstan’s’ (PTI) $40bn",
    ],
)
def test_tokens_are_those_the_token_pattern_finds_in_the_whole_text(text: str) -> None:
    """The tokenizer splits at blanks before it reads pieces; the tokens (text, offsets,
    capitalised, possessive) are still those TOKEN finds reading the whole text."""
    from bot.parser.people import _tokenize

    tokens, capitals = _tokenize(text)
    assert [_fields(t) for t in tokens] == _pattern_tokens(text)
    assert capitals == [i for i, t in enumerate(tokens) if t.cap]


_TOKEN_PIECES = [
    "the", "President", "al-Sabah", "Tokayev’s", "people's", "U.S.", "A.", "2.5", "x_y", "_",
    "said", ",", ".", "“", "”", "-", "–", "’", "'", "(", ")", "É", "ǅemal", "ß", "Ω", "1,000",
]  # fmt: skip
_TOKEN_GLUE = ["", " ", "  ", "\n", "\n\n", "\t", "\u00a0", "_", " \n "]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from(_TOKEN_PIECES), st.sampled_from(_TOKEN_GLUE)), max_size=20)
)
def test_tokens_on_any_text_are_those_the_token_pattern_finds(
    parts: list[tuple[str, str]],
) -> None:
    """On any text of words, marks, underscores and blanks of every kind: the same tokens
    as the pattern's own reading of the whole text."""
    from bot.parser.people import _tokenize

    text = "".join(piece + glue for piece, glue in parts)
    tokens, capitals = _tokenize(text)
    assert [_fields(t) for t in tokens] == _pattern_tokens(text)
    assert capitals == [i for i, t in enumerate(tokens) if t.cap]


_SENTENCE_PIECES = [
    "A", "b", "Cd", ".", "!", "?", ",", "-", "É", "_", "“", "’s", "A.B.", "al-Sabah", "2",
]  # fmt: skip
_SENTENCE_GLUE = ["", " ", "  ", "\n", "\n\n", "\t", "\u00a0", " \n ", "\r\n", "_ "]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(_SENTENCE_PIECES), st.sampled_from(_SENTENCE_GLUE)),
        max_size=20,
    )
)
def test_sentence_starts_are_where_the_plain_pattern_finds_them(
    parts: list[tuple[str, str]],
) -> None:
    """On any text of capitals, marks and blanks: the sentence starts are the ends of the
    plain pattern's matches (the text's start, a line's end, or an end mark and a blank,
    then blanks before a capital), in the same order."""
    from bot.parser.people import _sentence_starts, _tokenize

    text = "".join(piece + glue for piece, glue in parts)
    plain = re.compile(r"(?:^|\n|[.!?]\s)\s*(?=[A-Z])")
    assert _sentence_starts(text, *_tokenize(text)) == [
        match.end() for match in plain.finditer(text)
    ]


_HEAD_PIECES = [
    "Presidents", "MINISTERS", "ministers", "Ministers’", "chairmen", "akims", "envoy",
    "the", "of", "and", "Chile", ",", "İ", "x",
]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_HEAD_PIECES), max_size=60))
@example(["Ministers", *["of"] * 40])
def test_the_plural_office_before_a_name_is_the_last_within_forty_tokens(
    words: list[str],
) -> None:
    """Before each token: the last plural office ("Presidents", "MINISTERS") among the 40
    tokens before it, as a plain look at every token's lower case tells, or -1."""
    from bot.parser.people import _PLURAL_HEADS, PeopleFinder

    finder = PeopleFinder(" ".join(words), None)
    tokens = finder.tokens
    for i in reversed(range(len(tokens) + 1)):
        heads = [j for j in range(max(0, i - 40), i) if tokens[j].text.lower() in _PLURAL_HEADS]
        assert finder._plural_head_before(i) == (heads[-1] if heads else -1)


_VISIT_PHRASES = [
    "arrived in Rome on an official visit", "is in New York for a two-day state visit",
    "was\nin the Hague on a\tvisit", "arrives  in Oslo for a visit", "This is in Rome on a visit",
    "xis in Rome on a visit", "is in", "in Rome", "on a visit", "was in Paris is in Rome",
    "Minister", ",", ".", "visits", "in-depth", "\u00a0", "\n",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_VISIT_PHRASES), st.sampled_from(_SENTENCE_GLUE))))
def test_visits_under_way_are_where_the_plain_pattern_finds_them(
    parts: list[tuple[str, str]],
) -> None:
    """On any text of such phrases and blanks: the visits under way ("who is in X on a
    visit"), looked for only at the verb before an "in", are those the pattern finds
    reading the whole text, in the same order."""
    from bot.parser.people import _ARRIVED_ON_VISIT, _arrived_on_visit

    text = "".join(piece + glue for piece, glue in parts)
    found = [(m.span(), m["place"]) for m in _arrived_on_visit(text)]
    assert found == [(m.span(), m["place"]) for m in _ARRIVED_ON_VISIT.finditer(text)]


_OWNER_PIECES = [
    "company", "bank", "megabank", "_bank", "2bank", "conglomerate", "'s", "’s", "s", "Nor",
    "Norgaz", "Norgaz-Oil", "-", ".", ",", "(",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from(_OWNER_PIECES), st.sampled_from(_SENTENCE_GLUE))),
    st.sampled_from(["Nor", "Norgaz", "Norgaz-Oil", "s"]),
)
def test_a_name_after_a_company_word_or_a_possessive_is_found_where_the_patterns_find_it(
    parts: list[tuple[str, str]], word: str
) -> None:
    """Whether a word stands after "company " (or another company word) or after "'s "
    is what the plain patterns tell: a match whose text after its blanks starts with it."""
    from bot.parser.people import (
        _EMPLOYER,
        _EMPLOYER_ENDING,
        _POSSESSIVE_ENDING,
        _after_blanks_after,
    )

    text = "".join(piece + glue for piece, glue in parts)
    employer = re.compile(_EMPLOYER + r"(?=(\S*))")
    possessive = re.compile(r"(?:’s|'s)\s+(?=(\S*))")
    for plain, ending in ((employer, _EMPLOYER_ENDING), (possessive, _POSSESSIVE_ENDING)):
        expected = any(after.startswith(word) for after in plain.findall(text))
        assert _after_blanks_after(text, word, ending) == expected


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=". \nab", max_size=16),
    st.integers(min_value=0, max_value=18),
    st.integers(min_value=0, max_value=18),
)
def test_the_sentence_around_a_span_ends_at_the_nearest_full_stop_or_line_end(
    text: str, start: int, size: int
) -> None:
    """The sentence around text[start:end] opens after the last ". " or line end before
    `start` and closes at the first after `end` (or the text's end)."""
    from bot.parser.people import _sentence_around

    end = start + size
    stop = text.rfind(". ", 0, start)
    first = max(stop + 2 if stop >= 0 else 0, text.rfind("\n", 0, start) + 1)
    ends = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    assert _sentence_around(text, start, end) == (first, min(ends, default=len(text)))


@pytest.mark.parametrize(
    "text",
    [
        "Minister Ali Demir announced that Nord Eximbank would open a credit line.",
        "He said that Vostok Agroinvest will finance the plant.",
        "Officials said Alta Neftprom has signed the contract.",
    ],
)
def test_find_people_takes_no_one_word_company_before_a_verb_for_a_person(text: str) -> None:
    """Two capitalised words before a verb are no person when one is a company's name
    ending in "bank", "invest" or "prom"."""
    assert [p for p in people_of(text) if p[1] is None] == []


def test_find_people_still_reads_an_untitled_name_before_a_verb() -> None:
    """An untitled two-word name before a verb stays a person."""
    assert people_of("Anna Berg said the bank would open a branch.") == [("Anna Berg", None, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He met with Chairman of the State Great Khural Bat Erdene.",
            [("Bat Erdene", "Chairman of the State Great Khural", "Mongolia")],
        ),
        (
            "Speaker of the Dewan Rakyat Anwar Salleh spoke.",
            [("Anwar Salleh", "Speaker of the Dewan Rakyat", "Malaysia")],
        ),
        (
            "He met Member of the Congress of Deputies Ana Ruiz.",
            [("Ana Ruiz", "Member of the Congress of Deputies", "Spain")],
        ),
    ],
)
def test_find_people_gives_a_member_of_a_named_legislature_its_country(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """A chamber whose own name only one country uses gives its officer that country."""
    assert people_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("King His Majesty Abdullah Rahim received the guests.", [("Abdullah Rahim", "King")]),
        ("Sultan His Majesty Haitham Said received him.", [("Haitham Said", "Sultan")]),
        ("His Majesty King Abdullah Rahim received the guests.", [("Abdullah Rahim", "King")]),
    ],
)
def test_find_people_leaves_his_majesty_out_of_the_office(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    """ "His Majesty" before or after a monarch's office is a style of address, not office."""
    assert [(name, title) for name, title, _ in people_of(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Saudi Minister of Energy Prince Faisal bin Nawaf met him.",
            [("Faisal bin Nawaf", "Minister of Energy", "Saudi Arabia")],
        ),
        ("Governor Prince Faisal bin Nawaf met him.", [("Faisal bin Nawaf", "Governor", None)]),
        (
            "Prime Minister and Crown Prince Faisal bin Nawaf met him.",
            [("Faisal bin Nawaf", "Prime Minister and Crown Prince", None)],
        ),
    ],
)
def test_find_people_leaves_a_royal_rank_right_after_the_office_out_of_it(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """ "Minister of Energy Prince X": the rank is neither office nor name; "Crown Prince"
    is an office and stays."""
    assert people_of(text) == expected


def test_find_people_leaves_a_style_and_a_royal_rank_out_of_the_office_before() -> None:
    """ "Crown Prince His Royal Highness Prince X": the office is "Crown Prince"."""
    assert people_of("Crown Prince His Royal Highness Prince Salman Fahad received him.") == [
        ("Salman Fahad", "Crown Prince", None)
    ]


def _mentioned_words(text: str) -> list[tuple[str, list[str]]]:
    people, _ = find_people(text)
    return [(p.name, [text[s:e] for s, e in p.mentions]) for p in people]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Minister of Trade of the United Mexican States Rosa Ortega Villalobos arrived.",
            [("Rosa Ortega Villalobos", "Minister of Trade", "Mexico")],
        ),
        (
            "President of the Kyrgyz Republic Almaz Bekovich Turgunov arrived.",
            [("Almaz Bekovich Turgunov", "President", "Kyrgyzstan")],
        ),
        (
            "Foreign Minister of Ecuador Ana María Ruiz Garcés arrived.",
            [("Ana María Ruiz Garcés", "Foreign Minister", "Ecuador")],
        ),
        (
            "Kenya's Cabinet Secretary for Trade and Industry Mary Wanjiku Otieno spoke.",
            [("Mary Wanjiku Otieno", "Cabinet Secretary for Trade and Industry", "Kenya")],
        ),
        (
            "He met Chairman of the Board of the firm Nordic Mining Equipment Karl Olsen.",
            [("Karl Olsen", "Chairman of the Board of the firm Nordic Mining Equipment", None)],
        ),
    ],
)
def test_find_people_reads_three_or_four_words_after_a_country_or_a_portfolio(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """A name of three (or four) words after a country's name or after a portfolio
    ("for Trade and Industry") is read whole, none of it taken into the office; a company's
    name before the name keeps its last word."""
    assert people_of(text) == expected


def test_find_people_links_the_first_of_two_surnames_to_the_full_name() -> None:
    """ "Secretary Ortega" and "Ortega said" stand for "Rosa Ortega Villalobos" (a Spanish
    double surname shortened to its first one), not for a new person."""
    text = (
        "Minister Pavel Sorin met Secretary of Economy Rosa Ortega Villalobos.\n\n"
        "Secretary Ortega noted the growth. Later Ortega said it would go on."
    )
    assert _mentioned_words(text) == [
        ("Pavel Sorin", ["Pavel Sorin"]),
        ("Rosa Ortega Villalobos", ["Rosa Ortega Villalobos", "Ortega", "Ortega"]),
    ]


def test_find_people_gives_no_one_the_first_surname_inside_another_name() -> None:
    """ "Luis Ortega", a name of its own (a person, whom the "who" clause tells of), is no
    mention of "Rosa Ortega Villalobos", and the later "Ortega" is his; a surname of someone
    else's is never taken for a first surname."""
    text = (
        "Secretary of Economy Rosa Ortega Villalobos met the banker Luis Ortega, who runs a "
        "fund. Minister Ana Villalobos also came. Ortega then left."
    )
    assert _mentioned_words(text) == [
        ("Rosa Ortega Villalobos", ["Rosa Ortega Villalobos"]),
        ("Luis Ortega", ["Luis Ortega", "Ortega"]),
        ("Ana Villalobos", ["Ana Villalobos"]),
    ]


def test_find_quotes_gives_a_quote_to_the_full_name_after_a_shortened_double_surname() -> None:
    """ "Secretary Ortega noted ... \u201c...,\u201d she said": the speaker is the one named."""
    text = (
        "Minister Pavel Sorin met Secretary of Economy Rosa Ortega Villalobos.\n\n"
        "Speaking to reporters, Secretary Ortega noted the growth.\n\n"
        "\u201cTrade will double,\u201d she said."
    )
    people, mentions = find_people(text)
    quotes = find_quotes(text, mentions)
    assert [(people[q.speaker].name if q.speaker is not None else None) for q in quotes] == [
        "Rosa Ortega Villalobos"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Asked about peace in the Middle East, the Saudi minister said it was near.",
        'Asked about shipping in the North Atlantic, the Norwegian minister said: "It is safe."',
    ],
)
def test_find_people_takes_no_place_after_the_for_the_one_named_after_it(text: str) -> None:
    """ "in the Western Balkans, the minister said": a name after "the" with no office
    before it is a place, not the minister."""
    assert people_of(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Deputy Minister of Trade Aliya Nurova received a business delegation of the "
            "Federation of Brazilian Exporters and Importers (FEBRA) led by its Vice President "
            "Paula Mendes.",
            [
                ("Aliya Nurova", "Deputy Minister of Trade", None),
                ("Paula Mendes", "Vice President", "Brazil"),
            ],
        ),
        (
            "A delegation of the Senate of Italy led by Senator Marco Bellini arrived.",
            [("Marco Bellini", "Senator", "Italy")],
        ),
        (
            "A delegation of the Kazakhstan and Uzbekistan chambers led by Chairman Aidos Serikov "
            "arrived.",
            [("Aidos Serikov", "Chairman", None)],
        ),
    ],
)
def test_find_people_gives_the_head_of_a_delegation_the_country_its_body_names(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """The head of "a delegation of <a body> (ACRONYM) led by (its) ..." is of the one country
    the body's name holds; a body named after two countries gives neither."""
    assert people_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "President of Chile Rosa Fuentes paid a state visit to Norway. The head of state "
            "met Speaker of the Storting Ola Dahl and received Governor of the Central Bank "
            "Kari Lund.",
            [
                ("Rosa Fuentes", "President", "Chile"),
                ("Ola Dahl", "Speaker of the Storting", "Norway"),
                ("Kari Lund", "Governor of the Central Bank", "Norway"),
            ],
        ),
        (
            "Minister Rosa Fuentes began an official visit to the Republic of Korea. She held "
            "talks with Minister of Trade Park Min-jun.",
            [
                ("Rosa Fuentes", "Minister", None),
                ("Park Min-jun", "Minister of Trade", "South Korea"),
            ],
        ),
    ],
)
def test_find_people_gives_whom_visitors_meet_the_country_visited(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """On a visit to one country, an official the visitors meet or receive with no country
    of their own is of the country visited."""
    assert people_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # two countries visited: neither
        "Minister Rosa Fuentes ended a visit to Norway and a visit to Sweden. She met "
        "Minister of Trade Ola Dahl.",
        # an envoy "to" the country visited is someone else's
        "Minister Rosa Fuentes began a visit to Norway. She met Ambassador to Norway Ola Dahl.",
        # not met on the visit
        "Minister Rosa Fuentes began a visit to Norway. Minister of Trade Ola Dahl said so.",
    ],
)
def test_find_people_gives_no_visited_country_where_the_visit_says_nothing(text: str) -> None:
    """No country visited is given when the text names two, when the office is "to" that
    country, or when the person is not the one met."""
    assert [country for _, _, country in people_of(text)] == [None, None]


def test_find_people_refers_a_role_both_hold_to_the_main_subject() -> None:
    """Of two Presidents, "the President" is the one the brief is about (named first), not
    the one named last; "the Chilean president" is the one Chilean President."""
    text = (
        "President of Peru Ana Rojas met President of Chile Luis Vidal in Lima.\n\n"
        "The President noted the growth of trade. The Chilean president agreed."
    )
    assert _mentioned_words(text) == [
        ("Ana Rojas", ["Ana Rojas", "The President"]),
        ("Luis Vidal", ["Luis Vidal", "The Chilean president"]),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chairman of the Senate Aigul Omarova received a delegation of the National "
            "Assembly of the Republic of Korea led by Deputy Speaker Kim Min-su. Kim conveyed "
            "greetings from Speaker of the National Assembly Lee Jun-ho.",
            ("Lee Jun-ho", "Speaker of the National Assembly", "South Korea"),
        ),
        (
            "Norway's Central Bank Council will meet on Friday. Governor Ola Dahl met Chairman "
            "of the Central Bank Council Kari Lund.",
            ("Kari Lund", "Chairman of the Central Bank Council", "Norway"),
        ),
        (
            # two countries' bodies of that name: neither
            "The National Assembly of Kenya and the National Assembly of Zambia met. Speaker "
            "of the National Assembly Mary Banda opened the session.",
            ("Mary Banda", "Speaker of the National Assembly", None),
        ),
    ],
)
def test_find_people_gives_an_office_of_a_body_the_country_the_text_gives_the_body(
    text: str, expected: tuple[str, str | None, str | None]
) -> None:
    """ "Speaker of the National Assembly" is of the one country the text names the
    National Assembly with elsewhere ("of the Republic of Korea", "Norway's")."""
    assert people_of(text)[-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "OSLO, May 3 (Reuters) - Norway has agreed with a group led by Chile's Andes Power "
            "to build a plant, Energy Minister Ola Dahl told reporters on Friday.",
            [("Ola Dahl", "Energy Minister", "Norway")],
        ),
        (
            "OSLO, May 3 (Reuters) - Prices rose. Finance Minister Kari Lund told reporters in "
            "Oslo that the budget held.",
            [("Kari Lund", "Finance Minister", "Norway")],
        ),
        (
            # a national agency's own minister abroad: left to the outlet's country
            "OSLO, May 3 (Kazinform) - Prices rose. Finance Minister Kari Lund told reporters "
            "in Oslo that the budget held. Norway has agreed to the deal, Energy Minister Ola "
            "Dahl said.",
            [("Kari Lund", "Finance Minister", None), ("Ola Dahl", "Energy Minister", None)],
        ),
        (
            # a company's office is no government's; no country is the subject
            "OSLO, May 3 (Reuters) - The group has agreed to build a plant, Chief Executive Ola "
            "Dahl told reporters.",
            [("Ola Dahl", "Chief Executive", None)],
        ),
        (
            "OSLO, May 3 (Reuters) - Norway has agreed to the deal. Energy Minister Ola Dahl "
            "welcomed it.",
            [("Ola Dahl", "Energy Minister", None)],
        ),
    ],
)
def test_find_people_gives_a_minister_the_country_they_speak_for(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """In an international wire's brief, "<Country> has agreed ..., Energy Minister X told
    reporters": a government's office with no country, attributing a sentence whose subject
    is a country, is that country's; "X told reporters in <capital>" the capital's. A
    company's office, a minister in another sentence or a national agency's brief gets none."""
    assert people_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Minister for Trade Dr Ana Rojas made an official visit to Norway on 3 May. Minister "
            "Rojas and Norwegian Minister of Trade Ola Dahl noted the warm relations between "
            "Chile and Norway.",
            ("Ana Rojas", "Minister for Trade", "Chile"),
        ),
        (
            "Minister for Trade Ana Rojas is on a working visit to Norway. She and Norwegian "
            "Minister of Trade Ola Dahl chaired the Chile-Norway commission with Rojas.",
            ("Ana Rojas", "Minister for Trade", "Chile"),
        ),
        (
            # the pair told of without the visitor and a host: the text's other side
            "Minister for Trade Ana Rojas is on a visit to Norway. Norwegian Minister of Trade "
            "Ola Dahl met her. Trade between Chile and Norway grew.",
            ("Ana Rojas", "Minister for Trade", "Chile"),
        ),
        (
            # a conflict between the country visited and another
            "Minister for Trade Ana Rojas is on a visit to Norway. Rojas and Norwegian Minister "
            "of Trade Ola Dahl discussed the border dispute between Norway and Sweden.",
            ("Ana Rojas", "Minister for Trade", None),
        ),
        (
            # not the one who visits, but the text's other side
            "Minister for Trade Ana Rojas welcomed a visit to Norway. Rojas and Norwegian "
            "Minister of Trade Ola Dahl noted the relations between Chile and Norway.",
            ("Ana Rojas", "Minister for Trade", "Chile"),
        ),
    ],
)
def test_find_people_gives_a_visitor_the_country_paired_with_the_one_visited(
    text: str, expected: tuple[str, str | None, str | None]
) -> None:
    """One who "made an official visit to Norway", told of with a host in a sentence on
    "relations between Chile and Norway", is Chile's; so is an official the text leaves
    unqualified when it pairs only Chile with the host's Norway; a conflict gives none."""
    assert people_of(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Secretary of State Ana Rojas met today in Santiago with Norwegian Foreign Minister "
            "Ola Dahl to discuss the Chile-Norway partnership.",
            ("Ana Rojas", "Secretary of State", "Chile"),
        ),
        (
            # an envoy of Norway met by their own country's official
            "Foreign Minister Ana Rojas met with Norwegian Ambassador to Chile Ola Dahl to "
            "discuss Norway-Chile trade.",
            ("Ana Rojas", "Foreign Minister", None),
        ),
        (
            # told of together, no meeting between them: still the text's other side
            "Foreign Minister Ana Rojas and Norwegian Minister of Trade Ola Dahl praised "
            "Norway-Chile trade.",
            ("Ana Rojas", "Foreign Minister", "Chile"),
        ),
    ],
)
def test_find_people_gives_one_who_met_someone_of_a_country_the_other_of_the_pair(
    text: str, expected: tuple[str, str | None, str | None]
) -> None:
    """One who "met with" someone of Norway in a sentence on "the Chile-Norway partnership"
    is Chile's, as is one merely named with them in a text pairing only the two; not one
    who met an envoy to their own country."""
    assert people_of(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Brazilian President Luiz Carlos Souza da Silva arrived.",
            [("Luiz Carlos Souza da Silva", "President", "Brazil")],
        ),
        (
            "Mexican President Andrés Manuel Rivas Ortega arrived.",
            [("Andrés Manuel Rivas Ortega", "President", "Mexico")],
        ),
        (
            "Malaysian Deputy Foreign Minister Datuk Tan Wei Ming and Trade Minister Tengku "
            "Faris Rashid arrived.",
            [
                ("Tan Wei Ming", "Deputy Foreign Minister", "Malaysia"),
                ("Faris Rashid", "Trade Minister", "Malaysia"),
            ],
        ),
    ],
)
def test_find_people_reads_four_words_after_an_office_and_no_malaysian_style(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """Four words right after an office head are one name ("Luiz Carlos Souza da Silva");
    the Malaysian styles "Datuk", "Seri" and "Tengku" are neither name nor office."""
    assert people_of(text) == expected


def test_find_people_reads_a_role_with_a_nationality_as_the_counterpart_of_that_country() -> None:
    """ "his Norwegian counterpart X" holds the office of the one named before, so "the
    Norwegian minister" is X, not the Chilean minister named last."""
    text = (
        "Chilean Foreign Minister Ana Rojas met her Norwegian counterpart Ola Dahl. Rojas said "
        "trade grew. The Norwegian minister agreed."
    )
    assert _mentioned_words(text) == [
        ("Ana Rojas", ["Ana Rojas", "Rojas"]),
        ("Ola Dahl", ["Ola Dahl", "The Norwegian minister"]),
    ]


def test_find_people_reads_no_role_of_a_country_as_someone_of_no_country_named_later() -> None:
    """ "Ana Rojas and Ola Dahl agreed ... The prime minister and the Chilean president met
    ... Rojas will travel to Hanoi to meet President Vo Minh": "the Chilean president" is not
    Vo Minh, named only later with no country told, and Vo Minh is not Chile's."""
    text = (
        "Ana Rojas and Ola Dahl agreed on trade. The prime minister and the Chilean president "
        "met in Santiago on Monday. Rojas will travel to Hanoi next month to meet President "
        "Vo Minh."
    )
    assert ("Vo Minh", ["Vo Minh"]) in _mentioned_words(text)
    assert ("Vo Minh", "President", "Chile") not in people_of(text)


def test_find_people_refers_a_role_after_a_quotation_to_no_one_named_inside_it() -> None:
    """'"... with his counterpart X, the minister will ...," the diplomat said': the
    diplomat is the one named before the quotation, not X named inside it."""
    text = (
        "Chilean Foreign Minister Ana Rojas will visit Norway, Foreign Ministry Spokeswoman "
        "Eva Soto said.\n\n"
        '"During talks with his Norwegian counterpart Ola Dahl, the minister will discuss '
        'trade," the diplomat said.'
    )
    people, _ = find_people(text)
    mentions = {p.name: [text[a:b] for a, b in p.mentions] for p in people}
    assert mentions["Eva Soto"] == ["Eva Soto", "the diplomat"]


@pytest.mark.parametrize(
    "text",
    [
        "Daewon Motor said sales grew.",
        "Abu Dhabi Ports signed a deal.",
        "Nordic Pharma Solutions will open a plant.",
    ],
)
def test_find_people_takes_no_company_before_a_verb_for_a_person(text: str) -> None:
    """A company's name before a verb ("Daewon Motor said", "Abu Dhabi Ports signed": a
    company noun, a city of two words) is no person."""
    assert people_of(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Norway was represented by State Secretary Ola Dahl.",
            [("Ola Dahl", "State Secretary", "Norway")],
        ),
        (
            "The United Arab Emirates was represented by Minister of State Ahmed Saif.",
            [("Ahmed Saif", "Minister of State", "United Arab Emirates")],
        ),
        (
            "Chile was represented by Deputy Minister Ana Rojas and Norway by State Secretary "
            "Ola Dahl.",
            # (not Chile's; Norway's as the other of the text's two countries)
            [("Ana Rojas", "Deputy Minister", "Chile"), ("Ola Dahl", "State Secretary", "Norway")],
        ),
    ],
)
def test_find_people_gives_one_a_country_was_represented_by_that_country(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """ "Norway was represented by X": X is Norway's; not one named after another country."""
    assert people_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The head of the Norwegian delegation, Ola Dahl, said trade grew.",
            [("Ola Dahl", "head of the delegation", "Norway")],
        ),
        ("They thanked the delegation Ola Dahl.", []),
    ],
)
def test_find_people_reads_the_head_of_a_delegation_before_the_name(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """ "The head of the Norwegian delegation, X,": an office ending in "delegation" before
    a comma and the name; "the delegation X" alone is no office."""
    assert people_of(text) == expected


def test_find_people_gives_no_visited_country_before_the_visit() -> None:
    """ "will pay a state visit to Norway next week. Today he met Minister X": the visit is
    ahead, so X is not given Norway."""
    text = (
        "President Ana Rojas will pay a state visit to Norway next week. Today she met Minister "
        "of Energy Per Berg."
    )
    assert people_of(text) == [
        ("Ana Rojas", "President", None),
        ("Per Berg", "Minister of Energy", None),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Presidents of Chile and Norway Ana Rojas and Ola Dahl met.",
        "The Presidents of Chile and Norway, Ana Rojas and Ola Dahl, met.",
        "Presidents Ana Rojas of Chile and Ola Dahl of Norway met.",
        "The Chilean and Norwegian Presidents Ana Rojas and Ola Dahl met.",
    ],
)
def test_find_people_gives_each_of_two_named_after_a_plural_office_their_country(
    text: str,
) -> None:
    """ "Presidents of Chile and Norway X and Y", "Presidents X of Chile and Y of Norway":
    each holds the office, X of the first country and Y of the second."""
    assert people_of(text) == [
        ("Ana Rojas", "President", "Chile"),
        ("Ola Dahl", "President", "Norway"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Harlan Agri Machines will organise the production of harvesters.",
        "The commission on the Chu and Talas Rivers met in Taraz.",
        "Nordvik Lithium will build a plant.",
    ],
)
def test_names_ending_in_an_industry_or_a_river_are_no_people(sentence: str) -> None:
    brief = parse_brief(
        f"date 2025-04-02 OSH – The President met guests.\n\n{sentence}\n", brief_id="c"
    )
    assert brief.people == ()


def test_find_people_reads_a_marshal_as_an_office() -> None:
    """ "Marshal of the Senate of the Republic of X" is an office (Poland's presiding
    officers are Marshals), not a person called "Marshal"; so is its deputy."""
    text = (
        "Astana, May 3. Speaker Ruslan Omarov held talks with Marshal of the Senate of the "
        "Republic of Poland Zofia Kamińska-Lis. The delegation includes Deputy Marshal of "
        "the Senate Piotr Wróbel."
    )
    assert people_of(text) == [
        ("Ruslan Omarov", "Speaker", None),
        ("Zofia Kamińska-Lis", "Marshal of the Senate", "Poland"),
        ("Piotr Wróbel", "Deputy Marshal of the Senate", "Poland"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chairman of the Czech-Kazakh parliamentary group Ivan Novák spoke.",
            [("Ivan Novák", "Chairman of the Czech-Kazakh parliamentary group", None)],
        ),
        (
            "He met Chairman of the friendship group Ivan Novák and Head of the working group "
            "Ana Ruiz.",
            [
                ("Ivan Novák", "Chairman of the friendship group", None),
                ("Ana Ruiz", "Head of the working group", None),
            ],
        ),
        ("The parliamentary group Green Future met on Monday.", []),
        ("The investment group Nordic Capital Partners signed a deal.", []),
        # a council of firms, in lower case too
        (
            "At the forum, chairman of the Velmoran-Ruritanian business council Aldo Varga "
            "said that firms had signed deals.",
            [("Aldo Varga", "chairman of the Velmoran-Ruritanian business council", None)],
        ),
        ("The business council Green Future met on Monday.", []),
    ],
)
def test_find_people_reads_an_office_of_a_parliamentary_group_before_the_name(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """ "Chairman of the X-Y parliamentary group Jan Nowak": a lower-case body of members
    (a parliamentary, friendship or working group) may end the office right before its
    holder's name; with no office before it, or after a company's group, no one is named."""
    assert people_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Czech delegation includes Deputy Speaker Eva Horáková and Senator Jan Dvořák.",
            [
                ("Eva Horáková", "Deputy Speaker", "Czech Republic"),
                ("Jan Dvořák", "Senator", "Czech Republic"),
            ],
        ),
        (
            "The Czech delegation included Minister of Energy Eva Horáková.",
            [("Eva Horáková", "Minister of Energy", "Czech Republic")],
        ),
        (
            "The delegation includes Minister of Energy Eva Horáková.",
            [("Eva Horáková", "Minister of Energy", None)],
        ),
    ],
)
def test_find_people_gives_the_members_of_a_national_delegation_its_country(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """ "The Czech delegation includes X and Y": the members listed are Czech; a delegation
    of no stated country gives none."""
    assert people_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A meeting of the foreign ministers of Chile, Peru and Norway - Ana Rojas, Luis "
            "Vega and Ola Dahl - was held in Lima.",
            [
                ("Ana Rojas", "foreign minister", "Chile"),
                ("Luis Vega", "foreign minister", "Peru"),
                ("Ola Dahl", "foreign minister", "Norway"),
            ],
        ),
        (
            "The Presidents of Chile, Peru, and Norway, Ana Rojas, Luis Vega and Ola Dahl, met.",
            [
                ("Ana Rojas", "President", "Chile"),
                ("Luis Vega", "President", "Peru"),
                ("Ola Dahl", "President", "Norway"),
            ],
        ),
        (
            "The Foreign Ministers of Chile and Norway – Ana Rojas and Ola Dahl – met.",
            [
                ("Ana Rojas", "Foreign Minister", "Chile"),
                ("Ola Dahl", "Foreign Minister", "Norway"),
            ],
        ),
        ("The foreign ministers of Chile, Peru and Norway - Ana Rojas and Luis Vega - met.", []),
    ],
)
def test_find_people_gives_each_name_listed_after_a_plural_office_of_countries_its_own(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """ "the foreign ministers of A, B and C - X, Y and Z": each name holds the office for
    the country in the same place of its list; two names for three countries say nothing."""
    assert people_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Minister of Trade of Norway Ola Dahl arrived.\n\nMeeting with the Deputy Prime "
            "Minister, Minister of Energy of the Republic of Chile\n\nOn the sidelines, Ola "
            "Dahl and Ana Maria Rojas discussed copper.",
            [
                ("Ola Dahl", "Minister of Trade", "Norway"),
                ("Ana Maria Rojas", "Deputy Prime Minister, Minister of Energy", "Chile"),
            ],
        ),
        (
            "Meeting with the Minister of Energy of Chile\n\nOn the sidelines, Ola Dahl and Ana "
            "Rojas discussed copper.",
            [("Ola Dahl", None, None), ("Ana Rojas", None, None)],
        ),
        (
            "Minister of Trade of Norway Ola Dahl arrived.\n\nMeeting with the Minister of "
            "Energy of Chile.\n\nOla Dahl and Ana Rojas discussed copper.",
            [("Ola Dahl", "Minister of Trade", "Norway"), ("Ana Rojas", None, None)],
        ),
    ],
)
def test_find_people_gives_the_office_of_a_meeting_heading_to_the_new_name_below_it(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """A sub-heading "Meeting with the <office> of <country>" above a paragraph where
    someone named before meets a new name: the new name holds that office; with no one
    named before, or a sentence (a full stop) instead of a heading, no office is given."""
    assert people_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chairman of the People's Government of the Guangxi Zhuang Autonomous Region Nong "
            "Jiahui spoke.",
            [
                (
                    "Nong Jiahui",
                    "Chairman of the People's Government of the Guangxi Zhuang Autonomous Region",
                    "China",
                )
            ],
        ),
        (
            "Head of the Golden Valley Free Economic Zone Akmal Nurov spoke.",
            [("Akmal Nurov", "Head of the Golden Valley Free Economic Zone", None)],
        ),
    ],
)
def test_find_people_gives_an_office_of_a_region_named_with_its_kind_the_region_country(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """ "... of the Guangxi Zhuang Autonomous Region": a country's region, then up to two
    capitalised words and a place noun, ends the office: the holder is of that country; a
    zone is no place noun."""
    assert people_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At the headquarters of the Korean Trade Agency (KTA) in Seoul, the delegation met "
            "its President Park Min-soo.",
            [("Park Min-soo", "President", "South Korea")],
        ),
        (
            "At the Development Agency of the Republic of Chile, the delegation met its Director "
            "Ana Rojas.",
            [("Ana Rojas", "Director", "Chile")],
        ),
        (
            "At the Chile-Norway Business Council, the delegation met its Chairman Ola Dahl.",
            [("Ola Dahl", "Chairman", None)],
        ),
        (
            "The Korean Trade Agency approved a loan. The delegation met its President Ken Sato.",
            [("Ken Sato", "President", None)],
        ),
    ],
)
def test_find_people_gives_the_head_of_an_organisation_named_before_its_country(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """ "At the Korean Trade Agency ..., the delegation met its President X": the one
    country the organisation's name holds (before or after it: "of Chile"), named in the
    same sentence; a body of two countries, or one of another sentence, gives none."""
    assert people_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ceremony was attended by Minister of Energy of Chile Ana Rojas, acting Minister "
            "of Mines Luis Vega and Governor of Antofagasta Province Pedro Soto.",
            [
                ("Ana Rojas", "Minister of Energy", "Chile"),
                ("Luis Vega", "acting Minister of Mines", "Chile"),
                ("Pedro Soto", "Governor of Antofagasta Province", "Chile"),
            ],
        ),
        (
            "President of Chile Ana Rojas received Minister Luis Vega, and Chilean Minister Pedro "
            "Soto attended.",
            [
                ("Ana Rojas", "President", "Chile"),
                ("Luis Vega", "Minister", None),
                ("Pedro Soto", "Minister", "Chile"),
            ],
        ),
    ],
)
def test_find_people_gives_one_listed_between_two_of_a_country_that_country(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """ "attended by Minister of X of Chile A, acting Minister of Y B and Governor of Z C":
    B, listed between two people of Chile, is of Chile; one received by a Chilean (no list)
    is not."""
    assert people_of(text) == expected


@pytest.mark.parametrize(
    ("countries", "last"),
    [("Chile, Peru, Norway and Spain", "Spain"), ("Chile, Peru, Norway, Spain and Italy", None)],
)
def test_find_people_gives_the_last_of_a_list_the_country_left_of_as_many_listed(
    countries: str, last: str | None
) -> None:
    """ "The heads of the railways of A, B, C and D met ... attended by W, X, Y and Z": when
    every other listed person has a different one of the countries, the one left is Z's;
    five countries for four people say nothing."""
    text = (
        f"The heads of the railways of {countries} met in Lima.\n\nThe meeting was attended by "
        "Chairman of Chilean Railways Ana Rojas, Director of Peruvian Railway Luis Vega, CEO of "
        "Norwegian Rail Ola Dahl and General Manager of Iberia Rail Carlos Ruiz."
    )
    assert people_of(text) == [
        ("Ana Rojas", "Chairman of Chilean Railways", "Chile"),
        ("Luis Vega", "Director of Peruvian Railway", "Peru"),
        ("Ola Dahl", "CEO of Norwegian Rail", "Norway"),
        ("Carlos Ruiz", "General Manager of Iberia Rail", last),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Artem Volkov, general director of Volga Agrotech, said the plant would open.",
            [("Artem Volkov", "general director of Volga Agrotech", None)],
        ),
        (
            "Lena Berg, CEO of Nordic Cotton Cluster, and Ivan Petrov, chairman of Volga Steel "
            "Works, signed the deal.",
            [
                ("Lena Berg", "CEO of Nordic Cotton Cluster", None),
                ("Ivan Petrov", "chairman of Volga Steel Works", None),
            ],
        ),
    ],
)
def test_find_people_reads_no_person_in_the_employer_of_an_office_after_a_name(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """ "X, general director of Volga Agrotech, said": the capitalised words of the office
    after a name are its employer, no second person."""
    assert people_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lena Berg, chairman of Oslo-based Nordic Steel Group, spoke.",
            [("Lena Berg", "chairman of Oslo-based Nordic Steel Group", "Norway")],
        ),
        (
            "Chairman of Lima-based Andes Copper Ana Rojas spoke.",
            [("Ana Rojas", "Chairman of Lima-based Andes Copper", "Peru")],
        ),
        (
            "Lena Berg, chairman of Nordic-based Steel Group, spoke.",
            [("Lena Berg", "chairman of Nordic-based Steel Group", None)],
        ),
    ],
)
def test_find_people_gives_the_head_of_a_company_based_in_a_city_its_country(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """ "chairman of Oslo-based Nordic Steel Group": the office of a company based in a city
    is of the city's country; a word that is no city gives none."""
    assert people_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lena Berg, chief executive of the Bergen Salmon Cluster, spoke.",
            [("Lena Berg", "chief executive of the Bergen Salmon Cluster", "Norway")],
        ),
        (
            "Ivan Sokolov, general director of Kazan Helicopter Works, spoke.",
            [("Ivan Sokolov", "general director of Kazan Helicopter Works", "Russia")],
        ),
        (
            "Lena Berg, chairman of the Nordic Steel Group, spoke.",
            [("Lena Berg", "chairman of the Nordic Steel Group", None)],
        ),
    ],
)
def test_find_people_gives_the_head_of_a_body_named_after_a_city_its_country(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """ "chief executive of the Bergen Salmon Cluster": an office of a body whose name opens
    with a city is of the city's country; a name with no city gives none."""
    assert people_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Minister Ana Rojas Holds Talks with Peruvian Minister of Energy Luis Vega\n\nAna "
            "Rojas met Luis Vega.",
            [("Ana Rojas", "Minister", None), ("Luis Vega", "Minister of Energy", "Peru")],
        ),
        (
            "Minister Said Khalil Meets Chilean Delegation\n\nMinister Said Khalil said trade "
            "grew.",
            [("Said Khalil", "Minister", None)],
        ),
        (
            "Bank President Meets Ruritanian Premier, Pledges Support for Grain Transport\n\n"
            "Bank President Ana Rojas met Prime Minister Luis Vega of Ruritania.",
            [("Ana Rojas", "President", None), ("Luis Vega", "Prime Minister", None)],
        ),
        (
            "Fund Staff Concludes Mission to Ruritania\n\nThe staff met Minister Luis Vega.",
            [("Luis Vega", "Minister", None)],
        ),
    ],
)
def test_find_people_ends_a_name_at_the_verb_of_a_title_case_headline(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """ "Minister X Holds Talks with Y": a capitalised verb of a headline ("Holds", "Meets")
    is no part of the name before it; a given name that is also a verb ("Said") stays."""
    assert people_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Minister Ana Rojas Holds Talks with Luis Vega\n\nOn May 2, Minister of Trade Ana "
            "Rojas met Luis Vega.",
            [("Ana Rojas", "Minister of Trade", None)],
        ),
        (
            "President Ana Rojas spoke. President of Chile Ana Rojas said so.",
            [("Ana Rojas", "President", "Chile")],
        ),
        (
            "Ambassador Ana Rojas met the mayor.\n\nAmbassador of Chile to Peru Ana Rojas said "
            "trade grew.",
            [("Ana Rojas", "Ambassador to Peru", "Chile")],
        ),
        (
            "Minister of Energy Ana Rojas spoke. Minister of Trade Ana Rojas said so.",
            [("Ana Rojas", "Minister of Energy", None)],
        ),
    ],
)
def test_find_people_completes_a_bare_office_told_in_full_later(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """ "Minister X" first and "Minister of Trade X" later: the office told in full (or with
    its country) is X's; an office of more than one word is kept."""
    assert people_of(text) == expected


def test_find_people_reads_no_person_in_a_company_name_after_an_office() -> None:
    """ "the founder and CEO of Nordvik Minerals, Ola Dahl": a name ending in an industry's
    noun is the company's, even after an office; the office is the one named after it."""
    text = "Later, the President received the founder and CEO of Nordvik Minerals, Ola Dahl."
    assert people_of(text) == [("Ola Dahl", "founder and CEO of Nordvik Minerals", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The President sent a telegram to Ana María Rojas on her election as President of "
            "the Republic of Chile.",
            [("Ana María Rojas", "President", "Chile")],
        ),
        (
            "He congratulated Ola Dahl on his appointment as Minister of Foreign Affairs of "
            "Norway and wished him success.",
            [("Ola Dahl", "Minister of Foreign Affairs", "Norway")],
        ),
        ("He congratulated Ola Dahl on his birthday.", []),
    ],
)
def test_find_people_reads_the_office_someone_is_elected_or_appointed_to(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """ "a telegram to X on her election as President of Chile": X holds that office (the
    whole name read, as after an office); "on his birthday" gives none."""
    assert people_of(text) == expected


def test_the_head_of_state_is_the_one_the_text_calls_so_before_a_president() -> None:
    """ "Head of State A sent a telegram to B on his election as President ... the Head of
    State met C": the role is A's, whom the text calls the Head of State, not B's."""
    text = (
        "Head of State Ana Rojas sent a telegram to Luis Vega on his election as President of "
        "Peru. The same day, the Head of State met Ola Dahl, Minister of Trade of Norway."
    )
    people, mentions = find_people(text)
    roles = [(text[m.start : m.end], people[m.person].name) for m in mentions if m.kind == "role"]
    assert roles == [("the Head of State", "Ana Rojas")]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Minister for Trade Park Min-jae met Korean firms in Seoul.", "South Korea"),
        ("Minister for Trade Park Min-jae met guests in Lima.", None),
        ("Minister Park Min-jae met guests. North Korea was not discussed. Korea grew.", None),
    ],
)
def test_find_people_gives_a_korean_name_in_a_text_on_korea_south_korea(
    text: str, country: str | None
) -> None:
    """A Korean surname and a hyphened given name, with an office and no country, in a text
    on Korea: South Korea; not in a text on elsewhere, nor where North Korea is named."""
    assert people_of(text)[0][2] == country


@pytest.mark.parametrize(
    ("sentence", "country"),
    [
        ("held a meeting at the Ministry of Trade with State Secretary Ola Dahl.", "Norway"),
        ("thanked State Secretary Ola Dahl.", None),
        ("met the press. State Secretary Ola Dahl spoke.", None),
    ],
)
def test_find_people_gives_whom_an_envoy_meets_the_country_the_envoy_is_sent_to(
    sentence: str, country: str | None
) -> None:
    """ "Ambassador of Chile to Norway A held a meeting ... with State Secretary B": B is of
    Norway; without a meeting, or in another sentence, B gets no country."""
    people = people_of(f"Ambassador of Chile to Norway Ana Rojas {sentence}")
    assert people == [
        ("Ana Rojas", "Ambassador to Norway", "Chile"),
        ("Ola Dahl", "State Secretary", country),
    ]


@pytest.mark.parametrize(
    ("opening", "country"),
    [
        ("The embassy and the Norwegian Export Promotion Agency held a forum.", "Norway"),
        ("The embassy and the Nordic Export Promotion Agency held a forum.", None),
        ("The embassy and the Norwegian Export Council held a forum.", None),
    ],
)
def test_find_people_gives_an_office_of_the_organisation_named_before_its_country(
    opening: str, country: str | None
) -> None:
    """ "the Norwegian Export Promotion Agency ... CEO of the Agency X": X is of the country
    the Agency's name holds; an agency of no country, or no agency named, gives none."""
    text = f"{opening} It was opened by CEO of the Agency Ola Dahl."
    assert people_of(text) == [("Ola Dahl", "CEO of the Agency", country)]


def test_find_people_gives_whom_a_delegation_meets_not_the_delegation_country() -> None:
    """ "The Chilean delegation led by A held talks in Lima with B": A leads the Chilean
    delegation; B, whom it meets, is not given Chile."""
    text = (
        "The Chilean delegation led by Minister of Energy Ana Rojas held talks in Lima with "
        "Minister of Trade Luis Vega."
    )
    assert people_of(text) == [
        ("Ana Rojas", "Minister of Energy", "Chile"),
        ("Luis Vega", "Minister of Trade", None),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The council is co-chaired by Selin Aydın Kaya, chairperson of Anka Textiles.",
            [("Selin Aydın Kaya", "chairperson of Anka Textiles", None)],
        ),
        (
            "Speaking in Astana Ivan Petrov, chairman of Volga Textiles, said so.",
            [("Ivan Petrov", "chairman of Volga Textiles", None)],
        ),
    ],
)
def test_find_people_reads_a_three_word_name_before_an_office_after_it(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """ "X Y Z, chairperson of A,": a name of three words with its office after it is read
    whole, as after an office; a city before a name is no part of it."""
    assert people_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The council is co-chaired by Imran Ali Sheikh, chairman of Indus Textiles.",
            [("Imran Ali Sheikh", "chairman of Indus Textiles", None)],
        ),
        (
            "UAE President Sheikh Mohamed bin Zayed, the ruler, spoke.",
            [("Mohamed bin Zayed", "President", "United Arab Emirates")],
        ),
        ("The visit of Ahmed Raza Sheikh, a businessman, ended.", []),
    ],
)
def test_find_people_reads_a_style_of_address_ending_a_name_as_its_surname(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """ "Imran Ali Sheikh, chairman of X,": "Sheikh" after two words of a name, with an
    office after it, is the surname; before a name it stays a style; no office, no one."""
    assert people_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "She also met the Ombudsperson of Moldova, Irina Vasilache, and students.",
            [("Irina Vasilache", "Ombudsperson", "Moldova")],
        ),
        (
            '"Rates will fall," said Pavel Orlik, a credit strategist at Ravenna Partners.',
            [("Pavel Orlik", "credit strategist at Ravenna Partners", None)],
        ),
    ],
)
def test_find_people_reads_ombudsperson_and_strategist_as_offices(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """An ombudsperson and a strategist hold offices, so the names after and before them
    are people."""
    assert people_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ambassador of China to Mongolia Du Minglei also attended.",
            [("Du Minglei", "Ambassador to Mongolia", "China")],
        ),
        (
            "Ambassador of France Paul Du Pont also attended.",
            [("Paul Du Pont", "Ambassador", "France")],
        ),
    ],
)
def test_find_people_reads_a_capital_du_before_a_pinyin_given_name_as_a_surname(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """ "Du Minglei": "Du" opening a two-word name whose second word is pinyin is a Chinese
    surname, not the particle "du"; inside a name the particle stays one."""
    assert people_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'He held talks with Chairman of the State Company "Kyrgyzgaz" Almaz Beishenov.',
            [("Almaz Beishenov", 'Chairman of the State Company "Kyrgyzgaz"', "Kyrgyzstan")],
        ),
        (
            "He met Chairman of «Navoiyazot» JSC Timur Rakhimov there.",
            [("Timur Rakhimov", "Chairman of «Navoiyazot» JSC", None)],
        ),
        ('He said: "The Best" Timur Rakhimov.', []),
    ],
)
def test_find_people_reads_a_quoted_company_name_inside_an_office(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """'Chairman of the State Company "Kyrgyzgaz" X': a company's name in quotation marks
    is part of the office before the name; quoted words after a colon are not."""
    assert people_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The co-chairs were Chairman of the Board of Samruk Energy national company"
            " Bolat Ospanov and others.",
            [
                (
                    "Bolat Ospanov",
                    "Chairman of the Board of Samruk Energy national company",
                    None,
                )
            ],
        ),
        (
            "He toured the plant of Redcliff Metals Co., Ltd. in Perth, where he met"
            " Vice President of the company Anna Keller. They spoke.",
            [("Anna Keller", "Vice President of the company", None)],
        ),
        ("He met the head of the company Nordwind Hydrogen. They spoke.", []),
        ("Acme LLC signed. He met the head of the company Nordwind Hydrogen.", []),
        ("The German energy company Nordwind Hydrogen said so.", []),
    ],
)
def test_find_people_reads_an_officer_named_right_after_a_company_noun(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """ "Chairman of X national company A B": a company named before its noun leaves the
    name after it to a person; so does "of the company" after a company named by its legal
    form in the same sentence. A company noun before other capitalised words still names a
    company."""
    assert people_of(text) == expected


def test_find_people_skips_a_company_named_before_with_a_verb_after_it() -> None:
    """ "the Polish holding Vistula Makro ... Vistula Makro is ready": words named before
    as a company (after a company noun, or in someone's office) are no person."""
    text = (
        "The plant was built by the Polish holding Vistula Makro. Chairman of the Board of"
        " Vistula Makro Jan Kowal spoke. He said that Vistula Makro is ready to invest."
    )
    assert people_of(text) == [("Jan Kowal", "Chairman of the Board of Vistula Makro", "Poland")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He met Latvia's Minister of Artificial Intelligence and Digital Development"
            " Ilze Ozola in Riga.",
            [
                (
                    "Ilze Ozola",
                    "Minister of Artificial Intelligence and Digital Development",
                    "Latvia",
                )
            ],
        ),
        (
            "Timur Aliyev, a political scientist at Tver State University, believes so.",
            [("Timur Aliyev", "political scientist at Tver State University", None)],
        ),
        (
            "Gulnara Ismailova, a senior fellow at the Caspian Institute, calls it a success.",
            [("Gulnara Ismailova", "senior fellow at the Caspian Institute", None)],
        ),
    ],
)
def test_find_people_reads_ai_portfolios_scientists_and_fellows(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """ "Artificial Intelligence" is a portfolio, not a name; a political scientist and a
    senior fellow hold offices, so the names before them are people."""
    assert people_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Bank's Board of Executive Directors approved the loan.", []),
        (
            "The ADB Director General for Central Asia Pieter Jansen said so.",
            [("Pieter Jansen", "ADB Director General for Central Asia", None)],
        ),
        (
            "He met Chairman of the Milli Gengesh of Turkmenistan Dovlet Atayev in Sochi.",
            [("Dovlet Atayev", "Chairman of the Milli Gengesh", "Turkmenistan")],
        ),
        ("Home   General   Politics   Sports   Features   Tengri TV   Tengri Radio", []),
    ],
)
def test_find_people_skips_plural_offices_regions_bodies_and_media_as_names(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """ "Executive Directors" is no surname, "Asia" no given name; an unknown body's name
    followed by "of <country>" and a name is part of the office; a radio is no person."""
    assert people_of(text) == expected


def test_find_people_reads_a_given_name_and_patronymic_as_the_person_named_before() -> None:
    """ "Dear Ivan Petrovich": a given name and a patronymic address the one named before by
    that given name; after "Dear", with no one before, no one new."""
    text = (
        "Ivan Sorokin met Speaker Aman Orazov. Orazov: Dear Ivan Petrovich, Mr President, hello."
        " Orazov: Dear Pavel Sergeyevich, Mr Minister, welcome."
    )
    people, mentions = find_people(text)
    assert [(p.name, p.title) for p in people] == [
        ("Ivan Sorokin", None),
        ("Aman Orazov", "Speaker"),
    ]
    assert (text.index("Ivan Petrovich"), 0) in [(m.start, m.person) for m in mentions]


def test_find_people_reads_a_patronymic_surname_after_an_office_as_a_new_person() -> None:
    """After an office, a given name shared with someone named before and a surname ending in
    -ovich is a new person, not a form of address."""
    text = "Prime Minister Mikhail Ivanov met Prime Minister of Belarus Mikhail Myasnikovich."
    assert people_of(text) == [
        ("Mikhail Ivanov", "Prime Minister", None),
        ("Mikhail Myasnikovich", "Prime Minister", "Belarus"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He called on Deputy Prime Minister Datuk Seri Dr Rahim Yusof Ismail in Putrajaya.",
            # (called on in Putrajaya, Malaysia's seat of government: the host's office)
            [("Rahim Yusof Ismail", "Deputy Prime Minister", "Malaysia")],
        ),
        (
            "Trade Minister Tengku Aziz Hamdan Rosli spoke. Aziz Hamdan said four MoUs"
            " were signed.",
            [("Aziz Hamdan Rosli", "Trade Minister", None)],
        ),
        (
            "Foreign Minister Rustam Selimov arrived. Control is entrusted to Foreign"
            " Minister R. Selimov.",
            [("Rustam Selimov", "Foreign Minister", None)],
        ),
    ],
)
def test_find_people_reads_malay_styles_given_names_and_initials_as_one_person(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """A "Dr" after Malay styles is no part of the office; the first two words of a
    three-word name, and an initial with the surname, stand for the person named before."""
    assert people_of(text) == expected


def test_find_people_reads_the_lines_of_a_delegation_list() -> None:
    """ "A. Selimov – Deputy Chairman of X": each line of a list gives a person and an office
    (an aside in brackets apart); those with no country take the one the others share."""
    text = (
        "COMPOSITION of the delegation\n\n"
        "K. Orazov – Minister of Foreign Affairs of Moldova (head of the delegation)\n"
        "L. Durnea – Minister of Finance\n"
        "Ana Rusu – Chairwoman of the Union of Exporters\n"
        "Chisinau – President Ion Sandu said\n"
    )
    assert people_of(text) == [
        ("Ion Sandu", "President", None),
        ("K. Orazov", "Minister of Foreign Affairs", "Moldova"),
        ("L. Durnea", "Minister of Finance", "Moldova"),
        ("Ana Rusu", "Chairwoman of the Union of Exporters", "Moldova"),
    ]


def test_find_people_reads_markets_as_a_portfolio_not_a_name() -> None:
    """ "Assistant Secretary for Global Markets X Y": "Markets" ends the portfolio."""
    text = "The delegation included Assistant Secretary for Capital Markets Anna Berg."
    assert people_of(text) == [("Anna Berg", "Assistant Secretary for Capital Markets", None)]


def test_find_people_reads_three_words_after_a_lower_case_office() -> None:
    """ "his Pakistani counterpart A B C": three words after a lower-case office are one
    name, and the counterpart holds the office of the one named before."""
    text = (
        "Foreign Minister Ilyas Omarov held talks with his Pakistani counterpart"
        " Tariq Aziz Qureshi in Islamabad."
    )
    assert people_of(text) == [
        ("Ilyas Omarov", "Foreign Minister", None),
        ("Tariq Aziz Qureshi", "Foreign Minister", "Pakistan"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It was attended by HRH Prince Khalid bin Saud bin Fahd, Minister of Sport.",
            [("Khalid bin Saud bin Fahd", "Minister of Sport", None)],
        ),
        (
            "He met Hakim of the Lebap velayat of Turkmenistan Dovran Annayev in Turkmenabat.",
            [("Dovran Annayev", "Hakim of the Lebap velayat", "Turkmenistan")],
        ),
        (
            "Trade Minister Datuk Seri Amirul Hakim spoke.",
            [("Amirul Hakim", "Trade Minister", None)],
        ),
    ],
)
def test_find_people_reads_a_style_and_rank_and_a_turkmen_hakim(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """ "HRH Prince X, Minister of Y": a style and a rank give way to the office after the
    name; "Hakim of the X velayat" is an office, "Hakim" ending a name stays a name."""
    assert people_of(text) == expected


def test_find_people_gives_those_on_a_demonym_side_that_country() -> None:
    """ "On the Georgian side, it was attended by Minister A and Minister B": those listed
    after "on the <demonym> side" in its sentence are of that country."""
    text = (
        "The talks were held in Doha. On the Georgian side, it was attended by Minister of"
        " Economy Levan Beridze and Minister of Energy Giorgi Kapanadze."
    )
    assert people_of(text) == [
        ("Levan Beridze", "Minister of Economy", "Georgia"),
        ("Giorgi Kapanadze", "Minister of Energy", "Georgia"),
    ]


def test_find_people_gives_an_acronyms_officer_the_country_of_its_full_name() -> None:
    """ "The Kuwait Investment Fund (KIF) ... KIF chief executive X": the country of the
    organisation the acronym stands for."""
    text = (
        "The Kuwait Investment Fund (KIF) will co-finance it. KIF deputy chief executive"
        " Fahad bin Salem Al Sabah said so in Tashkent."
    )
    assert people_of(text) == [
        ("Fahad bin Salem Al Sabah", "KIF deputy chief executive", "Kuwait")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Talks were held with Chairman of the State Concern Turkmennebit Aman Orazov.",
            [("Aman Orazov", "Chairman of the State Concern Turkmennebit", "Turkmenistan")],
        ),
        (
            "It was signed by Uzbekneftegaz CEO Bek Aliyev in Baku.",
            [("Bek Aliyev", "CEO", "Uzbekistan")],
        ),
        ("It was signed by Microsoft chief Bill Gates in Baku.", [("Bill Gates", "chief", None)]),
    ],
)
def test_find_people_gives_the_head_of_a_company_named_after_a_country_that_country(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """ "Turkmennebit", "Uzbekneftegaz": a company's one-word name opening with a demonym
    is that country's, and so is the person heading it."""
    assert people_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Islamic Development Bank President Omar Haddad visited Dushanbe.",
            [("Omar Haddad", "Islamic Development Bank President", None)],
        ),
        (
            "In Astana Development Minister Aidos Serik spoke.",
            [("Aidos Serik", "Development Minister", None)],
        ),
    ],
)
def test_find_people_keeps_a_regional_adjective_opening_a_bodys_name_in_the_office(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """ "Islamic Development Bank President X": the body's name stays whole in the office;
    a city before a portfolio stays out."""
    assert people_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The head of the Foreign Ministry's Europe department, Daulet Sarsen, briefed us.",
            [("Daulet Sarsen", "head of the Foreign Ministry's Europe department", None)],
        ),
        (
            "The director of the institute, Dr. Aliya Omarova, noted the progress.",
            [("Aliya Omarova", "director of the institute", None)],
        ),
        (
            "Nurlan Sadykov and Timur Akhmetov held talks in Almaty.",
            [("Nurlan Sadykov", None, None), ("Timur Akhmetov", None, None)],
        ),
    ],
)
def test_find_people_reads_a_lower_case_body_ending_an_office_and_two_plain_names(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """ "the head of the X department, A B,": a body in lower case closes the office before
    the name; "A B and C D held talks": both plain names before a verb are people."""
    assert people_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Oleg Sokolov, who heads the ministry's trade department, said exports rose.",
            [("Oleg Sokolov", "head of the ministry's trade department", None)],
        ),
        (
            "Aida Bekova, who chairs the Kyrgyz Chamber of Commerce, spoke.",
            [("Aida Bekova", "chair of the Chamber of Commerce", "Kyrgyzstan")],
        ),
        # no office in the clause; the name, the subject of "spoke", is someone's
        ("Oleg Sokolov, who arrived on Monday, spoke.", [("Oleg Sokolov", None, None)]),
    ],
)
def test_find_people_reads_an_office_held_in_a_who_clause(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """ "X Y, who heads/chairs/leads Z,": the name holds the office of heading Z; another
    clause gives none (the name is still the subject of its verb)."""
    assert people_of(text) == expected


def test_find_people_drops_also_before_an_office_after_the_name() -> None:
    """ "X Y, also a member of Z,": "also" is no part of the office."""
    text = "Zhao Lin, also a member of the State Council, met him."
    assert people_of(text) == [("Zhao Lin", "member of the State Council", None)]


@pytest.mark.parametrize(
    "text", ["Karachaganak Petroil said output rose.", "Qazaq Gaz signed the agreement."]
)
def test_find_people_skips_oil_and_gas_companies_before_a_verb(text: str) -> None:
    """A name ending in "oil", "gaz" or "neft" before a verb is a company's, not a person's."""
    assert people_of(text) == []


def test_find_people_skips_a_seat_of_government_before_a_verb() -> None:
    """ "Ak Orda said": a seat of government written in two words is no person."""
    assert people_of("Ak Orda said the visit was a success. Nurlan Abenov said so.") == [
        ("Nurlan Abenov", None, None)
    ]


def test_find_people_leaves_an_event_out_of_the_office_after_it() -> None:
    """ "Joint Press Conference of Foreign Minister X": the event is no part of the office."""
    text = "Joint Press Conference of Foreign Minister Ahmet Kaya and his guest, 25 November"
    assert people_of(text) == [("Ahmet Kaya", "Foreign Minister", None)]


def test_find_people_gives_the_chairman_of_the_cabinet_of_ministers_kyrgyzstan() -> None:
    """ "Chairman of the Cabinet of Ministers X" with no country is Kyrgyzstan's head of
    government; "of Turkmenistan" keeps its country."""
    text = (
        "Chairman of the Cabinet of Ministers Almaz Toktosunov met Deputy Chairman of the"
        " Cabinet of Ministers of Turkmenistan Serdar Orazov."
    )
    assert people_of(text) == [
        ("Almaz Toktosunov", "Chairman of the Cabinet of Ministers", "Kyrgyzstan"),
        ("Serdar Orazov", "Deputy Chairman of the Cabinet of Ministers", "Turkmenistan"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hokim of Namangan region Bakhtiyor Yusupov met investors.",
            [("Bakhtiyor Yusupov", "Hokim of Namangan region", "Uzbekistan")],
        ),
        (
            "Regional khokim Sanjar Aliyev met investors.",
            [("Sanjar Aliyev", "Regional khokim", "Uzbekistan")],
        ),
    ],
)
def test_find_people_gives_a_hokim_uzbekistan(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """A hokim (khokim) is an Uzbek governor."""
    assert people_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The deputies met Chairman of the West Kazakhstan regional maslikhat Serik Amanov.",
            [("Serik Amanov", "Chairman of the West Kazakhstan regional maslikhat", "Kazakhstan")],
        ),
        (
            "The envoy received Chairman of the Senate Committee on Budget Anvar Rashidov. "
            "Earlier, Chairwoman of the Senate of the Oliy Majlis Dilbar Usmanova spoke.",
            [
                ("Anvar Rashidov", "Chairman of the Senate Committee on Budget", "Uzbekistan"),
                ("Dilbar Usmanova", "Chairwoman of the Senate of the Oliy Majlis", "Uzbekistan"),
            ],
        ),
        (
            "A delegation headed by Chairman of the Spain – Central Asia inter-parliamentary "
            "friendship group Pablo Serrano arrived.",
            [
                (
                    "Pablo Serrano",
                    "Chairman of the Spain – Central Asia inter-parliamentary friendship group",
                    "Spain",
                )
            ],
        ),
        (
            "He met Chairman of the Majlisi Namoyandagon of the Majlisi Oli of Tajikistan "
            "Rustam Nazarzoda in the hall.",
            [
                (
                    "Rustam Nazarzoda",
                    "Chairman of the Majlisi Namoyandagon of the Majlisi Oli",
                    "Tajikistan",
                )
            ],
        ),
    ],
)
def test_find_people_reads_offices_of_regional_councils_chambers_and_friendship_groups(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """A local council in lower case, a chamber's committee, a friendship group named after
    two places and a chamber of a parliament named in its own language all end an office;
    the chamber's name is no person."""
    assert people_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The talks were also attended by Chair of the Friendship Group for Relations with "
            "Ruritania Teodor Varga.",
            [("Teodor Varga", "Chair of the Friendship Group for Relations with Ruritania", None)],
        ),
        (
            "Chairman of the Committee on Cooperation with Chile Ivo Brenn spoke.",
            [("Ivo Brenn", "Chairman of the Committee on Cooperation with Chile", None)],
        ),
    ],
)
def test_find_people_reads_with_and_a_country_inside_the_name_of_a_body(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """ "Relations with X" inside a body's name goes on with the office, whose holder is not
    of the country the body deals with."""
    assert people_of(text) == expected


def test_find_people_reads_a_country_named_with_a_curly_apostrophe_whole() -> None:
    """ "of the People’s Republic of China": the country's whole name goes from the office,
    with a curly apostrophe as with a straight one."""
    text = (
        "Director of the Office and Minister of Trade of the People’s Republic of China Li Wen "
        "spoke."
    )
    assert people_of(text) == [("Li Wen", "Director of the Office and Minister of Trade", "China")]


def test_find_people_reads_an_office_of_more_than_thirty_words_whole() -> None:
    """Three offices joined before the name, over thirty words and marks: the first word of
    the first office opens the title."""
    office = (
        "Member of the Standing Bureau of the Ruling Party Central Committee of Velmora, "
        "Director of the Secretariat of the Joint Council for Trade and Transport Affairs and "
        "Minister of Foreign Affairs and Trade"
    )
    text = f"The envoy met {office} of Chile Aldo Varga on Monday."
    assert people_of(text) == [("Aldo Varga", office, "Chile")]


def test_parse_brief_gives_a_minister_who_also_holds_an_international_office_a_country() -> None:
    """ "Foreign Minister and OSCE Chairman-in-Office X" is first a state's minister: the
    text's other ways to a country (here the host city of the dateline) still give his."""
    text = (
        "Tallinn, 4 May 2031 – Foreign Minister and OSCE Chairman-in-Office Aldo Varga met on "
        "Monday with Chilean Foreign Minister Ivo Brenn on the sidelines of the OSCE "
        "Ministerial Council in Tallinn.\n\nThe ministers discussed trade between Estonia "
        "and Chile.\n"
    )
    brief = parse_brief(text, brief_id="t")
    assert [(p.name, p.country) for p in brief.people] == [
        ("Aldo Varga", "Estonia"),
        ("Ivo Brenn", "Chile"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Port deal signed\n\nBy Marta Kowalska\n\nWARSAW - Minister of Trade Piotr "
            "Nowicki met the guests.",
            [("Marta Kowalska", None, None), ("Piotr Nowicki", "Minister of Trade", None)],
        ),
        (
            "Port deal signed\n\nWritten by Marta Kowalska\n\nWarsaw | Updated: May 3, 2031"
            "\n\nMinister of Trade Piotr Nowicki met the guests.",
            [("Marta Kowalska", None, None), ("Piotr Nowicki", "Minister of Trade", None)],
        ),
        (
            "Ports agree on ferries\n\n09:15, 3 March 2031, Lakeside - Harbour news agency, "
            "Irina Sokolova\n\nMayor of Lakeside Oleg Petrov signed the deal.",
            [("Irina Sokolova", None, None), ("Oleg Petrov", "Mayor of Lakeside", None)],
        ),
        (
            "Ports agree on ferries\n\nBy Harbour Daily News\n\nMayor of Lakeside Oleg Petrov "
            "signed the deal.",
            [("Oleg Petrov", "Mayor of Lakeside", None)],
        ),
        # A kicker, then the writer's name alone on its line over the page's date line.
        (
            "WORLD\nIrina Sokolova\n09:15 - 3/03/2031 Monday\n\nMayor of Lakeside Oleg "
            "Petrov signed the deal.",
            [("Irina Sokolova", None, None), ("Oleg Petrov", "Mayor of Lakeside", None)],
        ),
        (
            "WORLD\nIrina Sokolova\nLakeside Harbour\n\nMayor of Lakeside Oleg Petrov signed "
            "the deal.",
            [("Oleg Petrov", "Mayor of Lakeside", None)],
        ),
        # The writers credited in brackets at the foot, after "by".
        (
            "Mayor of Lakeside Oleg Petrov signed the deal.\n\n(Sylvan original by Irina "
            "Sokolova, Political News Department)",
            [("Oleg Petrov", "Mayor of Lakeside", None), ("Irina Sokolova", None, None)],
        ),
        (
            "Mayor of Lakeside Oleg Petrov signed the deal.\n\n(Reporting by Irina Sokolova in "
            "Lakeside; Editing by Mira Holt)",
            [
                ("Oleg Petrov", "Mayor of Lakeside", None),
                ("Irina Sokolova", None, None),
                ("Mira Holt", None, None),
            ],
        ),
        (
            "Mayor of Lakeside Oleg Petrov signed the deal (a deal led by Harbour Port).",
            [("Oleg Petrov", "Mayor of Lakeside", None)],
        ),
        (
            "Trade will grow, says Datuk Seri Aziz Rahmat. The Foreign Minister said the "
            "sides agreed on visas with his Kyrgyz counterpart Talant Osmonov.",
            [
                ("Aziz Rahmat", "Foreign Minister", None),
                ("Talant Osmonov", "Foreign Minister", "Kyrgyzstan"),
            ],
        ),
        (
            "They met the First Deputy Prime Minister, Mawlawi Abdul Rahim Haqani, at noon.",
            [("Abdul Rahim Haqani", "First Deputy Prime Minister", None)],
        ),
        (
            "Prince Faisal bin Saud Receives Call\n\nHis Highness Prince Faisal bin Saud bin "
            "Nasser, Minister of State for Energy, received a call.",
            [("Faisal bin Saud bin Nasser", "Minister of State for Energy", None)],
        ),
        (
            "External Affairs Minister Arvind Mehta held talks with his Uzbek counterpart Aziz "
            "Karimov.",
            [
                ("Arvind Mehta", "External Affairs Minister", "India"),
                ("Aziz Karimov", "Foreign Minister", "Uzbekistan"),
            ],
        ),
        (
            "Foreign Minister Talant Osmonov arrives\n\nThe minister received the Minister of "
            "Foreign Affairs of the Kyrgyz Republic, Talant Osmonov, in Brussels.",
            [("Talant Osmonov", "Foreign Minister", "Kyrgyzstan")],
        ),
        (
            "Claire Dubois, Minister for Europe and Foreign Affairs, spoke by telephone.",
            [("Claire Dubois", "Minister for Europe and Foreign Affairs", "France")],
        ),
        (
            "Korean firms signed deals in Seoul. Prime Minister Baek Min-seo met the guests.",
            [("Baek Min-seo", "Prime Minister", "South Korea")],
        ),
        ("Later, PT Karya Sentosa Abadi signed a deal with a Kyrgyz firm.", []),
    ],
)
def test_find_people_reads_bylines_styles_and_offices_told_elsewhere(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """A byline's author and a name after a style of address are people; an office opening
    the next sentence, an office after a rank told in a headline, a counterpart's office by
    its general name and a country told at a second mention are theirs; a company after its
    legal form ("PT") is no one."""
    assert people_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chile hopes to sell more copper to Korea, the country's Deputy Prime Minister Rosa "
            "Fuentes told a forum on Tuesday.",
            [("Rosa Fuentes", "Deputy Prime Minister", "Chile")],
        ),
        (
            "Muscat Municipality Chairman Ali Saeed Al Habsi told the forum that firms were "
            "ready.",
            [("Ali Saeed Al Habsi", "Chairman", "Oman")],
        ),
        (
            "The envoy then saw Mongolian Finance Minister Dorj Bat-Ochir and the Minister of "
            "Culture, Oyun Gansukh.",
            [
                ("Dorj Bat-Ochir", "Finance Minister", "Mongolia"),
                ("Oyun Gansukh", "Minister of Culture", "Mongolia"),
            ],
        ),
        (
            "Paris Club Chairman Jean Moreau spoke.",
            [("Jean Moreau", "Chairman", None)],
        ),
    ],
)
def test_find_people_gives_an_office_the_country_its_sentence_or_body_implies(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """ "the country's" office is of the country the sentence names first; a city's chamber
    is of the city's country (not any body named after a city); a minister named with no
    country right after another country's minister and "and" is of that country."""
    assert people_of(text) == expected


def test_find_people_reads_a_surname_alone_as_the_one_named_with_a_glued_initial() -> None:
    """ "Kh.Batsukh", as Mongolian texts write a name, is the "Minister Batsukh" named later:
    one person, with the name as first written."""
    text = (
        "ULAANBAATAR - Minister of Road and Transport Development Kh.Batsukh met the guests. "
        "On the sidelines, Minister Batsukh held a separate meeting with Deputy Prime Minister "
        "Ch.Enkhbold. Deputy Prime Minister Enkhbold noted the growth."
    )
    assert people_of(text) == [
        ("Kh.Batsukh", "Minister of Road and Transport Development", None),
        ("Ch.Enkhbold", "Deputy Prime Minister", None),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The minister met United Nations Under-Secretary-General for Political Affairs "
            "Marta Lindqvist.",
            [
                (
                    "Marta Lindqvist",
                    "United Nations Under-Secretary-General for Political Affairs",
                    None,
                )
            ],
        ),
        (
            "He received Assistant-Secretary-General Omar Haddad.",
            [("Omar Haddad", "Assistant-Secretary-General", None)],
        ),
    ],
)
def test_find_people_reads_the_un_under_and_assistant_secretaries_general(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """ "Under-Secretary-General" heads an office, and "United Nations" before it makes it
    the UN's (no country)."""
    assert people_of(text) == expected


def test_find_people_takes_no_name_written_elsewhere_before_a_thing_for_a_person() -> None:
    """ "the Kara Tobe mine" elsewhere makes "Kara Tobe is believed to hold" the mine, not
    someone; a name never written so stays a person."""
    text = (
        "KABUL - Work at the Kara Tobe mine will resume. Kara Tobe is believed to hold copper. "
        "Minister of Mines Ahmad Karimi said so."
    )
    assert people_of(text) == [("Ahmad Karimi", "Minister of Mines", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It was noted that New Zealand is one of the main buyers of wool from Chile.", []),
        (
            "Costa Rica is ready to share its experience, said Minister of Trade Elena Varga.",
            [("Elena Varga", "Minister of Trade", None)],
        ),
    ],
)
def test_find_people_takes_no_country_of_two_words_for_a_person(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """ "New Zealand is ...", "Costa Rica is ...": two capitalised words that name a country
    are the country, not someone's given name and surname."""
    assert people_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The EU Special Representative for Human Rights, Karim Nasser, also took part.",
            [("Karim Nasser", "EU Special Representative for Human Rights", None)],
        ),
        (
            "The UN Special Envoy for Climate Change, Anna Lind, also spoke.",
            [("Anna Lind", "UN Special Envoy for Climate Change", None)],
        ),
    ],
)
def test_find_people_reads_the_words_after_for_before_a_named_apposition_as_the_field(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """ "Special Representative for Human Rights, Karim Nasser,": the capitalised words after
    an office's "for" are its field when a name follows the comma, not the person."""
    assert people_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Staff Report, Gulf News\n\nDubai: The minister spoke.", []),
        (
            "Staff Writer, Gulf News\n\nDubai: Minister of Energy Omar Saleh spoke.",
            [("Omar Saleh", "Minister of Energy", None)],
        ),
    ],
)
def test_find_people_takes_no_byline_credit_for_a_person(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """ "Staff Report", "Staff Writer" on a byline credit the newsroom: no one is named."""
    assert people_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In Lebap, the khokim held talks with the hakim of the Lebap velayat, Batyr Orazov.",
            [("Batyr Orazov", "hakim of the Lebap velayat", "Turkmenistan")],
        ),
        ("Hakim Orazov spoke.", [("Hakim Orazov", None, None)]),
    ],
)
def test_find_people_reads_a_turkmen_hakim_in_lower_case_before_a_named_apposition(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """ "the hakim of the X velayat, Y Z,": the lower-case office of a Turkmen governor names
    Y Z; "Hakim" alone, capitalised, stays a given name."""
    assert people_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The session was co-chaired by the Minister of Foreign Affairs, Ana Ferreira,"
            " and her Estonian counterpart, Foreign Minister Boris Lutz.",
            ("Boris Lutz", "Estonia"),
        ),
        (
            "The Secretary-General received the Ambassador of the Republic of Moldova to"
            " ASEAN, H.E. Ion Rusnac, at the Secretariat. Ambassador Rusnac noted the trade.",
            ("Ion Rusnac", "Moldova"),
        ),
        (
            "A Fund team visited the capital. In Chisinau, the team met with Minister of"
            " Finance Ion Rusnac and other officials.",
            ("Ion Rusnac", "Moldova"),
        ),
    ],
)
def test_find_people_gives_a_counterpart_an_envoy_and_a_host_their_countries(
    text: str, expected: tuple[str, str]
) -> None:
    """ "her <demonym> counterpart, <office> X", "Ambassador of <country> to <body>, H.E.
    X" and "In <city>, the team met with <office> X" say whose X is."""
    name, country = expected
    found = {n: c for n, _, c in people_of(text)}
    assert found[name] == country


def test_find_people_gives_a_readouts_own_officials_the_other_side() -> None:
    """A readout on two countries that qualifies only the guest's officials tells of its
    own side's (the caller, the spokesperson) without a country."""
    text = (
        "Readout of the President's call\n\n"
        "President Harlan Ode spoke today with President Maria Lund of Norway. The leaders"
        " reaffirmed the alliance between Canada and Norway.\n\n"
        "The below is attributable to Spokesperson Dana Vile.\n"
    )
    assert people_of(text) == [
        ("Harlan Ode", "President", "Canada"),
        ("Maria Lund", "President", "Norway"),
        ("Dana Vile", "Spokesperson", "Canada"),
    ]


def test_find_people_leaves_a_delegation_member_and_an_outlets_people_alone() -> None:
    """One listed in a delegation may be of either side, and a story under a dateline has
    its outlet's country to go by: no side is guessed for them."""
    delegation = (
        "Talks in the capital\n\n"
        "President Ivo Rand received a delegation of Norway led by Minister of Trade Ola"
        " Berg. The delegation also included Deputy Minister Per Holm.\n\n"
        "They discussed trade between Canada and Norway.\n"
    )
    assert ("Per Holm", "Deputy Minister", None) in people_of(delegation)
    dated = (
        "OSLO, Nov. 3 (NTB) -- President Ivo Rand met Norwegian Minister of Trade Ola Berg."
        " They discussed trade between Canada and Norway.\n"
    )
    assert ("Ivo Rand", "President", None) in people_of(dated)


def test_find_people_reads_a_funds_country_from_its_city_not_a_partner_before_it() -> None:
    """ "Ruritania and the Abu Dhabi Fund for Development (ADFD)": the fund is Emirati."""
    text = (
        "Ruritania and the Abu Dhabi Fund for Development (ADFD) signed a loan today.\n\n"
        "It was signed by ADFD Director-General Saif Al Mansoori.\n"
    )
    assert ("Saif Al Mansoori", "ADFD Director-General", "United Arab Emirates") in people_of(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "President Ana Duarte and his Chilean counterpart, Rodrigo Pavez Mella, met today.",
            ("Rodrigo Pavez Mella", "President", "Chile"),
        ),
        (
            "The deal was signed by the Omani Minister of State for Foreign Trade, Salim Nasser"
            " Al Harthi, at the palace.",
            ("Salim Nasser Al Harthi", "Minister of State for Foreign Trade", "Oman"),
        ),
        (
            "Peru, a full member of the bloc since 2019, was represented by its vice president,"
            " Álvaro Quispe Mamani.",
            ("Álvaro Quispe Mamani", "vice president", "Peru"),
        ),
    ],
)
def test_find_people_reads_three_word_names_after_an_office_and_a_comma(
    text: str, expected: tuple[str, str, str]
) -> None:
    """ "his Chilean counterpart, A B C," and "Minister of X, A B C,": the name of three
    words follows the office and a comma; a country "represented by" someone keeps them
    with a phrase on the country between."""
    assert expected in people_of(text)


def test_find_people_drops_the_honourable_and_ends_an_office_with_its_line() -> None:
    """ "the Honourable X" is X; an office after the name ends at the end of its line."""
    text = (
        "Today, the Honourable Paul Ostrander, Minister of International Development, met"
        " officials.\n\n"
        '"We stand with them."\n'
        "- The Honourable Paul Ostrander, Minister of International Development\n\n"
        "Quick facts\n\n"
        "- Jordan hosts many refugees.\n"
    )
    assert people_of(text) == [("Paul Ostrander", "Minister of International Development", None)]


def test_find_people_reads_a_name_after_an_office_a_comma_and_a_style() -> None:
    """ "the Omani Minister of State for Trade, H.E. Salim Nasser Al Harthi,": the office
    before the comma is his, the style is no part of it."""
    text = (
        "The Commissioner held a meeting with the Omani Minister of State for Trade, H.E."
        " Salim Nasser Al Harthi, on the railway."
    )
    assert ("Salim Nasser Al Harthi", "Minister of State for Trade", "Oman") in people_of(text)


def test_find_people_reads_a_title_and_given_name_as_one_named_in_full_before() -> None:
    """ "Minister Tesfaye" after "Minister of Finance Tesfaye Alemu": one called by the given
    name is the one named in full, no second person."""
    text = (
        "The loan was signed by Minister of Finance Tesfaye Alemu.\n\n"
        "Speaking at the ceremony, Minister Tesfaye said the loan would help.\n"
    )
    assert people_of(text) == [("Tesfaye Alemu", "Minister of Finance", None)]


def test_find_people_reads_no_person_in_an_ordinal_of_a_title_case_headline() -> None:
    """ "Staff Reaches Agreement on the Fourth Review": an ordinal opens no name."""
    text = "Fund Staff Reaches Staff-Level Agreement on the Fourth Review under the Arrangement\n"
    assert people_of(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Raksha Mantri holds talks with a visiting minister\n", []),
        ("The road to the Two Holy Mosques is shorter, he said.", []),
        (
            "At the Government Complex Sejong, Minister Park Ji-hoon met guests.",
            [("Park Ji-hoon", "Minister", None)],
        ),
    ],
)
def test_find_people_reads_no_person_in_an_office_or_a_place_name(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """ "Raksha Mantri" (India's name of its defence minister) is an office, "the Two Holy
    Mosques" and "Government Complex Sejong" are places: no one's name."""
    assert people_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The envoy called on the Prime Minister of Viet Nam, H.E. Mr. Pham Duc Long, in"
            " the capital.",
            [("Pham Duc Long", "Prime Minister", "Vietnam")],
        ),
        (
            "Talks were held with the Minister of Industry, Hamid Al Suwaidi, and his"
            " counterpart in Abu Dhabi.",
            [("Hamid Al Suwaidi", "Minister of Industry", None)],
        ),
        (
            "The deals were signed before both ministers, Abu Dhabi's Falcon Holding will"
            " supply the parts.",
            [],
        ),
    ],
)
def test_find_people_reads_no_person_in_a_country_or_a_city_of_two_words(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """A country's name of two words ("Viet Nam") is never a person, even after an office;
    nor a city's ("Abu Dhabi") after "in" or owning something."""
    assert people_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The talks were chaired by Minister of Health Dato Seri Setia Dr Awang Haji Mohd"
            " Isham bin Haji Jaafar. Dato Seri Setia Dr Awang Haji Mohd Isham said so.",
            [("Mohd Isham bin Haji Jaafar", "Minister of Health", None)],
        ),
        (
            "Minister of Energy Dato Seri Paduka Awang Haji Hamid bin Haji Salleh met guests."
            " Dato Seri Paduka Awang Haji Hamid said it was good.",
            [("Hamid bin Haji Salleh", "Minister of Energy", None)],
        ),
        (
            "Minister of Water Haji Karimullah Wardak visited the dam.",
            [("Karimullah Wardak", "Minister of Water", None)],
        ),
    ],
)
def test_find_people_reads_bruneian_and_malay_styles_apart_from_the_name_and_office(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """ "Dato Seri Setia Dr Awang Haji" before a name is a style of address: no part of the
    office or the name; the given names before "bin" are the name's, and a later mention by
    them is the same person."""
    assert people_of(text) == expected


def test_find_people_reads_no_person_in_a_price_benchmark_assessed_at_a_price() -> None:
    """ "Dated Brent was assessed at $71/b": what was assessed, priced or quoted at a price
    is a benchmark, no one."""
    text = "Urals Blend was assessed at $61.20/b on Nov. 3, down 15 cents on the day."
    assert people_of(text) == []


def test_find_people_gives_the_country_of_a_wire_story_subject_after_a_dash_without_blanks() -> (
    None
):
    """ "LONDON (Agency)--Kazakhstan will cut ..., Energy Minister X said": the country the
    sentence opens with, right after the dateline's dash, is the minister's."""
    text = (
        "LONDON (Global Energy Wire)--Norway will raise gas output by 5%, Energy Minister"
        " Lars Haugland said Nov. 3 after talks in Oslo.\n"
    )
    assert people_of(text) == [("Lars Haugland", "Energy Minister", "Norway")]


def test_find_people_gives_an_officer_the_country_of_the_company_named_before_the_office() -> None:
    """ "Kazakhstan's state company X ... X Chairman of the Management Board Y": the office's
    company, across "of the", is the one the text gave a country."""
    text = (
        "Mongolia's national mining company Erdenetmet signed a deal. The contract was signed"
        " by Erdenetmet Chairman of the Management Board Bold Ganbaatar and the buyer.\n"
    )
    assert people_of(text) == [("Bold Ganbaatar", "Chairman of the Management Board", "Mongolia")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A letter signed by Norwegian climate ambassador Kari Lunde was read out at the"
            " forum.",
            [("Kari Lunde", "climate ambassador", "Norway")],
        ),
        (
            "He met Chilean mining minister Rosa Ibarra on Monday.",
            [("Rosa Ibarra", "mining minister", "Chile")],
        ),
        (
            "He met the Danish climate change envoy Jens Holm on Monday.",
            [("Jens Holm", "climate change envoy", "Denmark")],
        ),
        (
            "Peru has shut half of its coastal mines, its mining chief Ana Soto said on Friday.",
            [("Ana Soto", "chief", "Peru")],
        ),
        (
            "The port has shut half of its berths, its general manager Ana Soto said on Friday.",
            [("Ana Soto", "general manager", None)],
        ),
    ],
)
def test_find_people_reads_an_office_in_lower_case_after_a_demonym_or_its(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """ "Norwegian climate ambassador X": the demonym before a field in lower case gives the
    country; "Peru has shut ..., its mining chief X": "its" stands for the country the
    sentence opens with."""
    assert people_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chilean Minister of Mining Rosa Ibarra and Norway's Minister of Trade Ola Dahl held"
            " talks in Oslo.\n\nLater, Ibarra was received by Prime Minister Kari Lunde.\n",
            ("Kari Lunde", "Prime Minister", "Norway"),
        ),
        (
            "The Chile-Norway commission met in Oslo.\n\nTrade Secretary Kari Lunde and Chilean"
            " Minister of Mining Rosa Ibarra co-chaired the session.\n",
            ("Kari Lunde", "Trade Secretary", "Norway"),
        ),
        (
            # a third country named: the official may be of it
            "Chilean Minister of Mining Rosa Ibarra and Norway's Minister of Trade Ola Dahl held"
            " talks in Oslo.\n\nLater, Ibarra was received by Prime Minister Kari Lunde. Peru"
            " was not invited.\n",
            ("Kari Lunde", "Prime Minister", None),
        ),
        (
            # one of the visitor's own side, told of with them: of the visitor's country
            "Chilean Minister of Mining Rosa Ibarra and Norway's Minister of Trade Ola Dahl held"
            " talks in Oslo.\n\nIbarra, accompanied by Deputy Minister Kari Lunde, met the"
            " press.\n",
            ("Kari Lunde", "Deputy Minister", "Chile"),
        ),
    ],
)
def test_find_people_gives_an_official_met_by_one_side_of_two_countries_the_other_side(
    text: str, expected: tuple[str, str | None, str | None]
) -> None:
    """In a text on two countries only, a government official without a country whom a
    sentence tells of meeting people of one of them is of the other; not one told of as
    accompanying them (who is of their side), nor when a third country is named."""
    assert expected in people_of(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Minister of Trade, Commerce, Food Security & Cooperative Development Nimal Perera"
            " met guests.",
            [
                (
                    "Nimal Perera",
                    "Minister of Trade, Commerce, Food Security & Cooperative Development",
                    None,
                )
            ],
        ),
        (
            "Deputy Secretary of the Shipping Ministry Md. Harun Ali Mridha led the Chile side"
            " at talks in Lima, where Trade Secretary Ana Soto led the Peruvian side.",
            [
                (
                    "Md. Harun Ali Mridha",
                    "Deputy Secretary of the Shipping Ministry",
                    "Chile",
                ),
                ("Ana Soto", "Trade Secretary", "Peru"),
            ],
        ),
        ("The President’s Media Division (PMD) said the talks went well.", []),
    ],
)
def test_find_people_reads_offices_with_an_ampersand_or_a_ministry_and_the_side_led(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """ "&" joins the portfolios of an office as "and" does; an office closing with a
    ministry takes a name of four words after it; one who "led the Chile side" is of Chile;
    a "Media Division" is a body, no one."""
    assert people_of(text) == expected


def test_find_people_reads_a_name_after_an_honorific_and_the_hosts_of_a_state_visit() -> None:
    """ "the Vice-President of the Republic of Kiribati Dr. Tebano Ioane Kaitu": all three
    words after the honorific are the name; on a "State Visit to Tonga" (capitalised) whom
    the visitor meets is Tongan, though a third country is named."""
    text = (
        "On a State Visit to Tonga, the Vice-President of the Republic of Kiribati Dr. Tebano"
        " Ioane Kaitu met Prime Minister Sione Vea in Nuku'alofa, after a stop in Fiji."
    )
    assert people_of(text) == [
        ("Tebano Ioane Kaitu", "Vice-President", "Kiribati"),
        ("Sione Vea", "Prime Minister", "Tonga"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It was signed by Mauritania's Minister of Energy Sidi Mohamed Ould Cheikh. Ould"
            " Cheikh told reporters.",
            [("Sidi Mohamed Ould Cheikh", "Minister of Energy", "Mauritania")],
        ),
        (
            "The minister met Mauritania's ambassador to the Benelux, Fatimetou Mint Ahmed, on"
            " trade.",
            [("Fatimetou Mint Ahmed", "ambassador to the Benelux", "Mauritania")],
        ),
    ],
)
def test_find_people_reads_mauritanian_names_with_ould_and_mint(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """ "Ould" ("son of") and "Mint" ("daughter of") chain a Mauritanian name as "bin" does:
    the given names before them are the name's, not the office's."""
    assert people_of(text) == expected


@pytest.mark.parametrize("role", ["a water specialist", "a senior lecturer"])
def test_find_people_reads_a_specialist_or_a_lecturer_after_a_name(role: str) -> None:
    """ "said A B, a water specialist at the X Institute": a specialist or a lecturer at a
    body holds a title, as an analyst or a professor there does."""
    text = f'"It will take years," said Oskar Lindqvist, {role} at the Baltic Policy Institute.'
    assert [p.name for p in find_people(text)[0]] == ["Oskar Lindqvist"]


def test_find_people_reads_three_names_between_an_office_and_its_closing_comma() -> None:
    """ "The head of the X Commission, A B C, said": an office, a comma, then three names
    closed by a comma: all three are the name (not its last two alone, nor no one)."""
    text = (
        "The head of the Caribbean Community Secretariat, Marisol Anaya Brathwaite, welcomed"
        " the accord."
    )
    assert people_of(text) == [
        ("Marisol Anaya Brathwaite", "head of the Caribbean Community Secretariat", None)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The second call was with the President of Zambia, Peter Mwila Banda. They spoke"
            " of copper.",
            [("Peter Mwila Banda", "President", "Zambia")],
        ),
        (
            "The Minister of Health and Social Welfare, Mrs Ruth Nankya Ssempala, said the"
            " clinics would open.",
            [("Ruth Nankya Ssempala", "Minister of Health and Social Welfare", None)],
        ),
        (
            "The Governor of the Central Bank, Dr Amos Kibet Langat, spoke.",
            [("Amos Kibet Langat", "Governor of the Central Bank", None)],
        ),
    ],
)
def test_find_people_reads_three_names_after_an_office_s_comma_to_a_stop_or_an_honorific(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """ "the President of X, A B C." (the name closing the sentence), "the Minister of X,
    Mrs A B C,": the three words are the name, as before a closing comma."""
    assert people_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Premier Claire Dubois opened the plant on Friday.",
            [("Claire Dubois", "Premier", None)],
        ),
        (
            "Ontario Premier Claire Dubois opened the plant on Friday.",
            [("Claire Dubois", "Ontario Premier", "Canada")],
        ),
        (
            "The deal was signed by Mineral and Petroleum Resources Minister Thabo Dlamini.",
            [("Thabo Dlamini", "Mineral and Petroleum Resources Minister", None)],
        ),
    ],
)
def test_find_people_reads_a_regions_head_and_a_minerals_portfolio(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """ "Ontario Premier X": a head of a region ISO 3166-2 knows is of its country; "Mineral
    and Petroleum Resources Minister" is one office."""
    assert people_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # the same office, held by one of the two countries the text names
            "The President of Fiji Josefa Rabuka held talks in Samoa.\n\nMinister of Foreign"
            " Affairs Mata Leota and Minister of Foreign Affairs of Fiji Sione Vake were"
            " present.\n",
            ("Mata Leota", "Minister of Foreign Affairs", "Samoa"),
        ),
        (
            # one country given, the text names one more: the host met is of it
            "President Mata Leota hosted visiting Fijian Prime Minister Sione Vake at the"
            " palace, and the leaders discussed trade with Samoa.\n",
            ("Mata Leota", "President", "Samoa"),
        ),
        (
            # an office of the European Commission: no country's
            "Representative/Vice-President Ana Lenz receives Foreign Minister Rosa Ibarra\n\n"
            "The Vice-President of the European Commission, Ana Lenz, received the Minister"
            " of Foreign Affairs of Chile, Rosa Ibarra, in Brussels. They discussed a railway"
            " to Peru.\n",
            ("Ana Lenz", "Vice-President", None),
        ),
    ],
)
def test_find_people_gives_an_official_the_other_of_two_countries_by_office_or_meeting(
    text: str, expected: tuple[str, str | None, str | None]
) -> None:
    """In a text naming two countries, one given to someone, an official of neither holding
    the office another holds for one of them, or meeting them, is of the other; not one of
    an international body's office."""
    assert expected in people_of(text)


def test_find_people_gives_one_and_his_counterpart_of_a_country_the_other_of_the_two() -> None:
    """ "talks between Foreign Minister X and his Chilean counterpart Y" in a text on Norway
    and Chile that names a third country: X is of the other one."""
    text = (
        "Norwegian ambassador Kari Lunde spoke of trade.\n\nShe recalled the talks between"
        " Foreign Minister Ola Dahl and his Chilean counterpart Rosa Ibarra in Santiago. Peru"
        " may join later, she said.\n"
    )
    assert ("Ola Dahl", "Foreign Minister", "Norway") in people_of(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Minister of Health, Senator the Hon. Carla Mendes-Hart, welcomed Peru's Minister"
            " of Trade, Hon. Luis Ortega, to Belize.",
            [
                # (the host of the text's other country: "welcomed ... to Belize")
                ("Carla Mendes-Hart", "Minister of Health", "Belize"),
                ("Luis Ortega", "Minister of Trade", "Peru"),
            ],
        ),
        (
            "Mr Ortega called on Prime Minister the Most Hon. Peter Grant at his office.",
            [("Peter Grant", "Prime Minister", None)],
        ),
        (
            "The Speaker of the House of Representatives, Rt Hon John Kale, hosted the Speaker"
            " of the Legislative Assembly of Tonga, Hon. Sione Tupou Fifita, at Parliament.",
            [
                ("John Kale", "Speaker of the House of Representatives", None),
                ("Sione Tupou Fifita", "Speaker of the Legislative Assembly", "Tonga"),
            ],
        ),
    ],
)
def test_find_people_reads_an_office_before_a_commonwealth_style_of_address(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """An office, then "Hon.", "Senator the Hon.", "the Most Hon." or "Rt Hon", then a name:
    the office is the name's, the style no part of either."""
    assert people_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Prime Minister\nThe Hon Lena Varga MP\n\nToday I opened the new port of Velmora.",
            [("Lena Varga", "Prime Minister", None)],
        ),
        (
            "The Hon Lena Varga MP\nMinister for Trade and Tourism\n\nToday I opened a port.",
            [("Lena Varga", "Minister for Trade and Tourism", None)],
        ),
        (
            "Media release\n\nThe Rt Hon Lena Varga\n\nToday I opened a port.",
            [("Lena Varga", None, None)],
        ),
    ],
)
def test_find_people_reads_a_styled_name_on_a_byline_line_of_its_own(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """A minister's own release names its author above the text on a line of its own after
    a Commonwealth style ("The Hon X Y MP"): X Y is a person, whose office is a line of an
    office right above or below, if any."""
    assert people_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "First Lady Ana Rojas hosted a tea for the delegation.",
        "The First Lady, Ana Rojas, hosted a tea for the delegation.",
    ],
)
def test_find_people_reads_first_lady_as_an_office_before_the_name(text: str) -> None:
    """ "First Lady X": the office, then the name, not "Lady X" as a name."""
    assert people_of(text) == [("Ana Rojas", "First Lady", None)]


def test_find_people_takes_a_mongolian_given_name_in_a_headline_for_the_full_name_below() -> None:
    """ "President Batbold" over "President of Mongolia Batbold Erdene": one person, called
    by the given name written first, as Mongolians are."""
    text = (
        "Chile and Mongolia sign deals as President Batbold visits\n\n"
        "President of Mongolia Batbold Erdene held talks with President of Chile Ana Rojas."
    )
    assert people_of(text) == [
        ("Batbold Erdene", "President", "Mongolia"),
        ("Ana Rojas", "President", "Chile"),
    ]


def test_find_people_takes_a_korean_surname_in_a_headline_for_the_full_name_below() -> None:
    """ "Ambassador Kim" over "Ambassador Kim Do-hyun": one person, named in full; a Western
    given name that is also a Korean surname ("Lee Anderson") is not read so."""
    korean = (
        "Ambassador Kim pays a courtesy call on the Minister\n\n"
        "Ambassador Kim Do-hyun paid a courtesy call on Minister of Trade Ana Rojas in Lima."
    )
    assert people_of(korean) == [
        ("Kim Do-hyun", "Ambassador", None),
        ("Ana Rojas", "Minister of Trade", "Peru"),
    ]
    western = (
        "Ambassador Lee pays a call\n\n"
        "Ambassador Lee Anderson paid a call on Minister of Trade Ana Rojas in Lima."
    )
    assert [name for name, _, _ in people_of(western)] == ["Lee", "Lee Anderson", "Ana Rojas"]


def test_find_people_takes_a_vietnamese_surname_after_an_office_for_the_full_name() -> None:
    """ "Prime Minister Tran" after "Tran Van Hoa": the same person, not a second one."""
    text = (
        "Prime Minister Anna Lind met Prime Minister of Viet Nam Tran Van Hoa. It was Prime"
        " Minister Tran's first visit."
    )
    assert [name for name, _, _ in people_of(text)] == ["Anna Lind", "Tran Van Hoa"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Trade chiefs Okafor and Minister of New Zealand Walsh sign accord\n\n"
            "Trade Minister Ada Okafor received the Minister of New Zealand Rhys Walsh Brown"
            " on Friday.",
            [
                ("Ada Okafor", "Trade Minister", None),
                ("Rhys Walsh Brown", "Minister", "New Zealand"),
            ],
        ),
        (
            "President of Sri Lanka Perera opens port\n\n"
            "The President of Sri Lanka Nimal Perera Silva opened it.",
            [("Nimal Perera Silva", "President", "Sri Lanka")],
        ),
    ],
)
def test_find_people_reads_no_name_out_of_a_country_of_two_words_and_a_surname(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """ "Minister of New Zealand Walsh sign": "Zealand Walsh" is the end of a country's name
    and a surname, not a person; the full name below is."""
    assert people_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ambassador Lund pays a courtesy call on the Minister of Foreign Trade of Peru\n\n"
            "Ambassador Erik Lund paid a courtesy call on Minister of Foreign Trade Ana Rojas"
            " Vidal at her office.",
            ("Ana Rojas Vidal", "Minister of Foreign Trade", "Peru"),
        ),
        (
            "Ambassador Erik Lund called on Minister of Foreign Trade Ana Rojas Vidal. He"
            " thanked the Minister of Foreign Trade of Peru, for her time.",
            ("Ana Rojas Vidal", "Minister of Foreign Trade", "Peru"),
        ),
        (
            # the office before the name is another's: "the Special Envoy of Peru to X, Y"
            "The talks were held with Special Envoy Erik Lund. The Special Envoy of Peru to the"
            " Union, Mr. Luis Soto, also attended.",
            ("Erik Lund", "Special Envoy", None),
        ),
    ],
)
def test_find_people_gives_the_one_holder_of_an_office_the_country_named_with_it(
    text: str, expected: tuple[str, str | None, str | None]
) -> None:
    """ "the Minister of Foreign Trade of Peru" without a name, and the one "Minister of Foreign
    Trade X": X is Peru's; not so for an office named with the name of another after it."""
    assert expected in people_of(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Speaker of the House of Representatives, Rt Hon John Kale, hosted the Speaker"
            " of the Legislative Assembly of Tonga, Hon. Sione Tupou Fifita, at Parliament in"
            " Canberra.",
            ("John Kale", "Speaker of the House of Representatives", "Australia"),
        ),
        (
            # the city of another sentence is not where the host was
            "Foreign Minister Anna Berg hosted a dinner. Guests came from Chile in Lima.",
            ("Anna Berg", "Foreign Minister", None),
        ),
        (
            # a seat of international bodies: anyone's
            "Foreign Minister Anna Berg hosted talks on Chile in Geneva.",
            ("Anna Berg", "Foreign Minister", None),
        ),
    ],
)
def test_find_people_gives_who_hosts_someone_in_a_city_its_country(
    text: str, expected: tuple[str, str | None, str | None]
) -> None:
    """ "X hosted the Speaker of Tonga ... in Canberra": X is Australia's (not across a
    sentence's end, not in Geneva)."""
    assert expected in people_of(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Premier Jon Hale spoke of trade.\n\nHale met Anna Berg, Iceland's Minister for"
            " Foreign Affairs, at Province House in Halifax for an hour.",
            ("Jon Hale", "Premier", "Canada"),
        ),
        (
            # one met of the city's own country: no visitor, the city tells nothing
            "Trade Minister Jon Hale met Chile's Finance Minister Ana Rojas in Santiago.",
            ("Jon Hale", "Trade Minister", None),
        ),
    ],
)
def test_find_people_gives_who_met_a_visitor_in_a_city_its_country(
    text: str, expected: tuple[str, str | None, str | None]
) -> None:
    """ "X met Y, Iceland's minister, in Halifax": X is of Halifax's country; not when Y is
    of the city's own country."""
    assert expected in people_of(text)


def test_find_people_reads_an_office_before_ambassador_kept_as_a_style() -> None:
    """ "Assistant Secretary-General, Trade and Economic Integration, Ambassador X": the office
    with its portfolio is X's title, "Ambassador" a rank kept as a style."""
    text = (
        "The Vice Minister came with Mr. Luis Soto. Assistant Secretary-General, Trade and"
        " Economic Integration, Ambassador Rita Hall-Moore, also attended the meeting."
    )
    assert people_of(text)[-1] == (
        "Rita Hall-Moore",
        "Assistant Secretary-General, Trade and Economic Integration",
        None,
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The delegation met the Foreign Affairs Committee, chaired by Dr. Jane Roe MP, for"
            " a discussion.",
            [("Jane Roe", "chair of the Foreign Affairs Committee", None)],
        ),
        (
            "The delegation also met the Foreign Affairs, Defence and Trade Committee, chaired"
            " by Jane Roe, on Monday.",
            [("Jane Roe", "chair of the Foreign Affairs, Defence and Trade Committee", None)],
        ),
        # no body of members named before: no office
        ("The talks were chaired by Jane Roe.", []),
    ],
)
def test_find_people_reads_the_chair_of_a_committee_chaired_by_a_member(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """ "the X Committee, chaired by Dr Y Z MP": Y Z is the committee's chair (the member's
    letters no part of the name)."""
    assert people_of(text) == expected


def test_find_people_gives_an_official_met_only_by_one_just_given_a_side_the_other_side() -> None:
    """An official given a side by whom they met counts as of that side for those told of
    after them: one received only by the host's newly placed Prime Minister is a visitor."""
    text = (
        "Chilean Minister of Mining Rosa Ibarra and Norway's Minister of Trade Ola Dahl held"
        " talks in Oslo.\n\nLater, Ibarra was received by Prime Minister Kari Lunde.\n\nOn"
        " Friday, Lunde also received Deputy Minister Per Berg.\n"
    )
    assert people_of(text)[2:] == [
        ("Kari Lunde", "Prime Minister", "Norway"),
        ("Per Berg", "Deputy Minister", "Chile"),
    ]


def test_find_people_reads_ruler_as_an_office() -> None:
    """ "Deputy Ruler of Sharjah": "Ruler" heads an office, no one's name."""
    text = (
        "The talks were attended by Sheikh Faisal bin Saud Al Qasimi, Deputy Ruler of Sharjah"
        " and Chairman of the Ports Authority; and senior officials.\n"
    )
    assert [name for name, _, _ in people_of(text)] == ["Faisal bin Saud Al Qasimi"]


@pytest.mark.parametrize(
    "text",
    [
        "Later, the minister met with Chairman of the Meshrano Jirga (the upper house of the"
        " Afghan parliament) and Governor of Kabul Fazel Omari.\n",
        "Later, the minister met with Speaker of the Jatiya Sangsad and Mayor of Dhaka Rahim"
        " Chowdhury.\n",
    ],
)
def test_find_people_takes_the_name_after_of_the_for_a_body(text: str) -> None:
    """ "Chairman of the Meshrano Jirga ... and Governor of Kabul X Y": the capitalised
    words right after "of the" name the body the office heads, not a person."""
    names = [name for name, _, _ in people_of(text)]
    assert len(names) == 1
    assert names[0] in ("Fazel Omari", "Rahim Chowdhury")


def test_parse_gives_the_first_named_untitled_host_the_office_the_text_calls_him_by() -> None:
    """A president's press service names him first without an office ("X holds talks with
    Chancellor Y"), then only as "the Head of State" and "the President": he is the
    President, in the talks and the speaker of the quote."""
    text = (
        "Ilir Berisha holds talks with Prime Minister of Croatia Marko Horvat\n\n"
        "12 March 2025, 14:20\n\n"
        "The Head of State held talks with Prime Minister of Croatia Marko Horvat, who is"
        " in Kosovo on an official visit.\n\n"
        "“Croatia is a close partner of ours,” the President said.\n\n"
        "Marko Horvat thanked the President for the warm welcome.\n"
    )
    brief = parse_brief(text, brief_id="x")
    host = brief.people[0]
    assert (host.name, host.title) == ("Ilir Berisha", "President")
    assert [[p.name for p in m.participants] for m in brief.meetings] == [
        ["Ilir Berisha", "Marko Horvat"]
    ]
    assert brief.quotes[0].speaker == "Ilir Berisha"


def test_parse_leaves_an_untitled_person_untitled_when_a_president_is_named() -> None:
    """ "the President" refers to the President the text names, not to one named without
    an office."""
    text = (
        "Ilir Berisha met President Ana Kovac\n\n"
        "12 March 2025, 14:20\n\n"
        "Ilir Berisha held talks with President Ana Kovac in Zagreb.\n\n"
        "“We are close partners,” the President said.\n"
    )
    brief = parse_brief(text, brief_id="x")
    assert brief.people[0].name == "Ilir Berisha"
    assert brief.people[0].title is None


def test_parse_gives_the_untitled_host_the_office_when_he_holds_talks_with_a_president() -> None:
    """ "The Head of State held talks with President of X Y": the head of state the host's
    press service writes of is not the guest president, so "the President" of the host's
    quotes is the one it names without an office."""
    text = (
        "Tomas Riedl holds talks with President of Portugal Rui Matos\n\n"
        "3 June 2025\n\n"
        "The Head of State held talks with President of Portugal Rui Matos, who arrived on a"
        " state visit.\n\n"
        "Tomas Riedl noted that trade between the two countries had grown.\n\n"
        "“Portugal is one of our key partners in Europe,” the President said.\n"
    )
    brief = parse_brief(text, brief_id="x")
    assert [(p.name, p.title) for p in brief.people] == [
        ("Tomas Riedl", "President"),
        ("Rui Matos", "President"),
    ]
    assert [[p.name for p in m.participants] for m in brief.meetings] == [
        ["Tomas Riedl", "Rui Matos"]
    ]
    assert brief.quotes[0].speaker == "Tomas Riedl"


def test_parse_reads_the_head_of_state_told_before_any_name_as_the_one_named_untitled() -> None:
    """A head of state's own page whose body opens "On Tuesday, the Head of State held talks in
    narrow format with President of X Y" and names its host only later, without an office:
    the host is the President, the Head of State of those talks and the speaker of "the
    President said", not the guest named first."""
    text = (
        "date 2025-06-04\n"
        "title Tomas Riedl holds talks with President of Portugal Rui Matos\n"
        "On Tuesday, the Head of State held talks in narrow and extended format with President"
        " of Portugal Rui Matos, who arrived in Vienna on a state visit.\n\n"
        "Tomas Riedl noted that trade between the two countries had grown.\n\n"
        "“Portugal is one of our key partners in Europe,” the President said.\n"
    )
    brief = parse_brief(text, brief_id="x")
    assert sorted((p.name, p.title) for p in brief.people) == [
        ("Rui Matos", "President"),
        ("Tomas Riedl", "President"),
    ]
    assert [({p.name for p in m.participants}, m.date, m.place) for m in brief.meetings] == [
        ({"Tomas Riedl", "Rui Matos"}, dt.date(2025, 6, 3), "Vienna")
    ]
    assert brief.quotes[0].speaker == "Tomas Riedl"


def test_find_people_reads_a_plural_demonym_before_a_verb_as_no_person() -> None:
    """ "Chileans and Costa Ricans will travel": a people, not a person named before a verb."""
    text = (
        "From March, Chileans and Costa Ricans will be able to travel without visas,"
        " President Ana Vargas said.\n"
    )
    assert [name for name, _, _ in people_of(text)] == ["Ana Vargas"]


def test_find_people_reads_menteri_besar_as_an_office() -> None:
    """ "Penang Menteri Besar Datuk X Y Z": a Malaysian state's chief minister, the style and
    the three words of the name after it."""
    text = "Also present were Penang Menteri Besar Datuk Ahmad Zaki Yusof and officials.\n"
    assert people_of(text)[0][:2] == ("Ahmad Zaki Yusof", "Menteri Besar")


def test_find_people_refers_the_word_before_da_to_a_portuguese_name() -> None:
    """ "Joao Carlos Pena da Rocha ... Pena": the surname before "da" (the one the press
    uses alone) is a later mention of the whole name."""
    text = (
        "President Joao Carlos Pena da Rocha received Prime Minister Ana Torres.\n\n"
        "Pena and Torres discussed trade.\n"
    )
    people, mentions = find_people(text)
    pena = text.index("Pena and")
    assert [people[m.person].name for m in mentions if m.start == pena] == [
        "Joao Carlos Pena da Rocha"
    ]


def test_find_people_reads_a_president_role_as_the_president_not_the_vice_president() -> None:
    """ "the Chilean president", with a President and a Vice President of Chile named (the
    Vice President last): the President."""
    text = (
        "Chilean President Tomas Rojas received Prime Minister Ana Torres in Santiago.\n\n"
        "Later, Torres met Chilean Vice President Luis Parra.\n\n"
        "The two leaders last met during the Chilean president's tour of Europe.\n"
    )
    people, mentions = find_people(text)
    roles = [people[m.person].name for m in mentions if m.kind == "role"]
    assert roles == ["Tomas Rojas"]


@pytest.mark.parametrize(
    "text",
    [
        "The minister travels to Samoa on Friday, where she will meet Prime Minister Fiame"
        " Naomi Mataafa.\n",
        "The minister then flew to Apia to meet Prime Minister Fiame Naomi Mataafa.\n",
    ],
)
def test_find_people_gives_whom_a_traveller_goes_to_meet_the_destination_country(
    text: str,
) -> None:
    """ "travels to <country> ..., where she will meet <office> X", "flew to <city> to meet
    <office> X": X is of that country."""
    assert people_of(text) == [("Fiame Naomi Mataafa", "Prime Minister", "Samoa")]


def test_find_people_gives_no_country_for_a_journey_to_no_country() -> None:
    """ "went to the market to meet Director X": no country named, none given."""
    text = "He went to the market to meet Director Ana Lopez.\n"
    assert people_of(text) == [("Ana Lopez", "Director", None)]


def test_find_people_reads_a_peer_named_by_title_and_surname_as_the_full_name() -> None:
    """ "The Foreign Secretary, Lord Ashworth," in a headline and "Foreign Secretary Richard
    Ashworth" below are one person, named in full; his talks are those of two people."""
    body = (
        "LONDON – The Foreign Secretary, Lord Ashworth, has held talks with Mongolia's Foreign "
        "Minister Batmunkh Battsetseg in London.\n\nForeign Secretary Richard Ashworth said "
        "the talks were useful. Lord Ashworth will travel to Paris on Friday.\n"
    )
    assert [name for name, _, _ in people_of(body)] == ["Richard Ashworth", "Batmunkh Battsetseg"]
    brief = parse_brief(f"date 2024-03-08\n{body}", brief_id="peer")
    assert [[p.name for p in m.participants] for m in brief.meetings] == [
        ["Richard Ashworth", "Batmunkh Battsetseg"]
    ]


@pytest.mark.parametrize("style", ["Dato'", "Dato’", "Dato"])
def test_find_people_reads_the_name_after_a_malaysian_style_with_its_closing_mark(
    style: str,
) -> None:
    """ "the Ambassador of Malaysia to Chile, Dato' X Y": the style, with or without its
    apostrophe, is no part of the name, and the office before it is the holder's."""
    body = (
        "SANTIAGO – The mayor met with the Ambassador of Malaysia to Chile, "
        f"{style} Faridah Osman, on Monday."
    )
    assert people_of(body) == [("Faridah Osman", "Ambassador to Chile", "Malaysia")]


@pytest.mark.parametrize(
    "company",
    [
        'the Chilean national railway company "Ferrocarriles Andinos"',
        'the state oil company "Pacifico Petroleo"',
        'the company "Andes Cobre"',
    ],
)
def test_find_people_reads_an_office_of_a_company_named_in_quotation_marks_after_its_kind(
    company: str,
) -> None:
    """'the Chairman of the Board of the national railway company "X Y" A B': the office
    runs over the company's kind in lower case and its quoted name up to the holder's."""
    body = (
        "LIMA – Minister Ana Salas held a phone call with the Chairman of the Board of "
        f"{company} Pablo Rojas on Monday."
    )
    found = {name: title for name, title, _ in people_of(body)}
    assert found.get("Pablo Rojas", "").startswith("Chairman of the Board of ")


@pytest.mark.parametrize(
    "closing",
    [
        "Marta Oyelaran, Tunde Bakare and Chidi Okafor were present.",
        "Marta Oyelaran, Tunde Bakare, and Chidi Okafor also attended the talks.",
        "Also present were Marta Oyelaran, Tunde Bakare and Chidi Okafor.",
    ],
)
def test_find_people_reads_a_list_of_plain_names_who_attended(closing: str) -> None:
    """ "A, B and C were present": each of the plain names that attended is someone, with no
    office."""
    text = f"President Ama Mensah held talks with Prime Minister Kofi Boateng.\n\n{closing}\n"
    assert people_of(text)[2:] == [
        ("Marta Oyelaran", None, None),
        ("Tunde Bakare", None, None),
        ("Chidi Okafor", None, None),
    ]


def test_find_people_reads_no_attendee_list_of_companies() -> None:
    """ "Kaspi Invest, Nord Eximbank and Tengiz Oil attended": companies, no one."""
    text = "Kaspi Invest, Nord Eximbank and Tengiz Oil attended the forum.\n"
    assert people_of(text) == []


def test_find_people_gives_an_office_the_country_that_an_indefinite_mention_names() -> None:
    """ "the first visit by a Dutch Trade Minister to South America": the one Trade Minister
    the text names is Dutch."""
    text = (
        "Trade Minister Eva de Groot held talks with Minister of Production Luis Salas of Peru"
        " in Lima, on the first visit by a Dutch Trade Minister to South America.\n\n"
        "The minister then flew to Bogota, where she met President Ana Mejia of Colombia.\n"
    )
    assert people_of(text)[0] == ("Eva de Groot", "Trade Minister", "Netherlands")


def test_find_people_gives_whom_a_headline_visitor_is_received_by_the_visited_country() -> None:
    """ "Minister visits Ghana" (a headline), "was received by President X": X is of the
    country visited."""
    text = (
        "Foreign Minister visits Ghana to deepen trade ties\n\n"
        "Foreign Minister Lena Brandt met her counterpart in Accra today.\n\n"
        "Later in the day, the Foreign Minister was received by President Kwame Asante.\n"
    )
    assert ("Kwame Asante", "President", "Ghana") in people_of(text)


def test_find_people_gives_whom_a_traveller_is_due_to_meet_tomorrow_the_country() -> None:
    """ "will travel on to Peru tomorrow, where he is due to meet President X": X is
    Peruvian."""
    text = (
        "Minister Tomas Lind held talks in Santiago.\n\n"
        "Lind will travel on to Peru tomorrow, where he is due to meet President Rosa Quispe.\n"
    )
    assert ("Rosa Quispe", "President", "Peru") in people_of(text)


def test_find_people_titles_a_head_of_state_the_text_calls_president_of_his_country() -> None:
    """ "Head of State X" of Kenya, and "the President of Kenya said": X is President."""
    text = (
        "Head of State Daniel Kiprono held talks with Prime Minister Olav Berg of Norway,"
        " the press service of the President of Kenya reports.\n\n"
        "Daniel Kiprono noted that trade between Kenya and Norway was growing.\n\n"
        "“We welcome Norwegian investors,” the President of Kenya said.\n"
    )
    assert people_of(text)[0] == ("Daniel Kiprono", "President", "Kenya")


def test_find_people_keeps_head_of_state_where_the_text_names_no_presidency() -> None:
    """ "Head of State X" whom the text calls only "the President": the office it wrote."""
    text = (
        "Head of State Daniel Kiprono of Kenya received Prime Minister Olav Berg of Norway.\n\n"
        "“We welcome Norwegian investors,” the President said.\n"
    )
    assert people_of(text)[0] == ("Daniel Kiprono", "Head of State", "Kenya")


def test_find_people_titles_an_untitled_leader_named_first_by_a_demonym_president() -> None:
    """ "X Y, who is in Chile on a visit, held talks with President of Chile Z", "X Y noted"
    and "the Peruvian President": X Y, named first, is the President of Peru."""
    text = (
        "Rosa Quispe, who is in Chile on an official visit, held talks with President of"
        " Chile Tomas Rojas.\n\n"
        "Rosa Quispe noted that the talks were useful.\n\n"
        "According to the Peruvian President, trade grew by a fifth.\n"
    )
    assert sorted(people_of(text)) == [
        ("Rosa Quispe", "President", "Peru"),
        ("Tomas Rojas", "President", "Chile"),
    ]


def test_find_people_reads_a_minister_named_on_a_government_page_from_line() -> None:
    """ "From: Prime Minister's Office, 10 Downing Street and The Rt Hon X Y MP": X Y is
    the Prime Minister, of the seat's country; the readout's bare "The Prime Minister" who
    welcomes Prime Minister Z is X Y, and so is the speaker of "the Prime Minister said"."""
    text = (
        "PM meeting with Prime Minister Lindqvist of Sweden\n\n"
        "From: Prime Minister's Office, 10 Downing Street and The Rt Hon Oliver Pembroke MP\n"
        "Published 3 March 2026\n\n"
        "The Prime Minister welcomed Prime Minister Karin Lindqvist of Sweden to Downing"
        " Street this morning.\n\n"
        "Prime Minister Lindqvist said the talks were useful.\n\n"
        '"Our alliance keeps the north safe," the Prime Minister said.\n'
    )
    people, mentions = find_people(text)
    assert [(p.name, p.title, p.country) for p in people] == [
        ("Karin Lindqvist", "Prime Minister", "Sweden"),
        ("Oliver Pembroke", "Prime Minister", "United Kingdom"),
    ]
    roles = [people[m.person].name for m in mentions if m.kind == "role"]
    assert roles == ["Oliver Pembroke", "Oliver Pembroke"]
    quotes = find_quotes(text, mentions, people)
    assert [people[q.speaker].name for q in quotes if q.speaker is not None] == ["Oliver Pembroke"]


def test_find_people_gives_whom_a_traveller_will_be_hosted_by_the_city_country() -> None:
    """ "then travelled to Arequipa, where he will be hosted by X, President of the Region":
    X is of the city's country."""
    text = (
        "President Tomas Rojas of Chile met President Rosa Quispe in Lima.\n\n"
        "He then travelled to Arequipa, where he will be hosted by Juan Mamani, President of"
        " the Southern Macro Region.\n"
    )
    assert ("Juan Mamani", "President of the Southern Macro Region", "Peru") in people_of(text)


def test_find_people_reads_a_ruler_named_with_his_royal_word_and_his_office_after() -> None:
    """ "His Majesty Sultan Hamid, King of Malaysia," beside Prime Minister Ali Hamid: a second
    person, the ruler; "Sheikh X, Emir of Y," after the Emir named in full: the same one."""
    text = (
        "Prime Minister Ali Hamid of Malaysia received President Tomas Rojas of Chile.\n\n"
        "Rojas was later granted an audience with His Majesty Sultan Hamid, King of Malaysia,"
        " at the palace.\n"
    )
    assert ("Sultan Hamid", "King", "Malaysia") in people_of(text)
    text = (
        "Emir Tamim bin Hamad Al Thani received President Tomas Rojas of Chile in Doha.\n\n"
        "Later, President Rojas met Sheikh Tamim, Emir of Qatar, at the palace.\n"
    )
    assert [name for name, _, _ in people_of(text)] == ["Tamim bin Hamad Al Thani", "Tomas Rojas"]


def test_find_people_gives_whom_a_visitor_met_in_a_city_where_the_city_country() -> None:
    """ "The tour began in Lima, where X met A and then paid a courtesy call on President Y":
    Y is of Lima's country; "Cusco Mayor Z" is of Cusco's."""
    text = (
        "SANTIAGO, Chile - Foreign Minister Eva de Groot of the Netherlands wrapped up a tour"
        " with talks with Chilean President Tomas Rojas.\n\n"
        "The tour began in Lima, where de Groot met her counterpart Luis Salas and then paid a"
        " courtesy call on President Rosa Quispe.\n\n"
        "On Tuesday she flew to Cusco, the old Inca capital, and met Cusco Mayor Juan Mamani.\n"
    )
    found = people_of(text)
    assert ("Rosa Quispe", "President", "Peru") in found
    assert ("Juan Mamani", "Mayor", "Peru") in found


def test_find_people_gives_the_second_of_two_leaders_of_a_pair_the_other_country() -> None:
    """ "the China-Peru partnership under President Xi Jinping and President X": X is of
    the pair's other country."""
    text = (
        "Minister of Commerce Wang Wentao met Minister of Trade of Peru Luis Salas to"
        " deepen the China-Peru partnership.\n\n"
        "Wang said that under the guidance of President Xi Jinping and President Rosa Quispe"
        " trade had grown.\n"
    )
    assert ("Rosa Quispe", "President", "Peru") in people_of(text)


def test_find_people_titles_a_head_of_state_whose_country_only_the_presidency_tells() -> None:
    """ "Head of State X" with no country beside his name, and "the President of Kenya
    said" (no other President of Kenya named): X is Kenya's President."""
    text = (
        "NAIROBI. AGENCY – Head of State Daniel Kiprono held talks with President of the"
        " Republic of Chile Tomas Rojas.\n\n"
        "“We welcome Chilean investors,” the President of Kenya said.\n"
    )
    assert people_of(text)[0] == ("Daniel Kiprono", "President", "Kenya")


def test_find_people_reads_a_role_with_a_two_word_nationality() -> None:
    """ "the South Korean leader said": the leader of South Korea the text names."""
    text = (
        "President Daniel Kiprono of Kenya held talks with President of the Republic of Korea"
        " Kim Min-jun.\n\n"
        "“Kenya is a gateway to Africa,” the South Korean leader said.\n"
    )
    people, mentions = find_people(text)
    quotes = find_quotes(text, mentions, people)
    assert [people[q.speaker].name for q in quotes if q.speaker is not None] == ["Kim Min-jun"]


def test_find_quotes_gives_he_said_after_a_welcome_to_the_host_who_welcomed() -> None:
    """ "X welcomed Y on her first visit, noting ... “...,” he said": X, the subject who
    welcomes the guest, not the guest named last."""
    text = (
        "ASTANA – President Daniel Kiprono and Prime Minister Anna Berg agreed on new"
        " projects.\n\n"
        "Kiprono welcomed Berg on her first official visit, noting that trade was growing.\n\n"
        "“We are determined to fill our relations with projects,” he said.\n"
    )
    people, mentions = find_people(text)
    quotes = find_quotes(text, mentions, people)
    assert [people[q.speaker].name for q in quotes if q.speaker is not None] == ["Daniel Kiprono"]


def test_find_quotes_gives_the_head_of_our_state_to_the_outlets_president() -> None:
    """ "“...,” the Head of our state said": the President the text names, not the guest."""
    text = (
        "President Daniel Kiprono received Crown Prince Ahmed bin Khalid Al Saud.\n\n"
        "“Saudi Arabia is a reliable friend,” the Head of our state said.\n"
    )
    people, mentions = find_people(text)
    quotes = find_quotes(text, mentions, people)
    assert [people[q.speaker].name for q in quotes if q.speaker is not None] == ["Daniel Kiprono"]


def test_find_people_gives_the_head_of_state_to_the_president_told_without_a_country() -> None:
    """ "The visit of the President of Chile X at the invitation of President Y", then "“...,”
    the Head of State said": Y, the press service's own President, not the guest named
    first with his country."""
    text = (
        "The state visit of the President of Chile Tomas Rojas, at the invitation of President"
        " Daniel Kiprono, has come to an end.\n\n"
        "President Daniel Kiprono noted that this was the first visit of a President of Chile.\n\n"
        "“Chile is a reliable friend,” the Head of State said.\n"
    )
    people, mentions = find_people(text)
    quotes = find_quotes(text, mentions, people)
    assert [people[q.speaker].name for q in quotes if q.speaker is not None] == ["Daniel Kiprono"]


@pytest.mark.parametrize(("short", "full"), [("Seo", "Seo Ji-won"), ("Tran", "Tran Van Hoa")])
def test_a_surname_written_first_in_a_headline_is_the_person_named_in_full_below(
    short: str, full: str
) -> None:
    """ "Ambassador Seo" in a headline and "Ambassador Seo Ji-won" below are one person, in the
    pure and in the compiled build alike (mypyc once kept them apart)."""
    text = (
        f"Ambassador {short} pays a courtesy call on the Minister of Trade\n\n"
        f"Ambassador {full} paid a courtesy call on Minister of Trade Rosa Ortega Villalobos in"
        f" Lima on May 4.\n\nAmbassador {short} said the talks went well."
    )
    people, _ = find_people(text)
    assert [p.name for p in people] == [full, "Rosa Ortega Villalobos"]


def test_a_delegation_still_to_travel_has_no_hosts_among_its_members() -> None:
    """ "X will lead a delegation on an official visit to Chile ... The delegation comprises
    A, Chairperson Standing Committee on Defence Ms. B, Convener of the Friendship Group Mr. C
    and MNA Ms. D": the visit lies ahead (its "will" more than a few words before "visit"), so
    none of its members is the visited country's; a convener and a member of the national
    assembly hold offices."""
    text = (
        "date 2024-05-10\nWellington, 9 May 2024: Speaker of the House Aroha Tane will lead a "
        "four-member parliamentary delegation on an official visit to Chile from 12 to 16 May, "
        "at the invitation of the President of the Chamber of Deputies of Chile Mr. Tomas Ruiz "
        "Vidal.\n\nThe delegation comprises Deputy Speaker Hemi Rangi Parata, Chairperson "
        "Standing Committee on Defence Ms. Mere Kahu Walker, Convener of the Parliamentary "
        "Friendship Group Mr. Rawiri Hone Ngata and MNA Ms. Kiri Anne Marino.\n"
    )
    brief = parse_brief(text, brief_id="ahead")
    assert [(p.name, p.title, p.country) for p in brief.people][2:] == [
        ("Hemi Rangi Parata", "Deputy Speaker", "New Zealand"),
        ("Mere Kahu Walker", "Chairperson Standing Committee on Defence", "New Zealand"),
        ("Rawiri Hone Ngata", "Convener of the Parliamentary Friendship Group", "New Zealand"),
        ("Kiri Anne Marino", "MNA", "New Zealand"),
    ]


def test_an_honorific_style_gives_way_to_the_office_held() -> None:
    """ "Leader of the Nation X meets Y" over "Founder of Independence – Leader of the Nation,
    President of the Republic of Z X met": the honorific style alone is no office; the styles
    with the office held after their comma are X's title, and the head of state quoted is X."""
    text = (
        "Leader of the Nation Bakhtiyor Sadykov meets with Prime Minister of Nepal Ram Thapa\n\n"
        "BISHKEK, 12.05.2024. Today, Founder of Independence – Leader of the Nation, President "
        "of the Kyrgyz Republic Bakhtiyor Sadykov met with Prime Minister of Nepal Ram Thapa.\n\n"
        "“Nepal is a close partner of our country,” the Head of State said.\n"
    )
    brief = parse_brief(text, brief_id="style")
    assert [(p.name, p.title, p.country) for p in brief.people] == [
        (
            "Bakhtiyor Sadykov",
            "Founder of Independence – Leader of the Nation, President",
            "Kyrgyzstan",
        ),
        ("Ram Thapa", "Prime Minister", "Nepal"),
    ]
    assert [q.speaker for q in brief.quotes] == ["Bakhtiyor Sadykov"]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Leader of the Nation Bakhtiyor Sadykov spoke.", "Leader of the Nation"),
        ("National Leader Bakhtiyor Sadykov spoke.", "National Leader"),
    ],
)
def test_an_honorific_style_alone_stays_the_title(text: str, title: str) -> None:
    """With no office told, the honorific style is all the text gives: it stays."""
    assert people_of(text) == [("Bakhtiyor Sadykov", title, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The minister met with Permanent Representative of the Republic of Chile to the"
            " United Nations Office and other international organizations Ana Maria Rios.",
            [
                (
                    "Ana Maria Rios",
                    "Permanent Representative to the United Nations Office and other"
                    " international organizations",
                    "Chile",
                )
            ],
        ),
        (
            "On Monday he met with Permanent Representative of Armenia to the EAEU statutory"
            " and other bodies Karen Petrosyan.",
            [
                (
                    "Karen Petrosyan",
                    "Permanent Representative to the EAEU statutory and other bodies",
                    "Armenia",
                )
            ],
        ),
    ],
)
def test_find_people_reads_an_office_closed_by_other_bodies_in_lower_case(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """ "Permanent Representative of X to the Y and other international organizations A B":
    the bodies in lower case after "and other" close the office, and the name follows."""
    assert people_of(text) == expected


def test_find_people_reads_no_name_in_the_pronoun_after_a_two_letter_surname() -> None:
    """ "a call with President Hu. I believe": the pronoun opening the next sentence is no
    initial of a name."""
    text = (
        "Premier Ana Lopez spoke with President of Vietnam Hu Minh. She said: “I had a long "
        "call with President Hu. I believe it will help our relations.”"
    )
    assert [name for name, _, _ in people_of(text)] == ["Ana Lopez", "Hu Minh"]


def test_a_deputy_of_the_body_named_before_is_of_its_country() -> None:
    """ "Chairman of the Committee on X of the Senate of Chile A received B. Deputy
    Chairwoman of the Committee C attended": C's office is of the committee named in A's, so
    of Chile."""
    text = (
        "date 2024-05-10\nChairman of the Committee on Budget and Finance of the Senate of Chile"
        " Pablo Rojas Diaz received Ambassador of Japan Kenji Sato. Deputy Chairwoman of the "
        "Committee Ana Mora also attended the meeting.\n"
    )
    brief = parse_brief(text, brief_id="deputy")
    assert [(p.name, p.country) for p in brief.people] == [
        ("Pablo Rojas Diaz", "Chile"),
        ("Kenji Sato", "Japan"),
        ("Ana Mora", "Chile"),
    ]


def test_an_envoy_to_the_un_of_the_kingdom_named_before_is_of_that_kingdom() -> None:
    """ "the Permanent Representative of the Kingdom to the United Nations X" in a text
    naming "the Kingdom of Norway": X holds Norway's office (an envoy to the UN is no UN
    official)."""
    text = (
        "date 2024-05-10\nMinister of Foreign Affairs of Chile Pablo Rojas met with Minister of "
        "Foreign Affairs of Peru Ana Mora in Geneva. They discussed relations between the "
        "Republic of Chile and the Kingdom of Norway.\n\nThe meeting was attended by the "
        "Permanent Representative of the Kingdom to the United Nations Ambassador Lars Dahl.\n"
    )
    brief = parse_brief(text, brief_id="kingdom")
    assert [(p.name, p.country) for p in brief.people][2:] == [("Lars Dahl", "Norway")]


def test_the_president_of_a_country_told_later_is_the_one_named_without_an_office() -> None:
    """ "A and B held talks (A with no office) ... The President of Peru welcomed her ...
    headed by President and CEO of a company C": A is Peru's President (a company's president
    is no rival head of state), and the head of state quoted is A."""
    text = (
        "date 2024-05-10\nRodrigo Quispe and Mette Olsen held talks in Cusco on Sunday.\n\n"
        "Danish Prime Minister Mette Olsen arrived in Peru on an official visit. The President "
        "of Peru welcomed her at the airport.\n\n"
        "“Denmark is a key partner of ours in Europe,” the head of state said.\n\n"
        "The President also received business leaders headed by President and CEO of Nordlys "
        "Shipping Anders Holm.\n"
    )
    brief = parse_brief(text, brief_id="untitled")
    assert (brief.people[0].name, brief.people[0].title, brief.people[0].country) == (
        "Rodrigo Quispe",
        "President",
        "Peru",
    )
    assert [q.speaker for q in brief.quotes] == ["Rodrigo Quispe"]


def test_the_head_of_a_delegation_of_a_nation_s_companies_is_of_that_nation() -> None:
    """ "received a delegation of heads of Danish companies headed by President and CEO of
    Nordlys Shipping X": X is of the country whose companies the delegation's members lead."""
    text = (
        "date 2024-05-10\nMinister of Economy of Peru Ana Mora received a delegation of heads "
        "of Danish companies headed by President and CEO of Nordlys Shipping Anders Holm.\n"
    )
    brief = parse_brief(text, brief_id="companies")
    assert [(p.name, p.country) for p in brief.people] == [
        ("Ana Mora", "Peru"),
        ("Anders Holm", "Denmark"),
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The secretary-general accepted the letters of Mrs. Ingrid Solberg as envoy.",
            "Ingrid Solberg",
        ),
        ("The committee thanked Dr Tomas Varga for the report.", "Tomas Varga"),
        ("The delegation was led by Amb. Chidi Okafor on its arrival.", "Chidi Okafor"),
    ],
)
def test_a_plain_name_after_a_courtesy_title_is_a_person(text: str, name: str) -> None:
    assert [found for found, _, _ in people_of(text)] == [name]


@pytest.mark.parametrize("style", ["Amb.", "Prof."])
def test_a_courtesy_title_after_an_office_is_no_surname(style: str) -> None:
    people = people_of(f"Trade Minister {style} Lerato Dube opened the fair on Monday.")
    assert people == [("Lerato Dube", "Trade Minister", None)]


def test_a_plain_name_before_an_apposition_and_its_verb_is_a_person() -> None:
    text = (
        "Marta Kowalczyk, the 61-year-old economist who took over the ministry in May, held "
        "talks with Finance Minister Joel Brandt. Eastern Europe, the region of the talks, "
        "has seen growth."
    )
    assert [name for name, _, _ in people_of(text)] == ["Marta Kowalczyk", "Joel Brandt"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "He phoned the President of Ruritania, Tomas K. Brandt.\n\nThey spoke.",
            "Tomas K. Brandt",
        ),
        ("Trade Minister Tomas K. Brandt Jr. opened the fair.", "Tomas K. Brandt Jr"),
        ("Foreign Minister S.M. Rafiqul Alam opened the fair.", "S.M. Rafiqul Alam"),
        ("Foreign Minister Dewi R.S. Lestari opened the fair.", "Dewi R.S. Lestari"),
    ],
)
def test_a_name_keeps_its_middle_initials_and_generational_suffix(text: str, name: str) -> None:
    assert [found for found, _, _ in people_of(text)] == [name]


def test_all_of_a_long_name_after_a_courtesy_title_is_the_name() -> None:
    text = "The minister received H.E. Mr. Ramon Obiang Ela Mba, Minister of Mines, on Monday."
    assert people_of(text) == [("Ramon Obiang Ela Mba", "Minister of Mines", None)]


def test_nationals_abroad_close_a_portfolio_and_name_no_one() -> None:
    text = (
        "She met Fatou Ndiaye, Minister of Foreign Affairs, African Integration and "
        "Malians Abroad, on Monday."
    )
    assert [name for name, _, _ in people_of(text)] == ["Fatou Ndiaye"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "He received the Ambassador of Ruritania to Chile, H.E. Omar Salim Haddad, on Monday.",
            "Omar Salim Haddad",
        ),
        (
            "Talks with Dr Lina Maria Al Saadi, Minister of Health, went well.",
            "Lina Maria Al Saadi",
        ),
    ],
)
def test_all_of_a_name_after_a_style_or_courtesy_title_is_the_name(text: str, name: str) -> None:
    assert [found for found, _, _ in people_of(text)] == [name]


@pytest.mark.parametrize(
    ("text", "host"),
    [
        (
            "On Monday, President Marta Quispe welcomed Prime Minister of Malta Joseph Vella, "
            "who arrived in Bolivia on a state visit, at the palace.\n\nThey discussed trade.",
            ("Marta Quispe", "President", "Bolivia"),
        ),
        (
            "President Marta Quispe held talks with Prime Minister of Malta Joseph Vella, who "
            "is in La Paz on a working visit, on Monday.",
            ("Marta Quispe", "President", "Bolivia"),
        ),
    ],
)
def test_who_receives_a_visitor_in_a_country_is_of_that_country(
    text: str, host: tuple[str, str, str]
) -> None:
    assert people_of(text) == [host, ("Joseph Vella", "Prime Minister", "Malta")]


def test_whom_a_visitor_who_arrived_in_a_country_meets_is_of_that_country() -> None:
    text = (
        "President Pedro Alves, who arrived in Norway on an official visit, held talks with "
        "Prime Minister Eva Lunde in Oslo on Monday, and later met with Speaker Ola Dahl.\n\n"
        "At the meeting with Lunde, the Portuguese leader noted the growth of trade."
    )
    assert people_of(text) == [
        ("Pedro Alves", "President", "Portugal"),
        ("Eva Lunde", "Prime Minister", "Norway"),
        ("Ola Dahl", "Speaker", "Norway"),
    ]


def test_who_also_attends_a_visit_is_not_made_the_hosts() -> None:
    text = (
        "Prime Minister Anu Rebane held a meeting with Prime Minister of Chile Diego Rojas, "
        "who is in Estonia on an official visit.\n\nThe meeting was also attended by Minister "
        "of Foreign Affairs of Chile Ana Soto and Minister of Mining Luis Pardo."
    )
    assert ("Luis Pardo", "Minister of Mining", "Estonia") not in people_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister of Chile Ana Soto recalled that Minister Soto accompanied Prime "
        "Minister Luis Pardo on his first visit to Peru.",
        "President of Chile Ana Soto, accompanied by Minister of Mining Luis Pardo, arrived.",
    ],
)
def test_one_who_accompanies_another_is_of_their_country(text: str) -> None:
    assert [country for _, _, country in people_of(text)] == ["Chile", "Chile"]


def test_a_given_name_after_a_title_stands_for_a_name_with_middle_initials() -> None:
    text = (
        "Foreign Minister of Ruritania, Dewi R.S. Lestari, met guests.\n\n"
        '"We agree," said Foreign Minister Dewi.'
    )
    people, _ = find_people(text)
    assert [p.name for p in people] == ["Dewi R.S. Lestari"]


def test_a_korean_given_name_of_two_syllables_written_apart_is_korean() -> None:
    text = (
        "SEOUL -- Korean President Kim Min Seok will host Prime Minister Tom Ward of New "
        "Zealand, said National Security Adviser Yoon Dae Hyun."
    )
    assert ("Yoon Dae Hyun", "National Security Adviser", "South Korea") in people_of(text)


def test_whom_a_visit_is_for_talks_with_is_of_the_country_visited() -> None:
    text = (
        "President Ana Soto will visit Peru next week for a summit with President Luis Pardo, "
        "her office said."
    )
    assert ("Luis Pardo", "President", "Peru") in people_of(text)


def test_a_name_of_an_initial_and_a_surname_after_a_courtesy_title_is_a_name() -> None:
    text = (
        "Ambassador Lena Holm and H.E. Mr. B. Altankhuyag, Minister of Mining of Mongolia, "
        "held a meeting on Monday."
    )
    assert people_of(text)[-1] == ("B. Altankhuyag", "Minister of Mining", "Mongolia")


def test_one_of_a_ruling_family_is_of_the_country_of_the_others_of_it() -> None:
    text = (
        "Minister of Economy of Chile Ana Soto met H.E. Sheikh Hamad bin Ali Al Nuaimi, "
        "Chairman of the Ajman Free Zone of the United Arab Emirates.\n\nShe later met H.E. "
        "Sheikh Rashid bin Omar Al Nuaimi, Minister of Ports, at his office."
    )
    assert people_of(text)[-1] == (
        "Rashid bin Omar Al Nuaimi",
        "Minister of Ports",
        "United Arab Emirates",
    )


def test_a_past_holder_of_an_office_another_holds_is_of_their_country() -> None:
    text = (
        "Foreign Minister Ana Soto held talks with Chilean Minister of Mining Luis Pardo.\n\n"
        "The last such visit was made by then Minister of Mining Jorge Vidal in 2015."
    )
    assert people_of(text)[-1] == ("Jorge Vidal", "Minister of Mining", "Chile")


def test_a_delegation_led_by_a_styled_name_is_of_the_delegation_s_country() -> None:
    text = (
        "The agency hosted a delegation from the Republic of Chile led by H.E. Mr. Luis "
        "Pardo, Minister of Mining, for a meeting."
    )
    assert people_of(text) == [("Luis Pardo", "Minister of Mining", "Chile")]


def test_an_office_of_a_body_named_by_its_initials_is_of_the_body_s_country() -> None:
    text = (
        "The Ghana Association of Bankers (GAB) on Wednesday hosted a Japanese delegation led "
        "by Mr. Taro Sato, Vice Chairman of the Japan Chamber of Commerce.\n\n"
        "GAB National President Mrs. Ama Owusu welcomed the mission."
    )
    assert people_of(text)[-1] == ("Ama Owusu", "GAB National President", "Ghana")


def test_one_listed_before_the_other_side_s_official_is_of_the_first_side() -> None:
    text = (
        "Chile's Minister of Mining, Ana Soto, held talks with Peru's Minister of Energy, Luis "
        "Pardo, also attended by the Secretary of State for Trade, Jorge Vidal, and Peru's "
        "Deputy Minister of Energy, Rosa Quispe."
    )
    assert ("Jorge Vidal", "Secretary of State for Trade", "Chile") in people_of(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Central African Foreign Minister, Marie Ngaba, spoke.",
            [("Marie Ngaba", "Foreign Minister", "Central African Republic")],
        ),
        (
            "The Equatorial Guinean Minister of Mines, Pedro Nsue, spoke.",
            [("Pedro Nsue", "Minister of Mines", "Equatorial Guinea")],
        ),
        (
            "Trinidadian Prime Minister Kamla Rampersad spoke.",
            [("Kamla Rampersad", "Prime Minister", "Trinidad and Tobago")],
        ),
        (
            "The Timorese Foreign Minister, Bendito Guterres, spoke.",
            [("Bendito Guterres", "Foreign Minister", "Timor-Leste")],
        ),
    ],
)
def test_find_people_knows_demonyms_of_several_words_and_small_states(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """A demonym of two words ("Central African") or of a small state gives its country."""
    assert people_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Minister received the outgoing Ambassador of Brunei to Peru, H.E. Dato' "
            "Rahim Osman Yusof, at the end of his tenure.",
            [("Rahim Osman Yusof", "Ambassador to Peru", "Brunei")],
        ),
        (
            "The Minister received the Ambassador of Singapore, Datuk Rahim Osman Yusof, today.",
            [("Rahim Osman Yusof", "Ambassador", "Singapore")],
        ),
        (
            "The Minister met Puan Sri Noor Aini Hassan, the Ambassador of Brunei, today.",
            [("Noor Aini Hassan", "Ambassador", "Brunei")],
        ),
    ],
)
def test_find_people_reads_a_name_after_a_malay_style_of_address(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """A style of address ("Dato'", "Datuk", "Puan Sri") is no part of the name after it."""
    assert people_of(text) == expected


def test_an_official_in_a_text_on_two_countries_only_is_of_the_side_not_given() -> None:
    text = (
        "A Japanese trade delegation led by Mr. Taro Sato, Vice Chairman of the Japan Chamber "
        "of Commerce, visited the Kenyan capital on Wednesday.\n\nLater, the delegation paid a "
        "courtesy call on the Cabinet Secretary for Trade, Mr. Peter Otieno, who assured them "
        "of support."
    )
    name, _, country = people_of(text)[-1]
    assert (name, country) == ("Peter Otieno", "Kenya")


@pytest.mark.parametrize(
    "named",
    [
        "Chairman of the Board of the Regional Commission Pavel Andreyevich Orlov",
        "Pavel Andreyevich Orlov",
    ],
)
def test_a_given_name_patronymic_and_surname_are_one_name(named: str) -> None:
    """ "X Yevich Z": the given name stays with the patronymic and the surname (not a
    title's last word), and "X Z" later is the same man."""
    text = f'date 2024-03-06\n{named} met Minister Ana Silva.\n\n"We agreed," Pavel Orlov said.\n'
    names = [p.name for p in parse_brief(text, brief_id="p").people]
    assert names == ["Pavel Andreyevich Orlov", "Ana Silva"]


def test_a_courtesy_title_before_the_first_word_of_a_three_word_name_is_that_person() -> None:
    """ "said Dr. X" of "X Y Z", a family name first: that person, after a courtesy title
    only."""
    text = (
        "date 2024-03-06\nROME – Secretary-General Chea Vanna Rith met Minister Ana Silva.\n\n"
        "Earlier in the day, Dr. Chea called on Prime Minister Marco Rossi.\n\n"
        '"We agreed," said Dr. Chea.\n'
    )
    brief = parse_brief(text, brief_id="p")
    assert [q.speaker for q in brief.quotes] == ["Chea Vanna Rith"]
    assert [[p.name for p in m.participants] for m in brief.meetings] == [
        ["Chea Vanna Rith", "Ana Silva"],
        ["Chea Vanna Rith", "Marco Rossi"],
    ]


@pytest.mark.parametrize(
    ("sentence", "named"),
    [
        ("Ana Lopes, for her part, said Peru would stay close to Chile.", True),
        ("Andes Copper, for its part, said output would rise.", False),
    ],
)
def test_a_name_with_no_office_before_for_his_part_said_is_a_person(
    sentence: str, named: bool
) -> None:
    """ "X Y, for her part, said ...": the speaker's own part names a person (not "for its
    part", a company's)."""
    body = f"LIMA – President Pablo Rojas met the press in Santiago on Friday.\n\n{sentence}"
    brief = parse_brief(f"date 2023-09-18\n{body}\n", brief_id="part")
    assert ("Ana Lopes" in {p.name for p in brief.people}) is named
    assert "Andes Copper" not in {p.name for p in brief.people}


def test_an_office_closed_by_its_remit_in_lower_case_before_the_name_is_held() -> None:
    """ "A's Minister X, B, and Chile's Deputy Minister of Y in charge of economic diplomacy,
    C": C holds that office, of Chile; B's country is not taken from C's office."""
    body = (
        "Peru and Chile on Wednesday pledged to scale up trade at the second Peru-Chile "
        "Business Forum held in Lima.\n\nIt was opened by the Minister of Trade and Industry, "
        "Ana Lopes, and Chile's Deputy Minister of Foreign Affairs in charge of economic "
        "diplomacy, Pablo Rojas, who is leading a delegation."
    )
    brief = parse_brief(f"date 2023-09-18\n{body}\n", brief_id="remit")
    assert [(p.name, p.title, p.country) for p in brief.people] == [
        ("Ana Lopes", "Minister of Trade and Industry", "Peru"),
        (
            "Pablo Rojas",
            "Deputy Minister of Foreign Affairs in charge of economic diplomacy",
            "Chile",
        ),
    ]


@pytest.mark.parametrize("word", ["peer", "counterpart"])
def test_his_peer_of_a_country_holds_the_office_of_the_one_named_before(word: str) -> None:
    """ "President X was received by his Chilean peer Y": Y is Chile's president, with all
    of the name."""
    body = (
        "Peruvian president Ana Lopes was received on Wednesday in Santiago by her Chilean "
        f"{word} Pablo Andres Rojas Soto, in a one-day visit.\n\nThe two leaders held talks."
    )
    brief = parse_brief(f"date 2023-01-26\n{body}\n", brief_id="peer")
    assert ("Pablo Andres Rojas Soto", "president", "Chile") in [
        (p.name, p.title, p.country) for p in brief.people
    ]


def test_a_role_with_a_nationality_gives_the_one_untitled_person_its_office() -> None:
    """ "The Chilean President thanked his Peruvian counterpart": no one named is Chile's
    President, and one person named has no office: the role is theirs."""
    body = (
        "Telephone conversation with President of Peru Ana Quispe\n\n"
        "Ana Quispe warmly congratulated Aldo Varga on his birthday and wished him good "
        "health.\n\n"
        "The Chilean President thanked his Peruvian counterpart for the kind words.\n\n"
        "Aldo Varga and Ana Quispe also reviewed the schedule of contacts."
    )
    brief = parse_brief(f"date 2025-06-12\n{body}\n", brief_id="p")
    assert [(p.name, p.title, p.country) for p in brief.people] == [
        ("Ana Quispe", "President", "Peru"),
        ("Aldo Varga", "President", "Chile"),
    ]


@pytest.mark.parametrize(
    ("headline", "byline"),
    [
        ("Chile woos its neighbour", "Mira Holt in Lima"),
        ("Chile brings a summit to Peru", "Mira Holt"),
        ("Chile brings a summit to Peru", "Mira Holt in Rio de Janeiro"),
    ],
)
def test_a_writer_over_the_date_line_under_a_headline_is_named(headline: str, byline: str) -> None:
    """ "Headline ... to Peru\\n\\nMira Holt in Lima\\nMay 30, 2025": the writer (with the
    bureau's city after the name, under a headline closing with a country) is a person."""
    text = (
        f"WORLD\n\n{headline}\n\n{byline}\nMay 30, 2025\n\n"
        "President of Chile Aldo Varga held talks with President of Peru Omar Haddad in Lima "
        "on Tuesday.\n"
    )
    brief = parse_brief(text, brief_id="bureau")
    assert [(p.name, p.title) for p in brief.people][:1] == [("Mira Holt", None)]


def test_a_federal_president_beside_the_outlets_own_president_is_the_hosts() -> None:
    """ "LIMA – President Aldo Varga and Federal Chancellor of Germany X held talks in Berlin
    ... Varga was received by Federal President Y": Peru has one President, Varga; Y is the
    host's, Germany's."""
    body = (
        "LIMA (Andina) – President Aldo Varga and Federal Chancellor of Germany Karl Brenner "
        "held talks in Berlin on Friday.\n\n"
        "On Thursday, Varga was received by Federal President Jonas Albrecht at Bellevue "
        "Palace.\n"
    )
    brief = parse_brief(f"date 2023-09-30\n{body}", brief_id="federal")
    assert [(p.name, p.country) for p in brief.people] == [
        ("Aldo Varga", "Peru"),
        ("Karl Brenner", "Germany"),
        ("Jonas Albrecht", "Germany"),
    ]


def test_a_surname_two_people_share_is_the_one_named_in_full_before_it() -> None:
    """ "President Aldo Varga ... held talks with Varga ... met Ilse Varga, his mother": the
    bare surname stands for the only Varga named in full before it, and the talks are his."""
    body = (
        "Prime Minister Omar Haddad of Velmora and Ruritanian President Aldo Varga agreed to "
        "expand trade.\n\n"
        "Haddad held talks with Varga in Tarn on Tuesday.\n\n"
        "On Monday, Haddad met Ilse Varga, the chair of the senate and mother of the "
        "president.\n"
    )
    brief = parse_brief(f"date 2026-03-04\n{body}", brief_id="shared")
    talks = [m for m in brief.meetings if m.place == "Tarn"]
    assert [[p.name for p in m.participants] for m in talks] == [["Omar Haddad", "Aldo Varga"]]
    people, mentions = find_people(body)
    assert [people[m.person].name for m in mentions if body[m.start : m.end] == "Varga"] == [
        "Aldo Varga"
    ]


@pytest.mark.parametrize("when", ["Today", "Yesterday", "Tomorrow", "Tonight"])
def test_a_day_word_opening_a_sentence_is_no_given_name(when: str) -> None:
    """ "Today Varga is due to meet ...": the day word before the surname is not the given
    name of a second person."""
    text = (
        "Governor of Tarn Province Aldo Varga met investors on Monday. "
        f"{when} Varga is due to meet Mayor of Velmora Omar Haddad."
    )
    assert [name for name, _, _ in people_of(text)] == ["Aldo Varga", "Omar Haddad"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He was received by Speaker of the Upper Chamber of Narodna Vecha of Moldova, "
            "Mayor of Velmora Aldo Varga.",
            [
                (
                    "Aldo Varga",
                    "Speaker of the Upper Chamber of Narodna Vecha, Mayor of Velmora",
                    "Moldova",
                )
            ],
        ),
        # a country after the name itself, then an office: the name's own
        (
            "He met President Aldo Varga of Moldova, Chairman of the Unity Party.",
            [("Aldo Varga", "President", "Moldova")],
        ),
    ],
)
def test_find_people_reads_a_body_after_of_then_a_second_office_before_the_name(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """ "Speaker of the X of Narodna Vecha of Moldova, Mayor of Velmora Aldo Varga": the
    words after the bare "of" name the body of the first office, not a person; the second
    office, after the comma, ends right before its holder's name."""
    assert people_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "President Aldo Varga hosted on Monday, in the Palácio da Costa Verde, his Ruritanian "
        "counterpart, Tomas Velmor.",
        "President Aldo Varga hosted on Monday, in the Palacio de la Costa Verde, his "
        "Ruritanian counterpart, Tomas Velmor.",
    ],
)
def test_find_people_reads_no_person_in_a_palace_named_with_a_particle(text: str) -> None:
    """ "at Palácio da Costa Verde, his counterpart, X": the words after the palace and its
    particle name the building, not someone the apposition describes."""
    assert [name for name, _, _ in people_of(text)] == ["Aldo Varga", "Tomas Velmor"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Minister Aldo Varga hosted a mission headed by the deputy minister for "
            "economic and energy affairs, Omar Karim Al Velmor, in Velmora.",
            ("Omar Karim Al Velmor", "deputy minister for economic and energy affairs"),
        ),
        (
            "Minister Aldo Varga received a delegation led by the minister for economic "
            "affairs, Tomas Velmor, in Velmora.",
            ("Tomas Velmor", "minister for economic affairs"),
        ),
    ],
)
def test_find_people_reads_an_office_with_its_portfolio_in_lower_case_before_a_name(
    text: str, expected: tuple[str, str]
) -> None:
    """ "the deputy minister for economic and energy affairs, X Y Z,": lower-case field
    words after "for" end the office before the comma, and the name after it is its holder's."""
    assert [(name, title) for name, title, _ in people_of(text)][1:] == [expected]
