"""Bot API conformance: what Telegram refuses, the fake refuses, and the bot never sends it.

Each rule of the Bot API (https://core.telegram.org/bots/api) that the fake enforces has a
test of the fake here, and the bot's handling of it a test against the fake.
"""

from __future__ import annotations

import asyncio
import html
import json
import time
from collections import Counter
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import aiohttp
import aiohttp.web
import pytest
from aiohttp.test_utils import TestServer
from telegram import (
    Bot,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
    ReplyParameters,
    Update,
)
from telegram.error import BadRequest, NetworkError, TelegramError
from telegram.ext import TypeHandler
from telegram.request import HTTPXRequest

import bot.app
import handlers
from bot import summary
from bot.app import build_application, serve_webhook
from bot.errors import BriefbotError
from bot.http import AiohttpRequest
from bot.store import Subscription
from bot.web import SECRET_HEADER
from config.settings import SettingsError, load_settings
from handlers.common import command_name, command_word
from handlers.fallback import UNKNOWN_BUTTON
from tests.fakes import BOT_ID, FakeBotApi
from tests.service_harness import assert_all_valid, free_port, make_settings, polling, say
from tests.telegram_html import parse_telegram_html, utf16_len

CHANNEL = -1001234000777
ADMIN = 4242
GROUP = -500


def make_bot(api: FakeBotApi, request: Any = None) -> Bot:
    return Bot(api.token, base_url=f"{api.url}/bot", request=request)


def refused(api: FakeBotApi) -> list[tuple[str, int]]:
    return [
        (c.method, c.status) for c in api.calls if c.status != 200 and c.method != "getUpdates"
    ]


def channel_admin(user_id: int, *, bot: bool = False) -> dict[str, Any]:
    rights = [
        "can_manage_chat",
        "can_delete_messages",
        "can_manage_video_chats",
        "can_restrict_members",
        "can_promote_members",
        "can_change_info",
        "can_invite_users",
        "can_post_stories",
        "can_edit_stories",
        "can_delete_stories",
        "can_post_messages",
    ]
    return {
        "status": "administrator",
        "user": {"id": user_id, "is_bot": bot, "first_name": f"U{user_id}"},
        "can_be_edited": False,
        "is_anonymous": False,
        **dict.fromkeys(rights, True),
    }


# --- the fake is as strict as Telegram ---------------------------------------------------------


async def test_fake_refuses_a_channel_member_list_to_a_bot_that_is_not_its_admin(
    bot_api: FakeBotApi,
) -> None:
    """getChatMember about others and getChatAdministrators answer 400 in a channel where the
    bot is no administrator; about the bot itself, and once it is an admin, they answer."""
    bot_api.chats[CHANNEL] = {"id": CHANNEL, "type": "channel", "title": "N", "username": "nc"}
    bot_api.chat_members[(CHANNEL, ADMIN)] = channel_admin(ADMIN)
    async with make_bot(bot_api) as bot:
        with pytest.raises(BadRequest, match="Member list is inaccessible"):
            await bot.get_chat_member(CHANNEL, ADMIN)
        with pytest.raises(BadRequest, match="Member list is inaccessible"):
            await bot.get_chat_administrators(CHANNEL)
        assert (await bot.get_chat_member(CHANNEL, BOT_ID)).status == "left"
        bot_api.chat_members[(CHANNEL, BOT_ID)] = channel_admin(BOT_ID, bot=True)
        assert (await bot.get_chat_member(CHANNEL, ADMIN)).status == "administrator"
        assert len(await bot.get_chat_administrators(CHANNEL)) == 2


async def test_fake_counts_a_callback_answer_in_utf16_units(bot_api: FakeBotApi) -> None:
    """answerCallbackQuery takes 200 UTF-16 units: 100 emoji pass, 101 are refused."""
    message = {"message_id": 1, "date": 0, "chat": {"id": 1001, "type": "private"}, "text": "x"}
    async with make_bot(bot_api) as bot:
        first = bot_api.callback("a", message=message)["callback_query"]["id"]
        with pytest.raises(BadRequest, match="Message_too_long"):
            await bot.answer_callback_query(first, text="😀" * 101)
        assert await bot.answer_callback_query(first, text="😀" * 100)


async def test_fake_refuses_an_answer_to_a_press_older_than_its_time_limit(
    bot_api: FakeBotApi,
) -> None:
    """answerCallbackQuery is taken only for a while after the press, as in Telegram: later it
    is "query is too old"; within the limit it is taken."""
    message = {"message_id": 1, "date": 0, "chat": {"id": 1001, "type": "private"}, "text": "x"}
    async with make_bot(bot_api) as bot:
        fresh = bot_api.callback("a", message=message)["callback_query"]["id"]
        bot_api.callback_ttl = 0.0
        late = bot_api.callback("a", message=message)["callback_query"]["id"]
        await asyncio.sleep(0.01)
        with pytest.raises(BadRequest, match="Query is too old"):
            await bot.answer_callback_query(late)
        bot_api.callback_ttl = 60.0
        assert await bot.answer_callback_query(fresh)


async def test_fake_refuses_malformed_link_preview_options_and_reply_parameters(
    bot_api: FakeBotApi,
) -> None:
    """Complex parameters are JSON objects of the documented fields; anything else is a 400."""
    url = f"{bot_api.url}/bot{bot_api.token}/sendMessage"
    cases = [
        ({"link_preview_options": "true"}, "link preview options"),
        ({"link_preview_options": '{"is_disabled": "yes"}'}, "link preview options"),
        ({"reply_parameters": "5"}, "reply parameters"),
        ({"reply_parameters": '{"chat_id": 1001}'}, "reply parameters"),
    ]
    async with aiohttp.ClientSession() as session:
        for extra, what in cases:
            data = {"chat_id": "1001", "text": "hi", **extra}
            async with session.post(url, data=data) as response:
                body = await response.json()
            assert (response.status, body["ok"]) == (400, False)
            assert body["description"] == f"Bad Request: can't parse {what} JSON object"
        data = {"chat_id": "1001", "text": "hi", "link_preview_options": '{"is_disabled": true}'}
        async with session.post(url, data=data) as response:
            assert response.status == 200


async def test_fake_refuses_a_reply_to_a_deleted_message_unless_allowed(
    bot_api: FakeBotApi,
) -> None:
    """A reply to a message no longer in the chat is a 400, unless allow_sending_without_reply."""
    message = bot_api.message("/help", chat_id=GROUP, chat_type="group")["message"]
    bot_api.delete_message(GROUP, message["message_id"])
    async with make_bot(bot_api) as bot:
        with pytest.raises(BadRequest, match="Message to be replied not found"):
            await bot.send_message(
                GROUP, "hi", reply_parameters=ReplyParameters(message["message_id"])
            )
        sent = await bot.send_message(
            GROUP,
            "hi",
            reply_parameters=ReplyParameters(
                message["message_id"], allow_sending_without_reply=True
            ),
        )
    assert sent.reply_to_message is None


