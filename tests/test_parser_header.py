"""Header lines, datelines, dates and the credited source of a brief."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.parser import _masthead_country, parse_brief
from bot.parser.dateline import line_date, parse_dateline
from bot.parser.dates import find_date, parse_date
from bot.parser.header import split_header
from bot.parser.source import find_source, signature_of

D = dt.date


@pytest.mark.parametrize(
    ("text", "date", "title", "url", "body_start"),
    [
        (" date 2023-10-18 ASTANA – The President met.", D(2023, 10, 18), None, None, "ASTANA"),
        (
            "date 2025-03-03\ntitle Ministers meet\nsource https://example.org/a\nBEIJING -- x",
            D(2025, 3, 3),
            "Ministers meet",
            "https://example.org/a",
            "BEIJING",
        ),
        (
            "Date: 2024-01-02\nTitle: A headline\n\nBody here.",
            D(2024, 1, 2),
            "A headline",
            None,
            "Body",
        ),
        ("Date palms grow well in the south.", None, None, None, "Date palms"),
        ("date 18.10.2023\nASTANA – Text.", D(2023, 10, 18), None, None, "ASTANA"),
        ("ASTANA – No header at all.", None, None, None, "ASTANA"),
    ],
)
def test_split_header_reads_key_value_lines(
    text: str, date: dt.date | None, title: str | None, url: str | None, body_start: str
) -> None:
    """Known `key value` lines at the top are the header; the body starts after them."""
    header = split_header(text)
    assert (header.date, header.title, header.source_url) == (date, title, url)
    assert header.body.startswith(body_start)


@pytest.mark.parametrize(
    ("body", "city", "date_text", "agency"),
    [
        ("ASTANA – President Tokayev said.", "Astana", None, None),
        ("BEIJING, Oct. 17 (Xinhua) -- Chinese Premier", "Beijing", "Oct. 17", "Xinhua"),
        ("Astana, 5 June 2024 — The minister", "Astana", "5 June 2024", None),
        ("NUR-SULTAN. KAZINFORM – The Senate", "Nur-Sultan", None, "Kazinform"),
        ("WASHINGTON, March 7 (Reuters) - U.S. officials", "Washington", "March 7", "Reuters"),
        ("ST. PETERSBURG, June 7 (TASS) - The forum", "St. Petersburg", "June 7", "TASS"),
        ("ALMATY, Kazakhstan — Officials", "Almaty", None, None),
        ("ASTANA, 17 October 2023 /Kazinform/ – The", "Astana", "17 October 2023", "Kazinform"),
        ("BAKU, Azerbaijan, May 3. Azerbaijani officials", "Baku", "May 3", None),
        ("MOSCOW, June 1. /TASS/. Russian Deputy", "Moscow", "June 1", "TASS"),
        ("SAMARKAND, May 4 (NewsAg). The governor", "Samarkand", "May 4", "NewsAg"),
        ("By Aigerim Seitkali\n\nASTANA – Kazakh Foreign", "Astana", None, None),
        ("ASTANA, March 5. KAZINFORM – The Senate", "Astana", "March 5", "Kazinform"),
        (
            "By Assel Omarova in Nation on 12 March 2024\n\nASTANA – The",
            "Astana",
            "12 March 2024",
            None,
        ),
        ("Osh, April 2 /Agency/. The governor", "Osh", "April 2", "Agency"),
        ("Cholpon-Ata, April 2 /Kabar/. The summit", "Cholpon-Ata", "April 2", "Kabar"),
        ("OSH, April 2, 2025 /NIA Newsline/ – The summit", "Osh", "April 2, 2025", "Newsline"),
        ("Osh, April 2, NewsAg\n\nThe governor", "Osh", "April 2", "NewsAg"),
        ("OSH, APRIL 2, 2025, NEWSAG. The governor", "Osh", "APRIL 2, 2025", "NEWSAG"),
        ("OSH, Apr 2 (NewsAg): The governor", "Osh", "Apr 2", "NewsAg"),
        ("Osh, April 2, 2025, NAG -- The governor", "Osh", "April 2, 2025", "NAG"),
        ("Osh, NAG -- The governor", "Osh", None, "NAG"),
        ('TARAZ, 02.04.2024 /NIA "Newsline"/. Officials', "Taraz", "02.04.2024", "Newsline"),
        (
            "Press release\n\nTashkent, 12 March 2025 – On 11 March",
            "Tashkent",
            "12 March 2025",
            None,
        ),
        ("Osh, Apr 2 (NAG) Union Minister X met", "Osh", "Apr 2", "NAG"),
        ("Osh, 2 April (NAG). The governor met", "Osh", "2 April", "NAG"),
        (
            "Ministers meet in Osh\n\nThey sign two deals\n\nA. Writer |02.04.2025 - Update : "
            "03.04.2025\n\nOSH\n\nThe ministers met",
            "Osh",
            "02.04.2025",
            None,
        ),
        ("Ministers meet\n\nOSH\n\nThe ministers met", "Osh", None, None),
        (
            "Ministers meet\n\nBy A. Writer\n\nOSH, Apr. 2 (NAG) -- They met",
            "Osh",
            "Apr. 2",
            "NAG",
        ),
        (
            "Ministers meet\n2 April 2025, 17:05\n\nTARAZ. NAGINFORM – They met",
            "Taraz",
            None,
            "Naginform",
        ),
        ("OSH, Kyrgyzstan\n\nThe governor met", "Osh", None, None),
        ("Geneva, 2 April 2025\n\nThe council met", "Geneva", "2 April 2025", None),
        ("Osh, 2 April, Interfax - They met", "Osh", "2 April", "Interfax"),
        ("Osh, 2 April, Tuesday - They met", "Osh", "2 April, Tuesday", None),
        (
            "Joint statement of the council\n\nGeneva, 2 April 2025\n\nIt met",
            "Geneva",
            "2 April 2025",
            None,
        ),
        (
            "Ministers hold talks\n\nOsh, 2 April 2025 – The ministers met",
            "Osh",
            "2 April 2025",
            None,
        ),
        # A city in capitals under a title, and under a timestamp paragraph below it.
        ("Ministers hold talks\n\nOSH – The ministers met.", "Osh", None, None),
        ("Ministers meet\n\n2 April 2025 17:05\n\nOSH – The ministers met.", "Osh", None, None),
        # The date after the agency, between dashes; the agency before the city.
        ("Osh (AFP) - Apr 2, 2025 - The ministers met.", "Osh", "Apr 2, 2025", "AFP"),
        ("(NAG) - OSH, APRIL 2 - The ministers met.", "Osh", "APRIL 2", "NAG"),
        # A known agency's name between dashes after the date; another word stays in the text.
        ("OSH, April 2 — Kabar — The ministers met.", "Osh", "April 2", "Kabar"),
        ("OSH, April 2 — Officials — The ministers met.", "Osh", "April 2", None),
        # A dateline alone on its line with a slashed date, day first.
        (
            "Ministers hold talks\n\nBrussels, 02/04/2025\n\nToday the ministers met.",
            "Brussels",
            "02.04.2025",
            None,
        ),
        # A dated dateline alone on its line under a release's label and its title.
        (
            "Ministry of Freedonia - Press release\n\nFreedonia and Osh sign a memorandum\n\n"
            "Brussels, 2 April 2025\n\nToday the ministers met.",
            "Brussels",
            "2 April 2025",
            None,
        ),
    ],
)
def test_parse_dateline_reads_city_date_and_agency(
    body: str, city: str, date_text: str | None, agency: str | None
) -> None:
    """The dateline gives the city in normal case, its date text and the agency."""
    dateline = parse_dateline(body)
    assert dateline is not None
    assert (dateline.city, dateline.date_text, dateline.agency) == (city, date_text, agency)


@pytest.mark.parametrize(
    "body",
    [
        "President Tokayev – who arrived on Monday – met.",
        "Fourteen agreements were signed in Tokyo.",
        "Kazakhstan’s foreign trade turnover reached $139.8 billion.",
        "By the way, this is - not a dateline.",
        "ASTANA is large, with May 3. Kazakh",
        "Officials, in May /as planned/. They met.",
        "Officials in May: they met.",
        "Officials, in May (draft) Ministers met.",
        "UZBEKISTAN, Kazakhstan\n\nThey met.",
        "Tuesday, 2 April 2025\n\nThey met.",
        "A title line\n\nKazakhstan, 2 April 2025\n\nThey met.",
        # A city in title case and a dash under a title opens a dateline only before a
        # capital letter: "Osh – The ministers met." is one.
        "Ministers hold talks\n\nOsh – the southern capital hosted them.",
        "Ministers hold talks\n\nKAZAKHSTAN – The ministers met.",
        "Ministers meet in Osh\n\nThe ministers met in Osh.\n\nOSH\n\nThey talked.",
        "Ministers meet\n\nKAZAKHSTAN\n\nThe ministers met.",
        "Ministers meet\n\nOSH MEETING\n\nThe ministers met.",
        # A bracketed note is no agency; a country with a date under page matter no dateline.
        "(Updated) - Ministers met in Osh.",
        "Press release\n\nMinisters meet\n\nKazakhstan, 2 April 2025\n\nThey met.",
        "",
    ],
)
def test_parse_dateline_finds_none_in_plain_sentences(body: str) -> None:
    """A body without a dateline has none."""
    assert parse_dateline(body) is None


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("at an Oct. 17 meeting", D(2023, 10, 18), D(2023, 10, 17)),
        ("held talks on 4 September", D(2024, 9, 5), D(2024, 9, 4)),
        ("met on Dec. 30", D(2024, 1, 2), D(2023, 12, 30)),
        ("signed on 17 October 2022", None, D(2022, 10, 17)),
        ("signed on 17.10.2022 in Astana", None, D(2022, 10, 17)),
        ("on May 21", None, None),
        ("met on Tuesday", D(2025, 6, 25), D(2025, 6, 24)),
        ("met on Wednesday", D(2025, 6, 25), D(2025, 6, 25)),
        ("met on Thursday", D(2025, 6, 25), D(2025, 6, 19)),
        ("spoke yesterday", D(2025, 6, 25), D(2025, 6, 24)),
        ("met on Monday", None, None),
        ("no date here", D(2025, 6, 25), None),
    ],
)
def test_find_date_resolves_against_the_publication_date(
    text: str, published: dt.date | None, expected: dt.date | None
) -> None:
    """Absolute dates take a missing year from publication; weekdays are the latest one."""
    assert find_date(text, published) == expected


def test_parse_date_ignores_impossible_dates() -> None:
    """February 30 is no date."""
    assert parse_date("on 30 February 2024") is None


@pytest.mark.parametrize(
    ("lead", "agency", "expected"),
    [
        (["A met B, reported the Akorda press service."], None, "Akorda press service"),
        (["A met B, the Uzbek Foreign Ministry said."], None, "Uzbek Foreign Ministry"),
        (
            ["A met B, the U.S. Embassy in Astana said in a statement."],
            None,
            "U.S. Embassy in Astana",
        ),
        (
            ["Trade rose, the Bureau of National Statistics reported on Friday."],
            None,
            "Bureau of National Statistics",
        ),
        (
            ["A met B, the ministry’s press service reports."],
            "Kazinform",
            "ministry’s press service",
        ),
        (["A met B on Monday."], "Xinhua", "Xinhua"),
        (["A met B, he said."], None, None),
        (["A met B, Foreign Minister John Smith said."], None, None),
        (
            ["According to the press office of the Cabinet, A met B."],
            None,
            "press office of the Cabinet",
        ),
        (["The Kazakh Foreign Ministry reported that A met B."], None, "Kazakh Foreign Ministry"),
        (["Foreign Minister John Smith said that A met B."], None, None),
        (["A met B, Kazinform correspondent reports."], None, "Kazinform"),
        (
            ["They will invest, the Ministry of Trade reported on May 13."],
            None,
            "Ministry of Trade",
        ),
        (["A met B, the Ministry of Trade said on 13 May 2024."], None, "Ministry of Trade"),
        (
            ["Trade grew 9 percent, Kazinform reports with reference to the Statistics Bureau."],
            None,
            "Kazinform",
        ),
        (
            ["A signed a deal worth $2 billion, according to a statement by ZoneCo."],
            None,
            "ZoneCo",
        ),
        (
            ["A held talks with B.", "The press service of the senate reported."],
            "NAG",
            "press service of the senate",
        ),
        (
            ["A and B signed deals, the Ministry of Trade said in a statement Tuesday."],
            "Xinhua",
            "Ministry of Trade",
        ),
        (
            ["MineCo signed a loan to expand its mine, the company said on Thursday."],
            "Wire",
            "Wire",
        ),
        (["MineCo signed a loan to expand its mine, the company said on Thursday."], None, None),
        (["Osh is a key partner, a senior Kyrgyz official has said."], "Wire", "Wire"),
        (["Talks will resume, diplomatic sources said."], None, None),
        (["Trade grew, Ann Lee said in an interview with Wire."], "Wire", "Wire"),
        (
            ["Talks will resume, a Foreign Ministry spokesperson said."],
            None,
            "Foreign Ministry spokesperson",
        ),
    ],
)
def test_find_source_reads_the_lead_attribution(
    lead: list[str], agency: str | None, expected: str | None
) -> None:
    """The lead's attribution is the source; a person or pronoun is not."""
    assert find_source(lead, agency, ["John Smith"], None) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Press Service of the Ministry of Foreign Affairs of the Republic of Uzbekistan",
            "Press Service of the Ministry of Foreign Affairs of the Republic of Uzbekistan",
        ),
        ("The Embassy of Japan in Kazakhstan", "Embassy of Japan in Kazakhstan"),
        ("Press service of the ministry said the talks went well.", None),
        ("The sides agreed to meet again", None),
        ("MINISTRY OF FOREIGN AFFAIRS\nFREEDONIA\n2 APRIL 2025", "Ministry of Foreign Affairs"),
        ("Osh\n2 April 2025", None),
        ("MINISTRY OF FOREIGN AFFAIRS\nA\nB\nC\nD", None),
        (
            "Information and Press Department of the MFA of Freedonia",
            "Information and Press Department of the MFA of Freedonia",
        ),
        ("Information and analysis of the market", None),
        # The officer's name and the contact lines under the office that signs.
        (
            "Senate Press Service\nMara Quill\n+1 555 0100, +1 555 0101\n"
            "mara.quill@example.org\nQuestions: press@example.org",
            "Senate Press Service",
        ),
    ],
)
def test_signature_of_reads_the_organisation_signing_a_release(
    paragraph: str, expected: str | None
) -> None:
    """A release's last line naming a press service or ministry is its signature."""
    assert signature_of(paragraph) == expected


@pytest.mark.parametrize(
    ("lead", "published"),
    [
        ("Trade reached $2 billion in January-September 2025, officials said.", "2025-10-20"),
        ("Trade will reach $2 billion by 2030, officials said.", None),
        ("Trade reached $2 billion, officials said.", None),
    ],
)
def test_a_dateline_without_a_year_takes_the_year_the_lead_reports_on(
    lead: str, published: str | None
) -> None:
    brief = parse_brief(f"BAKU, Azerbaijan, October 20. {lead}\n", brief_id="year")
    assert (brief.date.isoformat() if brief.date else None) == published


@pytest.mark.parametrize(
    ("later", "published"),
    [
        ("Trade reached 4.2 billion U.S. dollars in 2025, up 10 percent.", "2026-05-13"),
        ("Exports amounted to $61 million in 2021 and $109 million in 2024.", "2025-05-13"),
        # a target is no result told
        ("Trade will grow to $1 billion in 2030.", None),
    ],
)
def test_a_dateline_without_a_year_is_in_the_year_after_the_last_whole_year_reported(
    later: str, published: str | None
) -> None:
    text = f"OSH, May 13 (Xinhua) -- The ministers met in Osh on Tuesday.\n\n{later}\n"
    brief = parse_brief(text, brief_id="done")
    assert (brief.date.isoformat() if brief.date else None) == published


@pytest.mark.parametrize(
    ("later", "published"),
    [
        ("Trade reached $2 billion in January-October 2026, up 5% on 2025.", "2026-10-20"),
        ("Output rose 3% in the first nine months of 2026 after 2% in 2025.", "2026-10-20"),
        ("Sales grew in Q3 2026. The plant opens in 2028.", "2026-10-20"),
        ("The plant opens in 2028 and will employ 300 people.", None),
        # A span of months reported on outweighs a quarter planned ahead.
        (
            "They will meet in the first quarter of 2027. Output fell in January-September 2026.",
            "2026-10-20",
        ),
    ],
)
def test_a_dateline_without_a_year_takes_the_latest_period_the_story_reports_on(
    later: str, published: str | None
) -> None:
    text = f"BAKU, Azerbaijan, October 20. The ministers met in Baku.\n\n{later}\n"
    brief = parse_brief(text, brief_id="period")
    assert (brief.date.isoformat() if brief.date else None) == published


@pytest.mark.parametrize(
    ("source", "published"),
    [
        ("https://news.example.org/en/2026/11/23/trade-house-opens", "2026-11-23"),
        ("https://news.example.org/en/2026/11/23", "2026-11-23"),
        ("https://news.example.org/en/2026/13/23/slug", None),
        ("https://news.example.org/en/news/123456", None),
    ],
)
def test_a_date_in_the_source_address_is_the_publication_date_when_nothing_else_gives_one(
    source: str, published: str | None
) -> None:
    brief = parse_brief(f"source {source}\nThe ministers met.\n", brief_id="url")
    assert (brief.date.isoformat() if brief.date else None) == published


def test_a_dateline_date_in_capitals_is_the_publication_date() -> None:
    brief = parse_brief("OSH, APRIL 2, 2025, NEWSAG. The governor met guests.\n", brief_id="d")
    assert brief.date == dt.date(2025, 4, 2)


def test_a_date_on_its_own_line_under_the_title_is_the_publication_date() -> None:
    text = (
        "Chile-Peru Foreign Ministers' Meeting\n\nNovember 21, 2026\n\n"
        "On November 21 the ministers met.\n"
    )
    assert parse_brief(text, brief_id="d").date == dt.date(2026, 11, 21)


@pytest.mark.parametrize("stamp", ["02.04.2025", "2 April 2025 17:05", "APRIL 2, 2025"])
def test_a_date_line_above_the_dateline_dates_the_brief_and_is_no_title(stamp: str) -> None:
    brief = parse_brief(f"{stamp}\n\nOSH – The governor met the guests.\n", brief_id="d")
    assert (brief.date, brief.dateline) == (dt.date(2025, 4, 2), "Osh")
    assert brief.title != stamp


