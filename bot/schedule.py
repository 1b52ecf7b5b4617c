"""Digest subscriptions as data: when a digest is due, and which briefs it carries.

Pure functions of a clock, no I/O: `next_digest_at` and `missed_run` turn a `Schedule` into
UTC instants, `parse_subscribe_args` reads `/subscribe` arguments, `matches` applies filters.

Local times that do not exist or occur twice (DST changes) are resolved on purpose:
- a time inside the spring-forward gap fires the gap's length later (02:30 in a one-hour gap
  fires at 03:30 local), i.e. at the same instant it would have had before the change;
- a time that occurs twice (fall back) fires once, at its first occurrence.
"""

from __future__ import annotations

import calendar
import datetime as dt
import enum
import functools
import re
import zoneinfo
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import pycountry

from bot.brief import Brief
from bot.errors import BriefbotError

UTC = dt.UTC


class SubscribeArgsError(BriefbotError):
    """`/subscribe` arguments that cannot be understood; the message says which and why."""


class Cadence(enum.StrEnum):
    DAILY = "daily"
    WEEKDAYS = "weekdays"
    WEEKLY = "weekly"


@dataclass(frozen=True)
class Schedule:
    """When a subscription's digest is due: a local time of day, a cadence, a time zone.

    `weekday` (0 = Monday) is set for a weekly cadence only.
    """

    time: dt.time
    cadence: Cadence
    weekday: int | None
    tz: zoneinfo.ZoneInfo

    def __post_init__(self) -> None:
        if (self.cadence is Cadence.WEEKLY) != (self.weekday is not None):
            raise ValueError("weekday is required for a weekly cadence, and only for it")
        if self.weekday is not None and not 0 <= self.weekday <= 6:
            raise ValueError(f"weekday out of range: {self.weekday}")
        if self.time.tzinfo is not None:
            raise ValueError("time is a local wall-clock time without tzinfo")

    def describe(self) -> str:
        """Return the schedule in words, e.g. 'weekly on Monday at 09:00 (Europe/Berlin)'."""
        when = f"at {self.time:%H:%M} ({self.tz.key})"
        if self.cadence is Cadence.WEEKLY:
            assert self.weekday is not None  # noqa: S101 - guaranteed by __post_init__
            return f"weekly on {calendar.day_name[self.weekday]} {when}"
        if self.cadence is Cadence.WEEKDAYS:
            return f"on weekdays {when}"
        return f"daily {when}"


def _runs_on(schedule: Schedule, day: dt.date) -> bool:
    if schedule.cadence is Cadence.WEEKDAYS:
        return day.weekday() < 5
    if schedule.cadence is Cadence.WEEKLY:
        return day.weekday() == schedule.weekday
    return True


def slot_at(schedule: Schedule, day: dt.date) -> dt.datetime:
    """Return the UTC instant of the schedule's time on a local date (DST rules in the doc)."""
    # fold=0: in a gap zoneinfo applies the offset from before the change (so the gap's length
    # is added); for a repeated time it picks the first occurrence.
    local = dt.datetime.combine(day, schedule.time, tzinfo=schedule.tz)
    return local.astimezone(UTC)


def _check_aware(moment: dt.datetime) -> None:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("an aware datetime is required")


def next_digest_at(schedule: Schedule, after: dt.datetime) -> dt.datetime:
    """Return the first digest instant strictly after `after`, as an aware UTC datetime."""
    _check_aware(after)
    start = after.astimezone(schedule.tz).date() - dt.timedelta(days=1)
    for offset in range(10):
        day = start + dt.timedelta(days=offset)
        if _runs_on(schedule, day):
            slot = slot_at(schedule, day)
            if slot > after:
                return slot
    raise AssertionError("unreachable: every cadence has a slot within a week")


def previous_digest_at(schedule: Schedule, at_or_before: dt.datetime) -> dt.datetime:
    """Return the last digest instant at or before `at_or_before`, as an aware UTC datetime."""
    _check_aware(at_or_before)
    start = at_or_before.astimezone(schedule.tz).date() + dt.timedelta(days=1)
    for offset in range(10):
        day = start - dt.timedelta(days=offset)
        if _runs_on(schedule, day):
            slot = slot_at(schedule, day)
            if slot <= at_or_before:
                return slot
    raise AssertionError("unreachable: every cadence has a slot within a week")