def test_fake_channel_posts_come_from_the_channel_not_a_user() -> None:
    """A channel_post has no `from`; its sender_chat is the channel itself."""
    api = FakeBotApi()
    post = api.channel_post("/figures", chat_id=CHANNEL, username="nc")["channel_post"]
    assert "from" not in post
    assert post["sender_chat"] == {
        "id": CHANNEL,
        "type": "channel",
        "title": post["chat"]["title"],
        "username": "nc",
    }
    assert post["chat"]["type"] == "channel"


# --- update types --------------------------------------------------------------------------


def sample_updates(api: FakeBotApi) -> dict[str, dict[str, Any]]:
    """One update of each type a chat can produce, each carrying a /command or a button."""
    message = api.message("/figures", chat_id=1001)["message"]
    member = {
        "chat": {"id": GROUP, "type": "group", "title": "G"},
        "from": {"id": ADMIN, "is_bot": False, "first_name": "A"},
        "date": int(time.time()),
        "old_chat_member": {"status": "left", "user": api.bot_user},
        "new_chat_member": {"status": "member", "user": api.bot_user},
    }
    other = {
        **member,
        "old_chat_member": {**member["old_chat_member"], "user": message["from"]},
        "new_chat_member": {**member["new_chat_member"], "user": message["from"]},
    }
    return {
        "message": {"message": message},
        "edited_message": {"edited_message": {**message, "edit_date": int(time.time())}},
        "channel_post": api.channel_post("/figures", chat_id=CHANNEL),
        "edited_channel_post": {
            "edited_channel_post": api.channel_post("/figures", chat_id=CHANNEL)["channel_post"]
        },
        "callback_query": api.callback("briefs:page:1", message=message),
        "my_chat_member": {"my_chat_member": member},
        "chat_member": {"chat_member": other},
    }


async def test_we_request_exactly_the_update_types_our_handlers_take(
    bot_api: FakeBotApi,
) -> None:
    """Every update type some handler takes is in allowed_updates, and no other type is."""
    async with make_bot(bot_api) as bot:  # handlers read the bot's username
        taken = _taken_update_types(bot_api, bot)
    assert sorted(handlers.allowed_updates()) == sorted(taken)
    assert sorted(taken) == ["callback_query", "message", "my_chat_member"]


def _taken_update_types(api: FakeBotApi, bot: Bot) -> set[str]:
    chosen = [
        handler
        for _, handler in handlers.handler_list()
        if not isinstance(handler, TypeHandler)  # the rate limit sees all, answers none
    ]
    return {
        kind
        for kind, payload in sample_updates(api).items()
        if any(
            handler.check_update(Update.de_json({"update_id": 1, **payload}, bot))
            for handler in chosen
        )
    }


async def test_polling_asks_for_our_update_types_and_gets_no_others(
    bot_api: FakeBotApi, tmp_path: Path
) -> None:
    """getUpdates carries allowed_updates; a chat_member update is then never delivered."""
    async with polling(make_settings(bot_api, tmp_path)):
        bot_api.push_update(sample_updates(bot_api)["chat_member"])
        await say(bot_api, "/help")
        polls = [c for c in bot_api.calls if c.method == "getUpdates"]
        assert polls
        assert all(c.params["allowed_updates"] == handlers.allowed_updates() for c in polls)
        assert not any("chat_member" in u for u in bot_api._pending)


async def test_edits_channel_posts_and_captions_get_no_answer(
    bot_api: FakeBotApi, tmp_path: Path
) -> None:
    """Delivered anyway, an edited command, a command posted in a channel (even addressed to
    us) and a command in a photo's caption are answered with nothing and raise nothing."""
    async with polling(make_settings(bot_api, tmp_path)) as app:
        samples = sample_updates(bot_api)
        photo = bot_api.message("x")["message"]
        del photo["text"]
        photo |= {
            "photo": [{"file_id": "p", "file_unique_id": "p", "width": 1, "height": 1}],
            "caption": "/figures",
            "caption_entities": [{"type": "bot_command", "offset": 0, "length": 8}],
        }
        post = bot_api.channel_post(f"/figures@{bot_api.bot_user['username']}", chat_id=CHANNEL)
        for payload in (
            samples["edited_message"],
            samples["edited_channel_post"],
            post,
            {"message": photo},
        ):
            await app.update_queue.put(Update.de_json({"update_id": 0, **payload}, app.bot))
        await say(bot_api, "/help")  # answered after those: the chat's updates go in order
        await asyncio.sleep(0.05)
        assert [m["text"][:14] for m in bot_api.sent()] == ["<b>briefbot</b>"[:14]]
        assert app.bot_data.metrics.errors == Counter()
    assert_all_valid(bot_api)


# --- sending -------------------------------------------------------------------------------


async def test_an_answer_goes_out_when_the_quoted_command_was_deleted(
    bot_api: FakeBotApi, tmp_path: Path
) -> None:
    """In a group answers quote the command; deleted at once, it is answered without quote."""
    async with polling(make_settings(bot_api, tmp_path)):
        update = bot_api.message("/help", chat_id=GROUP, chat_type="group")
        bot_api.delete_message(GROUP, update["message"]["message_id"])
        bot_api.push_update(update)
        await bot_api.wait_for(lambda a: len(a.sent(chat_id=GROUP)) == 1)
    [sent] = bot_api.sent(chat_id=GROUP)
    assert sent["reply_parameters"] == {
        "message_id": update["message"]["message_id"],
        "allow_sending_without_reply": True,
        "quote_parse_mode": "HTML",  # PTB adds the default parse mode; without a quote, unused
    }
    assert_all_valid(bot_api)


async def test_an_answer_to_a_group_upgraded_meanwhile_goes_to_the_new_supergroup(
    bot_api: FakeBotApi, tmp_path: Path
) -> None:
    """Telegram refuses a send to a group that became a supergroup ("group chat was upgraded",
    with migrate_to_chat_id): the answer goes to the new chat, without quoting the old one's
    message, and is no error."""
    supergroup = -1001234000888
    async with polling(make_settings(bot_api, tmp_path)) as app:
        bot_api.fail(
            "sendMessage",
            chat_id=GROUP,
            error_code=400,
            description="Bad Request: group chat was upgraded to a supergroup chat",
            migrate_to_chat_id=supergroup,
        )
        bot_api.push_update(bot_api.message("/help", chat_id=GROUP, chat_type="group"))
        await bot_api.wait_for(lambda a: len(a.sent(chat_id=supergroup)) == 1)
        assert app.bot_data.metrics.errors == Counter()
    [sent] = bot_api.sent(chat_id=supergroup)
    assert (sent["text"], "reply_parameters" in sent) == (handlers.start.help_text(), False)
    assert bot_api.sent(chat_id=GROUP) == []


