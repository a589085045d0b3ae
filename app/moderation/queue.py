"""The one review queue at /moderation/: flagged posts, first posts of new members, edits waiting for review.

Moderators see and decide everything; members with the review privilege see first posts and edits. A
decision is one of: claim, approve (the content is fine), dismiss (it leaves the queue; a suggested edit is
rejected), or a moderation action on the post (hide, delete, lock ...), and serves one item or a selection.
"""
from __future__ import annotations

from dataclasses import dataclass

from flask_babel import gettext as _
from sqlalchemy import Select, and_, case, func, or_, select
from sqlalchemy.orm import joinedload

from app.accounts.models import User
from app.content import queries
from app.content.models import Post, PostStatus
from app.content.moderation_hooks import suggestion_review
from app.core.errors import PermissionDenied, ValidationFailed
from app.core.permissions import can
from app.core.roles import Permission
from app.core.timeutil import utcnow
from app.extensions import db
from app.moderation import actions, audit, flags
from app.moderation.models import Flag, FlagReason, FlagStatus, ReviewItem, ReviewKind
from app.reputation.privileges import has_privilege

QUEUE_ACTIONS = ("hide", "delete", "lock")  # the actions offered on a queue entry and for a selection
DECISIONS = ("claim", "approve", "dismiss", *QUEUE_ACTIONS)


def is_moderator(user) -> bool:
    return can(user, Permission.MODERATE)


def can_use(user) -> bool:
    return is_moderator(user) or has_privilege(user, "review")


def kinds_for(user) -> tuple[str, ...]:
    if is_moderator(user):
        return tuple(k.value for k in ReviewKind)
    if has_privilege(user, "review"):
        return (ReviewKind.FIRST_POST.value, ReviewKind.EDIT.value)
    return ()


def _open(user, kind: str | None = None) -> Select:
    kinds = kinds_for(user)
    if kind:
        kinds = tuple(k for k in kinds if k == kind)
    # Hidden posts stay in the queue for moderators (flags may have hidden them); reviewers never see them.
    statuses = [PostStatus.PUBLISHED.value] + ([PostStatus.HIDDEN.value] if is_moderator(user) else [])
    return (select(ReviewItem)
            .join(Post, Post.id == ReviewItem.post_id)
            .where(ReviewItem.status == "open", ReviewItem.kind.in_(kinds), Post.status.in_(statuses),
                   or_(ReviewItem.kind != ReviewKind.EDIT.value,
                       ReviewItem.suggestion_id.in_(suggestion_review().pending_ids()))))


def open_query(user, kind: str | None = None) -> Select:
    """Open entries this member may decide, oldest first but reports of citizens' personal data before all else;
    edits only while the suggestion waits."""
    personal = select(Flag.id).where(Flag.post_id == ReviewItem.post_id, Flag.status == FlagStatus.OPEN.value,
                                     Flag.reason == FlagReason.PERSONAL_DATA.value).exists()
    urgent = case((and_(ReviewItem.kind == ReviewKind.FLAG.value, personal), 0), else_=1)
    return (_open(user, kind)
            .options(joinedload(ReviewItem.post).joinedload(Post.author), joinedload(ReviewItem.claimed_by))
            .order_by(urgent, ReviewItem.created_at, ReviewItem.id))


def counts(user) -> dict[str, int]:
    query = _open(user).with_only_columns(ReviewItem.kind, func.count(ReviewItem.id)).group_by(ReviewItem.kind)
    return dict(db.session.execute(query).all())


@dataclass
class Entry:
    item: ReviewItem
    flags: list
    suggestion: object | None  # an edit suggestion, from the feature that registered their review


def entries(items: list[ReviewItem]) -> list[Entry]:
    """Attach the open flags and the suggestion of each entry in two queries."""
    by_post = flags.open_flags([i.post_id for i in items if i.kind == ReviewKind.FLAG.value])
    found = suggestion_review().load([i.suggestion_id for i in items if i.suggestion_id])
    return [Entry(i, by_post.get(i.post_id, []), found.get(i.suggestion_id)) for i in items]


def load(ids: list[int], user) -> list[ReviewItem]:
    if not ids:
        raise ValidationFailed(_("Pilih sedikitnya satu entri antrean."), field="items")
    items = list(db.session.execute(open_query(user).where(ReviewItem.id.in_(ids))).unique().scalars())
    if not items:
        raise ValidationFailed(_("Entri yang dipilih sudah ditinjau orang lain atau tidak dapat Anda tinjau."),
                               field="items")
    return items


def decide(items: list[ReviewItem], user: User, decision: str, reason: str | None = None) -> int:
    """Apply one decision to each entry; returns how many entries it settled (or claimed)."""
    if not can_use(user):
        raise PermissionDenied(_("Antrean tinjauan memerlukan reputasi atau peran moderator."))
    if decision not in DECISIONS:
        raise ValidationFailed(_("Pilih keputusan: klaim, setujui, abaikan, sembunyikan, hapus atau tutup."),
                               field="decision")
    if decision in QUEUE_ACTIONS and not is_moderator(user):
        raise PermissionDenied(_("Hanya moderator yang dapat menyembunyikan, menghapus atau menutup kiriman."))
    done = 0
    for item in items:
        # Read the entry again under a lock: another moderator may have settled it a moment ago.
        status = db.session.execute(select(ReviewItem.status).where(ReviewItem.id == item.id)
                                    .with_for_update()).scalar_one()
        if status != "open":
            continue
        if decision == "claim":
            item.claimed_by_id, item.claimed_at = user.id, utcnow()
            done += 1
            continue
        post = queries.load_post(item.post_id)
        if item.kind == ReviewKind.EDIT.value:
            suggestion_review().decide(item.suggestion_id, post, user, decision, reason)
        elif decision in QUEUE_ACTIONS:
            actions.perform(decision, [post], user, reason)
            flags.settle(post, user, FlagStatus.ACTIONED)
        else:
            _approve_or_dismiss(item, post, user, decision, reason)
        _close(item, user, "approved" if decision == "approve" else decision)
        done += 1
    return done


def _approve_or_dismiss(item: ReviewItem, post: Post, user: User, decision: str, reason: str | None) -> None:
    flagged = item.kind == ReviewKind.FLAG.value
    if flagged:
        flags.settle(post, user, FlagStatus.DISMISSED)
        if decision == "approve" and post.status == PostStatus.HIDDEN:
            actions.perform("unhide", [post], user, reason)  # the flags were wrong: the post comes back
    name = "approve" if decision == "approve" else ("dismiss_flags" if flagged else "dismiss")
    audit.write(name, user, post=post, reason=reason)


def _close(item: ReviewItem, user: User, resolution: str) -> None:
    item.status, item.resolution = "done", resolution
    item.resolved_by_id, item.resolved_at = user.id, utcnow()


def close_for_post(post: Post, user: User, resolution: str) -> None:
    """A moderator hid, deleted or merged the post elsewhere: its open flag and first-post entries are settled."""
    for item in db.session.execute(select(ReviewItem).where(
            ReviewItem.post_id == post.id, ReviewItem.status == "open",
            ReviewItem.kind.in_([ReviewKind.FLAG.value, ReviewKind.FIRST_POST.value]))).scalars():
        if item.kind == ReviewKind.FLAG.value:
            flags.settle(post, user, FlagStatus.ACTIONED)
        _close(item, user, resolution)
