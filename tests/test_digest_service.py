"""End to end: digest commands and jobs in the real Application against the fake Bot API."""

from __future__ import annotations

import asyncio
import datetime as dt
import html
import time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa
import structlog
from structlog.testing import capture_logs

import handlers.digest
from bot.app import App, OfflineSession
from bot.digest import (
    DigestService,
    Subscriptions,
    Target,
    default_schedule,
    render_digest,
    select_briefs,
)
from bot.schedule import Filters, parse_subscribe_args
from bot.store import Store
from config.settings import Settings
from handlers.digest import SERVICE_KEY, Slot, job_name, start_digests
from tests.fakes import BOT_ID, FakeBotApi
from tests.service_harness import SEEDS, assert_all_valid, make_settings, polling, say

ADMIN = 4242
CHANNEL = -1001234000777
FORUM = -1001234000900
GROUP = -500


def svc(app: App) -> DigestService:
    found = app.bot_data.extras[SERVICE_KEY]
    assert isinstance(found, DigestService)
    return found


def admin(user_id: int, *, can_post: bool = True, bot: bool = False) -> dict[str, Any]:
    """A ChatMemberAdministrator as the Bot API returns it."""
    rights = [
        "can_manage_chat", "can_delete_messages", "can_manage_video_chats",
        "can_restrict_members", "can_promote_members", "can_change_info",
        "can_invite_users", "can_post_stories", "can_edit_stories", "can_delete_stories",
    ]  # fmt: skip
    return {
        "status": "administrator",
        "user": {"id": user_id, "is_bot": bot, "first_name": f"U{user_id}"},
        "can_be_edited": False,
        "is_anonymous": False,
        **dict.fromkeys(rights, True),
        "can_post_messages": can_post,
    }


def channel(api: FakeBotApi, *, bot_can_post: bool = True) -> None:
    api.chats[CHANNEL] = {"id": CHANNEL, "type": "channel", "title": "N", "username": "newschan"}
    api.chat_members[(CHANNEL, ADMIN)] = admin(ADMIN)
    api.chat_members[(CHANNEL, BOT_ID)] = admin(BOT_ID, can_post=bot_can_post, bot=True)


async def test_subscribe_change_time_filters_and_unsubscribe(
    bot_api: FakeBotApi, tmp_path: Path
) -> None:
    """/subscribe arms a job; a second /subscribe changes the time and keeps the rest;
    /unsubscribe removes the job."""
    async with polling(make_settings(bot_api, tmp_path, digest_time="07:00")) as app:
        [sent] = await say(bot_api, "/subscribe 09:00 Europe/Berlin topics energy, trade")
        text = sent["text"]
        assert "When: daily at 09:00 (Europe/Berlin)" in text
        assert "Briefs: topics energy, trade" in text
        sub = await svc(app).subscriptions.get(1001)
        assert sub is not None
        [job] = app.job_queue.get_jobs_by_name(job_name(sub.id))
        assert job.next_t == svc(app).next_at(sub)

        [sent] = await say(bot_api, "/subscribe 18:30 weekdays")
        assert "When: on weekdays at 18:30 (Europe/Berlin)" in sent["text"]
        assert "Briefs: topics energy, trade" in sent["text"]
        changed = await svc(app).subscriptions.get(1001)
        assert changed is not None
        assert changed.id == sub.id
        [job] = app.job_queue.get_jobs_by_name(job_name(sub.id))
        assert job.next_t == svc(app).next_at(changed)
        local = svc(app).next_at(changed).astimezone(ZoneInfo("Europe/Berlin"))
        assert (local.hour, local.minute, local.weekday() < 5) == (18, 30, True)

        [sent] = await say(bot_api, "/unsubscribe")
        assert sent["text"] == "Unsubscribed: no more digests here."
        await asyncio.sleep(0.05)
        assert app.job_queue.get_jobs_by_name(job_name(sub.id)) == ()
        current = await svc(app).subscriptions.get(1001)
        assert current is not None
        assert current.active is False
        [sent] = await say(bot_api, "/subscribe 25:99")
        assert "I don't understand '25:99'" in html.unescape(sent["text"])
    assert_all_valid(bot_api)


