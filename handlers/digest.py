"""Digest commands and jobs: /subscribe, /unsubscribe, /digest, /settings, /stats, the bot's
own membership changes, and the JobQueue jobs that fire each subscription's digest.

The work is in `bot.digest` (subscriptions, outbox, sender) and `bot.schedule` (when, which
briefs); this module checks who may do what with the Bot API and wires the jobs.
"""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
from typing import Any, NamedTuple

import structlog
from telegram import (
    Bot,
    Chat,
    ChatMember,
    ChatMemberAdministrator,
    ChatMemberRestricted,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
    Update,
    User,
)
from telegram.constants import ChatMemberStatus, ChatType
from telegram.error import BadRequest, ChatMigrated, Forbidden
from telegram.ext import Application, JobQueue

from bot.digest import (
    DigestOptions,
    DigestRefused,
    DigestService,
    Sender,
    Target,
    default_schedule,
    describe_stats,
    describe_subscription,
    filters_of,
    plan_start,
    schedule_of,
)
from bot.http import AiohttpRequest
from bot.schedule import Cadence, Schedule, parse_channel, parse_subscribe_args
from bot.services import BotData
from bot.store import Subscription
from handlers.common import Context, answer_query, edit_html, reply_html

log = structlog.get_logger()

SERVICE_KEY = "digest"
SENDER_TASK_KEY = "digest_sender_task"
SENDER_REQUEST_KEY = "digest_sender_request"
CALLBACK_PREFIX = "dg:"
ADMINS = (ChatMemberStatus.OWNER, ChatMemberStatus.ADMINISTRATOR)
SETTINGS_TIMES = ("07:00", "08:00", "09:00", "12:00", "18:00")
# Jobs are never dropped for firing late (a busy loop, a slow start): the run itself notes
# lateness. coalesce: one run however many firings piled up.
JOB_KWARGS: dict[str, Any] = {"misfire_grace_time": None, "coalesce": True}
App = Application[Any, Any, Any, Any, BotData, Any]


def service(context: Context) -> DigestService:
    """Return the digest service started in `start_digests`."""
    found = context.bot_data.extras.get(SERVICE_KEY)
    if not isinstance(found, DigestService):
        raise RuntimeError("the digest service is not running")
    return found


# --- who may change which subscription ------------------------------------------------------


def _is_admin(member: ChatMember) -> bool:
    return member.status in ADMINS


async def _member(context: Context, chat_id: int, user_id: int) -> ChatMember | None:
    """Return a member's status, or None where Telegram does not tell us.

    Telegram answers getChatMember reliably only to a chat's administrators (about others
    than the bot itself): elsewhere, e.g. in a channel, it answers 400 "member list is
    inaccessible".
    """
    try:
        return await context.bot.get_chat_member(chat_id, user_id)
    except (BadRequest, Forbidden, ChatMigrated):  # ChatMigrated: a button of the old group
        return None


async def _check_group_admin(context: Context, chat: Chat, message: Message, user: User) -> None:
    if message.sender_chat is not None and message.sender_chat.id == chat.id:
        return  # an anonymous administrator, posting as the group
    # Someone posting as a channel (sender_chat another chat) is not a member: refused too.
    member = await _member(context, chat.id, user.id)
    if member is None or not _is_admin(member):
        raise DigestRefused("Only the group's administrators can change its digest.")


def _can_post(member: ChatMember | None) -> bool:
    """Tell whether the bot, as this member of a channel, may post its digest there."""
    return isinstance(member, ChatMemberAdministrator) and bool(member.can_post_messages)


async def _stop_channel(context: Context, chat_id: int, bot_member: ChatMember) -> None:
    """Stop the digest of a channel the bot may not post to: removed or demoted while its
    my_chat_member update never reached us (the service was down for longer than Telegram
    keeps updates), as that update would have."""
    if await stop_chat(context, chat_id, f"bot is {bot_member.status}"):
        log.info("digest_chat_left", chat_id=chat_id, status=str(bot_member.status))


