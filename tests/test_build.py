"""Which build of the parser the suite runs against."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import bot.parser

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.skipif(not os.environ.get("BRIEFBOT_TEST_INSTALLED"), reason="the source tree's run")
def test_the_installed_build_is_the_one_under_test() -> None:
    """With BRIEFBOT_TEST_INSTALLED (.ci/run's second run) the parser imported is the installed,
    compiled one, not the source tree's."""
    path = Path(bot.parser.__file__ or "")
    assert path.suffix in {".so", ".pyd"}, path
    assert ROOT / "bot" not in path.parents, path  # not the source tree's bot/
