"""Layouts of plain text read back into paragraphs: hard-wrapped text (paragraphs broken into
lines of a fixed width, as plain-text mail, wire terminals and `fold`/`textwrap` write them)
is joined back into one line a paragraph; a text pasted with one line a paragraph and no blank
lines gets its blank lines."""

from __future__ import annotations

import re
from typing import Final

from bot.parser.text import SENTENCE_ENDS

# A line that starts an item of its own: a bullet, a number or letter with its mark, a dash.
_ITEM: Final = re.compile(r"\s*(?:[-–—•*·▪]\s|\(?\d{1,2}[.)]\s|\(?[a-z][.)]\s|[A-Z]:\s)")
# Share of the line breaks inside paragraphs that must look wrapped for the text to be read as
# hard-wrapped: a title, a byline or a list above wrapped paragraphs is left as it is.
_WRAPPED_SHARE: Final = 0.8
# Width limits of a wrapping column (lines of 60-80 characters in practice).
_NARROWEST, _WIDEST = 40, 120


def unwrap(text: str, first_column: int = 0) -> str:
    """Join the lines of hard-wrapped paragraphs.

    A break is a wrap when the next line's first word would not have fitted on the line, as a
    greedy wrapper breaks; the text is hard-wrapped when most breaks inside its paragraphs are
    such wraps. Only those breaks are joined: header lines, a title over its dateline and
    list items keep their lines. A word broken at its hyphen ("well-\\nknown") is joined whole.
    `first_column` is where the text's first line began (after a header's `date` on it).
    """
    if "\n" not in text:
        return text
    lines = text.split("\n")
    lines[0] = " " * first_column + lines[0]
    breaks = [
        i
        for i in range(len(lines) - 1)
        if lines[i].strip() and lines[i + 1].strip() and not _ITEM.match(lines[i + 1])
    ]
    if len(breaks) < 2:
        return text
    # The wrapping column: of the lengths the lines have, the one that makes the most breaks
    # look wrapped (a title or byline line longer than the column does not widen it).
    best: set[int] = set()
    for width in sorted({len(lines[i].rstrip()) for i in breaks}):
        if _NARROWEST <= width <= _WIDEST:
            wraps = {i for i in breaks if _is_wrap(lines[i], lines[i + 1], width)}
            if len(wraps) >= len(best):  # a tie goes to the wider: the wrapper's own column
                best = wraps
    wraps = best
    if len(wraps) < _WRAPPED_SHARE * len(breaks) and not _wrapped_without_blank_lines(
        text, lines, breaks, wraps
    ):
        return text
    if wraps:
        # A page's few header lines ("Title\n27.11.2026 15:40 Views: 12\nPhoto: ...") over
        # paragraphs written each on one long line: the text is not wrapped at any width.
        width = max(len(lines[i].rstrip()) for i in wraps)
        unbroken = sum(len(line) for line in lines if len(line.rstrip()) > 2 * width)
        if unbroken > sum(len(lines[i]) for i in wraps):
            return text
    out = [lines[0]]
    for i in range(1, len(lines)):
        line = lines[i]
        if i - 1 in wraps:
            previous = out[-1].rstrip()
            if previous.endswith("-") and previous[-2:-1].isalnum():
                out[-1] = previous + line.strip()
            else:
                out[-1] = previous + " " + line.strip()
        else:
            out.append(line)
    return "\n".join(out)[first_column:]


def _wrapped_without_blank_lines(
    text: str, lines: list[str], breaks: list[int], wraps: set[int]
) -> bool:
    """Whether a text without blank lines is hard-wrapped, as a copy from a PDF or a terminal
    comes: its short paragraphs end in lines that end a sentence and are no wraps, so most of
    the other breaks must be wraps (and a good share of all of them)."""
    if "\n\n" in text.strip("\n") or len(wraps) < 3 or len(wraps) < 0.4 * len(breaks):
        return False
    open_breaks = [i for i in breaks if lines[i].rstrip()[-1:] not in SENTENCE_ENDS]
    return len(wraps & set(open_breaks)) >= _WRAPPED_SHARE * len(open_breaks)


def _is_wrap(line: str, following: str, width: int) -> bool:
    line = line.rstrip()
    if len(line) > width or line.endswith((";", ":")) or "://" in line.rsplit(None, 1)[-1]:
        return False
    word = following.split(None, 1)[0]
    if line.endswith("-") and line[-2:-1].isalnum():
        word = word.split("-", 1)[0]  # a wrapper breaks "well-known" after its hyphen
        return len(line) + len(word) > width
    return len(line) + 1 + len(word) > width


def paragraph_lines(text: str) -> str:
    """Separate paragraphs written one a line, without blank lines between them, by blank lines
    (as the rest of the text is pasted from most web pages); the items of a list stay under the
    line that opens it. A text with a blank line anywhere keeps its layout."""
    body = text.strip("\n")
    if "\n\n" in body or body.count("\n") < 2:
        return text
    lines = text.split("\n")
    out = [lines[0]]
    for line in lines[1:]:
        if not _ITEM.match(line):  # a list's items stay with the line that opens the list
            out.append("")
        out.append(line)
    return "\n".join(out)
