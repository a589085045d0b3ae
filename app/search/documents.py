"""Search documents built from the database: only published posts, only public fields."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import aliased, joinedload, selectinload

from app.content.models import Post, PostStatus
from app.content.rendering import plain_text
from app.extensions import db
from app.files.text import texts_of
from app.search.backend import SearchDocument

INDEXED_KINDS = ("article", "thread", "reply", "question", "answer")


def build_documents(post_ids: list[int]) -> tuple[list[SearchDocument], list[int]]:
    """Documents for the posts that search should show, and the ids it should forget."""
    if not post_ids:
        return [], []
    parent = aliased(Post)
    rows = db.session.execute(
        select(Post, parent).outerjoin(parent, parent.id == Post.parent_id)
        .options(joinedload(Post.author), joinedload(Post.agency), selectinload(Post.tags))
        .where(Post.id.in_(post_ids))
    ).unique().all()
    documents, seen = [], set()
    attached = texts_of([post.id for post, parent_post in rows if _searchable(post, parent_post)])
    for post, parent_post in rows:
        seen.add(post.id)
        if _searchable(post, parent_post):
            documents.append(_document(post, parent_post, attached.get(post.id, [])))
    forget = [pid for pid in post_ids if pid not in {d.key for d in documents}]
    return documents, forget


def _searchable(post: Post, parent: Post | None) -> bool:
    if post.kind not in INDEXED_KINDS or post.status != PostStatus.PUBLISHED:
        return False
    return parent is None or parent.status == PostStatus.PUBLISHED


def _document(post: Post, parent: Post | None, attached: list[tuple[str, str]]) -> SearchDocument:
    accepted = bool(post.accepted_answer_id) if post.kind == "question" else (
        parent is not None and parent.accepted_answer_id == post.id)
    return SearchDocument(
        key=post.id, kind=post.kind, title=post.title or (parent.title if parent else "") or "",
        body=plain_text(post.body_html), tags=[t.name for t in post.tags], agency=post.agency.code,
        author=post.author.name, author_id=post.author_id, created_at=post.created_at, votes=post.score,
        accepted=accepted, parent_title=parent.title if parent and parent.title else "",
        attachments="\n".join(f"{name}\n{text}" for name, text in attached),
        stage=getattr(post, "stage", None) or "",
        obsolete=getattr(post, "obsolete_at", None) is not None,
        root=post.parent_id if post.kind in ("answer", "reply") and post.parent_id else None,
    )


def all_post_ids(batch: int = 1000):
    """Every post id, in batches, for a rebuild."""
    last = 0
    while True:
        ids = list(db.session.execute(
            select(Post.id).where(Post.id > last, Post.kind.in_(INDEXED_KINDS)).order_by(Post.id).limit(batch)
        ).scalars())
        if not ids:
            return
        yield ids
        last = ids[-1]
