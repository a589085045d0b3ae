"""Caching that is never stale: a content version, and whole pages for visitors who are not signed in.

The content version is one row in `cache_versions`. Every transaction that writes a table that pages show
increments it as its last statement, so a cache entry keyed on the version dies with the commit that
changed its content, in every worker and on every machine that shares the database. Reading it is one
primary-key lookup per request.

Visitors who are not signed in all see the same page, so those pages are kept whole (as Discourse and Stack
Overflow do for anonymous traffic): per worker, in a bounded LRU, keyed on the path with its query string,
the language, the content version and the minute (for pages that show "this week" or count down to an
activity); search results also on the state of the index (Whoosh only). The CSRF token inside a page is
personal, so it is stored as a marker and each response gets its own. Signed-in members, POSTs, pages with
a flash message and anything but a plain 200 are never cached. A kept search page is served before the
search rate limit is counted: it costs nothing, and a new query still meets the limit.
"""
from __future__ import annotations

import threading
import time
from collections import OrderedDict

from flask import Flask, current_app, g, request, session
from flask_babel import get_locale
from flask_login import current_user
from sqlalchemy import String, event, insert, inspect, select, update
from sqlalchemy.orm import Mapped, Session, mapped_column

from app.extensions import db

CONTENT = "content"
# Tables whose rows no cached page shows: writing them leaves the content version alone.
UNSHOWN_TABLES = frozenset({
    "cache_versions", "search_outbox", "login_sessions", "notifications", "notification_settings", "watches",
    "badge_checks", "search_queries", "webhooks", "webhook_deliveries",
})
# Columns no page shows, of tables that pages do show: a change of these alone (a sign-in stamps the member's
# row) leaves the version alone, or every sign-in in the morning would drop every kept page and piece.
UNSHOWN_COLUMNS = {"users": frozenset({"last_login_at", "password_hash", "password_changed_at"})}
CHANGED = _CHANGED = "simpul_content_changed"  # session.info: this transaction wrote content
_CSRF_MARKER = "\x00csrf\x00"


class CacheVersion(db.Model):
    __tablename__ = "cache_versions"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    version: Mapped[int] = mapped_column(default=0)


# -- the content version ------------------------------------------------------------------------------------
def content_version() -> int:
    """This request's view of the content version (read once per request)."""
    if "content_version" not in g:
        found = db.session.execute(select(CacheVersion.version).where(CacheVersion.name == CONTENT)).scalar()
        g.content_version = found or 0
    return g.content_version


def _shows_content(table_name: str | None) -> bool:
    return table_name is not None and table_name not in UNSHOWN_TABLES


def _after_flush(session: Session, _context) -> None:
    if session.info.get(_CHANGED):
        return
    for instance in (*session.new, *session.dirty, *session.deleted):
        name = getattr(getattr(instance, "__table__", None), "name", None)
        if not _shows_content(name):
            continue
        if name in UNSHOWN_COLUMNS and instance in session.dirty and _only_unshown(instance, UNSHOWN_COLUMNS[name]):
            continue
        session.info[_CHANGED] = True
        return


def _only_unshown(instance, columns: frozenset) -> bool:
    """Whether the flush changes only these attributes of the row (their history is still there after flush)."""
    changed = {attr.key for attr in inspect(instance).attrs if attr.history.has_changes()}
    return changed <= columns


def _do_orm_execute(state) -> None:
    # Bulk UPDATE / DELETE / INSERT statements (vote counters, cascades) bypass the flush.
    if not (state.is_update or state.is_delete or state.is_insert):
        return
    table = getattr(state.statement, "table", None)
    if _shows_content(getattr(table, "name", None)):
        state.session.info[_CHANGED] = True


def _before_commit(session: Session) -> None:
    # Releasing a savepoint fires this too: the bump waits for the real commit, or its row lock would be
    # held for the rest of the transaction while other rows are locked after it (a deadlock on PostgreSQL).
    if session.in_nested_transaction():
        return
    if session.new or session.dirty or session.deleted:
        session.flush()
    if not session.info.pop(_CHANGED, False):
        return
    # Last statement of the transaction: the row lock is held only while the commit completes.
    if not _increment(session):
        # A database made without the migrations (create_all) has no row yet.
        dialect = session.get_bind().dialect.name
        if dialect in ("postgresql", "sqlite"):
            module = __import__(f"sqlalchemy.dialects.{dialect}", fromlist=["insert"])
            session.execute(module.insert(CacheVersion).values(name=CONTENT, version=0).on_conflict_do_nothing())
        else:
            session.execute(insert(CacheVersion).values(name=CONTENT, version=0))
        _increment(session)


