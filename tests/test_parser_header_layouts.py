"""Header layouts of outlets' pages: sign-offs, date lines, datelines and credits."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.parser import parse_brief
from bot.parser.dateline import line_date
from bot.parser.source import find_source, signature_of

D = dt.date

_STORY = (
    "Harbour talks open a new chapter\n\n"
    "Jonas Peller in Harbourton\n\n"
    "Prime Minister Talia Verrand and President Osric Lune agreed on Monday to widen their "
    "cooperation in shipping and clean energy.\n\n"
    "The two leaders met at the palace in Harbourton and signed four agreements.\n\n"
)


@pytest.mark.parametrize(("foot", "credit"), [("CP", "CP"), ("PA", "PA"), ("AAP", "AAP")])
def test_a_national_agencys_initials_alone_on_the_last_line_sign_the_story(
    foot: str, credit: str
) -> None:
    """A wire's sign-off in capitals ("CP" under its story) credits it, though its initials
    are a common word elsewhere."""
    assert signature_of(foot) == credit
    assert parse_brief(_STORY + foot + "\n", brief_id="s").reported_by == credit


@pytest.mark.parametrize("foot", ["Pa", "ENDS", "XYZ", "MORE", "OSLO", "NORWAY"])
def test_other_short_words_alone_on_the_last_line_sign_nothing(foot: str) -> None:
    assert signature_of(foot) is None


@pytest.mark.parametrize("foot", ["VELPROMO", "RURINVEST", "HARB-EXPO"])
def test_an_agencys_name_in_capitals_alone_on_the_last_line_signs_the_release(foot: str) -> None:
    """An investment or export agency signs its release with its name in capitals alone
    ("VELPROMO" under the story); an end mark, a place or initials sign nothing."""
    assert signature_of(foot) == foot
    assert parse_brief(_STORY + foot + "\n", brief_id="s").reported_by == foot


_LEAD = (
    "Prime Minister Talia Verrand received President Osric Lune in Harbourton on Thursday "
    "for talks on shipping and clean energy.\n\n"
    "The two leaders signed four agreements after the talks.\n"
)


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("14.03.2027 • 08:05", D(2027, 3, 14)),
        ("3 March 2027 • 8:05 PM", D(2027, 3, 3)),
    ],
)
def test_a_bullet_between_the_date_and_the_time_keeps_a_date_line(
    line: str, date: dt.date
) -> None:
    assert line_date(line) == (date, None)
    text = f"Harbour talks open a new chapter\n\n{line}\n\n{_LEAD}"
    assert parse_brief(text, brief_id="b").date == date


@pytest.mark.parametrize(
    "line",
    [
        "Publish : 14 Mar 2027, 08:05 AM | Update : 14 Mar 2027, 11:40 AM",
        "Publish: 14 Mar 2027, 08:05 AM",
        "Update : 14 Mar 2027",
    ],
)
def test_the_verbs_stem_labels_a_date_line(line: str) -> None:
    """ "Publish :" and "Update :", as some papers' pages label their dates."""
    assert line_date(line) == (D(2027, 3, 14), None)
    text = f"Harbour talks open a new chapter\n\nHarbour Desk\n\n{line}\n\n{_LEAD}"
    assert parse_brief(text, brief_id="p").date == D(2027, 3, 14)


@pytest.mark.parametrize("line", ["Publisher: Harbour Press", "Updates on 14 Mar 2027"])
def test_other_words_of_the_verb_label_no_date_line(line: str) -> None:
    assert line_date(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "This content was published on March 14, 2027 - 08:05",
        "This article was published on 14 March 2027",
    ],
)
def test_a_pages_sentence_telling_when_it_was_published_is_its_date_line(line: str) -> None:
    assert line_date(line) == (D(2027, 3, 14), None)
    text = f"Harbour talks open a new chapter\n\n{line}\n\n{_LEAD}"
    assert parse_brief(text, brief_id="c").date == D(2027, 3, 14)


