"""The HTTP side: /healthz, /metrics and the webhook route's secret check."""

from __future__ import annotations

from typing import Any

from aiohttp.test_utils import TestClient

from bot.services import BotData
from bot.web import SECRET_HEADER, RecentIds, WebhookRoute, build_web_app

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


async def test_webhook_drops_a_repeated_update_and_refuses_json_that_is_no_update(
    aiohttp_client: Any,
) -> None:
    """Telegram resends an update it got no timely answer for: the repeat gets 200 and is not fed
    again. JSON without an integer update_id, or one the feed cannot read, gets 400."""
    fed: list[dict[str, Any]] = []

    async def feed(payload: dict[str, Any]) -> None:
        if "broken" in payload:
            raise ValueError("not an update")
        fed.append(payload)

    app = build_web_app(BotData(), webhook=WebhookRoute("/hook", SECRET, feed))
    client: TestClient = await aiohttp_client(app)
    right = {SECRET_HEADER: SECRET}
    for update in ({"update_id": 7}, {"update_id": 7}, {"update_id": 8}):
        assert (await client.post("/hook", json=update, headers=right)).status == 200
    for bad in ([1], {"message": {}}, {"update_id": "7"}, {"update_id": True}):
        assert (await client.post("/hook", json=bad, headers=right)).status == 400
    unreadable = {"update_id": 9, "broken": 1}
    assert (await client.post("/hook", json=unreadable, headers=right)).status == 400
    assert fed == [{"update_id": 7}, {"update_id": 8}]


def test_recent_ids_forget_the_oldest_beyond_their_size() -> None:
    recent = RecentIds(2)
    assert [recent.add(i) for i in (1, 2, 1, 3, 1, 3)] == [True, True, False, True, True, False]
