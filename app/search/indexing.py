"""Draining the outbox into the index (one writer at a time, never waiting) and rebuilding it."""
from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable

from flask import Flask, current_app
from sqlalchemy import delete, func, select
from sqlalchemy.exc import OperationalError

from app.core import database
from app.core.logging import get_logger
from app.extensions import db
from app.files.text import read_pending
from app.search.acronyms import refresh_vocabulary
from app.search.documents import all_post_ids, build_documents
from app.search.models import SearchOutbox
from app.search.whoosh_backend import LockError, WhooshBackend

log = get_logger("search")
_backends: dict[tuple, object] = {}
_backends_lock = threading.Lock()


def get_backend(app: Flask | None = None):
    """The backend of this app's configuration, one per process (it caches the open index)."""
    app = app or current_app
    key = (app.config["SEARCH_BACKEND"], app.config["SEARCH_INDEX_DIR"], app.config["SQLALCHEMY_DATABASE_URI"])
    with _backends_lock:
        if key not in _backends:
            if app.config["SEARCH_BACKEND"] == "postgres":
                from app.search.postgres_backend import PostgresBackend

                _backends[key] = PostgresBackend()
            else:
                _backends[key] = WhooshBackend(app.config["SEARCH_INDEX_DIR"])
        return _backends[key]


def pending_count() -> int:
    return db.session.execute(select(func.count(SearchOutbox.id))).scalar_one()


def has_pending() -> bool:
    """Whether a change waits, read without the write lock of the database or of the index (a poller's check:
    opening the index's writer to find nothing to do costs far more)."""
    with database.reading():
        found = db.session.execute(select(SearchOutbox.id).limit(1)).first() is not None
        db.session.rollback()
    return found


def drain(batch_size: int = 500, max_batches: int | None = None) -> int:
    """Index what the outbox holds; returns how many outbox rows were done, or -1 when the index was busy.

    The drainer holds the index's write lock (Whoosh's lock file, or a PostgreSQL advisory lock) from reading
    the queue until its rows are forgotten: another worker can neither index an older copy of a post over a
    newer one nor forget a row it did not index. (Outbox ids never repeat, so forgetting by id is exact.)
    """
    backend = get_backend()
    if isinstance(backend, WhooshBackend):
        return _drain_whoosh(backend, batch_size, max_batches)
    done = batches = 0
    while max_batches is None or batches < max_batches:
        with backend.writer_lock(wait=False) as taken:  # PostgreSQL: the same rule, with an advisory lock
            if not taken:
                return -1 if done == 0 else done
            with database.reading():
                rows = _queued(batch_size)
                db.session.rollback()
            rebuilding = any(row.action == "rebuild" for row in rows)
            if rows and not rebuilding:
                documents, forget = _documents_of(rows)
            if not rows:
                break
            if rebuilding:
                rebuild(holding_lock=True)
            else:
                backend.index(documents)
                backend.delete(forget)
            _forget_rows([row.id for row in rows])
        done += len(rows)
        batches += 1
    return done


def _queued(batch_size: int) -> list:
    """The oldest queued rows as plain values (id, post_id, action), not ORM objects: a rebuild deletes the
    rows it covers, and an expired object of a deleted row cannot be read again."""
    return list(db.session.execute(select(SearchOutbox.id, SearchOutbox.post_id, SearchOutbox.action)
                                   .order_by(SearchOutbox.id).limit(batch_size)))


def _drain_whoosh(backend: WhooshBackend, batch_size: int, max_batches: int | None) -> int:
    backend.ensure_index()
    done = batches = 0
    while max_batches is None or batches < max_batches:
        try:
            writer = backend.writer()
        except LockError:
            return -1 if done == 0 else done
        if backend.current_generation() != backend.opened_generation:
            # A rebuild switched generations while we opened the old one: start again on the new one.
            _release(writer)
            continue
        try:
            with database.reading():
                rows = _queued(batch_size)
                db.session.rollback()
            row_ids = [row.id for row in rows]
            rebuilding = any(row.action == "rebuild" for row in rows)
            if rows and not rebuilding:
                documents, forget = _documents_of(rows)
            if not rows:
                writer.cancel()
                break
            if rebuilding:
                # The lock on the index in use keeps every other drainer out while the new one is built.
                rebuild(holding_lock=True)
                _release(writer, replaced=True)
            else:
                backend.write(writer, documents, forget)
                writer.commit()
            _forget_rows(row_ids)
        except BaseException:
            _release(writer)
            raise
        done += len(rows)
        batches += 1
    return done


def _documents_of(rows) -> tuple[list, list[int]]:
    """The documents of the queued posts. The text of attachments not read yet is read first (and stored,
    in its own transaction): the drainer does it, never a request."""
    post_ids = sorted({r.post_id for r in rows if r.post_id is not None})
    read_pending(post_ids)
    with database.reading():
        refresh_vocabulary()  # read after the queued rows: an acronym change and its rows commit together
        found = build_documents(post_ids)
        db.session.rollback()
    return found


