"""Moderation actions as objects: each says where it applies, changes one post, and is written to the audit log.

`perform(name, posts, actor, reason, **params)` serves one post or a bulk selection alike and returns what
changed; an action that finds the post already in the wanted state changes nothing and logs nothing.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlalchemy import select

from app.accounts.models import User
from app.content import services as content
from app.content.models import Post, PostStatus
from app.content.moderation_hooks import TOP_LEVEL, PostAction, registered_actions, target_post
from app.content.signals import post_moderated
from app.core.errors import NotFound, PermissionDenied, ValidationFailed
from app.core.permissions import can
from app.core.roles import Permission
from app.extensions import db
from app.moderation import audit
from app.moderation.models import ModerationAction


def state(post: Post) -> dict:
    """What the audit log keeps of a post before and after an action."""
    return {"status": post.status, "locked": post.locked, "pinned": post.pinned, "featured": post.featured,
            "category_id": post.category_id, "duplicate_of_id": post.duplicate_of_id,
            "merged_into_id": post.merged_into_id, "parent_id": post.parent_id}


@dataclass(frozen=True)
class StatusAction(PostAction):
    to: PostStatus = PostStatus.HIDDEN
    source: frozenset[str] = field(default_factory=frozenset)

    def ready(self, post):
        # A merged thread lives on as replies of its target: bringing it back would show its text twice.
        return post.status in self.source and not (self.to == PostStatus.PUBLISHED and post.merged_into_id)

    def apply(self, post, actor, **params):
        return content.change_status(post, self.to, actor)


@dataclass(frozen=True)
class FlagAction(PostAction):
    """lock/unlock, pin/unpin, feature/unfeature: one boolean column."""

    column: str = "locked"
    value: bool = True

    def ready(self, post):
        return getattr(post, self.column) != self.value

    def apply(self, post, actor, **params):
        if getattr(post, self.column) == self.value:
            return False
        setattr(post, self.column, self.value)
        return True


class CloseDuplicate(PostAction):
    def ready(self, post):
        return post.duplicate_of_id is None

    def apply(self, post, actor, duplicate_of=None, **params):
        original = target_post(duplicate_of, "question", _("Pertanyaan asli"), "duplicate_of")
        if original.id == post.id:
            raise ValidationFailed(_("Pertanyaan tidak dapat menjadi duplikat dirinya sendiri."), field="duplicate_of")
        if original.duplicate_of_id == post.id:
            raise ValidationFailed(_("Pertanyaan asli itu sendiri ditutup sebagai duplikat pertanyaan ini."),
                                   field="duplicate_of")
        post.duplicate_of_id, post.locked = original.id, True
        return True


class Reopen(PostAction):
    def ready(self, post):
        return post.duplicate_of_id is not None

    def apply(self, post, actor, **params):
        if post.duplicate_of_id is None:
            return False
        # The close locked the question; a lock it already had before that stays.
        closed = db.session.execute(select(ModerationAction.before).where(
            ModerationAction.post_id == post.id, ModerationAction.action == "close_duplicate")
            .order_by(ModerationAction.id.desc()).limit(1)).scalar_one_or_none()
        post.duplicate_of_id = None
        post.locked = bool(closed and closed.get("locked"))
        return True


_ARTICLE = frozenset({"article"})
ACTIONS: dict[str, PostAction] = {a.name: a for a in (
    StatusAction("hide", _l("Sembunyikan"), to=PostStatus.HIDDEN, source=frozenset({PostStatus.PUBLISHED.value})),
    StatusAction("unhide", _l("Tampilkan lagi"), to=PostStatus.PUBLISHED, source=frozenset({PostStatus.HIDDEN.value})),
    StatusAction("delete", _l("Hapus"), to=PostStatus.DELETED,
                 source=frozenset({PostStatus.PUBLISHED.value, PostStatus.HIDDEN.value})),
    StatusAction("restore", _l("Pulihkan"), to=PostStatus.PUBLISHED, source=frozenset({PostStatus.DELETED.value})),
    FlagAction("lock", _l("Tutup"), kinds=TOP_LEVEL, column="locked", value=True),
    FlagAction("unlock", _l("Buka"), kinds=TOP_LEVEL, column="locked", value=False),
    FlagAction("pin", _l("Sematkan"), kinds=TOP_LEVEL, column="pinned", value=True),
    FlagAction("unpin", _l("Lepas sematan"), kinds=TOP_LEVEL, column="pinned", value=False),
    FlagAction("feature", _l("Jadikan Praktik Baik Pilihan"), kinds=_ARTICLE, column="featured", value=True),
    FlagAction("unfeature", _l("Lepas dari Praktik Baik Pilihan"), kinds=_ARTICLE, column="featured", value=False),
    CloseDuplicate("close_duplicate", _l("Tutup sebagai duplikat"), kinds=frozenset({"question"}),
                   params=("duplicate_of",), bulk=False),
    Reopen("reopen", _l("Buka kembali"), kinds=frozenset({"question"})),
)}


@dataclass
class Outcome:
    post: Post
    changed: bool


def available() -> dict[str, PostAction]:
    """Moderation's own actions, then those the features registered (threads: merge and move)."""
    return {**ACTIONS, **registered_actions()}


def get_action(name: str) -> PostAction:
    action = available().get(name)
    if action is None:
        raise NotFound(_("Tindakan moderasi \u201c%(name)s\u201d tidak dikenal.", name=name[:40]))
    return action


def perform(name: str, posts: list[Post], actor: User, reason: str | None = None, **params) -> list[Outcome]:
    """Apply one action to each post (all or nothing: a bad parameter fails the whole selection)."""
    if not can(actor, Permission.MODERATE):
        raise PermissionDenied(_("Hanya moderator yang dapat melakukan tindakan ini."))
    action = get_action(name)
    reason = (reason or "").strip()
    if len(reason) > 500:
        raise ValidationFailed(_("Alasan paling banyak 500 karakter."), field="reason")
    outcomes = []
    for post in posts:
        if post.kind not in action.kinds:
            raise ValidationFailed(_("Tindakan \u201c%(action)s\u201d tidak berlaku untuk kiriman ini.",
                                     action=action.label))
        db.session.execute(select(Post.id).where(Post.id == post.id).with_for_update())
        db.session.refresh(post)
        before = state(post)
        changed = action.ready(post) and action.apply(post, actor, **params)
        if changed:
            db.session.flush()
            audit.write(name, actor, post=post, reason=reason, before=before, after=state(post))
            post_moderated.send(post, action=name, actor=actor, reason=reason or None)
        outcomes.append(Outcome(post, bool(changed)))
    return outcomes