def test_a_byline_under_the_title_dates_the_brief() -> None:
    text = (
        "Ministers discuss trade at Osh talks\n\nBy Aigul Serikova in Nation on 2 April 2025"
        "\n\nOSH – The ministers met on April 1.\n"
    )
    brief = parse_brief(text, brief_id="d")
    assert (brief.date, brief.dateline) == (dt.date(2025, 4, 2), "Osh")
    assert brief.title == "Ministers discuss trade at Osh talks"


@pytest.mark.parametrize("dateline", ["OSH – ", ""])
def test_a_title_line_gives_no_topics(dateline: str) -> None:
    """A headline sums the story up in short; topics come from the story below it."""
    text = (
        "Ministers discuss water, energy and trade at Osh talks\n\n"
        f"{dateline}The ministers discussed cooperation in water management and energy.\n"
    )
    assert parse_brief(text, brief_id="t").topics == ("water management", "energy")


@pytest.mark.parametrize(
    ("top", "date", "dateline", "source"),
    [
        # A head of state's site: the date, the time and where it happened on one line.
        (
            "April 2, 2025, 15:10, The Kremlin, Moscow\n\nThe presidents met.",
            "2025-04-02",
            "Moscow",
            None,
        ),
        # A wire page: two reporters in the byline, a timestamp with its zone and update note,
        # and a dateline whose date has no year.
        (
            "By Anna Lee and Omar Khan\n\nApril 2, 2025 4:12 PM GMT+5 Updated 2 hours ago\n\n"
            "OSH, Kyrgyzstan, April 2 (Reuters) - The presidents met.",
            "2025-04-02",
            "Osh",
            "Reuters",
        ),
        # A European site: a byline, then a slashed date with its time, zone and update.
        (
            "By Anna Lee\nPublished on 02/04/2025 - 18:42 GMT+1 • Updated 03/04/2025 - 09:10 GMT+1"
            "\n\nThe presidents met.",
            "2025-04-02",
            None,
            None,
        ),
        # A page's fields under the title: "Source: X| date time|Editor: Y".
        (
            "Source: Xinhua| 2025-04-02 21:14:05|Editor: huaxia\n\n"
            "OSH, April 2 (Xinhua) -- The presidents met.",
            "2025-04-02",
            "Osh",
            "Xinhua",
        ),
        # A byline and a time with its zone in brackets, no dateline.
        (
            "By Anna Lee\n2 April 2025 15:20 (UTC+04:00)\n\nThe presidents met.",
            "2025-04-02",
            None,
            None,
        ),
        # An embassy page: a labelled date line.
        (
            "Date of publication: 02.04.2025 10:35\n\nThe ambassador met guests.",
            "2025-04-02",
            None,
            None,
        ),
        ("Published: 2 April 2025\n\nThe ambassador met guests.", "2025-04-02", None, None),
        # A wire's byline with its update stamp and no city line under it.
        (
            "They sign two deals\n\nA. Writer  |02.04.2025 - Update : 03.04.2025\n\n"
            "The presidents met.",
            "2025-04-02",
            None,
            None,
        ),
    ],
)
def test_date_lines_of_web_pages_under_a_title(
    top: str, date: str, dateline: str | None, source: str | None
) -> None:
    brief = parse_brief(f"Presidents meet\n\n{top}\n", brief_id="p")
    assert (brief.date and brief.date.isoformat(), brief.dateline, brief.reported_by) == (
        date,
        dateline,
        source,
    )
    assert brief.title == "Presidents meet"


@pytest.mark.parametrize(
    "line",
    [
        "April 2, 2025, the ministers met in Osh",
        "April 2, 2025, Foreign Office",
        "Tuesday, 2 April",
        "2 April 2025, Osh - the ministers met",
        "2 April 2025, Friday talks",
    ],
)
def test_a_line_opening_with_a_date_and_going_on_is_no_date_line(line: str) -> None:
    """A line going on after its date is no date line, nor is a place and a dash after a date
    without the time of day a page's stamp opens with."""
    assert parse_brief(f"Presidents meet\n\n{line}\n\nThey met.\n", brief_id="p").date is None


def test_a_city_a_full_stop_a_date_and_the_agency_make_a_dateline() -> None:
    dateline = parse_dateline("OSH. Apr 2 (Interfax) - The presidents met.")
    assert dateline is not None
    assert (dateline.city, dateline.date_text, dateline.agency) == ("Osh", "Apr 2", "Interfax")


@pytest.mark.parametrize(
    ("lead", "source"),
    [
        (
            "The President received guests, Kazinform cites the Akorda press service.",
            "Akorda press service",
        ),
        ("The ministers met in Osh, Daryo reports citing the ministry's press service.", "Daryo"),
        (
            "Minister Aldo Varga received a call from his Velmoran counterpart, Nordpress "
            "reports, citing the press service of the Ruritanian Foreign Ministry.",
            "press service of the Ruritanian Foreign Ministry",
        ),
    ],
)
def test_an_outlet_citing_its_source(lead: str, source: str) -> None:
    """ "X cites Y" credits Y; "X reports citing Y" is X's report, as the gold files write;
    "X reports, citing Y", the citation set apart by a comma, credits Y."""
    assert find_source([lead], None, [], None) == source


@pytest.mark.parametrize(
    ("lead", "source"),
    [
        ("The ministers met in Osh, the Cabinet said on its Telegram channel.", "Cabinet"),
        (
            "As the press service of the ministry reported, the ministers met.",
            "press service of the ministry",
        ),
        (
            "The ministers met in Osh, as reported by the press service of the Senate.",
            "press service of the Senate",
        ),
        ("As he said, the ministers met in Osh.", None),
        # A region's or a city's executive, named by its kind alone.
        ("The ministers met in Osh, the regional akimat reported.", "regional akimat"),
        ("The ministers met in Osh, the city khokimiyat said.", "city khokimiyat"),
        ("The ministers met in Osh, the regional officials reported.", None),
        ("The ministers met in Osh, the city hall said.", "city hall"),
        ("The ministers met, the mayor's office said in a Telegram post.", "mayor's office"),
        # A closing credit sentence pointing back at the news.
        (
            "The press service of the Ministry of Trade reports this.",
            "press service of the Ministry of Trade",
        ),
        # A body whose name lists its fields with commas, after "according to".
        (
            "Deals were signed, according to the Ministry of Trade, Industry and Energy.",
            "Ministry of Trade, Industry and Energy",
        ),
        (
            "Deals were signed, according to the Ministry of Trade, which hosted the talks.",
            "Ministry of Trade",
        ),
    ],
)
def test_more_ways_of_crediting_a_source(lead: str, source: str | None) -> None:
    assert find_source([lead], None, [], None) == source


def test_a_joint_statement_is_dated_by_where_and_when_it_was_done() -> None:
    text = (
        "JOINT STATEMENT of the two Presidents\n\n1. The Presidents met in Osh.\n\n"
        "Done in Osh on 2 April 2025, in two originals, all texts being equally authentic.\n\n"
        "For the Republic A                For the Republic B\n"
    )
    assert parse_brief(text, brief_id="j").date == dt.date(2025, 4, 2)


def test_a_statement_that_names_no_author_is_no_source() -> None:
    lead = "Trade will grow, according to a joint statement issued after the talks."
    assert find_source([lead], None, [], None) is None
    by = "Trade will grow, according to a statement issued by the Ministry of Trade."
    assert find_source([by], None, [], None) == "Ministry of Trade"


@pytest.mark.parametrize(
    ("top", "date", "dateline"),
    [
        # A release's place line: the city, its country and the date.
        (
            "News Release\n\nBank lends to Peru\n\nLima, Peru, April 4, 2025\n\n",
            "2025-04-04",
            "Lima",
        ),
        (
            "News Release\n\nBank lends to Peru\n\nLima, Peru, 4 April 2025\n\n",
            "2025-04-04",
            "Lima",
        ),
        # A dateline closed by a colon after the date, the country before the dash or not.
        (
            "PRESS RELEASE\n\nFund meets bank\n\nMuscat, Oman – 4 April 2025: ",
            "2025-04-04",
            "Muscat",
        ),
        ("Muscat – April 4, 2025: ", "2025-04-04", "Muscat"),
    ],
)
def test_place_and_date_lines_of_releases(top: str, date: str, dateline: str) -> None:
    text = f"{top}The Finance Minister Ana Lopez met the bank's president on Friday.\n"
    brief = parse_brief(text, brief_id="r")
    assert (brief.date and brief.date.isoformat(), brief.dateline) == (date, dateline)


def test_a_headline_closing_with_initials_stays_above_the_wire_dateline() -> None:
    text = (
        "World 08:15 April 4, 2025\n\nMinister to visit Ottawa before heading to U.K.\n\n"
        "TOKYO, April 4 (Kyodo) -- Foreign Minister Ken Sato will visit Canada next week."
        "\n\nHe will meet his counterpart in Ottawa.\n"
    )
    brief = parse_brief(text, brief_id="k")
    assert (brief.date, brief.dateline, brief.reported_by) == (
        dt.date(2025, 4, 4),
        "Tokyo",
        "Kyodo",
    )


@pytest.mark.parametrize(
    ("dateline", "source"),
    [
        ("(PNA) - MANILA, APR 4 - ", "PNA"),
        # The agency after the city: the next paragraph's attribution credits the office.
        ("MANILA, April 4 (PNA) -- ", "foreign ministry"),
    ],
)
def test_an_agency_opening_its_dateline_outranks_the_office_it_quotes_below(
    dateline: str, source: str
) -> None:
    """ "(Agency) - CITY, DATE - " opens a wire's story as "(Agency) --" does: a source the
    paragraph under its one-sentence lead names is one the agency quotes."""
    text = (
        f"{dateline}Foreign Secretary Ana Cruz met her Chilean counterpart on Friday.\n\n"
        "The two signed a visa accord, the foreign ministry said.\n"
    )
    assert parse_brief(text, brief_id="w").reported_by == source


@pytest.mark.parametrize(
    ("line", "source"),
    [
        (
            "Posted on Friday, 4th April 2025 by Harbour Chamber Communications",
            "Harbour Chamber Communications",
        ),
        # A writer is no poster: the office at the foot credits the page.
        ("Posted on 4 April 2025 by Ana Lopez", "Chamber Media Office"),
    ],
)
def test_the_office_posting_a_page_outranks_the_foot_and_a_writer_does_not(
    line: str, source: str | None
) -> None:
    text = (
        f"Chamber hosts traders\n\n{line}\n\nThe chamber hosted a delegation on Thursday.\n\n"
        "They toured a port.\n\nFor more information:\nChamber Media Office\nTel: +1 555 0100\n"
    )
    brief = parse_brief(text, brief_id="c")
    assert (brief.date, brief.reported_by) == (dt.date(2025, 4, 4), source)


@pytest.mark.parametrize(
    ("credit", "source"),
    [
        ("the government press service", "government press service"),
        # A ministry's data or word below the lead is no credit of the brief.
        ("the ministry", None),
    ],
)
def test_a_press_service_credited_under_the_lead_is_the_source(
    credit: str, source: str | None
) -> None:
    text = (
        "Chile and Peru sign port deals\n\nEconomy · 4 April 2025, 10:40\n\n"
        "President Ana Lopez and President Bo Ruiz held talks in Lima. Six deals were signed."
        f"\n\nOn Friday the leaders met in a narrow format, according to {credit}.\n\n"
        "They also discussed fisheries.\n"
    )
    assert parse_brief(text, brief_id="s").reported_by == source


def test_a_body_listing_its_fields_is_the_source() -> None:
    lead = "The commission met in Osh, the Ministry of Water, Agriculture and Industry reported."
    assert find_source([lead], None, [], None) == "Ministry of Water, Agriculture and Industry"


@pytest.mark.parametrize(
    "line",
    [
        "Friday, 4 April 2025, 17:05",
        "Updated: 04.04.2025 17:05",
        "20:15, 4 April 2025",
        "Date: April 4, 2025",
        "Source: Agency| 2025-04-04 21:14:05|Editor: desk",
        "Politics Materials 4 April 2025 16:48 (UTC +04:00)",
        "Updated 19:42, 04-Apr-2025",
        "2025/04/04",
        "0 Comment(s) Print E-mail Xinhua, April 4, 2025",
        "Fri, Apr 4 2025, 19:45",
        "Friday 15 Hamal 1404 (4 April 2025)",
        "Nag Today 2025.04.04.",
        "2025.04.04",
        "16:42 04.04.2025 (updated: 17:20 04.04.2025)",
        "April 4, 2025 at 9:30 AM GMT+5",
        "Updated on April 4, 2025 at 1:15 PM GMT+5",
        "Fri 04/04/2025",
        "Fri 4 Apr 2025",
        "2025-04-04T14:05:00+05:00",
        "Last updated: 04.04.2025",
        "04-04-2025 14:05",
        "4 April 2025, Friday",
        "April 4, 2025 (Friday)",
        "Published 04.04.2025 14:05 | Updated 04.04.2025 15:00",
        "Published: Fri 4 Apr 2025, 6:42 PM",
        "Press release 4.4.2025 16.05",
        "Published Apr 4, 2025 • 3 minute read",
        "Apr 4, 2025 – 5.00am",
        "Date  2025-04-04  Hit  87",
        "9:30 am on 4 April 2025",
        "18:05 on April 4, 2025",
        # An agency's time in brackets; a month, day and year set apart by dashes.
        "04.04.2025 [11:05]",
        "Apr - 04 - 2025 , 17:40",
        # A "Created" label; a time zone of two letters after "a.m.".
        "Created: 04.04.2025 10:15",
        "Apr. 4, 2025 10:15 a.m. ET",
        # "at" after the update label; a weekday in full after "Posted on", an ordinal day
        # and the office that posted the page; a section, the time and a count of readers;
        # a section set apart by a middle dot; a second stamp after "Last update on:".
        "Last Updated at April 4, 2025 22:18 IST",
        "Posted on Friday, 4th April 2025 by Harbour Chamber Communications",
        "ECONOMY 09:12 / 04.04.2025 1873",
        "Society · 4 April 2025, 10:40",
        "Fri Apr 4, 2025 12:00 AM  Last update on: Fri Apr 4, 2025 01:14 AM",
        # An em dash before a time written with a dot; a line in capitals with its zone.
        "April 4, 2025 — 4.40pm",
        "APR 04, 2025 - 6:05 PM GMT+2",
        # The page of the printed paper after the date.
        "Fri, Apr 4, 2025 page2",
        "April 4, 2025 - Page A7",
        # A year in two figures, read with the time after it.
        "04/04/25 10:42",
        "04.04.25 10:42",
        # A template's comma after the blank before the year, and a colon before the time.
        "Published: 4 April ,2025: 7:52 PM GST",
        "April 4, 2025: 7:52 PM",
    ],
)
def test_line_date_reads_the_date_lines_of_web_pages(line: str) -> None:
    assert line_date(line) == (dt.date(2025, 4, 4), None)


@pytest.mark.parametrize(
    "line",
    [
        "Summit Opens 4 April 2025",
        "Talks In Osh 4 April 2025 Ended",
        # A name after "by" is no poster without a label before the date.
        "4 April 2025 by Ana Lopez",
        # A place before the date is a dateline of its own, not a page's date line.
        "Brussels, 4 April 2025",
        # A year in two figures without a time of day after it may be anything.
        "04/04/25",
    ],
)
def test_a_title_ending_in_a_date_without_its_time_is_no_date_line(line: str) -> None:
    assert line_date(line) is None


def test_a_spokesperson_posting_the_news_is_its_source_but_not_one_telling_reporters() -> None:
    posted = "The President called, press secretary Aida Sarova wrote on her Telegram channel."
    told = "The presidents spoke on Wednesday, Kremlin spokesman Ivan Petrov told reporters."
    assert find_source([posted], None, ["Aida Sarova"], None) == "press secretary Aida Sarova"
    assert find_source([told], "Interfax", ["Ivan Petrov"], None) == "Interfax"


@pytest.mark.parametrize("title", ["", "Minister holds meetings in Osh\n\n"])
def test_a_release_is_dated_by_the_day_its_first_sentence_tells_of(title: str) -> None:
    text = f"{title}On April 2, 2025, the Minister held meetings in Osh.\n\nThey talked.\n"
    assert parse_brief(text, brief_id="r").date == dt.date(2025, 4, 2)


def test_page_matter_above_a_dateline() -> None:
    text = (
        "(LEAD) Presidents agree on minerals\n\nAll News 17:22 April 2, 2025\n\n"
        "(ATTN: UPDATES with details in paras 5-9)\nBy Anna Lee\n\n"
        "OSH, April 2 (Yonhap) -- The presidents met in Osh.\n"
    )
    brief = parse_brief(text, brief_id="y")
    assert (brief.date, brief.dateline, brief.reported_by) == (
        dt.date(2025, 4, 2),
        "Osh",
        "Yonhap",
    )


def test_the_source_address_s_country_is_the_home_of_an_unqualified_office() -> None:
    text = (
        "source https://www.mofa.go.kr/eng/brd/m_5676/view.do\n"
        "First Vice Minister of Foreign Affairs Park Ji-ho met Deputy Minister of Foreign "
        "Affairs of Uzbekistan Aziz Karimov on Monday.\n"
    )
    people = parse_brief(text, brief_id="u").people
    assert [(p.name, p.country) for p in people] == [
        ("Park Ji-ho", "South Korea"),
        ("Aziz Karimov", "Uzbekistan"),
    ]


def test_a_date_line_in_capitals_dates_the_release_and_is_no_figure_nor_summary() -> None:
    text = (
        "Readout of the Minister's Meeting with a Guest\n\nOFFICE OF THE SPOKESPERSON\n\n"
        "APRIL 2, 2025\n\nThe Minister met the guest today. They signed 3 agreements.\n"
    )
    brief = parse_brief(text, brief_id="d")
    assert brief.date == dt.date(2025, 4, 2)
    assert [f.text for f in brief.figures] == ["3"]
    assert brief.summary == "The Minister met the guest today. They signed 3 agreements."
    assert brief.title == "Readout of the Minister's Meeting with a Guest"


def test_a_title_above_the_dateline_is_the_brief_title_and_a_byline_is_not() -> None:
    titled = "Joint statement of the council\n\nGeneva, 2 April 2025\n\nThe council met.\n"
    assert parse_brief(titled, brief_id="t").title == "Joint statement of the council"
    byline = "By Ann Writer\n\nGENEVA – The council met in the city.\n"
    assert parse_brief(byline, brief_id="b").title != "By Ann Writer"