def _release(writer, *, replaced: bool = False) -> None:
    """Give the index's write lock back, whatever state the writer is in.

    `replaced`: a rebuild has just removed the index this writer locked, so cancelling it is expected to fail.
    """
    try:
        writer.cancel()
    except Exception:  # noqa: BLE001 - a half-committed writer (disk full) or a folder a rebuild removed
        if not replaced:
            log.warning("search writer could not be cancelled; releasing its lock", exc_info=True)
        with contextlib.suppress(Exception):
            writer.writelock.release()


def _forget_rows(row_ids: list[int]) -> None:
    db.session.execute(delete(SearchOutbox).where(SearchOutbox.id.in_(row_ids)))
    db.session.commit()


def rebuild(progress: Callable[[int], None] | None = None, batch_size: int = 1000, *,
            holding_lock: bool = False, wait: float = 120.0) -> int:
    """Index every post into a fresh index and switch to it; returns the number of documents. Every change
    queued before the rebuild began is in the new index, so those outbox rows are forgotten. With Whoosh the
    index in use stays locked meanwhile (drainers skip), so no change is written to the old index and then
    lost at the switch; later changes wait in the outbox for the new one. PostgreSQL's tables are analyzed."""
    backend = get_backend()
    total = 0
    # The rows queued (and committed) before it begins: the new index holds their changes. Exactly these
    # ids, not "every id up to the largest": on PostgreSQL a transaction still open may hold a smaller one.
    with database.reading():
        covered = list(db.session.execute(select(SearchOutbox.id)).scalars())
        refresh_vocabulary()
        db.session.rollback()
    if isinstance(backend, WhooshBackend):
        guard = None if holding_lock else _lock_index(backend, wait)
        try:
            folder = backend.new_generation()
            writer = backend.writer(folder)
            try:
                for ids in all_post_ids(batch_size):
                    read_pending(ids)
                    with database.reading():
                        documents, _ = build_documents(ids)
                        db.session.rollback()
                    backend.write(writer, documents, [])
                    total += len(documents)
                    if progress:
                        progress(len(ids))
            except BaseException:
                writer.cancel()
                raise
            writer.commit()
            backend.switch_to(folder)
        finally:
            if guard is not None:
                _release(guard, replaced=True)
    else:
        with contextlib.nullcontext(True) if holding_lock else backend.writer_lock(wait=True):
            backend.clear()
            for ids in all_post_ids(batch_size):
                read_pending(ids)
                documents, _ = build_documents(ids)
                backend.index(documents)
                total += len(documents)
                if progress:
                    progress(len(ids))
            backend.analyze()
    for start in range(0, len(covered), 500):
        db.session.execute(delete(SearchOutbox).where(SearchOutbox.id.in_(covered[start:start + 500])))
    db.session.commit()
    log.info("search index rebuilt", extra={"documents": total})
    return total


def _lock_index(backend: WhooshBackend, wait: float):
    """The write lock of the index in use, waiting for a drainer to finish its batch."""
    backend.ensure_index()
    deadline = time.monotonic() + wait
    while True:
        try:
            return backend.writer()
        except LockError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def repair_if_needed() -> bool:
    """A missing or unreadable index is replaced by an empty one and a full reindex is queued."""
    backend = get_backend()
    if not isinstance(backend, WhooshBackend):
        if not backend.lacks_fields():
            return False
        log.info("search documents stored in an older format; queueing a rebuild")
        db.session.add(SearchOutbox(post_id=None, action="rebuild"))
        db.session.commit()
        return True
    try:
        if backend.ensure_index():
            log.info("search index created; queueing a full index")
            db.session.add(SearchOutbox(post_id=None, action="rebuild"))
            db.session.commit()
            return True
        backend.document_count()
        if backend.lacks_fields():
            log.info("search index has an older schema; queueing a rebuild")
            db.session.add(SearchOutbox(post_id=None, action="rebuild"))
            db.session.commit()
            return True
        return False
    except Exception as err:  # noqa: BLE001 - any broken index is replaced; the site keeps serving
        log.warning("search index unusable; rebuilding", extra={"error": type(err).__name__})
        backend.clear()
        db.session.add(SearchOutbox(post_id=None, action="rebuild"))
        db.session.commit()
        return True


class BackgroundDrainer:
    """A thread in each web worker that drains the outbox; it skips while another process holds the index."""

    def __init__(self, app: Flask, interval: float):
        self.app = app
        self.interval = interval
        self._stop = threading.Event()
        self.thread = threading.Thread(target=self._run, name="search-drainer", daemon=True)

    def start(self) -> None:
        self.thread.start()

    def stop(self) -> None:
        self._stop.set()

    def _run(self) -> None:
        database_down = False
        while not self._stop.wait(self.interval):
            try:
                with self.app.app_context():
                    if has_pending():
                        drain()
                if database_down:
                    log.warning("search drain resumed: database reachable again")
                    database_down = False
            except OperationalError as err:
                # The database is down or restarting: said once per outage, not a traceback every few seconds.
                if not database_down:
                    log.warning("search drain paused: database unavailable",
                                extra={"error": type(err.orig).__name__ if err.orig else "?"})
                    database_down = True
                self._stop.wait(self.interval * 4)
            except Exception:  # noqa: BLE001 - the drainer must outlive any single failure
                log.exception("search drain failed")
                self._stop.wait(self.interval * 4)
