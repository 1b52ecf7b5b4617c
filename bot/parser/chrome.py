"""The page furniture a brief copied from a news site brings along, removed before parsing.

A story copied from a site's page often keeps lines that are no part of it: the breadcrumb
trail above the headline ("Home / News / Politics"), photo credits ("Photo: Akorda"), the
"Read also:" links an outlet puts between paragraphs, share buttons and a closing call to
follow the outlet on a messenger. Left in, they give a title of "Home / News", people and
topics from another story's headline, and a dateline that is no longer at the top. Only
whole lines are removed, and only lines of these shapes; everything else stays as written.
"""

from __future__ import annotations

import re
from typing import Final

# How a line of furniture other than a breadcrumb begins (lower case): a cheap test that
# leaves the patterns below to the few lines that may match.
_STARTS: Final = (
    "photo", "image", "video", "picture", "read", "see", "also", "related", "more on", "share",
    "print", "e-mail", "email", "facebook", "twitter", "x ", "telegram", "whatsapp", "vk",
    "linkedin", "instagram", "youtube", "ok", "odnoklassniki", "viber", "reddit", "copy link",
    "follow", "subscribe", "join", "stay up", "#", "@",
)  # fmt: skip
# A line's first characters are enough to test _STARTS (ASCII) on its lower case: no character
# lowers to fewer, and the one whose lower case depends on what follows (a Greek capital sigma)
# lowers to no ASCII letter either way.
_START_CHARS: Final = max(len(start) for start in _STARTS)


def _starts_by_first() -> dict[str, tuple[str, ...]]:
    """The starts of _STARTS by their first character."""
    by_first: dict[str, tuple[str, ...]] = {}
    for start in _STARTS:
        by_first[start[0]] = (*by_first.get(start[0], ()), start)
    return by_first


# (a line is tested against the few starts of its first character, where a test against all
# of them tried each in turn)
_STARTS_BY_FIRST: Final = _starts_by_first()
_CRUMB_SEPARATORS: Final = (" / ", "»", "›", " > ", " | ")
_TOP_LINES: Final = 4  # lines with text, looked for among three times as many lines

# A breadcrumb trail: two or more short labels joined by a path separator, and nothing else.
# Slashes, "|" and ">" only count with a blank on each side ("Home / News"), so that
# "Uzbekistan/Kazakhstan/Kyrgyzstan sign ..." stays a headline.
_CRUMB: Final = r"[^\W\d_][\w&'’.,-]*(?: [\w&'’.,-]+){0,2}"
_BREADCRUMB: Final = re.compile(rf"{_CRUMB}(?:(?: (?:/|>|\|) | ?[»›] ?){_CRUMB}){{2,}}")

# A photo or video credit line: "Photo: Akorda", "Photo credit: X", "Photo by X", "Image: X".
_CREDIT: Final = re.compile(
    r"(?i:(?:photo|image|video|picture)s?(?: credit)?\s*(?::|by\b|©)).{0,80}"
)

# A link to another story: "Read also: <its headline>", or the label alone on its line with
# the headline on the line below.
_READ_ALSO: Final = re.compile(
    r"(?i:(?:read|see) also|also read"
    r"|related(?: news| articles?| stories| story| materials| publications| links)?"
    r"|more on (?:this|the) (?:topic|subject))\s*(?P<colon>:?)(?P<rest>.{0,200})"
)

# Share buttons and social links: a line of nothing but network names and "Share"/"Print".
_NETWORK: Final = (
    r"(?i:share|print|e-?mail|facebook|twitter|x|telegram|whatsapp|vk|vkontakte|linkedin"
    r"|instagram|youtube|ok|odnoklassniki|viber|reddit|copy link)"
)
_SOCIAL: Final = re.compile(rf"{_NETWORK}\s*:?(?:[\s,|•·]+{_NETWORK})*\s*:?")

