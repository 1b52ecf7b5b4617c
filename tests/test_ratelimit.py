"""The per-user rate limit: a sliding window, one notice, other users unaffected."""

from __future__ import annotations

from bot.ratelimit import RateLimiter, Verdict


def test_a_flooding_user_is_told_once_then_dropped_until_the_window_passes() -> None:
    """Three per 10 s: the 4th is NOTIFY, the 5th DROP, and after 10 s it is allowed again."""
    limiter = RateLimiter(3, 10.0)
    verdicts = [limiter.check(7, t) for t in (0.0, 1.0, 2.0, 3.0, 4.0)]
    assert verdicts == [Verdict.ALLOW] * 3 + [Verdict.NOTIFY, Verdict.DROP]
    assert limiter.retry_after(7, 4.0) == 6.0
    assert limiter.check(7, 10.5) == Verdict.ALLOW


def test_one_users_flood_does_not_limit_another() -> None:
    """Limits are per user."""
    limiter = RateLimiter(1, 60.0)
    assert limiter.check(1, 0.0) == Verdict.ALLOW
    assert limiter.check(1, 0.1) == Verdict.NOTIFY
    assert limiter.check(2, 0.2) == Verdict.ALLOW


def test_a_zero_limit_allows_everything() -> None:
    """USER_RATE 0/N disables the limit."""
    limiter = RateLimiter(0, 1.0)
    assert {limiter.check(1, float(t)) for t in range(100)} == {Verdict.ALLOW}


def test_idle_users_are_forgotten() -> None:
    """Memory does not grow with every user ever seen."""
    limiter = RateLimiter(5, 1.0)
    for user in range(2000):
        limiter.check(user, float(user))
    assert len(limiter._users) < 1000
