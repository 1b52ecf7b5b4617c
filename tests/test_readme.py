"""The README stays true: its settings table names every setting, with its default."""

from __future__ import annotations

import re
from pathlib import Path

from pydantic_core import PydanticUndefined

from config.settings import ENV_PREFIX, Settings

README = Path(__file__).resolve().parent.parent / "README.md"
HEADER = "| setting | default | meaning |"


def settings_rows() -> list[list[str]]:
    lines = README.read_text(encoding="utf-8").splitlines()
    assert lines.count(HEADER) == 1  # one table of settings
    start = lines.index(HEADER) + 2
    rows = []
    for line in lines[start:]:
        if not line.startswith("|"):
            break
        rows.append([cell.strip() for cell in line.strip("|").split("|")])
    return rows


def shown(default: object) -> str | None:
    """How the README writes a default, or None where it describes it in words."""
    if default is None or default is PydanticUndefined:  # none, or made by a factory
        return None
    if isinstance(default, bool):
        return str(default).lower()
    if isinstance(default, float) and default.is_integer():
        return str(int(default))
    return str(default)


def test_readme_settings_table_names_every_setting_in_order() -> None:
    """Each Settings field appears once, as BRIEFBOT_<NAME>, in the order of the class."""
    names = [re.sub(r"`", "", row[0]) for row in settings_rows()]
    assert names == [f"{ENV_PREFIX}{field.upper()}" for field in Settings.model_fields]


def test_readme_settings_table_gives_each_default() -> None:
    """Where a setting has a plain default, the table's default column shows it."""
    for row, (name, field) in zip(settings_rows(), Settings.model_fields.items(), strict=True):
        expected = shown(field.default)
        if expected is not None:
            assert expected in row[1], name