@pytest.mark.parametrize(
    ("dateline", "weekday", "date"),
    [
        ("Harbourton, 23/06/2025 (HNA) -", "Monday", D(2025, 6, 23)),
        ("Harbourton, 03/06/2025 (HNA) -", "Tuesday", D(2025, 6, 3)),
        # the story's weekday is the month-first day's own
        ("Harbourton, 03/06/2025 (HNA) -", "Thursday", D(2025, 3, 6)),
    ],
)
def test_a_datelines_date_in_figures_with_slashes_dates_the_story(
    dateline: str, weekday: str, date: dt.date
) -> None:
    text = (
        f"{dateline} The President received the Prime Minister on {weekday} at the palace "
        "for talks on fisheries.\n\nThe talks went well.\n"
    )
    brief = parse_brief(text, brief_id="d")
    assert (brief.date, brief.dateline, brief.reported_by) == (date, "Harbourton", "HNA")


@pytest.mark.parametrize(
    ("opening", "dateline", "credit"),
    [
        ("WAM -", None, "WAM"),
        ("KUNA –", None, "KUNA"),
        # a name longer than initials in normal case
        ("KAZINFORM -", None, "Kazinform"),
        # a city in capitals stays the dateline
        ("OSLO -", "Oslo", None),
    ],
)
def test_a_known_agencys_name_alone_in_a_datelines_place_credits_it_with_no_city(
    opening: str, dateline: str | None, credit: str | None
) -> None:
    text = (
        "Harbour talks open a new chapter\n\n"
        f"{opening} President Osric Lune received Prime Minister Talia Verrand on Monday "
        "in Harbourton for talks on shipping.\n\nThe two leaders signed four agreements.\n"
    )
    brief = parse_brief(text, brief_id="a")
    assert (brief.dateline, brief.reported_by) == (dateline, credit)
    assert brief.summary is not None
    assert brief.summary.startswith("President Osric Lune")


_GOV_LEAD = (
    "Prime Minister Talia Verrand met President Osric Lune in Harbourton on Friday.\n\n"
    "The two leaders signed a declaration on shipping, the Sylvanian Government Press "
    "Office said.\n\nThe talks went on into the evening.\n"
)
_BARE_LEAD = (
    "Prime Minister Talia Verrand met President Osric Lune in Harbourton on Friday.\n\n"
    "The two leaders signed a declaration on shipping.\n\nThe talks went on into the evening.\n"
)


def test_an_outlets_web_address_and_the_date_name_no_city() -> None:
    """ "Kun.uz, 28 Jul 2027 - 17:20, Harbourton": the outlet's address and the page's
    stamp in a dateline's place; the office the story credits is its source."""
    text = (
        f"Harbour deal signed\n\nKun.uz, 28 Jul 2027 - 17:20, Harbourton,Sylvania\n\n{_GOV_LEAD}"
    )
    brief = parse_brief(text, brief_id="k")
    assert (brief.date, brief.dateline, brief.reported_by) == (
        D(2027, 7, 28),
        None,
        "Sylvanian Government Press Office",
    )
    assert brief.summary is not None
    assert brief.summary.startswith("Prime Minister Talia Verrand")


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Kun.uz, 28 Jul 2027 - 17:20", "Kun.uz"),
        # a paper's name there is its masthead
        ("Ahram Online, Wednesday 28 Jul 2027", None),
        # an unknown name before the date credits nothing
        ("Harbour Lights, Wednesday 28 Jul 2027", None),
    ],
)
def test_a_known_outlets_address_opening_the_date_line_credits_a_story_that_credits_no_one(
    line: str, credit: str | None
) -> None:
    brief = parse_brief(f"Harbour deal signed\n\n{line}\n\n{_BARE_LEAD}", brief_id="o")
    assert brief.reported_by == credit
    if credit is not None:  # the office the story credits comes first
        credited = parse_brief(f"Harbour deal signed\n\n{line}\n\n{_GOV_LEAD}", brief_id="g")
        assert credited.reported_by == "Sylvanian Government Press Office"


@pytest.mark.parametrize("byline", ["by Mara Quill March 4, 2027", "By Mara Quill 4 March 2027"])
def test_a_dated_byline_right_above_a_dateline_under_the_headlines_dates_the_story(
    byline: str,
) -> None:
    text = (
        "Harbour’s new premier: same friends, new terms?\n\n"
        "The premier got a warm welcome abroad, but the bill for old favours is coming due\n\n"
        f"{byline}\n\n"
        "OSLO – When Talia Verrand walked into the palace on Friday, she was received "
        "by President Osric Lune.\n\nThe two spoke for an hour.\n"
    )
    brief = parse_brief(text, brief_id="y")
    assert (brief.date, brief.dateline) == (D(2027, 3, 4), "Oslo")


