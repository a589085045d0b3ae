"""Verbs of Telegram: make a link code, link and unlink a chat, choose the notices sent there, queue messages.

Services never commit; the caller (a view, the worker, the notice's writer) does.
"""
from __future__ import annotations

import hashlib
import http.client
import secrets
import time
from datetime import timedelta

from flask import current_app
from flask_babel import force_locale
from flask_babel import gettext as _
from sqlalchemy import delete, or_, select, update

from app.accounts.models import User
from app.core.errors import ValidationFailed
from app.core.links import absolute_url, building_links
from app.core.timeutil import utcnow, wib_date
from app.extensions import db
from app.notifications import queries
from app.notifications.mail import DIGEST_MAX_LINES, notice_lines
from app.notifications.models import Kind, Notification
from app.telegram import botapi
from app.telegram.models import PENDING, TelegramBot, TelegramCode, TelegramLink, TelegramMessage

CODE_LIFETIME = timedelta(minutes=15)
STRANGER_REPLY_EVERY = timedelta(minutes=1)  # at most one reply a minute to a chat linked to no member
MAX_TEXT = 4096  # a Telegram message holds 4096 UTF-16 code units (an emoji counts two)
GETME_TIMEOUT, GETME_RETRY = 3.0, 60.0  # getMe inside a web request: a short wait, and a failure kept a minute
ALL_KINDS = tuple(kind.value for kind in Kind)


