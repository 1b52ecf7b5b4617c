"""The optional header of a brief: `key value` lines (`date`, `title`, `source`) before the
body. The seed writes its `date` on the same line as the first paragraph."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Final

from bot.parser.dates import parse_date

_KEY: Final = re.compile(r"[ \t\u00a0\ufeff]*(date|title|source|url|link)\b[ \t]*:?[ \t]*", re.I)
_LINE_REST: Final = re.compile(r"[^\n]*")
_URL: Final = re.compile(r"https?://\S+|www\.\S+")
_DATE_VALUE: Final = re.compile(
    r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}\s+[A-Za-z]{3,9}\.?,?\s+\d{4}|"
    r"[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}"
)
# A pasted e-mail's header: "From: Press Office\nSent: Wednesday, March 3, 2027 9:40 AM\n
# To: ...\nSubject: Port news". Its "Sent:" (or "Date:") line dates it, its subject titles it.
_MAIL_LINE: Final = re.compile(r"(From|Sent|Date|To|Cc|Subject)[ \t]*:[ \t]*([^\n]*)\n?", re.I)
_WEEKDAY_PREFIX: Final = re.compile(r"(?i:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+")


@dataclass(frozen=True, slots=True)
class Header:
    """What the header gave, and the body that follows it."""

    date: dt.date | None
    title: str | None
    source_url: str | None
    source_name: str | None
    body: str


def split_header(text: str) -> Header:
    """Read the `key value` header lines at the top of a brief and return them with the body."""
    if text.lstrip(" \t\n\ufeff")[:5].lower() == "from:":
        mail = _mail_header(text)
        if mail is not None:
            return mail
    date: dt.date | None = None
    title = source_url = source_name = None
    pos = 0
    while True:
        while pos < len(text) and text[pos] in " \t\n\u00a0\ufeff":
            pos += 1
        match = _KEY.match(text, pos)
        if not match:
            break
        key = match.group(1).lower()
        if key == "date":
            value = _DATE_VALUE.match(text, match.end())
            parsed = parse_date(value.group(0)) if value else None
            if value is None or parsed is None or date is not None:
                break
            date = parsed
            pos = value.end()
            continue
        rest = _LINE_REST.match(text, match.end())
        line = rest.group(0).strip() if rest else ""
        if not line:
            break
        if key == "title":
            if title is not None:
                break
            title = line
        elif _URL.fullmatch(line):
            if source_url is not None:
                break
            source_url = line
        elif key == "source" and len(line) <= 80 and source_name is None:
            source_name = line
        else:
            break
        pos = rest.end() if rest else len(text)
    return Header(date, title, source_url, source_name, text[pos:].lstrip(" \t\n\u00a0"))


def _mail_header(text: str) -> Header | None:
    """The header of a pasted e-mail ("From:", "Sent:", "To:", "Subject:" lines), or None
    unless it has a "Sent:" or "Date:" line or a subject after its "From:"."""
    pos = len(text) - len(text.lstrip(" \t\n\ufeff"))
    fields: dict[str, str] = {}
    while (line := _MAIL_LINE.match(text, pos)) is not None:
        key = line.group(1).lower()
        if key in fields:
            break
        fields[key] = line.group(2).strip()
        pos = line.end()
    if len(fields) < 2 or not fields.keys() & {"sent", "date", "subject"}:
        return None
    sent = _WEEKDAY_PREFIX.sub("", fields.get("sent") or fields.get("date") or "", count=1)
    value = _DATE_VALUE.match(sent)
    date = parse_date(value.group(0)) if value else None
    return Header(
        date, fields.get("subject") or None, None, None, text[pos:].lstrip(" \t\n\u00a0")
    )
