"""/search: words, "phrases", -exclusions, operators and filters; results in rank order from the database."""
from __future__ import annotations

from datetime import datetime, timedelta

from flask import Blueprint, abort, current_app, g, render_template, request
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from app.core.pagination import Page, requested_page
from app.extensions import limiter
from app.files.text import texts_of
from app.search import querylog
from app.search.highlight import attachment_hit, mark_title, query_stems, snippet
from app.search.query import KINDS, parse_query
from app.search.service import search_posts

search_bp = Blueprint("search", __name__)
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
    query.grouped = True  # one result per question or discussion; jenis:jawaban / jenis:balasan list the parts
    page_number = requested_page()
    found = search_posts(query, page=page_number, per_page=PER_PAGE)
    if found.unavailable:
        g.page_cache_skip = True  # never keep the apology page
    elif page_number == 1:
        querylog.record(query, found.total)
    stems = query_stems([*query.terms, *query.phrases])
    page = Page(items=found.posts, page=page_number, per_page=PER_PAGE, total=found.total)
    words = [*query.terms, *(w for p in query.phrases for w in p.split())]
    attached = texts_of([post.id for post in found.posts]) if words else {}
    in_attachments = {post_id: hit for post_id, files in attached.items()
                      if (hit := attachment_hit(files, stems, words)) is not None}
    return render_template(
        "search/results.html", text=text, query=query, notices=parsed.notices, results=found.results, page=page,
        parents=found.parents, others=found.others, stems=stems, snippet=snippet, mark_title=mark_title, sorts=SORTS,
        kind_labels=KIND_LABELS, unavailable=found.unavailable,
        in_attachments=in_attachments,
    )

