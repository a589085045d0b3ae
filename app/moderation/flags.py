"""Flags (Laporkan): one per member per post; enough flags from trusted members hide the post at once."""
from __future__ import annotations

from flask import current_app
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import joinedload

from app.accounts.models import User
from app.content import services as content
from app.content.models import Post, PostStatus
from app.content.permissions import ensure_open
from app.content.signals import post_moderated
from app.core.errors import Conflict, PermissionDenied, ValidationFailed
from app.core.permissions import can
from app.core.roles import Permission
from app.core.timeutil import utcnow
from app.extensions import db
from app.moderation import audit
from app.moderation.models import Flag, FlagReason, FlagStatus, ReviewItem, ReviewKind

REASON_LABELS = {
    FlagReason.SPAM: _l("Spam atau iklan"),
    FlagReason.OFFENSIVE: _l("Tidak pantas"),
    FlagReason.OFF_TOPIC: _l("Di luar topik"),
    FlagReason.DUPLICATE: _l("Duplikat"),
    FlagReason.PERSONAL_DATA: _l("Data pribadi warga"),
    FlagReason.OTHER: _l("Lainnya"),
}
NOTE_MAX_LENGTH = 500


def reason_label(reason: str) -> str:
    try:
        return str(REASON_LABELS[FlagReason(reason)])
    except ValueError:
        return reason


def _active(user) -> bool:
    return bool(user is not None and getattr(user, "is_authenticated", False) and not user.is_suspended)


def is_trusted(user: User) -> bool:
    return can(user, Permission.MODERATE) or user.reputation >= int(current_app.config["FLAG_TRUSTED_REPUTATION"])


def open_item(kind: ReviewKind, post: Post, suggestion_id: int | None = None) -> ReviewItem:
    """The open queue entry for this post (and suggestion), made when missing; the caller holds the post lock."""
    query = select(ReviewItem).where(ReviewItem.kind == kind.value, ReviewItem.post_id == post.id,
                                     ReviewItem.status == "open")
    if suggestion_id is not None:
        query = query.where(ReviewItem.suggestion_id == suggestion_id)
    item = db.session.execute(query).scalars().first()
    if item is None:
        item = ReviewItem(kind=kind.value, post_id=post.id, suggestion_id=suggestion_id, status="open",
                          created_at=utcnow())
        db.session.add(item)
        db.session.flush()
    return item


def flag_post(post: Post, member: User, reason: str, note: str | None) -> Flag:
    if not _active(member):
        raise PermissionDenied(_("Masuk dengan akun aktif untuk melaporkan kiriman."))
    ensure_open(member, post)
    if post.author_id == member.id:
        raise ValidationFailed(_("Anda tidak dapat melaporkan kiriman Anda sendiri."))
    if reason not in {r.value for r in FlagReason}:
        raise ValidationFailed(_("Pilih alasan laporan: spam atau iklan, tidak pantas, di luar topik, duplikat, "
                                 "data pribadi warga, atau lainnya."),
                               field="reason")
    note = " ".join((note or "").split())
    if len(note) > NOTE_MAX_LENGTH:
        raise ValidationFailed(_("Catatan paling banyak %(n)d karakter.", n=NOTE_MAX_LENGTH), field="note")
    if reason == FlagReason.OTHER and not note:
        raise ValidationFailed(_("Untuk alasan \u201cLainnya\u201d, jelaskan masalahnya dalam catatan."), field="note")
    # The post's row lock serialises flags of one post: the count that hides it is exact.
    db.session.execute(select(Post.id).where(Post.id == post.id).with_for_update())
    db.session.refresh(post, ["status"])  # as it is now: concurrent flags may have hidden it a moment ago
    if db.session.execute(select(Flag.id).where(Flag.post_id == post.id, Flag.user_id == member.id)).first():
        raise _already()
    flag = Flag(post_id=post.id, user_id=member.id, reason=reason, note=note or None, trusted=is_trusted(member),
                status=FlagStatus.OPEN.value, created_at=utcnow())
    try:
        with db.session.begin_nested():
            db.session.add(flag)
    except IntegrityError as err:
        raise _already() from err
    open_item(ReviewKind.FLAG, post)
    _hide_when_enough(post)
    return flag


def _already() -> Conflict:
    return Conflict(_("Anda sudah melaporkan kiriman ini. Moderator akan meninjaunya."), field="reason")


def _hide_when_enough(post: Post) -> None:
    """FLAG_HIDE_THRESHOLD trusted flags hide a post; one trusted flag for citizens' personal data is enough."""
    trusted, personal = db.session.execute(select(
        func.count(Flag.id), func.count(Flag.id).filter(Flag.reason == FlagReason.PERSONAL_DATA.value)).where(
        Flag.post_id == post.id, Flag.status == FlagStatus.OPEN.value, Flag.trusted.is_(True))).one()
    threshold = int(current_app.config["FLAG_HIDE_THRESHOLD"])
    if personal and threshold > 0:
        threshold = 1
    if threshold <= 0 or trusted < threshold or post.status != PostStatus.PUBLISHED:
        return
    before = {"status": post.status}
    content.change_status(post, PostStatus.HIDDEN, None)
    reason = _("Disembunyikan otomatis setelah %(n)d laporan; menunggu tinjauan moderator.", n=trusted)
    audit.write("auto_hide", None, post=post, reason=reason, before=before, after={"status": post.status})
    post_moderated.send(post, action="auto_hide", actor=None, reason=reason)


def settle(post: Post, actor: User, status: FlagStatus) -> int:
    """Close the open flags of a post (and its queue entry); returns how many flags were open."""
    flags = db.session.execute(select(Flag).where(Flag.post_id == post.id, Flag.status == FlagStatus.OPEN.value)) \
        .scalars().all()
    now = utcnow()
    for flag in flags:
        flag.status, flag.resolved_at, flag.resolved_by_id = status.value, now, actor.id
    return len(flags)


def open_flags(post_ids: list[int]) -> dict[int, list[Flag]]:
    """Open flags of many posts with their flaggers, in one query (for the queue)."""
    if not post_ids:
        return {}
    rows = db.session.execute(select(Flag).options(joinedload(Flag.user)).where(
        Flag.post_id.in_(post_ids), Flag.status == FlagStatus.OPEN.value).order_by(Flag.created_at)).scalars()
    found: dict[int, list[Flag]] = {}
    for flag in rows:
        found.setdefault(flag.post_id, []).append(flag)
    return found
