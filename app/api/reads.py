"""Read resources that gather from the features (issue 9/9): search and the leaders' rankings.

Each calls what its page calls: /search's parser and `search_posts` (the published posts in rank order, one
result per question or discussion), /leaders/'s `ranking_for`. The rankings are for the roles that may take
them out of the site (the leaders' exports: Permission.VIEW_LEADERS_EXPORT, leaders and admins).
"""
from __future__ import annotations

from datetime import datetime, time, timedelta
from math import ceil

from flask import url_for
from flask_babel import gettext as _
from flask_login import current_user
from sqlalchemy import select

from app.accounts.models import Agency
from app.api import read_schemas as rs
from app.api.auth import scope
from app.api.blueprint import api_bp, problems
from app.content import queries as content_queries
from app.content.permissions import can_view
from app.content.post_helpers import excerpt
from app.core.permissions import can
from app.core.problems import problem
from app.core.roles import Permission
from app.extensions import db
from app.leaders.periods import period as ranking_period
from app.leaders.views import RankingRequest, ranking_for
from app.search.highlight import query_stems, snippet
from app.search.query import parse_query
from app.search.service import search_posts

VIEW_OF = {"people": "orang", "agencies": "instansi"}


def _refused(status: int, title: str, detail: str, field: str | None = None):
    errors = [{"field": field, "location": "query", "message": detail}] if field else None
    return problem(status, title, detail, errors)


def plain_snippet(html: str, stems: set[str]) -> str:
    """The page's snippet (a window around the first match) as plain text: the marks dropped, entities read."""
    return snippet(excerpt(html, 2000), stems).striptags()


@api_bp.route("/search")
@api_bp.arguments(rs.SearchQuerySchema, location="query", as_kwargs=True)
@api_bp.response(200, rs.SearchPageSchema)
@problems(401, 403, 422, 429, 503)
@scope("read")
def search(q: str, kind=None, sort="relevance", date_from=None, date_to=None, page=1, limit=20):
    """Search as /search does: words, "phrases", -exclusions, tag:, oleh:, instansi:, jenis:, tahap:, the
    acronyms the site knows; `from` and `to` (YYYY-MM-DD) as the page's date filters. One result per question or
    discussion unless `kind` is answer or reply."""
    parsed = parse_query(q)
    query = parsed.query
    if query.is_empty:
        return _refused(422, _("Isian belum benar"),
                        _("Kata pencarian tidak berisi kata yang dapat dicari."), "q")
    query.kind = kind or query.kind
    query.sort = sort
    if date_from is not None:
        query.date_from = datetime.combine(date_from, time())
    if date_to is not None:
        query.date_to = datetime.combine(date_to, time()) + timedelta(days=1)  # the whole last day, as /search
    query.grouped = True
    found = search_posts(query, page=page, per_page=limit)
    if found.unavailable:
        return problem(503, _("Layanan sedang tidak tersedia"),
                       _("Pencarian sedang dipulihkan. Coba lagi sebentar lagi."), headers={"Retry-After": "30"})
    results = found.results
    scores = {hit.key: hit.score for hit in results.hits}
    stems = query_stems([*query.terms, *query.phrases])
    items = []
    for post in found.posts:
        if not can_view(current_user, post):
            continue
        parent = found.parents.get(post.parent_id)
        accepted = bool(post.accepted_answer_id) or bool(parent and parent.accepted_answer_id == post.id)
        items.append({
            "id": post.id, "kind": post.kind, "title": post.title or (parent.title if parent else "") or "",
            "snippet": plain_snippet(post.body_html, stems), "url": post.url(_external=True),
            "parent_id": post.parent_id, "score": float(scores.get(post.id, 0.0)), "votes": post.score,
            "accepted": accepted, "tags": post.tag_names,
            "author": {"id": post.author.id, "handle": post.author.handle, "name": post.author.name},
            "agency": {"code": post.agency.code, "short_name": post.agency.short_name},
            "created_at": post.created_at, "other_matches": found.others.get(post.id, 0)})
    all_total = results.all_total if results.all_total is not None else results.total
    return {"q": q, "notices": parsed.notices, "total": results.total, "all_total": all_total,
            "counts": {k: n for k, n in results.counts.items() if n}, "suggestion": results.suggestion,
            "page": page, "pages": max(1, ceil(results.total / limit)), "items": items}


def _person(row) -> dict:
    return {"rank": row.rank, "user_id": row.user_id, "name": row.name, "agency_code": row.agency_code,
            "agency": row.agency, "points": row.gained, "from_own_agency": row.from_own_agency,
            "from_other_agencies": row.from_other_agencies, "other_share": row.other_share, "posts": row.posts,
            "url": url_for("users.profile", user_id=row.user_id, _external=True)}


def _agency(row) -> dict:
    return {"rank": row.rank, "code": row.code, "name": row.name, "points": row.gained,
            "contributors": row.contributors, "posts": row.posts,
            "url": url_for("agencies.show", code=row.code, _external=True)}


@api_bp.route("/leaders/rankings")
@api_bp.arguments(rs.RankingQuerySchema, location="query", as_kwargs=True)
@api_bp.response(200, rs.RankingSchema)
@problems(401, 403, 404, 422, 429)
@scope("read")
def rankings(period="bulan", by="people", agency=None, tag=None):
    """The leaders' ranking of people or agencies by reputation gained in a period (minggu, bulan, kuartal,
    tahun, semua), optionally within an agency (people only) or a tag: the rows /leaders/ shows. Leaders and
    admins only."""
    if not can(current_user, Permission.VIEW_LEADERS_EXPORT):
        return problem(403, _("Akses ditolak"), _("Peringkat hanya dapat dibaca oleh pimpinan dan admin."))
    found_agency = found_tag = None
    if agency is not None and by != "people":
        return _refused(422, _("Isian belum benar"),
                        _("Saringan instansi hanya berlaku untuk peringkat orang (by=people)."), "agency")
    if agency is not None:
        found_agency = db.session.execute(select(Agency).where(Agency.code == agency)).scalar_one_or_none()
        if found_agency is None:
            return _refused(404, _("Tidak ditemukan"), _("Instansi tidak ditemukan."), "agency")
    if tag is not None:
        found_tag = content_queries.find_tag(tag)
        if found_tag is None:
            return _refused(404, _("Tidak ditemukan"), _("Tag tidak ditemukan."), "tag")
    req = RankingRequest(VIEW_OF[by], period, found_agency, found_tag)
    rows = ranking_for(req)
    chosen = ranking_period(period)
    return {"by": by, "period": period, "period_label": chosen.label, "since": chosen.start,
            "agency": req.agency.code if req.agency else None, "tag": found_tag.name if found_tag else None,
            "items": [_person(row) if by == "people" else _agency(row) for row in rows]}
