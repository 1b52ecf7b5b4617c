"""Parser benchmark (run by hand, never in the test suite).

    .venv/bin/python bench/bench_parse.py [--count 10000] [--tracemalloc]
    .venv-compiled/bin/python bench/bench_parse.py --installed    # the compiled parser


Throughput of `parse_brief` on seed-sized briefs, pinned to one core, and the peak memory of
parsing (and keeping) `--count` briefs. The briefs are the seed and, when `../shared` is
beside the project, the development briefs, each made unique by a line of its own so that no
two texts are the same. It parses with the source tree's parser, or with `--installed` the one
installed in the running environment (such as the mypyc-compiled build that `.ci/run` puts in
`.venv-compiled`); the first line it prints says which.
"""

from __future__ import annotations

import argparse
import gc
import os
import platform
import resource
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if "--installed" not in sys.argv:
    sys.path.insert(0, str(ROOT))

import bot.parser  # noqa: E402
from bot.brief import Brief  # noqa: E402
from bot.parser import PARSER_VERSION, parse_brief  # noqa: E402

BUILD = (
    "compiled with mypyc"
    if Path(bot.parser.__file__ or "").suffix in {".so", ".pyd"}
    else "pure Python"
)


def corpus() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    dev = ROOT.parent / "shared" / "briefs-dev"
    if dev.is_dir():
        texts += [p.read_text(encoding="utf-8") for p in sorted(dev.glob("*.txt"))]
    return texts


def every_brief() -> list[str]:
    """Every distinct brief we have: the corpus and tests/data/*/ (written by different hands)."""
    texts = corpus()
    texts += [
        p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "data").glob("*/*.txt"))
    ]
    return texts


def first_sight(texts: list[str]) -> float:
    """Briefs per second (CPU time) parsing each text once, before any of them was parsed:
    the memoised titles, names and numbers of the parser start empty, as for a new folder."""
    start = time.process_time()
    for i, text in enumerate(texts):
        parse_brief(text, brief_id=f"first-{i}")
    return len(texts) / (time.process_time() - start)


def unique(texts: list[str], count: int) -> list[str]:
    return [
        f"{texts[i % len(texts)]}\n\nReference {i}: the sides will keep in touch.\n"
        for i in range(count)
    ]


def throughput(texts: list[str], rounds: int = 5) -> tuple[float, float, float]:
    """Briefs per second over several rounds: best and median by CPU time (what the parser
    costs, whatever else runs on the machine), and median by wall-clock time."""
    cpu_rates, wall_rates = [], []
    for _ in range(rounds):
        cpu, wall = time.process_time(), time.perf_counter()
        for i, text in enumerate(texts):
            parse_brief(text, brief_id=str(i))
        cpu_rates.append(len(texts) / (time.process_time() - cpu))
        wall_rates.append(len(texts) / (time.perf_counter() - wall))
    return max(cpu_rates), statistics.median(cpu_rates), statistics.median(wall_rates)


def memory(texts: list[str], *, trace: bool) -> tuple[float, float | None]:
    """Growth of the process's peak RSS (MiB) and, optionally, tracemalloc's peak (MiB)."""
    gc.collect()
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    if trace:
        tracemalloc.start()
    kept: list[Brief] = [parse_brief(t, brief_id=str(i)) for i, t in enumerate(texts)]
    traced = None
    if trace:
        traced = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    assert len(kept) == len(texts)
    return (after - before) / 1024, traced


def main() -> int:
    args = argparse.ArgumentParser(description=__doc__)
    args.add_argument("--count", type=int, default=10_000, help="briefs for the memory run")
    args.add_argument("--tracemalloc", action="store_true", help="also trace Python allocations")
    args.add_argument(
        "--installed", action="store_true", help="the installed parser, not the source tree's"
    )
    opts = args.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    texts = corpus()
    seed_size = len(texts[0])
    # Compile the patterns on a text of no brief, then read every brief once.
    parse_brief("ASTANA – The sides met on Monday and signed 3 deals.", brief_id="warm-up")
    distinct = every_brief()
    first = first_sight(distinct)
    sample = unique(texts, 1000)
    best, median, wall = throughput(sample)
    seed_only = unique(texts[:1], 500)
    seed_best, seed_median, seed_wall = throughput(seed_only)
    rss, traced = memory(unique(texts, opts.count), trace=opts.tracemalloc)
    print(
        f"parser {PARSER_VERSION} ({BUILD}) on {platform.python_implementation()} "
        f"{platform.python_version()}, {os.cpu_count()} cores, pinned to one"
    )
    print(f"seed brief: {seed_size} characters; corpus: {len(texts)} briefs")
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"load average when done: {load:.2f}")
    print(
        f"mixed briefs: CPU time best {best:,.0f} briefs/s, median {median:,.0f} briefs/s; "
        f"wall clock median {wall:,.0f} briefs/s"
    )
    print(
        f"seed brief:   CPU time best {seed_best:,.0f} briefs/s, median {seed_median:,.0f} "
        f"briefs/s; wall clock median {seed_wall:,.0f} briefs/s"
    )
    print(
        f"every distinct brief parsed once ({len(distinct)}, first sight): {first:,.0f} briefs/s"
    )
    print(
        f"{opts.count:,} briefs parsed and kept: peak RSS grew {rss:,.1f} MiB"
        + (f", tracemalloc peak {traced:,.1f} MiB" if traced is not None else "")
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
