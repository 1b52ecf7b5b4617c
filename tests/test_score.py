"""The shared scorer on the development briefs: the parser must stay above the bar."""

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

MIN_OVERALL = 0.90
MIN_FIELD_F1 = 0.85
MIN_HEADER = 0.85

pytestmark = pytest.mark.skipif(
    not SCORER.is_file() or not GOLD.is_dir(),
    reason=f"the shared scorer and development briefs are not at {SHARED}",
)


def run_scorer() -> str:
    command = f"{shlex.quote(sys.executable)} -m bot parse --json"
    done = subprocess.run(  # noqa: S603 - our own interpreter and the shared scorer
        [sys.executable, str(SCORER), "--gold", str(GOLD), "--run", command],
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
