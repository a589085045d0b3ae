"""The worker's round: read the bot's new messages (getUpdates, offset kept in the database), then send the
messages that are due, each claimed first (app/core/outbox.py), retried with backoff, then given up.

A 403 (the member blocked the bot) unlinks the member; a 429 waits its retry_after without counting as an
attempt; a 400 (a chat that no longer exists) gives up at once; 5xx, timeouts and refused connections are
retried, and a timeout or refused connection also ends the round and pauses sending (the other due messages
wait untouched). A message whose chat is no longer its member's link, or whose kind is no longer chosen, is
skipped. Every outcome is logged, the token never.
"""
from __future__ import annotations

import http.client
import logging
import time
from datetime import timedelta

from flask import current_app
from flask_babel import force_locale
from flask_babel import gettext as _
from sqlalchemy import and_, select
from sqlalchemy.orm import aliased
from sqlalchemy.orm.exc import ObjectDeletedError, StaleDataError

from app.accounts.models import User
from app.core import outbox
from app.core.links import absolute, absolute_url, building_links
from app.core.timeutil import utcnow
from app.extensions import db
from app.notifications import queries
from app.notifications.models import Notification
from app.notifications.texts import describe, detail, target_url
from app.telegram import botapi, services
from app.telegram.models import FAILED, PENDING, SENT, TelegramBot, TelegramMessage

log = logging.getLogger(__name__)
BATCH = 20
SKIPPED = "dilewati"  # its notice was hidden, or its thread already has a message the member has not read
POLL_PAUSE_AFTER_FAILURE = 30.0  # seconds this process leaves the Bot API alone after a failed getUpdates
SEND_PAUSE_AFTER_FAILURE = POLL_PAUSE_AFTER_FAILURE  # ... and after a send that could not reach it


class Unreachable(Exception):
    """A send that timed out or could not connect: the round stops there (`tried` counts that send)."""

    def __init__(self, tried: int):
        super().__init__(tried)
        self.tried = tried


def drain() -> int:
    """background.register's drain: nothing at all while TELEGRAM_BOT_TOKEN is empty. The worker runs it
    every half second; getUpdates is asked at most every TELEGRAM_POLL_INTERVAL seconds (default 2)."""
    if not botapi.enabled():
        return 0
    state = current_app.extensions.setdefault("telegram_poll", {"next": 0.0, "send": 0.0})
    if time.monotonic() >= state["next"]:
        state["next"] = time.monotonic() + float(current_app.config.get("TELEGRAM_POLL_INTERVAL", 2.0))
        try:
            poll_updates()
        except (OSError, http.client.HTTPException, botapi.BotApiError) as err:
            db.session.rollback()
            state["next"] = time.monotonic() + POLL_PAUSE_AFTER_FAILURE
            log.warning("telegram getUpdates failed", extra={"error": botapi.error_text(err)})
    if time.monotonic() < state["send"]:
        return 0
    try:
        return send_due()
    except Unreachable as stop:
        state["send"] = time.monotonic() + SEND_PAUSE_AFTER_FAILURE
        return stop.tried


# -- Reading the bot's messages ------------------------------------------------------------------------


def poll_updates() -> int:
    """One getUpdates (timeout 0) from the stored offset; handles /start CODE and /stop; commits."""
    db.session.execute(select(TelegramBot.id).where(TelegramBot.id == 1).with_for_update())  # one poller
    bot = services.bot_state()
    updates = botapi.call("getUpdates", offset=bot.update_offset, timeout=0, allowed_updates=["message"])
    for update in updates or []:
        if not isinstance(update, dict) or not isinstance(update.get("update_id"), int):
            continue
        _handle(update.get("message") or {})
        bot.update_offset = max(bot.update_offset, update["update_id"] + 1)
    db.session.commit()
    return len(updates or [])


def _handle(message: dict) -> None:
    chat = message.get("chat") or {}
    text = message.get("text")
    if chat.get("type") != "private" or not isinstance(chat.get("id"), int) or not isinstance(text, str):
        return  # groups and channels are never linked
    chat_id, words = chat["id"], text.strip().split()
    command = words[0].split("@")[0].lower() if words else ""
    with building_links(), force_locale(current_app.config["BABEL_DEFAULT_LOCALE"]):
        settings = absolute_url("telegram.page")
        if command == "/start" and len(words) > 1:
            user = services.redeem(words[1], chat_id)
            if user is None:
                services.queue_stranger_reply(chat_id, _(
                    "Maaf, kode itu tidak dikenal atau sudah kedaluwarsa (berlaku 15 menit). Buat kode baru di "
                    "%(url)s lalu kirim lagi.", url=settings))
            else:
                services.queue_text(user.id, chat_id, _(
                    "Akun Simpul ASN Anda terhubung (%(name)s). Pilih pemberitahuan yang dikirim ke sini di "
                    "%(url)s. Kirim /stop untuk memutuskan.", name=user.name, url=settings))
            log.info("telegram link", extra={"linked": user is not None})
        elif command == "/start":
            services.queue_stranger_reply(chat_id, _("Untuk menghubungkan akun, buka %(url)s, pilih \u201cHubungkan "
                                                 "Telegram\u201d, lalu ikuti tautannya.", url=settings))
        elif command == "/stop" and services.unlink(chat_id=chat_id):
            services.queue_text(None, chat_id, _("Tautan Telegram dengan akun Simpul ASN Anda telah diputus."))