def missed_run(schedule: Schedule, last_run: dt.datetime, now: dt.datetime) -> dt.datetime | None:
    """Return the one catch-up slot owed after downtime, or None.

    However many slots passed after `last_run` (the previous run, or the subscription's
    creation) up to `now`, one catch-up is owed: the latest of them.
    """
    _check_aware(last_run)
    latest = previous_digest_at(schedule, now)
    return latest if latest > last_run else None


# --- /subscribe arguments -------------------------------------------------------------------


@dataclass(frozen=True)
class Filters:
    """Which briefs a digest carries; an empty category accepts everything.

    Within a category any term may match; every non-empty category must match.
    """

    topics: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    people: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.topics or self.countries or self.people)

    def describe(self) -> str:
        """Return the filters in words, or 'all briefs'."""
        parts = [
            f"{name} {', '.join(terms)}"
            for name, terms in (
                ("topics", self.topics),
                ("countries", self.countries),
                ("people", self.people),
            )
            if terms
        ]
        return "; ".join(parts) if parts else "all briefs"


@dataclass(frozen=True)
class SubscribeRequest:
    """What `/subscribe` asked for; `filters` None means 'keep the current filters'."""

    schedule: Schedule
    filters: Filters | None = None
    channel: str | int | None = None
    changed: frozenset[str] = field(default_factory=frozenset)


_TIME = re.compile(r"^([01]?\d|2[0-3])[:.h]([0-5]\d)$")
_CHAT_ID = re.compile(r"^-?\d{5,}$")
_CHANNEL = re.compile(r"^@[A-Za-z][A-Za-z0-9_]{3,31}$")
_FILTER_WORDS = {
    "topic": "topics",
    "topics": "topics",
    "country": "countries",
    "countries": "countries",
    "person": "people",
    "people": "people",
}


@functools.cache
def _zones() -> dict[str, str]:
    return {name.casefold(): name for name in zoneinfo.available_timezones()}


# Full day names end a filter list; abbreviations would cut names such as "Sun …" short.
_DAY_NAMES = frozenset(name.casefold() for name in calendar.day_name)


def _weekday(token: str) -> int | None:
    word = token.casefold().rstrip("s")  # "mondays"
    for index in range(7):
        full = calendar.day_name[index].casefold()
        if word == full or (len(word) >= 3 and full.startswith(word)):
            return index
    return None


def _zone(token: str) -> zoneinfo.ZoneInfo | None:
    # Only Area/Location names and UTC: legacy zone names such as "Japan" or "Israel" would
    # swallow country filters.
    if "/" not in token and token.casefold() not in {"utc", "gmt"}:
        return None
    name = _zones().get(token.casefold())
    return zoneinfo.ZoneInfo(name) if name else None


def _is_option(token: str) -> bool:
    return bool(
        token.casefold() in _FILTER_WORDS
        or _TIME.match(token)
        or token.casefold() in set(Cadence)
        or token.casefold() in _DAY_NAMES
        or _CHANNEL.match(token)
        or _CHAT_ID.match(token)
        or _zone(token)
    )


def _terms(text: str) -> tuple[str, ...]:
    terms = (" ".join(term.split()) for term in text.split(","))
    return tuple(dict.fromkeys(term for term in terms if term))


def parse_channel(token: str) -> str | int | None:
    """Return a channel named as `@name` or a numeric chat id, or None."""
    if _CHANNEL.match(token):
        return token
    if _CHAT_ID.match(token):
        return int(token)
    return None


