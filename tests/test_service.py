"""End to end: the real Application in polling mode against the fake Bot API.

Expected answers are the summary module's rendering of the catalog's briefs, so these tests
check the wiring (which brief, which view, which chat, which keyboard), not the wording.
"""

from __future__ import annotations

import asyncio
import io
import json
from pathlib import Path

import aiohttp
import pytest
import structlog
from structlog.testing import capture_logs

import bot.app
from bot import summary
from bot.app import App
from bot.logging import configure_logging
from tests.fakes import FakeBotApi
from tests.service_harness import assert_all_valid, make_settings, polling, say

BOT = "briefbot_test_bot"  # the fake API's bot username


def rendered(answer: summary.Answer) -> list[str]:
    return summary.render_html(answer)


def texts(messages: list[dict[str, object]]) -> list[object]:
    return [m["text"] for m in messages]


async def test_start_says_what_the_bot_does_and_lists_commands(
    bot_api: FakeBotApi, tmp_path: Path
) -> None:
    """/start answers with the introduction and every command."""
    async with polling(make_settings(bot_api, tmp_path)):
        [sent] = await say(bot_api, "/start")
    text = str(sent["text"])
    assert text.startswith("<b>briefbot</b>")
    for command in ("/meeting", "/figures", "/topics", "/quotes", "/people", "/briefs", "/search"):
        assert command in text
    assert sent["parse_mode"] == "HTML"
    assert_all_valid(bot_api)


async def test_views_answer_about_the_newest_brief_by_default(
    bot_api: FakeBotApi, tmp_path: Path
) -> None:
    """/meeting, /figures and /topics render the newest brief's answers."""
    async with polling(make_settings(bot_api, tmp_path)) as app:
        number, brief = app.bot_data.catalog.newest()
        for command, answer in [
            ("/meeting", summary.meeting_answer(brief, number=number)),
            ("/figures", summary.figures_answer(brief, number=number)),
            ("/topics", summary.topics_answer(brief, number=number)),
        ]:
            expected = rendered(answer)
            sent = await say(bot_api, command, expect=len(expected))
            assert texts(sent) == expected
    assert_all_valid(bot_api)


async def test_a_brief_named_by_number_or_date_is_used(
    bot_api: FakeBotApi, tmp_path: Path
) -> None:
    """/figures 2 and /people YYYY-MM-DD act on that brief, not the newest."""
    async with polling(make_settings(bot_api, tmp_path)) as app:
        catalog = app.bot_data.catalog
        number, brief = catalog.get(2)
        expected = rendered(summary.figures_answer(brief, number=number))
        assert texts(await say(bot_api, "/figures 2", expect=len(expected))) == expected
        dated = next(e for e in catalog.entries() if e.brief.date is not None)
        day = dated.brief.date.isoformat() if dated.brief.date else ""
        first = catalog.resolve(day)
        expected = rendered(summary.people_answer(first.brief, number=first.number))
        assert texts(await say(bot_api, f"/people {day}", expect=len(expected))) == expected
    assert_all_valid(bot_api)


async def test_a_bad_argument_gets_a_helpful_answer(bot_api: FakeBotApi, tmp_path: Path) -> None:
    """An unknown brief number is answered with what would work; the user's text is escaped."""
    async with polling(make_settings(bot_api, tmp_path)) as app:
        count = len(app.bot_data.catalog)
        [sent] = await say(bot_api, "/figures <b>99</b>")
    assert sent["text"] == (
        "No brief &#x27;&lt;b&gt;99&lt;/b&gt;&#x27;. Use a number (1–"
        f"{count}), a date (YYYY-MM-DD) or an id; /briefs lists them."
    )
    assert_all_valid(bot_api)


