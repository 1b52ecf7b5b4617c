"""The `briefbot` command line: parse briefs, ask the bot offline, chat, or serve Telegram.

Exit status: 0 on success, 1 when some input could not be used, 2 for a usage or settings error.
A reader that stops early (`briefbot parse | head -1`) ends the command quietly, exit status 1.
"""

from __future__ import annotations

import argparse
import os
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
    # `run` prints nothing on stdout (its log goes to stderr): a BrokenPipeError there is a
    # fault to see, not a reader gone.
    r.set_defaults(entry="bot.cli_serve:run", prints=False)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)  # argparse drops --help's text for a reader gone
    if not getattr(args, "prints", True):
        return _dispatch(args)
    try:
        result = _dispatch(args)
        # Flushed here, so a reader gone after the last write is caught below too.
        sys.stdout.flush()
    except BrokenPipeError:
        return _reader_gone()
    return result


def _dispatch(args: argparse.Namespace) -> int:
    module_name, _, func_name = args.entry.partition(":")
    # Imported on demand: `briefbot parse` should not pay for importing telegram.
    module = __import__(module_name, fromlist=[func_name])
    result: int = getattr(module, func_name)(args)
    return result


def _reader_gone() -> int:
    """Stop quietly when stdout's reader has gone (`| head -1`), as the `signal` module's docs
    advise (their "Note on SIGPIPE"): no traceback, exit status 1.

    Python flushes stdout again at exit: pointing it at devnull keeps that flush from raising
    another BrokenPipeError ("Exception ignored ..." on stderr). SIGPIPE keeps Python's
    default (ignored): restoring SIG_DFL would also kill the process on a socket's EPIPE.
    """
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
    return 1


if __name__ == "__main__":
    sys.exit(main())
