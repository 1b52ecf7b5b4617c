"""`briefbot parse`: JSON lines, the readable report, bad files and the default folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.__main__ import main

BRIEF = "date 2024-05-22\nASTANA – Minister Anna Berg met Minister Olaf Lund on May 21.\n"


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def test_parse_json_prints_one_record_per_brief(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--json prints one schema object per line, with source_file, and exits 0."""
    write(tmp_path, "a.txt", BRIEF.encode())
    write(tmp_path, "b.txt", b"BAKU \xe2\x80\x94 Officials met.")
    assert main(["parse", "--json", str(tmp_path)]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    records = [json.loads(line) for line in lines]
    assert [r["source_file"] for r in records] == ["a.txt", "b.txt"]
    assert records[0]["id"] == "a"
    assert records[0]["date"] == "2024-05-22"
    assert records[0]["dateline"] == "Astana"
    assert [p["name"] for p in records[0]["meetings"][0]["participants"]] == [
        "Anna Berg",
        "Olaf Lund",
    ]
    assert "body" not in records[0]


def test_parse_reports_a_bad_file_on_stderr_and_prints_the_rest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A binary file is an error on stderr and exit 1; the good brief still prints."""
    good = write(tmp_path, "good.txt", BRIEF.encode())
    bad = write(tmp_path, "bad.txt", b"\x00\x01binary")
    assert main(["parse", "--json", str(bad), str(good)]) == 1
    captured = capsys.readouterr()
    assert [json.loads(line)["id"] for line in captured.out.strip().splitlines()] == ["good"]
    assert "bad.txt: binary: NUL byte at byte 0" in captured.err


def test_parse_without_json_prints_a_readable_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without --json each brief is a plain-text report."""
    path = write(tmp_path, "a.txt", BRIEF.encode())
    assert main(["parse", str(path)]) == 0
    out = capsys.readouterr().out
    assert "== a (a.txt)" in out
    assert "Dateline:    Astana" in out
    assert "  - Anna Berg + Olaf Lund [meeting, 2024-05-21]" in out


def test_parse_without_path_reads_the_configured_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """No PATH: the briefs folder from BRIEFBOT_BRIEFS_DIR."""
    write(tmp_path, "only.txt", BRIEF.encode())
    monkeypatch.setenv("BRIEFBOT_BRIEFS_DIR", str(tmp_path))
    monkeypatch.chdir(tmp_path)
    assert main(["parse", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["id"] == "only"


def test_parse_without_path_stops_on_a_bad_setting_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bad setting is named in one line on stderr, exit 2, nothing parsed."""
    monkeypatch.setenv("BRIEFBOT_BRIEFS_DIR", str(tmp_path))
    monkeypatch.setenv("BRIEFBOT_MAX_BRIEF_BYTES", "lots")
    monkeypatch.chdir(tmp_path)
    assert main(["parse", "--json"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("briefbot: BRIEFBOT_MAX_BRIEF_BYTES:")
