"""/reload (admins only, ADMIN_IDS): read the briefs folder again now."""

from __future__ import annotations

from telegram import Update

from handlers.common import Context, reply_html

NOT_ADMIN = "This command is for the bot's admins."


async def reload_now(update: Update, context: Context) -> None:
    """Answer /reload: pick up new or changed brief files and say what changed."""
    user = update.effective_user
    if user is None or user.id not in context.bot_data.settings.admin_ids:
        await reply_html(update, [NOT_ADMIN])
        return
    report = await context.bot_data.catalog.reload()
    new = ", ".join(str(entry.number) for entry in report.new) or "none"
    lines = [
        f"<b>Reloaded</b>: {report.loaded} briefs ({report.parsed} parsed, "
        f"{report.cached} from the cache).",
        f"New: {new}.",
    ]
    if report.errors:
        lines.append(f"Skipped {len(report.errors)} file(s); see the logs.")
    await reply_html(update, ["\n".join(lines)])