async def _channel_target(
    context: Context, chat: Chat, user: User, channel: str | int, *, subscribing: bool
) -> Target:
    if chat.type != ChatType.PRIVATE:
        raise DigestRefused("Subscribe a channel from a private chat with me.")
    name = str(channel)  # the error handler escapes the message
    try:
        found = await context.bot.get_chat(channel)
    except (BadRequest, Forbidden):
        raise DigestRefused(
            f"I can't find {name}. Add me to the channel as an administrator who can post "
            "messages, then try again."
        ) from None
    if found.type != ChatType.CHANNEL:
        raise DigestRefused(f"{name} is not a channel.")
    bot_member = await _member(context, found.id, context.bot.id)
    can_post = _can_post(bot_member)
    if bot_member is not None and not can_post:
        await _stop_channel(context, found.id, bot_member)
        if not subscribing:
            raise DigestRefused(
                f"I am not an administrator of {name} with the right to post messages, so it "
                "gets no digest: make me one, then subscribe it again."
            )
    missing = []
    if isinstance(bot_member, ChatMemberAdministrator):
        # Only a channel's administrator may read its members: ask about the user only then.
        user_member = await _member(context, found.id, user.id)
        if user_member is None or not _is_admin(user_member):
            missing.append("you are not an administrator of the channel")
    if not can_post:
        missing.append("I am not an administrator of it with the right to post messages")
    if missing:
        doing = "subscribe" if subscribing else "change the digest of"
        raise DigestRefused(f"I can't {doing} {name}: {' and '.join(missing)}.")
    return Target(found.id, 0, ChatType.CHANNEL)


async def resolve_target(
    update: Update, context: Context, channel: str | int | None, *, subscribing: bool = False
) -> Target:
    """Return where the command's subscription lives, once the user may change it."""
    chat, message, user = update.effective_chat, update.effective_message, update.effective_user
    if chat is None or message is None or user is None:
        raise DigestRefused("I can't tell which chat this is.")
    if channel is not None:
        return await _channel_target(context, chat, user, channel, subscribing=subscribing)
    if chat.type in (ChatType.GROUP, ChatType.SUPERGROUP):
        await _check_group_admin(context, chat, message, user)
        # A forum topic subscribes by itself; messages outside topics go to the chat.
        thread = message.message_thread_id if message.is_topic_message else None
        return Target(chat.id, thread or 0, chat.type)
    return Target(chat.id, 0, chat.type)


def _channel_arg(args: list[str]) -> str | int | None:
    return parse_channel(args[0]) if args else None


# --- commands -------------------------------------------------------------------------------


async def subscribe(update: Update, context: Context) -> None:
    """Subscribe this chat, forum topic or channel to digests, or change its subscription."""
    svc, args = service(context), context.args or []
    request = parse_subscribe_args(args, default_schedule(context.bot_data.settings))
    target = await resolve_target(update, context, request.channel, subscribing=True)
    current = await svc.subscriptions.get(target.chat_id, target.thread_id)
    if current is not None and current.active:
        request = parse_subscribe_args(args, schedule_of(current))
    user = update.effective_user
    sub = await svc.subscriptions.subscribe(target, request, user_id=user.id if user else None)
    next_at = arm(context.job_queue, svc, sub)
    await reply_html(update, [describe_subscription(sub, next_at)])


async def unsubscribe(update: Update, context: Context) -> None:
    """Stop this chat's (or the named channel's) digests."""
    svc = service(context)
    target = await resolve_target(update, context, _channel_arg(context.args or []))
    current = await svc.subscriptions.get(target.chat_id, target.thread_id)
    done = await svc.subscriptions.unsubscribe(target.chat_id, target.thread_id)
    if current is not None:
        disarm(context.job_queue, current.id)
    text = "Unsubscribed: no more digests here." if done else "There is no subscription here."
    await reply_html(update, [text])


async def digest_now(update: Update, context: Context) -> None:
    """Send this chat's digest now; without a subscription, show the latest briefs."""
    svc, chat, message = service(context), update.effective_chat, update.effective_message
    if chat is None or message is None:
        return
    thread = message.message_thread_id if message.is_topic_message else None
    current = await svc.subscriptions.get(chat.id, thread or 0)
    if current is None or not current.active:
        hint = "Get these regularly with /subscribe (e.g. <code>/subscribe 09:00</code>)."
        await reply_html(update, [*svc.preview(), hint])
        return
    await resolve_target(update, context, None)  # in a group, only administrators
    if svc.offline:
        await reply_html(update, svc.preview(filters_of(current)))
        return
    if current.paused:
        # A paused subscription gets no digest (its briefs wait for the resume): say so,
        # rather than "Nothing new" while new briefs wait.
        await reply_html(update, ["Digests are paused here; resume them with /settings."])
        return
    built = await svc.run_now(current.id)
    if built.messages == 0 and not built.released:
        await reply_html(update, ["Nothing new since your last digest."])


async def settings(update: Update, context: Context) -> None:
    """Show this chat's (or the named channel's) subscription with buttons to change it."""
    svc = service(context)
    target = await resolve_target(update, context, _channel_arg(context.args or []))
    sub = await svc.subscriptions.get(target.chat_id, target.thread_id)
    if sub is None or not sub.active:
        await reply_html(update, ["There is no subscription here. Start one with /subscribe."])
        return
    await reply_html(
        update, [describe_subscription(sub, svc.next_at(sub))], keyboard=settings_keyboard(sub)
    )


def settings_keyboard(sub: Subscription) -> InlineKeyboardMarkup:
    """Buttons to change the time, the cadence, pause or unsubscribe."""
    where = f"{sub.chat_id}:{sub.thread_id}"

    def button(label: str, action: str, value: str = "") -> InlineKeyboardButton:
        return InlineKeyboardButton(
            label, callback_data=f"{CALLBACK_PREFIX}{action}:{value}:{where}"
        )

    def mark(label: str, on: bool) -> str:
        return f"• {label}" if on else label

    times = [button(mark(t, sub.time == t), "t", t.replace(":", "")) for t in SETTINGS_TIMES]
    cadences = [button(mark(str(c), sub.cadence == c), "c", str(c)) for c in Cadence]
    actions = [
        button("Resume" if sub.paused else "Pause", "p", "0" if sub.paused else "1"),
        button("Unsubscribe", "u"),
    ]
    return InlineKeyboardMarkup([times, cadences, actions])


class _Press(NamedTuple):
    action: str
    value: str
    chat_id: int
    thread_id: int


def _parse_press(data: str) -> _Press | None:
    parts = data.removeprefix(CALLBACK_PREFIX).split(":")
    if len(parts) != 4:
        return None
    try:
        return _Press(parts[0], parts[1], int(parts[2]), int(parts[3]))
    except ValueError:
        return None


async def _moved_here(context: Context, press: _Press, chat: Chat) -> _Press:
    """Point a /settings button sent before its group became this supergroup at this chat.

    Its data names the old group's id (the keyboard came along with the history); the digest
    moved here with the migration. Telegram answers a call about the old id with ChatMigrated.
    """
    if press.chat_id == chat.id or chat.type != ChatType.SUPERGROUP:
        return press
    try:
        await context.bot.get_chat(press.chat_id)
    except ChatMigrated as error:
        if int(error.new_chat_id) == chat.id:
            return press._replace(chat_id=chat.id)
    except (BadRequest, Forbidden):
        pass
    return press


async def _may_change(context: Context, press: _Press, chat: Chat, user: User) -> bool:
    if press.chat_id == chat.id and chat.type == ChatType.PRIVATE:
        return True
    member = await _member(context, press.chat_id, user.id)
    return member is not None and _is_admin(member)