async def test_group_admins_only(bot_api: FakeBotApi, tmp_path: Path) -> None:
    """In a group a member is refused; an administrator subscribes the group."""
    bot_api.chat_members[(GROUP, ADMIN)] = admin(ADMIN)
    async with polling(make_settings(bot_api, tmp_path)) as app:
        [sent] = await say(bot_api, "/subscribe 08:00", chat_id=GROUP, user_id=3003,
                           chat_type="group")  # fmt: skip
        assert (
            html.unescape(sent["text"]) == "Only the group's administrators can change its digest."
        )
        assert await svc(app).subscriptions.get(GROUP) is None
        [sent] = await say(bot_api, "/subscribe 08:00", chat_id=GROUP, user_id=ADMIN,
                           chat_type="group")  # fmt: skip
        assert "Status: active" in sent["text"]
        sub = await svc(app).subscriptions.get(GROUP)
        assert sub is not None
        assert (sub.chat_type, sub.subscribed_by) == ("group", ADMIN)
    assert_all_valid(bot_api)


async def test_channel_by_its_admin_refused_otherwise(bot_api: FakeBotApi, tmp_path: Path) -> None:
    """A channel is subscribed from a private chat by its administrator; a non-admin is told
    what is missing, and so is an admin whose channel the bot cannot post to."""
    channel(bot_api, bot_can_post=False)
    async with polling(make_settings(bot_api, tmp_path)) as app:
        [sent] = await say(bot_api, "/subscribe @newschan 08:00", chat_id=3003, user_id=3003)
        assert html.unescape(sent["text"]) == (
            "I can't subscribe @newschan: you are not an administrator of the channel and I am "
            "not an administrator of it with the right to post messages."
        )
        [sent] = await say(bot_api, "/subscribe @newschan 08:00", chat_id=ADMIN, user_id=ADMIN)
        assert html.unescape(sent["text"]) == (
            "I can't subscribe @newschan: I am not an administrator of it with the right to "
            "post messages."
        )
        bot_api.chat_members[(CHANNEL, BOT_ID)] = admin(BOT_ID, bot=True)
        [sent] = await say(bot_api, "/subscribe @newschan 08:00", chat_id=ADMIN, user_id=ADMIN)
        assert "Status: active" in sent["text"]
        sub = await svc(app).subscriptions.get(CHANNEL)
        assert sub is not None
        assert sub.chat_type == "channel"
        assert await svc(app).subscriptions.get(ADMIN) is None
    assert_all_valid(bot_api)


async def test_forum_topic_subscribes_by_itself_and_gets_its_digest(
    bot_api: FakeBotApi, tmp_path: Path
) -> None:
    """A forum topic has its own subscription and its digest goes to that topic."""
    bot_api.chats[FORUM] = {"id": FORUM, "type": "supergroup", "title": "F", "is_forum": True}
    bot_api.chat_members[(FORUM, ADMIN)] = admin(ADMIN)
    async with polling(make_settings(bot_api, tmp_path)) as app:
        await say(bot_api, "/subscribe 08:00", chat_id=FORUM, user_id=ADMIN,
                  chat_type="supergroup", thread_id=7)  # fmt: skip
        topic = await svc(app).subscriptions.get(FORUM, 7)
        assert topic is not None
        assert await svc(app).subscriptions.get(FORUM, 0) is None
        before = len(bot_api.sent(chat_id=FORUM))
        await say(bot_api, "/digest", chat_id=FORUM, user_id=ADMIN,
                  chat_type="supergroup", thread_id=7)  # fmt: skip
        digest = bot_api.sent(chat_id=FORUM)[before:]
        assert {m.get("message_thread_id") for m in digest} == {7}
        assert digest[0]["text"].startswith("<b>Digest</b>")
    assert_all_valid(bot_api)


