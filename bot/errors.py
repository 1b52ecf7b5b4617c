"""Domain exceptions, named in the core and translated to answers once, at the edge."""

from __future__ import annotations


class BriefbotError(Exception):
    """Base of every error this project raises on purpose."""


class BriefFileError(BriefbotError):
    """A brief file that cannot be used (empty, binary, not UTF-8, too large)."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason
