"""The Brief model: plain, validated data parsed from one news brief.

Field names and meaning follow `../shared/brief.schema.json`; `Brief.to_record()` gives the
JSON object that `briefbot parse --json` prints.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Person(Model):
    name: str
    title: str | None = None
    country: str | None = None


class Meeting(Model):
    participants: tuple[Person, ...] = ()
    date: dt.date | None = None
    place: str | None = None
    kind: str | None = None


class Figure(Model):
    text: str
    value: float
    unit: str
    approx: str | None = None
    measures: str | None = None
    sentence: str | None = None


class Quote(Model):
    speaker: str | None
    text: str


class Brief(Model):
    id: str
    source_file: str | None = None
    date: dt.date | None = None
    dateline: str | None = None
    reported_by: str | None = None
    title: str | None = None
    meetings: tuple[Meeting, ...] = ()
    people: tuple[Person, ...] = ()
    countries: tuple[str, ...] = ()
    figures: tuple[Figure, ...] = ()
    topics: tuple[str, ...] = ()
    quotes: tuple[Quote, ...] = ()
    summary: str | None = None
    # Not part of the scored schema: the body as read (header removed), for search and display.
    body: str = Field(default="", repr=False)
    source_url: str | None = None

    def to_record(self) -> dict[str, Any]:
        """Return the JSON-ready object of the schema (the body left out)."""
        return self.model_dump(mode="json", exclude={"body"})
