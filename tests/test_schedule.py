"""Digest schedules, `/subscribe` arguments and filters: pure functions of a controlled clock."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.brief import Brief, Meeting, Person
from bot.schedule import (
    Cadence,
    Filters,
    Schedule,
    SubscribeArgsError,
    matches,
    missed_run,
    next_digest_at,
    parse_subscribe_args,
    previous_digest_at,
)

UTC = dt.UTC
BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")


def utc(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=UTC)  # type: ignore[misc]


def daily(hour: int, minute: int = 0, tz: ZoneInfo = BERLIN) -> Schedule:
    return Schedule(dt.time(hour, minute), Cadence.DAILY, None, tz)


@pytest.mark.parametrize(
    ("schedule", "after", "expected"),
    [
        # Berlin, spring forward on 2024-03-31 (UTC+1 -> UTC+2): 09:00 local on both sides.
        (daily(9), utc(2024, 3, 30, 7, 0), utc(2024, 3, 30, 8, 0)),
        (daily(9), utc(2024, 3, 30, 8, 0), utc(2024, 3, 31, 7, 0)),
        (daily(9), utc(2024, 3, 31, 7, 0), utc(2024, 4, 1, 7, 0)),
        # Berlin, fall back on 2024-10-27 (UTC+2 -> UTC+1).
        (daily(9), utc(2024, 10, 26, 7, 30), utc(2024, 10, 27, 8, 0)),
        (daily(9), utc(2024, 10, 27, 8, 0), utc(2024, 10, 28, 8, 0)),
        # New York, spring forward on 2024-03-10 (UTC-5 -> UTC-4), fall back on 2024-11-03.
        (daily(9, tz=NEW_YORK), utc(2024, 3, 9, 14, 0), utc(2024, 3, 10, 13, 0)),
        (daily(9, tz=NEW_YORK), utc(2024, 3, 10, 13, 0), utc(2024, 3, 11, 13, 0)),
        (daily(9, tz=NEW_YORK), utc(2024, 11, 2, 13, 0), utc(2024, 11, 3, 14, 0)),
        # A time inside the spring-forward gap fires the gap's length later (03:30 local).
        (daily(2, 30), utc(2024, 3, 30, 12, 0), utc(2024, 3, 31, 1, 30)),
        (daily(2, 30, NEW_YORK), utc(2024, 3, 9, 12, 0), utc(2024, 3, 10, 7, 30)),
        # A repeated time fires once, at its first occurrence (02:30 CEST = 00:30 UTC) ...
        (daily(2, 30), utc(2024, 10, 26, 12, 0), utc(2024, 10, 27, 0, 30)),
        # ... and not again at its second occurrence (02:30 CET = 01:30 UTC) that same night.
        (daily(2, 30), utc(2024, 10, 27, 0, 30), utc(2024, 10, 28, 1, 30)),
        (daily(1, 30, NEW_YORK), utc(2024, 11, 3, 5, 30), utc(2024, 11, 4, 6, 30)),
        # The local date decides, not the UTC one: 00:30 Berlin is 23:30 UTC the day before.
        (daily(0, 30), utc(2024, 6, 1, 21, 0), utc(2024, 6, 1, 22, 30)),
    ],
)
def test_next_digest_at_keeps_local_time_across_dst(
    schedule: Schedule, after: dt.datetime, expected: dt.datetime
) -> None:
    """It returns the next instant of the local time, correct on both sides of a DST change."""
    assert next_digest_at(schedule, after) == expected


@pytest.mark.parametrize(
    ("cadence", "weekday", "after", "expected"),
    [
        # 2024-06-07 is a Friday; weekdays skip Saturday and Sunday.
        (Cadence.WEEKDAYS, None, utc(2024, 6, 7, 6, 0), utc(2024, 6, 7, 7, 0)),
        (Cadence.WEEKDAYS, None, utc(2024, 6, 7, 7, 0), utc(2024, 6, 10, 7, 0)),
        (Cadence.WEEKDAYS, None, utc(2024, 6, 8, 12, 0), utc(2024, 6, 10, 7, 0)),
        # Weekly on Monday (0) and on Sunday (6).
        (Cadence.WEEKLY, 0, utc(2024, 6, 10, 7, 0), utc(2024, 6, 17, 7, 0)),
        (Cadence.WEEKLY, 0, utc(2024, 6, 10, 6, 59), utc(2024, 6, 10, 7, 0)),
        (Cadence.WEEKLY, 6, utc(2024, 6, 10, 7, 0), utc(2024, 6, 16, 7, 0)),
        # Weekly across the Berlin spring change (Sunday 2024-03-31).
        (Cadence.WEEKLY, 6, utc(2024, 3, 24, 8, 0), utc(2024, 3, 31, 7, 0)),
    ],
)
def test_next_digest_at_follows_cadence(
    cadence: Cadence, weekday: int | None, after: dt.datetime, expected: dt.datetime
) -> None:
    """It fires on weekdays only, or once a week on the chosen local day."""
    schedule = Schedule(dt.time(9, 0), cadence, weekday, BERLIN)
    assert next_digest_at(schedule, after) == expected


def test_next_digest_at_weekdays_uses_local_day() -> None:
    """A weekday schedule east of UTC fires on local Monday, which is Sunday in UTC."""
    schedule = Schedule(dt.time(7, 0), Cadence.WEEKDAYS, None, ZoneInfo("Asia/Tokyo"))
    assert next_digest_at(schedule, utc(2024, 6, 8, 12, 0)) == utc(2024, 6, 9, 22, 0)


def test_next_digest_at_requires_aware_datetime() -> None:
    """A naive datetime is refused rather than guessed."""
    with pytest.raises(ValueError, match="aware"):
        next_digest_at(daily(9), dt.datetime(2024, 1, 1))  # noqa: DTZ001


@given(
    when=st.datetimes(
        min_value=dt.datetime(2020, 1, 1),  # noqa: DTZ001 - hypothesis bounds are naive
        max_value=dt.datetime(2030, 1, 1),  # noqa: DTZ001
        timezones=st.just(UTC),
    ),
    hour=st.integers(0, 23),
    minute=st.sampled_from([0, 15, 30, 45]),
    zone=st.sampled_from(["Europe/Berlin", "America/New_York", "Asia/Kolkata", "UTC"]),
    cadence=st.sampled_from(list(Cadence)),
)
def test_next_and_previous_bracket_any_instant(
    when: dt.datetime, hour: int, minute: int, zone: str, cadence: Cadence
) -> None:
    """previous <= t < next, nothing in between, and next of previous is next."""
    weekday = 2 if cadence is Cadence.WEEKLY else None
    schedule = Schedule(dt.time(hour, minute), cadence, weekday, ZoneInfo(zone))
    nxt = next_digest_at(schedule, when)
    prev = previous_digest_at(schedule, when)
    assert prev <= when < nxt
    assert next_digest_at(schedule, prev) == nxt
    assert nxt - prev <= dt.timedelta(days=7, hours=2)
    assert nxt.tzinfo is UTC


@pytest.mark.parametrize(
    ("last_run", "now", "expected"),
    [
        # Nothing missed: the last run was the latest slot.
        (utc(2024, 6, 10, 7, 0), utc(2024, 6, 10, 12, 0), None),
        (utc(2024, 6, 10, 7, 0), utc(2024, 6, 11, 6, 59), None),
        # One slot missed.
        (utc(2024, 6, 10, 7, 0), utc(2024, 6, 11, 7, 30), utc(2024, 6, 11, 7, 0)),
        # Five slots missed: one catch-up, for the latest of them.
        (utc(2024, 6, 10, 7, 0), utc(2024, 6, 15, 9, 0), utc(2024, 6, 15, 7, 0)),
        # Never run: created before a slot that has passed.
        (utc(2024, 6, 10, 6, 0), utc(2024, 6, 10, 8, 0), utc(2024, 6, 10, 7, 0)),
    ],
)
def test_missed_run_owes_one_catch_up(
    last_run: dt.datetime, now: dt.datetime, expected: dt.datetime | None
) -> None:
    """However many slots passed while down, one catch-up run is owed."""
    assert missed_run(daily(9), last_run, now) == expected


DEFAULTS = Schedule(dt.time(8, 0), Cadence.DAILY, None, ZoneInfo("UTC"))


@pytest.mark.parametrize(
    ("args", "schedule"),
    [
        ([], DEFAULTS),
        (["09:30"], Schedule(dt.time(9, 30), Cadence.DAILY, None, ZoneInfo("UTC"))),
        (["7:05", "weekdays"], Schedule(dt.time(7, 5), Cadence.WEEKDAYS, None, ZoneInfo("UTC"))),
        (["weekly", "friday", "18:00"], Schedule(dt.time(18), Cadence.WEEKLY, 4, ZoneInfo("UTC"))),
        (["Tue"], Schedule(dt.time(8), Cadence.WEEKLY, 1, ZoneInfo("UTC"))),
        (["weekly"], Schedule(dt.time(8), Cadence.WEEKLY, 0, ZoneInfo("UTC"))),
        (["europe/berlin", "DAILY"], Schedule(dt.time(8), Cadence.DAILY, None, BERLIN)),
        (["America/New_York", "23:59"], Schedule(dt.time(23, 59), Cadence.DAILY, None, NEW_YORK)),
    ],
)
def test_parse_subscribe_args_schedule(args: list[str], schedule: Schedule) -> None:
    """Time, cadence, day and zone come in any order; what is missing comes from defaults."""
    request = parse_subscribe_args(args, DEFAULTS)
    assert request.schedule == schedule
    assert request.filters is None
    assert request.channel is None


def test_parse_subscribe_args_filters_and_channel() -> None:
    """Filter lists run to the next option; commas and spaces separate terms sensibly."""
    request = parse_subscribe_args(
        "@my_channel 09:00 topics energy, green transport countries South Korea,China "  # noqa: SIM905
        "people Li Qiang Europe/Berlin".split(),
        DEFAULTS,
    )
    assert request.channel == "@my_channel"
    assert request.schedule == Schedule(dt.time(9), Cadence.DAILY, None, BERLIN)
    assert request.filters == Filters(
        topics=("energy", "green transport"),
        countries=("South Korea", "China"),
        people=("Li Qiang",),
    )
    assert request.changed == frozenset({"time", "tz", "filters"})


def test_parse_subscribe_args_numeric_channel_and_legacy_zone_name() -> None:
    """A numeric chat id is a channel; a country that is a legacy zone name stays a country."""
    request = parse_subscribe_args(["-1001234567890", "countries", "Japan"], DEFAULTS)
    assert request.channel == -1001234567890
    assert request.filters == Filters(countries=("Japan",))
    assert request.schedule.tz == ZoneInfo("UTC")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["25:00"], "don't understand '25:00'"),
        (["09:00", "10:00"], "one time"),
        (["daily", "monday"], "goes with weekly"),
        (["topics"], "needs a value"),
        (["Mars/Olympus"], "don't understand"),
        (["daily", "weekly"], "one of daily"),
    ],
)
def test_parse_subscribe_args_refuses_bad_input(args: list[str], message: str) -> None:
    """Bad arguments raise an error whose message says what is wrong."""
    with pytest.raises(SubscribeArgsError, match=message):
        parse_subscribe_args(args, DEFAULTS)


def test_parse_keeps_weekday_of_weekly_defaults() -> None:
    """Changing only the time of a weekly subscription keeps its day."""
    current = Schedule(dt.time(8), Cadence.WEEKLY, 3, BERLIN)
    assert parse_subscribe_args(["10:00"], current).schedule == Schedule(
        dt.time(10), Cadence.WEEKLY, 3, BERLIN
    )


def test_schedule_describe() -> None:
    """The schedule reads as words with the zone name."""
    assert Schedule(dt.time(9), Cadence.WEEKLY, 0, BERLIN).describe() == (
        "weekly on Monday at 09:00 (Europe/Berlin)"
    )
    assert daily(7, 5).describe() == "daily at 07:05 (Europe/Berlin)"


BRIEF = Brief(
    id="b",
    topics=("green energy", "transport and transit", "visa-free regime"),
    countries=("Kazakhstan", "China"),
    people=(Person(name="Kassym-Jomart Tokayev"), Person(name="Lin Wei")),
    meetings=(Meeting(participants=(Person(name="Aibek Saparov"),)),),
)


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (Filters(), True),
        (Filters(topics=("Energy",)), True),
        (Filters(topics=("energ",)), True),
        (Filters(topics=("transit",)), True),
        (Filters(topics=("visa",)), True),
        (Filters(topics=("agriculture",)), False),
        (Filters(topics=("agriculture", "transport")), True),
        (Filters(topics=("ene",)), False),
        (Filters(countries=("china",)), True),
        (Filters(countries=("CN",)), True),
        (Filters(countries=("KAZ",)), True),
        (Filters(countries=("Uzbekistan",)), False),
        (Filters(people=("tokayev",)), True),
        (Filters(people=("Kassym-Jomart Tokayev",)), True),
        (Filters(people=("Saparov",)), True),
        (Filters(people=("Li",)), False),
        (Filters(topics=("energy",), countries=("Uzbekistan",)), False),
        (Filters(topics=("energy",), countries=("China",), people=("Tokayev",)), True),
    ],
)
def test_matches_filters(filters: Filters, expected: bool) -> None:
    """Terms match case-insensitively, by whole words or word beginnings of 4+ letters."""
    assert matches(BRIEF, filters) is expected
