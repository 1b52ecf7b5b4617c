"""The days of meetings, resolved against the publication date."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.parser import parse_brief
from bot.parser.dates import find_date
from bot.parser.text import sentences

D = dt.date


def _days(text: str) -> list[tuple[list[str], dt.date | None]]:
    brief = parse_brief(text, brief_id="m")
    return [([p.name for p in m.participants], m.date) for m in brief.meetings]


def test_a_who_clause_closing_the_sentence_keeps_its_own_day() -> None:
    """ "On Monday morning, X was received by Y, who had attended Z's wedding on 3 March.":
    the meeting is of the day the sentence opens with, not the clause's."""
    text = (
        "Harbourton, 19 Jun 2027 (HNA) - Prime Minister Talia Verrand and President Osric "
        "Lune yesterday signed four agreements in Harbourton.\n\n"
        "Earlier on Friday morning, the visiting president was received at the Castle by "
        "King Aldous Fenn, who had attended Lune's inauguration in Porto Lux on 3 March.\n"
    )
    assert (["Osric Lune", "Aldous Fenn"], D(2027, 6, 18)) in _days(text)


def test_a_day_named_by_its_number_alone_is_of_the_reports_month() -> None:
    """ "On the 9th of this month": the day of the month the report is dated in."""
    text = (
        "Harbourton, 12.05.2027 – On the 9th of this month, Minister of Foreign Affairs "
        "Talia Verrand received Deputy Minister Osric Lune, who is in Sylvania on a working "
        "visit.\n\nThe parties discussed trade and transport.\n"
    )
    assert _days(text) == [(["Talia Verrand", "Osric Lune"], D(2027, 5, 9))]


@pytest.mark.parametrize(
    ("phrase", "published", "date"),
    [
        ("on the 9th of this month", D(2027, 5, 12), D(2027, 5, 9)),
        ("on the 3rd", D(2027, 5, 12), D(2027, 5, 3)),
        # a day well after the report's: of the month before
        ("on the 28th", D(2027, 5, 12), D(2027, 4, 28)),
        ("on the 9th session of the commission", D(2027, 5, 12), None),
    ],
)
def test_find_date_reads_a_day_of_the_month_by_its_number(
    phrase: str, published: dt.date, date: dt.date | None
) -> None:
    text = f"The two met {phrase}."
    (sentence,) = sentences(text)  # its words as the parser reads them: "9th" gives "th"
    assert find_date(text, published, sentence.words) == date


@pytest.mark.parametrize(
    "sentence",
    [
        "Verrand and Lune agreed in a phone call Friday morning to begin talks right after "
        "Sylvania's April 28 general election.",
        "Verrand and Lune spoke on Friday, a month before the May 2 runoff vote.",
    ],
)
def test_a_date_naming_another_event_before_its_noun_leaves_the_weekday_the_meetings(
    sentence: str,
) -> None:
    """ "after Sylvania's April 28 election": the date names the election; the call is of
    the weekday the sentence tells."""
    assert find_date(sentence, D(2027, 3, 28)) == D(2027, 3, 26)


def test_a_date_before_a_meetings_noun_with_no_weekday_stays_the_meetings() -> None:
    assert find_date("The two met at the March 3 summit in Lima.", D(2027, 3, 28)) == D(2027, 3, 3)


def test_the_first_meeting_told_under_the_sentence_giving_the_day_is_of_that_day() -> None:
    """ "Sylvania and Ostland on Monday held their dialogue here. The Sylvanian side was led
    by A and B, while Ostland was represented by C and D.": the dialogue's day."""
    text = (
        "Sylvania, Ostland hold second dialogue\n\nMara Quill\n\nHARBOURTON\n\n"
        "Updated - March 3, 2027 09:14 pm\n\n"
        "Sylvania and Ostland on Monday held the second edition of their Ministerial "
        "Dialogue here and agreed to expand cooperation in shipping.\n\n"
        "The Sylvanian side was led by Defence Minister Talia Verrand and Foreign Minister "
        "Osric Lune, while Ostland was represented by Defence Minister Pablo Rojas and "
        "Foreign Minister Rosa Quispe.\n\nThe talks went well.\n"
    )
    days = _days(text)
    assert days
    assert all(day == D(2027, 3, 1) for _, day in days)


