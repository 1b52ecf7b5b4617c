"""Metrics in the Prometheus text format."""

from __future__ import annotations

from bot.metrics import Metrics


def test_render_counts_updates_errors_and_latency_buckets() -> None:
    """Counters and cumulative histogram buckets come out in the exposition format."""
    metrics = Metrics()
    metrics.observe("figures", "ok", 0.004)
    metrics.observe("figures", "ok", 0.02)
    metrics.observe("search", "error", 3.0)
    metrics.error("BadRequest")
    text = metrics.render(briefs=12)
    lines = text.splitlines()
    assert 'briefbot_updates_total{command="figures",outcome="ok"} 2' in lines
    assert 'briefbot_updates_total{command="search",outcome="error"} 1' in lines
    assert 'briefbot_errors_total{type="BadRequest"} 1' in lines
    assert 'briefbot_update_seconds_bucket{command="figures",le="0.0025"} 0' in lines
    assert 'briefbot_update_seconds_bucket{command="figures",le="0.005"} 1' in lines
    assert 'briefbot_update_seconds_bucket{command="figures",le="0.025"} 2' in lines
    assert 'briefbot_update_seconds_bucket{command="search",le="2.5"} 0' in lines
    assert 'briefbot_update_seconds_bucket{command="search",le="+Inf"} 1' in lines
    assert 'briefbot_update_seconds_count{command="figures"} 2' in lines
    assert "briefbot_briefs 12" in lines
    assert text.endswith("\n")


def test_label_values_are_escaped() -> None:
    """A quote in a label value cannot break the line."""
    metrics = Metrics()
    metrics.observe('we"ird', "ok", 0.0)
    assert 'briefbot_updates_total{command="we\\"ird",outcome="ok"} 1' in metrics.render(briefs=0)
