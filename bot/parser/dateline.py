"""The dateline that opens a body: `ASTANA –`, `BEIJING, Oct. 17 (Xinhua) --`,
`Astana, 5 June 2024 —`, `ALMATY. KAZINFORM -`."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass
from typing import Final

from bot.parser.countries import (
    country_of_agency,
    country_of_city,
    country_of_name,
    country_of_subdivision,
    is_city,
    is_us_state_code,
)
from bot.parser.dates import ANY_DATE, MONTH, WEEKDAYS, parse_date
from bot.parser.lexicon import OUTLET_WORD
from bot.parser.text import UPPER

# Lower-case letters with accents too: "Brasília", "Bogotá", "São Paulo".
# "Hà Nội": Vietnamese letters of the Latin Extended Additional block.
_CITY_WORD: Final = rf"[{UPPER}][{UPPER}a-zß-öø-ÿ\u1e00-\u1eff'’.\-]*"
# A month's name, short or full: "Nov", "Nov.", "November".
_MONTH_ABBR: Final = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
_MONTH: Final = rf"{_MONTH_ABBR}[a-z]*\.?"
_YEAR: Final = r"(?:19|20)\d\d"
_HAS_YEAR: Final = re.compile(rf"\b{_YEAR}\b")
# A weekday's name in full ("Thursday") and short ("Thu").
_WEEKDAY: Final = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_WEEKDAY_ABBR: Final = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
_DATELINE: Final = re.compile(
    rf"(?P<city>{_CITY_WORD}(?:[ ](?:{_CITY_WORD}|de|del|la|el)){{0,3}})"
    # "LIMA/QUITO, Mar 3 (Reuters) -": a wire story filed from two cities; the first is its
    # dateline's.
    rf"(?:/[{UPPER}][{UPPER}'’.\-]+(?:[ ][{UPPER}][{UPPER}'’.\-]+){{0,2}}(?=,))?"
    # "Batken (Kyrgyzstan) (AFP) –", "New Delhi [India], November 24 (ANI):": the country.
    r"(?:[ ]*(?:\([A-Z][^()\n]{1,30}\)|\[[A-Z][^\[\]\n]{1,30}\])(?=[ ]*[(,]))?"
    # "Riyadh, Jumada Al-Akhirah 14, 1448, Nov 24, 2026, SPA --": two calendars' dates.
    r"(?:,[ ]*(?P<extra>[^()\n–—]{1,60}?))?"
    r"[ ]*(?:\((?P<agency>[^()\n]{2,40})\)|/(?P<agency3>[^/\n]{2,30})/)?"
    rf"[ ]*(?:\.[ ]*(?P<agency2>[{UPPER}][{UPPER}a-z]+(?:[ ][{UPPER}][a-z]+)?)[ ]*)?"
    # "ISLAMABAD, Nov 21 (APP): Text": a colon after the agency closes it too.
    r"[ ]*(?:--|[–—]|-(?=[ ])|(?<=\)):(?=[ ]))[ ]*"
)
# The agency in brackets before the city: "(ANSA) - ROME, NOVEMBER 25 - Text".
_AGENCY_FIRST: Final = re.compile(r"\(([A-Z][A-Za-z]{1,20})\)[ ]*(?:--|[–—]|-)[ ]*(?=[A-Z])")
# An agency's name closed by a dash after a dateline's date: "TASHKENT, Nov 26 — Daryo — ".
_AGENCY_BETWEEN_DASHES: Final = re.compile(r"([A-Z][A-Za-z.]{1,20})[ ]*(?:--|[–—]|-(?=[ ]))[ ]*")
# A full date, month or day first: "Nov 24, 2026", "November 24 2026", "24 November 2026".
_FULL_DATE: Final = rf"{_MONTH}[ ]+\d{{1,2}},?[ ]+{_YEAR}|\d{{1,2}}[ ]+{_MONTH}[ ]+{_YEAR}"
# A full date, month first, with the comma before its year: "Nov. 25, 2026".
_COMMA_DATE: Final = rf"{_MONTH}[ ]+\d{{1,2}},[ ]+{_YEAR}"
# A full date closed by a dash after a dateline's agency: "Almaty (AFP) - Nov 24, 2026 - ",
# or closing the dateline's line of its own: "Lima (AFP) – 3 Mar 2027\n\nText".
_DATE_AFTER_AGENCY: Final = re.compile(
    rf"({_FULL_DATE})(?:[ ]*(?:--|[–—]|-(?=[ ]))[ ]*|[ \t]*\n\s*)"
)
# A full date closing a dateline's line after the city and its dash: "Rawalpindi - November
# 25, 2026:\n"; or closing the dateline with a colon before the text, as Gulf agencies' press
# releases write it: "Harbourton, Sylvania – 25 November 2026: Text".
_DATE_CLOSING_LINE: Final = re.compile(rf"({_FULL_DATE})(?:[ ]*:?[ \t]*\n|:[ ]+(?=[{UPPER}\"“]))")
_DATE_LIKE: Final = re.compile(rf"\d|\b{_MONTH_ABBR}", re.I)
# What makes a long date text a date: a month's name or a date in figures ("14.10.2025").
_DATE_WORDS: Final = re.compile(rf"\b{MONTH}\b|\d[./]\d", re.I)
# Words in lower case that no date holds ("3 de marzo", "3rd of March" aside): a headline's.
_TEXT_WORDS: Final = re.compile(r"(?<![\w.])(?!(?:de|del|of|the|am|pm)\b)[a-z]{2,}\b")
# "BAKU, Azerbaijan, May 3. Text" (Trend), "MOSCOW, June 1. /TASS/. Text" and "TASHKENT,
# May 3 (UzA). Text": an upper-case city and a date ending in a day number, closed by a full
# stop instead of a dash.
_DOTTED_DATELINE: Final = re.compile(
    rf"(?P<city>[{UPPER}][{UPPER}'’.\-]+(?:[ ][{UPPER}][{UPPER}'’.\-]+){{0,3}})"
    rf",[ ]*(?P<extra>[^.\n()/–—]{{0,30}}?\b{_MONTH}[ ]+\d{{1,2}})"
    r"(?:[ ]*\((?P<agency_p>[^()\n]{2,30})\))?\.[ ]*"
    r"(?:/(?P<agency>[^/\n]{2,30})/\.?[ ]*"
    # "HARBOURTON, Sylvania, March 3. ©SYLPRESS:": the agency's copyright sign and name.
    r"|©[ ]?(?P<agency_c>[A-Za-z]{2,20}):?\s*)?(?=[^\W\d_]|[\"“])"
)
# "Bishkek, October 23 /Kabar/. Text" and "DUSHANBE, 14.10.2025 /NIAT "Khovar"/. Text": a city,
# a date, and the agency between slashes, closed by a full stop.
_SLASH_DATELINE: Final = re.compile(
    rf"(?P<city>[{UPPER}][{UPPER}a-z'’.\-]+(?:[ ][{UPPER}][{UPPER}a-z'’.\-]+){{0,3}})"
    r",[ ]*(?P<extra>[^/\n()–—]{1,30}?)[ ]*/(?P<agency>[^/\n]{2,30})/\.?[ ]*"
    r"(?=[^\W\d_]|[\"“])"
)
# A dateline on a line of its own, the agency after the date: "Baku, November 14, AZERTAC".
_LINE_DATELINE: Final = re.compile(
    rf"(?P<city>[{UPPER}][{UPPER}a-z'’.\-]+(?:[ ][{UPPER}][{UPPER}a-z'’.\-]+){{0,3}})"
    r",[ ]*(?P<extra>[^,\n]{3,30}?),[ ]*(?P<agency>[A-Z][A-Za-z]{1,20}(?:[ ][A-Z][A-Za-z]+)?)"
    r"[ \t]*\n"
)
# "YEREVAN, NOVEMBER 20, 2025, ARMENPRESS. Text" and "Baku, November 25, APA. Text": the
# agency after the date, then a stop.
_AGENCY_AFTER_DATE: Final = re.compile(
    rf"(?P<city>[{UPPER}][{UPPER}a-z'’.\-]+(?:[ ][{UPPER}][{UPPER}a-z'’.\-]+){{0,3}})"
    r",[ ]*(?P<extra>(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-zA-Z]*\.?[ ]+"
    r"\d{1,2}(?:,?[ ]+\d{4})?),[ ]*(?P<agency>[A-Z][A-Za-z-]{1,20})\.[ ]+(?=[^\W\d_]|[\"“])"
)
# "Tashkent, Nov 24 (PTI) Union Minister ..." and "Seoul, 17 October (UzA). President ...":
# the agency in brackets after the date, and the text right after it, without a dash.
_BRACKET_DATELINE: Final = re.compile(
    rf"(?P<city>{_CITY_WORD}(?:[ ]{_CITY_WORD}){{0,3}}),[ ]*"
    # "Abuja, Nov. 25, 2026 (NAN) Text": a full date's comma before its year.
    rf"(?P<extra>{_COMMA_DATE}|[^()\n–—,]{{3,30}}?)"
    # "(Prensa Latina)": an agency of two words; "(EFE).- Text": a stop and a hyphen after it.
    rf"[ ]*\((?P<agency>[A-Z][A-Za-z]{{1,15}}(?:[ ][A-Z][A-Za-z]{{1,15}})?)"
    rf"(?P<domain>\.[a-z]{{2,3}})?\)(?:\.-?)?[ ]+(?=[{UPPER}\"“])"
)
# "MOSCOW. Nov 26 (Interfax) - Text": a city in capitals, a full stop, the date and the agency.
_DOT_DATE_DATELINE: Final = re.compile(
    rf"(?P<city>[{UPPER}][{UPPER}'’\-]+(?:[ ][{UPPER}][{UPPER}'’\-]+){{0,3}})\.[ ]+"
    rf"(?P<extra>{_MONTH}[ ]+\d{{1,2}}"
    r"(?:,?[ ]+\d{4})?)[ ]*\((?P<agency>[^()\n]{2,30})\)[ ]*(?:--|[–—-]|:)[ ]+"
)
# "Astana, November 18, 2026. Text" and "Tbilisi, 3 May 2025. Text": a city and a full date
# with its year, closed by a full stop (a parliament's or ministry's press service).
_FULL_DATE_DATELINE: Final = re.compile(
    rf"(?P<city>{_CITY_WORD}(?:[ ]{_CITY_WORD}){{0,2}}),[ ]*"
    rf"(?P<extra>{_FULL_DATE})\.[ ]+"
    rf"(?=[{UPPER}\"“])"
)
# "Harbourton, 3 March. Text": a ministry's news page gives the day and month alone, the year
# standing in its page's date; read only for a city the table knows.
_DAY_MONTH_DATELINE: Final = re.compile(
    rf"(?P<city>{_CITY_WORD}(?:[ ]{_CITY_WORD}){{0,2}}),[ ]*"
    rf"(?P<extra>\d{{1,2}}[ ]+{_MONTH}|{_MONTH}[ ]+\d{{1,2}})\.[ ]+(?=[{UPPER}\"“])"
)
# "ISLAMABAD: Text" (a city the table knows, in capitals, and a colon) and "Dubai, UAE, 25
# November 2026: Text" (a city and a full date, then a colon).
# "ISLAMABAD:\n\nText": the city and its colon on a line of their own, as some papers'
# pages print them above the text.
_COLON_DATELINE: Final = re.compile(
    rf"(?P<city>[{UPPER}][{UPPER}'’\-]+(?:[ ][{UPPER}][{UPPER}'’\-]+){{0,2}}"
    rf"|{_CITY_WORD}(?:[ ]{_CITY_WORD}){{0,2}}(?=,))"
    # "Harbourton, Mar 3: Text": a month and day without the year.
    rf"(?:,[ ]*(?P<extra>[^:\n()–—]{{3,40}}?\b{_YEAR}|{_MONTH}[ ]\d{{1,2}})"
    # "Harbourton, Sylvania: Text": the country after the city, no date, as Gulf papers write.
    rf"|,[ ]*(?P<country>{_CITY_WORD}(?:[ ]{_CITY_WORD}){{0,2}}))?:(?:[ ]+|[ \t]*\n\s*)"
    rf"(?=[{UPPER}\"“])"
)
# "Baku. 25 November. REPORT.AZ/ Text" and "OSH. November 27. Naginform.kg – Text": a
# city, the date and the agency, each closed by a stop, a slash or a dash. "Harbourton. 3
# March 2027. Harbour Today - Text": the date with its year, an agency's name of two words.
_DOT_AGENCY_SLASH: Final = re.compile(
    rf"(?P<city>{_CITY_WORD})\.[ ]+(?P<extra>(?:\d{{1,2}}[ ]+{_MONTH}|{_MONTH}[ ]+\d{{1,2}},?)"
    rf"(?:[ ]+{_YEAR})?)\.[ ]+"
    r"(?P<agency>[A-Z][A-Za-z]{1,20}(?:[ ][A-Z][A-Za-z]{1,20}){0,2})(?:\.[A-Za-z]{2,3})?"
    r"(?:/|[ ]*(?:--|[–—]|-(?=[ ])))[ ]*"
)
# A dateline on a line of its own, the body below it: "GABALA, Azerbaijan" (a wire story's
# city and country) or "Brussels, 17 November 2026" (a joint statement's place and date).
_OWN_LINE: Final = re.compile(
    rf"(?P<city>{_CITY_WORD}(?:[ ]{_CITY_WORD}){{0,3}}),[ ]*"
    # "Kingston, Ontario, March 3, 2027": the province, state or country between the city and
    # the date.
    rf"(?:(?P<region>{_CITY_WORD}(?:[ ]{_CITY_WORD}){{0,2}}),[ ]*)?"
    # "NEW DELHI, November 24, 2026 21:10 IST": a full date and the time.
    rf"(?P<extra>[^\n,]{{3,30}}?"
    # "Brussels, March 3, 2027": a full date with its comma, the time or not.
    rf"|{_COMMA_DATE}(?:[ ]+\d{{1,2}}:\d\d[^\n,]{{0,12}}?)?)"
    r"[ \t]*\n"
)
# An agency's name in capitals: "IRNA", "AZERTAC".
_AGENCY_WORD: Final = re.compile(r"[A-Z]{2,12}")
# A known agency's name after the day number, without a comma: "Feb. 12 Kyodo".
_AGENCY_NAMED_AFTER: Final = re.compile(r"(.*\d)\s+([A-Z][A-Za-z]{2,15})")
# The agency closing the date part of a dateline: "November 18, 2025, SPA"; a name of two
# parts joined by a hyphen: "July 5, 2024, Velmora-Press".
_AGENCY_AFTER: Final = re.compile(
    r"(.*(?:\d|[a-z]))\s*,\s*([A-Z][A-Za-z]{1,15}(?:-[A-Z][A-Za-z]{1,15})?)$"
)
# An information agency's kind before its name, as in `NIAT Khovar` or `MIA Kabar` (IA:
# information agency; N: national; M: international).
_AGENCY_KIND: Final = re.compile(r"^(?:IA|NIA|NIAT|MIA)\s+(?=[A-Z])")
# The name inside quotation marks, as in `NIAT "Khovar"` or `MIA «Kabar»`.
_QUOTED_NAME: Final = re.compile(r"[\"“«]([^\"”»]{2,30})[\"”»]")
# A release's number after its label, on the label's line: "N° 287/2026", "No. 12"; also
# read by the parser's lead (a numbered label on its own paragraph).
RELEASE_NUMBER: Final = r"(?i:n[°º]|no\.?|number)[ ]*:?[ ]*\d[\w/.-]*"
# Lines above the dateline that are not the body: a byline ("By Mara Quill") or a
# label ("Press release").
_BYLINE_NAME: Final = rf"[{UPPER}][\w’'.-]*(?:[ ]+[{UPPER}][\w’'.-]*){{0,3}}"
_LEAD_LINES: Final = re.compile(
    rf"(?:(?:[Bb]y[ ]+{_BYLINE_NAME}(?:(?:,[ ]*|[ ]+and[ ]+){_BYLINE_NAME})*"
    # "By A. Writer - Mar 4,2027 - Last updated at ...", "By A. Writer March 4, 2027,
    # 6:05 pm": a hyphen, or nothing but a space before a full date, parts the writer from
    # the page's date.
    rf"(?:(?:[ ]*(?:,|\||–|—|[ ]in[ ]|[ ]on[ ])|[ ]+-[ ]|[ ]+(?={_FULL_DATE}))"
    r"[^\n]{0,80})?"
    r"|(?i:press[ ]+release|news[ ]+release|press[ ]+statement|statement|news)"
    # "PRESS RELEASE N° 287/2026", "Press Release No. 12": the release's number.
    rf"(?:[ ]+{RELEASE_NUMBER})?"
    # "MINISTRY OF EXTERNAL AFFAIRS\nPRESS RELEASE": the issuer's name in capitals on the
    # line over a release's label.
    r"|[A-Z][A-Z ,&'’-]{3,80}(?=\n[ \t]*(?i:press|news)[ ]+(?i:release|statement)))"
    r"[ \t]*\n+[ \t]*)+"
)


@dataclass(frozen=True, slots=True)
class Dateline:
    """The dateline city (normal case; empty where an agency's name stands alone in its
    place), its date text and credited agency, if any."""

    city: str
    date_text: str | None
    agency: str | None
    end: int
    # The office that issues a release, named after its place ("March 3, 2027 - Halden,
    # Northshire - Office of External Relations"): a credit, but no agency reporting from
    # elsewhere.
    office: str | None = None
    # The outlet's web address when the dateline credits it by that ("SYLVANPOST.CO,
    # Harbourton -"): it names the outlet more surely than the bare name taken from it.
    site: str | None = None


def _normal_case(city: str) -> str:
    if not city.isupper():
        return city
    # Each word's first letter kept as written: "İSTANBUL" is "İstanbul" (lower() turns "İ"
    # into "i" and a combining dot, which would end the word). Initials, a short word
    # without a vowel, stay in capitals: "HCM CITY" is "HCM City".
    return _LETTER_RUN.sub(
        lambda m: (
            m.group(0)
            if _INITIALS.fullmatch(m.group(0))
            # "RIO DE JANEIRO" is "Rio de Janeiro": a particle after the first word is small.
            else m.group(0).lower()
            if m.start() > 0 and m.group(0).lower() in _PARTICLES
            else m.group(0)[0] + m.group(0)[1:].lower().replace("i\u0307", "i")
        ),
        city,
    )


# A run of letters: a word of a city's name (compiled once: re.sub with the pattern's text
# looks it up in re's cache at each call).
_LETTER_RUN: Final = re.compile(r"[^\W\d_]+")
_INITIALS: Final = re.compile(r"[B-DF-HJ-NP-TV-XZ]{3,4}")
# The small words inside a place's name: "Rio de Janeiro", "Foz do Iguaçu", "Port of Spain".
_PARTICLES: Final = frozenset(["de", "del", "da", "do", "dos", "das", "di", "du", "la", "of"])


def parse_dateline(body: str) -> Dateline | None:
    """Return the dateline at the start of the body (after a byline or a "Press release"
    label), or None when the body has none."""
    lead = _LEAD_LINES.match(body)
    start = lead.end() if lead else 0
    found = _parse_at(body, start)
    if found is None:
        # A title above a dateline line of its own: "Joint statement ...\n\nBrussels, 17
        # November 2026\n\nThe Council met today."
        title, blank, _ = body[start : start + 300].partition("\n\n")
        title_line, _, stamp = title.strip().partition("\n")
        # A title with a timestamp line under it: "Title\n20 November 2026, 17:05".
        if blank and (not stamp or is_date_line(stamp.strip())):
            below = start + len(title) + 2
            below += len(body[below:]) - len(body[below:].lstrip())
            byline = _LEAD_LINES.match(body, below)  # "Title\n\nBy A. Writer\n\nSEOUL, ..."
            if byline:
                below = byline.end()
                lead = lead or byline
            if not stamp:
                below = _past_stamp(body, below)  # "Title\n\n18 October 2023 12:40\n\nASTANA –"
            found = _own_line(body, below)
            if found is None and not title_line.rstrip().endswith((".", ":", "!", "?")):
                # "Kazakhstan and Brazil hold consultations\n\nAstana, 25 November 2026 –
                # Text": a dated dateline, or one naming its agency ("YEREVAN. KAZINFORM –");
                # a bare "City –" line is left to the lead.
                under = _parse_at(body, below)
                found = (
                    under
                    if under is not None
                    and (
                        under.date_text
                        or under.agency
                        or _upper_city(body, below)
                        or _known_city_dash(body, below, under)
                    )
                    else None
                )
    if found is None:
        # "Nov 25, 2026\nSEOUL, Nov. 25 (Yonhap) -- Text": a date line right over the dateline.
        stamp, newline, _ = body[start : start + 80].partition("\n")
        below = start + len(stamp) + 1
        if newline and body[below : below + 1].isupper() and is_date_line(stamp.strip()):
            under = _parse_at(body, below)
            if under is not None and (under.date_text or under.agency or _upper_city(body, below)):
                found = under
    if found is None:
        found = (
            _below_headlines(body, start)
            or _after_page_matter(body, start)
            or _byline_city(body, start)
            or _site_dateline(body, start)
            or _under_page_lines(body, start)
            or _after_bullets(body, start)
        )
    if found and found.date_text is None and lead is None:
        # "Headline\n\nStandfirst\n\nby A. Writer March 4, 2027\n\nHARBOURTON – Text": a
        # dated byline right above a dateline found under the headlines.
        line_start = body.rfind("\n", 0, found.end) + 1
        above = body[:line_start].rstrip()
        by_start = above.rfind("\n") + 1
        if above[by_start : by_start + 3].lower() == "by ":
            byline = _LEAD_LINES.match(body, by_start)
            lead = byline if byline is not None and byline.end() == line_start else None
    if found and found.date_text is None and lead and _DATE_LIKE.search(lead.group()):
        # "By A. Writer in Nation on 12 March 2024": the byline dates the brief.
        full = next(
            (m.group() for m in ANY_DATE.finditer(lead.group()) if _HAS_YEAR.search(m.group())),
            None,
        )
        if full is not None:  # "By A. Writer  March 4, 2027, 6:05 pm": its first full date
            return Dateline(found.city, full, found.agency, found.end)
        dated = re.search(r"\b(?:on|,|\|)\s*([^\n|]*\d[^\n|]*)", lead.group())
        if dated:
            return Dateline(found.city, dated.group(1).strip(), found.agency, found.end)
    return found


# A wire's web page line above its dateline: "AGENCY NEWS - Mar 3, 2027 - 09:15 | World": the
# outlet, the full date and the time, then the page's sections.
_PAGE_HEAD: Final = (
    rf"(?P<outlet>[A-Z][A-Za-z]+(?:[ ][A-Z][A-Za-z]+)?)[ ]+[-–—][ ]+(?P<date>{_FULL_DATE})"
    r"(?:[ ]+[-–—][ ]+\d{1,2}:\d\d)?(?:[ ]*\|[^\n|]{1,40})*[ \t]*"
)
_PAGE_LINE: Final = re.compile(rf"{_PAGE_HEAD}\n\s*")
_PAGE_ALONE: Final = re.compile(_PAGE_HEAD)


def _page_outlet(outlet: str) -> str | None:
    """The outlet a wire page's line names ("KYODO NEWS" is "Kyodo"), or None unless it is a
    known agency or a name with a news outlet's word, not a city's dateline ("QUITO - ...")."""
    bare, _, news = outlet.rpartition(" ")
    if news.lower() == "news" and country_of_agency(bare) is not None:
        return _agency_case(bare)  # "KYODO NEWS": the agency's name
    outlet = _agency_case(outlet)
    return outlet if country_of_agency(outlet) or OUTLET_WORD.search(outlet) else None


def page_line(line: str) -> tuple[str, str] | None:
    """The outlet and the date text of a wire page's line ("KYODO NEWS - Mar 3, 2027 - 09:15 |
    World, All"), or None."""
    page = _PAGE_ALONE.fullmatch(line.strip()) if " - " in line else None
    outlet = _page_outlet(page.group("outlet")) if page else None
    return (outlet, page.group("date")) if page and outlet else None