async def test_a_subscription_with_filters_as_long_as_a_message_is_described_in_one(
    bot_api: FakeBotApi, tmp_path: Path
) -> None:
    """/subscribe with a full message of topics: its description (", " between terms) would
    pass Telegram's 4096 UTF-16 units; the filters are cut with an ellipsis and it is sent,
    by /subscribe and by /settings alike."""
    terms = [f"w{i}😀" for i in range(520)]
    command = "/subscribe topics " + ",".join(terms)
    assert utf16_len(command) <= 4096  # what a user can send
    async with polling(make_settings(bot_api, tmp_path)) as app:
        await say(bot_api, command)
        await say(bot_api, "/settings")
        assert app.bot_data.metrics.errors == Counter()
    for sent in bot_api.sent(chat_id=1001):
        plain = parse_telegram_html(sent["text"]).text
        briefs = next(line for line in plain.splitlines() if line.startswith("Briefs: "))
        assert briefs.startswith(f"Briefs: topics {terms[0]}, {terms[1]}, ")
        assert briefs.endswith("…")
        assert utf16_len(plain) <= 4096
    assert_all_valid(bot_api)


@pytest.mark.parametrize(
    ("text", "word", "name"),
    [
        ("/figures 2", "/figures", "figures"),
        ("/Figures@Briefbot_test_bot, please", "/Figures@Briefbot_test_bot", "figures"),
        ("/figures.", "/figures", "figures"),
        ("/" + "a" * 33, "/" + "a" * 33, "a" * 33),  # commands are marked up to 64 characters
        ("/" + "a" * 64, "/" + "a" * 64, "a" * 64),
        ("/" + "a" * 65, "", ""),
        ("/help/x", "", ""),  # a "/" or a word character after it: no command at all
        ("/helpé", "", ""),
        ("/help@b", "", ""),  # a username has 3-32 characters
        ("/help@" + "b" * 33, "", ""),
        ("/", "", ""),
        ("/ figures", "", ""),
        ("figures /help", "", ""),  # a command, but not at the start
    ],
)
async def test_command_word_and_name_are_read_from_the_bot_command_entity_at_the_start(
    bot_api: FakeBotApi, text: str, word: str, name: str
) -> None:
    """The command a message starts with is what Telegram's bot_command entity at offset 0
    covers, marked as Telegram marks it."""
    message = Message.de_json(bot_api.message(text)["message"], None)
    assert (command_word(message), command_name(message)) == (word, name)


async def test_a_message_without_a_bot_command_entity_is_no_command(bot_api: FakeBotApi) -> None:
    """Only the entity makes a command (as for PTB's CommandHandler), not the text's first "/";
    the fake marks every command in the text, wherever it stands."""
    update = bot_api.message("/help")
    del update["message"]["entities"]
    assert command_word(Message.de_json(update["message"], None)) == ""
    marked = bot_api.message("see /help, x/figures or (/briefs)")["message"]["entities"]
    assert [(e["offset"], e["length"]) for e in marked] == [(4, 5), (25, 7)]


async def test_text_that_only_looks_like_a_command_is_not_rate_limited(
    bot_api: FakeBotApi, tmp_path: Path
) -> None:
    """ "/help/x", "/helpé" and "/help@b" carry no bot_command entity: unanswered and not
    counted by the per-user limit, so the one command allowed after them is answered."""
    async with polling(make_settings(bot_api, tmp_path, user_rate="1/60")) as app:
        for text in ("/help/x", "/helpé", "/help@b"):
            bot_api.push_update(bot_api.message(text))
        [answer] = await say(bot_api, "/help")  # a chat's updates are handled in order
        assert app.bot_data.metrics.errors == Counter()
    assert answer["text"] == handlers.start.help_text()
    assert bot_api.sent(chat_id=1001) == [answer]


async def test_a_command_ends_where_telegrams_command_entity_ends(
    bot_api: FakeBotApi, tmp_path: Path
) -> None:
    """Telegram's bot_command entity stops at the first character that is no letter, digit or
    underscore: "/help," is /help, "/nosuch-thing" the unknown /nosuch, and the unknown
    command's answer quotes only the command, so a long word after it still fits."""
    long_word = "/" + "a" * 30 + "-" + "b" * 4060
    async with polling(make_settings(bot_api, tmp_path)) as app:
        [help_answer] = await say(bot_api, "/help,")
        [unknown] = await say(bot_api, "/nosuch-thing")
        [long_answer] = await say(bot_api, long_word)
        [long_name] = await say(bot_api, "/" + "c" * 33)
        assert app.bot_data.metrics.errors == Counter()
    assert help_answer["text"] == handlers.start.help_text()
    assert unknown["text"] == "I don't know /nosuch. Send /help to see what I can do."
    assert long_answer["text"] == (f"I don't know /{'a' * 30}. Send /help to see what I can do.")
    assert long_name["text"] == f"I don't know /{'c' * 33}. Send /help to see what I can do."
    assert_all_valid(bot_api)


@pytest.mark.parametrize(
    ("page", "shown"),
    [
        ("²", "1"),  # a digit to str.isdigit, not to int
        ("0", "1"),
        ("0000000000002", "2"),  # leading zeros: still page 2
        ("999999999", "999"),  # past the end: the last page
        ("9" * (4096 - len("/briefs ")), "999"),  # as long as a message can be
    ],
)
async def test_briefs_shows_the_page_asked_for_clamped_to_the_pages_there_are(
    bot_api: FakeBotApi, tmp_path: Path, page: str, shown: str
) -> None:
    """/briefs N shows page N; no plain number is the first page, and a number past the end
    (however long) the last."""
    async with polling(make_settings(bot_api, tmp_path, briefs_page_size=2)) as app:
        [expected] = await say(bot_api, f"/briefs {shown}")
        [answer] = await say(bot_api, f"/briefs {page}")
        assert app.bot_data.metrics.errors == Counter()
        pages = app.bot_data.catalog.page(1, 2).pages
    assert pages > 2  # the first, second and last pages differ
    assert answer["text"] == expected["text"]
    assert utf16_len(f"/briefs {page}") <= 4096