def test_a_byline_line_leaves_the_lead_to_the_paragraph_after_it() -> None:
    text = (
        "date 2026-11-25\nDaily Outlet, Wednesday 25 Nov 2026\n\nThe zone signed a contract worth "
        "$2 billion, according to a statement by ZoneCo.\n"
    )
    assert parse_brief(text, brief_id="b").reported_by == "ZoneCo"


def test_a_label_line_above_the_lead_is_left_out_of_the_summary() -> None:
    text = (
        "date 2026-11-20\nPress release No:512/26\n\nOn 19 November the ministers held talks in "
        "the capital.\n\nThey signed six documents.\n"
    )
    brief = parse_brief(text, brief_id="label")
    assert brief.summary == (
        "On 19 November the ministers held talks in the capital. They signed six documents."
    )


def test_a_date_line_with_a_time_of_day_dates_the_release() -> None:
    text = "title The governor received a guest\n\n26 November 2026 16:20\n\nThe governor met.\n"
    assert parse_brief(text, brief_id="t").date == dt.date(2026, 11, 26)


def test_the_source_of_a_brief_opening_with_its_title_is_read_in_the_paragraph_below() -> None:
    text = (
        "Two countries agree to launch a ferry line\n\nThe ministers of transport met in the "
        "capital on Tuesday, the Ministry of Transport reported.\n\nThey signed a plan.\n"
    )
    assert parse_brief(text, brief_id="s").reported_by == "Ministry of Transport"


def test_a_title_line_opening_a_body_without_dateline_is_the_title_not_the_summary() -> None:
    text = (
        "Two countries agree to launch a ferry line\n\nThe ministers of transport met in the "
        "capital on Tuesday, the Ministry of Transport reported.\n\nThey signed a plan.\n"
    )
    brief = parse_brief(text, brief_id="t")
    assert brief.title == "Two countries agree to launch a ferry line"
    assert brief.summary is not None
    assert brief.summary.startswith("The ministers of transport met")
    # A lead sentence with its full stop is no title: it stays the summary's first sentence.
    lead_only = "The ministers met in the capital on Tuesday and signed a plan.\n\nIt is new.\n"
    led = parse_brief(lead_only, brief_id="l")
    assert led.title != "The ministers met in the capital on Tuesday and signed a plan."
    assert led.summary is not None
    assert led.summary.startswith("The ministers met in the capital")


@pytest.mark.parametrize("money", ["US$ 92 million", "US$92 million", "US dollars 92 million"])
def test_a_currency_written_with_a_countrys_code_is_no_mention_of_the_country(money: str) -> None:
    body = f"ASTANA – Kazakhstan and Spain traded goods worth {money} last year."
    brief = parse_brief(f"date 2024-03-06\n{body}\n", brief_id="c")
    assert brief.countries == ("Kazakhstan", "Spain")


def test_a_release_headed_by_an_office_in_capitals_is_reported_by_that_office() -> None:
    """ "OFFICE OF THE SPOKESPERSON" on its own line under the title credits that office."""
    brief = parse_brief(
        "Readout of the Minister's meeting\n\nOFFICE OF THE SPOKESPERSON\n\nAPRIL 2, 2025\n\n"
        "Minister Ann Lee met Foreign Minister Bo Tan today.",
        brief_id="x",
    )
    assert brief.reported_by == "Office of the Spokesperson"
    assert brief.date == dt.date(2025, 4, 2)


@pytest.mark.parametrize(
    ("foot", "published"),
    [
        ("Osh\nApril 2, 2025", dt.date(2025, 4, 2)),
        ("MINISTRY OF FOREIGN AFFAIRS\nOSH\n2 APRIL 2025", dt.date(2025, 4, 2)),
        ("Osh\nApril 2", None),
        ("They will meet again on April 2, 2025.", None),
        # contact lines under the signature, in its block or a paragraph of their own
        (
            "ISSUED BY:\nPRESS OFFICE\n2ND APRIL 2025\nTel: +99 (0) 312 555 010",
            dt.date(2025, 4, 2),
        ),
        (
            "Press Office\nOsh\n2 April 2025\n\nMedia enquiries: +99 312 555 010",
            dt.date(2025, 4, 2),
        ),
        ("Press Office\n\nTel: +99 312 555 010", None),
    ],
)
def test_a_release_dated_at_its_foot_is_published_then(
    foot: str, published: dt.date | None
) -> None:
    """Without header or dateline date, a date closing the last block of short lines dates it."""
    brief = parse_brief(f"Minister Ann Lee met Foreign Minister Bo Tan.\n\n{foot}", brief_id="x")
    assert brief.date == published


def test_a_release_date_label_dates_the_release() -> None:
    brief = parse_brief(
        "Ministers meet online\n\nRelease date: 2 April 2025\n\n"
        "Minister Ann Lee today held a virtual meeting with Foreign Minister Bo Tan.",
        brief_id="x",
    )
    assert brief.date == dt.date(2025, 4, 2)


def test_a_one_sentence_wire_lead_takes_its_attribution_from_the_next_paragraph() -> None:
    """A wire story's one-sentence lead; the next paragraph credits the ministry's statement."""
    brief = parse_brief(
        "OSH (NAG) - Freedonia and Sylvania discussed gas on Wednesday.\n\n"
        "Minister Ann Lee met Deputy Prime Minister Bo Tan in Osh, the Freedonian Energy "
        "Ministry said in a statement.\n\nThey will meet again.",
        brief_id="x",
    )
    assert brief.reported_by == "Freedonian Energy Ministry"


def test_a_timestamp_under_the_title_dates_a_brief_whose_dateline_has_no_date() -> None:
    """ "Title\n20 November 2026, 17:05\n\nCITY. AGENCY – Text": the timestamp dates it."""
    brief = parse_brief(
        "Ministers meet in Taraz\n2 April 2025, 17:05\n\nTARAZ. NAGINFORM – Minister Ann Lee met "
        "Foreign Minister Bo Tan.",
        brief_id="x",
    )
    assert (brief.dateline, brief.date) == ("Taraz", dt.date(2025, 4, 2))


@pytest.mark.parametrize(
    ("lead", "dateline", "published"),
    [
        ("Taraz, April 2, 2025. Minister Ann Lee met", "Taraz", dt.date(2025, 4, 2)),
        ("Taraz, 2 April 2025. Minister Ann Lee met", "Taraz", dt.date(2025, 4, 2)),
        ("TARAZ, Apr. 2, 2025. Minister Ann Lee met", "Taraz", dt.date(2025, 4, 2)),
        # A country is no dateline city; a known city's date without its year names the
        # dateline but dates nothing.
        ("Kazakhstan, April 2, 2025. Minister Ann Lee met", None, None),
        ("Taraz, April 2. Minister Ann Lee met", "Taraz", None),
    ],
)
def test_a_city_and_a_full_date_closed_by_a_full_stop_make_a_dateline(
    lead: str, dateline: str | None, published: dt.date | None
) -> None:
    """A press service's "Astana, November 18, 2026. Text" under a title line."""
    brief = parse_brief(
        f"Minister receives a delegation\n\n{lead} Foreign Minister Bo Tan in the capital.\n\n"
        "They discussed trade.",
        brief_id="x",
    )
    assert (brief.dateline, brief.date) == (dateline, published)


@pytest.mark.parametrize(
    ("title", "published"),
    [
        ("Spokesperson Ann Lee's Regular Press Conference on April 2, 2025", dt.date(2025, 4, 2)),
        ("Briefing of the Foreign Ministry, 2 April 2025", dt.date(2025, 4, 2)),
        ("Talks to be held on April 2 in Osh", None),
        ("April 2, 2025 talks review the trade plan", None),
    ],
)
def test_a_title_closing_with_a_full_date_dates_a_release_that_gives_no_other(
    title: str, published: dt.date | None
) -> None:
    """The title's closing date is the last resort for the publication date."""
    brief = parse_brief(
        f"{title}\n\nSpokesperson Ann Lee announced the visit of Foreign Minister Bo Tan.\n\n"
        "Q: What will they discuss?\n\nAnn Lee: Trade.",
        brief_id="x",
    )
    assert brief.date == published


@pytest.mark.parametrize(
    ("text", "dateline", "date_text", "agency"),
    [
        ("OSH: Minister Ann Lee met Bo Tan.", "Osh", None, None),
        (
            "Osh, Kyrgyzstan, 2 April 2025: Minister Ann Lee met Bo Tan.",
            "Osh",
            "2 April 2025",
            None,
        ),
        (
            "Osh. 2 April. NAGINFORM.KG/ Minister Ann Lee met Bo Tan.",
            "Osh",
            "2 April",
            "Naginform",
        ),
        (
            "OSH. April 2. Naginform.kg – Minister Ann Lee met Bo Tan.",
            "Osh",
            "April 2",
            "Naginform",
        ),
        # A page's teaser sentence in front of the dateline, under its title and timestamp.
        (
            "Osh and Taraz sign a deal\n02.04.2025 15:40\n\nOsh and Taraz signed a deal on "
            "Wednesday. OSH. April 2. Naginform.kg – Minister Ann Lee met Bo Tan.",
            "Osh",
            "April 2",
            "Naginform",
        ),
        # Neither a sentence in capitals after the teaser naming no date nor agency.
        ("Osh and Taraz signed a deal. NATO – a partner – was not there.", None, None, None),
        # A label in capitals, a city in title case or a country before a colon is no dateline.
        ("UPDATE: Minister Ann Lee met Bo Tan.", None, None, None),
        ("Osh: Minister Ann Lee met Bo Tan.", None, None, None),
        ("KYRGYZSTAN: Minister Ann Lee met Bo Tan.", None, None, None),
        # ... unless its capital has its name: a paper there writes its dateline so.
        ("SINGAPORE: Minister Ann Lee met Bo Tan.", "Singapore", None, None),
        ("PANAMA: Minister Ann Lee met Bo Tan.", "Panama", None, None),
        ("Panama: Minister Ann Lee met Bo Tan.", None, None, None),
        # A city in title case, then its country: a Gulf paper's dateline, no date.
        ("Osh, Kyrgyzstan: Minister Ann Lee met Bo Tan.", "Osh", None, None),
        ("Osh, Velmora: Minister Ann Lee met Bo Tan.", None, None, None),
        # The city and the agency between slashes, closed by a stop, no date.
        ("Osh/Sylpress/. Minister Ann Lee met Bo Tan.", "Osh", None, "Sylpress"),
        ("OSH/Sylpress/. Minister Ann Lee met Bo Tan.", "Osh", None, "Sylpress"),
        ("Osh/Taraz/ Minister Ann Lee met Bo Tan.", None, None, None),
        # The city, the date with its year and an agency of two words, each closed by a stop.
        (
            "Osh. 2 April 2025. Valley Today - Minister Ann Lee met Bo Tan.",
            "Osh",
            "2 April 2025",
            "Valley Today",
        ),
    ],
)
def test_datelines_closed_by_a_colon_or_by_an_agency_and_a_slash(
    text: str, dateline: str | None, date_text: str | None, agency: str | None
) -> None:
    found = parse_dateline(text)
    assert ((found.city, found.date_text, found.agency) if found else (None, None, None)) == (
        dateline,
        date_text,
        agency,
    )


@pytest.mark.parametrize(
    "page",
    [
        "Ministers meet in Osh\n\nNAG REPORT\nPublished April 2, 2025 Updated 07:41am\n\nOSH: ",
        "Ministers meet in Osh\n\nOSH\nApril 2 2025 16:35:00\n\n",
    ],
)
def test_a_page_s_city_and_timestamp_above_the_text_date_it_and_place_it(page: str) -> None:
    """A business paper's reporter line and update note; a city line over the timestamp."""
    brief = parse_brief(page + "Minister Ann Lee met Foreign Minister Bo Tan.", brief_id="x")
    assert (brief.dateline, brief.date) == ("Osh", dt.date(2025, 4, 2))


def test_a_timestamp_followed_by_a_page_field_dates_the_release() -> None:
    brief = parse_brief(
        "Minister Ann Lee holds talks with Bo Tan\n\n2025-04-02 09:40 Article Type: Original\n\n"
        "On April 1, Minister Ann Lee held talks with Foreign Minister Bo Tan.",
        brief_id="x",
    )
    assert brief.date == dt.date(2025, 4, 2)


@pytest.mark.parametrize(
    ("lead", "source"),
    [
        (
            "They agreed on trade, according to a statement issued by the Ministry of Commerce.",
            "Ministry of Commerce",
        ),
        (
            "They signed 46 contracts, the press service of the Ministry of Investment, "
            "Industry and Trade reported.",
            "press service of the Ministry of Investment, Industry and Trade",
        ),
    ],
)
def test_who_issued_the_statement_reports_the_brief(lead: str, source: str) -> None:
    brief = parse_brief(f"Minister Ann Lee met Bo Tan in Osh. {lead}", brief_id="x")
    assert brief.reported_by == source


@pytest.mark.parametrize(
    "stamp",
    ["2.04.2025 15:40 Views: 1 873 Comments: 12", "2.04.2025, 11:48 👁 2841"],
)
def test_a_page_timestamp_with_its_counters_dates_the_brief(stamp: str) -> None:
    brief = parse_brief(
        f"Ministers meet in Osh\n{stamp}\n\nMinister Ann Lee met Foreign Minister Bo Tan.",
        brief_id="x",
    )
    assert brief.date == dt.date(2025, 4, 2)


def test_a_town_the_city_table_does_not_know_opens_an_agency_s_full_dateline() -> None:
    """ "Khiva, 22 November (UzA). Text": a day number and the agency's name in brackets."""
    found = parse_dateline("Zarafgul, 2 April (NAG). Minister Ann Lee met Bo Tan.")
    assert found is not None
    assert (found.city, found.date_text, found.agency) == ("Zarafgul", "2 April", "NAG")
    assert parse_dateline("Kazakhstan, 2 April (NAG). Minister Ann Lee met Bo Tan.") is None


@pytest.mark.parametrize(
    ("text", "city", "date_text", "agency"),
    [
        ("Osh (Kyrgyzstan) (NAG) – The presidents met.", "Osh", None, "NAG"),
        ("Osh [Kyrgyzstan], April 2 (NAG): The presidents met.", "Osh", "April 2", "NAG"),
        ("Osh, Ramadan 14, 1446, Apr 2, 2025, NAG -- The presidents met.", "Osh", None, "NAG"),
    ],
)
def test_datelines_with_their_country_or_two_calendars(
    text: str, city: str, date_text: str | None, agency: str
) -> None:
    found = parse_dateline(text)
    assert found is not None
    assert (found.city, found.agency) == (city, agency)
    if date_text is not None:
        assert found.date_text == date_text
    brief = parse_brief(f"date 2025-04-02\n{text}", brief_id="x")
    assert (brief.dateline, brief.reported_by) == (city, agency)


@pytest.mark.parametrize(
    ("page", "dateline", "source"),
    [
        # A wire's name and time above a title-case town with its country and agency.
        (
            "Leaders seal a treaty\n\nNAG\nPublished on: 02/04/2025 - 16:05 (GMT)\n\n"
            "Zarafgul (Kyrgyzstan) (NAG) – ",
            "Zarafgul",
            "NAG",
        ),
        # An outlet's line, the city and the timestamp in one block under the title.
        (
            "Leaders seal a treaty\n\nDAILY NEWS WITH AA\nOSH\nApr 2, 2025 - 6:14 pm GMT+3\n\n",
            "Osh",
            None,
        ),
        # The agency alone in brackets: no dateline, the agency reports it.
        (
            "Leaders seal a treaty\n\nBy Ann Writer\nApril 2, 2025 at 9:30 AM\n\n(Bloomberg) -- ",
            None,
            "Bloomberg",
        ),
    ],
)
def test_wire_pages_above_their_text(page: str, dateline: str | None, source: str | None) -> None:
    brief = parse_brief(page + "Minister Ann Lee met Foreign Minister Bo Tan.", brief_id="x")
    assert (brief.date, brief.dateline, brief.reported_by) == (
        dt.date(2025, 4, 2),
        dateline,
        source,
    )


def test_a_credited_agency_loses_the_abbreviation_after_its_name() -> None:
    brief = parse_brief(
        "Minister Ann Lee met Bo Tan in Osh, Freedonian News Agency (FNA) reported.", brief_id="x"
    )
    assert brief.reported_by == "Freedonian News Agency"


@pytest.mark.parametrize(
    ("visitor", "country"),
    [
        # The outlet's own country has no part in the story: its correspondent tells of the
        # country the dateline is in.
        ("Turkmenistan", "Uzbekistan"),
        # A national outlet following its own leader abroad keeps its country.
        ("Azerbaijan", "Azerbaijan"),
    ],
)
def test_an_unqualified_office_belongs_to_the_outlet_s_country_only_when_it_is_named(
    visitor: str, country: str
) -> None:
    text = (
        f"TASHKENT, Uzbekistan, April 2. The presidents of Uzbekistan and {visitor} held talks "
        "in Tashkent today, Trend reports.\n\nThe agreement was signed by energy minister "
        "Otabek Rasulov.\n"
    )
    people = parse_brief(text, brief_id="t").people
    assert [(p.name, p.country) for p in people] == [("Otabek Rasulov", country)]


@pytest.mark.parametrize(
    ("text", "dateline", "date_text", "agency"),
    [
        ("Osh, April 2, NAGPRESS. Minister Ann Lee met Bo Tan.", "Osh", "April 2", "NAGPRESS"),
        ("OSH, APRIL 2, NAG. Minister Ann Lee met Bo Tan.", "Osh", "APRIL 2", "NAG"),
        # A web site naming itself in brackets is no agency to credit.
        ("Osh, 2 April (Nagnews.kg). Minister Ann Lee met Bo Tan.", "Osh", "2 April", None),
        # A weekday or a country after the date is no agency.
        ("Osh, April 2, Tuesday. Minister Ann Lee met Bo Tan.", None, None, None),
        # A known agency's name right after the day, without a comma; an unknown word stays.
        ("OSH, April 2 Kabar - Minister Ann Lee met Bo Tan.", "Osh", "April 2", "Kabar"),
        ("OSH, April 2 Nagpress - Minister Ann Lee met Bo Tan.", "Osh", "April 2 Nagpress", None),
        # An agency's name of two parts joined by a hyphen, after the date with its year.
        (
            "OSH, April 2, 2025, Nag-Press -- Minister Ann Lee met Bo Tan.",
            "Osh",
            "April 2, 2025",
            "Nag-Press",
        ),
    ],
)
def test_datelines_with_the_agency_after_a_date_without_its_year(
    text: str, dateline: str | None, date_text: str | None, agency: str | None
) -> None:
    found = parse_dateline(text)
    assert ((found.city, found.date_text, found.agency) if found else (None, None, None)) == (
        dateline,
        date_text,
        agency,
    )


