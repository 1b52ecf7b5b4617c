"""Parser cost of the working tree against a git revision (run by hand, never in the tests).

    .venv/bin/python bench/ab_parse.py [REV] [--rounds 5]

On a machine shared with other jobs a single benchmark run drifts by 10% or more, so this
runs the parser of REV (default HEAD, extracted to a temporary folder) and the working
tree's in alternating child processes, each parsing the benchmark's unique briefs, and
compares the best CPU time per brief of each side: the load weighs on both alike.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_CHILD = """
import sys, time
sys.path.insert(0, {bench!r})
from bench_parse import corpus, unique
sys.path.insert(0, {root!r})
for name in [m for m in sys.modules if m == "bot" or m.startswith("bot.")]:
    del sys.modules[name]
from bot.parser import parse_brief
texts = unique(corpus(), 400)
parse_brief(texts[0], brief_id="warm-up")
best = float("inf")
for _ in range(3):
    start = time.process_time()
    for i, text in enumerate(texts):
        parse_brief(text, brief_id=str(i))
    best = min(best, time.process_time() - start)
print(best / len(texts) * 1000)
"""


def one_run(root: Path) -> float:
    """Best CPU milliseconds per brief of the parser under `root`, in a fresh process."""
    code = _CHILD.format(bench=str(ROOT / "bench"), root=str(root))
    done = subprocess.run(  # noqa: S603 - our own interpreter and code
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    return float(done.stdout.split()[-1])


def main() -> int:
    args = argparse.ArgumentParser(description=__doc__)
    args.add_argument("rev", nargs="?", default="HEAD", help="git revision to compare with")
    args.add_argument("--rounds", type=int, default=5, help="alternating runs of each side")
    opts = args.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        archive = subprocess.run(  # noqa: S603
            ["git", "archive", opts.rev, "bot"],  # noqa: S607 - git from PATH
            cwd=ROOT,
            capture_output=True,
            check=True,
        )
        subprocess.run(  # noqa: S603
            ["tar", "-x", "-C", tmp],  # noqa: S607 - tar from PATH
            input=archive.stdout,
            check=True,
        )
        base: list[float] = []
        new: list[float] = []
        for _ in range(opts.rounds):
            base.append(one_run(Path(tmp)))
            new.append(one_run(ROOT))
    b, n = min(base), min(new)
    print(f"{opts.rev}: {b:.3f} ms a brief ({1000 / b:,.0f}/s)")
    print(f"working tree: {n:.3f} ms a brief ({1000 / n:,.0f}/s); speed-up {b / n:.3f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