async def test_digest_job_with_controlled_clock_delivers_right_briefs(
    bot_api: FakeBotApi, tmp_path: Path
) -> None:
    """Fired at its slot, each subscriber's job delivers the briefs passing its filters; the
    next run carries nothing (nothing new) and the job is armed for the next slot."""
    async with polling(make_settings(bot_api, tmp_path, timezone="Europe/Berlin")) as app:
        service = svc(app)
        entries = app.bot_data.catalog.entries()
        topic = entries[0].brief.topics[0]
        # A clock a year ahead: the real scheduler will not fire these jobs during the test.
        created = dt.datetime.now(dt.UTC).replace(microsecond=0) + dt.timedelta(days=365)
        service.clock = lambda: created
        await say(bot_api, f"/subscribe 09:00 topics {topic}", chat_id=1, user_id=1)
        await say(bot_api, "/subscribe 09:00", chat_id=2, user_id=2)
        subs = {s.chat_id: s for s in await service.subscriptions.active()}
        slot = service.next_at(subs[1])
        assert slot.astimezone(ZoneInfo("Europe/Berlin")).time() == dt.time(9, 0)
        service.clock = lambda: slot + dt.timedelta(seconds=2)
        for chat in (1, 2):
            [job] = app.job_queue.get_jobs_by_name(job_name(subs[chat].id))
            assert job.data == Slot(subs[chat].id, slot)
            await job.run(app)
        expected = {
            1: render_digest(select_briefs(entries, Filters(topics=(topic,)), None, 5), False),
            2: render_digest(select_briefs(entries, Filters(), None, 5), False),
        }
        for chat in (1, 2):
            count = 1 + len(expected[chat])  # the /subscribe answer, then the digest
            await bot_api.wait_for(lambda a, c=chat, n=count: len(a.sent(chat_id=c)) >= n)
            assert [m["text"] for m in bot_api.sent(chat_id=chat)[1:]] == expected[chat]
        [job] = app.job_queue.get_jobs_by_name(job_name(subs[1].id))
        assert job.data == Slot(subs[1].id, slot + dt.timedelta(days=1))
        built = await service.run_slot(subs[1].id, slot + dt.timedelta(days=1))
        assert (built.briefs, built.messages) == ((), 0)
    assert_all_valid(bot_api)


async def test_restart_rebuilds_jobs_once_and_catches_up_late(
    bot_api: FakeBotApi, tmp_path: Path
) -> None:
    """After downtime over several slots, start-up runs one late digest and arms one job."""
    settings = make_settings(bot_api, tmp_path)
    now = dt.datetime.now(dt.UTC)
    slot = now - dt.timedelta(hours=2)
    # Subscribed three days ago, then down ever since: the store as a stopped service left it.
    settings.data_dir.mkdir(parents=True)
    store = await Store.open(settings.store_url)
    request = parse_subscribe_args([f"{slot:%H:%M}", "UTC"], default_schedule(settings))
    created = now - dt.timedelta(days=3)
    await Subscriptions(store, clock=lambda: created).subscribe(Target(5), request)
    await store.close()
    before = len(bot_api.sent(chat_id=5))
    async with polling(settings) as app:
        sub = await svc(app).subscriptions.get(5)
        assert sub is not None
        assert len(app.job_queue.get_jobs_by_name(job_name(sub.id))) == 1
        await bot_api.wait_for(lambda a: len(a.sent(chat_id=5)) > before)
        await asyncio.sleep(0.2)
        digest = bot_api.sent(chat_id=5)[before:]
        assert "late" in digest[0]["text"]
        assert len([m for m in digest if m["text"].startswith("<b>Digest</b>")]) == 1
        # Started again (a reload): still one job, and the slot's digest is not sent again.
        await start_digests(app)
        await asyncio.sleep(0.3)
        assert len(app.job_queue.get_jobs_by_name(job_name(sub.id))) == 1
        assert bot_api.sent(chat_id=5)[before:] == digest
    assert_all_valid(bot_api)


