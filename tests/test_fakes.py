"""The fake Bot API server behaves like Telegram for the real python-telegram-bot client."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from collections.abc import Awaitable, Callable

import aiohttp
import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer
from telegram import Bot, BotCommand, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest, ChatMigrated, Conflict, InvalidToken, RetryAfter

from tests.fakes import FakeBotApi


def make_bot(api: FakeBotApi, token: str | None = None) -> Bot:
    return Bot(token or api.token, base_url=f"{api.url}/bot")


async def test_get_me_returns_the_test_bot(bot_api: FakeBotApi) -> None:
    """getMe answers the bot user; Bot.initialize() works against the fake."""
    async with make_bot(bot_api) as bot:
        assert bot.username == "briefbot_test_bot"
        assert bot.id == bot_api.bot_user["id"]
    assert [c.method for c in bot_api.calls] == ["getMe"]


async def test_send_message_with_html_and_inline_keyboard(bot_api: FakeBotApi) -> None:
    """sendMessage records the HTML and keyboard and returns a full Message."""
    keyboard = InlineKeyboardMarkup(
        [
            [InlineKeyboardButton("Brief 2", callback_data="brief:2")],
            [InlineKeyboardButton("Source", url="https://example.org/a")],
        ]
    )
    async with make_bot(bot_api) as bot:
        msg = await bot.send_message(
            1001,
            "<b>Figures</b>\n40 &lt; 50 😀",
            parse_mode=ParseMode.HTML,
            reply_markup=keyboard,
        )
    assert msg.message_id == 1
    assert msg.chat.id == 1001
    assert msg.text == "Figures\n40 < 50 😀"
    assert msg.entities[0].type == "bold"
    assert (msg.entities[0].offset, msg.entities[0].length) == (0, 7)
    assert msg.reply_markup == keyboard
    [params] = bot_api.sent(chat_id=1001)
    assert params["text"] == "<b>Figures</b>\n40 &lt; 50 😀"
    assert params["parse_mode"] == "HTML"
    assert params["reply_markup"]["inline_keyboard"][0][0] == {
        "text": "Brief 2",
        "callback_data": "brief:2",
    }
    assert bot_api.sent_messages(chat_id=1001)[0]["message_id"] == 1


async def test_plain_message_without_parse_mode_is_recorded(bot_api: FakeBotApi) -> None:
    """A message without parse_mode is sent as is: '<' needs no escaping there."""
    async with make_bot(bot_api) as bot:
        msg = await bot.send_message(1001, "a < b & c")
    assert msg.text == "a < b & c"
    assert bot_api.sent()[0].get("parse_mode") is None


async def test_bad_html_raises_bad_request(bot_api: FakeBotApi) -> None:
    """Invalid HTML is refused as Telegram refuses it, and nothing is recorded as sent."""
    async with make_bot(bot_api) as bot:
        with pytest.raises(BadRequest, match="Can't parse entities: unsupported start tag"):
            await bot.send_message(1001, "<br>hi", parse_mode=ParseMode.HTML)
        with pytest.raises(BadRequest, match="reserved"):
            await bot.send_message(1001, "fish & chips", parse_mode=ParseMode.HTML)
        with pytest.raises(BadRequest, match="Message is too long"):
            await bot.send_message(1001, "x" * 4097)
        with pytest.raises(BadRequest, match="Message text is empty"):
            await bot.send_message(1001, "<b> </b>", parse_mode=ParseMode.HTML)
    assert bot_api.sent() == []
    assert [c.status for c in bot_api.calls if c.method == "sendMessage"] == [400] * 4


async def test_invalid_inline_keyboard_is_refused(bot_api: FakeBotApi) -> None:
    """Buttons need text and exactly one action; callback_data is 1-64 bytes."""
    async with make_bot(bot_api) as bot:
        too_long = InlineKeyboardMarkup([[InlineKeyboardButton("x", callback_data="é" * 33)]])
        with pytest.raises(BadRequest, match="Button_data_invalid"):
            await bot.send_message(1001, "hi", reply_markup=too_long)
        two_actions = {
            "inline_keyboard": [[{"text": "x", "callback_data": "a", "url": "https://a.b"}]]
        }
        with pytest.raises(BadRequest, match="exactly one"):
            await bot.send_message(1001, "hi", reply_markup=two_actions)  # type: ignore[arg-type]


async def test_retry_after_from_failure_injection(bot_api: FakeBotApi) -> None:
    """fail(..., error_code=429, retry_after=N) raises RetryAfter with N seconds, once."""
    bot_api.fail(
        "sendMessage",
        chat_id=1001,
        error_code=429,
        description="Too Many Requests: retry after 7",
        retry_after=7,
    )
    async with make_bot(bot_api) as bot:
        with pytest.raises(RetryAfter) as info:
            await bot.send_message(1001, "hi")
        assert info.value.retry_after == dt.timedelta(seconds=7)
        await bot.send_message(1001, "hi again")
    assert [p["text"] for p in bot_api.sent()] == ["hi again"]


async def test_chat_migrated_from_failure_injection(bot_api: FakeBotApi) -> None:
    """A group that became a supergroup answers with migrate_to_chat_id: ChatMigrated."""
    bot_api.fail(
        "sendMessage",
        chat_id=-5,
        error_code=400,
        description="Bad Request: group chat was upgraded to a supergroup chat",
        migrate_to_chat_id=-1001234567890,
    )
    async with make_bot(bot_api) as bot:
        await bot.send_message(-7, "other chat is fine")
        with pytest.raises(ChatMigrated) as info:
            await bot.send_message(-5, "hi")
    assert info.value.new_chat_id == -1001234567890


async def test_rate_limit_answers_429_with_retry_after(bot_api: FakeBotApi) -> None:
    """With rate_limit set, a burst over the limit gets 429 and retry_after >= 1."""
    bot_api.rate_limit = 2
    async with make_bot(bot_api) as bot:
        await bot.send_message(1, "a")
        await bot.send_message(2, "b")
        with pytest.raises(RetryAfter) as info:
            await bot.send_message(3, "c")
    assert info.value.retry_after >= dt.timedelta(seconds=1)
    assert len(bot_api.sent()) == 2


async def test_get_updates_delivers_pushed_updates(bot_api: FakeBotApi) -> None:
    """getUpdates returns pushed updates; a higher offset confirms them; Update.de_json works."""
    update_id = bot_api.push_update(
        bot_api.message(
            "/figures@briefbot_test_bot 2", chat_id=-100, chat_type="group", title="Desk"
        )
    )
    async with make_bot(bot_api) as bot:
        [update] = await bot.get_updates(timeout=1)
        assert update.update_id == update_id
        assert update.message.text == "/figures@briefbot_test_bot 2"
        assert update.message.chat.type == "group"
        assert update.message.entities[0].type == "bot_command"
        assert update.message.entities[0].length == len("/figures@briefbot_test_bot")
        assert update.message.parse_entities(["bot_command"])
        again = await bot.get_updates(timeout=0)
        assert [u.update_id for u in again] == [update_id]
        assert await bot.get_updates(offset=update_id + 1, timeout=0) == ()
    raw = bot_api.message("/start figures")
    raw["update_id"] = 99
    assert Update.de_json(raw, None).message.text == "/start figures"


async def test_long_poll_wakes_up_on_push(bot_api: FakeBotApi) -> None:
    """A long poll waiting on getUpdates returns as soon as an update is pushed."""
    async with make_bot(bot_api) as bot:
        task = asyncio.create_task(bot.get_updates(timeout=5))
        await bot_api.wait_for(lambda api: api.waiting_polls == 1)
        bot_api.push_update(bot_api.message("hello"))
        updates = await asyncio.wait_for(task, 2)
    assert [u.message.text for u in updates] == ["hello"]
    assert bot_api.waiting_polls == 0


async def test_callback_query_and_edit(bot_api: FakeBotApi) -> None:
    """A button press becomes a callback_query; the bot answers it and edits its message."""
    async with make_bot(bot_api) as bot:
        await bot.send_message(
            1001,
            "pick",
            reply_markup=InlineKeyboardMarkup(
                [[InlineKeyboardButton("2", callback_data="brief:2")]]
            ),
        )
        message = bot_api.sent_messages()[-1]
        bot_api.push_update(bot_api.callback("brief:2", message=message))
        [update] = await bot.get_updates(timeout=1)
        query = update.callback_query
        assert query.data == "brief:2"
        assert query.message.message_id == message["message_id"]
        assert await bot.answer_callback_query(query.id, text="Selected")
        with pytest.raises(BadRequest, match="uery is too old"):
            await bot.answer_callback_query(query.id)
        edited = await bot.edit_message_text(
            "<i>chosen</i>",
            chat_id=1001,
            message_id=message["message_id"],
            parse_mode=ParseMode.HTML,
        )
        assert edited.text == "chosen"
        with pytest.raises(BadRequest, match="not modified"):
            await bot.edit_message_text(
                "<i>chosen</i>",
                chat_id=1001,
                message_id=message["message_id"],
                parse_mode=ParseMode.HTML,
            )
        with pytest.raises(BadRequest, match="to edit not found"):
            await bot.edit_message_text("x", chat_id=1001, message_id=999)
        # Editing the text without reply_markup removed the keyboard; put one back.
        again = await bot.edit_message_reply_markup(
            1001,
            message["message_id"],
            reply_markup=InlineKeyboardMarkup([[InlineKeyboardButton("3", callback_data="b:3")]]),
        )
        assert again.reply_markup.inline_keyboard[0][0].callback_data == "b:3"


async def test_commands_webhook_and_chat_methods(bot_api: FakeBotApi) -> None:
    """set/get/deleteMyCommands, webhook info, getChat and members behave as documented."""
    bot_api.push_update(
        bot_api.message("hi", chat_id=-200, chat_type="supergroup", title="Desk", user_id=5)
    )
    bot_api.chat_members[(-200, 9)] = {
        "status": "administrator",
        "user": {"id": 9, "is_bot": False, "first_name": "Ann"},
        "can_be_edited": False,
        "is_anonymous": False,
        "can_manage_chat": True,
        "can_delete_messages": True,
        "can_manage_video_chats": True,
        "can_restrict_members": True,
        "can_promote_members": False,
        "can_change_info": True,
        "can_invite_users": True,
        "can_post_stories": False,
        "can_edit_stories": False,
        "can_delete_stories": False,
    }
    async with make_bot(bot_api) as bot:
        assert await bot.set_my_commands([BotCommand("figures", "Figures of the brief")])
        assert await bot.get_my_commands() == (BotCommand("figures", "Figures of the brief"),)
        with pytest.raises(BadRequest, match="Bot_command_invalid"):
            await bot.set_my_commands([BotCommand("Bad-Name", "x")])
        assert await bot.delete_my_commands()
        assert await bot.get_my_commands() == ()
        assert await bot.set_webhook("https://bot.example.org/tg", secret_token="s3cret")  # noqa: S106 - test value
        info = await bot.get_webhook_info()
        assert info.url == "https://bot.example.org/tg"
        assert info.pending_update_count == 1
        with pytest.raises(Conflict):
            await bot.get_updates()
        assert await bot.delete_webhook(drop_pending_updates=True)
        assert (await bot.get_webhook_info()).pending_update_count == 0
        chat = await bot.get_chat(-200)
        assert (chat.type, chat.title) == ("supergroup", "Desk")
        with pytest.raises(BadRequest, match="hat not found"):
            await bot.get_chat(-404)
        assert (await bot.get_chat_member(-200, 5)).status == "member"
        assert (await bot.get_chat_member(-200, 6)).status == "left"
        assert [m.user.id for m in await bot.get_chat_administrators(-200)] == [9]
        assert await bot.leave_chat(-200)
        assert await bot.log_out()
        assert await bot.close()


async def test_unknown_method_is_404_and_wrong_token_is_401(bot_api: FakeBotApi) -> None:
    """An unknown method answers 404 Not Found, a wrong token 401 Unauthorized."""
    async with aiohttp.ClientSession() as http:
        async with http.post(f"{bot_api.url}/bot{bot_api.token}/fooBar", json={}) as r:
            assert (r.status, await r.json()) == (
                404,
                {"ok": False, "error_code": 404, "description": "Not Found"},
            )
        async with http.get(f"{bot_api.url}/bot1:wrong/getMe") as r:
            assert (r.status, await r.json()) == (
                401,
                {"ok": False, "error_code": 401, "description": "Unauthorized"},
            )
        body = {
            "chat_id": 1001,
            "text": "json <b>body</b>",
            "parse_mode": "HTML",
            "reply_markup": {"inline_keyboard": [[{"text": "a", "callback_data": "b"}]]},
        }
        async with http.post(f"{bot_api.url}/bot{bot_api.token}/sendMessage", json=body) as r:
            result = (await r.json())["result"]
        form = aiohttp.FormData(
            {
                "chat_id": "1001",
                "text": "multipart",
                "reply_markup": json.dumps({"remove_keyboard": True}),
            }
        )
        form._is_multipart = True
        async with http.post(f"{bot_api.url}/bot{bot_api.token}/sendMessage", data=form) as r:
            assert r.status == 200
    assert result["text"] == "json body"
    assert [p["text"] for p in bot_api.sent()] == ["json <b>body</b>", "multipart"]
    assert bot_api.sent()[1]["reply_markup"] == {"remove_keyboard": True}
    with pytest.raises(InvalidToken):
        async with make_bot(bot_api, token="1:wrong"):  # noqa: S106 - test value
            pass


async def test_delay_holds_the_call(bot_api: FakeBotApi) -> None:
    """delay() holds the next matching call, so a short client timeout times out."""
    from telegram.error import TimedOut

    bot_api.delay("sendMessage", 0.5)
    async with make_bot(bot_api) as bot:
        with pytest.raises(TimedOut):
            await bot.send_message(1001, "slow", read_timeout=0.1)
        await bot.send_message(1001, "fast", read_timeout=1)
    await bot_api.wait_for(lambda api: len(api.sent()) == 2)


async def test_webhook_receives_pushed_updates_with_the_secret(
    bot_api: FakeBotApi, aiohttp_server: Callable[..., Awaitable[TestServer]]
) -> None:
    """With a webhook set, a pushed update is POSTed there with the secret token header."""
    received: list[tuple[str | None, dict]] = []

    async def hook(request: web.Request) -> web.Response:
        received.append(
            (request.headers.get("X-Telegram-Bot-Api-Secret-Token"), await request.json())
        )
        return web.Response()

    app = web.Application()
    app.router.add_post("/tg", hook)
    server = await aiohttp_server(app)
    async with make_bot(bot_api) as bot:
        await bot.set_webhook(str(server.make_url("/tg")), secret_token="abc_DEF-1")  # noqa: S106
    update_id = bot_api.push_update(bot_api.message("/latest"))
    await bot_api.wait_for(lambda api: api.webhook_deliveries == [(update_id, 200)])
    [(secret, update)] = received
    assert secret == "abc_DEF-1"  # noqa: S105 - test value
    assert (update["update_id"], update["message"]["text"]) == (update_id, "/latest")


async def test_allowed_updates_filters_update_types(bot_api: FakeBotApi) -> None:
    """getUpdates with allowed_updates delivers only those types."""
    bot_api.push_update(bot_api.message("text"))
    sent = bot_api.message("pick")["message"]
    query_id = bot_api.push_update(bot_api.callback("x", message=sent))
    async with make_bot(bot_api) as bot:
        updates = await bot.get_updates(allowed_updates=["callback_query"], timeout=0)
    assert [u.update_id for u in updates] == [query_id]


async def test_message_threads_exist_only_in_forums(bot_api: FakeBotApi) -> None:
    """A topic message makes its supergroup a forum; threads elsewhere are not found."""
    update = bot_api.message("/figures", chat_id=-1001, chat_type="supergroup", thread_id=42)
    assert update["message"]["chat"]["is_forum"] is True
    assert update["message"]["message_thread_id"] == 42
    bot_api.message("hi", chat_id=-1002, chat_type="supergroup")
    async with make_bot(bot_api) as bot:
        sent = await bot.send_message(-1001, "in topic", message_thread_id=42)
        assert (sent.message_thread_id, sent.is_topic_message) == (42, True)
        with pytest.raises(BadRequest, match="Message thread not found"):
            await bot.send_message(-1002, "no topics here", message_thread_id=42)
        with pytest.raises(BadRequest, match="Chat not found"):
            await bot.send_message(0, "nobody")