def test_a_post_copied_from_a_telegram_channel_is_dated_by_its_stamp_line() -> None:
    text = (
        "Nag.kg 🌵, [02.04.2025 11:05]\n🚆 Osh and Taraz agree on a railway\n\n"
        "Minister Ann Lee met Bo Tan today in Osh.\n\n#railway\n"
    )
    brief = parse_brief(text, brief_id="t")
    assert (brief.date, brief.reported_by) == (dt.date(2025, 4, 2), None)
    assert (brief.title, brief.summary) == (
        "🚆 Osh and Taraz agree on a railway",
        "Minister Ann Lee met Bo Tan today in Osh.",
    )


def test_a_post_of_a_headline_and_a_sentence_takes_its_topics_from_the_headline() -> None:
    text = (
        "Nag.kg, [02.04.2025 11:05]\nOsh and Taraz discuss trade, energy and transport\n\n"
        "Minister Ann Lee met Bo Tan today in Osh.\n"
    )
    assert parse_brief(text, brief_id="t").topics == ("trade", "energy", "transport")


def test_a_long_heading_closing_with_the_date_and_the_place_dates_the_release() -> None:
    text = (
        "Joint Press Conference of Foreign Minister Ann Lee of Freedonia and Deputy Prime "
        "Minister and Minister of Foreign Affairs of Sylvania Bo Tan, 2 April 2025, Osh\n\n"
        "Minister Lee: Dear Minister, distinguished members of the press, welcome.\n"
    )
    assert parse_brief(text, brief_id="t").date == dt.date(2025, 4, 2)


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        (["Trade grew by a third, Nordpress cites the Ministry of Trade."], "Ministry of Trade"),
        (["Trade grew by a third, the Ministry of Trade SAID."], "Ministry of Trade"),
        # re.I matches "ſ" with "s" and "ı" with "i", which str.lower keeps apart.
        (["Trade grew by a third, the Ministry of Trade ſaid."], "Ministry of Trade"),
        (["Trade grew by a third, the Ministry of Trade saıd."], "Ministry of Trade"),
        (["As the Ministry of Trade reported, trade grew."], "Ministry of Trade"),
        (["Trade grew, according to the Ministry of Trade."], "Ministry of Trade"),
        (["Trade grew by a third at the fair."], "Header"),
    ],
)
def test_find_source_skips_only_patterns_whose_words_are_absent(
    lead: list[str], expected: str
) -> None:
    """The cheap word tests before the attribution patterns never hide a source they find."""
    assert find_source(lead, None, [], "Header") == expected


@pytest.mark.parametrize(
    ("text", "date", "dateline", "source"),
    [
        # A byline naming the reporter's city, the outlet in a field beside it.
        (
            "Sylvanian-built plant powers up in Kyrgyzstan's Osh region\n"
            "By ANN LEE in Bishkek | Daily Sylvanian | Updated: 2025-04-04 09:12\n\n"
            "A solar plant built by a Sylvanian company in the Osh region was connected to the "
            "grid on Saturday.\n",
            dt.date(2025, 4, 4),
            "Bishkek",
            "Daily Sylvanian",
        ),
        # The agency a story was built with, at its foot, when nothing else credits one.
        (
            "Ministers hold talks in Osh\nUpdated 19:42, 04-Apr-2025\n\n"
            "Foreign Minister Ann Lee of Sylvania held talks with her Kyrgyz counterpart in Osh "
            "on Friday.\n\nThey agreed to open a consulate.\n\n(With input from Xinhua)\n",
            dt.date(2025, 4, 4),
            None,
            "Xinhua",
        ),
        (
            "Ministers meet in Osh\n\nFri, Apr 4 2025, 19:45\n\nMinister Ann Lee met her "
            "Kyrgyz counterpart in Osh on Friday.\n\nThey agreed to open a consulate.\n\n"
            "Via NAG\n",
            dt.date(2025, 4, 4),
            None,
            "NAG",
        ),
        # An agency credited with its description.
        (
            "Ministers meet in Osh\n\nFri, Apr 4 2025, 19:45\n\nMinister Ann Lee met her "
            "Kyrgyz counterpart in Osh on Friday, state news agency Nagpress reported.\n",
            dt.date(2025, 4, 4),
            None,
            "Nagpress",
        ),
        # A dateline under a page's title, time and byline, in a seat of international bodies.
        (
            "Ministers launch a minerals dialogue at the UN\nApril 2, 2025 3:15 PM\n"
            "By Ann Writer\n\nNEW YORK — Foreign Minister Ann Lee met her Kyrgyz counterpart "
            "on Wednesday.\n",
            dt.date(2025, 4, 2),
            "New York",
            None,
        ),
        # A page's time, date, city, outlet and author on one line; the source in the lead.
        (
            "Osh and Taraz become sister cities\n\n"
            "10:42, 4 April 2025, Osh - Nag news agency, Ann Writer\n\n"
            "Mayor of Osh Ann Lee and Mayor of Taraz Bo Tan signed an agreement. The press "
            "service of the Osh City Hall reported.\n",
            dt.date(2025, 4, 4),
            "Osh",
            "press service of the Osh City Hall",
        ),
        # The date with a two-figure year and the time first, then the city and the outlet
        # after commas, under an author's line.
        (
            "Osh and Taraz become sister cities\n\nAuthor: Ann Writer\n"
            "04/04/25 10:42, Osh, Nag news agency\n\n"
            "Mayor of Osh Ann Lee and Mayor of Taraz Bo Tan signed an agreement. The press "
            "service of the Osh City Hall reported.\n",
            dt.date(2025, 4, 4),
            "Osh",
            "press service of the Osh City Hall",
        ),
    ],
)
def test_web_pages_give_their_date_dateline_and_source(
    text: str, date: dt.date, dateline: str | None, source: str | None
) -> None:
    brief = parse_brief(text, brief_id="w")
    assert (brief.date, brief.dateline, brief.reported_by) == (date, dateline, source)


@pytest.mark.parametrize(
    ("closing", "source"),
    [
        (
            "Freedonia will offer 50 scholarships, the Ministry of Foreign Affairs said in a "
            "statement.",
            "Ministry of Foreign Affairs",
        ),
        # A paper or a person credited at the foot is no office reporting the story.
        ("Trade grew by a third last year, the Daily Sylvanian reported.", None),
        ("Trade grew by a third last year, Ann Lee said.", None),
    ],
)
def test_an_office_credited_in_the_last_sentence_reports_a_story_nothing_else_credits(
    closing: str, source: str | None
) -> None:
    text = (
        "Freedonia and Sylvania sign six pacts\n\nOSH – Foreign Minister Ann Lee met Bo Tan "
        f"today.\n\nThey agreed to expand trade.\n\n{closing}\n"
    )
    assert parse_brief(text, brief_id="c").reported_by == source


@pytest.mark.parametrize(
    ("text", "date", "dateline", "source"),
    [
        # A city with an accented letter.
        (
            "Bogotá – Foreign Minister Ann Lee received Bo Tan today.\n\nThey discussed trade.",
            None,
            "Bogotá",
            None,
        ),
        # A full date with its comma and the agency in brackets, no dash, under a headline.
        (
            "Freedonia, Sylvania sign pacts\n\nKampala, Oct. 14, 2026 (FNA) The Minister of "
            "Trade, Ann Lee, met Bo Tan.\n\nThey discussed trade.",
            D(2026, 10, 14),
            "Kampala",
            "FNA",
        ),
        # An agency of two words in brackets; a stop and a hyphen after it.
        (
            "Quito, Oct 14, 2026 (Sylvan Press) Foreign Minister Ann Lee met Bo Tan.\n\nThey "
            "talked.",
            D(2026, 10, 14),
            "Quito",
            "Sylvan Press",
        ),
        (
            "Quito, Oct 14 (FNA).- Foreign Minister Ann Lee met Bo Tan.\n\nThey talked.",
            None,
            "Quito",
            "FNA",
        ),
        # A day and its year parted by a slash.
        (
            "Kampala, October 14/2026 (FNA) — Foreign Minister Ann Lee met Bo Tan.\n\nThey "
            "talked.",
            D(2026, 10, 14),
            "Kampala",
            "FNA",
        ),
        # A bare known city and a dash under a headline; a route is no dateline.
        (
            "Freedonia, Sylvania agree to expand ties\n\nKampala - Foreign Minister Ann Lee "
            "held talks with Bo Tan.\n\nThey talked.",
            None,
            "Kampala",
            None,
        ),
        (
            "Freedonia opens new line\n\nKampala - Nairobi railway opens to freight.\n\nIt "
            "carries goods.",
            None,
            None,
            None,
        ),
        # A page's date line opening with its weekday is no dateline.
        (
            "title Ministers meet\n\nFriday, 16 October 2026 - 10:05 AM\n\nForeign Minister "
            "Ann Lee met Bo Tan on Friday.",
            D(2026, 10, 16),
            None,
            None,
        ),
        # A numbered release label above the headline and a dateline with its country.
        (
            "PRESS RELEASE N° 12/2026\n\nForum closes with pledges\n\nKampala, Uganda, 14 "
            "October 2026 – The forum closed on Wednesday.\n\nIt was held for two days.",
            D(2026, 10, 14),
            "Kampala",
            None,
        ),
        # An agency credited alone on the last line, or a site's address after a dash.
        (
            "ALGIERS - Foreign Minister Ann Lee met Bo Tan.\n\nThey discussed trade.\n\nAPS\n",
            None,
            "Algiers",
            "APS",
        ),
        (
            "title Ministers meet\n\nFriday, 16 October 2026\n\nForeign Minister Ann Lee met "
            "Bo Tan.\n\nThey discussed trade.\n\n– Sylvania.gov.sy\n",
            D(2026, 10, 16),
            None,
            "Sylvania.gov.sy",
        ),
        # An end mark or an editor's initials are no credit.
        (
            "ALGIERS - Foreign Minister Ann Lee met Bo Tan.\n\nThey discussed trade.\n\nENDS\n",
            None,
            "Algiers",
            None,
        ),
        (
            "ALGIERS - Foreign Minister Ann Lee met Bo Tan.\n\nThey discussed trade.\n\nab/cd\n",
            None,
            "Algiers",
            None,
        ),
        # A masthead line whose last field is a known city and a full date.
        (
            "Ministry of Foreign Affairs | Press Release No. 12 | Nairobi, October 14, 2026\n\n"
            "Minister holds call\n\nForeign Minister Ann Lee spoke with Bo Tan today.",
            D(2026, 10, 14),
            "Nairobi",
            None,
        ),
        # A dateline's date in brackets is no agency.
        (
            "KAMPALA, UGANDA (14 October 2026) — The Bank approved a grant.\n\nIt is large.",
            D(2026, 10, 14),
            "Kampala",
            None,
        ),
        # The date first, then the city and its province, then the office issuing the release.
        (
            "Sylvania funds schools\n\nNews release\n\nOctober 14, 2026 - Toronto, Ontario - "
            "Sylvan Affairs Office\n\nToday, Minister Ann Lee met Bo Tan.\n\nThey talked.",
            D(2026, 10, 14),
            "Toronto",
            "Sylvan Affairs Office",
        ),
        # A date line naming the kind of page after the date.
        (
            "Foreign Office\n\nMinister speaks with Bo Tan\n\nArticle\n14.10.2026 - Press "
            "release\n\nMinister Ann Lee spoke by telephone with Bo Tan.",
            D(2026, 10, 14),
            None,
            None,
        ),
        # An unnamed spokesperson of an office introducing the statement.
        (
            "PM meeting with Bo Tan\n\nPublished 14 October 2026\n\nA Sylvan Palace "
            "spokesperson said:\n\n"
            '"The Prime Minister welcomed Bo Tan.\n\nThey discussed trade."',
            D(2026, 10, 14),
            None,
            "Sylvan Palace spokesperson",
        ),
        # A credited ministry without the short name in brackets after it.
        (
            "Lima, Oct. 14 (FNA). Peru signed a pact on Wednesday, the Ministry of Foreign "
            "Trade (Minfortra) reported.\n\nIt cuts tariffs.",
            None,
            "Lima",
            "Ministry of Foreign Trade",
        ),
        # A release number, a "Dated:" line, then "City - full date:" on a line of its own.
        (
            "No PR-12/2026-FPR\nDated: October 14, 2026\n\nKampala - October 14, 2026:\n\n"
            "General Ann Lee called on General Bo Tan today.\n\nThey talked.",
            D(2026, 10, 14),
            "Kampala",
            None,
        ),
        # A page's "Posted On" line with the month in capitals and who posted it.
        (
            "Ministry of Defence\nMinister holds talks with Sylvan Defence Minister\nPosted On: "
            "14 OCT 2026 6:12PM by FIB Osh\n\nMinister Ann Lee held talks with Bo Tan.",
            D(2026, 10, 14),
            None,
            None,
        ),
        # An outlet's name, a blank, a comma, then the weekday and the date.
        (
            "Freedonia, Sylvania sign programme\n\nSylvan Online , Wednesday 14 Oct 2026\n\n"
            "Minister of Culture Ann Lee met Bo Tan.\n\nThey talked.",
            D(2026, 10, 14),
            None,
            None,
        ),
        # A city in capitals and a full date with the time on a line of its own.
        (
            "Freedonia, Sylvania agree on campus\n\nNAIROBI, October 14, 2026 21:10 EAT\n\n"
            "Minister Ann Lee met Bo Tan on Wednesday.\n\nThey talked.",
            D(2026, 10, 14),
            "Nairobi",
            None,
        ),
        # A city written in capitals with a dotted capital I keeps its letters.
        (
            "İZMIR – Minister Ann Lee met Bo Tan.\n\nThey talked.",
            None,
            "İzmir",
            None,
        ),
        # A newspaper's "<Name> report" line credits it.
        (
            "Freedonia, Sylvania double flights\n\nSylvan Gazette report\n\nRIYADH — Minister "
            "Ann Lee met Bo Tan.\n\nThey talked.",
            None,
            "Riyadh",
            "Sylvan Gazette",
        ),
        # An attribution followed by a wire's participle clause.
        (
            "SEOUL, Oct. 14 (Yonhap) -- Freedonia and Sylvania signed a deal worth $1 billion, "
            "the Defense Ministry said, marking the largest deal of its kind.\n\nThey talked.",
            None,
            "Seoul",
            "Defense Ministry",
        ),
    ],
)
def test_datelines_date_lines_and_credits_of_agencies_releases_and_pages(
    text: str, date: dt.date | None, dateline: str | None, source: str | None
) -> None:
    """Datelines without a dash, with accented cities, slashed dates or under a numbered label;
    foot credits, masthead fields, bracketed dates, date-first datelines and spokespersons;
    own-line datelines with dates, "Posted On"/"Dated:" lines, outlet report lines."""
    brief = parse_brief(text, brief_id="d")
    assert (brief.date, brief.dateline, brief.reported_by) == (date, dateline, source)


def test_a_numbered_release_label_is_no_title() -> None:
    """The headline under "PRESS RELEASE N° ..." is the brief's title."""
    text = (
        "PRESS RELEASE N° 12/2026\n\nForum closes with pledges\n\nKampala, Uganda, 14 October "
        "2026 – The forum closed on Wednesday.\n\nIt was held for two days."
    )
    assert parse_brief(text, brief_id="t").title == "Forum closes with pledges"


@pytest.mark.parametrize(
    ("dateline", "plan", "date"),
    [
        # A plan for the coming years agreed late in the year dates a dateline without one.
        ("Osh, November 18 (FNA).", "a work plan for 2027-2030", D(2026, 11, 18)),
        ("Osh, December 2 (FNA).", "a programme for the years 2027–2029", D(2026, 12, 2)),
        # Early in the year the plan may start in the same year: no date.
        ("Osh, March 18 (FNA).", "a work plan for 2027-2030", None),
        # No plan and no year anywhere: no date.
        ("Osh, November 18 (FNA).", "a work plan", None),
    ],
)
def test_a_plan_for_the_coming_years_gives_a_yearless_dateline_its_year(
    dateline: str, plan: str, date: dt.date | None
) -> None:
    text = (
        f"{dateline} Minister Ann Lee received Bo Tan on Monday.\n\nThey signed {plan} on "
        "cooperation in education."
    )
    assert parse_brief(text, brief_id="y").date == date


@pytest.mark.parametrize(
    ("compared", "date"),
    [
        # this year's months against the same ones of the year before: the story's year
        ("1.7 times more than in the same period of 2023", D(2024, 8, 24)),
        ("up from the same period in 2024", D(2025, 8, 24)),
        # no year to compare with: no date
        ("up from the same period last year", None),
    ],
)
def test_a_same_period_of_a_year_gives_a_yearless_dateline_the_year_after(
    compared: str, date: dt.date | None
) -> None:
    """ "Velmora, August 24 — ... trade came to $187 million in the first six months, 1.7
    times more than in the same period of 2023": the story is written in 2024."""
    text = (
        "Velmora, August 24 — Minister Ann Lee received Bo Tan today.\n\nTrade came to $187 "
        f"million in the first six months of the year, {compared}."
    )
    assert parse_brief(text, brief_id="y").date == date


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        # A known city in title case and a colon, under a page's headlines and byline.
        (
            "Freedonia's energy push\n\nDeputy minister says storage is next\n\nPublished: "
            "November 23, 2026 18:40\nStaff Report, Sylvan News\n\nDubai: Freedonia will offer "
            "investors a share in its grid, the deputy minister said.\n\nThey talked.",
            "Dubai",
        ),
        # A word that is no city before a colon is no dateline.
        (
            "Weekly briefing\n\nQuestions and answers\n\nReporter: Can you comment on the "
            "talks held yesterday in the capital?\n\nAnswer: They went well.",
            None,
        ),
        # A known city and its country with a colon, no date: a Gulf paper's dateline.
        ("Dubai, UAE: Freedonia will offer investors a share in its grid.", "Dubai"),
        # A known city and a word that is no country: no dateline.
        ("Dubai, Freedonia: Freedonia will offer investors a share in its grid.", None),
    ],
)
def test_a_title_case_city_and_a_colon_open_a_dateline(text: str, dateline: str | None) -> None:
    assert parse_brief(text, brief_id="c").dateline == dateline


