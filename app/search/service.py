"""What the pages ask of search: ranked posts for /search and the questions like a title being typed.

Views parse the request and call these; only this package talks to the engine. The index returns keys,
the database returns the rows in rank order and has the last word on what is published.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import joinedload, selectinload

from app.content.models import Post, PostStatus
from app.core.logging import get_logger
from app.extensions import db
from app.search.acronyms import refresh_vocabulary
from app.search.backend import ParsedQuery, SearchPage
from app.search.indexing import get_backend
from app.search.query import parse_query

log = get_logger("search")


@dataclass
class PostResults:
    """One page of results: the posts in rank order, their parents, and whether search failed."""

    results: SearchPage | None = None
    posts: list[Post] = field(default_factory=list)
    parents: dict[int, Post] = field(default_factory=dict)
    others: dict[int, int] = field(default_factory=dict)  # grouped: post id -> other matching parts of its root
    unavailable: bool = False

    @property
    def total(self) -> int:
        return self.results.total if self.results else 0


def search_posts(query: ParsedQuery, *, page: int, per_page: int) -> PostResults:
    """The published posts that match, in rank order; a reply or an answer only while its parent is published.
    Search trouble never takes the page down: it is logged and `unavailable` is set."""
    found = PostResults()
    if not query.is_empty:
        try:
            refresh_vocabulary()  # an admin may have changed the acronyms since this worker last searched
            found.results = get_backend().search(query, page=page, per_page=per_page)
        except Exception:  # noqa: BLE001 - search trouble never takes the page down
            log.exception("search failed")
            found.unavailable = True
        if found.results is not None:
            found.posts = _rows_in_rank_order([hit.key for hit in found.results.hits])
            found.others = {hit.key: hit.others for hit in found.results.hits if hit.others}
    found.parents = _parents(found.posts)
    found.posts = [p for p in found.posts if p.parent_id is None or (
        p.parent_id in found.parents and found.parents[p.parent_id].status == PostStatus.PUBLISHED)]
    return found


def similar_questions(title: str, limit: int = 5) -> list[Post]:
    """Published questions like `title` (any of its words), best first; none for fewer than two words or
    when search is in trouble (a hint for the writer, never an error)."""
    parsed = parse_query(title).query
    if len(parsed.terms) < 2:
        return []
    parsed.kind, parsed.match_any, parsed.phrases, parsed.excluded = "question", True, [], []
    try:
        refresh_vocabulary()
        hits = get_backend().search(parsed, per_page=limit).hits
    except Exception:  # noqa: BLE001 - a hint, never an error for the writer
        return []
    rows = db.session.execute(select(Post).where(Post.id.in_([h.key for h in hits]),
                                                 Post.status == PostStatus.PUBLISHED.value)).scalars().all()
    by_id = {row.id: row for row in rows}
    return [by_id[h.key] for h in hits if h.key in by_id]


def _rows_in_rank_order(keys: list[int]) -> list[Post]:
    if not keys:
        return []
    rows = db.session.execute(
        select(Post).options(joinedload(Post.author), joinedload(Post.agency), selectinload(Post.tags))
        .where(Post.id.in_(keys), Post.status == PostStatus.PUBLISHED.value)
    ).unique().scalars().all()
    by_id = {post.id: post for post in rows}
    # The index may lag a moment behind a hide or delete: the database has the last word.
    return [by_id[key] for key in keys if key in by_id]


def _parents(posts: list[Post]) -> dict[int, Post]:
    ids = {p.parent_id for p in posts if p.parent_id}
    if not ids:
        return {}
    return {p.id: p for p in db.session.execute(select(Post).where(Post.id.in_(ids))).scalars()}
