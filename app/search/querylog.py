"""The query log: what people search for, per day, so admins see the demand nobody has answered yet.

Each search request (its first page) adds one to its row (day, normalised query, kind filter), with the
number of results; a page served from the visitors' page cache counts too (a hook of the cache). No member,
no address, no time of day is kept. Counts are gathered in memory per worker and written as one upsert at
most every FLUSH_SECONDS (or FLUSH_SIZE distinct queries) after a response, so a search costs a dict update;
a worker that dies loses at most that much. Rows older than KEEP_DAYS are deleted by the worker
(app/core/background.py), at most once an hour.
"""
from __future__ import annotations

import atexit
import threading
import time
import weakref
from datetime import timedelta

from flask import Flask, request
from sqlalchemy import delete, func

from app.core.database import wants_write_lock
from app.core.logging import get_logger
from app.core.timeutil import utcnow
from app.extensions import db
from app.search.backend import ParsedQuery
from app.search.models import SearchQuery
from app.search.query import KINDS, parse_query
from app.search.suggest import query_text

log = get_logger("search.querylog")
KEEP_DAYS = 90
FLUSH_SECONDS = 30.0
FLUSH_SIZE = 500
PRUNE_EVERY = 3600.0

_lock = threading.Lock()
_pending: dict[tuple, list] = {}  # (day, query, kind) -> [count, results or None]
_last_flush = time.monotonic()
_last_prune = 0.0


def normalised(parsed: ParsedQuery) -> str:
    """The query as its words and operators, lower-cased, without the kind (a column of its own)."""
    kind, parsed.kind = parsed.kind, None
    try:
        return query_text(parsed).lower()[:200]
    finally:
        parsed.kind = kind


def record(parsed: ParsedQuery, results: int | None) -> None:
    """Count one search; `results` None when it is not known (a kept page): the day's last count stays."""
    if parsed.is_empty:
        return
    text = normalised(parsed)
    if not text:
        return
    key = (utcnow().date(), text, parsed.kind or "")
    with _lock:
        entry = _pending.setdefault(key, [0, None])
        entry[0] += 1
        if results is not None:
            entry[1] = results


def record_kept_page() -> None:
    """The page cache's hit hook for /search: a kept page is a search request too."""
    if request.endpoint != "search.search" or request.args.get("page", "1") not in ("", "1"):
        return
    parsed = parse_query(request.args.get("q", "")).query
    kind = request.args.get("kind") or None
    if kind in KINDS:
        parsed.kind = kind
    # As the view reads them (views.search): the filters' own fields win over the operators.
    parsed.tag = (request.args.get("tag") or "").strip().lower()[:40] or parsed.tag
    parsed.agency = (request.args.get("agency") or "").strip().lower()[:64] or parsed.agency
    parsed.author = (request.args.get("author") or "").strip()[:80] or parsed.author
    record(parsed, None)


def flush_if_due(response=None):
    # after_request runs before the request's session is closed: a request still holding SQLite's write lock
    # (BEGIN IMMEDIATE) would make the flush's own connection wait for it. Such a request leaves the counts to
    # the next one that does not.
    if wants_write_lock() and db.session().in_transaction():
        return response
    if time.monotonic() - _last_flush >= FLUSH_SECONDS or len(_pending) >= FLUSH_SIZE:
        flush()
    return response


def flush(*, quiet: bool = False) -> int:
    """Write what was counted (one upsert); on failure the counts are dropped, never the page (`quiet`: not logged,
    for a process that is ending and may have closed its log already)."""
    global _last_flush
    with _lock:
        rows, _last_flush = [dict(day=d, query=q, kind=k, count=c, results=r)
                             for (d, q, k), (c, r) in _pending.items()], time.monotonic()
        _pending.clear()
    if not rows:
        return 0
    try:
        with db.engine.begin() as conn:
            dialect = conn.dialect.name
            module = __import__(f"sqlalchemy.dialects.{dialect}", fromlist=["insert"])
            insert = module.insert(SearchQuery)
            table = SearchQuery.__table__
            conn.execute(insert.on_conflict_do_update(
                index_elements=["day", "query", "kind"],
                set_={"count": table.c.count + insert.excluded.count,
                      "results": func.coalesce(insert.excluded.results, table.c.results)}), rows)
    except Exception:  # noqa: BLE001 - statistics never take a page down
        if not quiet:
            log.exception("search query log not written", extra={"rows": len(rows)})
        return 0
    return len(rows)


def prune(force: bool = False) -> int:
    """Delete the days older than KEEP_DAYS (at most once an hour unless forced); the worker calls it."""
    global _last_prune
    if not force and time.monotonic() - _last_prune < PRUNE_EVERY:
        return 0
    _last_prune = time.monotonic()
    flush()
    with db.engine.begin() as conn:
        return conn.execute(delete(SearchQuery).where(
            SearchQuery.day < utcnow().date() - timedelta(days=KEEP_DAYS))).rowcount


_APPS: weakref.WeakSet[Flask] = weakref.WeakSet()  # held weakly: an app that is gone has nothing to flush


def _flush_at_exit() -> None:
    for app in list(_APPS):
        try:
            with app.app_context():
                flush(quiet=True)
        except Exception:  # noqa: BLE001, S110 - best effort while the process ends
            pass


atexit.register(_flush_at_exit)  # once per process (one per app kept every app alive until the end)


def init_app(app: Flask) -> None:
    from app.core import background, cache

    cache.add_hit_hook(app, "search", record_kept_page)
    app.after_request(flush_if_due)
    background.register(app, "search_queries", prune)
    _APPS.add(app)

