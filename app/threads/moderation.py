"""Merge and move: the moderation actions only discussions have, offered through content's moderation hooks."""
from __future__ import annotations

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlalchemy import select

from app.accounts.models import User
from app.content import queries
from app.content import services as content
from app.content.models import Category, Post, PostStatus
from app.content.moderation_hooks import PostAction, register_actions, target_post
from app.core.errors import ValidationFailed
from app.extensions import db
from app.threads.models import Reply
from app.threads.services import recount_category


class Merge(PostAction):
    """Move a thread's replies into another thread; its opening post becomes the first of them, and the old
    address leads to the target."""

    def ready(self, post):
        return post.merged_into_id is None and post.status == PostStatus.PUBLISHED

    def apply(self, post, actor, into=None, **params):
        target = target_post(into, "thread", _("Diskusi tujuan"), "into")
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


class Move(PostAction):
    def apply(self, post, actor, category=None, **params):
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


def register_moderation_actions() -> None:
    register_actions(
        Merge("merge", _l("Gabungkan ke diskusi lain"), kinds=frozenset({"thread"}), params=("into",), bulk=False),
        Move("move", _l("Pindahkan kategori"), kinds=frozenset({"thread"}), params=("category",)),
    )