# -- Sending ---------------------------------------------------------------------------------------------


def _text_of(message: TelegramMessage) -> str | None:
    if message.notification_id is None:
        return message.text
    found = db.session.execute(queries.visible(select(TelegramMessage.id).select_from(TelegramMessage).join(
        Notification, Notification.id == TelegramMessage.notification_id))
        .where(TelegramMessage.id == message.id)).first()
    if found is None or _covered(message):
        return None
    [notice] = queries.load([message.notification_id])
    user = db.session.get(User, notice.user_id)
    with building_links(), force_locale(user.locale or current_app.config["BABEL_DEFAULT_LOCALE"]):
        lines = [describe(notice), detail(notice), target_url(notice)]
        if lines[2]:
            lines[2] = absolute(lines[2])
        return services.fit("\n".join(line for line in lines if line))


def _covered(message: TelegramMessage) -> bool:
    """As with mail: a thread whose earlier message was sent and whose notice is still unread sends no more
    until the member reads it (a busy thread is one message, not fifteen)."""
    notice, earlier, sent = aliased(Notification), aliased(Notification), aliased(TelegramMessage)
    return db.session.execute(select(sent.id).join(earlier, earlier.id == sent.notification_id).join(
        notice, and_(notice.id == message.notification_id, notice.user_id == earlier.user_id,
                     notice.group_key == earlier.group_key)).where(
        sent.status == SENT, sent.chat_id == message.chat_id, earlier.id != notice.id,
        earlier.read_at.is_(None)).limit(1)).first() is not None


def attempt(message: TelegramMessage) -> bool:
    """One try; records the outcome on the row (the caller commits). False when the Bot API could not be
    reached (a timeout, a refused connection). The reading transaction ends before the Bot API is asked (on
    SQLite it would hold the write lock meanwhile); a row deleted meanwhile (unlink) records nothing."""
    text = _text_of(message) if services.wanted(message) else None
    if text is None:
        message.status, message.next_attempt_at = SKIPPED, None
        return True
    row_id, chat_id = message.id, message.chat_id
    db.session.commit()
    error, wait, status, reached = None, None, None, True
    try:
        botapi.call("sendMessage", chat_id=chat_id, text=text, disable_web_page_preview=True)
    except botapi.BotApiError as err:
        error, wait, status = botapi.error_text(err), err.retry_after, err.status
    except (OSError, http.client.HTTPException) as err:
        error, reached = botapi.error_text(err), False
    try:
        _record(message, error, wait, status)
    except ObjectDeletedError:
        db.session.rollback()
        log.info("telegram message gone while sending", extra={"message_id": row_id})
    return reached


def _record(message: TelegramMessage, error: str | None, wait: float | None, status: int | None) -> None:
    """The outcome: sent; a 429 waits as told and is no attempt, so a long flood gives nothing up; a 400 or a
    403 (blocked: also unlinks) fails at once; anything else is retried or given up."""
    message.last_error, gave_up = error, False
    if status == 429:
        message.next_attempt_at = utcnow() + timedelta(seconds=wait or outbox.BACKOFF[0])
    else:
        message.attempts += 1
    if error is None:
        message.status, message.sent_at, message.next_attempt_at = SENT, utcnow(), None
    elif status in (400, 403):
        message.status, message.next_attempt_at, gave_up = FAILED, None, True
        if status == 403:
            db.session.flush()  # no longer waiting: unlink's purge of waiting messages leaves this row
            services.unlink(chat_id=message.chat_id)
    elif status != 429:
        gave_up = outbox.retry_or_give_up(message, FAILED, wait=wait)
    (log.warning if gave_up else log.info)("telegram message", extra={
        "message_id": message.id, "status": message.status, "attempts": message.attempts, "error": error})


def send_due(limit: int = BATCH) -> int:
    """Send the messages whose time has come; returns how many were tried. Raises Unreachable after the
    first send that timed out or could not connect (its row is recorded; the rest wait untouched)."""
    tried = 0
    for row_id, when in outbox.due(TelegramMessage, PENDING, limit):
        if not outbox.claim(TelegramMessage, PENDING, row_id, when):
            continue
        message = db.session.get(TelegramMessage, row_id)
        if message is None:
            continue
        reached = attempt(message)
        try:
            db.session.commit()
        except StaleDataError:  # unlink() removed the row while it was being sent: nothing left to record
            db.session.rollback()
            log.info("telegram message gone while sending", extra={"message_id": row_id})
        tried += 1
        if not reached:
            raise Unreachable(tried)
    return tried
