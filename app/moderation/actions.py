"""Moderation actions as objects: each says where it applies, changes one post, and is written to the audit log.

`perform(name, posts, actor, reason, **params)` serves one post or a bulk selection alike and returns what
changed; an action that finds the post already in the wanted state changes nothing and logs nothing.
"""
from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, field

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlalchemy import select

from app.accounts.models import User
from app.content import queries
from app.content import services as content
from app.content.models import Category, Post, PostStatus
from app.content.signals import post_moderated
from app.core.errors import NotFound, PermissionDenied, ValidationFailed
from app.core.numbers import parse_id
from app.core.permissions import can
from app.core.roles import Permission
from app.extensions import db
from app.moderation import audit
from app.moderation.models import ModerationAction

TOP_LEVEL = frozenset({"article", "question", "thread"})


def state(post: Post) -> dict:
    """What the audit log keeps of a post before and after an action."""
    return {"status": post.status, "locked": post.locked, "pinned": post.pinned, "featured": post.featured,
            "category_id": post.category_id, "duplicate_of_id": post.duplicate_of_id,
            "merged_into_id": post.merged_into_id, "parent_id": post.parent_id}


@dataclass(frozen=True)
class Action(ABC):
    name: str
    label: object
    kinds: frozenset[str] = TOP_LEVEL | {"answer", "reply"}
    params: tuple[str, ...] = ()
    bulk: bool = True  # offered for a selection in the queue

    def applies(self, post: Post) -> bool:
        return post.kind in self.kinds and self.ready(post)

    def ready(self, post: Post) -> bool:
        return True

    @abstractmethod
    def apply(self, post: Post, actor: User, **params) -> bool:
        """Change the post; True when something changed (the caller logs it and tells the author)."""


@dataclass(frozen=True)
class StatusAction(Action):
    to: PostStatus = PostStatus.HIDDEN
    source: frozenset[str] = field(default_factory=frozenset)

    def ready(self, post):
        # A merged thread lives on as replies of its target: bringing it back would show its text twice.
        return post.status in self.source and not (self.to == PostStatus.PUBLISHED and post.merged_into_id)

    def apply(self, post, actor, **params):
        return content.change_status(post, self.to, actor)


@dataclass(frozen=True)
class FlagAction(Action):
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


class CloseDuplicate(Action):
    def ready(self, post):
        return post.duplicate_of_id is None

    def apply(self, post, actor, duplicate_of=None, **params):
        original = _target(duplicate_of, "question", _("Pertanyaan asli"))
        if original.id == post.id:
            raise ValidationFailed(_("Pertanyaan tidak dapat menjadi duplikat dirinya sendiri."), field="duplicate_of")
        if original.duplicate_of_id == post.id:
            raise ValidationFailed(_("Pertanyaan asli itu sendiri ditutup sebagai duplikat pertanyaan ini."),
                                   field="duplicate_of")
        post.duplicate_of_id, post.locked = original.id, True
        return True


class Reopen(Action):
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


class Merge(Action):
    """Move a thread's replies into another thread; its opening post becomes the first of them, and the old
    address leads to the target."""

    def ready(self, post):
        return post.merged_into_id is None and post.status == PostStatus.PUBLISHED

    def apply(self, post, actor, into=None, **params):
        from app.threads.models import Reply

        target = _target(into, "thread", _("Diskusi tujuan"))
        if target.id == post.id:
            raise ValidationFailed(_("Diskusi tidak dapat digabungkan dengan dirinya sendiri."), field="into")
        author = db.session.get(User, post.author_id)
        opening = content.new_post(Reply, author, parent_id=target.id, body_md=post.body_md,
                                   body_html=post.body_html)
        opening.agency_id, opening.created_at = post.agency_id, post.created_at
        db.session.add(opening)
        db.session.flush()
        content.record_revision(opening, author, _("Dipindahkan dari diskusi \u201c%(title)s\u201d",
                                                   title=post.title))
        # Through the ORM, one by one, so that the search outbox sees every moved reply.
        for reply in db.session.execute(select(Post).where(Post.parent_id == post.id)).scalars():
            reply.parent_id = target.id
        post.merged_into_id = target.id
        content.change_status(post, PostStatus.HIDDEN, actor)
        content.recount_children(target)
        content.bump_activity(target)
        return True


class Move(Action):
    def apply(self, post, actor, category=None, **params):
        from app.threads.services import recount_category

        chosen = queries.find_category(category)
        if chosen is None:
            raise ValidationFailed(_("Pilih kategori dari daftar."), field="category")
        if chosen.id == post.category_id:
            return False
        old = db.session.get(Category, post.category_id) if post.category_id else None
        post.category_id = chosen.id
        db.session.flush()
        recount_category(chosen)
        if old is not None:
            recount_category(old)
        return True


def _target(raw, kind: str, what: str) -> Post:
    parts = str(raw or "").strip()[:300].rstrip("/").rsplit("/", 2)
    # Accept an id or a pasted address such as /questions/12/judul.
    post_id = next((parse_id(part) for part in reversed(parts) if parse_id(part) is not None), None)
    post = queries.load_post(post_id, kind) if post_id is not None else None
    if post is None or post.status != PostStatus.PUBLISHED:
        raise ValidationFailed(_("%(what)s tidak ditemukan; tuliskan nomor atau alamatnya.", what=what),
                               field="duplicate_of" if kind == "question" else "into")
    return post


_ARTICLE = frozenset({"article"})
ACTIONS: dict[str, Action] = {a.name: a for a in (
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
    Merge("merge", _l("Gabungkan ke diskusi lain"), kinds=frozenset({"thread"}), params=("into",), bulk=False),
    Move("move", _l("Pindahkan kategori"), kinds=frozenset({"thread"}), params=("category",)),
)}


@dataclass
class Outcome:
    post: Post
    changed: bool


def get_action(name: str) -> Action:
    action = ACTIONS.get(name)
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
