"""The HTTP side: /healthz, /metrics and the webhook route's secret check."""

from __future__ import annotations

from typing import Any

from aiohttp.test_utils import TestClient

from bot.services import BotData
from bot.web import SECRET_HEADER, WebhookRoute, build_web_app

SECRET = "s3cret-Token_1"  # noqa: S105 - a made-up secret for the test


async def test_healthz_is_503_until_ready_then_200(aiohttp_client: Any) -> None:
    """Before start-up completes /healthz answers 503; after, 200 with the brief count."""
    data = BotData()
    client: TestClient = await aiohttp_client(build_web_app(data))
    response = await client.get("/healthz")
    assert response.status == 503
    assert (await response.json())["status"] == "starting"
    data.ready = True
    response = await client.get("/healthz")
    body = await response.json()
    assert (response.status, body["status"], body["briefs"]) == (200, "ok", 0)


async def test_metrics_are_prometheus_text(aiohttp_client: Any) -> None:
    """/metrics serves the text exposition format."""
    data = BotData()
    data.metrics.observe("figures", "ok", 0.002)
    client: TestClient = await aiohttp_client(build_web_app(data))
    response = await client.get("/metrics")
    assert response.status == 200
    assert response.content_type == "text/plain"
    text = await response.text()
    assert 'briefbot_updates_total{command="figures",outcome="ok"} 1' in text.splitlines()


async def test_webhook_refuses_a_missing_or_wrong_secret_and_feeds_the_right_one(
    aiohttp_client: Any,
) -> None:
    """No secret header or a wrong one: 403 and nothing fed; the right one: 200 and fed."""
    fed: list[dict[str, Any]] = []

    async def feed(payload: dict[str, Any]) -> None:
        fed.append(payload)

    app = build_web_app(BotData(), webhook=WebhookRoute("/hook", SECRET, feed))
    client: TestClient = await aiohttp_client(app)
    update = {"update_id": 1}
    assert (await client.post("/hook", json=update)).status == 403
    wrong = {SECRET_HEADER: "nope"}
    assert (await client.post("/hook", json=update, headers=wrong)).status == 403
    assert fed == []
    right = {SECRET_HEADER: SECRET}
    assert (await client.post("/hook", json=update, headers=right)).status == 200
    assert (await client.post("/hook", data=b"{", headers=right)).status == 400
    assert fed == [update]
