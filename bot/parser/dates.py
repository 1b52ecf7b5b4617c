"""Dates: absolute ("Oct. 17", "17 October 2024", "2024-10-17") and relative ("on Tuesday",
"yesterday") expressions, resolved against the publication date."""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

MONTHS: Final = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
WEEKDAYS: Final = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}

# Month names and day numbers as briefs write them; figures and topics reuse them.
MONTH: Final = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
)
DAY: Final = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
ISO_DATE: Final = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")
# "18.10.2023": day, month, year, as European and Central Asian sites write it.
DOTTED_DATE: Final = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)\b")
# "Mar 4,2027": some sites leave out the space after the comma before the year.
MONTH_DAY: Final = re.compile(rf"\b({MONTH})\.?\s+({DAY})\b(?:(?:,\s*|\s+)((?:19|20)\d\d)\b)?")
DAY_MONTH: Final = re.compile(rf"\b({DAY})\s+(?:of\s+)?({MONTH})\b\.?(?:,?\s+((?:19|20)\d\d)\b)?")
# (Each name led by its first letter, the boundary checked behind it: a search jumps from
# letter to letter, where one led by "\b" tries every position; the same matches.)
WEEKDAY: Final = re.compile(
    r"(M(?<=\bM)onday|T(?<=\bT)(?:uesday|hursday)|W(?<=\bW)ednesday|F(?<=\bF)riday"
    r"|S(?<=\bS)(?:aturday|unday))\b"
)
# "on 25-26 November", "November 21-22", "from 24 to 26 May": an event of several days.
DAY_SPAN: Final = re.compile(
    rf"\b{DAY}\s*(?:[-–—]|to\s|and\s)\s*{DAY}\s+(?:of\s+)?{MONTH}\b"
    rf"|\b{MONTH}\.?\s+{DAY}\s*(?:[-–—]|to\s|and\s)\s*{DAY}\b"
)
RELATIVE: Final = re.compile(
    r"\b([Tt]he day before yesterday|[Yy]esterday|[Tt]oday|[Tt]he day before|"
    r"[Tt]his (?:morning|afternoon|evening)|[Ll]ast night)\b"
)
# A date phrase anywhere: the spans that must never be read as figures. Each starts with a
# digit or a month's capital: the lookahead turns most positions of a search down at once,
# where the four forms were tried at each (the same matches, a search about three times as
# fast).
ANY_DATE: Final = re.compile(
    r"(?=[\dADFJMNOS])"
    rf"(?:{ISO_DATE.pattern}|{DOTTED_DATE.pattern}|{MONTH_DAY.pattern}|{DAY_MONTH.pattern})"
)


_DATE_WORDS: Final = frozenset(
    [*MONTHS, *WEEKDAYS, "yesterday", "today", "day", "morning", "afternoon", "evening"]
)
# Digits as an ISO or a dotted date has them: a text without them holds none of those dates.
ISO_HINT: Final = re.compile(r"\d-\d|\d\.\d{1,2}\.(?:19|20)\d\d")
_DIGIT: Final = re.compile(r"\d")
# one is in each RELATIVE
_RELATIVE_WORDS: Final = frozenset(["yesterday", "today", "day", "this", "night"])


def make_date(year: int, month: int, day: int) -> dt.date | None:
    """Return the date, or None when the parts are out of range."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _day(text: str) -> int:
    return int(text.rstrip("stndrh"))  # "17th": the digits before its suffix (st, nd, rd, th)


def _resolve(month: int, day: int, year: int | None, published: dt.date | None) -> dt.date | None:
    if year is not None:
        return make_date(year, month, day)
    if published is None:
        return None
    date = make_date(published.year, month, day)
    # A month and day without a year: the latest such date not well after publication.
    if date is not None and date > published + dt.timedelta(days=7):
        date = make_date(published.year - 1, month, day)
    return date


# The capital opening of every month's name in `MONTH` ("Sept" opens with "Sep").
_MONTH_OPENING: Final = re.compile("Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")


def _date_from(text: str, pos: int, digit: int) -> int:
    """Where the first date of `text` from `pos` on (`ANY_DATE`) can start, given the first
    digit from `pos` on at `digit`: there, or at a month's name before it. Every date has a
    digit, and one that starts before that digit starts with a month's name, wholly before
    the digit (a name holds none). A search led by a lookahead tries every position; this
    one skips to a month's letters."""
    if digit - pos < 3:
        return digit
    month = _MONTH_OPENING.search(text, pos, digit)
    return digit if month is None else month.start()


def first_date(text: str, pos: int = 0) -> re.Match[str] | None:
    """`ANY_DATE.search(text, pos)`, started where a date can start."""
    digit = _DIGIT.search(text, pos)
    if digit is None:
        return None
    return ANY_DATE.search(text, _date_from(text, pos, digit.start()))