@pytest.mark.parametrize(
    ("block", "dateline"),
    [
        ("Oslo\nNRK\nMarch 3, 2027, 11:47 PM", "Oslo"),
        # an unknown name under the city: no paper's place line
        ("Oslo\nHarbour Lights\nMarch 3, 2027, 11:47 PM", None),
    ],
)
def test_a_city_over_a_papers_name_over_its_date_line_is_the_dateline(
    block: str, dateline: str | None
) -> None:
    text = f"Harbour talks open a new chapter\n\n{block}\n\n{_LEAD}"
    brief = parse_brief(text, brief_id="t")
    assert (brief.date, brief.dateline) == (D(2027, 3, 3), dateline)


@pytest.mark.parametrize(
    "stamp",
    ["//HNA// JK 09/06/2027 19:05:21", "HNA/jk 09.06.2027 19:05", "-- HNA LM 09/06/2027 7:05"],
)
def test_a_wires_closing_stamp_dates_a_story_whose_dateline_gives_no_year(stamp: str) -> None:
    text = (
        "Harbourton, June 9 (HNA) -- Foreign Minister Talia Verrand and her Ostland "
        "counterpart Osric Lune on Wednesday held talks in Harbourton.\n\n"
        f"The two discussed trade and water.\n\n{stamp}\n"
    )
    brief = parse_brief(text, brief_id="w")
    assert (brief.date, brief.dateline) == (D(2027, 6, 9), "Harbourton")
    assert [m.date for m in brief.meetings] == [D(2027, 6, 9)]


def test_a_city_with_a_small_word_closed_by_a_full_stop_is_the_dateline() -> None:
    """ "Dar es Salaam. Text" under the page's matter, as East African papers print it."""
    head = "Ports deal signed\n\nBy Ana Reis\n\nApril 4, 2027\n\n"
    text = "President Rosa Quispe and President Pablo Rojas agreed on Friday to expand ports.\n"
    brief = parse_brief(head + "Dar es Salaam. " + text, brief_id="d")
    assert (brief.date, brief.dateline) == (D(2027, 4, 4), "Dar es Salaam")


def test_a_full_stop_datelines_own_sentence_is_no_part_of_the_lead() -> None:
    """ "Dar es Salaam. Text" opens a one-sentence lead: the paragraph under it, which
    credits the statement, is read with the lead."""
    text = (
        "Ports deal signed\n\nBy Ana Reis\n\nApril 4, 2027\n\n"
        "Dar es Salaam. Sylvania and Ostland have agreed to expand their ports.\n\n"
        "Minister Rosa Quispe held the talks with Minister Pablo Rojas, according to a "
        "statement issued by the Harbour Communication Unit.\n\nThe talks went well.\n"
    )
    brief = parse_brief(text, brief_id="d")
    assert (brief.dateline, brief.reported_by) == ("Dar es Salaam", "Harbour Communication Unit")


@pytest.mark.parametrize(
    ("office", "credit"),
    [
        ("the ministry's Harbour Communication Unit", "Harbour Communication Unit"),
        # a capitalised owner is part of the name; an office in lower case keeps its owner
        ("the Harbour Ministry's Communication Unit", "Harbour Ministry's Communication Unit"),
        ("the ministry's press service", "ministry's press service"),
    ],
)
def test_a_common_nouns_possessive_before_an_offices_name_is_dropped(
    office: str, credit: str
) -> None:
    sentence = f"The two ministers met on Monday, according to a statement issued by {office}."
    assert find_source([sentence], None, [], None) == credit


