"""Service metrics, rendered in the Prometheus text format (version 0.0.4) by hand.

Counters of updates by command and outcome, errors by type, and a latency histogram by
command. Plain data and arithmetic: no telegram, no aiohttp.
"""

from __future__ import annotations

import bisect
import time
from collections import Counter

# Upper bounds in seconds; a Telegram command should finish well inside the first few.
BUCKETS: tuple[float, ...] = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5)


def _label(value: str) -> str:
    return value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


class Metrics:
    """What /metrics reports; one instance per application."""

    def __init__(self) -> None:
        self.started = time.monotonic()
        self.updates: Counter[tuple[str, str]] = Counter()
        self.errors: Counter[str] = Counter()
        self._buckets: dict[str, list[int]] = {}
        self._sums: dict[str, float] = {}
        self._counts: Counter[str] = Counter()

    def observe(self, command: str, outcome: str, seconds: float) -> None:
        """Count one handled update and its handling time."""
        self.updates[(command, outcome)] += 1
        buckets = self._buckets.setdefault(command, [0] * len(BUCKETS))
        index = bisect.bisect_left(BUCKETS, seconds)
        if index < len(BUCKETS):
            buckets[index] += 1
        self._sums[command] = self._sums.get(command, 0.0) + seconds
        self._counts[command] += 1

    def error(self, kind: str) -> None:
        """Count one error, by exception type."""
        self.errors[kind] += 1

    def uptime(self) -> float:
        return time.monotonic() - self.started

    def render(self, *, briefs: int) -> str:
        """Return the metrics in the Prometheus text exposition format."""
        lines = [
            "# HELP briefbot_updates_total Updates handled, by command and outcome.",
            "# TYPE briefbot_updates_total counter",
        ]
        for (command, outcome), count in sorted(self.updates.items()):
            lines.append(
                f'briefbot_updates_total{{command="{_label(command)}",'
                f'outcome="{_label(outcome)}"}} {count}'
            )
        lines += [
            "# HELP briefbot_errors_total Errors raised while handling updates, by type.",
            "# TYPE briefbot_errors_total counter",
        ]
        for kind, count in sorted(self.errors.items()):
            lines.append(f'briefbot_errors_total{{type="{_label(kind)}"}} {count}')
        lines += [
            "# HELP briefbot_update_seconds Time to handle one update, by command.",
            "# TYPE briefbot_update_seconds histogram",
        ]
        for command in sorted(self._buckets):
            name = _label(command)
            running = 0
            for bound, count in zip(BUCKETS, self._buckets[command], strict=True):
                running += count
                lines.append(
                    f'briefbot_update_seconds_bucket{{command="{name}",le="{bound}"}} {running}'
                )
            total = self._counts[command]
            lines.append(f'briefbot_update_seconds_bucket{{command="{name}",le="+Inf"}} {total}')
            lines.append(f'briefbot_update_seconds_sum{{command="{name}"}} {self._sums[command]}')
            lines.append(f'briefbot_update_seconds_count{{command="{name}"}} {total}')
        lines += [
            "# HELP briefbot_briefs Briefs loaded.",
            "# TYPE briefbot_briefs gauge",
            f"briefbot_briefs {briefs}",
            "# HELP briefbot_uptime_seconds Seconds since start.",
            "# TYPE briefbot_uptime_seconds gauge",
            f"briefbot_uptime_seconds {self.uptime():.3f}",
        ]
        return "\n".join(lines) + "\n"
