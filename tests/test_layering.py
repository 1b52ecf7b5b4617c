"""The layering holds: data flows files -> parser -> summary -> handlers -> Telegram.

Read from the source (AST), so a violation fails here before it spreads.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# The core knows nothing of Telegram or of the handlers.
CORE = [
    "bot/brief.py",
    "bot/loader.py",
    "bot/summary.py",
    "bot/answers.py",
    "bot/catalog.py",
    "bot/chats.py",
    "bot/errors.py",
    "bot/metrics.py",
    "bot/ratelimit.py",
    "bot/schedule.py",
    "bot/services.py",
    "bot/store.py",
    *sorted(str(p.relative_to(ROOT)) for p in (ROOT / "bot" / "parser").glob("*.py")),
]
# Only these modules of bot/ may import telegram (STYLE.md: the composition root and the
# sending side of the digest).
# The composition root, the digest sender and the Bot API client (PTB request interface).
TELEGRAM_ALLOWED = {"bot/app.py", "bot/digest.py", "bot/http.py"}
HANDLERS = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "handlers").glob("*.py"))
# What a handler may use from bot.summary: the *_answer functions, rendering and labels.
SUMMARY_ALLOWED_EXTRA = {"Answer", "render_html", "render_text", "brief_label", "cut_utf16"}


def imported_modules(path: str) -> Iterator[str]:
    tree = ast.parse((ROOT / path).read_text(), filename=path)
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module
            yield from (f"{node.module}.{alias.name}" for alias in node.names)


def _top(name: str) -> str:
    return name.split(".", 1)[0]


@pytest.mark.parametrize("path", CORE)
def test_core_modules_import_neither_telegram_nor_handlers(path: str) -> None:
    """Core modules stay free of telegram, the handlers and the composition root."""
    bad = [
        m
        for m in imported_modules(path)
        if _top(m) in {"telegram", "handlers"} or m.startswith(("bot.app", "bot.digest"))
    ]
    assert bad == []


def test_only_the_composition_root_and_digest_sender_import_telegram() -> None:
    """No other module under bot/ imports telegram (the HTTP client implements its request)."""
    offenders = sorted(
        str(p.relative_to(ROOT))
        for p in (ROOT / "bot").rglob("*.py")
        if str(p.relative_to(ROOT)) not in TELEGRAM_ALLOWED
        and any(_top(m) == "telegram" for m in imported_modules(str(p.relative_to(ROOT))))
    )
    assert offenders == []


@pytest.mark.parametrize("path", HANDLERS)
def test_handlers_neither_parse_nor_build_answers(path: str) -> None:
    """Handlers never import the parser or loader, and use only summary's *_answer functions."""
    modules = list(imported_modules(path))
    assert [m for m in modules if m.startswith(("bot.parser", "bot.loader"))] == []
    tree = ast.parse((ROOT / path).read_text(), filename=path)
    names = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
    assert "parse_brief" not in names
    used = {
        node.attr
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute)
        and isinstance(node.value, ast.Name)
        and node.value.id == "summary"
    }
    used |= {m.removeprefix("bot.summary.") for m in modules if m.startswith("bot.summary.")}
    not_allowed = sorted(
        u for u in used if not u.endswith("_answer") and u not in SUMMARY_ALLOWED_EXTRA
    )
    assert not_allowed == []