@pytest.mark.parametrize(
    "line",
    [
        "Updated 9.05am, Mar 14, 2027",  # a dot in the time, "am" after it
        "Updated 4:10 PM GMT+3, March 14, 2027",  # the time's zone between it and the date
        "Updated 4:10 PM EDT, March 14, 2027",
        "(Latest Update March 14, 2027)",  # "latest" for "last", the stamp in brackets
        "(Updated March 14, 2027)",
    ],
)
def test_an_update_stamp_with_a_dotted_time_or_in_brackets_dates_the_story(line: str) -> None:
    assert line_date(line) == (D(2027, 3, 14), None)
    text = f"Harbour talks open a new chapter\n\nBy Mira Coastwell\n{line}\n\n{_LEAD}"
    assert parse_brief(text, brief_id="u").date == D(2027, 3, 14)


@pytest.mark.parametrize("line", ["(Harbour Talks 14 March 2027)", "Updated 14.03, Mar 14, 2027"])
def test_a_title_in_brackets_or_a_dotted_time_without_am_pm_is_no_date_line(line: str) -> None:
    assert line_date(line) is None


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("09:15 - 3/03/2027 Wednesday", D(2027, 3, 3)),  # the time first, then a dash
        ("March, 3, 2027 - 09:15 Politics news", D(2027, 3, 3)),
        ("March, 3, 2027 - 09:15", D(2027, 3, 3)),
        ("March 3, 2027 - 09:15 World News", D(2027, 3, 3)),
    ],
)
def test_an_agency_date_line_with_a_comma_after_the_month_and_its_section_dates_the_story(
    line: str, date: dt.date
) -> None:
    """A wire page prints "March, 3, 2027 - 09:15 Politics news" under its title: a comma
    after the month's name, the time and the page's section; the line dates the story."""
    assert line_date(line) == (date, None)
    text = f"Varga, Lune meet in Velmora\n{line}\n\nHARBOURTON (Sylpress) – {_LEAD}"
    assert parse_brief(text, brief_id="t").date == date


@pytest.mark.parametrize("line", ["Harbour Talks Open, 3, 2027", "March 3, 2027 09:15 Politics"])
def test_a_title_with_numbers_or_a_bare_word_after_the_time_is_no_date_line(line: str) -> None:
    assert line_date(line) is None


_SOURCES_STORY = (
    "Ruritanian Foreign Minister Aldo Varga held talks with his Velmoran counterpart Osric "
    "Lune in Harbourton on Tuesday.\n\n"
    "The two ministers discussed trade and shipping, {credit}.\n\n"
    "Varga also invited Lune to visit Ruritania.\n"
)


@pytest.mark.parametrize(
    ("credit", "source"),
    [
        ("according to Ruritanian diplomatic sources", "Ruritanian diplomatic sources"),
        ("according to diplomatic sources", "diplomatic sources"),
        ("according to sources close to the talks", None),
    ],
)
def test_diplomatic_sources_credited_under_the_lead_are_the_source(
    credit: str, source: str | None
) -> None:
    """A story crediting no agency or office but "according to Ruritanian diplomatic
    sources", under a kicker and a byline, is reported by those sources."""
    text = "WORLD\nMira Holt\n09:15 - 3/03/2027 Wednesday\n\n" + _SOURCES_STORY.format(
        credit=credit
    )
    assert parse_brief(text, brief_id="d").reported_by == source


def test_diplomatic_sources_quoted_by_a_credited_agency_leave_the_agency_the_source() -> None:
    text = "HARBOURTON, March 3 (Reuters) - " + _SOURCES_STORY.format(
        credit="according to Ruritanian diplomatic sources"
    )
    assert parse_brief(text, brief_id="d").reported_by == "Reuters"


def test_a_papers_name_in_brackets_after_its_date_line_leaves_the_line_a_date_line() -> None:
    """A paper prints "July 3, 2027 (Sylvan Daily)" under its headline, above a dateline
    without a year: the line dates the story."""
    assert line_date("July 3, 2027 (Sylvan Daily)") == (D(2027, 7, 3), None)
    line = "July 3, 2027 (Sylvan Daily)"
    text = f"Varga, Lune meet in Velmora\n\n{line}\n\nHARBOURTON, Velmora -- {_LEAD}"
    assert parse_brief(text, brief_id="b").date == D(2027, 7, 3)


@pytest.mark.parametrize(
    "line", ["July 3, 2027 (see below)", "July 3, 2027 (Harbour Talks Open Today)"]
)
def test_words_in_brackets_that_are_no_papers_name_leave_no_date_line(line: str) -> None:
    assert line_date(line) is None