CHANNEL_LOST = (
    "I am not an administrator of this channel with the right to post messages, so it gets no "
    "digest: make me one, then subscribe it again."
)


async def _channel_lost(context: Context, chat_id: int) -> bool:
    """Tell whether `chat_id` is a subscribed channel the bot may no longer post to; stop its
    digest if so.

    Asked before who pressed: only a channel's administrators may read its members, and
    Telegram refuses the bot that question once it is none ("member list is inaccessible").
    """
    sub = await service(context).subscriptions.get(chat_id)
    if sub is None or sub.chat_type != ChatType.CHANNEL:
        return False
    bot_member = await _member(context, chat_id, context.bot.id)
    if bot_member is None or _can_post(bot_member):
        return False
    await _stop_channel(context, chat_id, bot_member)
    return True


async def settings_press(update: Update, context: Context) -> None:
    """Apply a /settings button: time, cadence, pause/resume or unsubscribe."""
    query, svc = update.callback_query, service(context)
    if query is None or query.data is None or update.effective_chat is None:
        return
    press = _parse_press(query.data)
    if press is not None:
        press = await _moved_here(context, press, update.effective_chat)
    if (
        press is not None
        and press.chat_id != update.effective_chat.id
        and await _channel_lost(context, press.chat_id)
    ):
        await answer_query(update, context, CHANNEL_LOST)
        return
    if press is None or not await _may_change(
        context, press, update.effective_chat, query.from_user
    ):
        await answer_query(update, context, "Only administrators can change this digest.")
        return
    subs = svc.subscriptions
    sub = await subs.get(press.chat_id, press.thread_id)
    if sub is None or not sub.active:
        await answer_query(update, context, "There is no subscription here any more.")
        return
    schedule = schedule_of(sub)
    if press.action == "t" and len(press.value) == 4 and press.value.isdigit():
        hhmm = dt.time(int(press.value[:2]) % 24, int(press.value[2:]) % 60)
        changed = dataclasses.replace(schedule, time=hhmm)
        sub = await subs.update(sub.chat_id, sub.thread_id, schedule=changed)
    elif press.action == "c" and press.value in set(Cadence):
        cadence = Cadence(press.value)
        weekday = (schedule.weekday or 0) if cadence is Cadence.WEEKLY else None
        changed = Schedule(schedule.time, cadence, weekday, schedule.tz)
        sub = await subs.update(sub.chat_id, sub.thread_id, schedule=changed)
    elif press.action == "p":
        sub = await subs.update(sub.chat_id, sub.thread_id, paused=press.value == "1")
    elif press.action == "u":
        await subs.unsubscribe(sub.chat_id, sub.thread_id)
        disarm(context.job_queue, sub.id)
        await answer_query(update, context, "Unsubscribed.")
        await edit_html(query, "Unsubscribed: no more digests here.")
        return
    if sub is None:
        await answer_query(update, context)
        return
    next_at = arm(context.job_queue, svc, sub)
    await answer_query(update, context, "Saved.")
    await edit_html(query, describe_subscription(sub, next_at), keyboard=settings_keyboard(sub))


async def stats(update: Update, context: Context) -> None:
    """Show digest figures to the ids in ADMIN_IDS; others get no answer at all."""
    user = update.effective_user
    if user is None or user.id not in context.bot_data.settings.admin_ids:
        return
    await reply_html(update, [describe_stats(await service(context).subscriptions.stats())])


async def my_chat_member(update: Update, context: Context) -> None:
    """Deactivate a chat's digests at once when the bot is removed or loses the right to post."""
    change = update.my_chat_member
    if change is None:
        return
    member = change.new_chat_member
    gone = member.status in (ChatMemberStatus.LEFT, ChatMemberStatus.BANNED)
    if change.chat.type == ChatType.CHANNEL and not gone:
        gone = not _can_post(member)
    if isinstance(member, ChatMemberRestricted):
        # A restricted member (supergroups) may be out of the chat (is_member false) or
        # forbidden to send text messages (can_send_messages false): either way no digest
        # can reach the chat (ChatMemberRestricted in the Bot API).
        gone = gone or not (member.is_member and member.can_send_messages)
    if gone:
        await stop_chat(context, change.chat.id, f"bot is {member.status}")
        log.info("digest_chat_left", chat_id=change.chat.id, status=str(member.status))