async def test_briefs_lists_with_buttons_and_a_button_selects_the_brief(
    bot_api: FakeBotApi, tmp_path: Path
) -> None:
    """/briefs shows a keyboard; pressing a brief selects it for the chat's later commands."""
    async with polling(make_settings(bot_api, tmp_path, briefs_page_size=2)) as app:
        catalog = app.bot_data.catalog
        page = catalog.page(1, 2)
        [listing] = await say(bot_api, "/briefs")
        assert (
            listing["text"]
            == rendered(summary.brief_list_answer(page.entries, page=1, pages=page.pages))[0]
        )
        rows = listing["reply_markup"]["inline_keyboard"]
        assert [row[0]["callback_data"] for row in rows[:2]] == [
            f"briefs:pick:{e.number}" for e in page.entries
        ]
        assert rows[-1] == [{"text": "Older ▶", "callback_data": "briefs:page:2"}]
        assert all(len(b["callback_data"].encode()) <= 64 for row in rows for b in row)

        # Turn the page: the same message is edited in place.
        message = bot_api.sent_messages(chat_id=1001)[-1]
        bot_api.push_update(bot_api.callback("briefs:page:2", message=message))
        await bot_api.wait_for(lambda a: len(a.sent("editMessageText")) == 1)
        second = catalog.page(2, 2)
        [edit] = bot_api.sent("editMessageText")
        assert (
            edit["text"]
            == rendered(summary.brief_list_answer(second.entries, page=2, pages=second.pages))[0]
        )

        # Press the oldest brief's button: it is selected and shown.
        oldest = min(e.number for e in catalog.entries())
        _, brief = catalog.get(oldest)
        before = len(bot_api.sent(chat_id=1001))
        bot_api.push_update(bot_api.callback(f"briefs:pick:{oldest}", message=message))
        await bot_api.wait_for(lambda a: len(a.sent(chat_id=1001)) > before)
        assert bot_api.sent("answerCallbackQuery")[-1]["text"] == f"Brief {oldest} selected"
        overview = rendered(summary.overview_answer(brief, number=oldest))
        await bot_api.wait_for(lambda a: len(a.sent(chat_id=1001)) >= before + len(overview))
        assert texts(bot_api.sent(chat_id=1001)[before:]) == overview

        expected = rendered(summary.figures_answer(brief, number=oldest))
        assert texts(await say(bot_api, "/figures", expect=len(expected))) == expected
    assert_all_valid(bot_api)


async def test_selection_survives_a_restart(bot_api: FakeBotApi, tmp_path: Path) -> None:
    """A brief selected before a restart is still the chat's brief after it."""
    settings = make_settings(bot_api, tmp_path)
    async with polling(settings):
        await say(bot_api, "/brief 1", expect=1)
    async with polling(settings) as app:
        number, brief = app.bot_data.catalog.get(1)
        expected = rendered(summary.topics_answer(brief, number=number))
        assert texts(await say(bot_api, "/topics", expect=len(expected))) == expected
        # /latest goes back to following the newest brief.
        await say(bot_api, "/latest")
        newest = app.bot_data.catalog.newest()
        expected = rendered(summary.topics_answer(newest.brief, number=newest.number))
        assert texts(await say(bot_api, "/topics", expect=len(expected))) == expected
    assert_all_valid(bot_api)


async def test_search_ranks_matching_briefs(bot_api: FakeBotApi, tmp_path: Path) -> None:
    """/search WORDS answers with the catalog's ranked hits; without words, with usage."""
    async with polling(make_settings(bot_api, tmp_path)) as app:
        catalog = app.bot_data.catalog
        _, brief = catalog.newest()
        word = (brief.countries or ("cooperation",))[0]
        hits = await catalog.search(word)
        expected = rendered(summary.search_answer(word, hits))
        assert hits != []
        assert texts(await say(bot_api, f"/search {word}", expect=len(expected))) == expected
        [usage] = await say(bot_api, "/search")
    assert str(usage["text"]).startswith("Usage: <code>/search WORDS</code>")
    assert_all_valid(bot_api)


async def test_unknown_command_gets_a_pointer_to_help(bot_api: FakeBotApi, tmp_path: Path) -> None:
    """An unknown command in a private chat is answered briefly."""
    async with polling(make_settings(bot_api, tmp_path)):
        [sent] = await say(bot_api, "/frobnicate now")
    assert sent["text"] == "I don't know /frobnicate. Send /help to see what I can do."
    assert_all_valid(bot_api)


