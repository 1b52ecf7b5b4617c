"""`briefbot parse [PATH ...] [--json]`: parse brief files and print them.

Exit status 1 when some file could not be used (its error goes to stderr), else 0.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import structlog

from bot.brief import Brief
from bot.errors import BriefFileError
from bot.loader import DEFAULT_MAX_BYTES, BriefSource, brief_paths, read_source
from bot.parser import parse_brief
from config.settings import SettingsError, load_settings


class _Stderr:
    """sys.stderr as it is at each write (tests swap it), for structlog's print logger."""

    def write(self, text: str) -> int:
        return sys.stderr.write(text)

    def flush(self) -> None:
        sys.stderr.flush()


def briefs_folder() -> tuple[Path, int]:
    """The configured briefs folder and size limit; SettingsError names a bad setting."""
    settings = load_settings()
    return Path(settings.briefs_dir), int(settings.max_brief_bytes)


def run(args: argparse.Namespace) -> int:
    """Parse the given files and folders (default: the briefs folder) and print each brief."""
    paths = [Path(p) for p in args.paths] if args.paths else None
    max_bytes = DEFAULT_MAX_BYTES
    if paths is None:
        try:
            folder, max_bytes = briefs_folder()
        except SettingsError as error:
            # One line naming the setting; exit 2 (a usage error), no traceback.
            print(f"briefbot: {error}", file=sys.stderr)
            return 2
        paths = [folder]
    if not structlog.is_configured():
        # Log lines must never mix with the JSON on stdout.
        structlog.configure(logger_factory=structlog.PrintLoggerFactory(_Stderr()))  # type: ignore[arg-type]
    failed = False
    for source in _sources(paths, max_bytes):
        if isinstance(source, BriefFileError):
            _report_error(source)
            failed = True
        else:
            brief = parse_brief(source.text, brief_id=source.id, source_file=source.path.name)
            if args.json:
                print(json.dumps(brief.to_record(), ensure_ascii=False))
            else:
                print(render_text(brief))
    sys.stdout.flush()
    return 1 if failed else 0


def _sources(paths: list[Path], max_bytes: int) -> Iterator[BriefSource | BriefFileError]:
    """Each brief of the given files and folders, or the error that makes it unusable."""
    for path in paths:
        if path.is_dir():
            files = brief_paths(path)
        elif path.exists():
            files = [path]
        else:
            yield BriefFileError(str(path), "no such file or folder")
            continue
        for file in files:
            try:
                yield read_source(file, max_bytes=max_bytes)
            except BriefFileError as exc:
                yield exc


def _report_error(error: BriefFileError) -> None:
    print(f"briefbot parse: {error}", file=sys.stderr)


def _number(value: float) -> str:
    """40000000000.0 as "40,000,000,000", 0.333333 as "0.333"."""
    if value == int(value) and abs(value) < 1e18:
        return f"{int(value):,}"
    return f"{value:,.3f}".rstrip("0").rstrip(".")


def render_text(brief: Brief) -> str:
    """A readable plain-text report of one parsed brief."""
    lines = [f"== {brief.id} ({brief.source_file or '-'})"]
    lines.append(f"Title:       {brief.title or '-'}")
    lines.append(f"Date:        {brief.date or '-'}")
    lines.append(f"Dateline:    {brief.dateline or '-'}")
    lines.append(f"Reported by: {brief.reported_by or '-'}")
    if brief.source_url:
        lines.append(f"Source:      {brief.source_url}")
    lines.append(f"Countries:   {', '.join(brief.countries) or '-'}")
    lines.append("People:")
    for person in brief.people:
        extra = ", ".join(x for x in (person.title, person.country) if x)
        lines.append(f"  - {person.name}" + (f" ({extra})" if extra else ""))
    lines.append("Meetings:")
    for meeting in brief.meetings:
        who = " + ".join(p.name for p in meeting.participants)
        details = ", ".join(
            x
            for x in (meeting.kind, str(meeting.date) if meeting.date else None, meeting.place)
            if x
        )
        lines.append(f"  - {who}" + (f" [{details}]" if details else ""))
    lines.append("Figures:")
    for figure in brief.figures:
        approx = f" ({figure.approx})" if figure.approx else ""
        what = f" - {figure.measures}" if figure.measures else ""
        lines.append(f"  - {figure.text}{approx}: {_number(figure.value)} {figure.unit}{what}")
    lines.append(f"Topics:      {'; '.join(brief.topics) or '-'}")
    lines.append("Quotes:")
    for quote in brief.quotes:
        lines.append(f"  - “{quote.text}” — {quote.speaker or 'unattributed'}")
    lines.append(f"Summary:     {brief.summary or '-'}")
    return "\n".join(lines) + "\n"