# A line opened by a word in capitals, as a dateline opens: "LIMA -", "SAN JOSE, Country -".
_UPPER_START: Final = re.compile(rf"[{UPPER}]{{2}}[{UPPER}'’.\-]*[ ,]")


def _page_line(body: str, start: int) -> Dateline | None:
    """The dateline under a wire page's line naming the outlet and the date ("AGENCY NEWS -
    Mar 3, 2027 - 09:15 | World\n\nLIMA - Text"): the page line dates it and credits the
    outlet, the line under it gives the city."""
    page = _PAGE_LINE.match(body, start)
    if page is None:
        return None
    at = page.end()
    headline = body[at : body.find("\n\n", at)] if "\n\n" in body[at : at + 300] else ""
    if headline and "\n" not in headline and not headline.rstrip().endswith("."):
        # "AGENCY NEWS - Mar 3, 2027 - 09:15 | World\n\nHeadline\n\nLIMA - Text"
        under = at + len(headline) + 2
        if _UPPER_START.match(body, under):
            at = under
    below = _parse_at(body, at)
    if below is None or not body[at : at + 1].isupper():
        return None
    date_text = below.date_text or page.group("date")
    if below.agency:
        return Dateline(below.city, date_text, below.agency, below.end)  # "LIMA (Kyodo) -"
    outlet = _page_outlet(page.group("outlet")) or _agency_case(page.group("outlet"))
    return Dateline(below.city, date_text, outlet, below.end)