async def test_commands_addressed_to_the_bot_work_in_groups(
    bot_api: FakeBotApi, tmp_path: Path
) -> None:
    """/figures@Bot is answered in a group; other bots' and unaddressed unknown commands not."""
    group = {"chat_id": -500, "chat_type": "group", "title": "Analysts"}
    async with polling(make_settings(bot_api, tmp_path)) as app:
        number, brief = app.bot_data.catalog.newest()
        bot_api.push_update(bot_api.message("/nope", **group))
        bot_api.push_update(bot_api.message("/figures@other_bot", **group))
        expected = rendered(summary.figures_answer(brief, number=number))
        sent = await say(bot_api, f"/figures@{BOT}", expect=len(expected), **group)
        assert texts(sent) == expected
        [unknown] = await say(bot_api, f"/nope@{BOT}", **group)
        assert unknown["text"] == "I don't know /nope. Send /help to see what I can do."
    assert len(bot_api.sent(chat_id=-500)) == len(expected) + 1
    assert_all_valid(bot_api)


async def test_deep_link_start_opens_a_view(bot_api: FakeBotApi, tmp_path: Path) -> None:
    """/start figures (a t.me deep link) answers like /figures; /start figures_1 for brief 1."""
    async with polling(make_settings(bot_api, tmp_path)) as app:
        number, brief = app.bot_data.catalog.newest()
        expected = rendered(summary.figures_answer(brief, number=number))
        assert texts(await say(bot_api, "/start figures", expect=len(expected))) == expected
        _, first = app.bot_data.catalog.get(1)
        expected = rendered(summary.figures_answer(first, number=1))
        assert texts(await say(bot_api, "/start figures_1", expect=len(expected))) == expected
    assert_all_valid(bot_api)


async def test_a_flooding_user_gets_one_notice_and_others_are_served(
    bot_api: FakeBotApi, tmp_path: Path
) -> None:
    """Over USER_RATE a user's commands are dropped with one notice; another user is answered."""
    async with polling(make_settings(bot_api, tmp_path, user_rate="2/60")):
        await say(bot_api, "/help")
        await say(bot_api, "/help")
        [notice] = await say(bot_api, "/help")
        bot_api.push_update(bot_api.message("/help"))
        [other] = await say(bot_api, "/help", chat_id=2002, user_id=2002)
        assert str(other["text"]).startswith("<b>briefbot</b>")
    # 60 s from the first of the three commands, which came a moment ago.
    assert notice["text"] in {
        f"You are sending commands too fast. Please wait {s} s." for s in range(55, 61)
    }
    assert len(bot_api.sent(chat_id=1001)) == 3
    assert_all_valid(bot_api)