def test_a_source_field_opening_a_month_first_date_line_dates_and_credits_the_story() -> None:
    """A web page's "Source: Harbour.tv | 03-14-2027 09:15" line: the month first (its second
    number is no month's), the source credited."""
    assert line_date("03-14-2027 09:15") == (D(2027, 3, 14), None)
    assert line_date("14-03-2027 09:15") == (D(2027, 3, 14), None)
    text = f"Varga, Lune meet in Velmora\n\nSource: Harbour.tv | 03-14-2027 09:15\n\n{_LEAD}"
    brief = parse_brief(text, brief_id="s")
    assert (brief.date, brief.reported_by) == (D(2027, 3, 14), "Harbour.tv")


@pytest.mark.parametrize(
    ("later", "date"),
    [
        ("They agreed to make 2026 a year of friendship.", D(2024, 5, 29)),
        ("They agreed to make the coming year one of friendship.", None),  # no year at all
        ("Trade will grow to $1 billion in 2026.", None),  # a plan's year only
    ],
)
def test_a_dateline_without_a_year_takes_the_year_its_day_is_the_leads_weekday(
    later: str, date: dt.date | None
) -> None:
    """ "HARBOURTON, May 29 (Sylpress) -- ... on Wednesday": of the years around those the
    story names, the one in which May 29 is a Wednesday dates it; with no year named but a
    plan's, none."""
    text = (
        "HARBOURTON, May 29 (Sylpress) -- President Aldo Varga held talks with Velmoran "
        f"President Osric Lune in Harbourton on Wednesday.\n\n{later}\n"
    )
    assert parse_brief(text, brief_id="w").date == date


def test_a_dateline_day_on_no_year_of_the_leads_weekday_leaves_the_date_unknown() -> None:
    """May 30 falls on a Wednesday in no year from 2023 to 2027: no year is taken."""
    text = (
        "HARBOURTON, May 30 (Sylpress) -- President Aldo Varga held talks with Velmoran "
        "President Osric Lune in Harbourton on Wednesday.\n\nThey agreed to make 2026 a year "
        "of friendship.\n"
    )
    assert parse_brief(text, brief_id="w").date is None


@pytest.mark.parametrize(
    ("tag", "credit"), [("VNA.VN", "VNA"), ("TREND.AZ", "Trend.az"), ("Kun.uz", "Kun.uz")]
)
def test_an_outlets_address_in_capitals_opening_the_body_credits_its_initials(
    tag: str, credit: str
) -> None:
    """ "VNA.VN - Prime Minister ...": a known outlet's initials, its address's domain left; a
    longer name in capitals is one in normal case, and an address in normal case stays."""
    text = f"Varga, Lune meet in Velmora\n\nTuesday, 20:15, 14/01/2027\n\n{tag} - {_LEAD}"
    assert parse_brief(text, brief_id="t").reported_by == credit


@pytest.mark.parametrize(
    ("credit", "expected"),
    [
        ("according to the presidential office", "presidential office"),
        ("according to the prime minister's office", "prime minister's office"),
        ("according to the office of the mayor", None),
    ],
)
def test_a_heads_office_credited_further_down_is_the_source(
    credit: str, expected: str | None
) -> None:
    """ "..., according to the presidential office.": the one credit of a story, four
    paragraphs under its lead."""
    text = (
        f"HARBOURTON — {_LEAD}\n\nThe talks lasted two hours.\n\nVarga praised the port.\n\n"
        f"Lune praised the railway.\n\nThe two sides signed six agreements, {credit}.\n"
    )
    assert parse_brief(text, brief_id="c").reported_by == expected


def test_a_papers_country_beside_its_date_line_is_the_home_of_its_unqualified_leader() -> None:
    """ "July 3, 2027 (Harbour Daily Norway)" over "LIMA, Peru --": the paper writes from
    Norway; its unqualified Prime Minister is Norway's, not the dateline country's."""
    text = (
        "Varga, Lune meet in Lima\n\nJuly 3, 2027 (Harbour Daily Norway)\n\nLIMA, Peru -- "
        "Prime Minister Aldo Varga and Peruvian President Osric Lune agreed on Monday to widen "
        "trade.\n\nThe two leaders met at the palace in Lima.\n"
    )
    countries = {p.name: p.country for p in parse_brief(text, brief_id="n").people}
    assert countries == {"Aldo Varga": "Norway", "Osric Lune": "Peru"}