async def test_settings_buttons_change_cadence_and_pause(
    bot_api: FakeBotApi, tmp_path: Path
) -> None:
    """/settings shows the subscription; buttons change the cadence and pause it."""
    async with polling(make_settings(bot_api, tmp_path)) as app:
        await say(bot_api, "/subscribe 08:00 UTC")
        [shown] = await say(bot_api, "/settings")
        assert "When: daily at 08:00 (UTC)" in shown["text"]
        message = bot_api.sent_messages(chat_id=1001)[-1]
        rows = message["reply_markup"]["inline_keyboard"]
        weekdays = next(b for b in rows[1] if b["text"] == "weekdays")["callback_data"]
        bot_api.push_update(bot_api.callback(weekdays, message=message))
        await bot_api.wait_for(lambda a: len(a.sent("editMessageText")) >= 1)
        assert "When: on weekdays at 08:00 (UTC)" in bot_api.sent("editMessageText")[-1]["text"]
        pause = rows[2][0]["callback_data"]
        bot_api.push_update(bot_api.callback(pause, message=message))
        await bot_api.wait_for(lambda a: len(a.sent("editMessageText")) >= 2)
        assert "Status: paused" in bot_api.sent("editMessageText")[-1]["text"]
        sub = await svc(app).subscriptions.get(1001)
        assert sub is not None
        assert (sub.cadence, sub.paused) == ("weekdays", True)
        # /digest while paused says so; it answered "Nothing new since your last digest."
        [paused] = await say(bot_api, "/digest")
        assert paused["text"] == "Digests are paused here; resume them with /settings."
    assert_all_valid(bot_api)


async def test_stats_for_admins_only_and_bot_removal_deactivates(
    bot_api: FakeBotApi, tmp_path: Path
) -> None:
    """/stats answers ADMIN_IDS only; a my_chat_member 'kicked' deactivates that chat."""
    settings = make_settings(bot_api, tmp_path, admin_ids=[ADMIN])
    bot_api.chat_members[(GROUP, ADMIN)] = admin(ADMIN)
    async with polling(settings) as app:
        await say(bot_api, "/subscribe 08:00", chat_id=GROUP, user_id=ADMIN, chat_type="group")
        bot_api.push_update(bot_api.message("/stats", chat_id=3003, user_id=3003))
        [stats] = await say(bot_api, "/stats", chat_id=ADMIN, user_id=ADMIN)
        assert "Subscribers: 1 active, 0 paused, 0 inactive" in stats["text"]
        await asyncio.sleep(0.2)
        assert bot_api.sent(chat_id=3003) == []
        bot_api.push_update(
            {
                "my_chat_member": {
                    "chat": {"id": GROUP, "type": "group", "title": "G"},
                    "from": {"id": ADMIN, "is_bot": False, "first_name": "A"},
                    "date": int(time.time()),
                    "old_chat_member": {"status": "member", "user": bot_api.bot_user},
                    "new_chat_member": {"status": "kicked", "user": bot_api.bot_user,
                                        "until_date": 0},
                }
            }
        )  # fmt: skip
        for _ in range(200):
            sub = await svc(app).subscriptions.get(GROUP)
            if sub is not None and not sub.active:
                break
            await asyncio.sleep(0.01)
        assert sub is not None
        assert (sub.active, sub.inactive_reason) == (False, "bot is kicked")


def restricted(user: dict[str, Any], *, is_member: bool, can_send: bool) -> dict[str, Any]:
    """A ChatMemberRestricted as the Bot API sends it (supergroups only)."""
    rights = [
        "can_change_info", "can_invite_users", "can_pin_messages", "can_send_polls",
        "can_send_other_messages", "can_add_web_page_previews", "can_manage_topics",
        "can_send_audios", "can_send_documents", "can_send_photos", "can_send_videos",
        "can_send_video_notes", "can_send_voice_notes", "can_edit_tag", "can_react_to_messages",
    ]  # fmt: skip
    return {
        "status": "restricted",
        "user": user,
        "is_member": is_member,
        "can_send_messages": can_send,
        "until_date": 0,
        **dict.fromkeys(rights, False),
    }


