"""Instructions a warm parse costs, counted by callgrind (run by hand, never in the tests).

    .venv/bin/python bench/count_parse.py [--kind seed|mixed] [--count N]
    .venv-compiled/bin/python bench/count_parse.py --installed    # the compiled parser

Throughput on a shared machine drifts by 10% with its load; callgrind counts the instructions
the CPU executes, which no load disturbs, so a change of 0.5% shows. This runs the same
interpreter under `valgrind --tool=callgrind` twice: once parsing N unique briefs after a
warm-up, once with the warm-up alone, and prints the difference divided by N. The warm-up
parses the corpus and one brief with the loop's own appended line, so patterns built on a
word's first use are not counted as warm cost; `PYTHONHASHSEED` is fixed because import costs
differ between hash seeds. `--keep PREFIX` keeps both profiles (`PREFIX.N.out`, `PREFIX.0.out`)
for `callgrind_annotate`. Needs valgrind; the seed kind parses the seed brief alone, mixed the
seed and the development briefs, as `bench_parse.py` does, whose `--installed` this shares.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent

_CHILD = """
import sys
sys.path.insert(0, {bench!r})
from bench_parse import BUILD, corpus, unique
from bot.parser import parse_brief
kind, count = sys.argv[1], int(sys.argv[2])
print(BUILD, file=sys.stderr)
texts = corpus() if kind == "mixed" else corpus()[:1]
parse_brief("ASTANA \\u2013 The sides met on Monday and signed 3 deals.", brief_id="w")
for text in texts:
    parse_brief(text, brief_id="w")
parse_brief(unique(texts, 1)[0], brief_id="w")
for i, text in enumerate(unique(texts, count)):
    parse_brief(text, brief_id=str(i))
"""


def collected(valgrind: str, kind: str, count: int, out: Path, installed: bool) -> tuple[int, str]:
    """Instructions callgrind counted for a child that warms up and parses `count` briefs,
    and the build it parsed with."""
    result = subprocess.run(  # noqa: S603 - valgrind, our own interpreter and code
        [
            valgrind,
            "--tool=callgrind",
            f"--callgrind-out-file={out}",
            sys.executable,
            "-c",
            _CHILD.format(bench=str(ROOT)),
            kind,
            str(count),
            *(["--installed"] if installed else []),
        ],
        cwd=tempfile.gettempdir(),  # not the project: `-c` puts the working folder on sys.path
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONHASHSEED": "0"},
        check=True,
    )
    match = re.search(r"Collected : (\d+)", result.stderr)
    if match is None:
        raise SystemExit(f"callgrind printed no count:\n{result.stderr[-2000:]}")
    build = "compiled with mypyc" if "compiled with mypyc" in result.stderr else "pure Python"
    return int(match.group(1)), build


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kind", choices=["seed", "mixed"], default="seed")
    parser.add_argument(
        "--count", type=int, help="warm parses counted (default 34 seed, 40 mixed briefs)"
    )
    parser.add_argument("--keep", metavar="PREFIX", help="keep the two profiles as PREFIX.N.out")
    parser.add_argument(
        "--installed", action="store_true", help="the parser installed here, not the source tree's"
    )
    args = parser.parse_args()
    count = args.count or (34 if args.kind == "seed" else 40)
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        raise SystemExit("valgrind is not installed")
    with tempfile.TemporaryDirectory() as tmp:
        prefix = args.keep or str(Path(tmp) / "cg")
        parsed, build = collected(
            valgrind, args.kind, count, Path(f"{prefix}.{count}.out"), args.installed
        )
        warm_up, _ = collected(valgrind, args.kind, 0, Path(f"{prefix}.0.out"), args.installed)
    per_brief = (parsed - warm_up) / count / 1e6
    print(f"{per_brief:.3f} million instructions a warm {args.kind} brief (parser {build})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