async def test_an_answer_to_a_user_who_blocked_the_bot_is_not_tried_again(
    bot_api: FakeBotApi, tmp_path: Path
) -> None:
    """403 "bot was blocked by the user": the error is logged and counted, and no second
    message (a "Sorry") is sent to a chat that refuses them all."""
    async with polling(make_settings(bot_api, tmp_path)) as app:
        bot_api.fail(
            "sendMessage",
            chat_id=1001,
            error_code=403,
            description="Forbidden: bot was blocked by the user",
        )
        bot_api.push_update(bot_api.message("/help"))
        await bot_api.wait_for(lambda a: app.bot_data.metrics.errors == Counter(Forbidden=1))
        await say(bot_api, "/help", chat_id=1002, user_id=1002)  # other chats are answered
    assert [c.status for c in bot_api.calls if c.method == "sendMessage"] == [403, 200]


async def test_a_flood_wait_on_an_answer_is_waited_out(
    bot_api: FakeBotApi, tmp_path: Path
) -> None:
    """A 429 on an answer is retried after its retry_after, not turned into an error."""
    async with polling(make_settings(bot_api, tmp_path)) as app:
        bot_api.fail(
            "sendMessage",
            chat_id=1001,
            error_code=429,
            retry_after=1,
            description="Too Many Requests: retry after 1",
        )
        [sent] = await say(bot_api, "/help")
        assert app.bot_data.metrics.errors == Counter()
    attempts = [c for c in bot_api.calls if c.method == "sendMessage"]
    assert [c.status for c in attempts] == [429, 200]
    assert attempts[1].at - attempts[0].at >= 1.0
    assert sent["text"].startswith("<b>briefbot</b>")


async def test_the_sender_request_sends_what_ptb_httpx_request_sends(
    bot_api: FakeBotApi,
) -> None:
    """The digest sender's aiohttp request and PTB's own send the same decoded parameters."""
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("ok", callback_data="x:1")]])
    kwargs: dict[str, Any] = {
        "chat_id": 1001,
        "text": "<b>Тест</b> &amp; ✓",
        "parse_mode": "HTML",
        "reply_markup": keyboard,
        "disable_notification": True,
        "link_preview_options": {"is_disabled": True},
    }
    for request in (HTTPXRequest(), AiohttpRequest()):
        async with make_bot(bot_api, request) as bot:
            await bot.send_message(**kwargs)
    httpx_params, aiohttp_params = bot_api.sent()
    assert aiohttp_params == httpx_params
    assert httpx_params["reply_markup"] == {
        "inline_keyboard": [[{"text": "ok", "callback_data": "x:1"}]]
    }


async def test_the_sender_request_honours_ptb_timeouts(bot_api: FakeBotApi) -> None:
    """A number is a limit (TimedOut when passed); None, as in httpx, is no limit at all."""
    request = AiohttpRequest(timeout=0.1)
    async with make_bot(bot_api, request) as bot:
        bot_api.delay("getMe", 0.3)
        me = await bot.get_me(read_timeout=None)
        assert me.id == BOT_ID
        bot_api.delay("getMe", 0.3)
        with pytest.raises(Exception, match="Timed out"):
            await bot.get_me(read_timeout=0.05)


async def test_the_bot_talks_to_the_bot_api_through_aiohttp(tmp_path: Path) -> None:
    """Answers and the long poll both go through briefbot's aiohttp client (not httpx), each
    with its own pool, and a network error names neither the URL nor the token."""
    token = "123456:AAsecret-token-not-to-be-shown"  # noqa: S105 - a test token
    nowhere = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    settings = make_settings(
        FakeBotApi(), tmp_path, telegram_api_url=nowhere, telegram_token=token
    )
    app = build_application(settings, serve_health=False)
    answers, polls = app.bot._request[1], app.bot._request[0]
    assert isinstance(answers, AiohttpRequest)
    assert isinstance(polls, AiohttpRequest)
    assert answers is not polls
    with pytest.raises(NetworkError) as caught:
        async with app.bot:  # its getMe fails
            pass
    assert "aiohttp.ClientConnectorError" in str(caught.value)
    assert token not in str(caught.value)
    assert "/bot" not in str(caught.value)


async def test_an_error_that_quotes_the_url_shows_neither_it_nor_the_token() -> None:
    """The token is in every request's path (bot<token>/METHOD_NAME): a redirect is not
    followed (the Bot API answers itself), and an aiohttp error quoting the URL is told
    without the token, in its message and in the error it chains."""
    token = "123456:AAsecret-token-not-to-be-shown"  # noqa: S105 - a test token

    async def redirect(request: aiohttp.web.Request) -> aiohttp.web.Response:
        raise aiohttp.web.HTTPFound(str(request.url))

    app = aiohttp.web.Application()
    app.router.add_route("*", "/{tail:.*}", redirect)
    async with TestServer(app) as server:
        redirecting = str(server.make_url("/bot"))
        for base_url in (redirecting, "http://[::1/bot"):
            with pytest.raises(TelegramError) as caught:
                async with Bot(token, base_url=base_url, request=AiohttpRequest()):
                    pass
            chained = repr(caught.value.__cause__) + repr(caught.value.__context__)
            assert (token in str(caught.value), token in chained) == (False, False)


async def test_the_bot_api_client_goes_through_the_proxy_the_environment_names(
    bot_api: FakeBotApi, monkeypatch: pytest.MonkeyPatch
) -> None:
    """HTTP(S)_PROXY is honoured as by PTB's default client: here the only way to the API."""
    monkeypatch.setenv("HTTP_PROXY", bot_api.url)  # the fake answers proxied requests too
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    unreachable = Bot(bot_api.token, base_url="http://api.invalid/bot", request=AiohttpRequest())
    async with unreachable as bot:
        assert (await bot.get_me()).id == BOT_ID


# --- buttons -------------------------------------------------------------------------------


async def press(api: FakeBotApi, data: str, message: dict[str, Any], count: int = 1) -> None:
    before = len(api.sent("answerCallbackQuery"))
    for _ in range(count):
        api.push_update(api.callback(data, message=message))
    await api.wait_for(lambda a: len(a.sent("answerCallbackQuery")) == before + count)