# An outlet's web address in capitals: its initials, then a country's domain ("ABC.XY").
_CAPS_SITE: Final = re.compile(r"([A-Z]{2,4})\.[A-Z]{2}")


def _agency_case(name: str) -> str:
    """An agency's name in capitals, longer than initials, in normal case ("SYLPRESS" ->
    "Sylpress", "HARBOUR NEWS" -> "Harbour News"); initials joined by a hyphen ("ABC-XYZ")
    keep their capitals, and so do those of a web address, without its domain ("ABC.XY")."""
    if not name.isupper() or len(name) <= 4 or "-" in name:
        return name
    if (site := _CAPS_SITE.fullmatch(name)) is not None:
        return site.group(1)  # "ABC.XY -": the outlet's initials, its address's domain left
    return " ".join(word.capitalize() for word in name.split(" "))


def _parse_at(body: str, start: int) -> Dateline | None:
    if body.startswith("(", start):
        # "(ANSA) - ROME, NOVEMBER 25 - Text": the agency before the city.
        first = _AGENCY_FIRST.match(body, start)
        inner = _parse_at(body, first.end()) if first else None
        if first is None or inner is None:
            return _placeline(body, start)
        return Dateline(inner.city, inner.date_text, inner.agency or first.group(1), inner.end)
    if (paged := _page_line(body, start)) is not None:
        return paged
    page = _PAGE_LINE.match(body, start) if body[start : start + 1].isupper() else None
    if page and _page_outlet(page.group("outlet")):
        return None  # a wire page's line with no dateline under it: no city of its own
    if (reporter := _reporter_agency(body, start)) is not None:
        return reporter
    match = _DATELINE.match(body, start)
    if not match:
        dotted = _DOTTED_DATELINE.match(body, start)
        if dotted and dotted.group("city").isupper():
            extra = dotted.group("extra")
            date_text = extra.rsplit(",", 1)[-1].strip()
            city = _normal_case(dotted.group("city").rstrip("."))
            agency = dotted.group("agency") or dotted.group("agency_p")
            if agency is None and (copyright := dotted.group("agency_c")):
                agency = _agency_case(copyright)
            return Dateline(city, date_text, agency, dotted.end())
        dot_date = _DOT_DATE_DATELINE.match(body, start)
        if dot_date:
            city = _normal_case(dot_date.group("city"))
            return Dateline(
                city, dot_date.group("extra"), dot_date.group("agency"), dot_date.end()
            )
        return (
            _date_first(body, start)
            or _slash_dateline(body, start)
            or _bracketed(body, start)
            or _full_date(body, start)
            or _colon(body, start)
            or _dot_agency_slash(body, start)
            or _own_line(body, start)
        )
    city = match.group("city").rstrip(".")
    if city.lower() in WEEKDAYS:
        return None  # "Sunday, 3 March 2027 - 09:40 AM": a page's date line, no place
    if (
        city.isupper()
        and " " not in city
        and match.group("extra") is None
        and not (match.group("agency") or match.group("agency3") or match.group("agency2"))
        and country_of_agency(city) is not None
        and not is_city(city)
    ):
        # "WAM - Text": a known agency's name in a dateline's place, no city before it.
        return Dateline("", None, _agency_case(city), match.end())
    extra = match.group("extra")
    if "." in city and extra and (site := _SITE_NAME.fullmatch(city)) and is_city(extra):
        # "SYLVANPOST.CO, Harbourton - Text": the outlet's web address, then the city.
        name = site.group(1)
        agency = _agency_case(name)
        return Dateline(_normal_case(extra), None, agency, match.end(), site=site.group(0))
    if "." in city and _SITE_NAME.fullmatch(city):
        return None  # "SYLVANPOST.COM - Text": the outlet's web address alone, no place
    if "." in city and _DOMAIN_NAME.fullmatch(city):
        # "Harbour.ab, 28 Jul 2027 - 17:20": an outlet's web address (a country's domain)
        # and the page's date, no place: the outlet credited, no city.
        dated = extra.strip() if extra and ANY_DATE.search(extra) else None
        end = match.end()
        line_end = body.find("\n", end)
        if dated and line_end > 0 and _TIME_LINE.match(body, end):
            end = line_end  # "- 17:20, Harbourton": the time (and the desk's place) after it
        return Dateline("", dated, city, end, site=city)
    words = city.split()
    if not city.isupper():
        # A title-case dateline needs a date or place after the comma, or a bare short city.
        if any(not w[0].isupper() for w in words if w not in ("de", "del", "la", "el")):
            return None
        if extra is None and len(words) > 1 and not is_city(city):
            return None
    date_text = extra.strip() if extra and _DATE_LIKE.search(extra) else None
    if (
        date_text
        and date_text.count(" ") > 2
        and (not _DATE_WORDS.search(date_text) or len(_TEXT_WORDS.findall(date_text)) > 1)
    ):
        # "Sylvania, Ostland aim for $10 bln trade - Minister", "..., Ostland sign 12 deals in
        # March - Minister": a headline, no date.
        date_text = None
    agency_after = _AGENCY_AFTER.match(date_text) if date_text else None
    if agency_after and (
        agency_after.group(2).lower() in WEEKDAYS or _DATE_LIKE.match(agency_after.group(2))
    ):
        agency_after = None  # "26 November, Tuesday": all of it is the date
    if agency_after:
        # "Riyadh, November 18, 2025, SPA -- Text": the agency after the date.
        date_text, agency_word = agency_after.group(1), agency_after.group(2)
    else:
        agency_word = None
        named = _AGENCY_NAMED_AFTER.fullmatch(date_text) if date_text else None
        if named and country_of_agency(named.group(2)) is not None:
            # "TOKYO, Feb. 12 Kyodo - Text": a known agency's name right after the day.
            date_text, agency_word = named.group(1), named.group(2)
    # "Washington, D.C." or a region is fine after the comma; a clause is not.
    if (
        extra
        and date_text is None
        and not country_of_name(extra.strip())
        and not extra.isupper()
        and len(extra.split()) > 3
    ):
        return None
    agency = (
        match.group("agency") or match.group("agency3") or match.group("agency2") or agency_word
    )
    if agency:
        agency = _AGENCY_KIND.sub("", agency)
        if ANY_DATE.fullmatch(agency):
            # "HARBOURTON, SYLVANIA (3 March 2027) —"; "HARBOURTON (Mar 3): Text": a date in
            # the brackets, no agency (a day without its year leaves the page's date line
            # to date the story).
            if date_text is None and _full_dated(agency):
                date_text = agency
            agency = None
    if (
        agency is None
        and extra
        and date_text is None
        and _AGENCY_WORD.fullmatch(extra.strip())
        and not country_of_name(extra.strip())
        and not is_us_state_code(extra.strip())  # "Austin, TX - Text": the city's state
    ):
        agency = extra.strip()  # "Tehran, IRNA -- Text": the agency in the date's place
    head, dot, tail = city.partition(". ")
    if dot and len(head.split()[-1]) > 3:  # "ALMATY. KAZINFORM": the agency after the city
        city, agency = head, agency or tail
    if agency:
        agency = _agency_case(agency)
    end = match.end()
    if date_text is None and agency and (dated := _DATE_AFTER_AGENCY.match(body, end)):
        # "Almaty (AFP) - Nov 24, 2026 - Text": the date after the agency, between dashes.
        date_text, end = dated.group(1), dated.end()
    elif date_text is None and agency is None and (dated := _DATE_CLOSING_LINE.match(body, end)):
        # "Harbourton - March 3, 2027:" on a line of its own, the text below it.
        date_text, end = dated.group(1), dated.end()
    elif (
        date_text
        and agency is None
        and (named := _AGENCY_BETWEEN_DASHES.match(body, end))
        and country_of_agency(named.group(1)) is not None
    ):
        # "TASHKENT, Nov 26 — Daryo — Text": a known agency's name between dashes.
        agency, end = named.group(1), named.end()
    elif (
        extra is None
        and agency is None
        and (outlet := _OUTLET_CLOSING_LINE.match(body, end)) is not None
        and _outlet_name(outlet.group(1))
        and is_city(city)
    ):
        # "Harbourton - Sylvan Daily\n\nText": the city and the paper's name on a line of
        # their own, as some papers' pages head a story.
        agency, end = outlet.group(1), outlet.end()
    return Dateline(_normal_case(city), date_text, agency, end)


