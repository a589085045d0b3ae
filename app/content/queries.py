"""Read side of posts: one post with what its page needs, and lists that never grow in queries."""
from __future__ import annotations

from functools import cache

from flask_babel import lazy_gettext as _l
from sqlalchemy import Select, bindparam, func, select
from sqlalchemy.orm import aliased, defer, joinedload, lazyload, selectinload
from sqlalchemy.orm.attributes import set_committed_value

from app.accounts.models import Agency, User
from app.content.models import Category, Comment, Post, PostStatus, Revision, Tag, post_tags
from app.extensions import db

SORTS = {
    "terbaru": _l("Terbaru"),
    "aktif": _l("Aktif"),
    "terpopuler": _l("Terpopuler"),
}


def with_people(query: Select, entity=Post) -> Select:
    return query.options(joinedload(entity.author), joinedload(entity.agency))


def without_source(query: Select) -> Select:
    """Lists show the rendered body (an excerpt at most), never the Markdown source: don't fetch it."""
    return query.options(defer(Post.body_md, raiseload=True))


@cache
def _post_with_page_parts(kind: str | None) -> Select:
    """Built once per kind, with the id as a parameter (issue 5/9: building the statement and its cache key on
    every page cost more than running it). A known kind selects its own class: loading a `Post` row as a
    `Question` set up the subclass's loaders again for every page."""
    mapped = Post.__mapper__.polymorphic_map.get(kind) if kind else None
    entity = mapped.class_ if mapped is not None else Post
    query = with_people(select(entity).where(entity.id == bindparam("post_id")), entity).options(
        joinedload(entity.category), joinedload(entity.editor), lazyload(entity.tags))  # filled by load_post
    return query.where(entity.kind == kind) if kind else query


_TAGS_OF_POST = (select(Tag).join(post_tags, post_tags.c.tag_id == Tag.id)
                 .where(post_tags.c.post_id == bindparam("post_id")).order_by(Tag.name))


def load_post(post_id: int, kind: str | None = None) -> Post | None:
    """A post with its author, agency, tags and category loaded (for pages and edits). The tags come from a
    plain second query (a third of the cost of `selectinload` for one post). A post this query loads fresh
    reads its tags again after a rollback expired them (`lazyload` instead of the relationship's
    `raise_on_sql`); one already in the session keeps `raise_on_sql`, as before."""
    post = db.session.execute(_post_with_page_parts(kind or None), {"post_id": post_id}).unique().scalar_one_or_none()
    if post is not None:
        set_committed_value(post, "tags", list(db.session.execute(_TAGS_OF_POST, {"post_id": post_id}).scalars()))
    return post


_PARENT = aliased(Post)  # built once: an alias of a wide table costs a proxy per column each time it is made


def under_published_parent():
    """The parent-state rule for lists: a top-level post, or a child whose parent is published."""
    return Post.parent_id.is_(None) | Post.parent_id.in_(
        select(_PARENT.id).where(_PARENT.status == PostStatus.PUBLISHED.value))


def list_query(kind: str, *, sort: str = "terbaru", tag: Tag | None = None, agency: Agency | None = None,
               author: User | None = None, category: Category | None = None, unanswered: bool = False,
               featured: bool = False, statuses=(PostStatus.PUBLISHED.value,)) -> Select:
    query = without_source(with_people(select(Post).where(Post.kind == kind, Post.status.in_(statuses)))).options(
        selectinload(Post.tags), joinedload(Post.category))
    if tag is not None:
        query = query.where(Post.id.in_(select(post_tags.c.post_id).where(post_tags.c.tag_id == tag.id)))
    if agency is not None:
        query = query.where(Post.agency_id == agency.id)
    if author is not None:
        query = query.where(Post.author_id == author.id, under_published_parent())
    if category is not None:
        query = query.where(Post.category_id == category.id)
    if unanswered:
        query = query.where(Post.child_count == 0, Post.accepted_answer_id.is_(None))
    if featured:
        query = query.where(Post.featured.is_(True))
    order = {
        "aktif": (Post.last_activity_at.desc(), Post.id.desc()),
        "terpopuler": (Post.score.desc(), Post.child_count.desc(), Post.id.desc()),
    }.get(sort, (Post.created_at.desc(), Post.id.desc()))
    if kind == "thread":
        order = (Post.pinned.desc(), *order)
    return query.order_by(*order)