async def stop_chat(context: Context, chat_id: int, reason: str) -> list[int]:
    """Deactivate a chat's digests (the bot may not post there) and remove their jobs;
    return the ids of the subscriptions stopped."""
    ids = await service(context).subscriptions.deactivate_chat(chat_id, reason)
    for sub_id in ids:
        disarm(context.job_queue, sub_id)
    return ids


async def chat_migrated(update: Update, context: Context) -> None:
    """Move a group's digests and selected brief to its new id when it becomes a supergroup.

    Telegram sends two service messages: migrate_to_chat_id in the old group and
    migrate_from_chat_id in the new supergroup. Either one moves them (the second finds
    nothing left to move), so a lost one costs nothing.
    """
    message = update.effective_message
    if message is None:
        return
    if message.migrate_to_chat_id is not None:
        old, new = message.chat.id, message.migrate_to_chat_id
    elif message.migrate_from_chat_id is not None:
        old, new = message.migrate_from_chat_id, message.chat.id
    else:
        return
    await service(context).subscriptions.move_chat(old, new)
    context.bot_data.selections.forget(old, new)
    log.info("digest_chat_migrated", chat_id=old, new_chat_id=new)


# --- jobs -----------------------------------------------------------------------------------


class Slot(NamedTuple):
    """A job's data: which subscription, the slot it fires for, whether it is a catch-up, and
    how many times building it failed before."""

    subscription_id: int
    at: dt.datetime
    catch_up: bool = False
    failures: int = 0


# A digest whose building failed (the database locked or briefly unreachable) is tried again
# after this many seconds, doubling up to RUN_RETRY_MAX, until its subscription's next slot.
RUN_RETRY_FIRST = 60.0
RUN_RETRY_MAX = 3600.0


def job_name(subscription_id: int) -> str:
    return f"digest:{subscription_id}"


def disarm(job_queue: JobQueue[Any] | None, subscription_id: int) -> None:
    """Remove the subscription's scheduled job, if any."""
    if job_queue is None:
        return
    for job in job_queue.get_jobs_by_name(job_name(subscription_id)):
        job.schedule_removal()


def arm(
    job_queue: JobQueue[Any] | None,
    svc: DigestService,
    sub: Subscription,
    *,
    after: dt.datetime | None = None,
) -> dt.datetime | None:
    """(Re)schedule the subscription's next digest job, replacing any; return when it fires."""
    disarm(job_queue, sub.id)
    if job_queue is None or not sub.active:
        return None
    when = svc.next_at(sub, after)
    job_queue.run_once(
        digest_job,
        when=when,
        data=Slot(sub.id, when),
        name=job_name(sub.id),
        job_kwargs=JOB_KWARGS,
    )
    return when


async def digest_job(context: Context) -> None:
    """Build one subscription's digest into the outbox, then arm its next one."""
    # Not the logging context of the update that armed the scheduler's timer (bot.app's
    # reload_briefs says why).
    structlog.contextvars.clear_contextvars()
    job = context.job
    if job is None or not isinstance(job.data, Slot):
        return
    slot, svc = job.data, service(context)
    try:
        built = await svc.run_slot(slot.subscription_id, slot.at)
    except Exception:
        # Nothing was written (one transaction): the slot is tried again rather than the
        # subscription's schedule ending here, as it did when this job was its only link.
        delay = min(RUN_RETRY_FIRST * 2**slot.failures, RUN_RETRY_MAX)
        log.exception("digest_run_failed", subscription=slot.subscription_id, retry_in=delay)
        retry_slot(context.job_queue, slot, delay)
        return
    log.info("digest_run", subscription=slot.subscription_id, briefs=len(built.briefs),
             messages=built.messages, catch_up=slot.catch_up)  # fmt: skip
    if slot.catch_up:
        return
    sub = await svc.subscriptions.by_id(slot.subscription_id)
    if sub is not None and sub.active:
        arm(context.job_queue, svc, sub, after=max(slot.at, svc.clock()))


