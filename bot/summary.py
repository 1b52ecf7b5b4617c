"""Brief(s) -> answer content -> Telegram HTML or plain text.

The content of every answer (meetings, figures, topics, quotes, people, overview, lists, search
results, digests) is built first as plain data, an `Answer`; two renderers turn it into Telegram
HTML messages (`render_html`: escaped, split at paragraph boundaries, each within the limit) or
plain text (`render_text`). Handlers and the digest call only these functions; nothing here
knows about Telegram's client library.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

import pycountry

from bot.brief import Brief, Figure, Meeting, Person

Style = Literal["plain", "bold", "italic"]


@dataclass(frozen=True, slots=True)
class Span:
    """A run of text in one style; the renderers escape `text`."""

    text: str
    style: Style = "plain"


Line = tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph: an optional bold title and its lines. Messages split between blocks."""

    title: str | None = None
    lines: tuple[Line, ...] = ()


@dataclass(frozen=True, slots=True)
class Answer:
    """What the bot answers: a heading, an optional subheading and blocks of lines."""

    heading: str
    subheading: str | None = None
    blocks: tuple[Block, ...] = ()


# ------------------------------------------------------------------------- building blocks

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_WS = re.compile(r"\s+")
BULLET = "• "
DASH = " — "
DOT = " · "


def clean(text: str) -> str:
    """Return `text` on one line: whitespace runs collapsed, control and surrogate chars gone."""
    if text.isprintable():  # the common case, and fast: no control, format or other space
        return text.strip(" ") if "  " not in text else _WS.sub(" ", text).strip()
    text = "".join(
        "\ufffd" if unicodedata.category(ch) == "Cs" else ch
        for ch in text
        if ch.isspace() or unicodedata.category(ch) not in ("Cc", "Cf") or ch in "\u200d\u200c"
    )
    return _WS.sub(" ", text).strip()


def b(text: str) -> Span:
    """Return a bold span of brief text."""
    return Span(clean(text), "bold")


def i(text: str) -> Span:
    """Return an italic span of brief text."""
    return Span(clean(text), "italic")


def line(*parts: str | Span) -> Line:
    """Build a line from plain strings and spans; empty parts are left out."""
    spans = (p if isinstance(p, Span) else Span(_keep_edges(p)) for p in parts)
    return tuple(s for s in spans if s.text)


def _keep_edges(text: str) -> str:
    """Clean `text` but keep one space at either edge, so separators stay separators."""
    inner = clean(text)
    if not inner:
        return " " if text[:1].isspace() or text[-1:].isspace() else ""
    lead = " " if text[:1].isspace() else ""
    trail = " " if text[-1:].isspace() else ""
    return f"{lead}{inner}{trail}"


def format_date(day: dt.date | None) -> str | None:
    """Return '17 Oct 2023' (independent of the locale), or None."""
    if day is None:
        return None
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def headline(brief: Brief) -> str:
    """Return the brief's headline: its title, else its summary's first sentence, shortened."""
    if brief.title and clean(brief.title):
        return clean(brief.title)
    if brief.summary and clean(brief.summary):
        first = re.split(r"(?<=[.!?])\s", clean(brief.summary), maxsplit=1)[0]
        return _shorten(first, 120)
    return "Untitled brief"


