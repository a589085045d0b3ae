"""Verbs of notifications: deliver notices, follow and unfollow, mark read, choose the mail preference.

Services never commit; the writer that sent the signal (or the view) does.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from flask_babel import gettext as _
from sqlalchemy import delete, select, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from app.accounts.models import User
from app.content.models import Category, Post, Tag
from app.content.permissions import ensure_visible
from app.core.errors import NotFound, ValidationFailed
from app.core.numbers import parse_id
from app.core.timeutil import utcnow
from app.extensions import db
from app.notifications.models import EmailChoice, Kind, Notification, NotificationSetting, Watch
from app.notifications.queries import visible
from app.notifications.signals import notices_created

# The session's list of notices made in this transaction, mailed after it commits (see mail.py).
PENDING_MAIL = "notifications.pending_mail"


@dataclass(frozen=True)
class Event:
    """What a notice says, before it is addressed to anyone."""

    kind: Kind
    actor_id: int | None
    post_id: int | None = None
    topic_id: int | None = None
    comment_id: int | None = None
    ref: str | None = None
    text: str | None = None
    subject_id: int | None = None
    group: str | None = None  # the kind and the top-level post unless said otherwise

    @property
    def group_key(self) -> str:
        return self.group or f"{self.kind.value}:{self.topic_id or self.subject_id or 0}"


def deliver(addressed: Iterable[tuple[int | None, Event]]) -> list[Notification]:
    """One notice per recipient: the first rule that names a member wins, and the actor is never told."""
    seen: set[int] = set()
    made: list[Notification] = []
    now = utcnow()
    for user_id, event in addressed:
        if user_id is None or user_id in seen or user_id == event.actor_id:
            continue
        seen.add(user_id)
        made.append(Notification(
            user_id=user_id, kind=event.kind.value, actor_id=event.actor_id, post_id=event.post_id,
            topic_id=event.topic_id, comment_id=event.comment_id, group_key=event.group_key[:64],
            ref=(event.ref or None) and event.ref[:64], text=(event.text or None) and event.text[:500],
            subject_id=event.subject_id, created_at=now))
    if made:
        db.session.add_all(made)
        db.session.info.setdefault(PENDING_MAIL, []).extend(made)
        notices_created.send(made)  # e.g. app/telegram queues its messages in this same transaction
    return made


def tell_verification(member_id: int, actor_id: int | None, outcome: str, reason: str | None = None) -> None:
    """The member learns that their verification as ASN was "approved", "refused" or "withdrawn", and why."""
    deliver([(member_id, Event(Kind.VERIFICATION, actor_id, ref=outcome, text=reason,
                               group=f"{Kind.VERIFICATION.value}:{member_id}:{outcome}"))])


# -- Watches ----------------------------------------------------------------------------------------------


def _insert():
    return postgresql_insert if db.session.get_bind().dialect.name == "postgresql" else sqlite_insert


def follow_post(user_id: int, post_id: int) -> None:
    """Follow a post unless this member already decided about it (an explicit "stop following" stays)."""
    db.session.execute(_insert()(Watch).values(user_id=user_id, post_id=post_id, watching=True, created_at=utcnow())
                       .on_conflict_do_nothing(index_elements=["user_id", "post_id"]))


def post_followers(post_id: int) -> list[int]:
    return list(db.session.execute(select(Watch.user_id).where(
        Watch.post_id == post_id, Watch.watching.is_(True)).order_by(Watch.id)).scalars())


def watch_states(post_id: int) -> dict[int, bool]:
    """Every member who decided about this post: True follows, False stopped following (in watch order)."""
    return {uid: bool(watching) for uid, watching in db.session.execute(
        select(Watch.user_id, Watch.watching).where(Watch.post_id == post_id).order_by(Watch.id))}


def unfollowed(user_id: int, post_id: int) -> bool:
    return db.session.execute(select(Watch.id).where(
        Watch.user_id == user_id, Watch.post_id == post_id, Watch.watching.is_(False))).first() is not None


def resolve_target(user: User, *, post: str | None, tag: str | None, category: str | None):
    """The post (its top-level post), tag or category a watch form names; NotFound when there is none."""
    given = [value for value in (post, tag, category) if value]
    if len(given) != 1:
        raise ValidationFailed(_("Pilih satu kiriman, tag, atau kategori untuk diikuti."))
    if post:
        found = db.session.get(Post, parse_id(post)) if parse_id(post) is not None else None
        found = ensure_visible(user, found)
        if found.parent_id is not None:
            found = ensure_visible(user, db.session.get(Post, found.parent_id))
        return found
    if tag:
        found = db.session.execute(select(Tag).where(Tag.name == tag.strip().lower()[:40])).scalar_one_or_none()
        if found is None:
            raise NotFound(_("Tag tidak ditemukan."))
        return found
    found = db.session.execute(select(Category).where(Category.slug == category.strip()[:80])).scalar_one_or_none()
    if found is None:
        raise NotFound(_("Kategori tidak ditemukan."))
    return found


def _column(target):
    if isinstance(target, Post):
        return Watch.post_id
    return Watch.tag_id if isinstance(target, Tag) else Watch.category_id


def set_watch(user: User, target, watching: bool) -> bool:
    """Follow or stop following; returns whether anything changed."""
    column = _column(target)
    current = db.session.execute(select(Watch).where(Watch.user_id == user.id, column == target.id)
                                 ).scalar_one_or_none()
    if isinstance(target, Post):
        if current is None:
            # An author follows their own post without a row (posts older than watches): keep the choice.
            db.session.execute(_insert()(Watch).values(user_id=user.id, post_id=target.id, watching=watching,
                                                       created_at=utcnow())
                               .on_conflict_do_update(index_elements=["user_id", "post_id"],
                                                      set_={"watching": watching}))
            return True
        changed = current.watching != watching
        current.watching = watching
        return changed
    if watching and current is None:
        db.session.execute(_insert()(Watch).values(user_id=user.id, watching=True, created_at=utcnow(),
                                                   **{column.key: target.id})
                           .on_conflict_do_nothing(index_elements=["user_id", column.key]))
        return True
    if not watching and current is not None:
        db.session.execute(delete(Watch).where(Watch.id == current.id))
        return True
    return False


# -- Reading --------------------------------------------------------------------------------------------


def own_notice(user: User, notice_id: int) -> Notification:
    notice = db.session.execute(select(Notification).where(
        Notification.id == notice_id, Notification.user_id == user.id)).scalar_one_or_none()
    if notice is None:
        raise NotFound(_("Pemberitahuan tidak ditemukan."))
    return notice


def mark_read(user: User, notice_id: int) -> Notification:
    """Mark the notice and the rest of its group read (the list shows a group as one line).

    Returns the notice to open: the earliest of the group still unread and visible, else this one.
    """
    notice = own_notice(user, notice_id)
    first_unread = db.session.execute(visible(select(Notification)).where(
        Notification.user_id == user.id, Notification.group_key == notice.group_key,
        Notification.read_at.is_(None)).order_by(Notification.id).limit(1)).scalar_one_or_none()
    db.session.execute(update(Notification).where(
        Notification.user_id == user.id, Notification.group_key == notice.group_key,
        Notification.read_at.is_(None)).values(read_at=utcnow()))
    return first_unread or notice


def mark_all_read(user: User) -> int:
    result = db.session.execute(update(Notification).where(
        Notification.user_id == user.id, Notification.read_at.is_(None)).values(read_at=utcnow()))
    return result.rowcount or 0


def mark_subject_read(kind: Kind, subject_id: int) -> None:
    """A suggestion someone else already reviewed no longer waits for anyone."""
    db.session.execute(update(Notification).where(
        Notification.kind == kind.value, Notification.subject_id == subject_id,
        Notification.read_at.is_(None)).values(read_at=utcnow()))


# -- Mail preference -----------------------------------------------------------------------------------


def email_choice(user_id: int) -> EmailChoice:
    value = db.session.execute(select(NotificationSetting.email).where(
        NotificationSetting.user_id == user_id)).scalar_one_or_none()
    return EmailChoice(value) if value else EmailChoice.DIGEST


def set_email_choice(user: User, value: str | None) -> bool:
    try:
        choice = EmailChoice((value or "").strip())
    except ValueError as err:
        raise ValidationFailed(_("Pilih salah satu: langsung, ringkasan harian, atau mati."), field="email") from err
    setting = db.session.get(NotificationSetting, user.id)
    if setting is None:
        db.session.add(NotificationSetting(user_id=user.id, email=choice.value, updated_at=utcnow()))
        return choice != EmailChoice.DIGEST
    if setting.email == choice.value:
        return False
    setting.email, setting.updated_at = choice.value, utcnow()
    return True
