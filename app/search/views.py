"""/search: words, "phrases", -exclusions, operators and filters; results in rank order from the database."""
from __future__ import annotations

from datetime import datetime, timedelta

from flask import Blueprint, abort, current_app, g, render_template, request
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlalchemy import select
from sqlalchemy.orm import joinedload, selectinload

from app.content.models import Post, PostStatus
from app.core.logging import get_logger
from app.core.pagination import Page, requested_page
from app.extensions import db, limiter
from app.search.highlight import mark_title, query_stems, snippet
from app.search.indexing import get_backend
from app.search.query import KINDS, parse_query

search_bp = Blueprint("search", __name__)
log = get_logger("search")
PER_PAGE = 20
SORTS = {"relevance": _l("Paling relevan"), "newest": _l("Terbaru"), "votes": _l("Suara terbanyak")}
KIND_LABELS = {"article": _l("Praktik Baik"), "thread": _l("Diskusi"), "reply": _l("Balasan"),
               "question": _l("Pertanyaan"), "answer": _l("Jawaban")}


def _date(name: str) -> datetime | None:
    raw = (request.args.get(name) or "").strip()
    if not raw:
        return None
    try:
        return datetime.strptime(raw, "%Y-%m-%d")
    except ValueError:
        abort(400, description=_("Tanggal harus berformat TTTT-BB-HH, misalnya 2026-08-17."))


@search_bp.route("/search")
@limiter.limit(lambda: current_app.config["RATELIMIT_SEARCH"])
def search():
    text = request.args.get("q", "")
    parsed = parse_query(text)
    query = parsed.query
    kind = request.args.get("kind") or None
    if kind is not None and kind not in KINDS:
        abort(400, description=_("Jenis kiriman tidak dikenal."))
    query.kind = kind or query.kind
    query.tag = (request.args.get("tag") or "").strip().lower()[:40] or query.tag
    query.agency = (request.args.get("agency") or "").strip().lower()[:64] or query.agency
    query.author = (request.args.get("author") or "").strip()[:80] or query.author
    query.date_from, query.date_to = _date("from"), _date("to")
    if query.date_to:
        query.date_to += timedelta(days=1)
    sort = request.args.get("sort") or "relevance"
    if sort not in SORTS:
        abort(400, description=_("Urutan tidak dikenal: pilih relevance, newest atau votes."))
    query.sort = sort
    page_number = requested_page()
    results = None
    posts: list[Post] = []
    unavailable = False
    if not query.is_empty:
        try:
            results = get_backend().search(query, page=page_number, per_page=PER_PAGE)
        except Exception:  # noqa: BLE001 - search trouble never takes the page down
            log.exception("search failed")
            unavailable = True
            g.page_cache_skip = True  # never keep the apology page
        if results is not None:
            posts = _rows_in_rank_order([hit.key for hit in results.hits])
    parents = _parents(posts)
    posts = [p for p in posts if p.parent_id is None or (p.parent_id in parents
                                                         and parents[p.parent_id].status == PostStatus.PUBLISHED)]
    stems = query_stems([*query.terms, *query.phrases])
    page = Page(items=posts, page=page_number, per_page=PER_PAGE, total=results.total if results else 0)
    return render_template(
        "search/results.html", text=text, query=query, notices=parsed.notices, results=results, page=page,
        parents=parents, stems=stems, snippet=snippet, mark_title=mark_title, sorts=SORTS,
        kind_labels=KIND_LABELS, unavailable=unavailable,
    )


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
