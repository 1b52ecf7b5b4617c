"""The shared scorer on the development briefs and on our realistic briefs: the parser must
stay above the bars."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SCORER = SHARED / "eval" / "score.py"
GOLD = SHARED / "briefs-dev"
# Briefs in the styles of real outlets, never tuned on by the rules' first author.
REALISTIC = [
    ROOT / "tests" / "data" / "realistic",
    ROOT / "tests" / "data" / "realistic2",
    ROOT / "tests" / "data" / "realistic3",
    ROOT / "tests" / "data" / "realistic4",
    ROOT / "tests" / "data" / "realistic5",
    ROOT / "tests" / "data" / "realistic6",
    ROOT / "tests" / "data" / "realistic7",
    ROOT / "tests" / "data" / "realistic8",
    ROOT / "tests" / "data" / "realistic9",
    ROOT / "tests" / "data" / "realistic10",
    ROOT / "tests" / "data" / "realistic11",
    ROOT / "tests" / "data" / "realistic12",
    ROOT / "tests" / "data" / "realistic13",
    ROOT / "tests" / "data" / "realistic14",
    ROOT / "tests" / "data" / "realistic15",
    ROOT / "tests" / "data" / "realistic16",
    ROOT / "tests" / "data" / "realistic17",
    ROOT / "tests" / "data" / "realistic18",
    ROOT / "tests" / "data" / "realistic19",
    ROOT / "tests" / "data" / "realistic20",
    ROOT / "tests" / "data" / "realistic21",
    ROOT / "tests" / "data" / "realistic22",
    ROOT / "tests" / "data" / "realistic23",
    ROOT / "tests" / "data" / "realistic24",
    ROOT / "tests" / "data" / "realistic25",
    ROOT / "tests" / "data" / "realistic27",
    ROOT / "tests" / "data" / "realistic28",
    ROOT / "tests" / "data" / "realistic26",
    ROOT / "tests" / "data" / "realistic29",
    ROOT / "tests" / "data" / "realistic30",
    ROOT / "tests" / "data" / "realistic31",
    ROOT / "tests" / "data" / "realistic32",
    ROOT / "tests" / "data" / "realistic33",
    ROOT / "tests" / "data" / "realistic34",
    ROOT / "tests" / "data" / "realistic35",
    ROOT / "tests" / "data" / "realistic36",
    ROOT / "tests" / "data" / "realistic37",
    ROOT / "tests" / "data" / "realistic38",
    ROOT / "tests" / "data" / "realistic39",
    ROOT / "tests" / "data" / "realistic40",
    ROOT / "tests" / "data" / "realistic41",
    ROOT / "tests" / "data" / "realistic42",
    ROOT / "tests" / "data" / "realistic43",
    ROOT / "tests" / "data" / "realistic44",
    ROOT / "tests" / "data" / "realistic45",
    ROOT / "tests" / "data" / "realistic46",
    ROOT / "tests" / "data" / "realistic47",
    ROOT / "tests" / "data" / "realistic48",
    ROOT / "tests" / "data" / "realistic49",
    ROOT / "tests" / "data" / "realistic50",
    ROOT / "tests" / "data" / "realistic51",
    ROOT / "tests" / "data" / "realistic52",
    ROOT / "tests" / "data" / "realistic53",
    ROOT / "tests" / "data" / "realistic54",
    ROOT / "tests" / "data" / "realistic55",
    ROOT / "tests" / "data" / "realistic56",
    ROOT / "tests" / "data" / "realistic57",
    ROOT / "tests" / "data" / "realistic58",
    ROOT / "tests" / "data" / "realistic59",
    ROOT / "tests" / "data" / "realistic61",
    ROOT / "tests" / "data" / "realistic62",
    ROOT / "tests" / "data" / "realistic63",
    ROOT / "tests" / "data" / "realistic64",
    ROOT / "tests" / "data" / "realistic65",
    ROOT / "tests" / "data" / "realistic66",
    ROOT / "tests" / "data" / "realistic67",
    ROOT / "tests" / "data" / "realistic68",
    ROOT / "tests" / "data" / "realistic69",
    ROOT / "tests" / "data" / "realistic70",
    ROOT / "tests" / "data" / "realistic71",
    ROOT / "tests" / "data" / "realistic72",
    ROOT / "tests" / "data" / "realistic73",
    ROOT / "tests" / "data" / "realistic74",
    ROOT / "tests" / "data" / "realistic75",
    ROOT / "tests" / "data" / "realistic76",
    ROOT / "tests" / "data" / "realistic77",
    ROOT / "tests" / "data" / "realistic78",
    ROOT / "tests" / "data" / "realistic79",
    ROOT / "tests" / "data" / "realistic80",
    ROOT / "tests" / "data" / "realistic81",
    ROOT / "tests" / "data" / "realistic82",
    ROOT / "tests" / "data" / "realistic83",
    ROOT / "tests" / "data" / "realistic84",
    ROOT / "tests" / "data" / "realistic85",
    ROOT / "tests" / "data" / "realistic86",
    ROOT / "tests" / "data" / "realistic87",
    ROOT / "tests" / "data" / "realistic90",
    ROOT / "tests" / "data" / "realistic91",
    ROOT / "tests" / "data" / "realistic92",
    ROOT / "tests" / "data" / "realistic93",
    ROOT / "tests" / "data" / "realistic94",
    ROOT / "tests" / "data" / "realistic95",
    ROOT / "tests" / "data" / "realistic96",
    ROOT / "tests" / "data" / "realistic97",
    ROOT / "tests" / "data" / "realistic98",
    ROOT / "tests" / "data" / "realistic99",
    ROOT / "tests" / "data" / "realistic100",
    ROOT / "tests" / "data" / "realistic102",
    ROOT / "tests" / "data" / "realistic103",
    ROOT / "tests" / "data" / "realistic107",
    ROOT / "tests" / "data" / "realistic108",
    ROOT / "tests" / "data" / "realistic109",
    ROOT / "tests" / "data" / "realistic106",
    ROOT / "tests" / "data" / "realistic101",
    ROOT / "tests" / "data" / "realistic89",
    ROOT / "tests" / "data" / "realistic88",
    ROOT / "tests" / "data" / "realistic110",
    ROOT / "tests" / "data" / "realistic112",
    ROOT / "tests" / "data" / "realistic111",
    ROOT / "tests" / "data" / "realistic113",
    ROOT / "tests" / "data" / "realistic114",
    ROOT / "tests" / "data" / "realistic115",
    ROOT / "tests" / "data" / "realistic116",
    ROOT / "tests" / "data" / "realistic117",
    ROOT / "tests" / "data" / "realistic120",
    ROOT / "tests" / "data" / "realistic118",
    ROOT / "tests" / "data" / "realistic119",
    ROOT / "tests" / "data" / "realistic121",
    ROOT / "tests" / "data" / "realistic122",
    ROOT / "tests" / "data" / "realistic123",
    ROOT / "tests" / "data" / "realistic124",
    ROOT / "tests" / "data" / "realistic125",
    ROOT / "tests" / "data" / "realistic126",
    ROOT / "tests" / "data" / "realistic127",
    ROOT / "tests" / "data" / "realistic128",
    ROOT / "tests" / "data" / "realistic129",
    ROOT / "tests" / "data" / "realistic130",
    ROOT / "tests" / "data" / "realistic131",
]
MIN_REALISTIC = 0.85

MIN_OVERALL = 0.90
MIN_FIELD_F1 = 0.85
MIN_HEADER = 0.85

pytestmark = pytest.mark.skipif(
    not SCORER.is_file() or not GOLD.is_dir(),
    reason=f"the shared scorer and development briefs are not at {SHARED}",
)


def run_scorer(gold: Path = GOLD) -> str:
    command = f"{shlex.quote(sys.executable)} -m bot parse --json"
    done = subprocess.run(  # noqa: S603 - our own interpreter and the shared scorer
        [sys.executable, str(SCORER), "--gold", str(gold), "--run", command],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def test_scorer_bar_on_development_briefs() -> None:
    """Overall score >= 0.90, each field F1 >= 0.85 and header accuracy >= 0.85."""
    output = run_scorer()
    last = output.strip().splitlines()[-1]
    match = re.match(r"score (\d\.\d+)\s+\((.*)\)", last)
    assert match, output
    overall = float(match.group(1))
    parts = dict(re.findall(r"(\w+) (?:F1|acc) (\d\.\d+)", match.group(2)))
    fields = {k: float(v) for k, v in parts.items()}
    assert set(fields) == {
        "figures",
        "people",
        "meetings",
        "countries",
        "topics",
        "quotes",
        "header",
    }, last
    low = {k: v for k, v in fields.items() if k != "header" and v < MIN_FIELD_F1}
    assert low == {}, output
    assert fields["header"] >= MIN_HEADER, output
    assert overall >= MIN_OVERALL, output


def test_scorer_bar_on_realistic_briefs(tmp_path: Path) -> None:
    """Our realistic briefs (all folders scored as one set) score at least 0.85 overall."""
    for folder in REALISTIC:
        for path in folder.iterdir():
            if path.name.endswith((".txt", ".gold.json")):
                (tmp_path / f"{folder.name}_{path.name}").write_bytes(path.read_bytes())
    assert len(list(tmp_path.glob("*.gold.json"))) >= 10
    output = run_scorer(tmp_path)
    match = re.match(r"score (\d\.\d+)", output.strip().splitlines()[-1])
    assert match, output
    assert float(match.group(1)) >= MIN_REALISTIC, output
