"""A brief file is read whole even when it grew between fstat() and the read."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from bot.errors import BriefFileError
from bot.loader import read_source


class StaleStat:
    """What fstat() said before the file grew: a regular file of `size` bytes."""

    def __init__(self, size: int) -> None:
        self.st_size = size
        self.st_mode = stat.S_IFREG | 0o644


def test_a_file_that_grew_since_stat_is_read_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """fstat() saw 5 bytes, the file now has more: all of its text is read."""
    path = tmp_path / "b.txt"
    path.write_text("Talks in Astana on trade.", encoding="utf-8")
    monkeypatch.setattr(os, "fstat", lambda fd: StaleStat(5))
    assert read_source(path, max_bytes=100).text == "Talks in Astana on trade."


def test_a_file_that_grew_past_the_limit_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """fstat() saw a small file, but it grew beyond the limit: it is refused as too large."""
    path = tmp_path / "b.txt"
    path.write_bytes(b"x" * 64)
    monkeypatch.setattr(os, "fstat", lambda fd: StaleStat(5))
    with pytest.raises(BriefFileError, match="too large"):
        read_source(path, max_bytes=32)


def test_a_file_read_at_its_size_keeps_every_byte(tmp_path: Path) -> None:
    """The text read is the whole file, for sizes around the read's boundaries."""
    for size in (1, 4095, 4096, 4097, 65_537):
        path = tmp_path / f"{size}.txt"
        path.write_bytes(b"a" * size)
        assert len(read_source(path, max_bytes=1 << 20).text) == size


def test_a_system_without_o_nonblock_still_reads_briefs(tmp_path: Path) -> None:
    # Windows has no os.O_NONBLOCK (nor FIFOs): the loader must not need it to read a brief.
    brief = tmp_path / "calm.txt"
    brief.write_text("date 2031-02-03\nVELMORA - Minister Aldo Varga met envoys.\n", "utf-8")
    script = (
        "import os, sys\n"
        "del os.O_NONBLOCK\n"
        "from pathlib import Path\n"
        "from bot.loader import read_source\n"
        "print(read_source(Path(sys.argv[1])).text.splitlines()[1])\n"
    )
    done = subprocess.run(  # noqa: S603 (our own interpreter and script)
        [sys.executable, "-c", script, str(brief)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "VELMORA - Minister Aldo Varga met envoys."