async def test_a_double_tap_on_a_page_button_is_answered_twice_and_edits_once(
    bot_api: FakeBotApi, tmp_path: Path
) -> None:
    """Two presses of the same page button: both answered once, the second edit changes
    nothing (Telegram's "message is not modified") and that is no error."""
    async with polling(make_settings(bot_api, tmp_path, briefs_page_size=2)) as app:
        await say(bot_api, "/briefs")
        message = bot_api.sent_messages(chat_id=1001)[-1]
        await press(bot_api, "briefs:page:2", message, count=2)
        await bot_api.wait_for(
            lambda a: len([c for c in a.calls if c.method == "editMessageText"]) == 2
        )
        assert app.bot_data.metrics.errors == Counter()
    edits = [c for c in bot_api.calls if c.method == "editMessageText"]
    assert [c.status for c in edits] == [200, 400]
    assert len(bot_api.sent(chat_id=1001)) == 1  # no "Sorry" message
    assert [c.status for c in bot_api.calls if c.method == "answerCallbackQuery"] == [200, 200]


async def test_a_press_handled_too_late_to_answer_still_turns_the_page(
    bot_api: FakeBotApi, tmp_path: Path
) -> None:
    """A press handled after Telegram's time to answer it (a backlog after a restart):
    "query is too old" is no error; the page still turns, and the press is answered once."""
    async with polling(make_settings(bot_api, tmp_path, briefs_page_size=2)) as app:
        await say(bot_api, "/briefs")
        message = bot_api.sent_messages(chat_id=1001)[-1]
        bot_api.callback_ttl = 0.0
        late = bot_api.callback("briefs:page:2", message=message)
        await asyncio.sleep(0.01)  # the press is older than the limit however fast the answer
        bot_api.push_update(late)
        await bot_api.wait_for(lambda a: len(a.sent("editMessageText")) == 1)
        assert app.bot_data.metrics.errors == Counter()
        page = app.bot_data.catalog.page(2, 2)
        answer = summary.brief_list_answer(page.entries, page=page.page, pages=page.pages)
        expected = summary.render_html(answer)[0]
    [edit] = bot_api.sent("editMessageText")
    assert (edit["chat_id"], edit["message_id"], edit["text"]) == (
        1001,
        message["message_id"],
        expected,
    )
    answers = [c.status for c in bot_api.calls if c.method == "answerCallbackQuery"]
    assert answers == [400]
    assert len(bot_api.sent(chat_id=1001)) == 1  # no "Sorry" message


async def test_an_error_on_a_press_too_late_to_answer_is_told_in_the_chat(
    bot_api: FakeBotApi, tmp_path: Path
) -> None:
    """A press that fails (a brief no longer there) when Telegram no longer takes its answer:
    the notice the answer would have shown comes as a message instead of being lost."""
    async with polling(make_settings(bot_api, tmp_path)) as app:
        await say(bot_api, "/briefs")
        message = bot_api.sent_messages(chat_id=1001)[-1]
        with pytest.raises(BriefbotError) as missing:
            app.bot_data.catalog.get(99999)
        bot_api.callback_ttl = 0.0
        late = bot_api.callback("briefs:pick:99999", message=message)
        await asyncio.sleep(0.01)  # the press is older than the limit however fast the answer
        bot_api.push_update(late)
        await bot_api.wait_for(lambda a: len(a.sent(chat_id=1001)) == 2)
    assert bot_api.sent(chat_id=1001)[1]["text"] == html.escape(str(missing.value))
    answers = [c.status for c in bot_api.calls if c.method == "answerCallbackQuery"]
    assert answers == [400]


async def test_a_press_on_a_message_deleted_meanwhile_sends_the_new_page(
    bot_api: FakeBotApi, tmp_path: Path
) -> None:
    """The list was deleted before its button's press was handled: Telegram answers the edit
    "message to edit not found"; the new page comes as a new message with its buttons."""
    async with polling(make_settings(bot_api, tmp_path, briefs_page_size=2)) as app:
        await say(bot_api, "/briefs")
        message = bot_api.sent_messages(chat_id=1001)[-1]
        update = bot_api.callback("briefs:page:2", message=message)
        bot_api.delete_message(1001, message["message_id"])
        bot_api.push_update(update)
        await bot_api.wait_for(lambda a: len(a.sent(chat_id=1001)) == 2)
        assert app.bot_data.metrics.errors == Counter()
        page = app.bot_data.catalog.page(2, 2)
        answer = summary.brief_list_answer(page.entries, page=page.page, pages=page.pages)
        expected = summary.render_html(answer)[0]
    edits = [c.status for c in bot_api.calls if c.method == "editMessageText"]
    assert edits == [400]
    sent = bot_api.sent(chat_id=1001)[1]
    assert (sent["text"], "reply_parameters" in sent) == (expected, False)
    pages = [b["callback_data"] for b in sent["reply_markup"]["inline_keyboard"][-1]]
    assert pages == ["briefs:page:1", "briefs:page:3"]
    assert [c.status for c in bot_api.calls if c.method == "answerCallbackQuery"] == [200]


async def test_pressing_the_current_setting_again_is_no_error(
    bot_api: FakeBotApi, tmp_path: Path
) -> None:
    """/settings: pressing the time already chosen saves nothing new, quietly."""
    async with polling(make_settings(bot_api, tmp_path)) as app:
        await say(bot_api, "/subscribe 08:00 UTC")
        await say(bot_api, "/settings")
        message = bot_api.sent_messages(chat_id=1001)[-1]
        await press(bot_api, "dg:t:0800:1001:0", message)
        await bot_api.wait_for(lambda a: any(c.method == "editMessageText" for c in a.calls))
        assert app.bot_data.metrics.errors == Counter()
    assert bot_api.sent("answerCallbackQuery")[-1]["text"] == "Saved."
    assert len(bot_api.sent(chat_id=1001)) == 2


async def test_a_failure_after_the_answer_is_told_in_the_chat_not_by_a_second_answer(
    bot_api: FakeBotApi, tmp_path: Path
) -> None:
    """A pick whose overview fails to send: the press was answered; the error handler says
    sorry in the chat instead of answering the press again (Telegram refuses that)."""
    async with polling(make_settings(bot_api, tmp_path)) as app:
        await say(bot_api, "/briefs")
        message = bot_api.sent_messages(chat_id=1001)[-1]
        number = app.bot_data.catalog.newest().number
        bot_api.fail(
            "sendMessage",
            chat_id=1001,
            error_code=400,
            description="Bad Request: something unexpected",
        )
        await press(bot_api, f"briefs:pick:{number}", message)
        await bot_api.wait_for(lambda a: len(a.sent(chat_id=1001)) == 2)
    answers = [c for c in bot_api.calls if c.method == "answerCallbackQuery"]
    assert [(c.status, c.params.get("text")) for c in answers] == [
        (200, f"Brief {number} selected")
    ]
    assert bot_api.sent(chat_id=1001)[-1]["text"] == handlers.errors.SORRY