def fit(text: str, limit: int = MAX_TEXT, mark: str = "") -> str:
    """The text cut to `limit` UTF-16 code units (never halving a character), ending with `mark` if cut."""
    units = text.encode("utf-16-le")
    if len(units) <= 2 * limit:
        return text
    keep = 2 * (limit - len(mark.encode("utf-16-le")) // 2)
    return units[:keep].decode("utf-16-le", errors="ignore") + mark


def code_hash(code: str) -> str:
    return hashlib.sha256(code.encode()).hexdigest()


def new_code(user: User) -> str:
    """A fresh one-time code (the member's earlier one stops working); only its hash is kept."""
    code = secrets.token_urlsafe(12)  # 16 characters of [A-Za-z0-9_-], what a t.me start parameter allows
    db.session.execute(delete(TelegramCode).where(TelegramCode.user_id == user.id))
    db.session.add(TelegramCode(user_id=user.id, code_hash=code_hash(code), expires_at=utcnow() + CODE_LIFETIME))
    return code


def link_of(user_id: int) -> TelegramLink | None:
    return db.session.get(TelegramLink, user_id)


def redeem(code: str, chat_id: int) -> User | None:
    """Link the chat to the member whose live code this is (the code is used up); None for a wrong or
    expired code. A chat or a member linked before loses that earlier link."""
    found = db.session.execute(delete(TelegramCode).where(
        TelegramCode.code_hash == code_hash(code[:64]), TelegramCode.expires_at > utcnow())
        .returning(TelegramCode.user_id)).scalar_one_or_none()
    user = db.session.get(User, found) if found is not None else None
    if user is None:
        return None
    # what still waits for the member follows them to this chat (a chat taken over is checked when sending)
    db.session.execute(update(TelegramMessage).where(TelegramMessage.user_id == user.id,
                                                     TelegramMessage.status == PENDING).values(chat_id=chat_id))
    db.session.execute(delete(TelegramLink).where(or_(TelegramLink.chat_id == chat_id,
                                                      TelegramLink.user_id == user.id)))
    db.session.add(TelegramLink(user_id=user.id, chat_id=chat_id, kinds=" ".join(ALL_KINDS), digest=False,
                                linked_at=utcnow()))
    return user


def unlink(user_id: int | None = None, *, chat_id: int | None = None) -> bool:
    """Forget a member's link (or a chat's); their messages still waiting are not sent."""
    where = TelegramLink.user_id == user_id if user_id is not None else TelegramLink.chat_id == chat_id
    gone = db.session.execute(delete(TelegramLink).where(where).returning(TelegramLink.user_id)).scalars().all()
    for member in gone:
        db.session.execute(delete(TelegramMessage).where(TelegramMessage.user_id == member,
                                                         TelegramMessage.status == PENDING))
    if user_id is not None:
        db.session.execute(delete(TelegramCode).where(TelegramCode.user_id == user_id))
    return bool(gone)


def set_choices(user: User, kinds: list[str], digest: bool) -> None:
    link = link_of(user.id)
    if link is None:
        raise ValidationFailed(_("Akun Telegram Anda belum terhubung."))
    unknown = [kind for kind in kinds if kind not in ALL_KINDS]
    if unknown:
        raise ValidationFailed(_("Jenis pemberitahuan tidak dikenal."), field="kinds")
    link.kinds = " ".join(kind for kind in ALL_KINDS if kind in kinds)
    link.digest = digest


def bot_state() -> TelegramBot:
    bot = db.session.get(TelegramBot, 1)
    if bot is None:
        bot = TelegramBot(id=1, update_offset=0)
        db.session.add(bot)
    return bot


def bot_username() -> str | None:
    """The bot's @username, asked of getMe once and kept; None while the Bot API cannot be reached (asked
    with a short timeout, and not again for a minute after a failure: the page shows "/start CODE")."""
    bot = bot_state()
    failed = current_app.extensions.setdefault("telegram_getme", {"retry": 0.0})
    if bot.username is None and time.monotonic() >= failed["retry"]:
        try:
            bot.username = str(botapi.call("getMe", timeout=GETME_TIMEOUT).get("username") or "")[:64] or None
        except (OSError, ValueError, AttributeError, http.client.HTTPException, botapi.BotApiError) as err:
            failed["retry"] = time.monotonic() + GETME_RETRY
            current_app.logger.warning("telegram getMe failed: %s", type(err).__name__)
    return bot.username


def wanted(message: TelegramMessage) -> bool:
    """Whether a member's message may still go to its chat: that chat is the member's live link and, for a
    notice, its kind is still chosen (a reply to a stranger's chat has no member and always may)."""
    if message.user_id is None:
        return True
    link = link_of(message.user_id)
    if link is None or link.chat_id != message.chat_id:
        return False
    if message.notification_id is None:
        return True
    kind = db.session.execute(select(Notification.kind).where(Notification.id == message.notification_id)).scalar()
    return kind is not None and kind in link.kind_list


def queue_text(user_id: int | None, chat_id: int, text: str) -> None:
    db.session.add(TelegramMessage(user_id=user_id, chat_id=chat_id, text=fit(text), status=PENDING,
                                   attempts=0, next_attempt_at=utcnow(), created_at=utcnow()))


def queue_stranger_reply(chat_id: int, text: str) -> bool:
    """A reply to a chat of no member (a wrong code, a bare /start), unless it had one in the last minute:
    whoever writes to the bot cannot fill the outbox. Returns whether it was queued."""
    recent = db.session.execute(select(TelegramMessage.id).where(
        TelegramMessage.user_id.is_(None), TelegramMessage.chat_id == chat_id,
        TelegramMessage.created_at > utcnow() - STRANGER_REPLY_EVERY).limit(1)).first()
    if recent is None:
        queue_text(None, chat_id, text)
    return recent is None


def queue_notices(made: list[Notification], **_kwargs) -> None:
    """notifications' `notices_created`: one message per notice of a kind its member chose, in the notice's
    transaction (a rolled-back notice sends nothing). Costs one query when none of them is linked."""
    if not botapi.enabled() or not made:
        return
    links = {link.user_id: link for link in db.session.execute(select(TelegramLink).where(
        TelegramLink.user_id.in_({n.user_id for n in made}))).scalars()}
    wanted = [n for n in made if n.user_id in links and n.kind in links[n.user_id].kind_list]
    if not wanted:
        return
    db.session.flush()  # the notices' ids
    now = utcnow()
    db.session.add_all(TelegramMessage(user_id=n.user_id, chat_id=links[n.user_id].chat_id, notification_id=n.id,
                                       status=PENDING, attempts=0, next_attempt_at=now, created_at=now)
                       for n in wanted)


def queue_digests() -> int:
    """Each member who chose the daily digest gets one message a day (WIB) with their unread notices of the
    last day, worded as the mail digest; safe to repeat. Returns how many were queued."""
    today, now = wib_date(utcnow()), utcnow()
    queued = 0
    for user_id in db.session.execute(select(TelegramLink.user_id).where(
            TelegramLink.digest.is_(True),
            or_(TelegramLink.digest_sent_on.is_(None), TelegramLink.digest_sent_on < today))).scalars().all():
        claimed = db.session.execute(update(TelegramLink).where(
            TelegramLink.user_id == user_id, TelegramLink.digest.is_(True),
            or_(TelegramLink.digest_sent_on.is_(None), TelegramLink.digest_sent_on < today))
            .values(digest_sent_on=today).returning(TelegramLink.chat_id)).scalar_one_or_none()
        if claimed is None:
            continue
        ids = db.session.execute(queries.visible(select(Notification.id).select_from(Notification)).where(
            Notification.user_id == user_id, Notification.read_at.is_(None),
            Notification.created_at >= now - timedelta(days=1)).order_by(Notification.id)).scalars().all()
        if ids:
            user = db.session.get(User, user_id)
            with building_links(), force_locale(user.locale or current_app.config["BABEL_DEFAULT_LOCALE"]):
                queue_text(user_id, claimed, digest_text(queries.load(list(ids))))
            queued += 1
        db.session.commit()
    return queued


def digest_text(notices: list[Notification]) -> str:
    notices = sorted(notices, key=lambda n: (n.topic_id or 0, n.group_key, n.id))
    lines = notice_lines(notices)
    parts = [_("Ringkasan harian %(site)s: %(n)d pemberitahuan belum dibaca",
               site=current_app.config["SITE_NAME"], n=len(lines)), "", "\n\n".join(lines[:DIGEST_MAX_LINES])]
    parts += ["", _("Semua pemberitahuan: %(url)s", url=absolute_url("notifications.index"))]
    return fit("\n".join(parts), mark="\u2026")