# A closing call to follow the outlet: "Follow us on Telegram!", "Subscribe to our channel",
# "Stay up-to-date with more news at X's WhatsApp channel".
_FOLLOW: Final = re.compile(
    r"(?i:(?:follow|subscribe|join|stay up[- ]to[- ]date|read more news)\b.{0,120}"
    r"\b(?:telegram|whatsapp|facebook|twitter|instagram|youtube|channel|newsletter)\b"
    r"[^.!?\n]{0,40}[.!?]?)"
)


def strip_chrome(body: str) -> str:
    """Return `body` without the lines that are page furniture rather than the story."""
    lines = body.split("\n")
    keep = [True] * len(lines)
    # The masthead's lines: a breadcrumb trail or a menu ("English | Русский | 中文") is
    # looked for among the first few lines with text.
    top = [i for i, line in enumerate(lines[: 3 * _TOP_LINES]) if line.strip()][:_TOP_LINES]
    crumbs = {i for i in top if any(sep in lines[i] for sep in _CRUMB_SEPARATORS)}
    for i, raw in enumerate(lines):
        if len(raw) > 240:
            continue
        line = raw.strip()
        if _rate_line(line):
            keep[i] = False
            continue
        start = line[:_START_CHARS].lower()
        if not start or not (start.startswith(_STARTS_BY_FIRST.get(start[0], ())) or i in crumbs):
            continue
        if _furniture(line, top=i in crumbs):
            keep[i] = False
        elif (also := _READ_ALSO.fullmatch(line)) is not None and (
            also.group("colon") or not also.group("rest").strip() or _headline_like(line)
        ):
            keep[i] = False
            if not also.group("rest").strip():
                # The linked headlines on the lines below: short and ending no sentence.
                nxt = i + 1
                while nxt < len(lines) and _headline_like(lines[nxt]):
                    keep[nxt] = False
                    nxt += 1
    if all(keep):
        return body
    return "\n".join(line for line, kept in zip(lines, keep, strict=True) if kept)


# A site's exchange-rate ticker, one rate a line: "USD 84.70", "EUR/KZT 521.36 ▲0.41",
# "$ 12,650.00". A sum of news always has words around it; a rate quoted to two or more
# decimals on a line of nothing else is the masthead's widget.
_RATE: Final = re.compile(
    r"(?:[A-Z]{3}(?: ?/ ?[A-Z]{3})?|[$€£¥₽₸])\s?\d{1,3}(?:[ ,]?\d{3})*[.,]\d{2,4}"
    r"(?:\s*[▲▼↑↓+−-]\s*\d+(?:[.,]\d+)?%?)?"
)
_RATE_FIRST: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ$€£¥₽₸")


def _rate_line(line: str) -> bool:
    """Whether a (stripped) line is one rate of a site's exchange-rate ticker."""
    return (
        5 <= len(line) <= 32
        and line[0] in _RATE_FIRST
        and line[-1] in "0123456789%"
        and _RATE.fullmatch(line) is not None
    )


# A post's hashtags and the channel's handle on lines of their own: "#Kyrgyzstan #railway",
# "@channelname".
_TAGS: Final = re.compile(r"[#@][^\W\d_][\w.]*(?:[ \t]+[#@][^\W\d_][\w.]*)*")


def _furniture(line: str, *, top: bool) -> bool:
    """Whether a line is a breadcrumb trail or a menu (only among the first lines), a credit,
    share buttons, a call to follow the outlet, or hashtags and a channel's handle."""
    if top and _BREADCRUMB.fullmatch(line) and not line.endswith("."):
        return True
    return bool(
        _CREDIT.fullmatch(line)
        or _SOCIAL.fullmatch(line)
        or _FOLLOW.fullmatch(line)
        or _TAGS.fullmatch(line)
    )


def _headline_like(line: str) -> bool:
    line = line.strip()
    return 0 < len(line) <= 160 and not line.endswith((".", ":", '"', "”")) and line[0].isupper()
