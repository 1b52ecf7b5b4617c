"""Wire-copy header forms: a wire page's outlet-and-date line, a date on the dateline's own
line, a dateline filed from two cities."""

import pytest

from bot.parser import parse_brief
from bot.parser.dateline import Dateline, parse_dateline


def test_page_line_dates_and_credits_the_dateline_under_it() -> None:
    """A wire page's "OUTLET NEWS - date - time | sections" line is no dateline: the city
    line under it is, dated and credited by the page line."""
    body = (
        "Peru and Ecuador agree on border crossings\n\n"
        "KYODO NEWS - Mar 3, 2027 - 09:15 | World, All\n\n"
        "LIMA - Peru and Ecuador agreed Wednesday to open two new border crossings.\n"
    )
    found = parse_dateline(body)
    assert found is not None
    assert (found.city, found.date_text, found.agency) == ("Lima", "Mar 3, 2027", "Kyodo")


def test_page_line_keeps_an_unknown_outlet_name_whole() -> None:
    """An outlet that is not a known agency keeps its whole name, in normal case."""
    body = "HARBOUR NEWS - 3 March 2027\n\nQUITO - The ministers met on Tuesday.\n"
    assert parse_dateline(body) == Dateline("Quito", "3 March 2027", "Harbour News", 37)


def test_city_and_date_line_over_text_stays_the_dateline() -> None:
    """ "QUITO - 3 March 2027" over a paragraph of text is a city's dateline, no page line."""
    body = "QUITO - 3 March 2027\n\nThe ministers met on Tuesday in the capital.\n"
    found = parse_dateline(body)
    assert found is not None
    assert (found.city, found.date_text, found.agency) == ("Quito", "3 March 2027", None)


def test_date_alone_after_the_agency_closes_the_dateline_line() -> None:
    """ "City (AFP) – 3 Mar 2027" on its own line dates the brief; the text starts below."""
    body = "Lima (AFP) – 3 Mar 2027\n\nThe presidents of Peru and Ecuador met on Wednesday.\n"
    found = parse_dateline(body)
    assert found is not None
    assert (found.city, found.date_text, found.agency) == ("Lima", "3 Mar 2027", "AFP")
    assert body[found.end :].startswith("The presidents")


def test_double_dateline_takes_the_first_city() -> None:
    """ "LIMA/QUITO, Mar 3 (Reuters) -": a story filed from two cities has the first as its
    dateline."""
    found = parse_dateline("LIMA/QUITO, Mar 3 (Reuters) - Peru will supply Ecuador with power.")
    assert found is not None
    assert (found.city, found.date_text, found.agency) == ("Lima", "Mar 3", "Reuters")


def test_brief_with_a_page_line_gets_its_date_city_and_credit() -> None:
    """The whole parse takes the date, the dateline and the credit from a wire page."""
    text = (
        "Peru and Ecuador agree on border crossings\n\n"
        "KYODO NEWS - Mar 3, 2027 - 09:15 | World, All\n\n"
        "LIMA - Peru and Ecuador agreed on Wednesday to open two new border crossings.\n"
    )
    brief = parse_brief(text, brief_id="wire")
    assert (str(brief.date), brief.dateline, brief.reported_by) == (
        "2027-03-03",
        "Lima",
        "Kyodo",
    )


def test_page_line_over_a_headline_dates_and_credits_the_dateline_under_both() -> None:
    """A headline between the wire page's line and the dateline is passed over: the page line
    is no city, the city in capitals under the headline is."""
    text = (
        "KYODO NEWS - Mar 4, 2027 - 18:02 | World, All\n\n"
        "Chile, Bolivia agree to study a lithium corridor\n\n"
        "ANTOFAGASTA, Chile - Chilean Foreign Minister Rosa Ibarra on Thursday agreed with her "
        "Bolivian counterpart to study a lithium corridor to the Pacific coast.\n"
    )
    brief = parse_brief(text, brief_id="wire")
    assert (str(brief.date), brief.dateline, brief.reported_by) == (
        "2027-03-04",
        "Antofagasta",
        "Kyodo",
    )


def test_headline_closed_by_a_speakers_name_is_no_dateline() -> None:
    """ "Country, Country aim for ... - Name" is a headline with a dash, not a dateline with a
    date: the agency's dateline under it is the brief's."""
    text = (
        "03/03/2027 10:15 AM\n\n"
        "Chile, Peru aim for US$5 bln trade by decade's end - Ibarra\n\n"
        "VALPARAISO, Mar 3 (Bernama) -- Chile and Peru aim to double their trade, "
        "Foreign Minister Rosa Ibarra said on Wednesday.\n"
    )
    brief = parse_brief(text, brief_id="wire")
    assert (brief.dateline, brief.reported_by) == ("Valparaiso", "Bernama")


@pytest.mark.parametrize(
    "under",
    [
        "Chile, Bolivia agree to study a lithium corridor\n\n",
        "",
    ],
)
def test_page_line_without_a_dateline_under_it_dates_and_credits_but_names_no_city(
    under: str,
) -> None:
    """A wire page's line over a story with no dateline (a headline between them or not) is
    no city: it dates the brief and credits the outlet."""
    text = (
        f"KYODO NEWS - Mar 4, 2027 - 18:02 | World, All\n\n{under}"
        "Chilean Foreign Minister Rosa Ibarra on Thursday agreed with her Bolivian "
        "counterpart to study a lithium corridor to the Pacific coast.\n"
    )
    brief = parse_brief(text, brief_id="wire")
    assert (str(brief.date), brief.dateline, brief.reported_by) == ("2027-03-04", None, "Kyodo")


def test_page_line_over_a_dateline_naming_its_agency_gives_it_the_page_date() -> None:
    """ "LIMA (Kyodo) -" under the page's line: the city and agency, dated by the page line."""
    text = (
        "KYODO NEWS - Mar 4, 2027 - 18:02 | World, All\n\n"
        "LIMA (Kyodo) - Chilean Foreign Minister Rosa Ibarra on Thursday met her Peruvian "
        "counterpart in Lima.\n"
    )
    brief = parse_brief(text, brief_id="wire")
    assert (str(brief.date), brief.dateline, brief.reported_by) == ("2027-03-04", "Lima", "Kyodo")


def test_headline_with_a_month_and_a_speakers_name_is_no_dateline() -> None:
    """ "Country, Country sign 12 deals worth $3 bln in March - Name": a month in a headline
    does not make its words a dateline's date, nor the first country a city."""
    text = (
        "Chile, Peru sign 12 deals worth $3 bln in March - Ibarra\n\n"
        "The Foreign Minister of Chile met the Foreign Minister of Peru in Lima on Tuesday.\n"
    )
    assert parse_brief(text, brief_id="wire").dateline is None


def test_date_line_right_over_the_dateline() -> None:
    """A date line with no blank line under it, then the agency's dateline: both are read."""
    text = (
        "Mar 4, 2027\n"
        "LIMA, Mar. 4 (Andina) -- The Foreign Minister of Peru met the Foreign Minister of "
        "Chile on Thursday.\n"
    )
    brief = parse_brief(text, brief_id="wire")
    assert (str(brief.date), brief.dateline, brief.reported_by) == ("2027-03-04", "Lima", "Andina")