async def test_a_restriction_that_keeps_the_bot_from_sending_deactivates_the_chat(
    bot_api: FakeBotApi, tmp_path: Path
) -> None:
    """A bot restricted in a supergroup still posts while it is a member allowed to send text
    messages; once it may not (can_send_messages false), the chat's digest is deactivated."""
    supergroup = -1009999000600
    bot_api.chat_members[(supergroup, ADMIN)] = admin(ADMIN)
    async with polling(make_settings(bot_api, tmp_path)) as app:
        kwargs: dict[str, Any] = {"chat_id": supergroup, "user_id": ADMIN}
        await say(bot_api, "/subscribe 08:00", chat_type="supergroup", **kwargs)
        for can_send in (True, False):
            bot_api.push_update(
                {
                    "my_chat_member": {
                        "chat": {"id": supergroup, "type": "supergroup", "title": "S"},
                        "from": {"id": ADMIN, "is_bot": False, "first_name": "A"},
                        "date": int(time.time()),
                        "old_chat_member": {"status": "member", "user": bot_api.bot_user},
                        "new_chat_member": restricted(
                            bot_api.bot_user, is_member=True, can_send=can_send
                        ),
                    }
                }
            )
            # Updates of one chat are handled in order: the answer comes after the change.
            await say(bot_api, "/help", chat_type="supergroup", **kwargs)
            sub = await svc(app).subscriptions.get(supergroup)
            assert sub is not None
            expected = (True, None) if can_send else (False, "bot is restricted")
            assert (sub.active, sub.inactive_reason) == expected


def _migrated_to(new_id: int) -> dict[str, Any]:
    """The service message of GROUP's migration to the supergroup `new_id`."""
    return {
        "message": {
            "message_id": 99,
            "date": int(time.time()),
            "chat": {"id": GROUP, "type": "group", "title": "G"},
            "from": {"id": ADMIN, "is_bot": False, "first_name": "A"},
            "migrate_to_chat_id": new_id,
        }
    }


async def test_group_upgraded_to_supergroup_moves_its_subscription(
    bot_api: FakeBotApi, tmp_path: Path
) -> None:
    """The service message of a group's migration moves its digests to the new chat id."""
    bot_api.chat_members[(GROUP, ADMIN)] = admin(ADMIN)
    new_id = -1009999000500
    async with polling(make_settings(bot_api, tmp_path)) as app:
        await say(bot_api, "/subscribe 08:00", chat_id=GROUP, user_id=ADMIN, chat_type="group")
        bot_api.push_update(_migrated_to(new_id))
        moved = None
        for _ in range(200):
            moved = await svc(app).subscriptions.get(new_id)
            if moved is not None:
                break
            await asyncio.sleep(0.01)
        assert moved is not None
        assert (moved.chat_type, moved.active) == ("supergroup", True)
        assert await svc(app).subscriptions.get(GROUP) is None
    assert_all_valid(bot_api)


async def test_a_migrated_group_keeps_its_selected_brief(
    bot_api: FakeBotApi, tmp_path: Path
) -> None:
    """The brief a group selected (`/brief 2`) is the one its commands answer about in the
    supergroup it became; they answered about the newest brief there, as if never chosen."""
    new_id = -1009999000501
    async with polling(make_settings(bot_api, tmp_path)):
        [chosen] = await say(bot_api, "/brief 2", chat_id=GROUP, chat_type="group")
        [before] = await say(bot_api, "/figures", chat_id=GROUP, chat_type="group")
        bot_api.push_update(_migrated_to(new_id))
        # Each chat's updates are handled in order: this one's after the migration's.
        await say(bot_api, "/help", chat_id=GROUP, chat_type="group")
        [after] = await say(bot_api, "/figures", chat_id=new_id, chat_type="supergroup")
        [shown] = await say(bot_api, "/brief", chat_id=new_id, chat_type="supergroup")
    assert (after["text"], shown["text"]) == (before["text"], chosen["text"])
    assert_all_valid(bot_api)