@pytest.mark.parametrize("paper", ["Velmora Herald", "Ruritanskaya Gazeta", "Harbour Daily"])
def test_a_papers_name_over_its_date_is_no_dateline_but_dates_the_brief(paper: str) -> None:
    """ "Velmora Herald, 24.10.2026" under the headline: the paper's own name and the day it
    printed the story, no city the story was written in."""
    brief = parse_brief(
        f"Dorn and Brandt meet in Harbourton\n\n{paper}, 24.10.2026\n\nText: Jonas Peller\n\n"
        "President Osric Lune held talks with Prime Minister Talia Verrand yesterday.\n",
        brief_id="paper",
    )
    assert (brief.dateline, brief.date) == (None, D(2026, 10, 24))


def test_a_two_sentence_standfirst_over_a_capitalised_byline_and_date_line_is_page_matter() -> (
    None
):
    """ "Headline\\n\\nTwo sentences.\\n\\nJONAS PELLER\\n4 July, 2026 05:42 pm IST\\n\\n
    Harbourton: Text": a standfirst of two sentences over the writer's name in capitals and
    the date line; the city and colon under them are the dateline."""
    brief = parse_brief(
        "Lune meets Verrand on summit sidelines\n\n"
        "The envoy also met two other counterparts. The prime minister stayed at home.\n\n"
        "JONAS PELLER\n4 July, 2026 05:42 pm IST\n\n"
        "Lisbon: President Osric Lune met Prime Minister Talia Verrand on Thursday.\n",
        brief_id="standfirst",
    )
    assert (brief.dateline, brief.date) == ("Lisbon", D(2026, 7, 4))


@pytest.mark.parametrize("above", ["", "By Jonas Peller\n\n", "Harbour Courier\n\n"])
@pytest.mark.parametrize("verb", ["said", "reported"])
def test_a_press_service_closing_the_sentence_under_the_lead_is_the_source(
    above: str, verb: str
) -> None:
    """ "..., the Sylvanian president's press service said." in the paragraph under the
    lead credits the story, as "according to the press service" does there; a byline or the
    outlet's name on a line above the lead leaves the lead where the text begins."""
    brief = parse_brief(
        f"date 2026-10-16\ntitle Lune receives Verrand\n\n{above}"
        "President Osric Lune received Prime Minister Talia Verrand in Harbourton on "
        "Thursday.\n\n"
        "The two leaders discussed shipping and clean energy. Trade grew by 8 percent this "
        f"year, the Sylvanian president's press service {verb}.\n\n"
        "Verrand invited Lune to visit Lisbon next year.\n",
        brief_id="press",
    )
    assert brief.reported_by == "Sylvanian president's press service"


@pytest.mark.parametrize("byline", ["By Harbour staff", "By Mira Holt"])
def test_the_story_under_a_standfirst_and_its_byline_gives_the_credit(byline: str) -> None:
    """ "Headline\\n\\nStandfirst\\n\\nBy Harbour staff\\n\\nText": the lead is the text under
    the byline, and the office its first sentence credits reported the news."""
    text = (
        "Ruritania and Velmora move to close their port deal\n\n"
        "Trade Minister Aldo Varga spoke with his Velmoran peer to speed up the ratification "
        "of the port agreement signed in the spring\n\n"
        f"{byline}\n\n"
        "Trade Minister Aldo Varga and Velmoran Trade Minister Osric Lune will open the new "
        "grain terminal at Strelsau in the spring, the Trade Ministry said.\n\n"
        "The two ministers also toured the harbour's cold stores.\n"
    )
    assert parse_brief(text, brief_id="s").reported_by == "Trade Ministry"


