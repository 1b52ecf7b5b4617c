"""Text -> Brief: header, dateline, people, meetings, figures, topics, quotes.

`parse_brief(text, brief_id=..., source_file=...)` is the entry point; it never raises: any
text gives a Brief, with the fields it could not find empty. `PARSER_VERSION` changes
whenever the output may change (the service caches parsed briefs by content hash and version).

The pieces, one module per concern: `header` (key-value lines), `dateline`, `source` (who
reported it), `people` (names, titles, countries, mentions), `quotes`, `meetings`, `figures`
(with `numbers` for number words and currencies), `topics`, `dates`, `countries`, `text`
(sentences, tokens) and `lexicon` (word lists of general knowledge).
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from typing import Final

import structlog

from bot.brief import Brief
from bot.parser.chrome import strip_chrome
from bot.parser.countries import (
    EU,
    country_of_agency,
    country_of_bracketed_credit,
    country_of_city,
    country_of_url,
    country_of_word,
    in_multiword_name,
    in_region_name,
    is_city,
)
from bot.parser.dateline import (
    RELEASE_NUMBER,
    Dateline,
    dated_outlet,
    dated_source,
    is_date_line,
    line_date,
    page_line,
    parse_dateline,
    place_below,
    place_date,
    posted_by,
)
from bot.parser.dates import ANY_DATE, MONTH, WEEKDAYS, parse_date
from bot.parser.figures import FigureFound, drop_lead_repeats, find_figures, refer_back
from bot.parser.header import split_header
from bot.parser.lexicon import NEWS_NAME_WORDS, PAPER_NAME_WORDS, words_of
from bot.parser.meetings import MeetingFound, find_meetings
from bot.parser.numbers import HOME_LETTER_PREFIXES
from bot.parser.people import (
    MentionIndex,
    PeopleFinder,
    PersonFound,
    Token,
    is_chinese_name,
    names_international_body,
    read_capital_memo,
)
from bot.parser.quotes import find_quotes
from bot.parser.source import (
    closing_statement_credit,
    find_source,
    label_source,
    office_heading,
    outlet_at_city,
    page_author,
    press_service_credit,
    signature_of,
    signing_city,
    sources_credit,
    statement_credit,
)
from bot.parser.text import Sentence, bullet_items, clean, paragraphs, sentences
from bot.parser.topics import find_topics
from bot.parser.wrap import paragraph_lines, unwrap

PARSER_VERSION: Final = "1.35.0"

log = structlog.get_logger()

# "US$ 92 million", "US dollars": a currency, not a mention of the country.
_CURRENCY_NEXT: Final = re.compile(
    r"\s*(?:\$|(?:dollars?|yuan|riyals?|rials?|manat|som|sum|lira|rupees?|ro?ubles?|yen|won"
    r"|pesos?|dinars?|francs?|tenge|hryvnias?|dirhams?)\b)"
)
# The first two letters of each currency word of _CURRENCY_NEXT.
_CURRENCY_STARTS: Final = words_of("do yu ri ma so su li ru ro ye wo pe di fr te hr")


def _currency_next(body: str, end: int) -> bool:
    """Whether a currency follows `end` (`_CURRENCY_NEXT.match(body, end)`): most names are
    followed by no "$" and no word opening as a currency's does, which a slice tells for a
    fraction of a match call. (str.lstrip and re's \\s strip the same characters.)"""
    head = body[end : end + 8].lstrip()
    if len(head) >= 2 and head[0] != "$" and head[:2] not in _CURRENCY_STARTS:
        return False
    return _CURRENCY_NEXT.match(body, end) is not None


# "call on President ", "paid a courtesy call on the Speaker ": then the office's words up
# to the name.
_CALL_ON_BEFORE: Final = re.compile(
    r"\bcall(?:s|ed|ing)?\s+on\s+(?:(?:the|of|and|[A-Z][\w’'.-]*),?\s+){1,8}$"
)
# A lead opened by its agency alone, in brackets: "(Bloomberg) -- Tajikistan is ...".
_BARE_AGENCY: Final = re.compile(
    r"(?m)^\((?P<agency>[A-Z][A-Za-z]{1,20}(?: [A-Z][a-z]+)?)\)\s*(?:--|[–—])\s"
)
# A credit that is an international body's: its secretariat, a community, an organisation.
# ("the Ministry of Community Development" is a state's).
_BODY_CREDIT: Final = re.compile(r"\b(?:Secretariat|(?<!of )Community|Organi[sz]ation)\b")
# ... unless a state's own: "Presidential Secretariat", "National Security Organisation".
_STATE_CREDIT: Final = re.compile(
    r"\b(?:Presidential|President’s|President's|Cabinet|Government|National|State|Prime)\b"
)
# Offices one person holds in a country at a time.
_SOLE_OFFICES: Final = frozenset(
    ["president", "prime minister", "vice president", "king", "emir", "chancellor", "premier"]
)
_MAX_SUMMARY: Final = 400
# The words of a sentence that may credit a statement or a press office under the lead.
_CREDIT_WORDS: Final = re.compile(r"statement|[Pp]ress|[Mm]edia|[Ii]nformation")
# How many paragraphs under the lead may credit the statement a story draws on.
_STATEMENT_PARAGRAPHS: Final = 3
_SOURCES_PARAGRAPHS: Final = 2
_MAX_FIGURES: Final = 300  # per brief: a real brief has a few dozen at most


def parse_brief(text: str, *, brief_id: str, source_file: str | None = None) -> Brief:
    """Parse one brief's text into a Brief; never raises on any text."""
    try:
        return _parse(text, brief_id=brief_id, source_file=source_file)
    except Exception as exc:  # a parser bug must cost one brief's details, not the brief
        log.exception("parse_failed", brief_id=brief_id, error=type(exc).__name__)
        body = clean(text)
        return Brief(id=brief_id, source_file=source_file, body=body, summary=_clip(body))


def _parse(text: str, *, brief_id: str, source_file: str | None) -> Brief:
    cleaned = clean(text)
    header = split_header(cleaned)
    # The body's first line may begin after a header's `date` on the same line.
    start = len(cleaned) - len(header.body)
    body = strip_chrome(
        paragraph_lines(unwrap(header.body, start - cleaned.rfind("\n", 0, start) - 1))
    )
    dateline = parsed_dateline = parse_dateline(body)
    published = header.date
    if published is None and dateline and dateline.date_text:
        published = _dateline_date(dateline.date_text, body[dateline.end :])
        if published is not None and "/" in dateline.date_text:
            # a date in figures that reads either way round: the story's days may tell which
            published = _month_first(body, dateline.end, published)
    # A release's date on a line of its own under its title ends the lines above the body,
    # as a dateline does.
    date_line = _date_line(body) if dateline is None or published is None else None
    if published is None and date_line is not None:
        published = _month_first(body, date_line[1], date_line[0])
    if date_line is not None and _at_foot(body, date_line[1]):
        # "Title\n\nThe text of a short release.\n\nMinistry\n4 March 2025": its date at
        # its foot dates it but ends no lines above a body.
        date_line = (date_line[0], 0, date_line[2])
    if dateline is None and date_line is not None and date_line[2] is not None:
        dateline = Dateline(date_line[2], None, None, date_line[1])
    if published is None and header.source_url:
        published = _url_date(header.source_url)
    if published is None and dateline and dateline.date_text:
        published = _year_after_results(dateline.date_text, body[dateline.end :])
    if published is None and dateline and dateline.date_text:
        published = _year_of_weekday(dateline.date_text, body[dateline.end :])
    sents = sentences(body)
    finder = PeopleFinder(body, parsed_dateline, sents)  # as written, not a date line's place
    people = finder.find()
    mentions = finder.mentions
    names = [p.name for p in people]
    dateline_end = dateline.end if dateline else date_line[1] if date_line else 0
    body_sents = _without_dateline(sents, dateline_end)
    lead_paragraph = _lead_paragraph(body_sents)
    # ("Harbourton. Text": a dateline closed by a full stop is a sentence of its own, no
    # part of the lead.)
    lead = [s.text for s in sents if s.paragraph == lead_paragraph and s.end > dateline_end]
    own_lead = len(lead)
    lead_last = lead_paragraph  # the last paragraph of the lead (a line above it may open it)
    # The sentences from the lead on (a newsletter's contents above it left out).
    from_lead = (
        [s for s in body_sents if s.paragraph >= lead_paragraph]
        if body_sents and lead_paragraph != body_sents[0].paragraph
        else body_sents
    )
    if (
        len(lead) == 1
        and len(from_lead) > 1
        and (
            len(lead[0].split()) <= 6
            or (len(lead[0].split()) <= 20 and not lead[0].rstrip().endswith((".", "!", "?")))
        )
    ):
        # "Orvala Online, Tuesday 12 May 2026": a byline line; a title line opening the body:
        # the lead is what follows.
        lead += [s.text for s in sents if s.paragraph == from_lead[1].paragraph]
        lead_last = from_lead[1].paragraph
        under = _paragraph_under_byline(from_lead, lead_last)
        if under is not None:
            # "Headline\n\nStandfirst\n\nBy Harbour staff\n\nText": the story opens
            # under its byline.
            lead += [s.text for s in sents if s.paragraph == under]
            lead_last = under
        elif len(lead) == 2 and _title_like(lead[1]):
            # "Harbour.kz\n\nBusiness / Finance\n\nHeadline\n\nText": the outlet's name, its
            # section and the headline, each a paragraph; the lead is the text under them.
            under_titles = _text_under_titles(from_lead, from_lead[1].paragraph)
            lead += [s.text for s in under_titles]
            if len(under_titles) == 1:
                # "Headline\n\nBy A. Writer\n\nOne sentence.\n\nX met Y, ..., Z reported.":
                # a one-sentence opening, whose attribution may close the next paragraph
                after = (s for s in from_lead if s.paragraph > under_titles[0].paragraph)
                if (next_sentence := next(after, None)) is not None:
                    lead += [s.text for s in sents if s.paragraph == next_sentence.paragraph]
        elif len(lead) == 2 and len(from_lead) > 2:
            # "Headline\n\nOne sentence of figures.\n\nX met Y ..., Agency informs.": a
            # one-sentence lead under its headline, whose attribution may close the next
            # paragraph, as a wire story's (below)
            lead += [s.text for s in sents if s.paragraph == from_lead[2].paragraph]
    elif len(lead) == 1 and len(from_lead) > 1:
        # A wire story's one-sentence lead: its attribution may close the next paragraph.
        lead += [s.text for s in sents if s.paragraph == from_lead[1].paragraph]
    paras = paragraphs(body)
    agency = (dateline.agency or dateline.office) if dateline else None
    credited_lead = lead
    if dateline and dateline.agency and _agency_first(body, dateline):
        # "(Agency) - ROME, NOV 26 - Text": the agency's own credit opening its story, as
        # "(Agency) -- Text" does: a source the next paragraph names is one it quotes.
        credited_lead = lead[:own_lead]
    if agency is None:
        for at, lead_text in enumerate(lead[:2]):
            if "(" in lead_text and (bare := _BARE_AGENCY.search(lead_text)) is not None:
                # "(Bloomberg) -- Text": an agency without a city. Its story's lead is its
                # paragraph: a source the next paragraph names is one the agency quotes.
                agency = bare.group("agency")
                credited_lead = lead[:own_lead] if at == 0 else lead[at:]
                break
    reported_by = find_source(
        credited_lead,
        agency,
        names,
        header.source_name,
        _poster(paras)
        or _desk_byline(paras)
        or _signature(paras)
        or _page_office(paras)
        or _label(paras)
        or _outlet_byline(paras),
        closing=paras[-1][1] if len(paras) > 2 else None,
    )
    if reported_by is None and len(from_lead) > 1:
        # "..., according to the presidential press service.": a press service credited in
        # the paragraph under the lead, nothing above crediting any.
        below = next((s.paragraph for s in from_lead if s.paragraph > lead_last), None)
        reported_by = press_service_credit(
            [s.text for s in from_lead if s.paragraph == below], names
        )
    if reported_by is None and len(from_lead) > 1:
        # "According to a statement issued by the PM Office, ...": an office's statement the
        # story draws on, credited in one of the paragraphs under the lead.
        upto = lead_paragraph + _STATEMENT_PARAGRAPHS
        reported_by = statement_credit(
            [s.text for s in from_lead if s.paragraph <= upto and _CREDIT_WORDS.search(s.text)],
            names,
            [
                s.text
                for n, s in enumerate(from_lead)
                if s.paragraph <= upto
                and s.text.startswith("In a ")
                and (n == 0 or from_lead[n - 1].paragraph != s.paragraph)
            ],
        )
    if reported_by is None:
        # "Harbour.ab, 25 Nov 2027 - 17:20": the outlet's address on the page's date line,
        # when the story credits no one.
        reported_by = _dated_outlet(paras)
    if reported_by is None and from_lead:
        # "..., according to Sylvanian diplomatic sources.": the sources a story crediting no
        # agency or office tells, in its first paragraphs (a kicker's and byline's lines
        # above them may make the first of them the lead).
        reported_by = sources_credit(
            [s.text for s in from_lead if s.paragraph <= lead_paragraph + _SOURCES_PARAGRAPHS]
        )
    if reported_by is None and "ccording to the p" in body:
        # "..., according to the presidential office.": the head of state's or government's
        # office a story crediting no one else draws on, unnamed, as Seoul's press writes it
        office = _HEAD_OFFICE_CREDIT.search(body)
        reported_by = office.group(1) if office else None
    if reported_by is None and from_lead:
        # "..., the Velmoran Commission said in a readout.": an office's statement credited
        # at the close of a sentence further down, nothing else crediting any.
        reported_by = closing_statement_credit([s.text for s in from_lead], names)
    if published is None:
        published = _foot_date(paras)
    if published is None:
        # "On November 19, 2026, the Deputy Minister held ...": a release dated only by the
        # day its first sentence (under a title line, if any) tells of.
        opening = next(filter(None, (_OPENING_DATE.match(s.text) for s in body_sents[:2])), None)
        published = parse_date(opening.group(1)) if opening else None
    if published is None:
        # "Spokesperson's Regular Press Conference on November 25, 2026": a title closing
        # with a full date dates a release that gives no other.
        # A heading too long for a title line counts too ("Joint Press Conference of A and B,
        # 25 November 2026, Ankara").
        title = header.title or _title_line(body, dateline_end) or body.lstrip().split("\n", 1)[0]
        closing = _TITLE_DATE.search(title) if title else None
        published = parse_date(closing.group(1)) if closing else None
    city = (dateline.city or None) if dateline else None
    credit = (dateline.site or dateline.agency) if dateline else None
    if (
        credit
        and country_of_agency(credit) is None
        and not (
            f"({credit})" in body[: dateline.end if dateline else 0]
            and country_of_bracketed_credit(credit)
        )
    ):
        city = None  # an international agency's dateline says where the reporter was
    # "July 3, 2027 (Sylvan Daily)": a paper naming its country beside its date line writes
    # from home, wherever its dateline's city is.
    paper = _dated_paper_country(body) if reported_by is None and date_line else None
    home = (
        paper
        or _home_country(
            reported_by,
            city,
            header.source_name,
            credit,
            header.source_url,
        )
        or _masthead_country(body)
    )
    if home is None and len(paras) > 1 and (signed := signing_city(paras[-1][1])) is not None:
        home = country_of_city(signed)  # "Ministry of Foreign Affairs, Harbourton" at its foot
    mention_counts = _mentioned_countries(body, finder.tokens, finder.capitals)
    mentioned = list(mention_counts)
    if home is not None and home not in mentioned and len(mentioned) > 1 and city:
        # "TASHKENT, Uzbekistan, November 26 ... Trend reports": an outlet's correspondent
        # tells of two other countries, the dateline's one of them. (A story of the outlet's
        # own leader abroad may not name his country: "HANOI (Kyodo) -- Prime Minister X held
        # talks with his Vietnamese counterpart".)
        local = country_of_city(city)
        if local in mentioned:
            home = local
        elif (
            local == home and _home_country(reported_by, None, header.source_name, credit) is None
        ):
            # "ANTALYA – Tajikistan and Kyrgyzstan used a side event at the UN climate
            # talks": a reporter at a venue abroad; the venue's country is nobody's home.
            home = None
    if (
        home is not None
        and city
        and lead
        and "isit to " in lead[0]  # ("State Visit to")
        and home == country_of_city(city)
        and _home_country(reported_by, None, header.source_name, credit) is None
        and home in mentioned[:2]
        and len(mentioned) > 1
        and _visit_of_own_to(lead[0]) == home
    ):
        # "HARBOURTON, 3 May — President X ..., on the second day of the President's State
        # Visit to Y": the visitor's own release from the host's capital; the release is of
        # the other of the two countries it names most, not of the capital's.
        home = mentioned[1] if mentioned[0] == home else mentioned[0]
    side = (
        _unqualified_side(people, mention_counts)
        if home is None
        # (a body's release, or a text on a body: its officials are the unqualified ones)
        and not (reported_by and _BODY_CREDIT.search(reported_by))
        and not names_international_body(body)
        else None
    )
    visited = (
        {i: finder.countries_visited(p) for i, p in enumerate(people) if p.country is None}
        if home or side
        else {}
    )
    implied = _fill_countries(
        people, home or side, mentioned, visited, titled_only=side is not None
    )
    quotes = find_quotes(body, mentions, people)
    quote_spans = [(q.start, q.end) for q in quotes]
    by_sentence: list[list[FigureFound]] = []
    count = 0
    index = MentionIndex(mentions)
    money_home = home or _byline_country(body) or side
    # (a brief at home nowhere: the one country it names whose press writes "P5 million")
    lettered = [c for c in mentioned if c in HOME_LETTER_PREFIXES] if not money_home else []
    letter_country = lettered[0] if len(lettered) == 1 else None
    for sentence in body_sents:
        if count >= _MAX_FIGURES:
            break
        blocked = [
            (m.start - sentence.start, m.end - sentence.start)
            for m in index.between(sentence.start, sentence.end)
        ]
        by_sentence.append(find_figures(sentence, blocked, money_home, letter_country))
        count += len(by_sentence[-1])
    refer_back(
        by_sentence,
        body,
        money_home,
        _heading_lines(body_sents),
        (mentioned[0], mentioned[1]) if len(mentioned) > 1 else None,
    )
    drop_lead_repeats(
        by_sentence, {n for n, s in enumerate(body_sents) if s.paragraph == lead_paragraph}
    )
    figures = [figure for found in by_sentence for figure in found][:_MAX_FIGURES]
    if dateline_end:
        figures = _standfirst_figures(sents, dateline_end, figures, money_home, letter_country)
    meetings = find_meetings(
        body,
        bullet_items(sents),  # (a list's items tell an event each)
        people,
        mentions,
        published,
        quote_spans,
        dateline_end,
        (dateline.city or None) if dateline else None,
    )
    if published is not None and _live_blog(body[:_LIVE_HEAD]):
        # A live blog's entries tell the day's events as they happen: a meeting with no day
        # of its own is of the blog's day.
        for meeting in meetings:
            if meeting.date is None:
                meeting.date = published
    elif "-day visit" in body and _ONE_DAY_VISIT.search(body):
        # "X arrived for a one-day visit": its meetings are all of one day, the day of those
        # the story dates (a meeting held elsewhere, "during a meeting in Harbourton in
        # November", is none of them)
        days = {meeting.date for meeting in meetings} - {None}
        places = {meeting.place for meeting in meetings if meeting.date is not None}
        if len(days) == 1:
            for meeting in meetings:
                if meeting.date is None and (meeting.place is None or meeting.place in places):
                    meeting.date = next(iter(days))
    _hosts_abroad(people, meetings, implied, home or side, city, body)
    if any(p.country is None and p.title and not p.eu_office for p in people):
        _hosts_of_visit(people, meetings)
    title_line = _title_line(body, dateline_end)
    if title_line is None and date_line is not None and dateline_end == date_line[1] > 0:
        title_line = _title_under(body, date_line[1])
    heading = header.title or title_line
    if (
        not meetings
        and len(people) == 2
        and heading is not None
        and heading.startswith(_CALL_HEADINGS)
        and any(p.name.split()[-1] in heading for p in people)
    ):
        # "Telephone conversation with President of Velmora Aldo Varga" over a head of
        # state's readout: the call of the guest it names with the one other person the
        # text names, the site's own principal, on the day of the readout.
        meetings = [MeetingFound([0, 1], published, None, "phone call")]
    # A title line opening a body without dateline (or under a date line: "Channel, [date]\n
    # Title") is no part of the summary.
    title_at = body.find(title_line) if title_line else -1
    title_end = (
        title_at + len(title_line)
        if title_line and (not dateline_end or title_at >= dateline_end)
        else 0
    )
    # A headline's words repeat the story's in short ("discuss water, energy and trade at
    # Tashkent talks"): topics come from the story told below it, or from the headline when
    # the story names none (a post of a headline and one sentence).
    topics = find_topics([s for s in body_sents if s.start >= title_end], body, quote_spans, names)
    if not topics and title_end:
        topics = find_topics(body_sents, body, quote_spans, names)
    countries = _countries(people, mentioned)
    brief_title = header.title or title_line or _headline(body_sents, 0, meetings, people)
    # One validation of the whole record: the nested models are built by pydantic's core
    # from plain dicts, with the same checks and coercions as building each model.
    person_records = [{"name": p.name, "title": p.title, "country": p.country} for p in people]
    return Brief.model_validate(
        {
            "id": brief_id,
            "source_file": source_file,
            "date": published,
            "dateline": (dateline.city or None) if dateline else None,
            "reported_by": reported_by,
            "title": brief_title,
            "meetings": [
                {
                    "participants": [person_records[i] for i in m.participants],
                    "date": m.date,
                    "place": m.place,
                    "kind": m.kind,
                }
                for m in meetings
            ],
            "people": person_records,
            "countries": countries,
            "figures": [
                {
                    "text": f.text,
                    "value": f.value,
                    "unit": f.unit,
                    "approx": f.approx,
                    "measures": f.measures,
                    "sentence": f.sentence,
                }
                for f in figures
            ],
            "topics": topics,
            "quotes": [
                {
                    "speaker": people[q.speaker].name if q.speaker is not None else None,
                    "text": q.text,
                }
                for q in quotes
                if q.text
            ],
            "summary": _summary(body_sents, title_end),
            "body": body,
            "source_url": header.source_url,
        }
    )


# A live blog's marks near its top: a "LIVE" label, a title opening "Live:" or closing "as it
# happened", "live coverage", "live blog".
_LIVE: Final = re.compile(
    r"(?m)^(?:LIVE|Live)(?:[ \t]*$|:[ ])|\bas it happened[ \t]*$|\blive (?:coverage|blog)\b"
)
_LIVE_HEAD: Final = 800  # how far from the top a live blog's mark lies
# Every match of _LIVE holds one of these: the pattern opens with "^" and "\b", so a search
# tries it at every character (3.5% of a warm parse of the seed brief); these scans skip it
# where it cannot match. (The older gate, "ive", is kept as it was: it passes no top that
# marks a live blog with "LIVE" alone.)
_LIVE_WORDS: Final = ("LIVE", "Live", "as it happened", "live ")
_ONE_DAY_VISIT: Final = re.compile(r"\b(?:a|his|her|their)\s+one-day\s+(?:\w+\s+)?visit\b")


# "according to the presidential office", "according to the prime minister's office".
_HEAD_OFFICE_CREDIT: Final = re.compile(
    r"ccording to the ((?:presidential|president['’]s|prime minister['’]s) office)\b"
)


def _live_blog(head: str) -> bool:
    """Whether the top of a body (its first _LIVE_HEAD characters) marks a live blog."""
    return (
        "ive" in head
        and any(word in head for word in _LIVE_WORDS)
        and _LIVE.search(head) is not None
    )


def _agency_first(body: str, dateline: Dateline) -> bool:
    """Whether the dateline opens with its agency in brackets and a dash, before the city
    ("(Agency) - ROME, NOV 26 - ")."""
    at = body.find(f"({dateline.agency})", 0, dateline.end)
    if at < 0:
        return False
    after = body[at + len(dateline.agency or "") + 2 : at + len(dateline.agency or "") + 6]
    return after.lstrip(" ")[:1] in ("-", "–", "—") and not body[:at].strip(" \t")[-1:].isalnum()


def _date_line(body: str) -> tuple[dt.date, int, str | None] | None:
    """A date on a line of its own near the top ("Japan-X Meeting\n\nNovember 21, 2026", in
    capitals too, after a label, or with where it happened after it), with its year: the
    publication date of a release without header or dateline date, where its line ends, and
    the city of a place line ("November 24, 2026, 15:10, The Kremlin, Moscow")."""
    pos = 0
    lines = 0  # the first six lines with text, blank lines between them or not
    above: list[str] = []  # the lines above, back to the last blank one
    for line in body.split("\n", 16)[:16]:
        end = pos + len(line)
        if lines >= 6:
            # "Release date: 25 November 2026" under a site's menus, a title and a minister's
            # portfolios: a labelled date line further down, above any running text.
            if _text_line(line):
                break
            if not _LABELLED_DATE.match(line):
                pos = end + 1
                continue
        if line.strip():
            found = line_date(line)
            if found is None and " - " in line and (page := page_line(line)) is not None:
                found = parse_date(page[1]), None  # "KYODO NEWS - Mar 3, 2027 - 09:15 | World"
            if found is not None:
                date, city = found
                if date is not None and city is None and (below := place_below(body, end)):
                    city, end = below  # "September 3, 2027\n13:40\nHarbourton"
                elif date is not None and city is None and len(above) >= 2:
                    city = _city_over_outlet(above[-2], above[-1])
                return (date, end, city) if date is not None else None
            lines += 1
        above = [*above, line.strip()] if line.strip() else []
        pos = end + 1
    return None


def _city_over_outlet(first: str, second: str) -> str | None:
    """The city of a paper's place line over its name, over its date line ("Harbourton\n
    Sylvan Times\nMarch 3, 2027, 11:47 PM"): a known city, then a known outlet's name."""
    if len(first.split()) > 3 or not is_city(first) or not _known_outlet(second):
        return None
    return first.title() if first.isupper() else first


# A date line's label that no sentence opens with: "Release date:", "Published:", "Date:".
_LABELLED_DATE: Final = re.compile(
    r"\s*(?i:release\s+date|date\s+of\s+(?:publication|release)|published(?:\s+on)?|date)\s*:"
)


def _at_foot(body: str, line_end: int) -> bool:
    """Whether the date line ending at `line_end` closes a release: a line of running text
    above it, none below it."""
    line_start = body.rfind("\n", 0, line_end) + 1
    above = body[:line_start].split("\n")
    return any(map(_text_line, above)) and not any(map(_text_line, body[line_end:].split("\n")))


def _text_line(line: str) -> bool:
    """Whether a line is running text: ten words or more, closed by a sentence's end."""
    line = line.rstrip()
    return line.endswith((".", "!", "?", '"', "”")) and line.count(" ") >= 9


def _text_under_titles(sents: list[Sentence], after: int) -> list[Sentence]:
    """The sentences of the first paragraph after paragraph `after` that is not a title-like
    line of its own, looked for among the next three; none if there is none."""
    groups = itertools.groupby((s for s in sents if s.paragraph > after), lambda s: s.paragraph)
    for _, group in itertools.islice(groups, 4):
        texts = list(group)
        if len(texts) > 1 or not _title_like(texts[0].text):
            return texts
    return []


def _title_like(text: str) -> bool:
    """Whether a paragraph of one sentence is a headline: short, no sentence's end mark."""
    return len(text.split()) <= 20 and not text.rstrip().endswith((".", "!", "?", '"', "”"))


# How the readout of a head of state's call is headed on the state's own site.
_CALL_HEADINGS: Final = (
    "Telephone conversation with ",
    "Telephone call with ",
    "Phone conversation with ",
    "Phone call with ",
)


def _title_line(body: str, dateline_end: int) -> str | None:
    """The title a release prints above its dateline or date line ("Joint press statement
    following ...\n\nBrussels, 17 November 2026"), or above a body without either: a first
    line of its own that ends no sentence and is no byline or label."""
    above = body[:dateline_end].strip() if dateline_end else body.strip()
    if label := _NUMBERED_LABEL.match(above):
        above = above[label.end() :]  # "PRESS RELEASE N° 287/2026\n\nTitle\n\nDakar, ..."
    first, blank, rest = above.partition("\n\n")
    first = first.strip()
    if "\n" in first and first.count("\n") <= 2 and _RELEASE_LABEL.search(first):
        # "Communications Department\nPress release 26.11.2026 16.05", "Press Release 12/2026
        # \nTuesday, 17 November 2026": the issuer's block of lines above the title.
        first, blank, rest = rest.partition("\n\n")
        first = first.strip()
    head, _, under = first.partition("\n")
    if under and all(is_date_line(line) or _BYLINE.match(line) for line in under.split("\n")):
        # "Title\nBy A. Writer\n26 November 2026 15:20": a title with its byline and time.
        first, blank, rest = head.strip(), "\n", under + blank + rest
    if not blank or "\n" in first or not rest.strip() or not 10 <= len(first) <= 160:
        return None
    if first.endswith((".", ":", "!", "?", '"', "”")) or _NOT_A_TITLE.match(first):
        return None
    if is_date_line(first):
        return None  # "18.10.2023\n\nASTANA – ...": a date line above the dateline
    if not dateline_end and len(first.split()) > 20:
        return None  # a lead paragraph that lost its full stop, not a title
    return first


def _title_under(body: str, date_line_end: int) -> str | None:
    """The title on the line right under a page's or a post's date line, alone in its
    paragraph ("Channel, [02.04.2025 11:05]\nTitle\n\nText")."""
    block = body[date_line_end:].lstrip(" \t").removeprefix("\n").split("\n\n", 1)[0].strip()
    if "\n" in block or not 10 <= len(block) <= 160 or block.endswith((".", ":", '"', "”")):
        return None
    return block


_BYLINE: Final = re.compile(r"\s*By\s+[A-Z]")
_RELEASE_LABEL: Final = re.compile(r"(?im)^(?:press|news|media)\s+release\b")
# A release's numbered label on its own paragraph: "PRESS RELEASE N° 287/2026".
_NUMBERED_LABEL: Final = re.compile(
    rf"(?i:(?:press|news)\s+release)\s+{RELEASE_NUMBER}[ \t]*\n[ \t]*\n\s*"
)
# Lines above a dateline that are no title: a byline, a label.
_NOT_A_TITLE: Final = re.compile(r"(?i:by\s|press\s+release|news\s+release|statement\b|news\b)")


def _signature(paras: list[tuple[int, str]]) -> str | None:
    """Who signs the brief: its last paragraph, or the last line of the one before ("The
    press service of the parliament reported." above an agency's own closing note)."""
    if len(paras) < 2:
        return None
    found = signature_of(paras[-1][1])
    if found is None and len(paras) > 2:
        last_line = paras[-2][1].strip().rsplit(". ", 1)[-1]
        found = signature_of(last_line)
    return found


def _poster(paras: list[tuple[int, str]]) -> str | None:
    """The office a page's date line among its first lines names as its poster ("Posted on
    26 November 2026 by Chamber Communications"): it credits the page more surely than the
    office a contact block at its foot names."""
    for _, para in paras[:3]:
        first = para.strip().partition("\n")[0]
        if " by " in first and (poster := posted_by(first)) is not None:
            return poster
    return None


def _page_office(paras: list[tuple[int, str]]) -> str | None:
    """The office a government page names as its own: on a "From:" line over the page's date
    ("From: Department of Trade\nPublished 3 March 2027"), or in a heading over the page's
    title ("Chancellery of the Prime Minister\n\nTitle\n\n02.07.2024"), the last of its
    heading lines ("Presidency of X\nDirectorate of Communications"). A heading in one block
    with the page's label and date ("Council of X\nPress release\n3 March 2027") or under a
    government's banner ("Ministry of X\nGovernment of Y") is the site's masthead, left to
    what the page's foot signs."""
    for _, para in paras[:_PAGE_HEAD]:
        if "\n" not in para:
            continue  # one line: no line under it (most paragraphs: running text)
        lines = [line.strip() for line in para.strip().split("\n")]
        for line, under in itertools.pairwise(lines):
            if line[:4] in ("From", "Pres", "News", "Medi") and is_date_line(under):
                author = page_author(line)
                if author is not None:
                    return author
    for n, (_, para) in enumerate(paras[:_HEADING_PARAS]):
        lines = [line.strip() for line in para.strip().split("\n")]
        if any(_ends_text(line) for line in lines):
            return None
        offices = [line for line in lines if office_heading(line)]
        if offices and all(line in offices for line in lines):
            if any(line.startswith("Government of") for line in offices):
                return None
            return offices[-1] if _title_below(paras[n + 1 : n + 5]) else None
        if offices:
            return None
    return None


# How many paragraphs from the top a page's author line or office heading may lie.
_PAGE_HEAD: Final = 6
_HEADING_PARAS: Final = 3
# A page's label or time: "Press release", "News", "Press release – Energy", "17:30".
_PAGE_LABEL: Final = re.compile(
    r"(?i:press|news|media)(?:\s+(?:release|statement))?(?:\s+[-–—]\s+[^\n]{1,40})?"
    r"|\d{1,2}[:.]\d{2}"
)


def _ends_text(line: str) -> bool:
    """Whether a line is running text: a sentence's end, or too long for a heading."""
    return len(line) > 160 or line.endswith((".", "!", "?"))


def _page_matter(line: str) -> bool:
    """Whether a line is a page's label, time or date line."""
    return _PAGE_LABEL.fullmatch(line) is not None or is_date_line(line)


def _title_below(paras: list[tuple[int, str]]) -> bool:
    """Whether a title line (three words or more, no label, date or office) lies in the
    paragraphs under a page's heading, above its running text."""
    for _, para in paras:
        for line in (line.strip() for line in para.strip().split("\n")):
            if _ends_text(line):
                return False
            if len(line.split()) >= 3 and not (_page_matter(line) or office_heading(line)):
                return True
    return False


def _label(paras: list[tuple[int, str]]) -> str | None:
    """The office a release is headed with, on a line of its own in capitals among its first
    lines ("Readout of ...\n\nOFFICE OF THE SPOKESPERSON\n\nNOVEMBER 20, 2026")."""
    for _, para in paras[:3]:
        found = label_source(para)
        if found:
            return found
        if " - " in para and (page := page_line(para.strip().split("\n", 1)[0])):
            return page[0]  # "KYODO NEWS - Mar 3, 2027 - 09:15 | World" over no dateline
        if "Source:" in para:
            # "Release Time: 2026-03-03 18:25   Source: Department of Trade"
            found = next(filter(None, map(dated_source, para.split("\n"))), None)
            if found:
                return found
            # "Date: 2026-11-26\nData Source: Department of Trade": the field on the line
            # under the page's date line.
            lines = [line.strip() for line in para.strip().split("\n")]
            for above, line in itertools.pairwise(lines):
                field = _SOURCE_LINE.fullmatch(line)
                if field is not None and is_date_line(above):
                    return field.group(1)
        first, _, under = para.strip().partition("\n")
        by = _BY_AGENCY.fullmatch(first.strip()) if first.startswith("By") else None
        if by is not None and country_of_agency(by.group(1)) is not None:
            return by.group(1)  # "By: ONA\nPublished: ...": an agency's byline
        if under and "\n" not in under and is_date_line(under.strip()):
            # "Harbour News Service\nPublished: 3 March 2026"
            found = label_source(first, dated=True)
            if found:
                return found
        lines = para.strip().split("\n") if "\n" in para and "," in para else []
        if 1 < len(lines) <= _BYLINE_LINES:
            # "A. Writer\nBBC News, Mexico City\nPublished 24 November 2026": the outlet.
            found = next(filter(None, map(outlet_at_city, lines)), None)
            if found:
                return found
    return None


# A page's source field on a line of its own: "Data Source: Department of Trade".
_SOURCE_LINE: Final = re.compile(r"(?:Data[ ])?Source:[ ]*([A-Z][^\n|:]{1,80}?)")
# A byline that names an agency, not a writer: "By: ONA", "By AFP".
_BY_AGENCY: Final = re.compile(r"By:?[ ]+([A-Z][\w.-]{1,15}(?:[ ][A-Z][\w.-]{1,15})?)")
# A byline that names an outlet's language service or desk: "By Radio Sylvania's Uzbek
# Service", "Sylvan Post's Foreign Desk" (the outlet's possessive before a desk).
_BY_SERVICE: Final = re.compile(
    r"By:?[ ]+([A-Z][\w./&-]*(?:['’]s)?(?:[ ][A-Z][\w./&’'-]*){0,3}[ ]Service)"
    r"|(?:By:?[ ]+)?([A-Z][\w./&-]*(?:[ ][A-Z][\w./&-]*){0,3}['’]s(?:[ ][A-Z][\w-]*){1,2}"
    r"[ ](?:Service|Desk))"
)


def _desk_byline(paras: list[tuple[int, str]]) -> str | None:
    """The outlet's service or desk a byline among the first lines names (_BY_SERVICE): it
    credits the story more surely than the wires named at its foot."""
    for _, para in paras[:_PAGE_HEAD]:
        if "Service" not in para and "Desk" not in para:
            continue  # neither word on any of its lines
        for line in para.strip().split("\n")[:_BYLINE_LINES]:
            if ("Service" in line or "Desk" in line) and (
                desk := _BY_SERVICE.fullmatch(line.strip())
            ):
                return desk.group(1) or desk.group(2)
    return None


_BYLINE_LINES: Final = 4  # a byline block's lines: the writer, the outlet, the date
# An outlet's name as a byline's field or line: capitalised words, the first maybe initials.
_OUTLET_NAME: Final = re.compile(r"(?:The[ ])?[A-Z][\w.&’'-]*(?:[ ][A-Z][\w.&’'-]*){0,3}")


def _named_outlet(name: str) -> bool:
    return _OUTLET_NAME.fullmatch(name) is not None and (
        country_of_agency(name) is not None or _OUTLET_WORDS.search(name) is not None
    )


def _outlet_byline(paras: list[tuple[int, str]]) -> str | None:
    """The outlet a page's byline block names as its own among the first lines: a field after
    the writer's ("By A. WRITER | Harbour Daily | Updated: ..."), a known agency as the
    byline ("By Xinhua"), or a known agency's name on a line of its own under the page's
    date line ("Updated 22:18, 23-Oct-2026\nCGTN"); a wire a foot line credits ("With input
    from ...") and a release's signature come first."""
    for _, para in paras[:_PAGE_HEAD]:
        if "By " not in para and "\n" not in para:
            continue  # one line that is no byline (most paragraphs: running text)
        lines = [line.strip() for line in para.strip().split("\n")[:_BYLINE_LINES]]
        for at, line in enumerate(lines):
            if line.startswith("By ") and "|" in line:
                fields = [field.strip() for field in line.split("|")[1:]]
                outlet = next((f for f in fields if _named_outlet(f)), None)
                if outlet is not None:
                    return outlet
            elif line.startswith("By ") and _known_outlet(line[3:]):
                return line[3:]
            elif at > 0 and _known_outlet(line) and is_date_line(lines[at - 1]):
                return line
    return None


def _dated_outlet(paras: list[tuple[int, str]]) -> str | None:
    """The known outlet whose web address a date line among the first lines opens with
    ("Harbour.ab, 25 Nov 2027 - 17:20"): the page's own credit, below any the story gives."""
    for _, para in paras[:_HEADING_PARAS]:
        for line in para.strip().split("\n")[:_BYLINE_LINES]:
            if "," in line and (outlet := dated_outlet(line)) is not None:
                return outlet
    return None


def _known_outlet(name: str) -> bool:
    """Whether a line is a known agency's or outlet's name and nothing else."""
    return _OUTLET_NAME.fullmatch(name) is not None and country_of_agency(name) is not None


_OUTLET_WORDS: Final = re.compile(rf"\b(?:{PAPER_NAME_WORDS}|{NEWS_NAME_WORDS})$")


_OPENING_DATE: Final = re.compile(
    rf"On\s+((?:{MONTH})\.?\s+\d{{1,2}},?\s+(?:19|20)\d\d|\d{{1,2}}\s+(?:{MONTH})\s+(?:19|20)\d\d),"
)
_TITLE_DATE: Final = re.compile(
    rf"(?:\bon|[,(|–—])\s+((?:{MONTH})\.?\s+\d{{1,2}},?\s+(?:19|20)\d\d"
    rf"|\d{{1,2}}\s+(?:{MONTH})\s+(?:19|20)\d\d)\)?"
    # "Joint Press Conference of ..., 25 November 2026, Ankara": where it was held after it.
    r"(?:,\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)?$"
)
# The closing line of a treaty or joint statement: "Done in Tashkent on 25 November 2026".
_DONE_AT: Final = re.compile(
    r"(?:Done|Signed)\s+(?:in|at)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?,?\s+(?:on\s+)?(?:the\s+)?"
    rf"(?P<date>\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}\s+\d{{4}}|{MONTH}\s+\d{{1,2}},?\s+\d{{4}})"
)


# A contact line under a release's signature: "Tel: +233 ...", "Media enquiries: +94 ...".
_FOOT_CONTACT: Final = re.compile(
    r"(?i:tel|phone|fax|e-?mail|media\s+(?:enquiries|inquiries|contact)|contact)\b[^\n]*"
)
_ORDINAL_TITLED: Final = re.compile(r"(?<=\d)(?:St|Nd|Rd|Th)\b")


# A wire's closing stamp: its name or its editors' initials, then the date in figures and
# the time it was filed ("//Agency// AB 16/11/2027 19:05:21").
_FOOT_STAMP: Final = re.compile(
    r"(?:[^\s\d]\S{0,20}[ ]+){1,3}(\d{1,2}[/.]\d{1,2}[/.](?:19|20)\d\d)"
    r"[ ]+\d{1,2}:\d{2}(?::\d{2})?"
)


def _foot_date(paras: list[tuple[int, str]]) -> dt.date | None:
    """The date a release is signed with at its foot: "New Delhi\nNovember 14, 2025" (a block
    of a few short lines, the date with its year last)."""
    if len(paras) < 2:
        return None
    closing = paras[-1][1].strip().rsplit("\n", 1)[-1]
    stamp = _FOOT_STAMP.fullmatch(closing) if ":" in closing else None
    if stamp is not None and (stamped := line_date(stamp.group(1))) is not None:
        return stamped[0]  # "//Agency// AB 16/11/2027 19:05:21": the wire's closing stamp
    for _, para in paras[-3:]:
        done = _DONE_AT.match(para.strip())
        if done:  # "Done in Tashkent on 25 November 2026, in two originals, ..."
            return parse_date(done.group("date"))
    lines = [line.strip() for line in paras[-1][1].strip().split("\n")]
    # "ISSUED BY:\n...\n20TH NOVEMBER 2026\nTel: +233 ...", "Colombo\n18 November 2026\n\n
    # Media enquiries: +94 ...": contact lines under the signature (in its block or as the
    # last paragraph) are no part of it.
    while len(lines) > 1 and _FOOT_CONTACT.match(lines[-1]):
        lines.pop()
    if len(lines) == 1 and _FOOT_CONTACT.match(lines[0]):
        lines = [line.strip() for line in paras[-2][1].strip().split("\n")]
    if len(lines) > 4 or any(len(line.split()) > 8 for line in lines[1:]):
        return None
    if len(lines[0].split()) > 8 and (len(lines) == 1 or signature_of(lines[0]) is None):
        return None  # a line of text, not an office signing above its place and date
    last = lines[-1].title() if lines[-1].isupper() else lines[-1]
    last = _ORDINAL_TITLED.sub(lambda m: m.group().lower(), last)  # "20Th" of "20TH"
    if ANY_DATE.fullmatch(last) and re.search(r"\b(?:19|20)\d\d\b", last):
        return parse_date(last)
    if len(lines) > 1 and "," in last and (placed := place_date(last)) is not None:
        return placed[0]  # "Harbourton, 3 March 2027" under the office that signs
    return None


def _heading_lines(sents: list[Sentence]) -> int:
    """How many of the first sentences close with no sentence's end mark: the lines above a
    story (a site's labels, its headline, a standfirst, a byline)."""
    count = 0
    for sentence in sents:
        line = sentence.text.rstrip()
        if not line or line[-1] in _CLOSING_MARKS:
            break
        count += 1
    return count


_CLOSING_MARKS: Final = ".!?\"'”’»…"


def _paragraph_under_byline(sents: list[Sentence], above: int) -> int | None:
    """The paragraph under a byline alone in the paragraph after `above` ("By Harbour
    staff", "By Aldo Varga"), or None when that paragraph is no such byline."""
    rest = (s for s in sents if s.paragraph > above)
    byline = next(rest, None)
    if (
        byline is None
        or not byline.text.startswith("By ")
        or len(byline.text.split()) > _BYLINE_WORDS
        or byline.text.rstrip().endswith(".")
        or not _BYLINE.match(byline.text)
    ):
        return None
    text = next(rest, None)
    if text is None or text.paragraph == byline.paragraph:
        return None
    return text.paragraph


_BYLINE_WORDS: Final = 6  # the most words of a byline's line ("By A. Writer and B. Writer")


def _lead_paragraph(sents: list[Sentence]) -> int:
    """The paragraph of the lead: the first, unless the first ones hold only lines in capitals
    or bullets, as a newsletter opens ("WEEKLY NEWSLETTER\n\nIN THIS ISSUE\n• Item\n\n
    SUBHEADING\n\nText"); then the first paragraph below them that has a line of text."""
    if not sents:
        return 0
    first = sents[0].paragraph
    if any(c.islower() for c in sents[0].text):
        return first  # the common case: a paragraph of text, or a title in normal case
    texts: dict[int, list[str]] = {}
    for sentence in sents:  # in order: stop at the first paragraph past those read
        if sentence.paragraph not in texts and len(texts) == _LEAD_SKIP:
            break
        texts.setdefault(sentence.paragraph, []).append(sentence.text)
    for paragraph, parts in texts.items():
        lines = [line.strip() for part in parts for line in part.split("\n") if line.strip()]
        if not all(line.isupper() or line.startswith(_BULLETS) for line in lines):
            return paragraph
    return first


# The paragraphs of capitals and bullets a lead may sit under, and the bullets of a list.
_LEAD_SKIP: Final = 6
_BULLETS: Final = ("•", "-", "*", "–", "·", "▪")


def _standfirst_figures(
    sents: list[Sentence],
    dateline_end: int,
    figures: list[FigureFound],
    home: str | None,
    letter_country: str | None,
) -> list[FigureFound]:
    """The story's `figures` after those of the sentences above its dateline that the story
    does not tell again: a standfirst's or a synopsis's full sentences ("Synopsis\nX and Y
    met. A pledge of $5 billion is on track.") carry news of their own; a headline, with no
    full stop, only repeats the story's."""
    told = {(figure.value, figure.unit) for figure in figures}
    above = [
        figure
        for sentence in sents
        if sentence.end <= dateline_end and sentence.text.rstrip().endswith(".")
        for figure in find_figures(sentence, [], home, letter_country)
        if (figure.value, figure.unit) not in told
    ]
    return [*above, *figures][:_MAX_FIGURES] if above else figures


def _without_dateline(sents: list[Sentence], dateline_end: int) -> list[Sentence]:
    """The sentences with the dateline (and any byline above it) cut away."""
    out: list[Sentence] = []
    for sentence in sents:
        if sentence.end <= dateline_end:
            continue  # a byline or a "Press release" label
        if sentence.start < dateline_end:
            cut = dateline_end - sentence.start
            cut += len(sentence.text[cut:]) - len(sentence.text[cut:].lstrip())  # a line end
            sentence = Sentence(
                sentence.text[cut:],
                sentence.start + cut,
                sentence.end,
                sentence.paragraph,
                sentence.low[cut:],
                sentence.words,
            )
        out.append(sentence)
    return out


# A year the lead reports on ("in January-September 2025"), not a target ("by 2030").
_LEAD_YEAR: Final = re.compile(r"(?<!by )(?<!until )(?<!to )\b((?:19|20)\d\d)\b")
# A reporting period of the year-to-date statistics wire stories quote: "in January-October
# 2026", "the first nine months of 2026", "the third quarter of 2026", "January through
# October 2026". The latest one is the year the story is written in.
_PERIOD_YEAR: Final = re.compile(
    rf"\b(?:{MONTH}\.?\s*(?:-|–|through|to)\s*{MONTH}\.?"
    r"|(?:first|second|third|fourth|last)\s+(?:\w+\s+months|quarter|half)\s+of"
    r"|(?:Q[1-4]|H[12]))\s+((?:19|20)\d\d)\b"
)
_MONTH_FIRST: Final = re.compile(MONTH)
# A plan's span of years: "a cultural programme for 2027-2029", "for the years 2027–2030".
# (The boundary before "for" is checked behind it, so that a search over the body jumps from
# "for" to "for" instead of trying every position; the same matches as with "\bfor".)
_PLAN_YEARS: Final = re.compile(
    r"for(?<=\bfor)\s+(?:the\s+(?:years|period)\s+)?((?:19|20)\d\d)\s*[-–]\s*"
    r"(?:(?:19|20)\d\d|\d\d)\b"
)
_LATE_MONTH: Final = 9  # from September on, a plan starting next year is agreed
# A whole year's result told as done: "trade reached $22 billion in 2025", "amounted to
# $61 million in 2023": the story is written after that year ended.
_YEAR_DONE: Final = re.compile(
    # (a stop inside the sentence, "22.7 billion U.S. dollars", is no sentence's end)
    r"\b(?:reached|amounted\s+to|totall?ed|stood\s+at)\s(?:[^.;\n]|\.(?!\s+[A-Z])){0,80}"
    r"\bin\s+((?:19|20)\d\d)\b(?!\s*[-–])"
)
# "compared with the same period of 2019": last year's months, against this year's.
_SAME_PERIOD_YEAR: Final = re.compile(r"same period (?:of|in) ((?:19|20)\d\d)\b")
# A story's address with its date in the path: ".../news/2026/11/23/slug".
_URL_DATE: Final = re.compile(r"/((?:19|20)\d\d)/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])(?:/|$)")


# "November 23/2026": a day and its year parted by a slash, as some agencies write them.
_DAY_SLASH_YEAR: Final = re.compile(r"(\d)/((?:19|20)\d\d)\b")


def _year_after_results(text: str, body: str) -> dt.date | None:
    """The date of a dateline without a year ("BISHKEK, May 13") in the year after the latest
    whole year whose results the story tells ("trade reached $22 billion in 2025"), or whose
    same months the year's results are compared with ("2.4 times more than in the same
    period of 2025")."""
    done = [int(m.group(1)) for m in _YEAR_DONE.finditer(body)] if " in " in body else []
    if "same period" in body:
        done += [int(m.group(1)) for m in _SAME_PERIOD_YEAR.finditer(body)]
    return parse_date(f"{text} {max(done) + 1}") if done else None


def _year_of_weekday(text: str, body: str) -> dt.date | None:
    """The date of a dateline without a year ("HARBOURTON, May 29 --") whose lead tells its
    events "on Wednesday": the one year, from a few before the years the story names (but
    those of its plans) up to the latest of them, in which that day is that weekday."""
    lead = body.split("\n\n", 1)[0]
    told = _ON_WEEKDAY.search(lead) if "day" in lead else None
    if told is None:
        return None
    # (a year a plan names, "will grow to $1 billion in 2030", may be far ahead)
    years = [int(m.group(1)) for m in _ANY_YEAR.finditer(body) if not _planned(body, m.start())]
    if not years:
        return None  # no year anywhere but a plan's: no date
    weekday = WEEKDAYS[told.group(1).lower()]
    found = [
        day
        for year in range(min(years) - _YEARS_AROUND, max(years) + 1)
        if (day := parse_date(f"{text} {year}")) is not None and day.weekday() == weekday
    ]
    return found[0] if len(found) == 1 else None


_ANY_YEAR: Final = re.compile(r"\b((?:19|20)\d\d)\b")
# How many years before the earliest year a story names its date may lie.
_YEARS_AROUND: Final = 3


def _dateline_date(text: str, body: str) -> dt.date | None:
    """The dateline's date; one without a year ("BAKU, October 20.") takes the first year the
    lead paragraph reports on, else the latest year-to-date period the story quotes."""
    if text.isupper():
        text = text.title()  # "NOVEMBER 20, 2025"
    if "/" in text:
        if (slashed := line_date(text)) is not None and slashed[0] is not None:
            return slashed[0]  # "Harbourton, 08/02/2027 (Agency) -": day first, as line_date
        text = _DAY_SLASH_YEAR.sub(r"\1, \2", text)  # "November 23/2026"
    if re.search(r"\b(?:19|20)\d\d\b", text):
        return parse_date(text)
    year = _LEAD_YEAR.search(body.split("\n\n", 1)[0])
    if year is not None:
        return parse_date(f"{text} {year.group(1)}")
    # "the committee will meet in the first quarter of 2027": a period a plan names is no
    # period reported on.
    found = [m for m in _PERIOD_YEAR.finditer(body) if not _planned(body, m.start())]
    # A span of months ("January-October 2026") is a period reported on; a quarter or a half
    # may be one planned ("a meeting in the first quarter of 2027").
    spans = [int(m.group(1)) for m in found if _MONTH_FIRST.match(m.group(0))]
    periods = spans or [int(m.group(1)) for m in found]
    if periods:
        return parse_date(f"{text} {max(periods)}")
    plan = _PLAN_YEARS.search(body)
    day = parse_date(f"{text} 2000") if plan else None
    if plan and day is not None and day.month >= _LATE_MONTH:
        # "Baku, November 25 ... a programme for 2027-2029": a plan for the coming years,
        # agreed late in the year before its first.
        return parse_date(f"{text} {int(plan.group(1)) - 1}")
    return None


# A plan's word before a period in its sentence: "will meet in the first quarter of 2027".
_PLAN_BEFORE: Final = re.compile(r"\b(?:will|would|shall|scheduled|planned|due|next)\b")
# How far back in its sentence a plan's word is looked for before a period.
_PLAN_REACH: Final = 120


def _planned(body: str, at: int) -> bool:
    """Whether the sentence holding `at` names a plan before it."""
    before = body[max(0, at - _PLAN_REACH) : at]
    stop = max(before.rfind(". "), before.rfind("\n"))
    return _PLAN_BEFORE.search(before, stop + 1) is not None


# "04/09/2025": a date in figures that reads either way round, both numbers 12 or less.
_TWO_WAY_DATE: Final = re.compile(r"\b(0?[1-9]|1[0-2])/(0?[1-9]|1[0-2])/(?:19|20)\d\d\b")


def _month_first(body: str, line_end: int, date: dt.date) -> dt.date:
    """The date of a date line ending at `line_end`, read day first; or month first when it
    is written in figures that read either way ("Published on 04/09/2025", as American sites
    and some English editions write it) and the story names the month-first day ("on
    Wednesday (Apr. 9)") but not the day-first one."""
    line = body[body.rfind("\n", 0, line_end) + 1 : line_end]
    found = _TWO_WAY_DATE.search(line) if "/" in line else None
    if found is None or found.group(1) == found.group(2):
        return date
    told = {
        (day.month, day.day)
        for m in ANY_DATE.finditer(body, line_end)
        if (day := parse_date(m.group(), date)) is not None
    }
    if (date.day, date.month) in told and (date.month, date.day) not in told:
        return dt.date(date.year, date.day, date.month)
    if told or " on " not in body:
        return date
    # "06/03/2025 ... received the premier on Tuesday": the first weekday the story names
    # is the month-first day's own, while day first it would lie days before the date.
    named = _ON_WEEKDAY.search(body, line_end)
    if named is None:
        return date
    weekday = WEEKDAYS[named.group(1).lower()]
    swapped = dt.date(date.year, date.day, date.month)
    if swapped.weekday() == weekday and (date.weekday() - weekday) % 7 >= _WEEKDAY_GAP:
        return swapped
    return date


_ON_WEEKDAY: Final = re.compile(
    r"\bon\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
# How many days before a day-first date the weekday its story names must lie for the
# month-first reading, whose own weekday it is, to win.
_WEEKDAY_GAP: Final = 2


def _url_date(url: str) -> dt.date | None:
    """The date in a story's address, when the path holds one."""
    found = _URL_DATE.search(url)
    if found is None:
        return None
    try:
        return dt.date(*(int(part) for part in found.groups()))
    except ValueError:
        return None


# A page's masthead or a channel's name above the story: "Nagnews.kg", "Nag.kg, [26.11.2026
# 14:37]", "Business Media Georgia", "Government of Uzbekistan, [26.11.2026 16:42]".
_MASTHEAD: Final = re.compile(
    # "Beehive.govt.nz": a government's site, its domain of several levels.
    r"(?P<domain>[\w-]+(?:\.[\w-]+){0,2}\.(?P<tld>[a-z]{2}))\b[^\n]{0,30}"
    r"|(?P<name>[^\n,\[\]]{0,40}?(?:,\s*\[[^\n\]]*\]"
    rf"|\b(?:{NEWS_NAME_WORDS}|Government|Television|TV|Radio)\b[^\n,.]{{0,40}})"
    # "Ruritania Post", "Ministerio de Asuntos Exteriores de Ruritania": a paper's name,
    # capitalised words ending in the paper's word, or a ministry's, its word then capitalised
    # words and glue words; a headline ("Daily flights between X and Y resume") is neither.
    rf"|(?:[A-Z][\w’'.-]*[ ]){{1,3}}(?:{PAPER_NAME_WORDS})"
    # "Embassy of Ruritania", "High Commission of Ruritania": a mission's page
    r"|(?:Embassy|High[ ]Commission|Consulate(?:[ ]General)?)[ ]of(?:[ ]the)?"
    r"(?:[ ][A-Z][\w’'.-]*){1,4}"
    r"|(?:Ministry|Ministerio|Minist[eè]re|Minist[eé]rio)"
    r"(?:[ ](?:[A-Z][\w’'.-]*|of|the|for|and|de|del|des|du|da|do|la|las|los|y|et|e)){1,8}"
    # "REPUBLIC OF GHANA" under a ministry's name: the state a release comes from.
    r"|(?:[A-Z][\w’'.-]*[ ]){0,2}(?:Republic|REPUBLIC|Kingdom|KINGDOM)[ ](?:of|OF)[ ]"
    r"(?:(?:the|THE)[ ])?[A-Z][\w’'.-]*(?:[ ][A-Z][\w’'.-]*){0,2})"
)


# "By Ana Reis, Harbour Radio Pacific Journalist": a reporter's name, then the outlet.
_OUTLET_BYLINE: Final = re.compile(
    r"(?:By[ ]+)?[A-Z][\w.’'-]*(?:[ ][A-Z][\w.’'-]*){1,3},[ ]+(?P<outlet>[A-Z][^\n,]{1,50})"
)


def _byline_country(body: str) -> str | None:
    """The country of the national outlet a reporter's byline names among the first lines
    ("Ana Reis, Harbour Radio Pacific Reporter"): whose money a bare "$" of its story is. (Its
    reporter abroad meets people of other countries: it gives nobody a country.)"""
    for line in body.lstrip().split("\n", 8)[:8]:
        byline = _OUTLET_BYLINE.fullmatch(line.strip()) if "," in line else None
        if byline is not None and (found := country_of_agency(byline.group("outlet"))):
            return found
    return None


def _dated_paper_country(body: str) -> str | None:
    """The country a paper's name in brackets after its date line names, among the first
    lines ("July 3, 2027 (Sylvan Daily Ruritania)"), or None."""
    for line in body.lstrip().split("\n", 6)[:6]:
        line = line.strip()
        if not line.endswith(")") or "(" not in line or line_date(line) is None:
            continue
        for word in line[line.rindex("(") + 1 : -1].split():
            found = country_of_word(word)
            if found and found != EU:
                return found
    return None


def _masthead_country(body: str) -> str | None:
    """The country of the outlet or channel named on a line of its own over the story (a
    country-code domain, or an outlet's or a government's name with its country in it), for
    a brief that names its outlet nowhere else."""
    for line in body.lstrip().split("\n", 4)[:4]:
        line = line.strip()
        if len(line) > 60 or line.endswith((".", "!", "?")):
            continue
        match = _MASTHEAD.fullmatch(line)
        if match is None:
            continue
        if match.group("domain"):
            found = country_of_url(f"https://{match.group('domain')}")
        else:
            words = re.findall(r"[A-Z][\w’'.-]*", match.group("name"))
            # "the New Zealand Government": a country's name of up to three words.
            found = next(
                (
                    country
                    for at in range(len(words))
                    for size in (3, 2, 1)
                    if at + size <= len(words)
                    and (country := country_of_word(" ".join(words[at : at + size])))
                ),
                None,
            )
        if found and found != EU:
            return found
    return None


def _home_country(
    reported_by: str | None,
    city: str | None,
    source: str | None,
    agency: str | None = None,
    url: str | None = None,
) -> str | None:
    """The country whose outlet or capital the brief comes from, else the country of the
    source address's domain ("https://www.mofa.go.kr/...": South Korea)."""
    for candidate in (reported_by, source, agency):
        if not candidate:
            continue
        for word in re.findall(r"[A-Z][\w’'.-]*", candidate):
            found = country_of_word(word)
            if found and found != EU:
                return found
        found = country_of_agency(candidate)
        if found:
            return found
    if reported_by and _BODY_CREDIT.search(reported_by) and not _STATE_CREDIT.search(reported_by):
        # "(Regional Secretariat, Hilltown, Country) -": a regional body's release; the city
        # it sits in is no home of its officials.
        return None
    if city:
        return country_of_city(city)
    return country_of_url(url) if url else None


# Demonyms that are also the names of languages.
_LANGUAGE_DEMONYMS: Final = frozenset(
    (
        "French",
        "Portuguese",
        "Spanish",
        "English",
        "German",
        "Russian",
        "Arabic",
        "Chinese",
        "Italian",
        "Japanese",
        "Korean",
        "Turkish",
        "Persian",
        "Dutch",
        "Greek",
        "Polish",
        "Swedish",
        "Hindi",
    )
)
# Nouns of teaching, speaking or translating a language, before "of" or "in" and the language.
_LANGUAGE_NOUNS: Final = frozenset(
    (
        "teachers",
        "teaching",
        "teacher",
        "speakers",
        "lessons",
        "courses",
        "classes",
        "learning",
        "study",
        "studies",
        "translation",
        "translated",
        "translators",
        "interpreters",
        "instruction",
    )
)


# Words after a language used as a noun: "courses in Portuguese for diplomats".
_AFTER_LANGUAGE: Final = frozenset(("and", "or", "for", "to", "at", "in", "by", "from", "with"))


# Kinds of place whose name may follow "of" and open with a demonym: "the northern province
# of Thai Nguyen" names a province, not Thailand.
_PLACE_OF: Final = frozenset(("province", "region", "city", "district", "prefecture", "county"))


def _demonym_in_place_name(body: str, tokens: list[Token], at: int) -> bool:
    """Whether the word at tokens[at] opens a place's name of two capitalised words after
    "the province of" ("the province of Thai Nguyen", "the city of Indian Harbour")."""
    return (
        at >= 2
        and at + 1 < len(tokens)
        and tokens[at - 1].text == "of"
        and tokens[at - 2].text.lower() in _PLACE_OF
        and tokens[at + 1].cap
        and tokens[at + 1].text.isalpha()
        and read_capital_memo(tokens[at + 1].text) is None
        and body[tokens[at].end : tokens[at + 1].start] == " "
    )


def _taught_language(tokens: list[Token], at: int) -> bool:
    """Whether the demonym at tokens[at] names a language taught, spoken or translated into,
    used as a noun: "teachers of French and Portuguese", "courses in Spanish"."""
    nxt = tokens[at + 1].text if at + 1 < len(tokens) else "."
    if nxt[:1].isalpha() and nxt not in _AFTER_LANGUAGE:
        return False  # "Portuguese investors": an adjective, of the country
    j = at - 1
    while j > 0 and (tokens[j].text in _LANGUAGE_DEMONYMS or tokens[j].text in ("and", ",")):
        j -= 1  # "of French, Spanish and Portuguese"
    return (
        j > 0 and tokens[j].text in ("of", "in", "into") and tokens[j - 1].text in _LANGUAGE_NOUNS
    )


def _mentioned_countries(body: str, tokens: list[Token], capitals: list[int]) -> dict[str, int]:
    """Countries named (or named by a demonym) in the body, most mentioned first, with how
    many times each is; `capitals` are the indexes of the capitalised tokens, in order."""
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    n = len(tokens)
    i = 0  # the first token not yet read as part of a country's name
    for at in capitals:
        if at < i:
            continue  # read as part of a name already
        token = tokens[at]
        kind = read_capital_memo(token.text)
        if kind is None:
            continue  # a word of no country's name (most capitalised words)
        multiword, found, parts = kind
        i = at
        if not multiword:
            # A one-word name or demonym: the common case, without building phrases.
            if parts:
                # "the China-Kyrgyzstan-Uzbekistan railway", "Turkmen-Afghan talks": each
                # part names a country when every part does.
                if at > 0 and "-" in tokens[at - 1].text:
                    # "the Harbourton Quay-South Sudan-Uganda road": the first part closes the
                    # country whose name the word before opens, after its own hyphen
                    opening = tokens[at - 1].text.rpartition("-")[2]
                    whole = country_of_word(f"{opening} {token.text.partition('-')[0]}")
                    if whole is not None and whole != EU:
                        parts = (whole, *parts[1:])
                for country in parts:
                    counts[country] = counts.get(country, 0) + 1
                    first.setdefault(country, token.start)
                i += 1
                continue
            if found and in_region_name(
                tokens[i - 1].text if i else "",
                token.text,
                tokens[i + 1].text if i + 1 < n else "",
                tokens[i - 2].text if i > 1 else "",
            ):
                found = None  # "Latin America", "the Indian Ocean"
            if found and token.text in _LANGUAGE_DEMONYMS and _taught_language(tokens, i):
                found = None  # "the training of teachers of French and Portuguese": languages
            if found and tokens[i - 1].text == "of" and _demonym_in_place_name(body, tokens, i):
                found = None  # "the province of Thai Nguyen": a province's name
            if found and found != EU and not _currency_next(body, token.end):
                counts[found] = counts.get(found, 0) + 1
                first.setdefault(found, token.start)
            i += 1
            continue
        # Names of up to five words, each capitalised or "of" (or "the" after it): the longest
        # one first. (Only as long as the words before the last are words of such names.)
        longest = 1
        while (
            longest < 5
            and i + longest < n
            and (
                tokens[i + longest].cap
                or tokens[i + longest].text == "of"
                # "the Democratic Republic of the Congo"
                or (tokens[i + longest].text == "the" and tokens[i + longest - 1].text == "of")
                # "Trinidad and Tobago", "Bosnia and Herzegovina"
                or tokens[i + longest].text == "and"
            )
            and in_multiword_name(tokens[i + longest - 1].text)
        ):
            longest += 1
        for size in range(longest, 0, -1):
            words = tokens[i : i + size]
            found = country_of_word(" ".join(t.text for t in words))
            if (
                found
                and size == 1
                and in_region_name(
                    tokens[i - 1].text if i else "",
                    words[0].text,
                    tokens[i + 1].text if i + 1 < n else "",
                )
            ):
                found = EU  # "Latin American": a region, read but not counted
            if (
                found
                and size == 1
                and words[0].text in _LANGUAGE_DEMONYMS
                and _taught_language(tokens, i)
            ):
                found = EU  # "the training of teachers of French and Portuguese": languages
            if found:
                end = words[-1].end
                if found != EU and not _currency_next(body, end):
                    counts[found] = counts.get(found, 0) + 1
                    first.setdefault(found, tokens[i].start)
                i += size
                break
        else:
            i += 1
    return {c: counts[c] for c in sorted(counts, key=lambda c: (-counts[c], first[c]))}


# "the President's State Visit to Y", "his official visit to Y": an unqualified subject's
# visit (the release's own leader, as its own press writes of him).
_OWN_VISIT_TO: Final = re.compile(
    r"\b(?:the\s+(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*(?:’s|'s)|his|her)\s+(?:[A-Za-z-]+\s+){0,2}?"
    r"[Vv]isit\s+to\s+(?:the\s+)?(?P<country>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})"
)


def _visit_of_own_to(lead: str) -> str | None:
    """The country an unqualified subject's visit in the lead is to ("on the second day of
    the President's State Visit to Y"), else None."""
    visit = _OWN_VISIT_TO.search(lead)
    if visit is None:
        return None
    words = visit.group("country").split()
    for size in range(len(words), 0, -1):  # "Viet Nam": the longest name that is a country's
        found = country_of_word(" ".join(words[:size]))
        if found:
            return found
    return None


def _unqualified_side(people: list[PersonFound], counts: dict[str, int]) -> str | None:
    """For a brief whose outlet says no country: the one country among the two it names most
    that none of the people it qualifies (or places) is of, when some officials it leaves
    unqualified ("President X spoke by phone with United States President Y ... Economy
    Minister Z said"): a text qualifies the others' officials, not its own. Others named
    in passing (once, where it is named three times as often) leave it the one."""
    # (officials only: "Ruritanian citizens X and Y" held abroad say nothing of the sides)
    known = {p.country for p in people if p.country is not None and not p.eu_office and p.title}
    if not any(p.country is None and not p.eu_office and p.title for p in people):
        return None
    if "China" in counts and any(p.country is None and is_chinese_name(p.name) for p in people):
        known.add("China")  # "Premier Zhao Wenbo": China's, as _fill_countries gives it
    mentioned = list(counts)
    if not known:
        # A text on one country (named three times or more, any other once): its officials
        # go unqualified ("Minister of Agriculture X said" in a market report on it).
        if mentioned and counts[mentioned[0]] >= 3 and all(counts[c] == 1 for c in mentioned[1:]):
            return mentioned[0]
        return None
    left = [c for c in mentioned if c not in known]
    if not left or left[0] not in mentioned[:2]:
        return None
    if len(left) == 1 or (counts[left[1]] == 1 and counts[left[0]] >= 3):
        return left[0]
    return None


def _fill_countries(
    people: list[PersonFound],
    home: str | None,
    mentioned: list[str],
    visited: dict[int, set[str]],
    *,
    titled_only: bool = False,
) -> set[int]:
    """Give people without a stated country the one the text implies: China for a Chinese
    name in a brief about China, else the outlet's home country (with `titled_only`, to
    those with an office only). An international agency's brief implies none (a wrong
    country is worse than none). One the text has visit home (`visited`, by person) is of
    the other of the two countries it names most. Return who got the home country so."""
    implied: set[int] = set()
    # A country has one President: another one of home's is someone else's.
    holders = {
        (p.title.lower(), p.country) for p in people if p.title and p.country and not p.eu_office
    }
    for number, person in enumerate(people):
        if person.country or person.eu_office:
            continue
        if "China" in mentioned and is_chinese_name(person.name):
            person.country = "China"
        elif (
            home
            and person.title
            # ("Federal President": a federation's President, as sole as any)
            and (office := person.title.lower().removeprefix("federal ")) in _SOLE_OFFICES
            and (office, home) in holders
        ):
            continue
        elif home and home in visited.get(number, ()):
            # "a visit by Prime Minister X to Norway" in a Norwegian readout
            pair = mentioned[:2]
            if home in pair and len(pair) == 2:
                person.country = pair[1] if pair[0] == home else pair[0]
        elif home and (person.title or not titled_only):
            person.country = home
            implied.add(number)
            if person.title:
                # (so "President X ... Federal President Y" gives home to X alone)
                holders.add((person.title.lower().removeprefix("federal "), home))
    return implied


def _hosts_abroad(
    people: list[PersonFound],
    meetings: list[MeetingFound],
    implied: set[int],
    home: str | None,
    city: str | None,
    body: str,
) -> None:
    """On a visit abroad (the dateline's city in another country than the outlet's), whom a
    visitor from home meets is the host's, not the outlet's: "JAKARTA – ... the Head of State
    met with Speaker of the House of Representatives X" makes X Indonesian."""
    host = country_of_city(city) if city else None
    if not implied or host is None or host == home:
        return
    # The visitors: from home, and in talks with someone the text makes the host's.
    visitors = {
        i
        for meeting in meetings
        if any(people[j].country == host and j not in implied for j in meeting.participants)
        for i in meeting.participants
        if people[i].country == home
    }
    visitors |= {
        i
        for meeting in meetings
        for i in meeting.participants
        if i not in implied and people[i].country == home
    }
    for meeting in meetings:
        if any(i in visitors for i in meeting.participants):
            for i in meeting.participants:
                if i in implied and i not in visitors:
                    people[i].country = host
    if " on " not in body:
        return  # the cheap test for "call on"
    for i in implied - visitors:
        person = people[i]
        if person.country == home and _CALL_ON_BEFORE.search(
            body, max(0, person.start - 80), person.start
        ):
            # "X is scheduled to call on President Y at the palace this evening": whom a
            # visitor calls on (a call to come too, which is no meeting) is the host's
            person.country = host


def _hosts_of_visit(people: list[PersonFound], meetings: list[MeetingFound]) -> None:
    """A visit whose meetings the text places in one country only, with someone of that
    country: an official of no known country who meets a visitor from another one is the
    host's ("X received Uzbek President Y at the Chancellery in Berlin ... Y was received by
    Federal President Z at the palace": Z is Germany's)."""
    placed = {country_of_city(m.place) for m in meetings if m.place}
    if len(placed) != 1:
        return
    host = placed.pop()
    if host is None or host == EU or not any(p.country == host for p in people):
        return
    # The visitors: of another country, met in the host's country by one of its people.
    visitors = {
        i
        for m in meetings
        if m.place and any(people[j].country == host for j in m.participants)
        for i in m.participants
        if people[i].country not in (None, host) and not people[i].eu_office
    }
    for m in meetings:
        if len(m.participants) != 2 or not visitors & set(m.participants):
            continue
        for i in m.participants:
            person = people[i]
            if (
                person.country is None
                and person.title
                and not person.eu_office
                and " to " not in f" {person.title} "  # an envoy meets their compatriots
            ):
                person.country = host


def _countries(people: list[PersonFound], mentioned: list[str]) -> list[str]:
    out: list[str] = []
    for person in people:
        if person.country and person.country not in out:
            out.append(person.country)
    for country in mentioned:
        if country not in out:
            out.append(country)
    return out


def _clip(text: str, limit: int = _MAX_SUMMARY) -> str | None:
    # Blanks as one space (re's \s and str.split: one class). Every blank but the space is
    # unprintable: a printable text with no double space at either end or inside (most
    # summaries) is its own join of its split.
    if not (text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " "):
        text = " ".join(text.split())
    if not text:
        return None
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"


def _summary(sents: list, dateline_end: int) -> str | None:
    """One to three sentences: the lead (without its dateline), and the next if short."""
    picked: list[str] = []
    total = 0
    for number, sentence in enumerate(sents[:4]):
        text = sentence.text
        if sentence.start < dateline_end:
            text = text[dateline_end - sentence.start :].strip()
        if not text:
            continue
        if not picked and _label_line(text, sents[number + 1 : number + 2], sentence.paragraph):
            continue  # "Press release No:512/26" above the lead
        if picked and total + len(text) > _MAX_SUMMARY:
            break
        picked.append(text)
        total += len(text)
        if total > 200:
            break
    return _clip(" ".join(picked)) if picked else None


def _label_line(text: str, following: list, paragraph: int) -> bool:
    """Whether a sentence is a label standing alone above the lead: a paragraph of a few
    words that ends no sentence ("Press release No:512/26", "STATEMENT")."""
    return (
        not text.endswith((".", "!", "?", "”", '"'))
        and bool(following)
        and following[0].paragraph != paragraph
        and len(text.split()) <= 5
    )


_KIND_VERBS: Final = {
    "talks": "holds talks with",
    "phone call": "holds phone call with",
    "video call": "holds video call with",
    "visit": "receives",
}


def _headline(sents: list, dateline_end: int, meetings: list, people: list) -> str | None:
    if meetings and len(meetings[0].participants) >= 2:
        first, *others = (people[i].name for i in meetings[0].participants)
        verb = _KIND_VERBS.get(meetings[0].kind or "", "meets")
        return f"{first} {verb} {' and '.join(others)}"
    if not sents:
        return None
    text = sents[0].text
    if sents[0].start < dateline_end:
        text = text[dateline_end - sents[0].start :].strip()
    text = re.sub(
        r",\s+(?:the\s+)?[^,]{3,80}\s+(?:reported|said|announced|told)[^,]*\.?$", "", text
    )
    text = text.rstrip(".")
    if len(text) > 110:
        text = text[:110].rsplit(" ", 1)[0] + "…"
    return text or None