def _increment(session: Session) -> int:
    return session.execute(_INCREMENT).rowcount


# On the table, not the entity: an ORM-enabled UPDATE costs several times the statement itself (every write).
_TABLE = CacheVersion.__table__
_INCREMENT = update(_TABLE).where(_TABLE.c.name == CONTENT).values(version=_TABLE.c.version + 1)


def _forget(session: Session, previous_transaction) -> None:
    # A savepoint rolled back undoes only its own writes: earlier ones still need their bump.
    if not previous_transaction.nested:
        session.info.pop(_CHANGED, None)


def bump_content_version() -> None:
    """For writers that bypass the session (bulk loaders): make every cached page stale."""
    db.session.info[_CHANGED] = True
    db.session.commit()


_listening = False


def install_version_tracking() -> None:
    global _listening
    if _listening:
        return
    event.listen(Session, "after_flush", _after_flush)
    event.listen(Session, "do_orm_execute", _do_orm_execute)
    event.listen(Session, "before_commit", _before_commit)
    event.listen(Session, "after_soft_rollback", _forget)
    _listening = True


# -- whole pages for visitors who are not signed in -------------------------------------------------------------
class PageCache:
    def __init__(self, size: int):
        self.size = size
        self._pages: OrderedDict[tuple, tuple[str, str]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: tuple) -> tuple[str, str] | None:
        with self._lock:
            page = self._pages.get(key)
            if page is not None:
                self._pages.move_to_end(key)
            return page

    def put(self, key: tuple, page: tuple[str, str]) -> None:
        with self._lock:
            self._pages[key] = page
            self._pages.move_to_end(key)
            while len(self._pages) > self.size:
                self._pages.popitem(last=False)

    def __len__(self) -> int:
        return len(self._pages)

    def clear(self) -> None:
        with self._lock:
            self._pages.clear()


def _minute() -> int:
    return int(time.time() // 60)


def _page_key() -> tuple | None:
    if request.method != "GET" or request.endpoint not in current_app.config["PAGE_CACHE_ENDPOINTS"]:
        return None
    if current_user.is_authenticated or "_flashes" in session:
        return None
    minute = _minute()
    # The raw query string: request.full_path joins it to the decoded path, and /a%3Fb would meet /a?b.
    key = (request.path, request.query_string, str(get_locale()), content_version(), minute)
    extra = current_app.extensions.get("page_cache_key_parts", {}).get(request.blueprint)
    if extra is None:
        return key
    part = extra()
    return None if part is None else key + (part,)


def add_key_part(app: Flask, blueprint: str, part) -> None:
    """Key the pages of `blueprint` also on `part()`; a `part()` of None means "do not keep this page".

    Search registers the state of its index here: the cache knows no package above the kernel.
    """
    app.extensions.setdefault("page_cache_key_parts", {})[blueprint] = part


def add_hit_hook(app: Flask, blueprint: str, hook) -> None:
    """Call `hook()` when a kept page of `blueprint` is served (search counts its queries this way)."""
    app.extensions.setdefault("page_cache_hit_hooks", {})[blueprint] = hook


def _serve_cached():
    cache: PageCache | None = current_app.extensions.get("page_cache")
    if cache is None:
        return None
    key = _page_key()
    if key is None:
        return None
    page = cache.get(key)
    if page is None:
        g.page_cache_key = key
        return None
    from flask_wtf.csrf import generate_csrf

    hook = current_app.extensions.get("page_cache_hit_hooks", {}).get(request.blueprint)
    if hook is not None:
        hook()
    body, mimetype = page
    if _CSRF_MARKER in body:
        body = body.replace(_CSRF_MARKER, generate_csrf())
    response = current_app.response_class(body, mimetype=mimetype)
    response.headers["X-Page-Cache"] = "hit"
    return response


def _store(response):
    key = g.pop("page_cache_key", None)
    if key is None or response.status_code != 200 or response.direct_passthrough or current_user.is_authenticated:
        return response
    if "_flashes" in session or g.get("page_cache_skip"):
        return response
    body = response.get_data(as_text=True)
    token = g.get(current_app.config.get("WTF_CSRF_FIELD_NAME", "csrf_token"))
    if token:
        body = body.replace(token, _CSRF_MARKER)
    current_app.extensions["page_cache"].put(key, (body, response.mimetype))
    response.headers["X-Page-Cache"] = "miss"
    return response


def init_app(app: Flask) -> None:
    install_version_tracking()
    size = app.config["PAGE_CACHE_SIZE"]
    if size <= 0:
        return
    app.extensions["page_cache"] = PageCache(size)
    app.before_request(_serve_cached)
    app.after_request(_store)