@pytest.mark.parametrize(
    ("above", "dateline_line"),
    [
        (
            "World > Europe\nLast updated: Monday, March 1, 2027 08:15 PM\nSNA\n",
            "HARBOURTON, 1st March, 2027 (SNA) --",
        ),
        ("Ruritanian minister in Harbourton for port talks\n", "Harbourton, 1 March 2027 (SNA) —"),
    ],
)
def test_a_dated_dateline_with_its_agency_under_a_pages_lines_with_no_blank_line_is_read(
    above: str, dateline_line: str
) -> None:
    """A page's section, stamp and headline lines, then the dateline opening the first line
    of text with no blank line between: the city, the date and the agency in brackets are
    the dateline's."""
    brief = parse_brief(
        f"{above}{dateline_line} Minister Aldo Varga held talks today with Minister Osric "
        "Lune of Ruritania in Harbourton.\n\nThe sides discussed ports and grain.\n",
        brief_id="page",
    )
    assert (brief.dateline, brief.date, brief.reported_by) == (
        "Harbourton",
        D(2027, 3, 1),
        "SNA",
    )


def test_a_headline_over_a_line_of_text_with_a_date_in_brackets_gives_no_dateline() -> None:
    """A line of text under the headline that names a place, a date and a bracketed word is
    no dateline without its dash."""
    brief = parse_brief(
        "Sylvania and Ruritania look at ports\n"
        "Minister Aldo Varga met Minister Osric Lune in Harbourton on 1 March 2027 (Monday) "
        "and discussed ports.\n",
        brief_id="text",
    )
    assert brief.dateline is None


@pytest.mark.parametrize(
    ("clause", "credit"),
    [
        (", which the Harbour Post has seen", None),
        (", which the Harbour Post has obtained", None),
        ("", "council's closing memorandum"),
    ],
)
def test_a_paper_the_outlet_itself_has_seen_credits_no_one(
    clause: str, credit: str | None
) -> None:
    """ "according to the council's closing memorandum, which the Harbour Post has seen":
    the outlet's own reporting from a paper it saw, no source credited; the memorandum alone
    stays the credit."""
    brief = parse_brief(
        "date 2027-03-02\n\nThe Sylvanian-Velmoran council met in Harbourton on Tuesday, "
        "co-chaired by Deputy Prime Minister Aldo Varga and Minister Osric Lune.\n\n"
        "The sides discussed ports, grain and customs, according to the council's closing "
        f"memorandum{clause}.\n",
        brief_id="seen",
    )
    assert brief.reported_by == credit


def test_a_one_sentence_lead_under_the_headline_is_credited_in_the_next_paragraph() -> None:
    """Section line, stamp and headline, then a lead of one sentence of figures: the story's
    credit ("..., Velpost informs.") closes the paragraph under it, as a wire's does."""
    text = (
        "Foreign policy\n14 October, 2025 09:12\n\n"
        "Ruritania and Velmora deepen links as Varga sees Berg in Kestrel\n\n"
        "Ruritania's trade with Velmora rose to $4.6 billion in 2024, up 17% on the year.\n\n"
        "President Aldo Varga met with President Anna Berg on the sidelines of the summit in "
        "Kestrel on October 14, Velpost informs.\n\n"
        "The two presidents adopted a declaration on fisheries.\n"
    )
    brief = parse_brief(text, brief_id="informs")
    assert (brief.date, brief.reported_by) == (D(2025, 10, 14), "Velpost")


@pytest.mark.parametrize(
    ("credit", "expected"),
    [
        (
            "according to the press service of the head of state",
            "press service of the head of state",
        ),
        (
            "according to the Ruritanian president's official website",
            "Ruritanian president's official website",
        ),
        ("according to Minister Anna Berg", "Velpress"),
    ],
)
def test_an_office_the_lead_credits_with_according_to_is_the_source_over_the_dateline_agency(
    credit: str, expected: str
) -> None:
    """ "Kestrel, 3 May /Velpress/. X held talks with Y ..., according to the press service
    of the head of state.": the outlet passes on the office's news, which the office is
    credited with; a person it cites is no office, and the agency stays."""
    text = (
        "Kestrel, 3 May /Velpress/. President Aldo Varga held talks with President Anna Berg at "
        f"the palace in Kestrel on Thursday, {credit}.\n\n"
        "The two leaders discussed fisheries and shipping.\n"
    )
    brief = parse_brief(text, brief_id="according")
    assert brief.reported_by == expected