# The name closing a dateline's line: "Harbourton - Sylvan Daily\n".
# (The words' quantifiers are possessive: a character given back is a word's, never the blank
# or line break that must follow, so the matches are the plain pattern's, found without
# backtracking through each word of a line of text.)
_OUTLET_CLOSING_LINE: Final = re.compile(
    r"([A-Z][\w’'.-]*+(?:[ ][A-Z][\w’'.-]*+){0,3})[ \t]*\n\s*"
)


def _outlet_name(name: str) -> bool:
    """Whether a name after a dateline's dash may be an outlet's: no place, weekday or month."""
    return (
        not is_city(name)
        and country_of_name(name) is None
        and name.lower() not in WEEKDAYS
        and _DATE_LIKE.match(name) is None
    )


# An outlet's web address in a dateline's city's place: "SYLVANPOST.CO", "Example.com".
_SITE_NAME: Final = re.compile(r"([A-Z][A-Za-z]{1,20})\.(?i:co|com|net|org)(?:\.[A-Za-z]{2})?")


# An outlet's web address under a country's domain: "Harbour.ab", "Kun.uz".
_DOMAIN_NAME: Final = re.compile(r"[A-Z][A-Za-z-]{1,20}\.[a-z]{2}")


# A paragraph opened by an outlet's web address and a city: "\n\nSYLPOST.CO, Harbourton - Text".
_SITE_DATELINE: Final = re.compile(
    r"\n\n(?=[A-Z][A-Za-z]{1,20}\.(?i:co|com|net|org)(?:\.[A-Za-z]{2})?,[ ]+[A-Z])"
)
_SITE_ABOVE: Final = 600  # how far down a page's headline matter may push it


def _site_dateline(body: str, start: int) -> Dateline | None:
    """A dateline naming the outlet's web address and the city ("SYLPOST.CO, Harbourton - Text")
    under a page's headline, standfirst, credits and time line."""
    head = body[start : start + _SITE_ABOVE].lower()
    if ".co" not in head and ".net," not in head and ".org," not in head:
        return None  # the cheap test: no web address near the top
    match = _SITE_DATELINE.search(body, start, start + _SITE_ABOVE)
    found = _parse_at(body, match.end()) if match else None
    return found if found is not None and found.agency is not None else None


# "Harbourton/Sylpress/. Text": the city and the agency between slashes, no date, closed by
# a full stop.
_CITY_SLASH_AGENCY: Final = re.compile(
    rf"(?P<city>{_CITY_WORD}(?:[ ]{_CITY_WORD}){{0,2}})/(?P<agency>[A-Z][\w.&'’ -]{{1,30}})/\.?"
    r"[ ]+(?=[^\W\d_]|[\"“])"
)


def _slash_dateline(body: str, start: int) -> Dateline | None:
    """A dateline with its agency between slashes, after a date: "Bishkek, October 23
    /Kabar/." (the city in capitals, or one known as a city); or on a line of its own:
    "Baku, November 14, AZERTAC"; or right after the city, no date: "Harbourton/Sylpress/."."""
    if "/" in body[start + 2 : start + 40] and (bare := _CITY_SLASH_AGENCY.match(body, start)):
        city, agency = bare.group("city"), bare.group("agency")
        # "Harbourton/Lakeview/ route": two places, no agency.
        if _plausible_city(city) and not is_city(agency):
            return Dateline(_normal_case(city), None, _agency_case(agency), bare.end())
    match = (
        _SLASH_DATELINE.match(body, start)
        or _LINE_DATELINE.match(body, start)
        or _AGENCY_AFTER_DATE.match(body, start)
    )
    if not match or not _DATE_LIKE.search(match.group("extra")):
        return None
    city = match.group("city").rstrip(".")
    if city.startswith("By "):
        return None  # "By A. Writer, 24.kg news agency, Bishkek": a byline, no dateline
    agency = match.group("agency").strip()
    if agency.lower() in WEEKDAYS or country_of_name(agency) is not None:
        return None  # "Baku, November 25, Tuesday." / "..., Azerbaijan.": no agency
    # A town the city table does not know still opens a dateline in the agency's full form:
    # "Cholpon-Ata, November 21 /Kabar/." (a day number, an agency's capitalised name).
    full_form = any(c.isdigit() for c in match.group("extra")) and agency[:1].isupper()
    if not city.isupper() and not is_city(city) and not full_form:
        return None
    quoted = _QUOTED_NAME.search(agency)
    return Dateline(
        _normal_case(city),
        match.group("extra").strip(),
        quoted.group(1) if quoted else _AGENCY_KIND.sub("", agency),
        match.end(),
    )


# "March 3, 2027 - Halden, Northshire - Office of External Relations": a release's line of its
# own giving the date first, then the city (and its province), then the office issuing it.
_DATE_FIRST: Final = re.compile(
    rf"(?P<extra>{_FULL_DATE})"
    rf"[ ]+[-–—][ ]+(?P<city>{_CITY_WORD}(?:[ ]{_CITY_WORD}){{0,2}})"
    rf"(?:,[ ]+{_CITY_WORD}(?:[ ]{_CITY_WORD}){{0,2}})?"
    r"(?:[ ]+[-–—][ ]+(?P<agency>[A-Z][\w&.'’-]*"
    r"(?:[ ]+(?:of[ ]+|and[ ]+|&[ ]+)?[A-Z][\w&.'’-]*){0,5}))?"
    r"[ \t]*(?:\n|$)"
)


def _date_first(body: str, start: int) -> Dateline | None:
    """ "March 3, 2027 - Halden, Northshire - Office of External Relations" alone on its
    line."""
    if not body[start : start + 1].isalnum():
        return None
    match = _DATE_FIRST.match(body, start)
    if match is None or not _plausible_city(match.group("city")):
        return None
    return Dateline(
        _normal_case(match.group("city")),
        match.group("extra"),
        None,
        match.end(),
        match.group("agency"),
    )


def _full_date(body: str, start: int) -> Dateline | None:
    """ "Astana, November 18, 2026. Text": a city the table knows (or in capitals) and a full
    date, closed by a full stop."""
    match = _FULL_DATE_DATELINE.match(body, start)
    if not match or not _plausible_city(match.group("city")):
        match = _DAY_MONTH_DATELINE.match(body, start)
        if not match or not _known_city(match.group("city")):
            return None
    return Dateline(_normal_case(match.group("city")), match.group("extra"), None, match.end())


def _colon(body: str, start: int) -> Dateline | None:
    """ "ISLAMABAD: Text" or "Dubai, UAE, 25 November 2026: Text"."""
    match = _COLON_DATELINE.match(body, start)
    if match is None:
        return None
    city, extra, country = match.group("city"), match.group("extra"), match.group("country")
    if not (is_city(city) and country_of_name(city) is None) and not (
        extra is None and country is None and city.isupper() and _capital_named_so(city)
    ):
        return None
    if country is not None and country_of_name(country) is None:
        return None  # "Harbourton, Chamber Hall: Text": no country after the city
    if extra is None and country is None and not city.isupper():
        return None
    date = ANY_DATE.search(extra) if extra else None
    return Dateline(_normal_case(city), date.group() if date else None, None, match.end())


def _capital_named_so(name: str) -> bool:
    """Whether a country's name in capitals ("KUWAIT", "SINGAPORE") is also its capital's, as
    a paper there writes its dateline: a city of that country named so, or so with "City"."""
    country = country_of_name(name)
    if country is None:
        return False
    city = _normal_case(name)
    return any(
        is_city(place) and country_of_city(place) == country for place in (city, f"{city} City")
    )


# "Harbourton. Anna Writer – AGENCY. Text": the city, the reporter's name and the agency.
_REPORTER_AGENCY: Final = re.compile(
    rf"(?P<city>{_CITY_WORD}(?:[ ]{_CITY_WORD})?)\.[ ]+"
    r"[A-Z][\w’'-]+(?:[ ][A-Z][\w’'-]+){1,2}[ ]+(?:--|[-–—])[ ]+"
    r"(?P<agency>[A-Z][A-Za-z]{1,15})\.[ ]+(?=[A-Z\"“])"
)


def _reporter_agency(body: str, start: int) -> Dateline | None:
    """A dateline naming the reporter between the city and a known agency ("Harbourton.
    Anna Writer – AGENCY. Text")."""
    match = _REPORTER_AGENCY.match(body, start)
    if match is None or country_of_agency(match.group("agency")) is None:
        return None
    city = match.group("city")
    if not _plausible_city(city):
        return None
    return Dateline(_normal_case(city), None, _agency_case(match.group("agency")), match.end())


def _dot_agency_slash(body: str, start: int) -> Dateline | None:
    """ "Baku. 25 November. REPORT.AZ/ Text"; the agency without its domain."""
    match = _DOT_AGENCY_SLASH.match(body, start)
    if match is None or not _plausible_city(match.group("city")):
        return None
    agency = _agency_case(match.group("agency"))
    return Dateline(_normal_case(match.group("city")), match.group("extra"), agency, match.end())


def _past_stamp(body: str, start: int) -> int:
    """Where the text after a timestamp paragraph starting at `start` begins, or `start`."""
    line, blank, _ = body[start : start + 80].partition("\n\n")
    if not blank or not is_date_line(line.strip()):
        return start
    below = start + len(line) + 2
    return below + len(body[below:]) - len(body[below:].lstrip())


def _upper_city(body: str, start: int) -> bool:
    """Whether the text at `start` opens with a city in capitals ("ASTANA –"), as a dateline
    does and a lead sentence does not."""
    word = re.match(rf"[{UPPER}][{UPPER}'’.\-]+(?:[ ][{UPPER}][{UPPER}'’.\-]+)*", body[start:])
    return word is not None and len(word.group()) > 2 and _plausible_city(word.group())


def _known_city_dash(body: str, start: int, found: Dateline) -> bool:
    """Whether a bare dateline in title case under a title is a known city and a dash
    opening a lead sentence of some length ("Osh - Minister of Trade Ana Lopez met her
    counterpart on Monday."), not a route ("Tashkent - Samarkand railway"), a country, or a
    short line such as a subtitle ("Osh – Talks open") or a brief sentence ("Osh – The
    ministers met.")."""
    city = body[start : start + len(found.city)]
    if " " in city or not is_city(city) or country_of_name(city) is not None:
        return False
    after = re.match(rf"[{UPPER}][\w’'-]*", body[found.end : found.end + 40])
    if after is None or is_city(after.group()):
        return False
    line_end = body.find("\n", found.end)
    line = body[found.end : line_end if line_end >= 0 else len(body)].rstrip()
    return line.endswith(_SENTENCE_ENDS) and line.count(" ") >= _LEAD_MIN_WORDS - 1


# The marks that end a lead sentence, and the fewest words of one after a bare "City –".
_SENTENCE_ENDS: Final = (".", "!", "?", ":", '"', "”")
_LEAD_MIN_WORDS: Final = 6


def _known_city(city: str) -> bool:
    """A known city's name, not a country's (in any case)."""
    return is_city(city) and country_of_name(city) is None


def _plausible_city(city: str) -> bool:
    """Upper case or a known city, and not a country ("UZBEKISTAN, KAZAKHSTAN" is no dateline)."""
    return (city.isupper() or is_city(city)) and country_of_name(city) is None


# "(Regional Secretariat, Hilltown, Greater Portville, Country) - Text": a secretariat's
# placeline, the issuing office first, then its places down to the country.
_PLACELINE: Final = re.compile(
    r"\((?P<office>[A-Z][^(),\n]{2,60}),(?P<places>[^()\n]{3,120})\)[ ]*(?:--|[-–—])[ ]+"
)
_GREATER: Final = re.compile(r"(?:Greater|Metro|Metropolitan)[ ]+")


