"""/admin/search-queries: the most searched queries and the queries that found nothing, for 7, 30 or 90 days."""
from __future__ import annotations

from datetime import timedelta

from flask import Blueprint, abort, render_template, request
from flask_babel import gettext as _
from sqlalchemy import func, select

from app.core.permissions import require
from app.core.roles import Permission
from app.core.timeutil import utcnow
from app.extensions import db
from app.search import querylog
from app.search.models import SearchQuery
from app.search.views import KIND_LABELS

search_admin_bp = Blueprint("search_admin", __name__, url_prefix="/admin")
PERIODS = (7, 30, 90)
LIMIT = 50


def _rows(since, *, without_results: bool) -> list:
    searches = func.sum(SearchQuery.count).label("searches")
    results = func.max(func.coalesce(SearchQuery.results, 0)).label("results")
    statement = (select(SearchQuery.query, SearchQuery.kind, searches, results)
                 .where(SearchQuery.day >= since).group_by(SearchQuery.query, SearchQuery.kind))
    if without_results:
        statement = statement.having(func.max(func.coalesce(SearchQuery.results, 0)) == 0)
    return db.session.execute(statement.order_by(searches.desc(), SearchQuery.query).limit(LIMIT)).all()


@search_admin_bp.route("/search-queries")
@require(Permission.MANAGE_USERS)
def search_queries():
    raw = request.args.get("days") or "30"
    if not raw.isdigit() or int(raw) not in PERIODS:
        abort(400, description=_("Periode tidak dikenal: pilih 7, 30 atau 90 hari."))
    days = int(raw)
    querylog.flush()  # this worker's latest counts
    since = utcnow().date() - timedelta(days=days - 1)
    return render_template("search/admin_queries.html", days=days, periods=PERIODS, kind_labels=KIND_LABELS,
                           top=_rows(since, without_results=False), empty=_rows(since, without_results=True),
                           keep_days=querylog.KEEP_DAYS)
