"""Mail about notices: at once for `langsung`, one daily digest for `harian`, nothing for `mati`.

Immediate mail never leaves inside the writer's transaction: `deliver()` lists the new notices in the
session's `info`, and when that session's outermost transaction commits, `_after_commit` mails them from a
session of its own (a rollback drops the list). `flask mail send-pending` sends whatever that missed (a mail
server that was down); `flask mail send-digests` sends the digests. Each run first claims its notices by
setting `emailed_at` where it is still empty, so two senders never mail one notice twice.

Nobody gets fifteen mails about one thread: a new notice whose group already has a mailed notice the member
has not read yet is not mailed again (it is marked as covered by that mail).
"""
from __future__ import annotations

from collections import defaultdict
from datetime import timedelta

from flask import current_app
from flask_babel import force_locale
from flask_babel import gettext as _
from sqlalchemy import event, exists, func, select, update
from sqlalchemy.orm import Session, aliased

from app.accounts.models import User
from app.core import database
from app.core.links import absolute, absolute_url, building_links
from app.core.logging import get_logger
from app.core.mail import send_mail
from app.core.timeutil import utcnow
from app.extensions import db
from app.notifications import queries
from app.notifications.models import EmailChoice, Notification, NotificationSetting
from app.notifications.services import PENDING_MAIL
from app.notifications.texts import describe, detail, target_url

log = get_logger("notifications")
DIGEST_MAX_LINES = 50
PENDING_MAX_AGE = timedelta(days=1)  # send-pending does not dig up old notices of a member who just switched


def install_session_hooks() -> None:
    event.listen(Session, "after_commit", _after_commit)
    event.listen(Session, "after_transaction_end", _after_transaction_end)


def _after_commit(session: Session) -> None:
    if session.in_nested_transaction():
        return  # a savepoint was released; the real commit is still to come
    pending = session.info.pop(PENDING_MAIL, None)
    if not pending:
        return
    # Notices added inside a savepoint that was rolled back have no identity: they never existed.
    ids = [state.key[1][0] for state in map(db.inspect, pending) if state.key is not None]
    if not ids:
        return
    try:
        # A fresh app context is a fresh db.session: this one has just committed and may not run SQL.
        with current_app.app_context():
            if _any_immediate(ids):
                send_immediate(ids)
    except Exception:  # noqa: BLE001  (the writer's work is committed; a mail fault must not undo the page)
        log.exception("immediate notification mail failed")


def _any_immediate(ids: list[int]) -> bool:
    """Whether one of these notices is for a member who wants mail at once. Read without the write lock (on
    SQLite): most members do not, and then the writer's commit is followed by no write at all."""
    with database.reading():
        found = db.session.execute(_mailable(EmailChoice.IMMEDIATE).where(Notification.id.in_(ids)).limit(1)
                                   ).first() is not None
        db.session.rollback()
    return found


def _after_transaction_end(session: Session, transaction) -> None:
    if transaction.parent is None:
        session.info.pop(PENDING_MAIL, None)  # rolled back (after a commit the list is already gone)


# -- Choosing ------------------------------------------------------------------------------------------


def _choice_is(choice: EmailChoice):
    chosen = func.coalesce(NotificationSetting.email, EmailChoice.DIGEST.value)
    return chosen == choice.value


def _mailable(choice: EmailChoice, column=Notification.id):
    """Unread, not yet mailed, still visible notices of members with this preference."""
    return (queries.visible(select(column).select_from(Notification))
            .outerjoin(NotificationSetting, NotificationSetting.user_id == Notification.user_id)
            .where(Notification.read_at.is_(None), Notification.emailed_at.is_(None), _choice_is(choice)))


def _covered(query):
    """Leave out notices whose group already has a mailed notice that is still unread."""
    earlier = aliased(Notification)
    return query.where(~exists().where(
        earlier.user_id == Notification.user_id, earlier.group_key == Notification.group_key,
        earlier.id != Notification.id, earlier.emailed_at.is_not(None), earlier.read_at.is_(None)))


def _claim(ids: list[int]) -> list[int]:
    """Mark these notices mailed unless another sender did; returns the ones this sender owns."""
    if not ids:
        return []
    rows = db.session.execute(update(Notification).where(
        Notification.id.in_(ids), Notification.emailed_at.is_(None)).values(emailed_at=utcnow())
        .returning(Notification.id)).scalars().all()
    return list(rows)


def _unclaim(ids: list[int]) -> None:
    db.session.execute(update(Notification).where(Notification.id.in_(ids)).values(emailed_at=None))


