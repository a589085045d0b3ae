"""The home's panels read from the floors below the features: the first-post checklist, drafts, what the member
follows, unanswered questions in their tags, what changed on their posts, and the approvals waiting for an
agency operator. Features register theirs in their own init_app (app/core/home_panels.py)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from flask import Flask
from flask_babel import lazy_gettext as _l
from sqlalchemy import or_, select
from sqlalchemy.orm import aliased, joinedload

from app.accounts.operators import waiting_count
from app.content import queries
from app.content.models import Comment, Post, PostStatus, Revision, post_tags
from app.core import home_panels
from app.core.timeutil import utcnow
from app.extensions import db
from app.notifications.models import Watch

LIMIT = 5
RECENT_DAYS = 30
NEW_MEMBER_DAYS = 14
PUBLISHED = PostStatus.PUBLISHED.value
GUIDE_URL = "/bantuan/menulis-praktik-baik"


@dataclass
class Item:
    title: str
    url: str
    note: str = ""
    when: datetime | None = None


def _since() -> datetime:
    return utcnow() - timedelta(days=RECENT_DAYS)


def checklist(user) -> dict | None:
    """A new member's first steps (an account of the last two weeks), until their first post is published."""
    if user.created_at < utcnow() - timedelta(days=NEW_MEMBER_DAYS):
        return None
    published = db.session.execute(select(Post.id).where(Post.author_id == user.id, Post.status == PUBLISHED)
                                   .limit(1)).first()
    if published is not None:
        return None
    return {"email": user.email_confirmed, "profile": bool(user.position and user.bio), "guide": GUIDE_URL}


def drafts(user) -> list[Post]:
    return list(db.session.execute(
        select(Post).where(Post.author_id == user.id, Post.status == PostStatus.DRAFT.value)
        .order_by(Post.updated_at.desc(), Post.id.desc()).limit(LIMIT)).scalars())


def following(user) -> list[Item]:
    """New posts of others in the tags, categories and posts the member follows (last 30 days)."""
    def watched(column):
        return select(column).where(Watch.user_id == user.id, Watch.watching.is_(True), column.is_not(None))

    in_tags = Post.id.in_(select(post_tags.c.post_id).where(post_tags.c.tag_id.in_(watched(Watch.tag_id))))
    query = (select(Post).where(Post.status == PUBLISHED, Post.author_id != user.id, Post.created_at >= _since(),
                                Post.kind.in_(("article", "question", "thread", "answer", "reply")),
                                or_(in_tags, Post.category_id.in_(watched(Watch.category_id)),
                                    Post.parent_id.in_(watched(Watch.post_id))),
                                queries.under_published_parent())
             .options(joinedload(Post.author)).order_by(Post.created_at.desc(), Post.id.desc()).limit(4 * LIMIT))
    posts = list(db.session.execute(query).scalars())
    parents = queries.parents_of(posts)
    items, seen = [], set()
    for post in posts:
        if (post.parent_id or post.id) in seen or len(items) == LIMIT:
            continue  # a busy thread once, with its newest reply
        seen.add(post.parent_id or post.id)
        parent = parents.get(post.parent_id)
        title = post.title or (parent.title if parent else "")
        note = (_l("%(name)s membalas", name=post.author.name) if parent
                else _l("%(name)s menulis", name=post.author.name))
        items.append(Item(title or "", post.url(), str(note), post.created_at))
    return items


def unanswered(user) -> dict:
    """Questions of others without an answer in the tags the member follows or writes in."""
    own_tags = (select(post_tags.c.tag_id).join(Post, Post.id == post_tags.c.post_id)
                .where(Post.author_id == user.id, Post.status == PUBLISHED))
    followed = select(Watch.tag_id).where(Watch.user_id == user.id, Watch.watching.is_(True),
                                          Watch.tag_id.is_not(None))
    tagged = select(post_tags.c.post_id).where(or_(post_tags.c.tag_id.in_(own_tags), post_tags.c.tag_id.in_(followed)))
    query = (queries.list_query("question", unanswered=True)
             .where(Post.author_id != user.id, Post.id.in_(tagged)).limit(LIMIT))
    return {"questions": list(db.session.execute(query).unique().scalars())}


def changes(user) -> list[Item]:
    """Answers, replies, comments and edits of others on the member's posts in the last 30 days, newest first."""
    mine = select(Post.id).where(Post.author_id == user.id, Post.status == PUBLISHED)
    since = _since()
    parent = aliased(Post)
    children = db.session.execute(
        select(Post, parent.title, parent.id).join(parent, parent.id == Post.parent_id)
        .where(Post.parent_id.in_(mine), Post.author_id != user.id, Post.status == PUBLISHED,
               Post.created_at >= since)
        .options(joinedload(Post.author)).order_by(Post.created_at.desc()).limit(LIMIT)).all()
    comments = db.session.execute(
        select(Comment, Post).join(Post, Post.id == Comment.post_id)
        .where(Comment.post_id.in_(mine), Comment.author_id != user.id, Comment.status == PUBLISHED,
               Comment.created_at >= since)
        .options(joinedload(Comment.author)).order_by(Comment.created_at.desc()).limit(LIMIT)).all()
    edits = db.session.execute(
        select(Revision, Post).join(Post, Post.id == Revision.post_id)
        .where(Revision.post_id.in_(mine), Revision.editor_id != user.id, Revision.created_at >= since)
        .options(joinedload(Revision.editor)).order_by(Revision.created_at.desc()).limit(LIMIT)).all()
    items = [Item(title or "", child.url(), str(_l("%(name)s menjawab", name=child.author.name)
                                                if child.kind == "answer"
                                                else _l("%(name)s membalas", name=child.author.name)),
                  child.created_at) for child, title, _id in children]
    items += [Item(post.title or "", post.url(), str(_l("%(name)s berkomentar", name=comment.author.name)),
                   comment.created_at) for comment, post in comments]
    items += [Item(post.title or "", post.url(), str(_l("%(name)s menyunting", name=revision.editor.name)),
                   revision.created_at) for revision, post in edits]
    return sorted(items, key=lambda item: item.when, reverse=True)[:LIMIT]


def approvals(user) -> dict | None:
    count = waiting_count(user)
    return None if count is None else {"count": count}


def init_app(app: Flask) -> None:
    for order, name, load in ((5, "checklist", checklist), (20, "drafts", drafts), (30, "following", following),
                              (40, "unanswered", unanswered), (50, "changes", changes),
                              (70, "approvals", approvals)):
        home_panels.register(app, name, f"home/{name}.html", load, order)