@pytest.mark.parametrize(
    ("closing", "lead_tail", "source"),
    [
        # An office's initials before "Press Office" in the signature at the foot.
        ("MFA Press Office", ".", "MFA Press Office"),
        # Whose data a sentence cites, without the words for the data.
        (
            "They discussed trade.",
            ", according to preliminary data of the National Statistics Office of Sylvania.",
            "National Statistics Office of Sylvania",
        ),
    ],
)
def test_a_signature_with_initials_and_the_owner_of_cited_data_are_credits(
    closing: str, lead_tail: str, source: str
) -> None:
    text = (
        "date 2026-10-14\ntitle Consultations held\n\nOn 13 October, Undersecretary Ann Lee "
        f"held consultations with Bo Tan, the trade grew by 7 percent{lead_tail}\n\nThey "
        f"discussed energy.\n\n{closing}\n"
    )
    assert parse_brief(text, brief_id="s").reported_by == source


@pytest.mark.parametrize(
    ("top", "country"),
    [
        ("Kenya Times", "Kenya"),
        ("The Ruritania Post\nNovember 20, 2026", None),
        ("Ministry of Foreign Affairs of Kenya", "Kenya"),
        # Headlines that hold a paper's or a ministry's word are no mastheads.
        ("Daily flights between Kenya and Uganda resume", None),
        ("Post-election talks in Kenya end", None),
        ("Kenya and Uganda sign a deal, the Ministry says", None),
    ],
)
def test_masthead_is_a_line_shaped_like_a_paper_s_or_a_ministry_s_name(
    top: str, country: str | None
) -> None:
    """A paper's masthead is capitalised words ending in the paper's word, a ministry's is
    the ministry's word then its name; a headline holding such a word names no home."""
    assert _masthead_country(f"{top}\n\nThe ministers met on Monday.") == country


def test_a_pasted_e_mail_s_header_dates_and_titles_it() -> None:
    """ "From:", "Sent:", "To:" and "Subject:" lines head a pasted e-mail: the "Sent:" line
    gives its date (after the weekday), the subject its title; the body follows."""
    header = split_header(
        "From: Harbour Press Office\nSent: Friday, March 6, 2026 9:02 AM\nTo: desk@example.org\n"
        "Subject: Ministers meet\n\nText."
    )
    assert (header.date, header.title, header.body) == (D(2026, 3, 6), "Ministers meet", "Text.")


def test_an_e_mail_header_in_capitals_is_read_as_well() -> None:
    """ "FROM:", "SENT:" and "SUBJECT:" in capitals head a pasted e-mail as the usual case
    does."""
    header = split_header(
        "FROM: Sylvan Trade Desk\nSENT: Tuesday, April 13, 2027 4:25 PM\n"
        "SUBJECT: Port levy agreed\n\nText."
    )
    assert (header.date, header.title, header.body) == (
        D(2027, 4, 13),
        "Port levy agreed",
        "Text.",
    )


def test_a_from_line_alone_is_no_e_mail_header() -> None:
    """A body opening with "From:" and no "Sent:", "Date:" or "Subject:" line keeps it."""
    header = split_header("From: the Ministry of Trade\nThe minister met Bo Tan.")
    assert (header.date, header.title, header.body) == (
        None,
        None,
        "From: the Ministry of Trade\nThe minister met Bo Tan.",
    )


def test_a_newsletter_s_lead_is_under_its_contents_in_capitals_and_bullets() -> None:
    """A newsletter's heading, contents list and subheading in capitals are no lead: the
    credit is read from the first paragraph of text below them."""
    brief = parse_brief(
        "From: Harbour Press Office\nSent: Friday, March 6, 2026 9:02 AM\nSubject: Weekly\n\n"
        "HARBOUR WEEKLY NEWSLETTER\n\nIN THIS ISSUE\n• Ministers meet\n• New licences\n\n"
        "MINISTERS MEET\n\nThe Minister of Trade of Sylvania, Ann Lee, met Bo Tan in Freetown "
        "on 4 March, the Harbour press service said.\n\nThey discussed trade.",
        brief_id="n",
    )
    assert (brief.date, brief.reported_by) == (D(2026, 3, 6), "Harbour press service")


@pytest.mark.parametrize(
    ("text", "date", "dateline", "source"),
    [
        # A national agency's name alone after the last sentence.
        (
            "MANILA – Minister Ann Lee met Bo Tan on Monday.\n\nThey discussed trade. PNA",
            None,
            "Manila",
            "PNA",
        ),
        # ... or in brackets.
        (
            "MANILA – Minister Ann Lee met Bo Tan on Monday.\n\nThey discussed trade. (GNA)",
            None,
            "Manila",
            "GNA",
        ),
        # An unknown abbreviation after the last sentence credits nobody.
        (
            "MANILA – Minister Ann Lee met Bo Tan on Monday.\n\nThey discussed trade. (XYZ)",
            None,
            "Manila",
            None,
        ),
        # A known agency after the dateline's date, without a comma.
        (
            "Freedonia, Sylvania agree\n\nPhnom Penh, March 3, 2026 AKP -- Minister Ann Lee "
            "met Bo Tan.\n\nThey talked.",
            D(2026, 3, 3),
            "Phnom Penh",
            "AKP",
        ),
    ],
)
def test_national_agencies_credited_after_the_last_sentence_or_the_date(
    text: str, date: dt.date | None, dateline: str | None, source: str | None
) -> None:
    """A known agency's name after the story's last sentence, bare or in brackets, or after
    the dateline's date credits it; an abbreviation no agency has does not."""
    brief = parse_brief(text, brief_id="a")
    assert (brief.date, brief.dateline, brief.reported_by) == (date, dateline, source)


@pytest.mark.parametrize(
    ("text", "date", "source"),
    [
        # An owner's media division on the first line, its abbreviation left out.
        (
            "Sylvan President’s Media Division (SMD)\n03-03-2026\n\nLeaders meet in Freetown\n\n"
            "President Ann Lee met Bo Tan this morning.\n\nThey talked.",
            D(2026, 3, 3),
            "Sylvan President’s Media Division",
        ),
        # A news service above its "Published:" line, the time of day before the date.
        (
            "Freedonia, Sylvania sign pact\n\nHarbour News Service\nPublished: 07:15 pm Mar 3, "
            "2026\n\nFREETOWN, MARCH 3\n\nMinister Ann Lee met Bo Tan on Monday.\n\nThey talked.",
            D(2026, 3, 3),
            "Harbour News Service",
        ),
        # A company's press service signing the release at its foot.
        (
            "Astana, 3 March 2026 — Minister Ann Lee met Bo Tan today.\n\nThey talked.\n\n"
            "HarbourGas press service",
            D(2026, 3, 3),
            "HarbourGas press service",
        ),
    ],
)
def test_an_office_named_after_its_owner_heads_or_signs_a_release(
    text: str, date: dt.date | None, source: str | None
) -> None:
    """ "<Owner> press service", "<Owner> Media Division (ABBR)" and "<Name> News Service",
    alone on a line at the top (a date line under it allowed) or at the foot, credit it."""
    brief = parse_brief(text, brief_id="o")
    assert (brief.date, brief.reported_by) == (date, source)


def test_a_headline_shaped_as_an_office_name_credits_nobody() -> None:
    """A first line with no date line under it ("Government Opens New Press Office") is a
    headline, not an office heading its own release."""
    text = (
        "Government Opens New Press Office\n\nThe cabinet of Sylvania opened a press office "
        "in Harbourton on Monday, Minister Ann Lee said.\n\nIt will brief reporters daily."
    )
    assert parse_brief(text, brief_id="h").reported_by is None


@pytest.mark.parametrize(
    ("text", "date", "dateline", "source"),
    [
        # An outlet's web address before the city, under a page's headline, standfirst,
        # credits and time line.
        (
            "Freedonia, Sylvania sign deals\nThe two sides seek wider markets.\n\n"
            "Translator: Ann Writer\nEditor: Bo Editor\n3 March 2026 18:40 WIB\n\n"
            "SYLVANPOST.CO, Freetown - President Ann Lee hosted Bo Tan on Tuesday.\n\n"
            "They talked.",
            D(2026, 3, 3),
            "Freetown",
            "Sylvanpost",
        ),
        # A web address that is no dateline: a sentence naming a site.
        (
            "Freedonia, Sylvania sign deals\n\nExample.com, a site, reported that Ann Lee met Bo "
            "Tan.\n\nThey talked.",
            None,
            None,
            None,
        ),
        # A known city and a month and day without the year, closed by a colon.
        (
            "date 2026-03-03\n\nFreetown, Mar 3: Minister Ann Lee met Bo Tan today.\n\n"
            "They talked.",
            D(2026, 3, 3),
            "Freetown",
            None,
        ),
    ],
)
def test_a_site_s_address_before_the_city_and_a_yearless_colon_dateline(
    text: str, date: dt.date | None, dateline: str | None, source: str | None
) -> None:
    """ "OUTLET.CO, City - Text" gives the city and credits the outlet, under a page's matter
    too; "City, Mon D: Text" is a dateline of a known city."""
    brief = parse_brief(text, brief_id="s")
    assert (brief.date, brief.dateline, brief.reported_by) == (date, dateline, source)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # "(Agency) --" opening a one-sentence lead: the next paragraph's source is quoted.
        (
            "Fund weighs bet\n\nBy Ann Writer\nMarch 3, 2026 at 9:14 AM GMT+3\n\n(Sylvanwire) -- "
            "Sylvania's fund is weighing a $5 billion stake, people familiar said.\n\nPresident "
            "Ann Lee and Bo Tan held talks, the Freedonian State Secretariat said in a "
            "statement.\n\nThey talked.",
            "Sylvanwire",
        ),
        # An attribution in the agency's own lead paragraph still credits its source.
        (
            "(Sylvanwire) -- Sylvania signed a deal worth $1 billion, the Defense Ministry said."
            "\n\nThey talked.\n\nThey met again.",
            "Defense Ministry",
        ),
        # An outlet's byline line naming the city its reporter writes from.
        (
            "Leaders close ranks\n\nAnn Writer\nSylvan News, Mexico City\nPublished 3 March 2026"
            "\n\nPresident Ann Lee hosted Bo Tan on Monday.\n\nThey talked.",
            "Sylvan News",
        ),
        # A writer's line with a city but no outlet's word credits nobody.
        (
            "Leaders close ranks\n\nAnn Writer\nFreedonia Desk, Mexico City\nPublished 3 March "
            "2026\n\nPresident Ann Lee hosted Bo Tan on Monday.\n\nThey talked.",
            None,
        ),
    ],
)
def test_a_bare_agency_s_lead_and_an_outlet_s_byline_city_credit_the_outlet(
    text: str, source: str | None
) -> None:
    """ "(Agency) --" credits the agency over a source its second paragraph names; a byline
    line "<Outlet>, <City>" credits the outlet."""
    assert parse_brief(text, brief_id="b").reported_by == source


@pytest.mark.parametrize(
    ("text", "dateline", "source"),
    [
        # The agency's copyright sign and name after a dotted dateline's date.
        (
            "Freedonia, Sylvania sign documents\n\nFREETOWN, Sylvania, March 3. ©SYLVANWIRE:\n\n"
            "President Ann Lee met Bo Tan in Freetown.\n\nThey talked.",
            "Freetown",
            "Sylvanwire",
        ),
        # A staff byline naming the outlet under a page's date line.
        (
            "Sylvania's energy push\n\nPublished: March 3, 2026 18:40\nStaff Report, Harbour "
            "News\n\nDubai: Sylvania will offer investors a share in its grid, Deputy Minister "
            "Ann Lee said.\n\nThey talked.",
            "Dubai",
            "Harbour News",
        ),
        # A staff byline without an outlet's word credits nobody.
        (
            "Sylvania's energy push\n\nPublished: March 3, 2026 18:40\nStaff Report, Ann Lee"
            "\n\nDubai: Sylvania will offer investors a share in its grid.\n\nThey talked.",
            "Dubai",
            None,
        ),
    ],
)
def test_a_copyright_sign_agency_and_a_staff_byline_credit_the_outlet(
    text: str, dateline: str | None, source: str | None
) -> None:
    """ "CITY, Month D. ©AGENCY:" credits the agency; "Staff Report, <Outlet>" the outlet."""
    brief = parse_brief(text, brief_id="c")
    assert (brief.dateline, brief.reported_by) == (dateline, source)


def test_a_title_case_dateline_with_a_full_date_and_a_dash_under_caps_headlines_is_read() -> None:
    """A ministry's release: its name and label, a headline in capitals, then "City, Country.
    Month D, YYYY — Text"."""
    text = (
        "MINISTRY OF TRADE AND INDUSTRY\nPRESS RELEASE\n\n"
        "TWO NATIONS SIGN A SHIPPING PACT\n\n"
        "Nairobi, Kenya. April 4, 2025 — The Minister of Trade, Hon. Wanjiru Kamau, met the "
        "visiting Minister of Commerce of Peru, Luis Paredes, at the Ministry on Thursday.\n"
    )
    brief = parse_brief(text, brief_id="k")
    assert (brief.dateline, brief.date) == ("Nairobi", dt.date(2025, 4, 4))
    assert brief.title == "TWO NATIONS SIGN A SHIPPING PACT"


def test_an_issuers_block_with_a_release_label_and_date_is_no_title() -> None:
    """ "Office\nPress release 4.4.2025 16.05\n\nTitle\n\nText": the title is under the block."""
    text = (
        "Government Communications Department\nPress release 4.4.2025 16.05\n\n"
        "Prime Minister Kallio and Peru's President discuss forestry\n\n"
        "Prime Minister Aino Kallio met President Luis Paredes of Peru in Helsinki on Friday.\n"
    )
    brief = parse_brief(text, brief_id="f")
    assert (brief.title, brief.date) == (
        "Prime Minister Kallio and Peru's President discuss forestry",
        dt.date(2025, 4, 4),
    )


def test_a_bracketed_placeline_gives_its_city_and_credits_its_office() -> None:
    """ "(Office, district, Greater City, Country) - Text": the city, its metropolitan area's
    prefix dropped, and the office as the credit."""
    text = (
        "Press Release 12/2025\nFriday, 4 April 2025\n\n"
        "Secretary-General receives the Vice Minister of Foreign Affairs of Peru\n\n"
        "(Andean Community Secretariat, Miraflores, Greater Georgetown, Guyana) - The "
        "Secretary-General of the Andean Community, Dr. Tomas Rowe, received the Vice Minister "
        "of Foreign Affairs of Peru, Luis Paredes, on Thursday.\n"
    )
    brief = parse_brief(text, brief_id="p")
    assert (brief.dateline, brief.reported_by) == ("Georgetown", "Andean Community Secretariat")
    assert brief.title == "Secretary-General receives the Vice Minister of Foreign Affairs of Peru"
    by_name = {p.name: p.country for p in brief.people}
    assert by_name["Tomas Rowe"] is None  # a regional body's official, not the seat's


def test_a_reporter_at_a_venue_abroad_gives_nobody_the_venues_country() -> None:
    """ "LIMA – Chad and Niger used a side event ...": the city's country is named nowhere
    else, so it is no one's home (a fund's director gets none)."""
    text = (
        "By A. Writer\n\nLIMA – Chad and Niger used a side event at the UN talks on Tuesday to "
        "ask for a desert fund, Chad's Environment Minister Idriss Mahamat said. Niger's "
        "Minister of Water Amadou Issa agreed. The fund's executive director Claire Dubois "
        "said the request would be studied.\n"
    )
    people = {p.name: p.country for p in parse_brief(text, brief_id="v").people}
    assert people == {"Idriss Mahamat": "Chad", "Amadou Issa": "Niger", "Claire Dubois": None}


def test_a_second_president_is_not_given_the_home_of_the_first() -> None:
    """A country has one President: with Kenya's named, another is not Kenya's too."""
    text = (
        "NAIROBI, April 4 (KNA) – President of Kenya Daniel Mwangi met President Luis Paredes "
        "on Friday. Trade Minister Ann Wairimu joined the talks.\n"
    )
    people = {p.name: p.country for p in parse_brief(text, brief_id="s").people}
    assert people == {"Daniel Mwangi": "Kenya", "Luis Paredes": None, "Ann Wairimu": "Kenya"}


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("HARBOURTON, March 3 (ABC-XYZ) - The minister met Bo Tan.", "ABC-XYZ"),
        ("HARBOURTON, March 3 (SYLPRESS) - The minister met Bo Tan.", "Sylpress"),
        ("HARBOURTON, March 3 (HNA) - The minister met Bo Tan.", "HNA"),
    ],
)
def test_a_credit_in_capitals_takes_normal_case_unless_it_is_initials(
    text: str, agency: str
) -> None:
    """A long agency name in capitals reads in normal case; initials, alone or joined by a
    hyphen, keep their capitals."""
    found = parse_dateline(text)
    assert (found.agency if found else None) == agency


@pytest.mark.parametrize(
    ("foot", "source"),
    [
        ("Source: Harbour Daily and news agencies", "Harbour Daily and news agencies"),
        ("Source: Coastline Radio", "Coastline Radio"),
        # A sentence that happens to begin so is no foot line.
        ("Source: the ministry said talks would go on.", None),
    ],
)
def test_a_source_foot_line_credits_the_outlet_and_its_wires(
    foot: str, source: str | None
) -> None:
    """A web story's last line "Source: <outlet> and news agencies" credits that outlet (with
    the wires), above a source the lead names only with "according to"."""
    text = (
        "Leaders meet in Portmar\n\nPublished On 4 Apr 2025\n\n"
        "President Ann Lee held talks with Bo Tan in Portmar, according to a statement from "
        "the presidential office.\n\nThey discussed trade and energy.\n\n" + foot + "\n"
    )
    brief = parse_brief(text, brief_id="s")
    assert (brief.date, brief.reported_by) == (
        dt.date(2025, 4, 4),
        source or "presidential office",
    )