def retry_slot(job_queue: JobQueue[Any] | None, slot: Slot, delay: float) -> None:
    """Run a failed slot again after `delay` s, under the name of the job that failed.

    Once it succeeds, a regular slot's retry arms the next slot after the time it ran; a
    slot passed meanwhile costs no briefs: a digest carries all those new since the last.
    """
    if job_queue is None:
        return
    name = (
        f"digest-catch-up:{slot.subscription_id}" if slot.catch_up
        else job_name(slot.subscription_id)
    )  # fmt: skip
    for job in job_queue.get_jobs_by_name(name):
        job.schedule_removal()
    job_queue.run_once(
        digest_job,
        when=delay,
        data=slot._replace(failures=slot.failures + 1),
        name=name,
        job_kwargs=JOB_KWARGS,
    )


async def start_digests(app: App) -> None:
    """Start-up hook: resume the outbox, start the sender, rebuild every job from storage.

    A subscription whose slot passed while the service was down gets one catch-up run.
    """
    await stop_digests(app)  # started again (a reload): one sender, jobs replaced by name
    data, settings = app.bot_data, app.bot_data.settings
    options = DigestOptions.from_settings(settings)
    offline = bool(data.extras.get("offline")) or settings.telegram_token is None
    # The sender has its own connection pool: it keeps sending while the application stops
    # (Application.shutdown closes app.bot's before the shutdown hooks run).
    request = AiohttpRequest(connections=options.workers + 2)
    token = settings.telegram_token.get_secret_value() if settings.telegram_token else "0:0"
    bot = Bot(token, base_url=f"{settings.telegram_api_url}/bot", request=request)
    sender = Sender(data.store, bot, options)
    svc = DigestService(data.store, data.catalog, sender, options)
    data.extras[SERVICE_KEY] = svc
    if offline:
        svc.offline = True
        return  # `briefbot ask/chat`: commands work, nothing is scheduled or sent
    await request.initialize()
    data.extras[SENDER_REQUEST_KEY] = request
    await sender.recover()
    now = svc.clock()
    for sub, missed in plan_start(await svc.subscriptions.active(), now):
        if missed is not None and app.job_queue is not None:
            name = f"digest-catch-up:{sub.id}"
            for job in app.job_queue.get_jobs_by_name(name):
                job.schedule_removal()
            app.job_queue.run_once(
                digest_job,
                when=0,
                data=Slot(sub.id, missed, catch_up=True),
                name=name,
                job_kwargs=JOB_KWARGS,
            )
        arm(app.job_queue, svc, sub, after=now)
    # Our own task, not Application.create_task: Application.stop() waits for those, and the
    # sender runs until shutdown, where `stop_digests` ends it.
    data.extras[SENDER_TASK_KEY] = asyncio.get_running_loop().create_task(
        sender.run(), name="digest-sender"
    )
    log.info("digests_started", subscriptions=len(app.job_queue.jobs()) if app.job_queue else 0)


async def stop_digests(app: App) -> None:
    """Shutdown hook: let sends in flight finish, then stop the sender."""
    data = app.bot_data
    svc = data.extras.pop(SERVICE_KEY, None)
    task = data.extras.pop(SENDER_TASK_KEY, None)
    if isinstance(svc, DigestService):
        await svc.sender.stop(grace=5.0)
    if isinstance(task, asyncio.Task):
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
    request = data.extras.pop(SENDER_REQUEST_KEY, None)
    if isinstance(request, AiohttpRequest):
        await request.shutdown()
