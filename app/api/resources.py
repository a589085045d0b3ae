"""The first resources of /api/v1 (read scope): the caller, agencies, tags, public profiles and posts.

What a post list shows is what the site's lists show a visitor: published top-level posts. One post is
shown when the token's member may see it on its page (`can_view`), with the children they may see.
"""
from __future__ import annotations

from datetime import UTC

from flask import abort, current_app
from flask_babel import gettext as _
from sqlalchemy import select
from sqlalchemy.orm import joinedload, selectinload

from app.accounts.models import Agency, User
from app.api import schemas
from app.api.auth import current_token, rate_limit_headers, rate_limit_key, require_scope, require_token, scope
from app.api.blueprint import api_bp, problems
from app.content import queries as content_queries
from app.content.models import Post, PostStatus, post_tags
from app.content.permissions import can_view
from app.core.problems import problem
from app.extensions import csrf, db, limiter

# Set up once, when the module is first imported (a blueprint is shared by every app the tests build).
csrf.exempt(api_bp)  # bearer tokens only: a cookie never authenticates, so there is nothing to forge
limiter.limit(lambda: current_app.config["RATELIMIT_API"], key_func=rate_limit_key)(api_bp)
api_bp.before_request(require_token)
api_bp.before_request(require_scope)  # before the arguments are parsed
api_bp.after_request(rate_limit_headers)


def agency_dict(agency: Agency) -> dict:
    return {"id": agency.id, "code": agency.code, "name": agency.name, "short_name": agency.short_name,
            "kind": agency.kind}


def user_dict(user: User) -> dict:
    return {"id": user.id, "handle": user.handle, "name": user.name, "position": user.position, "bio": user.bio,
            "role": user.role, "reputation": user.reputation, "agency": agency_dict(user.agency),
            "created_at": user.created_at}


def post_dict(post: Post) -> dict:
    return {"id": post.id, "kind": post.kind, "title": post.title, "status": post.status,
            "parent_id": post.parent_id, "tags": post.tag_names if "tags" in post.__dict__ else [],
            "author": {"id": post.author.id, "handle": post.author.handle, "name": post.author.name},
            "agency": agency_dict(post.agency), "score": post.score, "child_count": post.child_count,
            "comment_count": post.comment_count, "accepted_answer_id": post.accepted_answer_id,
            "created_at": post.created_at, "last_activity_at": post.last_activity_at,
            "url": post.url(_external=True)}


def comment_dict(comment) -> dict:
    return {"id": comment.id, "post_id": comment.post_id, "body_md": comment.body_md, "body_html": comment.body_html,
            "author": {"id": comment.author.id, "handle": comment.author.handle, "name": comment.author.name},
            "created_at": comment.created_at}


@api_bp.route("/me")
@api_bp.response(200, schemas.MeSchema)
@problems(401, 403, 429)
@scope("read")
def me():
    """The token's member, with their e-mail and the token's scopes."""
    token = current_token()
    return {**user_dict(token.user), "email": token.user.email, "scopes": token.scope_list}


@api_bp.route("/agencies")
@api_bp.response(200, schemas.AgencySchema(many=True))
@problems(401, 403, 429)
@scope("read")
def agencies():
    """The active agencies."""
    rows = db.session.execute(select(Agency).where(Agency.active.is_(True)).order_by(Agency.name)).scalars()
    return [agency_dict(agency) for agency in rows]


@api_bp.route("/tags")
@api_bp.response(200, schemas.TagSchema(many=True))
@problems(401, 403, 429)
@scope("read")
def tags():
    """The most used tags (up to 200)."""
    return [{"name": tag.name, "description": tag.description, "is_value": tag.is_value,
             "post_count": tag.post_count} for tag in content_queries.popular_tags(limit=200)]


@api_bp.route("/users/<int(max=2147483647):user_id>")
@api_bp.response(200, schemas.PublicUserSchema)
@problems(401, 403, 404, 429)
@scope("read")
def user(user_id: int):
    """A member's public profile: what their profile page shows a visitor."""
    found = db.session.get(User, user_id) or abort(404, description=_("Anggota tidak ditemukan."))
    return user_dict(found)


@api_bp.route("/posts")
@api_bp.arguments(schemas.PostQuerySchema, location="query", as_kwargs=True)
@api_bp.response(200, schemas.PostPageSchema)
@problems(401, 403, 404, 422, 429)
@scope("read")
def posts(kind=None, stage=None, tag=None, agency=None, since=None, cursor=None, limit=20):
    """Published top-level posts, newest first; `next_cursor` gives the next page."""
    query = select(Post).where(Post.status == PostStatus.PUBLISHED.value, Post.parent_id.is_(None),
                               Post.kind.in_(schemas.KINDS))
    if kind:
        query = query.where(Post.kind == kind)
    if stage is not None:  # a practice's stage: articles only
        article = Post.__mapper__.polymorphic_map["article"].class_
        query = query.where(Post.kind == "article", article.stage == stage)
    if tag is not None:
        found = content_queries.find_tag(tag)
        if found is None:
            return problem(404, _("Tidak ditemukan"), _("Tag tidak ditemukan."),
                           [{"field": "tag", "location": "query", "message": _("Tag tidak ditemukan.")}])
        query = query.where(Post.id.in_(select(post_tags.c.post_id).where(post_tags.c.tag_id == found.id)))
    if agency is not None:
        found = db.session.execute(select(Agency).where(Agency.code == agency)).scalar_one_or_none()
        if found is None:
            return problem(404, _("Tidak ditemukan"), _("Instansi tidak ditemukan."),
                           [{"field": "agency", "location": "query", "message": _("Instansi tidak ditemukan.")}])
        query = query.where(Post.agency_id == found.id)
    if since is not None:
        since = min(max(since, schemas.EARLIEST), schemas.LATEST)  # year 1 at +01:00 is no date in UTC
        query = query.where(Post.created_at >= since.astimezone(UTC).replace(tzinfo=None))
    if cursor is not None:
        query = query.where(Post.id < min(int(cursor), 2**31 - 1))
    query = query.options(joinedload(Post.author), joinedload(Post.agency), selectinload(Post.tags))
    rows = list(db.session.execute(query.order_by(Post.id.desc()).limit(limit + 1)).unique().scalars())
    more = len(rows) > limit
    rows = rows[:limit]
    return {"items": [post_dict(post) for post in rows], "next_cursor": str(rows[-1].id) if more else None}


@api_bp.route("/posts/<int(max=2147483647):post_id>")
@api_bp.response(200, schemas.PostDetailSchema)
@problems(401, 403, 404, 429)
@scope("read")
def post(post_id: int):
    """One post the token's member may see, with its visible children (answers, replies)."""
    found = content_queries.load_post(post_id)
    token = current_token()
    if found is None or not can_view(token.user, found):
        abort(404, description=_("Kiriman tidak ditemukan."))
    children = db.session.execute(content_queries.children_query(found).options(selectinload(Post.tags)))
    visible = [child for child in children.unique().scalars() if can_view(token.user, child)]
    current_app.logger.debug("api post %s", post_id)
    comments = content_queries.comments_for([found.id, *(child.id for child in visible)])
    return {**post_dict(found), "body_md": found.body_md, "body_html": found.body_html,
            "children": [post_dict(child) for child in visible],
            "comments": [comment_dict(comment) for rows in comments.values() for comment in rows]}