def parse_subscribe_args(args: Sequence[str], defaults: Schedule) -> SubscribeRequest:
    """Read `/subscribe` arguments; what is not given comes from `defaults`.

    Accepts, in any order: `HH:MM`; `daily`, `weekdays`, `weekly [DAY]` or a day name alone
    (weekly on that day); an IANA time zone; `topics a,b`, `countries X,Y`, `people A B`
    (each list runs to the next option); a channel `@name` or numeric chat id.
    """
    time, cadence, weekday, tz = None, None, None, None
    lists: dict[str, list[str]] = {}
    channel: str | int | None = None
    tokens = [token for token in args if token.strip()]
    i = 0
    while i < len(tokens):
        token = tokens[i]
        folded = token.casefold()
        i += 1
        if folded in _FILTER_WORDS:
            key = _FILTER_WORDS[folded]
            values: list[str] = []
            while i < len(tokens) and not _is_option(tokens[i]):
                values.append(tokens[i])
                i += 1
            if not _terms(" ".join(values)):
                raise SubscribeArgsError(f"'{token}' needs a value, e.g. '{key} energy,trade'")
            lists.setdefault(key, []).append(" ".join(values))
        elif match := _TIME.match(token):
            if time is not None:
                raise SubscribeArgsError("give one time of day")
            time = dt.time(int(match[1]), int(match[2]))
        elif folded in set(Cadence):
            if cadence is not None:
                raise SubscribeArgsError("give one of daily, weekdays or weekly")
            cadence = Cadence(folded)
        elif (day := _weekday(token)) is not None:
            if weekday is not None:
                raise SubscribeArgsError("give one day of the week")
            weekday = day
        elif _CHANNEL.match(token):
            channel = token
        elif _CHAT_ID.match(token):
            channel = int(token)
        elif (zone := _zone(token)) is not None:
            if tz is not None:
                raise SubscribeArgsError("give one time zone")
            tz = zone
        else:
            raise SubscribeArgsError(
                f"I don't understand '{token}'. Use a time (09:00), daily, weekdays, "
                "weekly DAY, a time zone (Europe/Berlin), topics …, countries …, people …"
            )
    if weekday is not None and cadence is None:
        cadence = Cadence.WEEKLY
    if weekday is not None and cadence is not Cadence.WEEKLY:
        raise SubscribeArgsError(f"a day of the week goes with weekly, not {cadence}")
    new_cadence = cadence or defaults.cadence
    if new_cadence is Cadence.WEEKLY:
        new_weekday = weekday if weekday is not None else defaults.weekday
        if new_weekday is None:
            new_weekday = 0
    else:
        new_weekday = None
    schedule = Schedule(
        time=time or defaults.time,
        cadence=new_cadence,
        weekday=new_weekday,
        tz=tz or defaults.tz,
    )
    filters = None
    if lists:
        filters = Filters(**{key: _terms(",".join(values)) for key, values in lists.items()})
    changed = {
        name
        for name, value in (("time", time), ("cadence", cadence or weekday), ("tz", tz))
        if value is not None
    }
    if filters is not None:
        changed.add("filters")
    return SubscribeRequest(schedule, filters, channel, frozenset(changed))


# --- filters --------------------------------------------------------------------------------


_WORD = re.compile(r"[^\W_]+")
# A term word this long also matches a longer word it begins ("energ" → "energy"); shorter
# words must match whole, so "li" does not match "lin".
_PREFIX_MIN = 4


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def _term_matches(term: str, value: str) -> bool:
    """Tell whether the term's words occur in the value, in order and adjacent."""
    want, have = _words(term), _words(value)
    if not want:
        return False
    for start in range(len(have) - len(want) + 1):
        if all(
            word == got or (len(word) >= _PREFIX_MIN and got.startswith(word))
            for word, got in zip(want, have[start : start + len(want)], strict=True)
        ):
            return True
    return False


def _any_term(terms: Iterable[str], values: Sequence[str]) -> bool:
    return any(_term_matches(term, value) for term in terms for value in values)


@functools.lru_cache(maxsize=1024)
def country_code(name: str) -> str | None:
    """Return the ISO 3166 alpha-3 code of a country name or code, or None."""
    text = name.strip()
    if not text:
        return None
    try:
        country = pycountry.countries.lookup(text)
    except LookupError:
        return None
    code: str = country.alpha_3
    return code


def _country_matches(terms: Iterable[str], countries: Sequence[str]) -> bool:
    codes = {country_code(country) for country in countries} - {None}
    for term in terms:
        code = country_code(term)
        if code is not None and code in codes:
            return True
        if _any_term([term], countries):
            return True
    return False


def matches(brief: Brief, filters: Filters) -> bool:
    """Tell whether a brief passes a subscription's filters (case-insensitive)."""
    if filters.topics and not _any_term(filters.topics, brief.topics):
        return False
    if filters.countries and not _country_matches(filters.countries, brief.countries):
        return False
    if filters.people:
        names = [person.name for person in brief.people]
        names += [p.name for meeting in brief.meetings for p in meeting.participants]
        if not _any_term(filters.people, names):
            return False
    return True