def date_spans(text: str, pos: int = 0) -> list[tuple[int, int]]:
    """The spans of `ANY_DATE.finditer(text, pos)`: each search starts where the next date
    can start, and none is made after the last digit."""
    spans = []
    while (match := first_date(text, pos)) is not None:
        spans.append(match.span())
        pos = match.end()  # (a date is never empty)
    return spans


def parse_date(text: str, published: dt.date | None = None) -> dt.date | None:
    """Return the first absolute date written in `text` (a missing year from `published`)."""
    # Every date form has a digit: a text without one (most sentences) needs no date search.
    # One search for all four forms: the leftmost match, the form listed first at a tie.
    match = first_date(text)
    if match is None:
        return None
    iso_year, dotted_day, month_day, day_month = match.group(1, 4, 7, 10)
    if iso_year is not None:  # "2024-10-17"
        return make_date(*(int(g) for g in match.group(1, 2, 3)))
    if dotted_day is not None:  # "17.10.2024"
        day, month, full_year = (int(g) for g in match.group(4, 5, 6))
        return make_date(full_year, month, day)
    if month_day is not None:  # "Oct. 17", "October 17, 2024"
        year = int(match.group(9)) if match.group(9) else None
        return _resolve(MONTHS[month_day.lower()], _day(match.group(8)), year, published)
    # "17 October 2024"
    year = int(match.group(12)) if match.group(12) else None
    return _resolve(MONTHS[match.group(11).lower()], _day(day_month), year, published)


# "On the 14th of this month", "on the 3rd": a day of the month named by its number alone.
_NTH_HINT: Final = re.compile(r"\d(?:st|nd|rd|th)\b")
# The word an _NTH_HINT leaves in a text's lower-case words, where digits are no letters
# ("14th" gives "th"): without one, no ordinal day is written in figures.
_ORDINAL_ENDS: Final = frozenset(["st", "nd", "rd", "th"])
_NTH_DAY: Final = re.compile(
    r"[Oo](?<=\b[Oo])n\s+the\s+([12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b"
    rf"(?!\s+(?:of\s+)?(?:{MONTH}|century|anniversary|session|meeting|round|summit))"
)


def _nth_day(day: int, published: dt.date) -> dt.date | None:
    """The day of the month numbered `day`: of the publication's month, or of the month
    before when that day lies well after publication."""
    date = make_date(published.year, published.month, day)
    if date is not None and date <= published + dt.timedelta(days=7):
        return date
    before = published.replace(day=1) - dt.timedelta(days=1)
    return make_date(before.year, before.month, day)


# A date naming an event, before its noun: "Sylvania's May 3 election", "the May 5 vote".
_ATTRIBUTIVE_DATE: Final = re.compile(
    rf"(?:['’]s|\bthe)\s+{MONTH}\.?\s+{DAY}\s+(?!(?:and|or|to|in|at|on|with|when|after|"
    r"before|the|a|an|that|which|as|for|of|by|from|until|is|was|were|are)\b)[a-z]{3,}"
)
# A weekday telling a day of its own, not one of a span ("Monday to Friday").
_WEEKDAY_TOLD: Final = re.compile(
    r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!\s*(?:-|–|to\s|and\s))"
)


def _attributive(text: str) -> bool:
    """Whether the text's first date names an event before its noun ("the May 5 vote")."""
    first = first_date(text)
    if first is None or first.group(1) or first.group(4):
        return False  # none, or in figures
    found = _ATTRIBUTIVE_DATE.search(text, max(0, first.start() - 5))
    return found is not None and found.start() < first.end()


def weekday_before(published: dt.date, weekday: int) -> dt.date:
    """The most recent given weekday on or before the publication date."""
    return published - dt.timedelta(days=(published.weekday() - weekday) % 7)