def _placeline(body: str, start: int) -> Dateline | None:
    """The city of a bracketed placeline that names its office and ends with a country: the
    last known city before the country ("Greater Portville" is Portville's area); the office
    is its credit."""
    match = _PLACELINE.match(body, start)
    if match is None:
        return None
    written: str = match.group("places")
    parts = [part.strip() for part in written.split(",")]
    places, country = parts[:-1], parts[-1]
    if not places or country_of_name(country) is None:
        return None
    for place in reversed(places):
        city = place[greater.end() :] if (greater := _GREATER.match(place)) else place
        if is_city(city) and country_of_name(city) is None:
            return Dateline(city, None, None, match.end(), match.group("office").strip())
    return None


def _bracketed(body: str, start: int) -> Dateline | None:
    """ "Tashkent, Nov 24 (PTI) Union Minister ...": a city, a date, the agency in brackets."""
    match = _BRACKET_DATELINE.match(body, start)
    if not match or not _DATE_LIKE.search(match.group("extra")):
        return None
    city = match.group("city").rstrip(".")
    # A town the city table does not know still opens a dateline in the agency's full form:
    # "Khiva, 22 November (UzA). Text" (a day number and the agency's name).
    full_form = any(c.isdigit() for c in match.group("extra")) and country_of_name(city) is None
    if not _plausible_city(city) and not full_form:
        return None
    # "Osh, 23 November (Nagnews.kg).": a web site naming itself, no agency to credit.
    agency = None if match.group("domain") else match.group("agency")
    return Dateline(_normal_case(city), match.group("extra").strip(), agency, match.end())


def _below_headlines(body: str, start: int) -> Dateline | None:
    """A city in capitals on a line of its own under the headline lines, as a wire site prints
    it: "Title\n\nSubtitle\n\nA. Writer |14.10.2026 - Update : 14.10.2026\n\nANKARA\n\nText".
    The first full date above it (the byline's) dates the brief."""
    date_text = None
    pos = start
    for _ in range(4):
        end = body.find("\n\n", pos)
        if end < 0:
            return None
        line = body[pos:end].strip()
        lines = line.split("\n")
        for city, under in itertools.pairwise(lines[:4]):
            # "ISTANBUL\nNovember 26 2026 16:35:00": the city over the page's timestamp, an
            # outlet's line ("DAILY SABAH WITH AA") above them or not.
            if _upper_city_line(city) and is_date_line(under):
                dated = ANY_DATE.search(_date_case(under))
                return Dateline(_normal_case(city), dated.group() if dated else None, None, end)
        if 1 < len(lines) <= 3 and _upper_city_line(lines[-1]) and len(line) <= 160:
            # "DAILY SABAH WITH AA\nISTANBUL\n\nNOV 06, 2026 - 9:17 PM": the page's
            # timestamp a blank line under the outlet's line and the city.
            below = body[end:].lstrip().partition("\n")[0]
            if is_date_line(below):
                dated = ANY_DATE.search(_date_case(below))
                return Dateline(
                    _normal_case(lines[-1]), dated.group() if dated else None, None, end
                )
        if "\n" in line or len(line) > 160 or line.endswith("."):
            return None  # a paragraph of text: the body has begun
        if _upper_city_line(line):
            return Dateline(_normal_case(line), date_text, None, end)
        dated = ANY_DATE.search(line) if date_text is None else None
        if dated and _HAS_YEAR.search(dated.group()):
            date_text = dated.group()
        pos = end + len(body[end:]) - len(body[end:].lstrip("\n"))
    return None


# "By ANN LEE in Tashkent | Daily Sylvanian | Updated: 2026-11-23 09:12": a byline naming the
# city the reporter writes from, and the outlet among the page's fields after it.
# "By Ann Lee, Sylvan News agency, Harbourton": the outlet, then the city, after commas;
# "By Staff Correspondent, Harbourton": the city alone after the writer.
_BYLINE_CITY: Final = re.compile(
    rf"[Bb]y[ ]+{_BYLINE_NAME}(?:[ ]+in|,(?:[ ]+(?P<outlet>[\w.&’'-]+(?:[ ][\w.&’'-]+){{0,3}}),)?)"
    r"[ ]+(?P<city>[A-Z][\w’'-]+(?:[ ][A-Z][\w’'-]+)?)"
    r"(?P<fields>(?:[ ]*\|[^\n|]*)*)[ \t]*$",
    re.MULTILINE,
)
# "24.kg news agency": the outlet's name without its kind.
_OUTLET_SUFFIX: Final = re.compile(r"[ ]+(?i:news[ ]+agency|agency)$")
_OUTLET_FIELD: Final = re.compile(r"[A-Z][\w.&’'-]*(?:[ ][A-Z][\w.&’'-]*){0,3}")


def _byline_city(body: str, start: int) -> Dateline | None:
    """The city of a byline among the first lines above the text, for a page without a
    dateline; the outlet named in a field beside it is its agency."""
    head = body[start : start + 400]
    match = _BYLINE_CITY.search(head)
    if match is None or not is_city(match.group("city")):
        return None
    above = head[: match.start()].split("\n")
    if any(len(line) > 160 or line.rstrip().endswith(".") for line in above):
        return None  # the text has begun: a byline further down is no page's
    fields = [f.strip() for f in match.group("fields").split("|")]
    outlet = next((f for f in fields if _OUTLET_FIELD.fullmatch(f)), None)
    if (named := match.group("outlet")) is not None:
        if not (OUTLET_WORD.search(named) or country_of_agency(named)):
            return None  # "By A. Writer, Senior Editor, Harbourton": no outlet named
        outlet = _OUTLET_SUFFIX.sub("", named)
    return Dateline(_normal_case(match.group("city")), None, outlet, start + match.end())


def _upper_city_line(line: str) -> bool:
    return line.isupper() and is_city(line) and country_of_name(line) is None


# The label of a page's teaser paragraph above the story: "Synopsis\nThe pact was signed ...".
_TEASER_LABELS: Final = frozenset(
    ["synopsis", "summary", "in brief", "highlights", "key points", "story highlights"]
)


def _after_page_matter(body: str, start: int) -> Dateline | None:
    """A dateline in capitals, dated or naming its agency, under a few short paragraphs of a
    web page's matter: "(LEAD) Title\n\nAll News 17:22 November 26, 2026\n\n(ATTN: UPDATES
    ...)\nBy A. Writer\n\nSEOUL, Nov. 26 (Yonhap) -- Text". Stops at the first paragraph of
    text (a line ending a sentence, or a long one)."""
    pos = start
    for _ in range(5):
        end = body.find("\n\n", pos)
        if end < 0:
            end = len(body)
        lines = body[pos:end].strip().split("\n")
        teaser = len(lines) > 1 and lines[0].strip().lower() in _TEASER_LABELS
        if (
            not teaser
            and any(len(line) > 160 or _ends_sentence(line) for line in lines)
            and not _standfirst(body, pos, end, lines)
        ):
            return _after_teaser(body, pos)
        if len(lines) == 2 and lines[0].startswith("By ") and _known_city(lines[1].strip()):
            # "By ANN LEE\nHarbourton": the city the byline's writer files from, on the
            # line under it.
            return Dateline(_normal_case(lines[1].strip()), None, None, end)
        if end == len(body):
            return None
        pos = end + len(body[end:]) - len(body[end:].lstrip())
        found = _parse_at(body, pos) or _title_colon(body, pos) or _title_dot(body, pos)
        if found is not None:
            upper = body[pos : pos + len(found.city)].isupper()
            # "ISLAMABAD: Text"; "SINGAPORE: Text", a capital named as its country
            known = is_city(found.city) or (upper and _capital_named_so(found.city))
            # "Batken (Kyrgyzstan) (AFP) – Text": a city in title case naming its agency.
            named = (found.agency or found.office) is not None and country_of_name(
                found.city
            ) is None
            # "Brussels, 26 November 2026" alone on its line under a release's label and title.
            # "Harbourton, Sylvania. March 3, 2027 — Text": a dash closing a full date does too.
            own_dated = (
                known
                and (body[found.end - 1] == "\n" or body[found.end - 2] in "-–—")
                and _full_dated(found.date_text)
            )
            # "Dubai: Text" under a page's headlines, as Gulf papers write a dateline;
            # "Bandung. Text", as Indonesian papers do.
            colon = known and body.startswith((": ", ". "), pos + len(found.city))
            # "HARBOURTON, Sylvania -- Text": a town the city table lacks, in capitals, with
            # its country after it.
            country = (
                upper
                and (after := _COUNTRY_AFTER.match(body, pos + len(found.city))) is not None
                and country_of_name(after.group(1)) is not None
            )
            # "25.11.2026\n\nTitle\n\nOsh – Minister A met B on Monday.": a known city's
            # bare dateline in title case, as under a title alone.
            bare = not (upper or named or own_dated or colon) and _known_city_dash(
                body, pos, found
            )
            return (
                found
                if (upper or named or own_dated or colon or bare)
                and (found.date_text or found.agency or known or country)
                else None
            )
    return None


# A paragraph of a release's summary points, each line a bullet: "- Growth stays strong.\n-
# Inflation has eased."
_BULLETS_PARAGRAPH: Final = re.compile(r"(?:[ \t]*[-–•●▪*][ \t]+[^\n]+(?:\n|$))+")
# How many paragraphs of a release's matter (title, date, note, points) _after_bullets reads.
_RELEASE_PARAGRAPHS: Final = 6


def _after_bullets(body: str, start: int) -> Dateline | None:
    """A dateline opening the first paragraph after a release's summary points, as the pages of
    international lenders print them under the title, date and a note: "Title\n\nMarch 3,
    2027\n\nA note on the release.\n\n- Point one.\n- Point two.\n\nHarbourton, Sylvania:
    Text". The city is one the table knows, or the dateline is dated."""
    if "\n-" not in body and "\n•" not in body and "\n–" not in body:
        return None
    pos = start
    for _ in range(_RELEASE_PARAGRAPHS):
        end = body.find("\n\n", pos)
        if end < 0:
            return None
        bullets = _BULLETS_PARAGRAPH.fullmatch(body, pos, end) is not None
        pos = end + len(body[end:]) - len(body[end:].lstrip())
        if bullets:
            found = _parse_at(body, pos)
            if found is not None and (found.date_text or is_city(found.city)):
                return found
            return None
    return None


# How many short lines of a page's matter may stand right above its dateline's line.
_PAGE_LINES_ABOVE: Final = 5
_PAGE_LINE_CHARS: Final = 120


def _under_page_lines(body: str, start: int) -> Dateline | None:
    """A dated dateline naming its agency in brackets, opening the first line of text under a
    page's short lines with no blank line between: "World > Asia\nUpdated 4 March 2027\n
    HARBOURTON, 4th March, 2027 (SNA) -- Text", "Headline\nHarbourton, 4 March 2027 (SNA)
    — Text". The date and the agency together tell a dateline from a line of text."""
    pos = start
    for _ in range(_PAGE_LINES_ABOVE):
        end = body.find("\n", pos)
        if end < 0:
            return None
        line = body[pos:end].strip()
        if not line or len(line) > _PAGE_LINE_CHARS or _ends_sentence(line):
            return None  # a blank line or a line of text: no page's lines above a dateline
        pos = end + 1
        if "(" not in body[pos : pos + 80]:
            continue
        found = _parse_at(body, pos)
        if found is not None and found.agency and _full_dated(found.date_text):
            return found
    return None


