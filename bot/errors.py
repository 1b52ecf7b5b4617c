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


class BriefNotFoundError(BriefbotError):
    """A brief named by number, date or id that the catalog does not hold."""

    def __init__(self, arg: str, hint: str) -> None:
        super().__init__(f"No brief {arg!r}. {hint}")
        self.arg = arg
        self.hint = hint


class NoBriefsError(BriefbotError):
    """The briefs folder holds no usable brief yet."""

    def __init__(self) -> None:
        super().__init__("No briefs are loaded yet.")