@pytest.mark.parametrize(
    "top",
    [
        "LIVE\n\nLive: Sylvanian minister in Harbourton for talks\n\n",
        "Sylvanian minister in Harbourton: talks end – as it happened\n\n",
    ],
)
def test_a_live_blogs_meetings_with_no_day_of_their_own_are_of_its_day(top: str) -> None:
    text = (
        f"{top}Published: 04/03/2027 - 08:55\n\n"
        "16:05\nMinister received by the president\n\n"
        "President Osric Lune received Foreign Minister Talia Verrand for about an hour at "
        "the palace, the presidency said in a statement.\n\n"
        "11:20\nThe economic stakes\n\nTrade between the two reached €11.8 billion in 2026.\n"
    )
    assert _days(text) == [(["Osric Lune", "Talia Verrand"], D(2027, 3, 4))]


def test_a_meeting_with_no_day_in_a_story_that_is_no_live_blog_stays_undated() -> None:
    text = (
        "Sylvanian minister in Harbourton\n\nPublished: 04/03/2027 - 08:55\n\n"
        "Trade between Sylvania and Ostland reached €11.8 billion in 2026.\n\n"
        "President Osric Lune received Foreign Minister Talia Verrand for about an hour at "
        "the palace, the presidency said in a statement.\n"
    )
    assert _days(text) == [(["Osric Lune", "Talia Verrand"], None)]


def test_the_meetings_of_a_one_day_visit_are_of_its_day() -> None:
    """ "X, who arrived for a one-day visit, was first received by A. He then held talks
    with B": the day the story gives its visit; a meeting held elsewhere keeps none."""
    text = (
        "Harbourton, 14 May 2027 (HNA) - Prime Minister Talia Verrand and President Osric "
        "Lune signed a declaration on friendly relations in Harbourton on Thursday.\n\n"
        "Lune, who arrived in the capital shortly before noon for a one-day visit, was first "
        "received by King Aldous Fenn at the palace. He then held talks with Verrand.\n\n"
        "The visit was prepared by Foreign Minister Rosa Quispe and her counterpart Pablo "
        "Rojas during a meeting in Porto Lux in April.\n"
    )
    days = {tuple(names): day for names, day in _days(text)}
    assert days[("Osric Lune", "Aldous Fenn")] == D(2027, 5, 13)
    assert days[("Rosa Quispe", "Pablo Rojas")] is None


@pytest.mark.parametrize("body", ["Business Council meeting", "Joint Trade Council meeting"])
def test_a_meeting_told_before_a_bodys_meeting_is_on_its_day(body: str) -> None:
    """ "Before the Business Council meeting, X was received by Y": the body's meeting told
    before (its name of up to three words before "meeting") gives its day."""
    text = (
        "date 2027-11-20\n"
        "The 3rd meeting of the Ruritania-Velmora Business Council was held in Velmora on "
        "November 19 under the co-chairmanship of Minister Aldo Varga and Deputy Minister Piet "
        f"Kansky.\n\nBefore the {body}, Kansky was received by Velmora's Deputy Minister of "
        "Trade Ivo Dren.\n"
    )
    assert (["Piet Kansky", "Ivo Dren"], D(2027, 11, 19)) in _days(text)


@pytest.mark.parametrize(
    ("between", "day"),
    [
        # the arrival told as background, the talks told on at length: the talks' day
        (
            "Opening the talks, Osric Lune praised the ties.\n\nThe sides discussed trade "
            "and energy.\n\nFollowing the talks, the presidents signed nine documents.\n\n",
            D(2027, 6, 17),
        ),
        # right after the arrival's day, "the same day" is that day
        ("", D(2027, 6, 16)),
    ],
)
def test_the_same_day_after_a_flashback_told_long_before_is_the_talks_day(
    between: str, day: dt.date
) -> None:
    """ "A and B held talks on Thursday. A had arrived on Wednesday evening. (... the talks
    ...) On the same day, A met C": the day of the talks, not of the arrival told after them
    as background; with nothing between, the arrival's day."""
    text = (
        "Harbourton, 17 June 2027 — President Talia Verrand and President Osric Lune held "
        "talks in Harbourton on Thursday.\n\n"
        "The guest arrived in Harbourton on Wednesday evening with a large delegation.\n\n"
        f"{between}On the same day, Osric Lune met Prime Minister Aldo Varga.\n"
    )
    assert (["Osric Lune", "Aldo Varga"], day) in _days(text)