def _shorten(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit // 2 else cut).rstrip(" ,;:") + "…"


def brief_label(brief: Brief, number: int | None = None) -> str:
    """Return 'Brief 3 · 18 Oct 2023 · <headline>' (parts left out when unknown)."""
    parts = [f"Brief {number}" if number is not None else None, format_date(brief.date)]
    parts.append(headline(brief))
    return DOT.join(p for p in parts if p)


def _find_person(brief: Brief, person: Person) -> Person:
    """Complete a meeting participant's title and country from the brief's people."""
    if person.title and person.country:
        return person
    name = clean(person.name)
    matches = [p for p in brief.people if clean(p.name) == name]
    if not matches and name:
        surname = name.split()[-1]
        matches = [p for p in brief.people if p.name.split() and p.name.split()[-1] == surname]
    if not matches:
        return person
    known = matches[0]
    return Person(
        name=person.name if len(person.name) >= len(known.name) else known.name,
        title=person.title or known.title,
        country=person.country or known.country,
    )


def _title_goes_first(title: str) -> bool:
    """A short office ('President', 'Foreign Minister') reads well before the name."""
    return len(title.split()) <= 3 and " of " not in f" {title} "


def person_label(person: Person) -> str:
    """Return 'President Kassym-Jomart Tokayev (Kazakhstan)' or 'Name, long office (Country)'."""
    name = clean(person.name)
    title = clean(person.title or "")
    if title and _title_goes_first(title):
        label = f"{title} {name}"
    elif title:
        label = f"{name}, {title}"
    else:
        label = name
    country = clean(person.country or "")
    return f"{label} ({country})" if country else label


def _short_person(person: Person) -> str:
    country = clean(person.country or "")
    return f"{clean(person.name)} ({country})" if country else clean(person.name)


def _capitalised(text: str) -> str:
    text = clean(text)
    return text[:1].upper() + text[1:]


# ---------------------------------------------------------------------------------- figures


@lru_cache(maxsize=512)
def _is_currency(unit: str) -> bool:
    return len(unit) == 3 and unit.isupper() and pycountry.currencies.get(alpha_3=unit) is not None


def _number(value: float, places: int = 2) -> str:
    """Return 40 -> '40', 1234567 -> '1,234,567', 2.5 -> '2.5'."""
    if value == int(value) and abs(value) < 1e18:
        return f"{int(value):,}"
    text = f"{value:,.{places}f}".rstrip("0").rstrip(".")
    return text if text not in ("0", "-0") else f"{value:.{places}g}"


def normalised_value(figure: Figure) -> str:
    """Return the figure's value with its unit: 'USD 40 billion', '9', '50%', '2.5 times'."""
    value, unit = figure.value, clean(figure.unit)
    if _is_currency(unit):
        for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
            if abs(value) >= scale:
                return f"{unit} {_number(value / scale)} {word}"
        return f"{unit} {_number(value)}"
    if unit == "count":
        return _number(value)
    if unit == "percent":
        return f"{_number(value)}%"
    if unit == "fraction":
        return f"{_number(value * 100, 1)}%"
    if unit == "times":
        return f"{_number(value)} times"
    if unit == "years":
        return f"{_number(value)} year" if value == 1 else f"{_number(value)} years"
    return f"{_number(value)} {unit}".rstrip()


# Ways a figure's text already says its qualifier ("more than 1,500" is "over").
_SAYS_APPROX = {
    "over": ("over", "more than", "above", "exceeding", "in excess of", "upwards of", "plus"),
    "about": ("about", "around", "some", "roughly", "approximately", "nearly", "almost", "circa"),
    "nearly": ("nearly", "almost", "close to", "just under", "about"),
    "up to": ("up to", "as much as", "as many as", "at most", "maximum"),
}


def _approx_note(figure: Figure) -> str | None:
    """Return the qualifier ('target', 'about') unless the figure's text already says it."""
    approx = clean(figure.approx or "")
    text = clean(figure.text).lower()
    if not approx:
        return None
    said = _SAYS_APPROX.get(approx.lower(), (approx.lower(),))
    if any(re.search(rf"(?<![^\W\d_]){re.escape(word)}(?![^\W\d_])", text) for word in said):
        return None
    return approx


def figure_line(figure: Figure) -> Line:
    """Return '• $40 billion (target) — trade volume with China · USD 40 billion'."""
    text = clean(figure.text)
    approx = _approx_note(figure)
    value = normalised_value(figure)
    compact = text.replace(",", "").replace(" ", "").lower()
    show_value = value.replace(",", "").replace(" ", "").lower() not in compact
    measures = clean(figure.measures or "")
    if not measures and figure.sentence and clean(figure.sentence):
        measures = f"in “{_shorten(clean(figure.sentence), 160)}”"
    return line(
        BULLET,
        b(text or value),
        f" ({approx})" if approx else "",
        f"{DASH}{measures}" if measures else "",
        f"{DOT}{value}" if show_value and text else "",
    )


def top_figures(brief: Brief, count: int = 3) -> list[Figure]:
    """Return the first `count` figures, preferring those that say what they measure."""
    ranked = sorted(
        enumerate(brief.figures), key=lambda item: (not clean(item[1].measures or ""), item[0])
    )
    return [figure for _, figure in ranked[:count]]


# ----------------------------------------------------------------------------------- answers


def _none_block(message: str) -> tuple[Block, ...]:
    return (Block(lines=(line(i(message)),)),)


def _meeting_block(brief: Brief, meeting: Meeting, position: int | None) -> Block:
    kind = _capitalised(meeting.kind or "") or "Meeting"
    title = f"{position}. {kind}" if position is not None else kind
    lines = [line(BULLET, person_label(_find_person(brief, p))) for p in meeting.participants]
    if not lines:
        lines.append(line(BULLET, i("participants not stated")))
    when = format_date(meeting.date)
    lines.append(line("Date: ", when) if when else line("Date: ", i("not stated")))
    if meeting.place and clean(meeting.place):
        lines.append(line("Place: ", meeting.place))
    return Block(title=title, lines=tuple(lines))


def meeting_answer(brief: Brief, number: int | None = None) -> Answer:
    """Return each meeting: kind, participants with office and country, date, place if known."""
    meetings = brief.meetings
    label = brief_label(brief, number)
    if not meetings:
        return Answer("Meeting", label, _none_block("No meeting is reported in this brief."))
    if len(meetings) == 1:
        # One meeting: its kind is the heading ("Phone call"), the block needs no title.
        block = _meeting_block(brief, meetings[0], None)
        return Answer(block.title or "Meeting", label, (Block(lines=block.lines),))
    blocks = tuple(_meeting_block(brief, m, n) for n, m in enumerate(meetings, 1))
    return Answer("Meetings", label, blocks)


def figures_answer(brief: Brief, number: int | None = None) -> Answer:
    """Return each figure as written, its qualifier, what it measures and its value."""
    if not brief.figures:
        return Answer("Figures", brief_label(brief, number), _none_block("No figures reported."))
    lines = tuple(figure_line(f) for f in brief.figures)
    return Answer("Figures", brief_label(brief, number), (Block(lines=lines),))


def topics_answer(brief: Brief, number: int | None = None) -> Answer:
    """Return the topics of cooperation, one per line."""
    topics = [clean(t) for t in brief.topics if clean(t)]
    if not topics:
        return Answer("Topics", brief_label(brief, number), _none_block("No topics reported."))
    lines = tuple(line(BULLET, t) for t in topics)
    return Answer("Topics", brief_label(brief, number), (Block(lines=lines),))


def quotes_answer(brief: Brief, number: int | None = None) -> Answer:
    """Return each quote as 'Speaker — “text”', a paragraph each."""
    quotes = [q for q in brief.quotes if clean(q.text)]
    if not quotes:
        return Answer("Quotes", brief_label(brief, number), _none_block("No quotes reported."))
    blocks = tuple(
        Block(
            lines=(
                line(
                    b(q.speaker) if q.speaker and clean(q.speaker) else i("Unattributed"),
                    DASH,
                    f"“{clean(q.text)}”",
                ),
            )
        )
        for q in quotes
    )
    return Answer("Quotes", brief_label(brief, number), blocks)


def _person_line(person: Person) -> Line:
    details = DOT.join(x for x in (clean(person.title or ""), clean(person.country or "")) if x)
    return line(BULLET, b(person.name), f"{DASH}{details}" if details else "")


def people_answer(brief: Brief, number: int | None = None) -> Answer:
    """Return everyone named: name, office and country."""
    people = [p for p in brief.people if clean(p.name)]
    if not people:
        return Answer("People", brief_label(brief, number), _none_block("No people named."))
    lines = tuple(_person_line(p) for p in people)
    return Answer("People", brief_label(brief, number), (Block(lines=lines),))


def _count(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def overview_answer(brief: Brief, number: int | None = None) -> Answer:
    """Return the /brief overview: headline, date, source, summary, counts, figures, topics."""
    facts = []
    if brief.reported_by and clean(brief.reported_by):
        facts.append(line("Reported by: ", brief.reported_by))
    if brief.source_url and clean(brief.source_url):
        facts.append(line("Source: ", brief.source_url))
    counts = DOT.join(
        (
            _count(len(brief.meetings), "meeting"),
            _count(len(brief.figures), "figure"),
            _count(len(brief.people), "person").replace("persons", "people"),
            _count(len(brief.quotes), "quote"),
        )
    )
    facts.append(line(counts))
    blocks = [Block(lines=tuple(facts))]
    if brief.summary and clean(brief.summary):
        blocks.append(Block(title="Summary", lines=(line(brief.summary),)))
    if brief.meetings:
        blocks.append(
            Block(title="Meetings", lines=tuple(_meeting_line(brief, m) for m in brief.meetings))
        )
    if brief.figures:
        figures = tuple(figure_line(f) for f in top_figures(brief))
        blocks.append(Block(title="Top figures", lines=figures))
    topics = [clean(t) for t in brief.topics if clean(t)]
    if topics:
        blocks.append(Block(title="Topics", lines=(line(", ".join(topics)),)))
    parts = (
        f"Brief {number}" if number is not None else None,
        format_date(brief.date),
        clean(brief.dateline or ""),
    )
    return Answer(headline(brief), DOT.join(p for p in parts if p) or None, tuple(blocks))


def _meeting_line(brief: Brief, meeting: Meeting) -> Line:
    people = " and ".join(_short_person(_find_person(brief, p)) for p in meeting.participants)
    kind = _capitalised(meeting.kind or "") or "Meeting"
    when = format_date(meeting.date)
    place = clean(meeting.place or "")
    tail = ", ".join(x for x in (place, when) if x)
    return line(BULLET, kind, f": {people}" if people else "", f"{DOT}{tail}" if tail else "")


def _entry_line(number: int, brief: Brief) -> Line:
    when = format_date(brief.date)
    return line(b(str(number)), f"{DOT}{when}" if when else "", DOT, headline(brief))


def brief_list_answer(entries: Sequence[tuple[int, Brief]], *, page: int, pages: int) -> Answer:
    """Return one line per brief (number, date, headline), in the order given; page is 1-based."""
    subheading = f"Page {page} of {pages}" if pages > 1 else None
    if not entries:
        return Answer("Briefs", subheading, _none_block("No briefs are loaded."))
    lines = tuple(_entry_line(n, brief) for n, brief in entries)
    return Answer("Briefs", subheading, (Block(lines=lines),))


def search_answer(query: str, hits: Sequence[tuple[int, Brief]]) -> Answer:
    """Return the briefs matching `query`, ranked as given."""
    query = clean(query)
    if not hits:
        return Answer("Search", f"“{query}”", _none_block("No brief matches."))
    lines = tuple(_entry_line(n, brief) for n, brief in hits)
    found = _count(len(hits), "brief")
    return Answer("Search", f"“{query}”{DOT}{found}", (Block(lines=lines),))


def digest_block(number: int, brief: Brief) -> Block:
    """Return one brief of a digest: headline, meeting, top 3 figures, topics, '/brief N'."""
    lines: list[Line] = []
    when = format_date(brief.date)
    where = clean(brief.dateline or "")
    if when or where:
        lines.append(line(DOT.join(x for x in (when, where) if x)))
    lines.extend(_meeting_line(brief, m) for m in brief.meetings[:1])
    lines.extend(figure_line(f) for f in top_figures(brief))
    topics = [clean(t) for t in brief.topics if clean(t)]
    if topics:
        lines.append(line("Topics: ", ", ".join(topics)))
    lines.append(line(f"More: /brief {number}"))
    return Block(title=f"{number}. {headline(brief)}", lines=tuple(lines))


def digest_answer(
    entries: Sequence[tuple[int, Brief]], *, late: bool = False, title: str = "Digest"
) -> Answer:
    """Return a digest of several briefs; `late` adds a note that it was delayed."""
    blocks: list[Block] = []
    if late:
        blocks.append(Block(lines=(line(i("This digest is late: its delivery was delayed.")),)))
    if not entries:
        blocks.append(Block(lines=(line(i("No new briefs.")),)))
        return Answer(title, None, tuple(blocks))
    blocks.extend(digest_block(n, brief) for n, brief in entries)
    return Answer(title, _count(len(entries), "brief"), tuple(blocks))


# --------------------------------------------------------------------------------- renderers

TELEGRAM_LIMIT = 4096
_TAGS: dict[Style, tuple[str, str]] = {
    "plain": ("", ""),
    "bold": ("<b>", "</b>"),
    "italic": ("<i>", "</i>"),
}


def utf16_len(text: str) -> int:
    """Return the length Telegram counts: UTF-16 code units."""
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def cut_utf16(text: str, limit: int) -> str:
    """Cut `text` to `limit` UTF-16 code units (Telegram's unit), with an ellipsis when cut."""
    encoded = text.encode("utf-16-le", "surrogatepass")
    if len(encoded) <= 2 * limit:
        return text
    # errors="ignore" drops half a surrogate pair left at the cut.
    return encoded[: 2 * (limit - 1)].decode("utf-16-le", errors="ignore") + "…"


def _paragraphs(answer: Answer) -> list[list[Line]]:
    head: list[Line] = [line(b(answer.heading))]
    if answer.subheading and clean(answer.subheading):
        head.append(line(i(answer.subheading)))
    paragraphs = [[ln for ln in head if ln]]
    for block in answer.blocks:
        lines: list[Line] = []
        if block.title and clean(block.title):
            lines.append(line(b(block.title)))
        lines.extend(ln for ln in block.lines if any(s.text.strip() for s in ln))
        if lines:
            paragraphs.append(lines)
    return [p for p in paragraphs if p]


def _span_html(span: Span, text: str | None = None) -> str:
    opening, closing = _TAGS[span.style]
    return f"{opening}{html.escape(span.text if text is None else text, quote=False)}{closing}"


def _line_html(spans: Iterable[Span]) -> str:
    return "".join(_span_html(s) for s in spans)


def _cut(text: str, span: Span, room: int) -> int:
    """Return where to cut `text` so that its rendered span fits `room` units.

    Prefer the end of a sentence, then a space; cut inside a word only when nothing else fits.
    """
    lo, hi = 0, len(text)
    while lo < hi:  # the largest prefix that fits: rendered length grows with the prefix
        mid = (lo + hi + 1) // 2
        if utf16_len(_span_html(span, text[:mid])) <= room:
            lo = mid
        else:
            hi = mid - 1
    if lo == len(text) or lo == 0:
        return lo
    prefix = text[:lo]
    if text[lo].isspace():
        return lo
    sentence = max(prefix.rfind(". "), prefix.rfind("! "), prefix.rfind("? "))
    if sentence > lo // 2:
        return sentence + 1
    space = prefix.rfind(" ")
    return space if space > 0 else lo


def _split_line(spans: Line, limit: int) -> list[str]:
    """Split one over-long line into pieces of at most `limit` units, each tag closed."""
    pieces: list[str] = []
    current = ""
    for span in spans:
        text = span.text
        while text:
            rendered = _span_html(span, text)
            if utf16_len(current + rendered) <= limit:
                current += rendered
                break
            room = limit - utf16_len(current)
            cut = _cut(text, span, room)
            if cut == 0:
                if not current:
                    raise ValueError(f"limit {limit} is too small to render this answer")
                pieces.append(current)
                current = ""
                continue
            head = text[:cut].rstrip()
            if head:
                current += _span_html(span, head)
            if current.strip():
                pieces.append(current)
            current = ""
            text = text[cut:].lstrip()
    if current.strip():
        pieces.append(current)
    return pieces


def _pack(units: Iterable[str], separator: str, limit: int) -> list[str]:
    """Join `units` with `separator` greedily into chunks of at most `limit` units."""
    chunks: list[str] = []
    current: str | None = None
    for unit in units:
        if current is not None and utf16_len(current + separator + unit) <= limit:
            current += separator + unit
            continue
        if current is not None:
            chunks.append(current)
        current = unit
    if current is not None:
        chunks.append(current)
    return chunks


def render_html(answer: Answer, *, limit: int = TELEGRAM_LIMIT) -> list[str]:
    """Render `answer` as Telegram HTML messages, each at most `limit` UTF-16 units.

    Brief text is escaped; messages split between paragraphs, a paragraph too long for one
    message splits between lines, and a line too long between sentences or words; every
    message closes the tags it opens.
    """
    units: list[str] = []
    for paragraph in _paragraphs(answer):
        rendered = "\n".join(_line_html(ln) for ln in paragraph)
        if utf16_len(rendered) <= limit:
            units.append(rendered)
            continue
        # Too long for one message: its lines (split further if need be) become units.
        pieces: list[str] = []
        for ln in paragraph:
            text = _line_html(ln)
            pieces.extend([text] if utf16_len(text) <= limit else _split_line(ln, limit))
        units.extend(_pack(pieces, "\n", limit))
    return _pack(units, "\n\n", limit)


def render_text(answer: Answer) -> str:
    """Render `answer` as plain text: the same content as `render_html`, without markup."""
    return "\n\n".join(
        "\n".join("".join(s.text for s in ln) for ln in paragraph)
        for paragraph in _paragraphs(answer)
    )