async def test_a_settings_button_sent_before_the_migration_works_in_the_supergroup(
    bot_api: FakeBotApi, tmp_path: Path
) -> None:
    """A /settings keyboard the group got before it became a supergroup names the old id:
    pressed in the supergroup by an administrator, it changes the moved digest; it answered
    "Only administrators can change this digest."."""
    new_id = -1009999000502
    bot_api.chats[new_id] = {"id": new_id, "type": "supergroup", "title": "G"}
    bot_api.chat_members[(GROUP, ADMIN)] = admin(ADMIN)
    bot_api.chat_members[(new_id, ADMIN)] = admin(ADMIN)
    async with polling(make_settings(bot_api, tmp_path)) as app:
        await say(bot_api, "/subscribe 08:00", chat_id=GROUP, user_id=ADMIN, chat_type="group")
        await say(bot_api, "/settings", chat_id=GROUP, user_id=ADMIN, chat_type="group")
        await svc(app).subscriptions.move_chat(GROUP, new_id)
        for method in ("getChat", "getChatMember"):  # Telegram's answer about the old id
            bot_api.fail(
                method,
                chat_id=GROUP,
                error_code=400,
                description="Bad Request: group chat was upgraded to a supergroup chat",
                migrate_to_chat_id=new_id,
            )
        message = bot_api.sent_messages(chat_id=GROUP)[-1]
        moved = {**message, "chat": bot_api.chats[new_id]}
        pause = message["reply_markup"]["inline_keyboard"][2][0]["callback_data"]
        bot_api.push_update(bot_api.callback(pause, message=moved, user_id=ADMIN))
        await bot_api.wait_for(lambda a: len(a.sent("answerCallbackQuery")) >= 1)
        [answer] = bot_api.sent("answerCallbackQuery")
        sub = await svc(app).subscriptions.get(new_id)
        assert sub is not None
        assert (answer["text"], sub.paused) == ("Saved.", True)


async def test_offline_digest_is_shown_not_queued(tmp_path: Path) -> None:
    """`briefbot ask/chat` sends nothing: /digest shows the digest, the outbox stays empty."""
    settings = Settings(_env_file=None, briefs_dir=SEEDS, data_dir=tmp_path, health_port=None)
    async with OfflineSession(settings) as session:
        await session.send("/subscribe 09:00")
        [shown] = await session.send("/digest")
        entries = session.app.bot_data.catalog.entries()
        assert shown.text == render_digest(select_briefs(entries, Filters(), None, 5), False)[0]
        assert (await svc(session.app).subscriptions.stats()).pending == 0


