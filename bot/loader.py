"""Brief files -> `BriefSource`: read, check and identify the text of each brief.

A brief is a UTF-8 text file. One that is empty, binary, not UTF-8, over the size limit, not
a regular file (a folder, a pipe) or unreadable is reported (one `brief_skipped` log line) and
skipped; the others load.
"""

from __future__ import annotations

import hashlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path

import structlog

from bot.errors import BriefFileError

log = structlog.get_logger()

DEFAULT_MAX_BYTES = 1 << 20


@dataclass(frozen=True)
class BriefSource:
    """The text of one brief file, its stable id (the file stem) and the sha256 of its bytes."""

    path: Path
    id: str
    text: str
    content_hash: str


# O_NONBLOCK is POSIX's (Windows has no FIFOs to wait on); O_BINARY is Windows' (no newline
# translation). Each is 0 where the system lacks it.
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


def brief_id(path: Path) -> str:
    """Return the stable id of a brief file: its name without the `.txt` suffix."""
    return path.stem if path.suffix.lower() == ".txt" else path.name


def read_source(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> BriefSource:
    """Read one brief file, raising `BriefFileError` when it cannot be used as a brief."""
    try:
        # O_NONBLOCK: opening a FIFO named like a brief must not wait for a writer (it would
        # stall every load); regular files ignore the flag. fstat then tells what was opened.
        fd = os.open(path, _OPEN_FLAGS)
        try:
            info = os.fstat(fd)
            if stat.S_ISDIR(info.st_mode):
                raise BriefFileError(str(path), "a folder, not a file")
            if not stat.S_ISREG(info.st_mode):
                raise BriefFileError(str(path), "not a regular file (a pipe, socket or device)")
        except BaseException:
            os.close(fd)
            raise
        with os.fdopen(fd, "rb") as handle:
            size = info.st_size
            if size > max_bytes:
                raise BriefFileError(str(path), f"too large: {size} bytes (limit {max_bytes})")
            # Ask for the size fstat gave plus one byte (read(n) allocates n bytes up front:
            # asking for the 1 MiB limit cost more than reading a brief); if the file grew
            # since, read on up to one byte past the limit.
            data = handle.read(size + 1)
            if len(data) > size:
                data += handle.read(max_bytes + 1 - len(data))
    except OSError as exc:
        raise BriefFileError(str(path), f"cannot read: {exc.strerror or exc}") from exc
    if len(data) > max_bytes:
        raise BriefFileError(str(path), f"too large: over {max_bytes} bytes")
    if not data.strip():
        raise BriefFileError(str(path), "empty")
    nul = data.find(b"\x00")
    if nul >= 0:
        raise BriefFileError(str(path), f"binary: NUL byte at byte {nul}")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BriefFileError(
            str(path), f"not UTF-8: invalid byte 0x{data[exc.start]:02x} at byte {exc.start}"
        ) from exc
    text = text.removeprefix("\ufeff")
    if not text.strip():
        # Only a byte-order mark and blank lines (or Unicode spaces): as empty as no bytes.
        raise BriefFileError(str(path), "empty")
    return BriefSource(
        path=path,
        id=brief_id(path),
        text=text,
        content_hash=hashlib.sha256(data).hexdigest(),
    )


def brief_paths(folder: Path) -> list[Path]:
    """Return the brief files of a folder (`*.txt`, sorted, hidden files left out)."""
    return sorted(
        p
        for p in folder.glob("*.txt")
        if not p.name.startswith(".") and not p.name.endswith(".gold.json")
    )


def scan(
    folder: Path,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    reported: dict[str, str] | None = None,
) -> tuple[list[BriefSource], list[BriefFileError]]:
    """Load every brief of a folder (or one file); log and skip the ones that cannot be used.

    `reported` (path -> reason), kept by a caller that scans again and again, holds what was
    logged before: a file is logged again only when its reason changes, not at every look.
    """
    if folder.is_dir():
        paths = brief_paths(folder)
    elif folder.exists():
        paths = [folder]
    else:
        error = BriefFileError(str(folder), "no such file or folder")
        _report(error, reported)
        _forget_fixed(reported, [error])
        return [], [error]
    sources: list[BriefSource] = []
    errors: list[BriefFileError] = []
    for path in paths:
        try:
            sources.append(read_source(path, max_bytes=max_bytes))
        except BriefFileError as exc:
            _report(exc, reported)
            errors.append(exc)
    _forget_fixed(reported, errors)
    return sources, errors


def _report(error: BriefFileError, reported: dict[str, str] | None) -> None:
    if reported is not None and reported.get(error.path) == error.reason:
        return
    log.warning("brief_skipped", path=error.path, reason=error.reason)
    if reported is not None:
        reported[error.path] = error.reason


def _forget_fixed(reported: dict[str, str] | None, errors: list[BriefFileError]) -> None:
    # A file fixed (or removed) and broken again later is reported again.
    if reported is not None:
        current = {error.path for error in errors}
        for path in [path for path in reported if path not in current]:
            del reported[path]
