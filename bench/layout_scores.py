"""Scores of gold folders rewritten in other plain-text layouts (run by hand, never in the tests).

    .venv/bin/python bench/layout_scores.py ../shared/briefs-dev tests/data/realistic2*

Each brief is rewritten as a reader's copy may come: hard-wrapped at 64 columns (breaking after
hyphens too, as `textwrap` and mail clients do), pasted one line a paragraph with no blank
lines, both (as a copy from a PDF comes), with straight quotation marks, and with hyphens for
dashes. The gold stays as written;
the shared scorer scores each layout, so a drop from the "as written" column is what the
layout costs the parser.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCORER = ROOT.parent / "shared" / "eval" / "score.py"


def wrapped(text: str) -> str:
    return "\n\n".join(
        textwrap.fill(p, 64, break_long_words=False, break_on_hyphens=True)
        if "\n" not in p and len(p) > 64
        else p
        for p in text.split("\n\n")
    )


def one_line_a_paragraph(text: str) -> str:
    return re.sub(r"\n\n+", "\n", text)


def straight_quotes(text: str) -> str:
    return text.translate(str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"}))


def hyphen_dashes(text: str) -> str:
    return text.replace(" – ", " - ").replace(" — ", " - ")


LAYOUTS: dict[str, Callable[[str], str] | None] = {
    "as written": None,
    "wrapped at 64": wrapped,
    "a line a paragraph": one_line_a_paragraph,
    "wrapped, no blank lines": lambda text: one_line_a_paragraph(wrapped(text)),
    "straight quotes": straight_quotes,
    "hyphen dashes": hyphen_dashes,
}


def score(folder: Path) -> str:
    command = f"{sys.executable} -m bot parse --json"
    done = subprocess.run(  # noqa: S603 - our interpreter and the shared scorer
        [sys.executable, str(SCORER), "--gold", str(folder), "--run", command],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    return done.stdout.strip().splitlines()[-1].split()[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="+", type=Path)
    args = parser.parse_args()
    print("| set | " + " | ".join(LAYOUTS) + " |")
    print("|---" * (len(LAYOUTS) + 1) + "|")
    with tempfile.TemporaryDirectory() as scratch:
        for folder in args.folders:
            scores = []
            for name, rewrite in LAYOUTS.items():
                if rewrite is None:
                    scores.append(score(folder))
                    continue
                copy = Path(scratch) / name.replace(" ", "_") / folder.name
                copy.mkdir(parents=True)
                for gold in folder.glob("*.gold.json"):
                    shutil.copy(gold, copy / gold.name)
                for brief in folder.glob("*.txt"):
                    text = brief.read_text(encoding="utf-8")
                    (copy / brief.name).write_text(rewrite(text), encoding="utf-8")
                scores.append(score(copy))
            print(f"| {folder.name} | " + " | ".join(scores) + " |", flush=True)


if __name__ == "__main__":
    main()