@pytest.mark.parametrize(
    ("told", "date"),
    [
        # The story names the day month first: the figures were month/day.
        ("on Wednesday (Apr. 9)", dt.date(2025, 4, 9)),
        ("on April 9", dt.date(2025, 4, 9)),
        # ... or day first, or not at all: day/month, as most sites write it.
        ("on 4 September", dt.date(2025, 9, 4)),
        ("on Thursday", dt.date(2025, 9, 4)),
    ],
)
def test_a_date_line_in_figures_that_reads_both_ways_follows_the_day_the_story_names(
    told: str, date: dt.date
) -> None:
    text = (
        "Leaders sign agreements in Portmar\n\nPublished on 04/09/2025 - 18:27\n"
        "By Ana Reis - Reporter - Portmar\n\n"
        f"President Ann Lee received Prime Minister Bo Tan in Portmar {told}.\n\n"
        "They discussed trade.\n"
    )
    assert parse_brief(text, brief_id="d").date == date


@pytest.mark.parametrize(
    ("told", "date"),
    [
        # 3 June 2025 is a Tuesday; 6 March, a Thursday, lies two days after one.
        ("on Tuesday", dt.date(2025, 6, 3)),
        # A Wednesday is the day before 6 March: day first, as most sites write it.
        ("on Wednesday", dt.date(2025, 3, 6)),
        ("on Thursday", dt.date(2025, 3, 6)),
    ],
)
def test_a_date_line_in_figures_that_reads_both_ways_follows_the_weekday_the_story_names(
    told: str, date: dt.date
) -> None:
    """ "06/03/2025" over a story of talks held "on Tuesday": the month-first day is that
    Tuesday, the day-first one two days after it; so the figures are month/day."""
    text = (
        "Chancellor hosts visiting premier\n\n"
        "The two leaders agreed to deepen ties in energy and trade.\n\n06/03/2025\n\n"
        f"Chancellor Ida Berg received Premier Tomas Vale at the Chancellery in Oslo {told}.\n\n"
        "They discussed energy and trade.\n"
    )
    assert parse_brief(text, brief_id="d").date == date


@pytest.mark.parametrize(
    "lines",
    [
        "March 5, 2027\n11:20\nLima",
        "March 5, 2027\nThe Government Palace, Lima",
        "5 March 2027\n11:20\nLima, Peru",
    ],
)
def test_place_line_under_a_date_and_time_line_is_the_dateline(lines: str) -> None:
    """A head of state's site prints the date, the time and the place on lines of their own
    ("March 5, 2027\n11:20\nLima"): the city, after a venue or before its country, is the
    dateline."""
    text = (
        "Talks between the presidents of Peru and Chile\n\n"
        f"{lines}\n\n"
        "The President of Peru held talks with the President of Chile.\n"
    )
    brief = parse_brief(text, brief_id="page")
    assert (str(brief.date), brief.dateline) == ("2027-03-05", "Lima")


def test_date_and_title_line_under_it_has_no_place() -> None:
    """A date line over a line that names no city leaves the dateline empty."""
    text = "March 5, 2027\nTalks in the capital\n\nThe ministers met on Friday.\n"
    brief = parse_brief(text, brief_id="page")
    assert (str(brief.date), brief.dateline) == ("2027-03-05", None)


def test_release_time_line_dates_and_credits_a_ministry_page() -> None:
    """ "Release Time: <date> <time>  Source: <department>": the page's date and credit."""
    text = (
        "Minister Holds Talks with Chilean Minister of Mining\n\n"
        "Release Time: 2027-03-05 16:40   Source: Department of American and Oceanian Affairs\n\n"
        "On March 5, the Minister of Commerce held talks with the Minister of Mining of Chile.\n"
    )
    brief = parse_brief(text, brief_id="page")
    assert (str(brief.date), brief.reported_by) == (
        "2027-03-05",
        "Department of American and Oceanian Affairs",
    )


def test_press_service_signing_in_sentence_case_is_the_credit() -> None:
    """A release closed by "The press service of the President of ..." credits that office."""
    text = (
        "LIMA – The President of Peru received the Foreign Minister of Chile on Monday.\n\n"
        "The sides discussed trade and mining.\n\n"
        "The press service of the President of the Republic of Peru\n"
    )
    brief = parse_brief(text, brief_id="page")
    assert brief.reported_by == "press service of the President of the Republic of Peru"


def test_bare_city_dateline_under_a_date_line_and_a_title() -> None:
    """ "Osh – <a lead sentence>" in title case under a date line and a title is the dateline,
    as it is under a title alone."""
    text = (
        "05.03.2027\n\nPeru and Chile discuss trade\n\n"
        "Lima – The Foreign Minister of Peru met the Foreign Minister of Chile on Friday.\n"
    )
    brief = parse_brief(text, brief_id="page")
    assert (str(brief.date), brief.dateline) == ("2027-03-05", "Lima")


def test_route_under_a_date_line_and_a_title_is_no_dateline() -> None:
    """ "Lima – Santiago railway ..." names a route, not where the story was written."""
    text = (
        "05.03.2027\n\nPeru and Chile discuss trade\n\n"
        "Lima – Santiago railway talks resumed on Friday between the two ministers.\n"
    )
    assert parse_brief(text, brief_id="page").dateline is None


def test_place_after_a_dash_on_a_date_and_time_line() -> None:
    """ "5 March 2027 - 11:20 - Lima": the date line's place after a dash is the dateline."""
    text = (
        "Peru and Chile discuss trade\n\n5 March 2027 - 11:20 - Lima\n\n"
        "The Foreign Minister of Peru met the Foreign Minister of Chile.\n"
    )
    brief = parse_brief(text, brief_id="page")
    assert (str(brief.date), brief.dateline) == ("2027-03-05", "Lima")


_FOOT_BODY = (
    "Peru and Chile discuss trade\n\n"
    "The Foreign Minister of Peru met the Foreign Minister of Chile in Santiago on Tuesday.\n\n"
    "The two sides discussed trade and investment.\n\n"
)


@pytest.mark.parametrize(
    ("foot", "credit"),
    [
        ("(With inputs from EFE)", "EFE"),
        # a paper's own story drawn on a wire, as French outlets sign it
        ("With AFP", "AFP"),
        ("(With Reuters)", "Reuters"),
        (
            "Source: Ministry of Foreign Affairs and Worship",
            "Ministry of Foreign Affairs and Worship",
        ),
        (
            "Press and Information Department, Ministry of Foreign Affairs of Peru",
            "Press and Information Department, Ministry of Foreign Affairs of Peru",
        ),
    ],
)
def test_foot_lines_credit_their_source(foot: str, credit: str) -> None:
    """A story's foot credits the agency it drew on ("With inputs from", "With AFP"), the
    office after "Source:", or the office that signs it, a long name on a line of its own."""
    assert parse_brief(_FOOT_BODY + foot + "\n", brief_id="page").reported_by == credit


def test_office_signing_over_its_place_and_date_dates_the_release() -> None:
    """ "<Office>\n<City>, <date>" at the foot: the office is the credit, the date the
    release's."""
    foot = (
        "Press and Information Department, Ministry of Foreign Affairs of Peru\n"
        "Lima, 5 March 2027\n"
    )
    brief = parse_brief(_FOOT_BODY + foot, brief_id="page")
    assert (str(brief.date), brief.reported_by) == (
        "2027-03-05",
        "Press and Information Department, Ministry of Foreign Affairs of Peru",
    )


def test_long_closing_sentence_without_a_stop_is_no_signature() -> None:
    """A closing line of text of many words is not an office signing, even without a stop."""
    foot = "The press office of the ministry will publish the full text of the agreement soon\n"
    assert parse_brief(_FOOT_BODY + foot, brief_id="page").reported_by is None


def test_a_press_office_phone_line_is_no_credit() -> None:
    """ "Press Office: +51 1 204 2400" at the foot says whom to call, not who reports."""
    foot = "Press Office: +51 1 204 2400\n"
    assert parse_brief(_FOOT_BODY + foot, brief_id="page").reported_by is None
    assert signature_of("Media desk, 044-203 5720") is None


def test_an_office_of_two_fields_signs_a_release() -> None:
    """ "Information and Analytical Department of X" signs as "Press and Information
    Department" does: the second field of its work may be any name."""
    foot = "Information and Analytical Department of the Andean Community Secretariat\n"
    assert (
        parse_brief(_FOOT_BODY + foot, brief_id="page").reported_by
        == "Information and Analytical Department of the Andean Community Secretariat"
    )
    assert signature_of("Press and Public Diplomacy Division") == (
        "Press and Public Diplomacy Division"
    )


def test_an_outlets_correspondent_credits_the_outlet_without_its_possessive() -> None:
    """ "..., Sylvan News’s correspondent reports." credits Sylvan News."""
    text = (
        "LIMA – The President of Peru held talks with the President of Chile on Monday, "
        "Andina’s correspondent reports.\n\nThe two sides discussed trade.\n"
    )
    assert parse_brief(text, brief_id="x").reported_by == "Andina"


def test_an_update_line_after_a_dash_dates_the_story_and_names_its_city() -> None:
    """ "Updated - April 4, 2025 09:12 am IST - LIMA": a paper's update line, a dash after
    its label, with the city in capitals after the time."""
    assert line_date("Updated - April 4, 2025 09:12 am IST - LIMA") == (
        dt.date(2025, 4, 4),
        "Lima",
    )


def test_a_byline_naming_the_agency_and_the_city_gives_the_dateline() -> None:
    """ "By A. Writer, <outlet> news agency, <City>": the byline's city is the dateline, the
    byline no place; the agency is credited when nothing else is."""
    text = (
        "Peru and Chile discuss trade\n\n"
        "By Rosa Quispe, Andina news agency, Lima\n\n"
        "March 3, 2027 10:15\n\n"
        "The Foreign Minister of Peru met the Foreign Minister of Chile on Tuesday.\n\n"
        "The two sides discussed trade.\n"
    )
    brief = parse_brief(text, brief_id="x")
    assert (brief.dateline, brief.reported_by) == ("Lima", "Andina")


def test_a_press_service_named_with_one_word_credits_the_lead() -> None:
    """ "The presidential press service reported." after the lead's sentence."""
    lead = [
        "The President of Peru met the President of Chile.",
        "The Kremlin press service reported.",
    ]
    assert find_source(lead, None, [], None) == "Kremlin press service"


def test_a_vietnamese_dateline_in_capitals_keeps_its_letters() -> None:
    """ "ĐÀ NẴNG — Text. — VNA": a city with Vietnamese letters, and an agency credited
    after a dash at the foot."""
    text = (
        "ĐÀ NẴNG — The Prime Minister of Việt Nam met the Prime Minister of Laos on Friday.\n\n"
        "The two sides discussed trade and energy.\n\n"
        "The Lao Prime Minister invited his host to visit Vientiane next year. — VNA\n"
    )
    brief = parse_brief(text, brief_id="x")
    assert (brief.dateline, brief.reported_by) == ("Đà Nẵng", "VNA")


def test_an_agency_byline_credits_the_agency() -> None:
    """ "By: Antara" over the date line: the agency is the byline, and the credit."""
    text = (
        "INDONESIA\n\nMinisters meet in Jakarta\n\n"
        "By: Antara\nPublished: Mar 3, 2027 4:10 PM\n\n"
        "Jakarta: The Foreign Minister of Indonesia met the Foreign Minister of Peru.\n\n"
        "The two sides discussed trade.\n"
    )
    brief = parse_brief(text, brief_id="x")
    assert (str(brief.date), brief.dateline, brief.reported_by) == (
        "2027-03-03",
        "Jakarta",
        "Antara",
    )


def test_a_teaser_paragraph_under_its_label_is_page_matter() -> None:
    """ "Synopsis\nThe pact was signed ... ." above the byline and the dateline: the teaser
    ends a sentence, but the dateline under it still opens the story."""
    text = (
        "Peru and Chile sign trade pact\n\n"
        "Synopsis\nThe pact was signed by the two trade ministers on Friday.\n\n"
        "Staff Writer\nLast Updated: Mar 3, 2027, 11:15:00 PM IST\n\n"
        "Lima: Peru and Chile on Friday signed a trade pact.\n\n"
        "The two sides discussed trade.\n"
    )
    assert parse_brief(text, brief_id="x").dateline == "Lima"


def test_the_lead_under_an_outlets_name_its_section_and_headline() -> None:
    """ "Outlet\n\nSection / Topic\n\nHeadline\n\nText, the X press service said.": the
    lead is the first paragraph of text, where the credit is."""
    text = (
        "Andina.pe\n\nEconomy / Trade\n\n"
        "Peru and Chile sign a loan for the coastal railway\n\n"
        "The two development banks on Monday signed a loan agreement for the coastal "
        "railway, the COFIDE press service said.\n\n"
        "The loan has a tenor of 15 years.\n"
    )
    assert parse_brief(text, brief_id="x").reported_by == "COFIDE press service"


def test_initials_in_a_dateline_in_capitals_stay_capitals() -> None:
    """ "HCM CITY —": the city's initials, a short word without a vowel, stay in capitals;
    "ST. PETERSBURG" is still "St. Petersburg"."""
    body = (
        " The Prime Minister met the Prime Minister of Laos on Friday.\n\nThey discussed trade.\n"
    )
    assert parse_brief("HCM CITY —" + body, brief_id="x").dateline == "HCM City"
    assert parse_brief("ST. PETERSBURG —" + body, brief_id="x").dateline == "St. Petersburg"


@pytest.mark.parametrize(
    "fields",
    [
        "Written by Andina Desk | Lima | Updated: March 3, 2027 10:35 PET",
        "Andina Desk / ANDINA.PE / Lima / Updated: Mar 3, 2027, 10:35 PET",
    ],
)
def test_a_page_fields_line_dates_the_story_and_its_city_field_is_no_dateline(
    fields: str,
) -> None:
    """A page's fields set apart by bars or slashes: the date field dates it; a field naming
    a known city alone says where the page's desk sits, no dateline (as blind sets' golds
    read "<City> | Updated on <date>" and "<City> ● <date>" lines)."""
    text = f"Peru and Chile discuss trade\n\n{fields}\n\n{_FOOT_BODY.split(chr(10) * 2, 1)[1]}"
    brief = parse_brief(text, brief_id="x")
    assert (str(brief.date), brief.dateline) == ("2027-03-03", None)


def test_a_byline_naming_only_the_city_gives_the_dateline() -> None:
    """ "By Staff Correspondent, Lima": the city after the writer; a byline naming the
    writer's post ("By Ann Lee, Senior Editor") gives none."""
    rest = "March 3, 2027 10:35 PM\n\n" + _FOOT_BODY.split("\n\n", 1)[1]
    city = parse_brief(
        "Peru and Chile discuss trade\n\nBy Staff Correspondent, Lima\n" + rest, brief_id="x"
    )
    post = parse_brief(
        "Peru and Chile discuss trade\n\nBy Ann Lee, Senior Editor\n" + rest, brief_id="x"
    )
    assert (city.dateline, post.dateline) == ("Lima", None)


@pytest.mark.parametrize(
    "line", ["Lima ● Fri, April 4, 2025", "Cusco | Updated on April 04, 2025"]
)
def test_a_city_and_a_date_set_apart_by_a_bullet_on_a_page_line(line: str) -> None:
    """ "Lima ● Fri, April 4, 2025", "Cusco | Updated on April 04, 2025": the date's field
    dates the page; the city's field alone is no dateline."""
    assert line_date(line) == (dt.date(2025, 4, 4), None)


def test_a_web_address_opening_the_text_is_no_dateline() -> None:
    """ "ANDINA.COM - Text": the outlet's address alone names no city."""
    text = "ANDINA.COM - " + _FOOT_BODY.split("\n\n", 1)[1]
    assert parse_brief(text, brief_id="x").dateline is None


def test_an_agency_after_a_double_hyphen_at_the_foot_is_the_credit() -> None:
    """ "-- Antara" alone on the last line, as wires close a story; "-- ENDS" is no agency."""
    assert parse_brief(_FOOT_BODY + "-- Antara\n", brief_id="x").reported_by == "Antara"
    assert parse_brief(_FOOT_BODY + "-- ENDS\n", brief_id="x").reported_by is None


@pytest.mark.parametrize(
    ("place", "city"),
    [
        ("Halifax, Nova Scotia", "Halifax"),  # a town the city table need not know
        ("Perth, Western Australia", "Perth"),
        ("Denver, Colorado", "Denver"),
        ("The Kremlin, Moscow", "Moscow"),  # a venue, then its city
    ],
)
def test_a_city_and_its_province_under_the_date_line_is_the_city(place: str, city: str) -> None:
    text = (
        "Minister speaks with Peruvian counterpart\n\nMay 6, 2025\n"
        f"{place}\n\nThe Minister of Trade spoke today with the Minister of Commerce of Peru.\n"
    )
    brief = parse_brief(text, brief_id="d")
    assert (brief.date, brief.dateline) == (dt.date(2025, 5, 6), city)


@pytest.mark.parametrize(
    ("line", "city", "date"),
    [
        ("Halifax, Nova Scotia", "Halifax", None),
        ("Halifax, Nova Scotia, May 6, 2025", "Halifax", dt.date(2025, 5, 6)),
        ("Lausanne, Switzerland, 6 May 2025", "Lausanne", dt.date(2025, 5, 6)),
        ("Lausanne, May 6, 2025", "Lausanne", dt.date(2025, 5, 6)),
    ],
)
def test_a_dateline_line_of_its_own_may_name_the_province_and_the_date_with_commas(
    line: str, city: str, date: dt.date | None
) -> None:
    text = (
        f"Minister speaks with Peruvian counterpart\n\n{line}\n\n"
        "The Minister of Trade spoke today with the Minister of Commerce of Peru.\n"
    )
    brief = parse_brief(text, brief_id="d")
    assert (brief.dateline, brief.date) == (city, date)


def test_a_dollar_under_a_canadian_city_and_province_is_canadian() -> None:
    text = (
        "Minister speaks with Peruvian counterpart\n\nMay 6, 2025\nHalifax, Nova Scotia\n\n"
        "Trade between the two countries reached $1.4 billion in 2024.\n"
    )
    brief = parse_brief(text, brief_id="d")
    assert [f.unit for f in brief.figures] == ["CAD"]


def test_a_short_release_dated_at_its_foot_keeps_its_text() -> None:
    """A date line under the release's text dates it but is no head above a body."""
    text = (
        "Deputy Minister receives Ambassador of Ghana\n\n"
        "Deputy Minister Ingrid Solberg received today the Ambassador of Ghana, Kwesi Ofori, "
        "at the ministry. They discussed cocoa trade and maritime security.\n\n"
        "Press Office\n9 June 2025\n"
    )
    brief = parse_brief(text, brief_id="d")
    assert brief.date == dt.date(2025, 6, 9)
    assert [[p.name for p in m.participants] for m in brief.meetings] == [
        ["Ingrid Solberg", "Kwesi Ofori"]
    ]
    assert brief.title == "Deputy Minister receives Ambassador of Ghana"