def send_immediate(ids: list[int] | None = None) -> int:
    """Mail members who chose `langsung` about these notices (None: every pending one of the last day).

    Returns how many mails were sent.
    """
    query = _mailable(EmailChoice.IMMEDIATE, Notification)
    query = query.where(Notification.id.in_(ids)) if ids is not None else query.where(
        Notification.created_at >= utcnow() - PENDING_MAX_AGE)
    candidates = list(db.session.execute(query.order_by(Notification.id)).scalars())
    if not candidates:
        db.session.commit()
        return 0
    fresh = set(db.session.execute(_covered(select(Notification.id)).where(
        Notification.id.in_([n.id for n in candidates]))).scalars())
    covered = [n.id for n in candidates if n.id not in fresh]
    if covered:
        _claim(covered)
        db.session.commit()
    # Several fresh notices of one member (even of one group) go out as one mail, collapsed by group.
    by_user: dict[int, list[int]] = defaultdict(list)
    for notice in candidates:
        if notice.id in fresh:
            by_user[notice.user_id].append(notice.id)
    return sum(_send_one(user_id, owned, digest=False) for user_id, owned in by_user.items())


def send_digests() -> int:
    """One digest per `harian` member with unread, unmailed notices; returns how many were sent."""
    users = db.session.execute(_mailable(EmailChoice.DIGEST, Notification.user_id)
                               .distinct().order_by(Notification.user_id)).scalars().all()
    sent = 0
    for user_id in users:
        ids = db.session.execute(_mailable(EmailChoice.DIGEST).where(Notification.user_id == user_id)).scalars().all()
        sent += _send_one(user_id, list(ids), digest=True)
    return sent


def _send_one(user_id: int, ids: list[int], *, digest: bool) -> int:
    """Claim, compose and send one member's mail; a failed send gives the notices back for the next run."""
    owned = _claim(ids)
    db.session.commit()
    if not owned:
        return 0
    try:
        user = db.session.get(User, user_id)
        notices = sorted(queries.load(owned), key=lambda n: (n.topic_id or 0, n.group_key, n.id))
        with building_links(), force_locale(user.locale or current_app.config["BABEL_DEFAULT_LOCALE"]):
            subject, body = compose(user, notices, digest=digest)
        send_mail(user.email, subject, body)
    except Exception:
        db.session.rollback()
        _unclaim(owned)
        db.session.commit()
        log.exception("notification mail not sent", extra={"user_id": user_id})
        return 0
    return 1


# -- Composing -----------------------------------------------------------------------------------------


def notice_lines(notices: list[Notification]) -> list[str]:
    """One paragraph per group (several replies in one thread are one line), threads kept together (also
    the Telegram messages, app/telegram)."""
    groups: dict[str, list[Notification]] = {}
    for notice in notices:
        groups.setdefault(notice.group_key, []).append(notice)
    lines = []
    for members in groups.values():
        first, latest = members[0], members[-1]
        text = f"- {describe(latest, len(members))}"
        extra = detail(latest)
        if extra:
            text += f"\n  {extra}"
        link = target_url(first)
        if link:
            text += f"\n  {absolute(link)}"
        lines.append(text)
    return lines


def compose(user: User, notices: list[Notification], *, digest: bool) -> tuple[str, str]:
    site = current_app.config["SITE_NAME"]
    lines = notice_lines(notices)
    shown = lines[:DIGEST_MAX_LINES]
    if digest:
        subject = _("[%(site)s] Ringkasan harian: %(n)d pemberitahuan belum dibaca", site=site, n=len(lines))
        intro = _("Berikut pemberitahuan Anda yang belum dibaca:")
        reason = _("Anda menerima ringkasan harian karena memilih email \u201cringkasan harian\u201d.")
    else:
        subject = (_("[%(site)s] %(text)s", site=site, text=describe(notices[-1], len(notices)))
                   if len(lines) == 1 else _("[%(site)s] %(n)d pemberitahuan baru", site=site, n=len(lines)))
        intro = _("Ada kabar baru untuk Anda:")
        reason = _("Anda menerima email ini karena memilih email pemberitahuan \u201clangsung\u201d.")
    parts = [_("Yth. %(name)s,", name=user.name), "", intro, "", "\n\n".join(shown)]
    if len(lines) > len(shown):
        parts += ["", _("... dan %(n)d pemberitahuan lainnya.", n=len(lines) - len(shown))]
    parts += ["", _("Semua pemberitahuan: %(url)s", url=absolute_url("notifications.index")), "",
              reason, _("Ubah pilihan email Anda di %(url)s", url=absolute_url("notifications.settings")),
              "", site]
    # A title may hold a line break or be very long; a subject is one line.
    subject = " ".join(subject.split())
    return (subject[:180] + "\u2026") if len(subject) > 180 else subject, "\n".join(parts) + "\n"