# The longest standfirst sentence over a byline or a page's date line.
_STANDFIRST_CHARS: Final = 250


def _standfirst(body: str, pos: int, end: int, lines: list[str]) -> bool:
    """Whether the paragraph from `pos` to `end` is a page's standfirst: one sentence on its
    own line under the headline, a byline or the page's date line under it ("Title\n\nThe
    two leaders met in Lima.\n\nBy A. Writer\n\n4 Mar 2027 10:05AM\n\nLIMA: Text"), or two
    over a writer's name in capitals and the date line ("...\n\nANNA WRITER\n4 March, 2027
    05:42 pm IST\n\nLima: Text")."""
    if len(lines) != 1 or len(lines[0]) > _STANDFIRST_CHARS or lines[0].count(". ") > 1:
        return False
    below = body[end:].lstrip()
    under, _, rest = below.partition("\n")
    under = under.strip()
    if ". " in lines[0].strip():
        return _CAPS_WRITER.fullmatch(under) is not None and is_date_line(
            rest.partition("\n")[0].strip()
        )
    return under.startswith("By ") or is_date_line(under)


# A writer's name in capitals on a byline line of its own: "ANNA WRITER", "A. B. WRITER".
_CAPS_WRITER: Final = re.compile(r"[A-Z][A-Z.’'-]*(?:[ ][A-Z][A-Z.’'-]*){1,3}")


# A country's name after a dateline's city, closed by the dateline's dash: ", Sylvania --".
_COUNTRY_AFTER: Final = re.compile(r",[ ]*([A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*){0,2})[ ]*(?:--|[–—])")


# Initials closing a line: "U.S.", "U.A.E.".
_CLOSING_INITIALS: Final = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,3}$")


def _ends_sentence(line: str) -> bool:
    """Whether a line of a page's matter ends with a full stop, as text does; a headline
    closing with initials ("... before heading to U.S.") does not."""
    line = line.rstrip()
    return line.endswith(".") and _CLOSING_INITIALS.search(line[-6:]) is None


# "Dubai: Text": a city in title case and a colon (only under a page's headlines).
# "Rio de Janeiro: Text": a place's small words between its words.
_TITLE_COLON: Final = re.compile(
    rf"({_CITY_WORD}(?:[ ](?:{_CITY_WORD}|de|del|da|do|la)){{0,2}}):[ ]+(?=[{UPPER}\"“])"
)


# "Bandung. Text": a city in title case closed by a full stop, as Indonesian papers write a
# dateline (only under a page's headlines and byline).
# ("Dar es Salaam. Text": a small word of the city's name.)
_TITLE_DOT: Final = re.compile(
    rf"({_CITY_WORD}(?:[ ](?:{_CITY_WORD}|de|del|da|do|la|es)){{0,2}})\.[ ]+(?=[{UPPER}][a-z]*[ ])"
)


def _title_dot(body: str, start: int) -> Dateline | None:
    """ "Bandung. Text": a known city, not a country, in title case and a full stop."""
    match = _TITLE_DOT.match(body, start)
    if match is None or not is_city(match.group(1)) or country_of_name(match.group(1)):
        return None
    return Dateline(match.group(1), None, None, match.end())


def _title_colon(body: str, start: int) -> Dateline | None:
    """ "Dubai: Text": a known city, not a country, in title case and a colon."""
    match = _TITLE_COLON.match(body, start)
    if match is None or not is_city(match.group(1)) or country_of_name(match.group(1)):
        return None
    return Dateline(match.group(1), None, None, match.end())


def _full_dated(date_text: str | None) -> bool:
    """Whether a dateline's date text is a full date with its year."""
    return date_text is not None and _HAS_YEAR.search(date_text) is not None


# The end of a page's teaser sentence before the dateline in capitals that follows it.
_TEASER_END: Final = re.compile(rf"[.!?][ ]+(?=[{UPPER}]{{3}})")


def _after_teaser(body: str, start: int) -> Dateline | None:
    """A dateline after the first sentence of the first paragraph, as pages print their
    teaser in front of the story: "Osh and Taraz signed an agreement on Thursday. OSH.
    November 27. Naginform.kg – Text". The city is in capitals and the dateline is
    dated or names its agency."""
    end = body.find("\n", start, start + 400)
    stop = _TEASER_END.search(body, start, end if end >= 0 else start + 400)
    if stop is None:
        return None
    found = _parse_at(body, stop.end())
    if found is None or not body[stop.end() : stop.end() + len(found.city)].isupper():
        return None
    return found if found.date_text or found.agency else None


def _own_line(body: str, start: int) -> Dateline | None:
    """A dateline alone on its line: a city and its country ("GABALA, Azerbaijan") or a city
    and a full date ("Brussels, 17 November 2026")."""
    match = _OWN_LINE.match(body, start)
    if not match:
        return None
    city, extra = match.group("city").rstrip("."), match.group("extra").strip()
    if city.endswith(" D.C"):
        city = city[:-4]  # "Washington D.C., 3 March 2027": the federal district's initials
    region = match.group("region")
    if region is not None and (
        not (_city_and_region(city, region) or country_of_name(region) is not None)
        or not _full_dated(extra)
        or not ANY_DATE.fullmatch(extra)
    ):
        return None  # a city, its region or country and a full date, nothing else
    if "/" in extra:
        extra = _SLASHED_DATE.sub(_dotted, extra)  # "Brussels, 26/11/2026"
    if ANY_DATE.fullmatch(extra.title() if extra.isupper() else extra) or (
        ":" in extra and is_date_line(extra)
    ):
        # A full date after it makes any place name a dateline, but a weekday is no place.
        if country_of_name(city) is not None or city.lower() in WEEKDAYS:
            return None
        if " " in city and OUTLET_WORD.search(city) is not None:
            # "Velmora Herald, 24.10.2026": the paper's own name and its date, no place
            return Dateline("", extra, None, match.end())
        return Dateline(_normal_case(city), extra, None, match.end())
    if region is None and (
        (country_of_name(extra) is not None and _plausible_city(city))
        or _city_and_region(city, extra)  # "Kingston, Ontario"
    ):
        return Dateline(_normal_case(city), None, None, match.end())
    return None