async def test_a_failing_command_menu_does_not_stop_the_bot(
    bot_api: FakeBotApi, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """setMyCommands failing at start-up (at every try) is logged; commands are still
    answered."""
    monkeypatch.setattr(bot.app, "ANSWER_RETRY_DELAYS", (0.01, 0.01))
    tries = 1 + len(bot.app.ANSWER_RETRY_DELAYS)
    bot_api.fail("setMyCommands", times=tries, error_code=500, description="Internal Server Error")
    with structlog.testing.capture_logs() as logs:
        async with polling(make_settings(bot_api, tmp_path)):
            [sent] = await say(bot_api, "/help")
    assert str(sent["text"]).startswith("<b>briefbot</b>")
    assert [e["event"] for e in logs if e["event"] == "set_my_commands_failed"] == [
        "set_my_commands_failed"
    ]


async def test_the_command_menu_is_registered(bot_api: FakeBotApi, tmp_path: Path) -> None:
    """At start-up the bot sets its command list with Telegram."""
    async with polling(make_settings(bot_api, tmp_path)):
        pass
    [call] = bot_api.sent("setMyCommands")
    names = [c["command"] for c in call["commands"]]
    assert names[:2] == ["meeting", "figures"]
    assert {"briefs", "search", "help"} <= set(names)


async def test_logs_one_event_per_update_and_never_the_token(
    bot_api: FakeBotApi, tmp_path: Path
) -> None:
    """JSON log lines carry chat id, command, latency and outcome; the token never appears."""
    stream = io.StringIO()
    settings = make_settings(bot_api, tmp_path, log_level="DEBUG")
    configure_logging(settings, stream=stream)
    try:
        async with polling(settings):
            await say(bot_api, "/figures 99")
    finally:
        structlog.reset_defaults()
        import logging

        logging.getLogger().handlers.clear()
    output = stream.getvalue()
    assert bot_api.token not in output
    assert bot_api.token.split(":")[1] not in output
    assert "[REDACTED]" in output  # PTB's debug lines carry the bot's URL; it was replaced
    handled = [json.loads(line) for line in output.splitlines() if '"update_handled"' in line]
    assert [(e["chat_id"], e["command"], e["outcome"]) for e in handled] == [
        (1001, "figures", "user_error")
    ]
    assert isinstance(handled[0]["latency_ms"], float)


async def test_healthz_and_metrics_are_served_in_polling_mode(
    bot_api: FakeBotApi, tmp_path: Path
) -> None:
    """/healthz says ok with the brief count; /metrics counts the handled command."""
    async with polling(make_settings(bot_api, tmp_path)) as app:
        await say(bot_api, "/help")
        port = health_port(app)
        async with aiohttp.ClientSession() as http:
            async with http.get(f"http://127.0.0.1:{port}/healthz") as response:
                assert response.status == 200
                body = await response.json()
            async with http.get(f"http://127.0.0.1:{port}/metrics") as response:
                metrics = await response.text()
    assert (body["status"], body["briefs"]) == ("ok", len(app.bot_data.catalog))
    assert body["uptime_seconds"] >= 0
    assert 'briefbot_updates_total{command="help",outcome="ok"} 1' in metrics.splitlines()


def health_port(app: App) -> int:
    from bot.web import WebServer

    server = app.bot_data.extras["health_server"]
    assert isinstance(server, WebServer)
    assert server.port is not None
    return server.port


async def test_chats_are_served_concurrently_and_each_chat_in_order(
    bot_api: FakeBotApi, tmp_path: Path
) -> None:
    """A slow answer in one chat delays neither another chat nor its own order."""
    async with polling(make_settings(bot_api, tmp_path)):
        bot_api.delay("sendMessage", 0.5, chat_id=1001)
        bot_api.push_update(bot_api.message("/help", chat_id=1001, user_id=1001))
        bot_api.push_update(bot_api.message("/nope", chat_id=1001, user_id=1001))
        bot_api.push_update(bot_api.message("/help", chat_id=2002, user_id=2002))
        await bot_api.wait_for(lambda a: len(a.sent()) == 3)
    order = [(c["chat_id"], str(c["text"])[:14]) for c in bot_api.sent()]
    assert order == [(2002, "<b>briefbot</b"), (1001, "<b>briefbot</b"), (1001, "I don't know /")]


async def test_stopping_lets_an_update_in_flight_finish(
    bot_api: FakeBotApi, tmp_path: Path
) -> None:
    """Stopping while an answer is being sent waits for it (graceful shutdown)."""
    async with polling(make_settings(bot_api, tmp_path)) as app:
        bot_api.delay("sendMessage", 0.5)
        bot_api.push_update(bot_api.message("/help"))
        # Wait until the update is being handled (its answer is held for 0.5 s).
        processor = app.update_processor
        for _ in range(200):
            if processor.current_concurrent_updates:
                break
            await asyncio.sleep(0.01)
        assert processor.current_concurrent_updates == 1
        assert bot_api.sent() == []
    assert len(bot_api.sent()) == 1


async def test_a_brief_added_to_the_folder_is_picked_up_while_running(
    bot_api: FakeBotApi, tmp_path: Path
) -> None:
    """The reload job numbers a new file; commands can use it without a restart."""
    settings = make_settings(bot_api, tmp_path, reload_interval=0.2)
    async with polling(settings) as app:
        catalog = app.bot_data.catalog
        count = len(catalog)
        add_brief_copy(Path(settings.briefs_dir), "added_later")
        for _ in range(100):
            if len(catalog) > count:
                break
            await asyncio.sleep(0.05)
        added = catalog.by_id("added_later")
        assert added is not None
        assert added.number == count + 1
        expected = rendered(summary.figures_answer(added.brief, number=added.number))
        assert (
            texts(await say(bot_api, f"/figures {added.number}", expect=len(expected))) == expected
        )
    assert_all_valid(bot_api)


def add_brief_copy(folder: Path, name: str) -> None:
    """Write a new brief file: the first one of the folder with a sentence added."""
    source = sorted(folder.glob("*.txt"))[0]
    text = source.read_text(encoding="utf-8") + "\n\nThe talks will continue next year.\n"
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")


async def test_a_stale_button_is_answered_with_a_notice(
    bot_api: FakeBotApi, tmp_path: Path
) -> None:
    """A button naming a brief that no longer exists answers the callback with the reason."""
    async with polling(make_settings(bot_api, tmp_path)) as app:
        count = len(app.bot_data.catalog)
        await say(bot_api, "/briefs")
        message = bot_api.sent_messages(chat_id=1001)[-1]
        bot_api.push_update(bot_api.callback("briefs:pick:999", message=message))
        await bot_api.wait_for(lambda a: len(a.sent("answerCallbackQuery")) == 1)
    [answer] = bot_api.sent("answerCallbackQuery")
    assert answer["text"].startswith(f"No brief '999'. Use a number (1–{count})")
    assert answer["show_alert"] is True
    assert len(bot_api.sent(chat_id=1001)) == 1
    assert_all_valid(bot_api)


async def test_reload_is_for_admins_and_reports_new_briefs(
    bot_api: FakeBotApi, tmp_path: Path
) -> None:
    """/reload from ADMIN_IDS reloads the folder and names the new briefs; others are told no."""
    settings = make_settings(bot_api, tmp_path, admin_ids=[7], reload_interval=0)
    async with polling(settings) as app:
        count = len(app.bot_data.catalog)
        [refused] = await say(bot_api, "/reload")
        add_brief_copy(Path(settings.briefs_dir), "added_by_hand")
        [done] = await say(bot_api, "/reload", chat_id=7, user_id=7)
    assert refused["text"] == "This command is for the bot's admins."
    assert done["text"] == (
        f"<b>Reloaded</b>: {count + 1} briefs (1 parsed, {count} from the cache).\n"
        f"New: {count + 1}."
    )
    assert_all_valid(bot_api)


async def test_link_previews_are_off_where_a_link_is_and_unsent_where_none_is(
    bot_api: FakeBotApi, tmp_path: Path
) -> None:
    """An answer quoting a link is sent with previews disabled; one without any link is sent
    without link_preview_options (there is nothing to preview)."""
    folder = tmp_path / "briefs"
    folder.mkdir()
    (folder / "linked.txt").write_text(
        "date 2024-03-01\nASTANA – The ministers met on Friday, the ministry said on "
        "gov.example.org.\n\nThey discussed trade.\n",
        encoding="utf-8",
    )
    async with polling(make_settings(bot_api, tmp_path, briefs_dir=folder)):
        (linked,) = await say(bot_api, "/brief")
        (plain,) = await say(bot_api, "/help")
    assert "gov.example.org" in linked["text"]
    assert linked["link_preview_options"] == {"is_disabled": True}
    assert "link_preview_options" not in plain
    assert_all_valid(bot_api)


async def test_an_answer_refused_with_a_5xx_is_sent_again(
    bot_api: FakeBotApi, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A Bot API 502 on an answer is retried and the user gets it; the answer used to be
    lost (only 429s were retried), and the error handler, Telegram being "unreachable",
    said nothing either. A timeout is not retried: that message may have arrived."""
    monkeypatch.setattr(bot.app, "ANSWER_RETRY_DELAYS", (0.01, 0.01), raising=False)
    async with polling(make_settings(bot_api, tmp_path)):
        bot_api.fail("sendMessage", times=2, error_code=502, description="Bad Gateway")
        [sent] = await say(bot_api, "/help")
        assert str(sent["text"]).startswith("<b>briefbot</b> reads diplomatic news briefs")
        bot_api.fail("sendMessage", times=3, error_code=502, description="Bad Gateway")
        with capture_logs() as logs:
            bot_api.push_update(bot_api.message("/help"))
            await bot_api.wait_for(
                lambda a: any(e["event"] == "update_handled" for e in logs), timeout=10
            )
        retries = [e for e in logs if e["event"] == "answer_retry"]
        assert [(e["method"], e["delay"]) for e in retries] == [("sendMessage", 0.01)] * 2
        failed = [e for e in logs if e["event"] == "update_failed"]
        assert [e["error_type"] for e in failed] == ["NetworkError"]