def find_date(
    text: str, published: dt.date | None, words: frozenset[str] | None = None
) -> dt.date | None:
    """Return the date an event in `text` happened: absolute, weekday or relative word.
    `words`, the lower-case words of the text when known, lets it skip what cannot match."""
    if (
        words is not None
        and words.isdisjoint(_DATE_WORDS)
        # (an ISO_HINT has a hyphen or two points)
        and not (("-" in text or text.count(".") > 1) and ISO_HINT.search(text))
        and not ("the" in words and not words.isdisjoint(_ORDINAL_ENDS) and _NTH_HINT.search(text))
    ):
        return None
    date = parse_date(text, published)
    if date is not None and published is not None and "day" in text:
        # "agreed in a call Friday to talks after the country's April 28 election": a date
        # naming another event, a weekday telling the day of the one told (every weekday's
        # name has a "day"; the weekday is looked for first, as most texts have none)
        told = _WEEKDAY_TOLD.search(text)
        if told is not None and _attributive(text):
            return weekday_before(published, WEEKDAYS[told.group(1).lower()])
    if date is not None or published is None:
        return date
    nth = _NTH_DAY.search(text) if "the " in text and _NTH_HINT.search(text) else None
    if nth is not None:
        return _nth_day(int(nth.group(1)), published)
    # Each weekday and relative word but "this morning" (and its kin) has a "day" in it;
    # the words, when known, rule out more.
    has_day = "day" in text
    weekday = has_day and (words is None or not words.isdisjoint(WEEKDAYS))
    match = WEEKDAY.search(text) if weekday else None
    if match:
        day = WEEKDAYS[match.group(1).lower()]
        if text.startswith((" last week", " of last week"), match.end()):
            # "on Thursday last week": that weekday of the week before the report's
            monday = published - dt.timedelta(days=published.weekday())
            return monday - dt.timedelta(days=7 - day)
        return weekday_before(published, day)
    relative = (has_day or "his " in text or "t night" in text) and (
        words is None or not words.isdisjoint(_RELATIVE_WORDS)
    )
    match = RELATIVE.search(text) if relative else None
    if match:
        word = match.group(1).lower()
        same_day = word == "today" or word.startswith("this ")  # "this morning"
        if word.endswith("yesterday") and word != "yesterday":
            return published - dt.timedelta(days=2)  # "the day before yesterday"
        return published if same_day else published - dt.timedelta(days=1)
    return None


# "On November 24, ...", "on Tuesday": the day an event told in the sentence happened (not
# "as of November 1" or "since May 5").
# (The boundary before "on" is checked behind its first letter, so that a search jumps to the
# letter; the same matches as with "\b[Oo]n".)
_ON_DATE: Final = re.compile(
    rf"[Oo](?<=\b[Oo])n\s+(?:{MONTH}\.?\s+{DAY}\b|{DAY}\s+(?:of\s+)?{MONTH}\b|"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
)
_NEXT_DAY: Final = re.compile(
    r"\b(?:the\s+(?:next|following)\s+day|the\s+day\s+after(?!\s+tomorrow)|a\s+day\s+later)\b"
)
# "..., and the delegation would visit the region the next day": a plan, the day not yet come.
_PLAN: Final = re.compile(
    r"\b(?:will|would|shall|(?:is|are|was|were)\s+(?:to|scheduled|expected|due))\s"
)
# A word of each _PLAN: "will", "would", "shall", or a form of "be" and the word after it.
_PLAN_VERBS: Final = frozenset(["will", "would", "shall"])
_PLAN_BE: Final = frozenset(["is", "are", "was", "were"])
_PLAN_AFTER_BE: Final = frozenset(["to", "scheduled", "expected", "due"])


def _may_plan(words: frozenset[str]) -> bool:
    """Whether a text of these lower-case words may hold a _PLAN."""
    return not words.isdisjoint(_PLAN_VERBS) or (
        not words.isdisjoint(_PLAN_BE) and not words.isdisjoint(_PLAN_AFTER_BE)
    )


