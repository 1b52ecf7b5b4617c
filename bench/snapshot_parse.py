"""Snapshot of the parser's output on every brief we have (run by hand, never in the tests).

    .venv/bin/python bench/snapshot_parse.py save /tmp/parse-before.jsonl
    .venv/bin/python bench/snapshot_parse.py compare /tmp/parse-before.jsonl

`save` writes one JSON object per brief (the seed, ../shared/briefs-dev and every
tests/data/*/ folder); `compare` parses them
again and prints every brief whose output differs, so that an optimisation that changes
output by accident is caught before it is committed.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.parser import parse_brief  # noqa: E402


def files() -> list[Path]:
    folders = [ROOT / "seeds", ROOT.parent / "shared" / "briefs-dev"]
    folders += sorted(p for p in (ROOT / "tests" / "data").iterdir() if p.is_dir())
    return [p for folder in folders if folder.is_dir() for p in sorted(folder.glob("*.txt"))]


def outputs() -> dict[str, str]:
    out: dict[str, str] = {}
    for path in files():
        text = path.read_text(encoding="utf-8")
        key = str(path.relative_to(ROOT.parent))
        brief = parse_brief(text, brief_id=key, source_file=key)
        out[key] = brief.model_dump_json()
    return out


def main() -> int:
    mode, target = sys.argv[1], Path(sys.argv[2])
    now = outputs()
    if mode == "save":
        target.write_text("".join(json.dumps([k, v]) + "\n" for k, v in now.items()))
        print(f"saved {len(now)} briefs to {target}")
        return 0
    before = dict(json.loads(line) for line in target.read_text().splitlines())
    changed = 0
    for key in sorted(before.keys() | now.keys()):
        if before.get(key) != now.get(key):
            changed += 1
            old = json.loads(before[key]) if key in before else {}
            new = json.loads(now[key]) if key in now else {}
            print(f"DIFF {key}")
            for field in sorted(old.keys() | new.keys()):
                if old.get(field) != new.get(field):
                    print(f"  {field}:\n    - {old.get(field)}\n    + {new.get(field)}")
    print(f"{len(now)} briefs, {changed} changed")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
