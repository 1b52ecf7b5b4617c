"""Fair use: at most N commands per user in a sliding window of S seconds.

Pure and clock-driven, so the handler layer only asks and acts. A user over the limit is told
once per window; further commands in that window are dropped silently. Other users are never
delayed: nothing here waits.
"""

from __future__ import annotations

import enum
from collections import deque
from dataclasses import dataclass, field


class Verdict(enum.Enum):
    ALLOW = "allow"
    NOTIFY = "notify"  # over the limit: drop this one and say so once
    DROP = "drop"  # over the limit, already told


@dataclass
class _User:
    times: deque[float] = field(default_factory=deque)
    notified_at: float | None = None


class RateLimiter:
    """Sliding-window limit per user id; `limit` 0 lets everything through."""

    def __init__(self, limit: int, window: float) -> None:
        self.limit = limit
        self.window = window
        self._users: dict[int, _User] = {}
        self._checks = 0

    def check(self, user_id: int, now: float) -> Verdict:
        """Count one command of this user at time `now` (seconds, monotonic)."""
        if self.limit <= 0:
            return Verdict.ALLOW
        self._checks += 1
        if self._checks % 1000 == 0:
            self._forget_idle(now)
        user = self._users.setdefault(user_id, _User())
        while user.times and user.times[0] <= now - self.window:
            user.times.popleft()
        if len(user.times) < self.limit:
            user.times.append(now)
            user.notified_at = None
            return Verdict.ALLOW
        if user.notified_at is not None and now - user.notified_at < self.window:
            return Verdict.DROP
        user.notified_at = now
        return Verdict.NOTIFY

    def retry_after(self, user_id: int, now: float) -> float:
        """Seconds until this user may send a command again."""
        user = self._users.get(user_id)
        if user is None or len(user.times) < self.limit or not user.times:
            return 0.0
        return max(0.0, user.times[0] + self.window - now)

    def _forget_idle(self, now: float) -> None:
        idle = [
            uid
            for uid, u in self._users.items()
            if not u.times or u.times[-1] <= now - self.window
        ]
        for uid in idle:
            del self._users[uid]
