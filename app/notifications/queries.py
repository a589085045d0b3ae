"""Read side: the bell's count, the list of notices collapsed by group, and what a member follows.

A notice is shown, counted and mailed only while its post, its top-level post and its comment are all
published, so hidden and deleted content disappears from everyone's notices (moderators included: they
find it in the moderation pages). A moderator's action is the exception: its notice tells the author
what happened to a post they can no longer see.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from sqlalchemy import Select, and_, bindparam, case, func, or_, select
from sqlalchemy.orm import aliased, joinedload

from app.content.models import Category, Comment, Post, PostStatus, Tag
from app.core.pagination import Page
from app.extensions import db
from app.notifications.models import Kind, Notification, Watch

PUBLISHED = PostStatus.PUBLISHED.value


# Built once: aliasing a mapped class costs more than the query it serves, and the same aliases let
# SQLAlchemy reuse the compiled statement.
_POST, _TOPIC = aliased(Post), aliased(Post)


def visible(query: Select) -> Select:
    """Join what a notice points at and keep only notices whose content is still public."""
    post, topic = _POST, _TOPIC
    return (query.outerjoin(post, post.id == Notification.post_id)
            .outerjoin(topic, topic.id == Notification.topic_id)
            .outerjoin(Comment, Comment.id == Notification.comment_id)
            .where(or_(Notification.kind == Kind.MODERATION.value, and_(
                or_(Notification.post_id.is_(None), post.status == PUBLISHED),
                or_(Notification.topic_id.is_(None), topic.status == PUBLISHED),
                or_(Notification.comment_id.is_(None), Comment.status == PUBLISHED)))))


@cache
def _unread() -> Select:
    """Built once (the bell is on every member's page): building it cost more than running it."""
    return visible(select(func.count(func.distinct(Notification.group_key))).select_from(Notification)
                   .where(Notification.user_id == bindparam("user_id"), Notification.read_at.is_(None)))


def unread_count(user_id: int) -> int:
    """Unread lines of the list (a group of notices counts once): one query, for the bell on every page."""
    return db.session.execute(_unread(), {"user_id": user_id}).scalar_one()


@dataclass
class Entry:
    """One line of the list: the latest notice of a group, how many it stands for, how many are unread."""

    notice: Notification
    total: int
    unread: int

    @property
    def count(self) -> int:
        return self.unread or self.total


def entries(user_id: int, page: int, per_page: int = 20) -> Page:
    groups = visible(select(
        Notification.group_key, func.max(Notification.id).label("latest_id"),
        func.count(Notification.id).label("total"),
        func.sum(case((Notification.read_at.is_(None), 1), else_=0)).label("unread"),
    ).select_from(Notification).where(Notification.user_id == user_id)).group_by(Notification.group_key)
    total = db.session.execute(select(func.count()).select_from(groups.subquery())).scalar_one()
    rows = db.session.execute(groups.order_by(func.max(Notification.id).desc())
                              .limit(per_page).offset((page - 1) * per_page)).all()
    notices = {n.id: n for n in load(row.latest_id for row in rows)}
    items = [Entry(notices[row.latest_id], int(row.total), int(row.unread or 0)) for row in rows]
    return Page(items=items, page=page, per_page=per_page, total=total)


def load(ids) -> list[Notification]:
    """Notices with what their text and link need, in one query."""
    ids = list(ids)
    if not ids:
        return []
    return list(db.session.execute(select(Notification).options(
        joinedload(Notification.actor), joinedload(Notification.post), joinedload(Notification.topic),
    ).where(Notification.id.in_(ids))).unique().scalars())


def watch_state(user, *, post: Post | None = None, tag=None, category=None) -> bool:
    """Whether the member follows this post, tag or category (an author follows their post unless they
    said otherwise)."""
    if user is None or not getattr(user, "is_authenticated", False):
        return False
    if post is not None:
        column, target_id = Watch.post_id, post.id
    elif tag is not None:
        column, target_id = Watch.tag_id, tag.id
    elif category is not None:
        column, target_id = Watch.category_id, category.id
    else:
        return False
    watching = db.session.execute(select(Watch.watching).where(
        Watch.user_id == user.id, column == target_id)).scalar_one_or_none()
    if watching is None:
        return post is not None and post.author_id == user.id
    return bool(watching)


def followed_tags_and_categories(user_id: int) -> dict:
    tags = db.session.execute(select(Tag).join(Watch, Watch.tag_id == Tag.id).where(
        Watch.user_id == user_id, Watch.watching.is_(True)).order_by(Tag.name)).scalars().all()
    categories = db.session.execute(select(Category).join(Watch, Watch.category_id == Category.id).where(
        Watch.user_id == user_id, Watch.watching.is_(True)).order_by(Category.position, Category.name)).scalars().all()
    return {"followed_tags": list(tags), "followed_categories": list(categories)}
