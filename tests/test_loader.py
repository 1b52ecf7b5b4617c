"""The brief loader: ids, hashes, and the files it refuses."""

from __future__ import annotations

import hashlib
import os
import threading
from pathlib import Path

import pytest
from structlog.testing import capture_logs

from bot.errors import BriefFileError
from bot.loader import BriefSource, read_source, scan


def test_read_source_gives_stem_id_text_and_sha256(tmp_path: Path) -> None:
    """It reads a UTF-8 brief, ids it by its stem and hashes its bytes."""
    data = "date 2024-01-02\nASTANA – Ministers met.\n".encode()
    path = tmp_path / "2024-01-02_ministers.txt"
    path.write_bytes(data)
    source = read_source(path)
    assert source.id == "2024-01-02_ministers"
    assert source.text == data.decode()
    assert source.content_hash == hashlib.sha256(data).hexdigest()
    assert source.path == path


def test_read_source_drops_a_utf8_bom(tmp_path: Path) -> None:
    """A byte-order mark is not part of the text."""
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbfHello")
    assert read_source(path).text == "Hello"


@pytest.mark.parametrize(
    ("data", "reason_start"),
    [
        (b"", "empty"),
        (b"  \n\t\n", "empty"),
        (b"\xef\xbb\xbf\n\n  \n", "empty"),  # a byte-order mark alone: no "Untitled brief"
        ("\u00a0\u2003\n".encode(), "empty"),  # Unicode spaces only
        (b"abc\x00def", "binary: NUL byte at byte 3"),
        (b"caf\xe9 au lait", "not UTF-8: invalid byte 0xe9 at byte 3"),
        (b"x" * 101, "too large: 101 bytes (limit 100)"),
    ],
)
def test_read_source_refuses_unusable_files(
    tmp_path: Path, data: bytes, reason_start: str
) -> None:
    """Empty, binary, non-UTF-8 and oversized files raise BriefFileError with the reason."""
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(BriefFileError) as info:
        read_source(path, max_bytes=100)
    assert info.value.reason.startswith(reason_start)
    assert info.value.path == str(path)


def test_scan_skips_a_binary_file_and_loads_the_rest(tmp_path: Path) -> None:
    """It skips a binary file with one log line and loads the other briefs, sorted."""
    (tmp_path / "b.txt").write_text("Second brief.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("First brief.", encoding="utf-8")
    (tmp_path / "c.txt").write_bytes(b"\x00\x01\x02")
    (tmp_path / ".hidden.txt").write_text("Hidden.", encoding="utf-8")
    (tmp_path / "a.gold.json").write_text("{}", encoding="utf-8")
    (tmp_path / "notes.md").write_text("Not a brief.", encoding="utf-8")
    with capture_logs() as logs:
        sources, errors = scan(tmp_path)
    assert [s.id for s in sources] == ["a", "b"]
    assert [Path(e.path).name for e in errors] == ["c.txt"]
    assert logs == [
        {
            "event": "brief_skipped",
            "log_level": "warning",
            "path": str(tmp_path / "c.txt"),
            "reason": "binary: NUL byte at byte 0",
        }
    ]


def test_scan_accepts_a_single_file(tmp_path: Path) -> None:
    """A file path scans as that one brief."""
    path = tmp_path / "one.txt"
    path.write_text("Only brief.", encoding="utf-8")
    sources, errors = scan(path)
    assert [s.text for s in sources] == ["Only brief."]
    assert errors == []


def test_scan_reports_a_missing_path(tmp_path: Path) -> None:
    """A path that does not exist is one error, not an exception."""
    sources, errors = scan(tmp_path / "nope")
    assert sources == []
    assert [e.reason for e in errors] == ["no such file or folder"]


def test_scan_skips_a_fifo_named_like_a_brief_without_waiting(tmp_path: Path) -> None:
    """A named pipe called x.txt is skipped at once (opening it used to wait for a writer
    forever, so the service never finished loading); the other briefs load."""
    (tmp_path / "a.txt").write_text("First brief.", encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.txt")
    found: list[tuple[list[BriefSource], list[BriefFileError]]] = []
    with capture_logs() as logs:
        # In a daemon thread: were the open to block, the test fails instead of hanging.
        worker = threading.Thread(target=lambda: found.append(scan(tmp_path)), daemon=True)
        worker.start()
        worker.join(timeout=10)
    assert found, "scan() is still waiting on the pipe"
    [(sources, errors)] = found
    assert [s.id for s in sources] == ["a"]
    assert [(Path(e.path).name, e.reason) for e in errors] == [
        ("pipe.txt", "not a regular file (a pipe, socket or device)")
    ]
    assert [entry["event"] for entry in logs] == ["brief_skipped"]


def test_scan_names_a_folder_called_like_a_brief_as_a_folder(tmp_path: Path) -> None:
    """A folder named x.txt is reported as a folder, whatever its size on disk (it used to
    read "too large: 4096 bytes" under a small limit)."""
    (tmp_path / "a.txt").write_text("First brief.", encoding="utf-8")
    (tmp_path / "folder.txt").mkdir()
    sources, errors = scan(tmp_path, max_bytes=100)
    assert [s.id for s in sources] == ["a"]
    assert [(Path(e.path).name, e.reason) for e in errors] == [
        ("folder.txt", "a folder, not a file")
    ]


def test_scan_skips_a_symlink_loop_and_an_unreadable_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A symlink pointing at itself and a file without read permission are each one error
    saying why; the others load."""
    (tmp_path / "a.txt").write_text("First brief.", encoding="utf-8")
    (tmp_path / "loop.txt").symlink_to("loop.txt")
    locked = tmp_path / "locked.txt"
    locked.write_text("Locked brief.", encoding="utf-8")
    real_open = os.open

    def refusing_open(path: object, flags: int, *args: object) -> int:
        # Tests may run as root, whom chmod 000 does not stop: refuse as the kernel would.
        if Path(str(path)) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", refusing_open)
    sources, errors = scan(tmp_path)
    assert [s.id for s in sources] == ["a"]
    assert [(Path(e.path).name, e.reason) for e in errors] == [
        ("locked.txt", "cannot read: Permission denied"),
        ("loop.txt", "cannot read: Too many levels of symbolic links"),
    ]