async def test_a_digest_run_that_fails_is_retried_and_the_schedule_goes_on(
    bot_api: FakeBotApi, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A digest job whose run fails (the database locked by another process, say) arms a
    retry of its slot, which then delivers and arms the next slot; the subscription used to
    have no job left, so no digest ever came again until a restart."""
    async with polling(make_settings(bot_api, tmp_path)) as app:
        service = svc(app)
        # A clock a year ahead: the real scheduler will not fire the regular job meanwhile.
        created = dt.datetime.now(dt.UTC).replace(microsecond=0) + dt.timedelta(days=365)
        service.clock = lambda: created
        await say(bot_api, "/subscribe 09:00 UTC", chat_id=7, user_id=7)
        sub = await service.subscriptions.get(7)
        assert sub is not None
        slot = service.next_at(sub)
        service.clock = lambda: slot + dt.timedelta(seconds=1)
        real_run_slot = service.run_slot
        failures = [sa.exc.OperationalError("UPDATE", {}, Exception("database is locked"))]

        async def run_slot(*args: Any, **kwargs: Any) -> Any:
            if failures:
                raise failures.pop()
            return await real_run_slot(*args, **kwargs)

        monkeypatch.setattr(service, "run_slot", run_slot)
        monkeypatch.setattr(handlers.digest, "RUN_RETRY_FIRST", 0.05, raising=False)
        [job] = app.job_queue.get_jobs_by_name(job_name(sub.id))
        job.schedule_removal()  # as the scheduler does when a one-off job fires
        with capture_logs() as logs:
            await job.run(app)
        assert [e["event"] for e in logs if e["log_level"] == "error"] == ["digest_run_failed"]
        [retry] = app.job_queue.get_jobs_by_name(job_name(sub.id))
        assert retry.data == Slot(sub.id, slot, failures=1)
        # The retry fires by itself, delivers the slot's digest and arms the next slot.
        await bot_api.wait_for(lambda a: len(a.sent(chat_id=7)) >= 2, timeout=10)
        assert bot_api.sent(chat_id=7)[1]["text"].startswith("<b>Digest</b>")
        await asyncio.sleep(0.1)
        [job] = app.job_queue.get_jobs_by_name(job_name(sub.id))
        assert job.data == Slot(sub.id, slot + dt.timedelta(days=1))
    assert_all_valid(bot_api)


async def test_job_log_lines_carry_no_chat_of_an_earlier_update(
    bot_api: FakeBotApi, tmp_path: Path
) -> None:
    """A job's log lines (here the folder reload's) name no chat or command: they used to
    carry those of the update that last armed a job (/subscribe in chat 1001), since the
    scheduler's timer ran in that update's logging context."""
    settings = make_settings(bot_api, tmp_path, reload_interval=0.2)
    async with polling(settings) as app:
        await say(bot_api, "/subscribe 09:00")
        seed = next(SEEDS.glob("*.txt"))
        new = settings.briefs_dir / "zz_added_while_running.txt"
        new.write_text(seed.read_text(encoding="utf-8") + "\nA later paragraph.\n")
        with capture_logs(processors=[structlog.contextvars.merge_contextvars]) as logs:
            for _ in range(100):
                if any(e["event"] == "briefs_added" for e in logs):
                    break
                await asyncio.sleep(0.05)
        [added] = [e for e in logs if e["event"] == "briefs_added"]
        assert "chat_id" not in added
        assert "command" not in added
        assert app.bot_data.catalog.by_id("zz_added_while_running") is not None


async def test_a_channel_the_bot_was_removed_from_unnoticed_is_stopped_when_named(
    bot_api: FakeBotApi, tmp_path: Path
) -> None:
    """The bot removed from a subscribed channel while its my_chat_member update never came
    (the service was down longer than Telegram keeps updates): /unsubscribe @channel,
    /settings @channel or a button of an earlier /settings says the bot may not post there
    and stops the digest, as that update would have. They answered "I can't subscribe
    @newschan: ..." ("Only administrators can change this digest." for the button) and left
    it active (the job armed, /stats counting it), with nothing to post that would meet
    Telegram's 403."""
    channel(bot_api)
    async with polling(make_settings(bot_api, tmp_path)) as app:
        await say(bot_api, "/subscribe @newschan 08:00", chat_id=ADMIN, user_id=ADMIN)
        sub = await svc(app).subscriptions.get(CHANNEL)
        assert sub is not None
        [refused] = await say(bot_api, "/unsubscribe @newschan", chat_id=3003, user_id=3003)
        assert html.unescape(refused["text"]) == (
            "I can't change the digest of @newschan: you are not an administrator of the channel."
        )
        await say(bot_api, "/settings @newschan", chat_id=ADMIN, user_id=ADMIN)
        message = bot_api.sent_messages(chat_id=ADMIN)[-1]
        pause = message["reply_markup"]["inline_keyboard"][2][0]["callback_data"]
        bot_api.chat_members[(CHANNEL, BOT_ID)] = {"status": "left", "user": bot_api.bot_user}
        # A button of /settings from before: it answered "Only administrators can change
        # this digest." (the bot may no longer read the channel's members).
        bot_api.push_update(bot_api.callback(pause, message=message, user_id=ADMIN))
        await bot_api.wait_for(lambda a: len(a.sent("answerCallbackQuery")) >= 1)
        assert [a["text"] for a in bot_api.sent("answerCallbackQuery")] == [
            "I am not an administrator of this channel with the right to post messages, so it "
            "gets no digest: make me one, then subscribe it again."
        ]
        current = await svc(app).subscriptions.get(CHANNEL)
        assert current is not None
        assert (current.active, current.inactive_reason) == (False, "bot is left")
        assert app.job_queue.get_jobs_by_name(job_name(sub.id)) == ()
        stopped = (
            "I am not an administrator of @newschan with the right to post messages, so it "
            "gets no digest: make me one, then subscribe it again."
        )
        for command in ("/unsubscribe @newschan", "/settings @newschan"):
            [sent] = await say(bot_api, command, chat_id=ADMIN, user_id=ADMIN)
            assert html.unescape(sent["text"]) == stopped
    assert_all_valid(bot_api)