@pytest.mark.parametrize(
    ("block", "office"),
    [
        (
            "Issued by:\nCONSULAR AFFAIRS BUREAU\nMINISTRY OF TRADE, LIMA\n9 June 2025\n"
            "Tel: +51 1 555 0101",
            "Consular Affairs Bureau",
        ),
        (
            "Protocol Directorate\nMinistry of Trade, Lima\nPhone: +51 1 555 0101",
            "Protocol Directorate",
        ),
        (
            "Signed:\nRosa Quispe Huamán\nHead, Press and Information\nMinistry of Trade, Lima\n"
            "Email: press@example.org",
            "Ministry of Trade",
        ),
        ("Protocol Directorate\nMinistry of Trade, Lima", None),  # no sign of a signature block
        # one line of fields set apart by bars, its phone field a contact's
        (
            "For further information:\nDirectorate of Public Affairs | Andean Council | "
            "Tel: +51 1 555 0101 | Lima, Peru",
            "Directorate of Public Affairs",
        ),
        # the same under a label asking to contact it: whom to ask
        (
            "For further information, contact:\nDirectorate of Public Affairs | Andean Council"
            " | Tel: +51 1 555 0101 | Lima, Peru",
            None,
        ),
        ("Signed:\nRosa Quispe Huamán\nHead, Press and Information", None),  # no office
        # the label and the office on one line, its city or address under it
        ("Issued by: The Presidency\nLima", "Presidency"),
        (
            "ISSUED BY THE MINISTRY OF TRADE AND TOURISM\nCasa del Comercio\n12 Avenida Grau\n"
            "Lima",
            "Ministry of Trade and Tourism",
        ),
        ("Issued by the ministry after the talks in Lima ended.\nLima", None),  # a sentence
    ],
)
def test_a_signature_block_with_a_label_or_contact_lines_is_signed_by_its_office(
    block: str, office: str | None
) -> None:
    assert signature_of(block) == office


@pytest.mark.parametrize(
    ("block", "office"),
    [
        ("WISMA HARAPAN\nLIMA\n3 March 2027", "Wisma Harapan"),
        ("PALACIO TORRE TAGLE\nLIMA\n3 MARCH 2027", "Palacio Torre Tagle"),
        ("WISMA HARAPAN\nCASA DEL COMERCIO\n3 March 2027", None),  # no city under it
        ("WISMA HARAPAN\nLIMA\nTuesday", None),  # no date under it
    ],
)
def test_a_closing_block_of_a_seat_its_city_and_the_date_is_signed_by_the_seat(
    block: str, office: str | None
) -> None:
    """ "WISMA X\nCITY\n3 March 2027": a ministry signing by the name of its seat, in
    capitals over its city and the date, as one signs by its own name."""
    assert signature_of(block) == office


def test_a_ministry_s_masthead_over_its_republic_is_the_release_s_home() -> None:
    text = (
        "MINISTRY OF TRADE\nREPUBLIC OF PERU\n\nTrade talks end in Lima\n\n"
        "The talks were co-chaired by Minister of Trade Rosa Quispe and the Deputy Minister "
        "of Commerce of Chile, Pablo Rojas.\n"
    )
    people = {p.name: p.country for p in parse_brief(text, brief_id="m").people}
    assert people == {"Rosa Quispe": "Peru", "Pablo Rojas": "Chile"}


@pytest.mark.parametrize(
    ("signed", "country"),
    [
        ("Ministry of Trade, Lima", "Peru"),
        ("Embassy of Chile, Lima", None),  # an embassy abroad is not its city's
    ],
)
def test_the_city_of_the_office_signing_a_release_is_its_home(
    signed: str, country: str | None
) -> None:
    text = (
        "Trade talks end\n\n"
        "The talks were co-chaired by Minister of Trade Rosa Quispe and the Deputy Minister "
        "of Commerce of Chile, Pablo Rojas, on Tuesday.\n\n"
        f"Issued by:\nPress Office\n{signed}\n"
    )
    people = {p.name: p.country for p in parse_brief(text, brief_id="m").people}
    assert people["Rosa Quispe"] == country


@pytest.mark.parametrize(
    "masthead",
    ["Gobierno.gob.pe", "The official website of the Costa Rica Government"],
)
def test_a_government_site_s_masthead_of_several_words_is_the_release_s_home(
    masthead: str,
) -> None:
    text = (
        f"{masthead}\n\nTrade talks end\n\n"
        "The talks were co-chaired by Minister of Trade Rosa Quispe and the Deputy Minister "
        "of Commerce of Chile, Pablo Rojas, on Tuesday.\n"
    )
    people = {p.name: p.country for p in parse_brief(text, brief_id="m").people}
    assert people["Rosa Quispe"] == ("Peru" if masthead.endswith(".pe") else "Costa Rica")


def test_a_labelled_date_line_under_a_long_masthead_dates_the_release() -> None:
    text = (
        "Gov.example.org\nThe official website of the Government\n\nHome / Releases\n\n"
        "Minister meets Chilean counterpart\n\nHon Rosa Quispe\nTrade\nExport Growth\n"
        "Tourism\n\nRelease date: 9 June 2025\n\n"
        "Trade Minister Rosa Quispe today met Chile's Minister of Commerce, Pablo Rojas.\n"
    )
    assert parse_brief(text, brief_id="m").date == dt.date(2025, 6, 9)


@pytest.mark.parametrize(
    ("dateline", "city", "agency"),
    [
        ("Lima. Ana Torres – ANDINA. ", "Lima", "Andina"),
        ("Tashkent. Ravshan Karimov Aliev – UzA. ", "Tashkent", "UzA"),
    ],
)
def test_a_dateline_may_name_the_reporter_between_the_city_and_the_agency(
    dateline: str, city: str, agency: str
) -> None:
    text = (
        "Ministers sign trade deal\n\n3 March 2027 10:15\n\n"
        f"{dateline}The Minister of Trade met the Minister of Commerce of Chile, Pablo Rojas.\n"
    )
    brief = parse_brief(text, brief_id="m")
    assert (brief.dateline, brief.reported_by, brief.date) == (city, agency, dt.date(2027, 3, 3))


def test_a_sentence_after_a_city_s_name_is_no_reporter_s_dateline() -> None:
    text = "Lima. Ana Torres said – wait. The Minister of Trade met the Minister of Chile.\n"
    assert parse_brief(text, brief_id="m").reported_by is None


def test_a_contact_block_under_a_release_is_no_signature() -> None:
    block = "For further information please contact:\nTrade Promotion Office\nTel: +51 1 555 0101"
    assert signature_of(block) is None


def test_a_city_in_capitals_with_its_colon_on_a_line_of_its_own_is_the_dateline() -> None:
    """ "LAHORE:" alone on its line under a paper's headline, standfirst, byline and date,
    the text below it; a label in capitals with a colon ("HIGHLIGHTS:") is no city."""
    head = (
        "Pakistan and Norway agree to expand trade\n\n"
        "Ministers sign three agreements on energy\n\n"
        "Our Staff Reporter\nMarch 4, 2025\n\n"
    )
    body = (
        "Federal Minister Sara Khan on Tuesday held talks with Norway's Trade Minister "
        "Ola Dahl in Lahore.\n\nThe two sides discussed energy and trade.\n"
    )
    assert parse_brief(head + "LAHORE:\n\n" + body, brief_id="c").dateline == "Lahore"
    assert parse_brief(head + "HIGHLIGHTS:\n\n" + body, brief_id="c").dateline is None


def test_a_byline_naming_an_outlets_language_service_is_the_credit() -> None:
    """ "By Radio Sylvania's Uzbek Service" under a page's date line: the service reports
    the story; a writer's byline credits none."""
    body = (
        "March 4, 2025 10:20 GMT\n\n{by}\n\n"
        "TASHKENT -- The President of Uzbekistan held talks with the Prime Minister of "
        "Latvia in Tashkent on Tuesday.\n\nThe two sides discussed trade and transport.\n"
    )
    service = parse_brief(
        "Leaders meet\n\n" + body.format(by="By Radio Sylvania's Uzbek Service"), brief_id="s"
    )
    writer = parse_brief("Leaders meet\n\n" + body.format(by="By Ana Reis"), brief_id="s")
    assert (service.reported_by, writer.reported_by) == ("Radio Sylvania's Uzbek Service", None)


@pytest.mark.parametrize(
    ("verb", "credit"),
    [
        # A spokesperson announcing (at a briefing) is a speaker the outlet quotes.
        ("announced", None),
        ("told reporters", None),
        # One who posts the news reports it.
        ("wrote on her Telegram channel", "Interior Ministry spokeswoman Lina Sokol"),
    ],
)
def test_a_named_spokesperson_is_the_credit_only_where_posting_the_news(
    verb: str, credit: str | None
) -> None:
    text = (
        "HELSINKI - The President of Chile will pay a state visit to Finland next week, "
        f"Interior Ministry spokeswoman Lina Sokol {verb}.\n\n"
        "The two sides will discuss trade and education.\n"
    )
    assert parse_brief(text, brief_id="p").reported_by == credit


@pytest.mark.parametrize(
    ("credit_line", "credit"),
    [
        ("According to a statement issued by the Trade Ministry, the", "Trade Ministry"),
        ("According to a statement from the presidential office, the", "presidential office"),
        # A statement a person signs, or one nobody is said to issue, credits no office.
        ("According to a statement signed by the Minister for Energy, Kofi Mensah, the", None),
        ("According to a statement, the", None),
        # A press office heading a sentence as the teller of what follows.
        ("The Prime Minister's Media Division (PMD) said the", "Prime Minister's Media Division"),
        # A statement credited after what it says may be one side's own account.
        ("Ministers said, according to a statement from the Trade Ministry, that the", None),
    ],
)
def test_an_office_whose_statement_a_story_draws_on_below_its_lead_is_the_credit(
    credit_line: str, credit: str | None
) -> None:
    """A paper's own report credits nobody in its lead; the office that issued the
    statement it draws on, a few paragraphs down, is its source."""
    text = (
        "Ghana, Peru agree to boost trade\n\nMarch 4, 2025\n\n"
        "ACCRA: The President of Ghana on Tuesday held talks with the President of Peru "
        "in Accra.\n\n"
        "The visiting leader arrived on Monday for a two-day state visit.\n\n"
        f"{credit_line} leaders reviewed cooperation in energy and mining.\n"
    )
    assert parse_brief(text, brief_id="s").reported_by == credit


@pytest.mark.parametrize(
    ("closing", "credit"),
    [
        (
            "the Peruvian presidential press service reported",
            "Peruvian presidential press service",
        ),
        ("the press office of the Foreign Ministry said", "press office of the Foreign Ministry"),
        # a person closing the sentence is a speaker, no office's credit
        ("the visiting leader said", None),
    ],
)
def test_a_press_office_closing_a_sentence_below_the_lead_is_the_credit(
    closing: str, credit: str | None
) -> None:
    """ "..., the Peruvian presidential press service reported.": a press office credited at
    the close of a sentence a paragraph or two under a lead that credits nobody."""
    text = (
        "Ghana, Peru agree to boost trade\n\nBy Ama Owusu\n\n"
        "ACCRA: The President of Ghana on Tuesday held talks with the President of Peru "
        "in Accra.\n\n"
        "The visiting leader arrived on Monday for a two-day state visit.\n\n"
        f"After the talks, the two sides signed four agreements on energy and mining, {closing}."
        "\n\nTrade between the two countries reached $40 million last year.\n"
    )
    assert parse_brief(text, brief_id="s").reported_by == credit


@pytest.mark.parametrize(
    "line",
    [
        "Monday, 6 Rajab 1448 AH, corresponding to 14 December 2026",
        "Monday - 6 Rajab 1448 AH - 14 December 2026 AD",
    ],
)
def test_a_date_line_giving_the_hijri_date_first_is_read_by_its_gregorian_date(
    line: str,
) -> None:
    """A Gulf agency's or paper's date line: the Hijri date, then the Gregorian one."""
    assert line_date(line) == (dt.date(2026, 12, 14), None)


def test_a_date_line_with_bare_counts_after_its_time_dates_the_page() -> None:
    """ "14 December 2026 06:12 pm - 3 - 1,284": a page's counts of comments and readers."""
    assert line_date("14 December 2026 06:12 pm - 3      - 1,284") == (
        dt.date(2026, 12, 14),
        None,
    )
    assert line_date("14 December 2026 - 3 - 1,284") is None


def test_a_city_and_a_papers_name_on_a_line_of_their_own_give_dateline_and_credit() -> None:
    """ "Doha - Gulf Sentinel" under the headline: the dateline's city and the paper."""
    text = (
        "Qatar and Peru sign an air services deal\n\nDoha - Gulf Sentinel\n\n"
        "Qatar's Ministry of Transport said on Monday that it had signed an air services "
        "agreement with Peru.\n\nThe two sides discussed trade.\n"
    )
    brief = parse_brief(text, brief_id="o")
    assert (brief.dateline, brief.reported_by) == ("Doha", "Gulf Sentinel")


_GOV_TEXT = (
    "The Minister of Trade held talks with the Minister of Economy of Chile in Lima on "
    "Tuesday.\n\nThe two sides discussed trade and investment.\n"
)


@pytest.mark.parametrize(
    ("head", "credit"),
    [
        # An office's name heading its page over the title and the date.
        (
            "Chancellery of the President\n\nPeru and Chile hold trade talks\n\n03.03.2027\n\n",
            "Chancellery of the President",
        ),
        # The last of two heading lines: the unit under its institution.
        (
            "Presidency of the Republic of Peru\nDirectorate of Press\n\n"
            "Peru and Chile hold trade talks\n\n03.03.2027\n\n",
            "Directorate of Press",
        ),
        # The site's masthead: an office in one block with the label and the date, or under
        # a government's banner.
        (
            "Council of the Andes\nPress release\n3 March 2027\n17:30\n\n"
            "Peru and Chile hold trade talks\n\n",
            None,
        ),
        (
            "Ministry of Trade\nGovernment of Peru\n\nPeru and Chile hold trade talks\n\n"
            "03.03.2027\n\n",
            None,
        ),
        # A page's "From:" line over its date; one naming a minister beside the office names
        # two authors.
        (
            "Press release\n\nPeru and Chile hold trade talks\n\n"
            "From: Department for Business and Trade\nPublished 3 March 2027\n\n",
            "Department for Business and Trade",
        ),
        (
            "Press release\n\nPeru and Chile hold trade talks\n\n"
            "From: Department for Business and Trade and The Rt Hon Ann Lee MP\n"
            "Published 3 March 2027\n\n",
            None,
        ),
        (
            "Peru and Chile hold trade talks\n\nPress release from Ministry of Trade\n"
            "Published 3 March 2027\n\n",
            "Ministry of Trade",
        ),
        # A headline in title case that names an office, over the date alone, is no heading.
        ("Ministry of Trade Hosts Chilean Minister\n\n03.03.2027\n\n", None),
    ],
)
def test_a_government_page_names_its_office_in_its_heading_or_from_line(
    head: str, credit: str | None
) -> None:
    assert parse_brief(head + _GOV_TEXT, brief_id="g").reported_by == credit


def test_a_byline_naming_an_outlets_desk_outranks_the_wires_at_its_foot() -> None:
    """ "Sylvan Post's Foreign Desk" under the date credits the desk; "With reports from A and
    B" at the foot credits those outlets only where no byline names a desk."""
    foot = "With reports from Andes Daily and Reuters\n"
    desk = parse_brief(
        "Leaders meet\n\n3 March 2027\n\nSylvan Post's Foreign Desk\n\n" + _GOV_TEXT + "\n" + foot,
        brief_id="d",
    )
    writer = parse_brief(
        "Leaders meet\n\nBy Ana Reis\n3 March 2027\n\n" + _GOV_TEXT + "\n" + foot, brief_id="d"
    )
    assert (desk.reported_by, writer.reported_by) == (
        "Sylvan Post's Foreign Desk",
        "Andes Daily and Reuters",
    )


def test_a_credit_glued_to_the_last_sentence_by_a_dash_is_the_source() -> None:
    """ "... the ministry.—HNA": a paper's agency credit closing the story without a blank."""
    text = _GOV_TEXT.rstrip("\n") + " Also present were the two ambassadors.—HNA\n"
    assert parse_brief(text, brief_id="t").reported_by == "HNA"


def test_a_page_posted_by_a_known_agencys_city_office_credits_it() -> None:
    """ "Posted On: 3 MAR 2027 8:14PM by PIB Mumbai": the agency's office in a city."""
    text = (
        "Prime Minister's Office\n\nPM meets Prime Minister of Chile\n\n"
        "Posted On: 3 MAR 2027 8:14PM by PIB Mumbai\n\n" + _GOV_TEXT
    )
    assert parse_brief(text, brief_id="p").reported_by == "PIB Mumbai"


def test_a_city_on_the_line_under_a_byline_is_the_dateline() -> None:
    """ "By ANA REIS\nLima" under the headline: the city the writer files from; an outlet's
    name under the writers ("Associated Press") is no city."""
    rest = "\n\nTuesday March 02 2027\n\n" + _GOV_TEXT
    city = parse_brief("Peru and Chile agree on trade\n\nBy ANA REIS\nLima" + rest, brief_id="b")
    outlet = parse_brief(
        "Peru and Chile agree on trade\n\nBy ANA REIS\nAndes Press" + rest, brief_id="b"
    )
    assert (city.dateline, outlet.dateline) == ("Lima", None)


@pytest.mark.parametrize(
    ("byline", "date"),
    [
        # a hyphen between the writer and the page's dates, no space after the year's comma
        ("By HT - Mar 4,2027 - Last updated at Mar 4,2027", D(2027, 3, 4)),
        # the writer's name, then the date and time with nothing between them
        ("By Ana Reis Quintero February 11, 2027, 8:02 am", D(2027, 2, 11)),
    ],
)
def test_a_byline_line_dates_a_story_under_its_headline(byline: str, date: dt.date) -> None:
    text = (
        "Chile and Peru sign a fisheries pact\n\n"
        + byline
        + "\n\nSANTIAGO – The two foreign ministers on Wednesday signed a fisheries pact.\n\n"
        "They also discussed trade.\n"
    )
    brief = parse_brief(text, brief_id="b")
    assert (brief.date, brief.dateline) == (date, "Santiago")