def latest(kind: str, limit: int = 6, **filters) -> list[Post]:
    query = list_query(kind, **filters).limit(limit)
    return list(db.session.execute(query).unique().scalars())


def children_query(parent: Post, *, order=None, include_hidden: bool = False) -> Select:
    statuses = [PostStatus.PUBLISHED.value]
    if include_hidden:
        statuses += [PostStatus.HIDDEN.value, PostStatus.DELETED.value]
    query = with_people(select(Post).where(Post.parent_id == parent.id, Post.status.in_(statuses)))
    return query.options(joinedload(Post.editor)).order_by(*(order or (Post.created_at, Post.id)))


def comments_for(post_ids: list[int]) -> dict[int, list[Comment]]:
    """Published comments of many posts in one query."""
    if not post_ids:
        return {}
    rows = db.session.execute(
        select(Comment).options(joinedload(Comment.author))
        .where(Comment.post_id.in_(post_ids), Comment.status == PostStatus.PUBLISHED.value)
        .order_by(Comment.created_at, Comment.id)
    ).unique().scalars()
    grouped: dict[int, list[Comment]] = {pid: [] for pid in post_ids}
    for comment in rows:
        grouped[comment.post_id].append(comment)
    return grouped


def revisions_of(post: Post) -> list[Revision]:
    return list(db.session.execute(
        select(Revision).options(joinedload(Revision.editor)).where(Revision.post_id == post.id)
        .order_by(Revision.number.desc())).unique().scalars())


def find_tag(name: str) -> Tag | None:
    return db.session.execute(select(Tag).where(Tag.name == name)).scalar_one_or_none()


def popular_tags(limit: int = 60, prefix: str | None = None) -> list[Tag]:
    query = select(Tag).order_by(Tag.is_value.desc(), Tag.post_count.desc(), Tag.name).limit(limit)
    if prefix:
        query = select(Tag).where(Tag.name.like(prefix.replace("%", "").replace("_", "") + "%")) \
            .order_by(Tag.post_count.desc(), Tag.name).limit(limit)
    return list(db.session.execute(query).scalars())


def tagged_posts_query(tag: Tag) -> Select:
    top_level = ("article", "thread", "question")
    return without_source(with_people(select(Post).where(
        Post.kind.in_(top_level), Post.status == PostStatus.PUBLISHED.value,
        Post.id.in_(select(post_tags.c.post_id).where(post_tags.c.tag_id == tag.id)),
    ))).options(selectinload(Post.tags)).order_by(Post.last_activity_at.desc(), Post.id.desc())


def find_category(slug: str | None) -> Category | None:
    return db.session.execute(select(Category).where(Category.slug == (slug or ""))).scalar_one_or_none()


def categories() -> list[Category]:
    return list(db.session.execute(select(Category).order_by(Category.position, Category.name)).scalars())


def activity_counts(user: User) -> dict[str, int]:
    rows = db.session.execute(
        select(Post.kind, func.count(Post.id)).where(
            Post.author_id == user.id, Post.status == PostStatus.PUBLISHED.value, under_published_parent())
        .group_by(Post.kind)).all()
    return dict(rows)


def agency_counts(agency: Agency) -> dict[str, int]:
    rows = db.session.execute(
        select(Post.kind, func.count(Post.id)).where(
            Post.agency_id == agency.id, Post.status == PostStatus.PUBLISHED.value).group_by(Post.kind)).all()
    return dict(rows)


def posts_by_id(ids: set[int]) -> dict[int, Post]:
    if not ids:
        return {}
    return {p.id: p for p in db.session.execute(select(Post).where(Post.id.in_(ids))).scalars()}


def parents_of(posts: list[Post]) -> dict[int, Post]:
    ids = {p.parent_id for p in posts if p.parent_id}
    if not ids:
        return {}
    return {p.id: p for p in db.session.execute(select(Post).where(Post.id.in_(ids))).scalars()}