def test_an_apposed_press_secretary_under_a_one_sentence_opening_is_the_credit() -> None:
    """Section and stamp line, headline and byline, an opening of one sentence, then "...,
    the press secretary of the head of state, Z, reported.": Z, who posts the office's news,
    is the credit of the story's lead."""
    text = (
        "Politics | 05.07.2025, 18:20\n\n"
        "Varga and Brant agree to boost trade\n\n"
        "By Mara Quill\n\n"
        "Ruritania and Velmora aim to double their trade, President Aldo Varga said in Kestrel "
        "on Saturday.\n\n"
        "The President of Ruritania met with President of Velmora Ivo Brant on the sidelines of "
        "the summit, the press secretary of the head of state, Lena Dorsk, reported.\n\n"
        "The leaders discussed fisheries and shipping.\n"
    )
    brief = parse_brief(text, brief_id="apposed")
    assert (brief.date, brief.reported_by) == (D(2025, 7, 5), "Lena Dorsk")


def test_an_issuers_name_over_a_release_label_and_a_district_after_the_city() -> None:
    """A ministry's name in capitals over "PRESS RELEASE", a headline, then "City D.C., 3rd
    March 2027" on its own line: the line under the headline is the dateline, the district's
    initials no part of the city, and it dates the release."""
    text = (
        "MINISTRY OF EXTERNAL AFFAIRS OF RURITANIA\n"
        "PRESS RELEASE\n\n"
        "RURITANIA AND VELMORA WIDEN THEIR PARTNERSHIP\n\n"
        "Harbourton D.C., 3rd March 2027\n\n"
        "President Aldo Varga today held talks with President Ivo Brant of Velmora.\n\n"
        "The two leaders discussed fisheries and shipping.\n"
    )
    brief = parse_brief(text, brief_id="issuer")
    assert (brief.dateline, brief.date) == ("Harbourton", D(2027, 3, 3))


def test_a_known_city_with_a_day_and_month_closed_by_a_stop_is_the_dateline() -> None:
    """ "Tallinn, 3 March. Text" under a page's date header: a ministry's short dateline, the
    year given by the header; an unknown word before such a date is no dateline."""
    text = (
        "date 2027-03-03\n\n"
        "Tallinn, 3 March. Minister Aldo Varga of Ruritania held talks with Minister Ivo Brant "
        "of Velmora on fisheries.\n\n"
        "The two ministers signed a protocol.\n"
    )
    brief = parse_brief(text, brief_id="daymonth")
    assert (brief.dateline, brief.date) == ("Tallinn", D(2027, 3, 3))
    unknown = parse_brief(text.replace("Tallinn", "Qorvexstad"), brief_id="unknown")
    assert unknown.dateline is None


@pytest.mark.parametrize(
    ("foot", "credit"),
    [
        (
            "Issued by: Office of the Press Secretary, Ministry of Coastal Affairs",
            "Office of the Press Secretary, Ministry of Coastal Affairs",
        ),
        ("Information prepared by the Press Division", "Press Division"),
        ("Prepared by Aldo Varga", None),
    ],
)
def test_a_one_line_issued_or_prepared_by_foot_credits_its_office(
    foot: str, credit: str | None
) -> None:
    """A release's last line "Issued by: Office, Ministry" or "Information prepared by the X
    Division" credits that office; a writer's name after "Prepared by" is no office."""
    text = (
        "Harbourton, 3 March 2027 - Minister Aldo Varga held talks with Minister Ivo Brant of "
        "Velmora on fisheries.\n\n"
        "The two ministers signed a protocol.\n\n"
        f"{foot}\n"
    )
    assert parse_brief(text, brief_id="foot").reported_by == credit


def test_an_agency_that_learnt_the_news_from_a_press_department_credits_that_department() -> None:
    """ "Lindau, June 9 (RNA) - ..., RNA learnt from the Trade Ministry's press office.": the
    agency passes on what the ministry's press office told it."""
    text = (
        "Lindau, June 9 (RNA) - Ruritanian Trade Minister Aldo Varga on Friday hosted "
        "Velmoran Trade Minister Ivo Brant, RNA learnt from the Ruritanian Trade Ministry's "
        "press office.\n\n"
        "The two ministers discussed shipping.\n"
    )
    brief = parse_brief(text, brief_id="learnt")
    assert brief.reported_by == "Ruritanian Trade Ministry's press office"