def test_a_month_day_with_its_year_after_a_bare_comma_is_a_full_date() -> None:
    assert parse_date("Mar 4,2027") == D(2027, 3, 4)
    assert parse_date("on March 4, 2027") == D(2027, 3, 4)


def test_a_period_a_plan_names_does_not_give_a_yearless_dateline_its_year() -> None:
    """ "Lome, Oct. 9, AGENCY - ..." with a result of 2026 told as done and a committee that
    will meet in the first half of 2028: written in 2027, not 2028."""
    text = (
        "Lome, Oct. 9, TNA - The trade ministers of Togo and Benin on Wednesday met in Cotonou."
        "\n\nTrade between the two stood at $80 million in 2026.\n\n"
        "A joint committee will meet in Lome in the first half of 2028.\n"
    )
    reported = text.replace("will meet in Lome in", "met in Lome in")
    assert parse_brief(text, brief_id="p").date == D(2027, 10, 9)
    assert parse_brief(reported, brief_id="p").date == D(2028, 10, 9)


def test_an_offices_statement_credits_the_office() -> None:
    """ "according to a Ministry of Trade and Industry statement": the ministry, not its
    statement."""
    text = (
        "WELLINGTON – The trade minister met her Fijian counterpart on Monday, according to a "
        "Ministry of Trade and Industry statement.\n\nThey discussed tariffs and shipping.\n"
    )
    assert parse_brief(text, brief_id="s").reported_by == "Ministry of Trade and Industry"


def test_an_offices_street_address_at_the_foot_credits_nothing() -> None:
    """An embassy's address and telephone under the story are where to write, not a credit;
    the office alone at the foot still signs."""
    address = (
        "Embassy of Norway, 4th Floor, Harbour Tower, 17 Queen Road, Suva\nTel: +679 331 0000\n"
    )
    office = "Embassy of Norway\n"
    assert signature_of(address) is None
    assert signature_of(office) == "Embassy of Norway"
    assert parse_brief(_GOV_TEXT + "\nENDS\n\n" + address, brief_id="a").reported_by is None


def test_a_colon_dateline_under_a_standfirst_a_byline_and_a_date_line() -> None:
    """A page's headline, a one-sentence standfirst, the byline and the page's date line
    over "QUITO: Text"."""
    text = (
        "Chile and Ecuador to deepen energy ties\n\n"
        "The two foreign ministers met on the sidelines of a summit in Quito.\n\n"
        "By Ana Reis\n\n"
        "4 Mar 2027 10:15AM (Updated: 4 Mar 2027 11:02AM)\n\n"
        "QUITO: Chile and Ecuador will deepen energy cooperation, the ministers said on "
        "Wednesday.\n\nThey also discussed trade.\n"
    )
    brief = parse_brief(text, brief_id="c")
    assert (brief.date, brief.dateline) == (D(2027, 3, 4), "Quito")


def test_a_capital_named_as_its_country_opens_a_colon_dateline_under_a_byline() -> None:
    """ "PANAMA: Text" under a headline, a byline and a date line: the capital's dateline."""
    text = (
        "Ministers agree to deepen canal ties\n\n"
        "By Ana Reis\nMarch 4, 2027\n\n"
        "PANAMA: Foreign Minister Aldo Varga of Ruritania held talks with his host on "
        "Wednesday.\n\nThey also discussed trade.\n"
    )
    brief = parse_brief(text, brief_id="c")
    assert (brief.date, brief.dateline) == (D(2027, 3, 4), "Panama")


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("07:25 GMT 14.09.2027", D(2027, 9, 14)),
        ("09:15 JST 3 March 2027", D(2027, 3, 3)),
        ("10:05 MSK 4 March 2027", D(2027, 3, 4)),
    ],
)
def test_a_time_and_its_zone_before_the_date_is_a_date_line(line: str, date: dt.date) -> None:
    assert line_date(line) == (date, None)


_PAGE_TEXT = (
    "The foreign ministers of Chile and Peru met in Lima on Tuesday to discuss trade.\n\n"
    "They also discussed fisheries.\n"
)


@pytest.mark.parametrize(
    ("head", "credit"),
    [
        # the outlet as a field after the writer's name
        ("By ANA REIS | Harbour Daily | Updated: 2027-03-03 09:10", "Harbour Daily"),
        # a known agency as the byline
        ("By Xinhua\nPublished: Mar 3, 2027 10:52 PM", "Xinhua"),
        # a known agency's name on a line of its own under the page's date line
        ("Updated 22:18, 03-Mar-2027\nCGTN", "CGTN"),
        # the writer's affiliation between the name and the date names no credit
        ("Ana Reis\nKhmer Times\nMarch 3, 2027", None),
        # a byline naming the writer's post and outlet in one field is no outlet's field
        ("By Ana Reis - Reporter da Agência Brasil - Lima\n3 March 2027", None),
    ],
)
def test_a_pages_byline_block_names_its_outlet(head: str, credit: str | None) -> None:
    text = "Chile and Peru talk trade\n" + head + "\n\n" + _PAGE_TEXT
    assert parse_brief(text, brief_id="o").reported_by == credit


def test_a_wire_credited_at_the_foot_comes_before_the_outlets_own_line() -> None:
    text = "Chile and Peru talk trade\nUpdated 22:18, 03-Mar-2027\nCGTN\n\n" + _PAGE_TEXT
    assert parse_brief(text + "\n(With input from Xinhua)\n", brief_id="w").reported_by == (
        "Xinhua"
    )


def test_a_surname_written_first_is_a_person_not_a_source() -> None:
    """ "..., Wang said.": a person named surname first ("Wang Lihua") is no source."""
    text = (
        "Chile and Peru talk trade\nBy Xinhua\nPublished: Mar 3, 2027 10:52 PM\n\n"
        "Wang Lihua, the governor of the province, met the Chilean minister on Tuesday.\n\n"
        "The province will buy more copper from Chile, Wang said.\n"
    )
    assert parse_brief(text, brief_id="s").reported_by == "Xinhua"


def test_a_day_in_a_datelines_brackets_is_no_agency() -> None:
    """ "SANTIAGO (Mar 3): Text": the day the story is filed, not an agency."""
    found = parse_dateline("SANTIAGO (Mar 3): Chile and Peru agreed on Tuesday to cut tariffs.")
    assert found is not None
    assert (found.city, found.agency) == ("Santiago", None)


def test_a_statement_carried_by_an_agency_credits_the_agency() -> None:
    text = (
        "LIMA: Chile and Peru signed two loan agreements on Tuesday.\n\n"
        "The package includes a $30 million loan, according to a statement carried by the "
        "Andean Press Agency.\n"
    )
    assert parse_brief(text, brief_id="c").reported_by == "Andean Press Agency"


def test_a_paragraph_opening_in_a_statement_credits_the_office() -> None:
    """ "In a statement, the Ministry of X (ABBR) said ..." opening the paragraph under the lead
    credits the ministry; the same words further into a paragraph, one side's account among
    two, credit nothing."""
    lead = (
        "LIMA: Chile and Peru will cut tariffs, after the two trade ministers met on Monday.\n\n"
    )
    said = (
        "In a statement, the Ministry of Trade, Tourism and Fisheries (MTTF) said the two "
        "sides discussed copper.\n"
    )
    inside = "Chile gave its own account. " + said
    assert parse_brief(lead + said, brief_id="m").reported_by == (
        "Ministry of Trade, Tourism and Fisheries"
    )
    assert parse_brief(lead + inside, brief_id="m").reported_by is None


def test_a_town_in_capitals_with_its_country_under_a_byline_block_is_the_dateline() -> None:
    """A town the city table lacks ("PUERTO SOLANO, Chile -- Text"), its country after it,
    under the headline, the standfirst and the writer's block."""
    text = (
        "Chile, Peru pledge port push\n\nLeaders agree to deepen cooperation on ports\n\n"
        "ANA REIS, staff writer\nMarch 4, 2027 19:42 JST\n\n"
        "PUERTO SOLANO, Chile -- The presidents of Chile and Peru agreed on Friday to expand "
        "port cooperation.\n\nThey also discussed trade.\n"
    )
    lower = text.replace("PUERTO SOLANO", "Puerto Solano")
    assert parse_brief(text, brief_id="t").dateline == "Puerto Solano"
    assert parse_brief(lower, brief_id="t").dateline is None


def test_a_source_field_under_a_pages_date_line_credits_its_office() -> None:
    """ "Date: 2027-03-04\nData Source: Department of Andean Affairs": the page's own field;
    the same words in running text credit nothing."""
    head = "Minister receives Chilean ambassador\n\nDate: 2027-03-04\n"
    field = "Data Source: Department of Andean Affairs\n\n"
    assert parse_brief(head + field + _GOV_TEXT, brief_id="f").reported_by == (
        "Department of Andean Affairs"
    )
    assert parse_brief(head + "\n" + _GOV_TEXT, brief_id="f").reported_by is None


def test_a_colon_dateline_with_a_places_small_words_under_a_byline_and_date_line() -> None:
    """ "Foz do Iguaçu: Text" under a byline and an em-dashed date line, as Australian papers
    print it; a place's small words stay small when its name is in capitals."""
    head = "Chile and Peru agree on ports\n\nBy Ana Reis\nApril 4, 2025 — 4.40pm\n\n"
    text = "Chile and Peru agreed to expand port cooperation, the ministers said on Friday.\n"
    brief = parse_brief(head + "Foz do Iguaçu: " + text, brief_id="c")
    assert (brief.date, brief.dateline) == (D(2025, 4, 4), "Foz do Iguaçu")
    upper = parse_dateline("FOZ DO IGUAÇU: " + text)
    assert upper is not None
    assert upper.city == "Foz do Iguaçu"


def test_a_city_under_an_outlets_line_over_a_blank_line_and_a_timestamp_is_the_dateline() -> None:
    """ "HARBOUR GAZETTE WITH WIRES\nLIMA\n\nAPR 04, 2025 - 6:05 PM GMT+2": the page's city under
    the outlet's line, its timestamp below a blank line; without the timestamp, no dateline."""
    head = "Chile and Peru agree on ports\n\nHARBOUR GAZETTE WITH WIRES\nLIMA\n\n"
    stamp = "APR 04, 2025 - 6:05 PM GMT+2\n\n"
    text = "Chile and Peru agreed on Friday to expand port cooperation, the ministers said.\n"
    brief = parse_brief(head + stamp + text, brief_id="s")
    assert (brief.date, brief.dateline) == (D(2025, 4, 4), "Lima")
    assert parse_brief(head + text, brief_id="s").dateline is None


@pytest.mark.parametrize(
    ("foot", "credit"),
    [
        ("Andean Community Secretariat", "Andean Community Secretariat"),
        ("ACS Department of Media Relations", "ACS Department of Media Relations"),
        ("Pacific Forum Directorate for Public Affairs",) * 2,
        # a sentence naming a secretariat is no signature
        ("The talks were prepared by the Secretariat.", None),
    ],
)
def test_an_organisations_office_alone_on_the_last_line_signs_its_news(
    foot: str, credit: str | None
) -> None:
    assert signature_of(foot) == credit
    assert parse_brief(_GOV_TEXT + "\n" + foot + "\n", brief_id="f").reported_by == credit


@pytest.mark.parametrize(
    "foot", ["ANA-MPA/gk", "(ANA-MPA/gk/lp)", "Interfax-Ukraine/ab", "ANSA/rd"]
)
def test_an_agency_credited_at_the_foot_with_its_editors_initials_is_the_source(
    foot: str,
) -> None:
    """ "Agency-Name/xy": a wire's credit closing the story, its editors' initials after it."""
    expected = foot.strip("()").split("/")[0]
    assert parse_brief(_GOV_TEXT + "\n" + foot + "\n", brief_id="i").reported_by == expected


def test_a_city_closed_by_a_full_stop_under_a_byline_and_date_line_is_the_dateline() -> None:
    """ "Valparaíso. Text" under the headline, the byline and the page's date line, as
    Indonesian papers print a dateline; a country so written is none."""
    head = "Chile and Peru agree on ports\n\nBy Ana Reis\nApril 4, 2025 | 6:47 pm\n\n"
    text = "President Rosa Quispe and President Pablo Rojas agreed on Friday to expand ports.\n"
    brief = parse_brief(head + "Valparaíso. " + text, brief_id="d")
    assert (brief.date, brief.dateline) == (D(2025, 4, 4), "Valparaíso")
    assert parse_brief(head + "Chile. " + text, brief_id="d").dateline is None


@pytest.mark.parametrize(
    ("head", "city", "credit"),
    [
        # a US state's postal code after the city is its state, no agency
        ("Denver, CO – ", "Denver", None),
        ("WASHINGTON, DC — ", "Washington", None),
        # initials in the date's place that name no state are the agency's
        ("Lima, ANDINA -- ", "Lima", "Andina"),
    ],
)
def test_a_us_states_code_after_the_datelines_city_is_no_agency(
    head: str, city: str, credit: str | None
) -> None:
    text = "The Governor met the Consul General of Peru on Monday.\n\nThey discussed trade.\n"
    brief = parse_brief(head + text, brief_id="u")
    assert (brief.dateline, brief.reported_by) == (city, credit)


@pytest.mark.parametrize("line", ["Issued on: 17/10/2026 - 07:40", "Modified: 17/10/2026 - 18:25"])
def test_line_date_reads_a_broadcasters_issued_and_modified_labels(line: str) -> None:
    """A broadcaster's "Issued on:" and "Modified:" labels, a dash before the time."""
    assert line_date(line) == (dt.date(2026, 10, 17), None)


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("the provincial government said", "Aldmark Provincial Government"),
        ("the city council said", "city council"),
    ],
)
def test_a_lead_crediting_a_body_by_its_kind_is_named_by_the_page_signing_it(
    lead: str, expected: str
) -> None:
    """ "..., the provincial government said" over a page signed "Aldmark Provincial
    Government / Trade Division" (a body, then its unit): the body the signature names; a
    kind the signature does not end with ("the city council") stays as the lead says it."""
    text = (
        "date 2026-04-22\n"
        "Governor Aldo Varga held a video call with Mayor Omar Haddad of Velmora on Tuesday, "
        f"{lead}.\n\n"
        "The two regions agreed to exchange trade missions.\n\n"
        "Aldmark Provincial Government / International Trade Division\n"
    )
    assert parse_brief(text, brief_id="page").reported_by == expected
    assert signature_of("Aldmark Provincial Government / International Trade Division") == (
        "Aldmark Provincial Government"
    )


@pytest.mark.parametrize(
    ("credit_close", "credit"),
    [
        (
            ", according to a statement from the Chief Minister's Office.",
            "Chief Minister's Office",
        ),
        (", the Velmoran Commission said in a readout.", "Velmoran Commission"),
        (", the Trade Ministry said in a joint statement.", "Trade Ministry"),
        # A person's words, or a statement of no one named, credit no office; nor does one
        # side's office named by its country ("the Estonian Embassy"): its own account.
        (", Aldo Varga said in a statement.", None),
        (", according to a statement issued by the Estonian Embassy.", None),
        (", according to a joint statement.", None),
    ],
)
def test_an_office_credited_at_the_close_of_a_sentence_down_the_story_is_the_credit(
    credit_close: str, credit: str | None
) -> None:
    """A story that credits no one above names the office whose statement it draws on at
    the close of a sentence further down."""
    text = (
        "Ruritania and Velmora agree to widen trade\n\n"
        "Prime Minister Aldo Varga and Velmoran President Osric Lune today agreed to widen "
        "trade in grain and timber.\n\n"
        "The two leaders met at the Blue Palace in Strelsau.\n\n"
        '"We are neighbours and partners," Varga told reporters.\n\n'
        "Lune said the two countries would open a new border crossing.\n\n"
        f"Trade between the two countries grew by a fifth last year{credit_close}\n"
    )
    assert parse_brief(text, brief_id="s").reported_by == credit


def test_a_dailys_added_line_under_the_byline_dates_the_page() -> None:
    """A daily's "Added 9th May 2026 06:45 PM" line under its headline and byline, with an
    ordinal day: the publication date, and the weekday of the lead falls before it."""
    text = (
        "Ruritania and Velmora vow to restart trade council\n\n"
        "By Ana Lopez\n\n"
        "Added 9th May 2026 06:45 PM\n\n"
        "Minister Aldo Varga received Deputy Minister Tomas Velmor on Tuesday in Harbourton.\n"
    )
    brief = parse_brief(text, brief_id="u")
    assert (brief.date, brief.meetings[0].date) == (dt.date(2026, 5, 9), dt.date(2026, 5, 5))


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Spokesman for the Chancellery Counsellor Tomas Velmor said the two heads of state "
            "first spoke alone.",
            "Spokesman for the Chancellery",
        ),
        (
            "Spokeswoman of the Ruritanian Presidency Ms. Ana Lopez said that the talks ran long.",
            "Spokeswoman of the Ruritanian Presidency",
        ),
        # the spokesman's own view, no account of the meeting relayed
        ("Spokesman for the Chancellery Tomas Velmor said he was pleased.", None),
    ],
)
def test_a_presidencys_spokesman_relaying_the_meeting_is_the_source(
    line: str, expected: str | None
) -> None:
    """A president's own page: "Spokesman for the Chancellery Counsellor X Y said the
    talks ..." under the lead relays the account the page gives; the office is its source."""
    text = (
        "President Aldo Varga received today Prime Minister Omar Haddad of Velmora in "
        f"Harbourton.\n\n{line}\n"
    )
    assert parse_brief(text, brief_id="u").reported_by == expected


@pytest.mark.parametrize("mark", ["-", "•"])
def test_a_dateline_under_a_releases_summary_points_is_read(mark: str) -> None:
    """ "Title\n\nDate\n\nNote.\n\n- Point.\n- Point.\n\nMwanza, Tanzania: Text": the
    dateline opens the paragraph after the points; a paragraph of text after them opens
    with none."""
    head = (
        "Fund Staff Ends Visit to Ruritania\n\nMarch 3, 2027\n\nStatements of staff teams "
        f"convey their findings after a visit.\n\n{mark} Growth stays strong.\n{mark} "
        "Inflation has eased.\n\n"
    )
    found = parse_dateline(
        f"{head}Mwanza, Tanzania: A staff mission headed by Ms. Lena Novak visited Mwanza.\n"
    )
    assert found is not None
    assert (found.city, found.date_text) == ("Mwanza", None)
    assert parse_dateline(f"{head}The staff team visited Velmora on Monday.\n") is None