# A time of day after a date: "26 November 2026 16:20", "November 26, 2026, 4:20 PM", with
# a time zone and an update note after it ("4:12 PM GMT+5 Updated 2 hours ago").
_CLOCK: Final = (
    # "16.05", "5.00am": a time of day written with a dot, as Nordic and Australian sites do.
    # "24.08.2022 [15:20]": the time in brackets, as an agency's page prints it; "Oct - 17 -
    # 2026 , 09:14": a blank before the comma.
    # "November 19, 2026 — 10.05am": an em dash before the time, as Australian papers print it.
    # "07.12.2027 • 19:36": a bullet between the date and the time.
    # "23 March, 2031: 7:52 PM": a colon.
    r"(?:[ ]?,|:|\s+[-–—•]|\s+at)?\s+(?:\[\d{1,2}:\d{2}\]"
    r"|\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?)"
    # "NOV 06, 2026 - 9:17 PM GMT+3": a line in capitals is title-cased first ("Gmt+3").
    r"(?:\s+\(?(?:GMT|UTC|Gmt|Utc)(?:\s*[+-−]\s*\d{1,2}(?::?\d{2})?)?\)?|\s+[A-Z]{2,4}\b)?"
    # "12:00 AM  Last update on: Wed Nov 25, 2026 01:14 AM": "update" without its "-d".
    r"(?:\s*[|,•·(]?\s*(?i:updated?|last updated?|modified)\b[^\n]{0,40})?"
)
# "Published November 24, 2026 Updated 07:41am": an update note without the time before it;
# "2026-11-23 09:40 Article Type: Original": a page's field after the time.
# "06.10.2026 - Update : 06.10.2026": a wire site's update stamp after a dash.
_UPDATE_NOTE: Final = r"\s*[|,•·(–-]?\s*(?i:updated?|last updated|modified)\b[^\n]{0,40}"
# "27.11.2026 15:40 Views: 1 873 Comments: 12", "27.11.2026, 11:48 👁 2841": counters too.
_FIELD: Final = r"\s+(?:[A-Z][a-z]+(?:\s[A-Za-z]+)?:\s*[^\n:]{1,30}?|👁\s*\d[\d ]*)"
# "9:05AM by PRD Marlow": the office or outlet that posted the page, after the time.
_POSTED_BY: Final = r"(?:\s+by\s+[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})?"
# "Published Mar 3, 2027 • 4 minute read": a paper's reading time after its date.
_READ_NOTE: Final = r"\s*[|,•·]?\s*\d{1,2}[ -]?(?i:min(?:ute)?s?)\s+(?i:read)"
# "Date 2027-03-03 Hit 12": a board's counter of readers after the date, without a colon.
_COUNTER: Final = r"\s+(?:Hits?|Views?|HITS?|VIEWS?)\s+\d[\d,]*"
# "4 October 2026 09:40 am - 5 - 2,917": a page's counts of comments and readers, bare,
# each after a dash.
_DASHED_COUNTS: Final = r"(?:\s+-\s+\d[\d,]*){1,3}"
# "Thu, Mar 3, 2027 - Page 3", "Mar 3, 2027 page3": the page of the printed paper.
_PAGE_NOTE: Final = r"\s*[-–|,]?\s*(?i:page)[ ]?[A-Z]?\d{1,3}"
# "March 3, 2027 - 09:15 Politics news": the page's section after the time.
_SECTION_NOTE: Final = r"(?:\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+[Nn]ews)?"
_CLOCK_TIME: Final = re.compile(
    rf"(?:{_CLOCK}{_SECTION_NOTE}(?:{_FIELD})*{_POSTED_BY}(?:{_READ_NOTE}|{_DASHED_COUNTS})?"
    rf"|{_UPDATE_NOTE}"
    rf"|{_READ_NOTE}|(?:{_COUNTER})+|{_PAGE_NOTE})$"
)
# A Gulf agency's date line giving the Hijri date first: "Sunday, 17 Rajab 1448 AH,
# corresponding to 5 January 2027", "Wednesday - 15 Rajab 1448 AH - 5 January 2027 AD".
_HIJRI_FIRST: Final = re.compile(
    rf"(?:{_WEEKDAY}\s*[,–-]?\s*)?\d{{1,2}}\s+[A-Z][\w'’ -]{{2,30}}?\s+1[3-5]\d\d\s*(?:AH|A\.H\.)"
    r"\s*(?:,?\s*(?i:corresponding\s+to)|[,–-])\s*"
)
_ERA_AFTER: Final = re.compile(r"\s+(?:AD|A\.D\.|CE)$")
# A label before a page's date: "Date of publication: 26.11.2026 10:35", "Published: ...".
_DATE_LABEL: Final = re.compile(
    # "Press release 03.03.2027 09.40": a release's kind before its date.
    # "Publish : 3 Mar 2027, 03:12 PM | Update : ...": the verb's stem as the label.
    # "This content was published on March 3, 2027 - 09:40": a sentence for the label.
    r"(?i:(?:date\s+of\s+publication|publication\s+date"
    r"|(?:this\s+(?:content|article|story|page)\s+was\s+)?publish(?:ed)?(?:\s+on)?"
    r"|posted(?:\s+on)?|created|dated|added(?:\s+on)?"  # "Added 9th May 2027 07:15 PM"
    r"|(?:press|news|media)\s+release"
    # "Updated - November 23, 2026": a dash after the label.
    # "Last Updated at November 24, 2026 22:18 IST": "at" before the date.
    # "Issued on: 12/09/2026 - 10:15", "Modified: ...": a broadcaster's page's labels.
    # "Latest Update March 14, 2027": "latest" for "last".
    r"|(?:(?:last|latest)\s+)?(?:updated?|modified)(?:\s+(?:on|at))?|issued(?:\s+on)?"
    r"|release\s+(?:time|date)"
    r"|date)\s*(?::|[-–](?=\s))?\s*)(?=\d|[A-Z])"
    # "Friday, 20 November 2026, 17:05", "20:15, 26 November 2026": a weekday or the time first.
    # A section's name may come first, as in "All News 17:22 November 26, 2026".
    rf"|{_WEEKDAY},?\s+"
    rf"|{_WEEKDAY_ABBR}\.?,\s+"  # "Thu, Nov 26 2026, 19:45"
    # "9:40 am on 3 March 2025": a broadcaster's byline gives the time, then "on" the date.
    # "07:25 GMT 14.09.2027", "09:15 JST 3 March 2027": the time's zone after it (title-cased
    # with a line all in capitals: "Gmt").
    r"|(?:[A-Z][\w&]*\s+){0,3}\d{1,2}:\d{2}(?:[ ]?(?i:[ap]\.?m\.?))?"
    r"(?:[ ]+(?:[A-Z]{1,3}T|MSK|[A-Z][a-z]{0,2}t|Msk)(?:[+-]\d{1,2})?)?"
    # "09:15 - 3/03/2027 Wednesday": a dash between the time and the date.
    r"(?:,|[ ]+[-–—|])?(?:[ ]+(?i:on))?\s+(?=\d|[A-Z])"
    # "0 Comment(s) Print E-mail Xinhua, November 24, 2026": a page's buttons and the name of
    # the story's source before the date.
    r"|(?:\d+\s+Comments?(?:\(s\))?\s+)?(?:(?:Print|E-?mail|Share)\s+)*"
    # "Valley Online , Monday 9 Mar 2027": an outlet's name, then the weekday and the date.
    rf"(?P<source>[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){{0,2}})\s?,\s+(?:{_WEEKDAY},?\s+)?"
    rf"(?={_MONTH}\s|\d{{1,2}}\s+{_MONTH})"
)
# A word that makes a name an outlet's: "Valley Online", "Coast News".
# "24 NOV 2026": a month's name in capitals inside a line in mixed case.
_CAPS_MONTH: Final = re.compile(r"\b(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)[A-Z]*\b")
# The same without the word boundary before it, a looser test run first: a pattern that opens
# with its letters lets the search skip to them, where one opening with a boundary is tried at
# every position (three times slower on the lines of a body).
_CAPS_MONTH_LOOSE: Final = re.compile(
    r"(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)[A-Z]*\b"
)
# "27-11-2026": a date written with hyphens, day first (or month first when its second number
# is no month's).
_DAY_FIRST_HYPHENS: Final = re.compile(rf"^(\d{{1,2}})-(\d{{1,2}})-({_YEAR})\b")
_ISO_STAMP: Final = re.compile(
    rf"({_YEAR}-\d\d-\d\d)T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?"
)
# A weekday after the date: "27 November 2026, Friday", "November 27, 2026 (Friday)".
_WEEKDAY_AFTER: Final = re.compile(rf"^,?\s*\(?{_WEEKDAY}\)?$")
# A weekday in full after a label: "Posted on Thursday, 26th November 2026".
_WEEKDAY_FIRST: Final = re.compile(rf"{_WEEKDAY},?\s+(?=\d|{_MONTH_ABBR})")
# The office or outlet that posted a page, after a labelled date without its time: "Posted on
# 26 November 2026 by Chamber Communications".
_BY_POSTER: Final = re.compile(r"\s+by\s+[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}")
# A page's count of readers, bare, after a date in figures: "15.09.2026 5204".
_BARE_COUNT: Final = re.compile(r"\s+\d{1,7}")
_SHORT_WEEKDAYS: Final = frozenset(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"])
# A time of day after a label, before the date: "Updated 19:42, 24-Nov-2026".
# "Published: 09:40 am Mar 3, 2027": the time of day before the date, after a label.
# "Updated 9.05am, Mar 14, 2027": a dot in the time, as British and Maltese papers print it
# (read only with "am" or "pm" after it, which a date in figures never has).
# "Updated 6:37 PM GMT+3, March 4, 2027": the time's zone after it, as a wire's page prints it.
_TIME_FIRST: Final = re.compile(
    r"\d{1,2}(?::\d{2}(?:[ ]?(?i:[ap]\.?m\.?))?|\.\d{2}[ ]?(?i:[ap]\.?m\.?))"
    r"(?:[ ](?:GMT|UTC|Gmt|Utc|[A-Z]{1,3}T)(?:[+-−]\d{1,2}(?::?\d{2})?)?)?"
    rf",?\s+(?=\d|{_MONTH_ABBR}[a-z]*\.?[ ]\d)"
)
# A short weekday before a date in figures or after a label: "Thu 26/11/2026", "Published:
# Tue 3 Mar 2026, 9:15 AM".
_SHORT_WEEKDAY: Final = re.compile(rf"{_WEEKDAY_ABBR}\.?,?\s+(?=\d)")
# "24-Nov-2026": a date written with hyphens.
_HYPHENED_DATE: Final = re.compile(rf"\b(\d{{1,2}})-({_MONTH})-({_YEAR})\b")
# "24/11/2026" (day first, as European sites write it) or "11/24/2026" (month first).
# "Oct - 17 - 2026": the month first, its parts set apart by dashes with blanks around them.
# "October, 11, 2024": a comma after the month's name too, as some agencies' pages print it.
_MONTH_COMMA_FIRST: Final = re.compile(rf"^({_MONTH}),[ ]+(\d{{1,2}}),[ ]+({_YEAR})\b")
_MONTH_FIRST_DASHES: Final = re.compile(rf"^({_MONTH})[ ]+-[ ]+(\d{{1,2}})[ ]+-[ ]+({_YEAR})\b")
_SLASHED_DATE: Final = re.compile(rf"\b(\d{{1,2}})/(\d{{1,2}})/({_YEAR})\b")
# "24/11/26 17:32": a site's stamp giving its year in two figures, read only with the time of
# day after it (a date of the 2000s).
_SHORT_YEAR_STAMP: Final = re.compile(r"(\d{1,2})([/.])(\d{1,2})\2(\d\d)(?=[ ]+\d{1,2}:\d{2}\b)")
# "24/11/2026 17:32, Harbourton, Coast news agency": the outlet after the place, a comma
# between them.
_OUTLET_AFTER_PLACE: Final = re.compile(r",[ ]+[\w.&'’-]+(?:[ ][\w.&'’-]+){0,3}$")


# A paper's name in brackets after its date line's date: "July 3, 2027 (Sylvan Daily)".
_OUTLET_BRACKETED: Final = re.compile(r"[ ]+\((?:[A-Z][\w.&'-]*(?:[ ][A-Z][\w.&'-]*){0,3})\)")


# The kind of page after its date: "27.11.2026 - Press release".
_KIND_AFTER: Final = re.compile(
    r"\s+[-–—|]\s+(?i:press\s+release|news\s+release|media\s+release|press\s+statement"
    r"|statement|article|news|speech|interview|communiqu[eé]|readout)"
)
_YEAR_FIRST_DOTS: Final = re.compile(rf"\b({_YEAR})[./](\d{{1,2}})[./](\d{{1,2}})\b")


def _dotted(match: re.Match[str]) -> str:
    """A slashed or hyphened date written with dots, day first ("24.11.2026")."""
    first, second, year = match.groups()
    day, month = (second, first) if int(second) > 12 else (first, second)
    return f"{day}.{month}.{year}"


# After a date and its time, where it happened: "November 24, 2026, 15:10, The Kremlin,
# Moscow" (the place line of a head of state's site).
# After a time first, the outlet and author may follow the place: "10:42, 26 November 2026,
# Bishkek - Agency news, A. Writer".
_PLACES_AFTER: Final = re.compile(
    # "25 November 2026 - 15:40 - Harbourton": places after a dash too.
    rf"(?:{_CLOCK})?(?P<places>(?:(?:,|\s+[-–—])\s*(?:The\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){{0,3}}){{1,3}})"
    r"(?P<outlet>\s+[-–—]\s+[^\n]{2,80})?$"
)


_PLACE_BREAK: Final = re.compile(r",|\s[-–—]\s*")


def _date_case(line: str) -> str:
    return line.title() if line.isupper() else line  # "NOVEMBER 20, 2026"


# A page's section names before its timestamp: "Politics Materials 26 November 2026 16:48",
# or the outlet's name before a date in figures: "Hungary Today 2026.11.18.".
_SECTIONS: Final = re.compile(
    rf"(?:[A-Z][a-z&]+\s+){{1,3}}(?=\d{{1,2}}\s+{_MONTH}\s|{_MONTH}\s+\d|(?P<numeric>{_YEAR}[./])\d)"
)
# A date in another calendar, then the common one in brackets: "Thursday 5 Qaws 1405 (26
# November 2026)".
_BRACKETED_DATE: Final = re.compile(rf"[^()\n]{{3,40}}\((?P<date>{_FULL_DATE})\)")


# A post copied from a Telegram channel: "Kun.uz, [26.11.2026 14:37]".
_CHANNEL_STAMP: Final = re.compile(r"[^\n\[\],]{2,60},\s*\[(?P<stamp>[^\n\[\]]{6,40})\]")


# "Release Time: 2026-03-03 18:25   Source: Department of Trade": a ministry page's date line
# closed by the department that posted it (after a space or a bar).
_SOURCE_FIELD: Final = re.compile(
    r"(?:[ \t]*\|[ \t]*|[ \t]+)Source:[ \t]*(?P<src>[A-Z][^\n|:]{1,80}?)[ \t]*$"
)


def dated_outlet(line: str) -> str | None:
    """The known outlet whose web address a page's date line opens with ("Harbour.ab, 25 Nov
    2027 - 17:20"), or None (a paper's name there, "Harbour Times, Wednesday 25 Nov 2027",
    is its masthead, no credit)."""
    label = _DATE_LABEL.match(line.strip()) if "." in line and "," in line else None
    source = label.group("source") if label else None
    if (
        source is None
        or not (_DOMAIN_NAME.fullmatch(source) or _SITE_NAME.fullmatch(source))
        or country_of_agency(source) is None
        or line_date(line) is None
    ):
        return None
    return source


def dated_source(line: str) -> str | None:
    """The office a page's date line names as its source ("Release Time: 2026-03-03 18:25
    Source: Department of Trade"), or None."""
    if "Source:" not in line:
        return None
    if (first := _SOURCE_FIRST.match(line)) is not None:
        # "Source: Harbour.tv | 11-20-2026 22:31": the source's field first, the date after it
        return first.group("src") if line_date(line[first.end() :]) is not None else None
    field = _SOURCE_FIELD.search(line)
    if field is None or line_date(line[: field.start()]) is None:
        return None
    return field.group("src")


# "Source: Harbour.tv | 11-20-2026 22:31": a web page's source field opening its date line.
_SOURCE_FIRST: Final = re.compile(
    r"[ \t]*Source:[ \t]*(?P<src>[A-Z][\w.&'-]*(?:[ ][A-Z][\w.&'-]*){0,4})[ \t]*\|"
)


def line_date(line: str) -> tuple[dt.date | None, str | None] | None:
    """The date of a line that is a full date and nothing else (a label before it, a time of
    day after it, a source's field after that allowed), with the city of the places after it;
    None for any other line."""
    line = line.strip()
    if "AH" in line and (hijri := _HIJRI_FIRST.match(line)) is not None:
        line = _ERA_AFTER.sub("", line[hijri.end() :])  # the Gregorian date after the Hijri one
    line = _date_case(line)
    if "Source:" in line and (field := _SOURCE_FIELD.search(line)) and field.start() > 0:
        line = line[: field.start()]
    if not line.isupper() and _CAPS_MONTH_LOOSE.search(line) and _CAPS_MONTH.search(line):
        line = _CAPS_MONTH.sub(lambda m: m.group().title(), line)  # "Posted On: 24 NOV 2026"
    if line[-2:-1].isdigit() and line.endswith("."):
        line = line[:-1]  # "2026.11.18.": a date in figures closed by a stop, as Hungarian sites
    if line.endswith("]") and (channel := _CHANNEL_STAMP.fullmatch(line)):
        line = channel.group("stamp")
    elif line.endswith(")") and (bracketed := _BRACKETED_DATE.fullmatch(line)):
        line = bracketed.group("date")
    elif line[:1] == "(" and line.endswith(")") and "(" not in line[1:]:
        line = line[1:-1].strip()  # "(Latest Update March 14, 2027)": a stamp in brackets
    label = _DATE_LABEL.match(line)
    if (
        label
        and label.group("source")
        and country_of_agency(label.group("source")) is None
        and not OUTLET_WORD.search(label.group("source"))
    ):
        return None  # a known agency's name before the date, not a place ("Brussels, 17 May")
    weekday = _SHORT_WEEKDAY.match(line) if line[:3] in _SHORT_WEEKDAYS else None
    # "Thu 26 Nov 2026": a weekday, not a section's name, before the date.
    sections = _SECTIONS.match(line) if label is None and weekday is None else None
    prefix = label or sections
    if prefix:
        line = line[prefix.end() :]
        if label and (time := _TIME_FIRST.match(line)):
            line = line[time.end() :]
        if label and line[:3] in _SHORT_WEEKDAYS and (full := _WEEKDAY_FIRST.match(line)):
            line = line[full.end() :]
        weekday = _SHORT_WEEKDAY.match(line) if line[:3] in _SHORT_WEEKDAYS else None
    if weekday:
        line = line[weekday.end() :]
    if "," in line[3:10] and line[:1].isupper():
        line = _MONTH_COMMA_FIRST.sub(r"\1 \2, \3", line)
    if line[:4].isdigit() and line[4:5] in "./":
        line = _YEAR_FIRST_DOTS.sub(r"\1-\2-\3", line)  # "2026.11.26", "2026/11/20"
    if "/" in line[1:3] or "." in line[1:3]:
        short = _SHORT_YEAR_STAMP.match(line)
        if short is not None:
            day, mark, month, year = short.groups()
            line = f"{day}{mark}{month}{mark}20{year}{line[short.end() :]}"
    if "/" in line:
        line = _SLASHED_DATE.sub(_dotted, line)
    if "-" in line[:7]:
        line = _HYPHENED_DATE.sub(r"\1 \2 \3", line)
        # "27-11-2026 14:05"; "11-20-2026 22:31", month first, as a US-style page prints it
        line = _DAY_FIRST_HYPHENS.sub(_dotted, line)
        line = _MONTH_FIRST_DASHES.sub(r"\1 \2, \3", line)  # "Oct - 17 - 2026 , 09:14"
        if (iso := _ISO_STAMP.fullmatch(line)) is not None:
            line = iso.group(1)  # "2026-11-27T14:05:00+05:00": a page's machine timestamp
    if ("|" in line or " / " in line or "●" in line or " · " in line) and len(line) <= 120:
        # A page's fields: "Source: Xinhua| 2026-11-26 21:14:05|Editor: huaxia"; "Published
        # 27.11.2026 14:05 | Updated 27.11.2026 15:00" gives one date twice; "Desk / SITE.COM
        # / Updated: Mar 3, 2027, 14:05 IST": fields set apart by slashes.
        parts = _FIELD_BREAK.split(line)
        dated = [found for part in parts if (found := line_date(part) or place_date(part))]
        if not dated or any(found != dated[0] for found in dated):
            return None
        # "Desk | Lima | Updated: March 3, 2027 10:35", "Lima ● Fri, April 4, 2025": a field
        # naming a city alone tells where the page's desk sits, not the story's dateline.
        return dated[0]
    if " ," in line:
        line = _COMMA_BEFORE_YEAR.sub(", ", line)  # "23 March ,2031": the comma misplaced
    date = ANY_DATE.match(line)
    if date is None or not _HAS_YEAR.search(date.group()):
        return None
    rest = line[date.end() :]
    if rest.endswith("day") or rest.endswith("day)"):
        rest = _WEEKDAY_AFTER.sub("", rest)  # "27 November 2026, Friday"
    elif rest.endswith(")") and _OUTLET_BRACKETED.fullmatch(rest):
        rest = ""  # "July 3, 2027 (Sylvan Daily)": the paper's name in brackets after its date
    if sections and not rest and not sections.group("numeric"):
        return None  # section names and a date without its time: a title ("Summit Opens 2 May")
    if rest and (
        (label and rest.startswith(" by ") and _BY_POSTER.fullmatch(rest))
        or (date.group()[:1].isdigit() and "." in date.group() and _BARE_COUNT.fullmatch(rest))
    ):
        rest = ""
    city = None
    if rest and not _CLOCK_TIME.fullmatch(rest) and not _KIND_AFTER.fullmatch(rest):
        outlet = _OUTLET_AFTER_PLACE.search(rest) if "," in rest else None
        if outlet is not None and OUTLET_WORD.search(outlet.group().title()):
            rest = rest[: outlet.start()]
        places = _PLACES_AFTER.fullmatch(rest)
        if places is None or (places.group("outlet") and label is None):
            return None
        last = _PLACE_BREAK.split(places.group("places"))[-1].strip()
        if not is_city(last):
            return None
        city = _normal_case(last)  # "Updated - November 23, 2026 10:41 pm IST - NEW DELHI"
    return parse_date(date.group()), city


# "Published: 23 March ,2031: 7:52 PM GST": a site's template puts the year's comma after
# the blank.
_COMMA_BEFORE_YEAR: Final = re.compile(r"(?<=[A-Za-z\d]) ,(?=\d{4}\b)")


# "Jakarta ● Tue, November 24, 2026": a page's fields set apart by a bullet too.
# "Politics · 14 June 2026, 18:55": a section's name and the date set apart by a middle dot.
_FIELD_BREAK: Final = re.compile(r"\||[ ]/[ ]|●|[ ]·[ ]")


# "Harbourton, March 3, 2027": a city and a full date, one field of a masthead line.
_PLACE_DATE: Final = re.compile(
    rf"(?P<city>{_CITY_WORD}(?:[ ]{_CITY_WORD}){{0,2}}),[ ]+(?P<date>.+)"
)


def place_date(part: str) -> tuple[dt.date | None, str | None] | None:
    """The date and city of a masthead's field that gives a known city and a full date
    ("Secretariat | Press Release No. 4 | Harbourton, March 3, 2027")."""
    match = _PLACE_DATE.fullmatch(part.strip())
    if match is None:
        return None
    city, date = match.group("city"), match.group("date")
    if not _plausible_city(city) or not _full_dated(date) or not ANY_DATE.fullmatch(date):
        return None
    return parse_date(date), _normal_case(city)


# A time of day alone on a line: "13:40", "1:40 PM".
_TIME_LINE: Final = re.compile(r"\d{1,2}[:.]\d{2}(?:[ ]?(?i:[ap]\.?m\.?))?")
# A place line: "Harbourton", "The Palace, Harbourton", "Harbourton, Sylvania": capitalised
# names, a venue before the city or its country after it.
_PLACE_LINE: Final = re.compile(
    r"(?:The[ ]+)?[A-Z][\w’'-]*(?:[ ]+[A-Z][\w’'-]*){0,3}"
    r"(?:,[ ]*[A-Z][\w’'-]*(?:[ ]+[A-Z][\w’'-]*){0,3})?"
)


def place_below(body: str, end: int) -> tuple[str, int] | None:
    """The city on the line under a date line ending at `end`, a time of day's line between
    them or not, as a head of state's site prints them ("March 3, 2027\n13:40\nHarbourton"):
    the city and where its line ends; None unless the lines follow without a blank one."""
    pos = end + 1
    for _ in range(2):
        stop = body.find("\n", pos)
        stop = len(body) if stop < 0 else stop
        line = body[pos:stop].strip()
        if _TIME_LINE.fullmatch(line):
            pos = stop + 1
            continue
        if _PLACE_LINE.fullmatch(line) is None:
            return None
        parts = [part.strip() for part in line.split(",")]
        city = parts[-1]
        if len(parts) == 2 and _city_and_region(parts[0], city):
            # "Kingston, Ontario": a city and its province or state, the town known or not.
            return _normal_case(parts[0]), stop
        if len(parts) > 1 and country_of_name(city) is not None:
            city = parts[0]  # "Harbourton, Sylvania": the city and its country
        if not is_city(city) or country_of_name(city) is not None:
            return None
        return _normal_case(city), stop
    return None


# The office that posted a page, named on its date line: "Posted on 26 November 2026 by Chamber
# Communications", "Published 3 March 2027, 9:05 AM by Harbour Press Office". A writer's name
# there is a byline, not a credit: the poster has an office's word.
# (It opens with "by", the blank before it checked behind it: a search skips from "by" to
# "by" instead of trying every character; only the name is read.)
_POSTER: Final = re.compile(r"by(?<=\sby)\s+(?P<src>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})$")
_POSTER_WORD: Final = re.compile(
    r"\b(?:Communications?|Press|Media|Office|Desk|Service|Department|Unit|Secretariat|Bureau"
    r"|Division|Newsroom)$"
)


def posted_by(line: str) -> str | None:
    """The office named as the poster on a page's date line ("Posted on 26 November 2026 by
    Chamber Communications"), or None."""
    line = line.strip()
    poster = _POSTER.search(line) if " by " in line else None
    if poster is None or not (
        _POSTER_WORD.search(poster.group("src"))
        # "by PIB Delhi": a known agency's office in a city.
        or country_of_agency(poster.group("src").split()[0]) is not None
    ):
        return None
    return poster.group("src") if line_date(line) is not None else None


def _city_and_region(city: str, region: str) -> bool:
    """Whether a place line's two parts are a town and the province or state it lies in
    ("Kingston, Ontario"), not a venue and its city ("The Kremlin, Moscow")."""
    return (
        country_of_subdivision(region) is not None
        and country_of_name(city) is None
        and country_of_subdivision(city) is None
        and (is_city(city) or not is_city(region))
    )


def is_date_line(line: str) -> bool:
    """Whether a line is a full date and nothing else, a time of day allowed after it."""
    return line_date(line) is not None