async def test_a_press_whose_handling_fails_on_the_network_is_answered_all_the_same(
    bot_api: FakeBotApi, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A /settings press in a group: the admin check (getChatMember) fails with a 5xx, a
    NetworkError, at every try. The press is answered anyway (answerCallbackQuery: "necessary
    ... even if no notification to the user is needed"), and nothing is posted in the chat."""
    monkeypatch.setattr(bot.app, "ANSWER_RETRY_DELAYS", (0.01, 0.01))
    bot_api.chat_members[(GROUP, ADMIN)] = {
        "status": "creator",
        "user": {"id": ADMIN, "is_bot": False, "first_name": "A"},
        "is_anonymous": False,
    }
    async with polling(make_settings(bot_api, tmp_path)) as app:
        kwargs: dict[str, Any] = {"chat_id": GROUP, "user_id": ADMIN, "chat_type": "group"}
        await say(bot_api, "/subscribe 08:00 UTC", **kwargs)
        await say(bot_api, "/settings", **kwargs)
        message = bot_api.sent_messages(chat_id=GROUP)[-1]
        tries = 1 + len(bot.app.ANSWER_RETRY_DELAYS)
        bot_api.fail("getChatMember", times=tries, error_code=502, description="Bad Gateway")
        await press(bot_api, f"dg:t:0900:{GROUP}:0", message)
        assert app.bot_data.metrics.errors == Counter(NetworkError=1)
    assert bot_api.sent("answerCallbackQuery")[-1]["text"] == handlers.errors.SORRY
    assert len(bot_api.sent(chat_id=GROUP)) == 2


async def test_a_button_no_handler_takes_is_answered(bot_api: FakeBotApi, tmp_path: Path) -> None:
    """A press of an unknown button (an older version's) gets a notice; its spinner stops."""
    async with polling(make_settings(bot_api, tmp_path)):
        await say(bot_api, "/briefs")
        message = bot_api.sent_messages(chat_id=1001)[-1]
        await press(bot_api, "old:button:1", message)
    assert bot_api.sent("answerCallbackQuery")[-1]["text"] == UNKNOWN_BUTTON
    assert_all_valid(bot_api)


# --- members -------------------------------------------------------------------------------


async def test_a_channel_where_the_bot_is_no_admin_is_refused_without_reading_members(
    bot_api: FakeBotApi, tmp_path: Path
) -> None:
    """/subscribe @channel when the bot is not its admin: told what is missing; the bot does
    not ask Telegram for a member list it may not read."""
    bot_api.chats[CHANNEL] = {"id": CHANNEL, "type": "channel", "title": "N", "username": "nchan"}
    bot_api.chat_members[(CHANNEL, ADMIN)] = channel_admin(ADMIN)
    async with polling(make_settings(bot_api, tmp_path)) as app:
        [sent] = await say(bot_api, "/subscribe @nchan 08:00", chat_id=ADMIN, user_id=ADMIN)
        assert sent["text"] == (
            "I can&#x27;t subscribe @nchan: I am not an administrator of it with the right to "
            "post messages."
        )
        assert app.bot_data.metrics.errors == Counter()
    asked = [c.params["user_id"] for c in bot_api.calls if c.method == "getChatMember"]
    assert asked == [BOT_ID]
    assert refused(bot_api) == []


async def test_fake_checks_commands_buttons_and_webhooks_as_telegram_does(
    bot_api: FakeBotApi,
) -> None:
    """setMyCommands: 1-32 of a-z 0-9 _, descriptions 1-256, at most 100; callback_data 1-64
    bytes; url buttons need a URL; webhook secret tokens of A-Z a-z 0-9 _ - only; Telegram's
    cloud posts only to https on ports 443, 80, 88 and 8443."""
    url = f"{bot_api.url}/bot{bot_api.token}"

    async def call(method: str, **params: Any) -> str:
        data = {k: v if isinstance(v, str) else json.dumps(v) for k, v in params.items()}
        async with (
            aiohttp.ClientSession() as session,
            session.post(f"{url}/{method}", data=data) as response,
        ):
            body = await response.json()
        return "ok" if body["ok"] else str(body["description"]).removeprefix("Bad Request: ")

    good = {"command": "figures_2", "description": "numbers"}
    assert await call("setMyCommands", commands=[good]) == "ok"
    for bad in (
        {"command": "Figures", "description": "x"},
        {"command": "", "description": "x"},
        {"command": "a" * 33, "description": "x"},
        {"command": "fig-ures", "description": "x"},
    ):
        assert await call("setMyCommands", commands=[bad]) == "BOT_COMMAND_INVALID"
    for description in ("", "x" * 257):
        bad = {"command": "figures", "description": description}
        assert await call("setMyCommands", commands=[bad]) == "BOT_COMMAND_DESCRIPTION_INVALID"
    assert await call("setMyCommands", commands=[good] * 101) != "ok"

    def keyboard(button: dict[str, Any]) -> dict[str, Any]:
        return {"inline_keyboard": [[{"text": "b", **button}]]}

    send = {"chat_id": "1001", "text": "x"}
    assert await call("sendMessage", **send, reply_markup=keyboard({"callback_data": "é" * 32}))
    assert (
        await call("sendMessage", **send, reply_markup=keyboard({"callback_data": "é" * 33}))
        == "BUTTON_DATA_INVALID"
    )
    assert (
        await call("sendMessage", **send, reply_markup=keyboard({"callback_data": ""}))
        == "BUTTON_DATA_INVALID"
    )
    assert (
        await call("sendMessage", **send, reply_markup=keyboard({"url": "not a url"}))
        == "BUTTON_URL_INVALID"
    )
    assert "Text must be non-empty" in await call(
        "sendMessage",
        **send,
        reply_markup={"inline_keyboard": [[{"text": " ", "callback_data": "x"}]]},
    )

    hook = "http://127.0.0.1:1/hook"
    assert await call("setWebhook", url=hook, secret_token="a-Z_0" * 10) == "ok"
    assert "secret token contains unallowed characters" in await call(
        "setWebhook",
        url=hook,
        secret_token="sec ret",  # noqa: S106 - a made-up, refused token
    )
    assert "secret token" in await call("setWebhook", url=hook, secret_token="x" * 257)
    bot_api.local_server = False
    assert "HTTPS URL must be provided" in await call("setWebhook", url=hook)
    assert "only on ports 80, 88, 443 or 8443" in await call(
        "setWebhook", url="https://bot.example.org:8080/hook"
    )
    assert await call("setWebhook", url="https://bot.example.org:8443/hook") == "ok"


def test_settings_refuse_a_webhook_telegrams_cloud_cannot_reach(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With the official API, WEBHOOK_URL must be https on 443, 80, 88 or 8443; a local Bot API
    server (another TELEGRAM_API_URL) may use any URL."""
    monkeypatch.delenv("BRIEFBOT_TELEGRAM_API_URL", raising=False)
    reason = "Telegram posts updates to https:// URLs on port 443, 80, 88 or 8443 only"
    for url in ("http://bot.example.org/hook", "https://bot.example.org:8080/hook"):
        with pytest.raises(SettingsError) as caught:
            load_settings(_env_file=None, webhook_url=url)
        assert str(caught.value) == f"BRIEFBOT_WEBHOOK_URL: {reason}"
    for url in ("https://bot.example.org/hook", "https://bot.example.org:8443/hook"):
        assert load_settings(_env_file=None, webhook_url=url).webhook_url == url
    local = load_settings(
        _env_file=None, webhook_url="http://bot:9000/hook", telegram_api_url="http://api:8081"
    )
    assert local.webhook_url == "http://bot:9000/hook"


async def test_a_channel_post_forwarded_into_its_discussion_group_is_not_answered(
    bot_api: FakeBotApi, tmp_path: Path
) -> None:
    """A channel's post with a command, forwarded by Telegram into the linked group, is the
    channel's, not a member's command: no answer (the group's own members are answered)."""
    group = -1001234000888
    async with polling(make_settings(bot_api, tmp_path)):
        update = bot_api.message("/help", chat_id=group, chat_type="supergroup")
        channel = {"id": CHANNEL, "type": "channel", "title": "N"}
        update["message"] |= {
            "from": {"id": 136817688, "is_bot": True, "first_name": "Channel"},
            "sender_chat": channel,
            "is_automatic_forward": True,
            "forward_origin": {"type": "channel", "date": 0, "chat": channel, "message_id": 9},
        }
        bot_api.push_update(update)
        [sent] = await say(bot_api, "/search trade", chat_id=group, chat_type="supergroup")
    assert not sent["text"].startswith("<b>briefbot</b>")  # /help's answer never went out
    assert len(bot_api.sent(chat_id=group)) == 1
    assert_all_valid(bot_api)


async def test_an_error_quoting_a_very_long_argument_still_fits_one_message(
    bot_api: FakeBotApi, tmp_path: Path
) -> None:
    """A refused argument is quoted, escaped and cut so that the answer fits 4096 characters."""
    async with polling(make_settings(bot_api, tmp_path)):
        [sent] = await say(bot_api, "/figures " + "<&>" * 1300)
    assert sent["text"].startswith("No brief &#x27;&lt;&amp;&gt;")
    assert utf16_len(sent["text"]) <= 4096
    assert_all_valid(bot_api)


@asynccontextmanager
async def webhook_mode(bot_api: FakeBotApi, tmp_path: Path) -> AsyncIterator[None]:
    """The bot serving its webhook on loopback, its webhook set at the fake; stopped after."""
    port = free_port()
    settings = make_settings(
        bot_api,
        tmp_path,
        webhook_url=f"http://127.0.0.1:{port}/hook",
        webhook_listen="127.0.0.1",
        webhook_port=port,
        health_port=port,
    )
    stop = asyncio.Event()
    task = asyncio.create_task(serve_webhook(build_application(settings), stop=stop))
    try:
        await bot_api.wait_for(lambda a: bool(a.webhook["url"]))
        yield
    finally:
        stop.set()
        await asyncio.wait_for(task, 10)


async def test_webhook_mode_asks_for_our_update_types(bot_api: FakeBotApi, tmp_path: Path) -> None:
    """setWebhook carries the same allowed_updates as getUpdates."""
    async with webhook_mode(bot_api, tmp_path):
        [call] = [c for c in bot_api.calls if c.method == "setWebhook"]
        assert call.params["allowed_updates"] == handlers.allowed_updates()


async def test_the_webhook_answers_telegram_before_the_update_is_handled(
    bot_api: FakeBotApi, tmp_path: Path
) -> None:
    """Telegram waits for the webhook's answer (and resends on a timeout): 200 comes at once,
    while the answer to the update is still being sent."""
    async with webhook_mode(bot_api, tmp_path):
        bot_api.delay("sendMessage", 2.0)
        update_id = bot_api.push_update(bot_api.message("/help"))
        await bot_api.wait_for(lambda a: bool(a.webhook_deliveries), timeout=1.8)
        assert (bot_api.webhook_deliveries, bot_api.sent()) == ([(update_id, 200)], [])
        await bot_api.wait_for(lambda a: len(a.sent()) == 1)


async def test_a_repeated_webhook_update_is_answered_once(
    bot_api: FakeBotApi, tmp_path: Path
) -> None:
    """Telegram posts an update again when our answer did not reach it in time (a timeout on its
    side): the repeat is acknowledged and the command is answered once. An update PTB cannot
    read gets 400, as PTB's own webhook server answers, and the service goes on."""
    async with webhook_mode(bot_api, tmp_path):
        update = bot_api.message("/help")
        update_id = bot_api.push_update(update)
        await bot_api.wait_for(lambda a: len(a.sent()) == 1)
        headers = {SECRET_HEADER: bot_api.webhook["secret_token"]}
        async with aiohttp.ClientSession() as http:
            repeat = {**update, "update_id": update_id}
            async with http.post(bot_api.webhook["url"], json=repeat, headers=headers) as response:
                assert response.status == 200
            broken = {"update_id": update_id + 100, "message": {"text": "/help"}}  # no chat
            async with http.post(bot_api.webhook["url"], json=broken, headers=headers) as response:
                assert response.status == 400
        bot_api.push_update(bot_api.message("/help"))  # a new update after the repeat
        await bot_api.wait_for(lambda a: len(a.sent()) >= 2)
        await asyncio.sleep(0.2)
        assert len(bot_api.sent()) == 2


def anonymous(api: FakeBotApi, text: str, group: int) -> dict[str, Any]:
    """A message of a group's anonymous admin: `from` is Telegram's shared GroupAnonymousBot."""
    update = api.message(text, chat_id=group, chat_type="supergroup")
    update["message"]["from"] = {
        "id": 1087968824, "is_bot": True, "first_name": "Group", "username": "GroupAnonymousBot"
    }  # fmt: skip
    update["message"]["sender_chat"] = dict(update["message"]["chat"])
    return update


async def test_anonymous_admins_of_different_groups_are_rate_limited_apart(
    bot_api: FakeBotApi, tmp_path: Path
) -> None:
    """The per-user limit counts by sender_chat for anonymous admins: one group's flood does not
    silence another group's admin (all share GroupAnonymousBot as `from`)."""
    first, second = -1001234000111, -1001234000222
    async with polling(make_settings(bot_api, tmp_path, user_rate="1/60")):
        for _ in range(2):
            bot_api.push_update(anonymous(bot_api, "/help", first))
            await bot_api.wait_for(lambda a: len(a.sent(chat_id=first)) >= 1)
        await bot_api.wait_for(lambda a: len(a.sent(chat_id=first)) == 2)
        bot_api.push_update(anonymous(bot_api, "/help", second))
        await bot_api.wait_for(lambda a: len(a.sent(chat_id=second)) == 1)
    assert bot_api.sent(chat_id=first)[1]["text"].startswith("You are sending commands too fast")
    assert bot_api.sent(chat_id=second)[0]["text"].startswith("<b>briefbot</b>")
    assert_all_valid(bot_api)


async def test_the_new_supergroups_migration_message_alone_moves_the_digest(
    bot_api: FakeBotApi, tmp_path: Path
) -> None:
    """migrate_from_chat_id in the new supergroup moves the old group's subscription too."""
    old, new = -500, -1009999000501
    bot_api.chat_members[(old, ADMIN)] = channel_admin(ADMIN) | {"can_post_messages": None}
    async with polling(make_settings(bot_api, tmp_path)) as app:
        await say(bot_api, "/subscribe 08:00", chat_id=old, user_id=ADMIN, chat_type="group")
        service = app.bot_data.extras[handlers.digest.SERVICE_KEY]
        assert isinstance(service, handlers.digest.DigestService)
        migrated = bot_api.message("", chat_id=new, user_id=ADMIN, chat_type="supergroup")
        del migrated["message"]["text"]
        migrated["message"]["migrate_from_chat_id"] = old
        bot_api.push_update(migrated)
        await say(bot_api, "/help", chat_id=new, user_id=ADMIN, chat_type="supergroup")
        moved = await service.subscriptions.get(new)
        assert moved is not None
        assert (moved.chat_type, moved.active) == ("supergroup", True)
        assert await service.subscriptions.get(old) is None
    assert_all_valid(bot_api)


async def test_every_press_of_a_flooding_user_is_answered(
    bot_api: FakeBotApi, tmp_path: Path
) -> None:
    """Over the limit a press gets the notice once, later ones an empty answer: each press is
    answered (Telegram's clients show a spinner until then), none is handled."""
    async with polling(make_settings(bot_api, tmp_path, user_rate="1/60")):
        await say(bot_api, "/briefs")  # the one allowed command
        message = bot_api.sent_messages(chat_id=1001)[-1]
        await press(bot_api, "briefs:page:2", message, count=3)
    answers = [c.params.get("text") for c in bot_api.calls if c.method == "answerCallbackQuery"]
    assert answers[0] is not None
    assert answers[0].startswith("You are sending commands too fast. Please wait ")
    assert answers[1:] == [None, None]
    assert bot_api.sent("editMessageText") == []
    assert_all_valid(bot_api)


def test_settings_buttons_fit_64_bytes_for_the_largest_chat_and_topic_ids() -> None:
    """callback_data takes 1-64 bytes: a channel id of 13 digits after -100 and a topic id of
    2**31 still fit, in every /settings button; every button has a label."""
    sub = Subscription(
        chat_id=-1009999999999999,
        thread_id=2**31 - 1,
        chat_type="supergroup",
        time="09:00",
        cadence="weekdays",
        weekday=None,
        tz="UTC",
        paused=False,
    )
    rows = handlers.digest.settings_keyboard(sub).inline_keyboard
    buttons = [button for row in rows for button in row]
    assert len(buttons) == len(handlers.digest.SETTINGS_TIMES) + 3 + 2
    for button in buttons:
        assert button.callback_data is not None
        assert 1 <= len(button.callback_data.encode("utf-8")) <= 64
        assert button.text.strip()


async def test_a_channel_named_by_its_numeric_id_is_subscribed_like_by_its_username(
    bot_api: FakeBotApi, tmp_path: Path
) -> None:
    """/subscribe -100… (a channel's chat id) works as /subscribe @username does."""
    bot_api.chats[CHANNEL] = {"id": CHANNEL, "type": "channel", "title": "N"}  # no username
    bot_api.chat_members[(CHANNEL, ADMIN)] = channel_admin(ADMIN)
    bot_api.chat_members[(CHANNEL, BOT_ID)] = channel_admin(BOT_ID, bot=True)
    async with polling(make_settings(bot_api, tmp_path)) as app:
        [sent] = await say(bot_api, f"/subscribe {CHANNEL} 08:00", chat_id=ADMIN, user_id=ADMIN)
        assert "Status: active" in sent["text"]
        service = app.bot_data.extras[handlers.digest.SERVICE_KEY]
        assert isinstance(service, handlers.digest.DigestService)
        sub = await service.subscriptions.get(CHANNEL)
        assert sub is not None
        assert sub.chat_type == "channel"
    assert [c.params["chat_id"] for c in bot_api.calls if c.method == "getChat"] == [CHANNEL]
    assert_all_valid(bot_api)


async def test_buttons_on_an_inaccessible_message_still_work(
    bot_api: FakeBotApi, tmp_path: Path
) -> None:
    """A press whose message Telegram sends as InaccessibleMessage (date 0): the page turns by
    the message's ids, and a pick's overview goes to the chat (nothing to quote)."""
    async with polling(make_settings(bot_api, tmp_path, briefs_page_size=2)) as app:
        await say(bot_api, "/briefs")
        message = bot_api.sent_messages(chat_id=1001)[-1]
        bot_api.push_update(bot_api.callback("briefs:page:2", message=message, inaccessible=True))
        await bot_api.wait_for(lambda a: len(a.sent("editMessageText")) == 1)
        number, brief = app.bot_data.catalog.newest()
        expected = summary.render_html(summary.overview_answer(brief, number=number))[0]
        bot_api.push_update(
            bot_api.callback(f"briefs:pick:{number}", message=message, inaccessible=True)
        )
        await bot_api.wait_for(lambda a: len(a.sent(chat_id=1001)) >= 2)
        assert app.bot_data.metrics.errors == Counter()
    [edit] = bot_api.sent("editMessageText")
    assert (edit["chat_id"], edit["message_id"]) == (1001, message["message_id"])
    overview = bot_api.sent(chat_id=1001)[1]
    assert overview["text"] == expected
    assert "reply_parameters" not in overview
    assert [c.status for c in bot_api.calls if c.method == "answerCallbackQuery"] == [200, 200]
    assert_all_valid(bot_api)