# "The day before, X met Y", "On the eve of the talks": the day before the one told last.
_DAY_BEFORE: Final = re.compile(
    r"\b(?:the\s+(?:day\s+before|previous\s+day)(?!\s+yesterday)|a\s+day\s+earlier|"
    r"on\s+the\s+eve\s+of\s+the\s+(?:talks|meeting|visit|summit|forum))\b"
)
# "Second day of the visit", "On the third day": the visit's days counted from its first.
# (first, second, ... seventh, each led by its first letter as `WEEKDAY`'s names are)
_ORDINAL_DAY: Final = re.compile(
    r"(f(?<=\bf)(?:irst|ourth|ifth)|s(?<=\bs)(?:econd|ixth|eventh)|t(?<=\bt)hird)\s+day\b"
)
_ORDINALS: Final = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6}
_ORDINALS["seventh"] = 7
# "X and Y agreed Friday to ...", "the ministers met Tuesday": a wire's weekday right after
# the verb, with no "on".
_VERB_WEEKDAY: Final = re.compile(
    r"\b(?:[a-z]{2,}ed|said|met|held|told|spoke|made|took|gave|sent|paid|led|flew|left|"
    r"came|began|sat|wrote)\s+(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)


_WEEKDAY_WORDS: Final = frozenset(WEEKDAYS)
_MONTH_WORDS: Final = frozenset(MONTHS)


def may_state_day(words: frozenset[str]) -> bool:
    """Whether a text of these lower-case words may state a day (day_stated): "on" and a
    month or weekday, or a weekday alone ("agreed Friday")."""
    # (a weekday alone answers: the seven names are tested before the two dozen months')
    return not words.isdisjoint(_WEEKDAY_WORDS) or (
        "on" in words and not words.isdisjoint(_MONTH_WORDS)
    )


# "November 21-22", "November 21 to 23", "Monday and Tuesday": the rest of a span of days.
_SPAN_AFTER: Final = re.compile(
    r"(?:st|nd|rd|th)?\s*(?:[-–—]|to\s|and\s|until\s)\s*"
    r"(?:\d|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
)


def _stated_day(
    text: str, words: frozenset[str], published: dt.date | None
) -> tuple[dt.date | None, int]:
    """day_stated's day, for a text whose `words` may state one (may_state_day), and where
    the "on" phrase stating it ends (-1 for a weekday right after a verb, "agreed Friday")."""
    stated = _ON_DATE.search(text) if "on" in words else None
    if stated is None:
        bare = _VERB_WEEKDAY.search(text) if not words.isdisjoint(WEEKDAYS) else None
        if bare is None:
            return None, -1
        return find_date(bare.group("day"), published), -1
    # the day and its year ("on November 24, 2025"), not a later date of another clause ("on
    # Friday signed a deal that replaces X when it ends on Dec. 31")
    return find_date(text[stated.start() : stated.end() + 7], published), stated.end()


def day_stated(
    text: str, words: frozenset[str], published: dt.date | None, *, single: bool = False
) -> dt.date | None:
    """The day `text` (its lower-case `words`) states with "on" ("on Monday", "On November
    24, ..."), else None; with `single`, None also for the first day of a span ("on November
    21-22", "on 3 and 4 May")."""
    if not may_state_day(words):
        return None
    date, end = _stated_day(text, words, published)
    if single and end >= 0 and _SPAN_AFTER.match(text, end) is not None:
        return None
    return date


# How far into a sentence a day phrase may start and still open it ("The next day, ...",
# "On the second day of the visit, ...").
_OPENING: Final = 12


class RunningDate:
    """The day of the events told so far, in reading order: the last day stated with "on"
    ("On November 24, ..."), moved by "the next day", "the day before", "on the eve of the
    talks" and by the day of a visit ("Second day of the visit", "On the third day"); a
    sub-heading with no date keeps it."""

    def __init__(self, published: dt.date | None) -> None:
        self.published = published
        self.date: dt.date | None = None
        self._day = 1  # the day of the visit last counted ("first day" is day 1)
        # Whether a sentence told the date since the last meeting ("On Wednesday, X travelled
        # to Porto."): a meeting told next with no day of its own is of that day.
        self.told = False

    def read(self, text: str, words: frozenset[str]) -> bool:
        """Read one sentence (its lower-case `words` gate the patterns); return whether a
        day phrase in it ("The next day, ...", "On the second day") moved the date, so that
        what it tells happened on the new date."""
        moved = False
        opens = False  # the day phrase opens the sentence ("The next day, ...")
        if "day" in words:
            low = text.lower()
            ordinal = None if words.isdisjoint(_ORDINALS) else _ORDINAL_DAY.search(low)
            if ordinal is not None:
                day = _ORDINALS[ordinal.group(1)]
                if self.date is not None and day > self._day:
                    self.date += dt.timedelta(days=day - self._day)
                self._day = day
                moved = self.date is not None
                opens = ordinal.start() <= _OPENING
            elif self.date is not None and (next_day := _NEXT_DAY.search(low)) is not None:
                if not _may_plan(words) or _PLAN.search(low, 0, next_day.start()) is None:
                    self.date += dt.timedelta(days=1)
                    moved = True
                    opens = next_day.start() <= _OPENING
            elif self.date is not None and (before := _DAY_BEFORE.search(low)) is not None:
                self.date -= dt.timedelta(days=1)
                moved = True
                opens = before.start() <= _OPENING
        elif "eve" in words and self.date is not None and _DAY_BEFORE.search(text.lower()):
            self.date -= dt.timedelta(days=1)
            moved = True
        if may_state_day(words):
            date, end = _stated_day(text, words, self.published)
            if date is not None and (
                self.published is None or date >= self.published - dt.timedelta(days=31)
            ):
                # (a day long before the report, "the treaty signed on May 5, 2019", is
                # recalled, not one of the days the report tells)
                planned = _may_plan(words) and _PLAN.search(text.lower()) is not None
                if planned and self.date is not None:
                    # "Deals are to be signed at a forum on Tuesday": a day still to come
                    # moves no day of the events told
                    return False
                self.date = date
                # (not a plan, "X will travel to Porto on Monday", nor the first day of a span
                # of days, as day_stated(single=True) tells)
                self.told = not planned and (end < 0 or _SPAN_AFTER.match(text, end) is None)
                return False
        # (a day phrase inside a clause, "the documents reached on the first day of the
        # visit", moves the running date but tells no day of the events told next)
        self.told = self.told or (moved and opens)
        return moved

    def meet(self, date: dt.date | None) -> None:
        """A meeting told on `date`: the events after it are of that day, unless moved."""
        if date is not None:
            self.date = date
        self.told = False
