"""The `briefbot` command line: parse briefs, ask the bot offline, chat, or serve Telegram.

Exit status: 0 on success, 1 when some input could not be used, 2 for a usage or settings error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="briefbot", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("parse", help="parse brief files and print them")
    p.add_argument(
        "paths", nargs="*", metavar="PATH", help="files or folders (default: BRIEFS_DIR)"
    )
    p.add_argument("--json", action="store_true", help="one JSON object per brief per line")
    p.set_defaults(entry="bot.cli_parse:run")

    a = sub.add_parser("ask", help="print the answer the bot would send to one message")
    a.add_argument("message", help='what a user would send, e.g. "/figures 2"')
    a.add_argument("--html", action="store_true", help="print the raw Telegram HTML")
    a.set_defaults(entry="bot.cli_serve:ask")

    c = sub.add_parser("chat", help="an interactive console routed through the bot's handlers")
    c.add_argument("--html", action="store_true", help="print the raw Telegram HTML")
    c.set_defaults(entry="bot.cli_serve:chat")

    r = sub.add_parser("run", help="serve Telegram (long polling, or webhook when configured)")
    r.set_defaults(entry="bot.cli_serve:run")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    module_name, _, func_name = args.entry.partition(":")
    # Imported on demand: `briefbot parse` should not pay for importing telegram.
    module = __import__(module_name, fromlist=[func_name])
    result: int = getattr(module, func_name)(args)
    return result


if __name__ == "__main__":
    sys.exit(main())
