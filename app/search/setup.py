"""Wiring search into the app: the outbox listener, the background drainer, and the CLI."""
from __future__ import annotations

import logging
import threading

import click
from flask import Flask
from flask.cli import AppGroup

from app.core import cache
from app.extensions import db
from app.search import outbox

log = logging.getLogger(__name__)

_drainers: dict[int, object] = {}
_drainers_lock = threading.Lock()


def init_search(app: Flask) -> None:
    outbox.install()
    cache.add_key_part(app, "search", index_state)
    app.cli.add_command(search_cli)
    if app.config["SEARCH_DRAIN_IN_WEB"]:
        # Started by the first request, so CLI commands and the gunicorn master never start one.
        app.before_request(lambda: _start_drainer(app))


def index_state():
    """Part of a kept search page's key: results depend on the index, which the drainer updates after the
    commit, and this changes with every index commit (Whoosh only)."""
    from app.search.indexing import get_backend

    state = getattr(get_backend(), "state", None)
    if state is None:
        return None
    try:
        return state()
    except Exception:  # noqa: BLE001 - a missing or broken index: the view explains, nothing is kept
        return None


def _start_drainer(app: Flask) -> None:
    if id(app) in _drainers:
        return
    with _drainers_lock:
        if id(app) in _drainers:
            return
        from app.search.indexing import BackgroundDrainer

        drainer = BackgroundDrainer(app, app.config["SEARCH_DRAIN_INTERVAL"])
        _drainers[id(app)] = drainer
        drainer.start()


search_cli = AppGroup("search", help="Indeks pencarian: bangun ulang, sinkronkan, pekerja latar.")


@search_cli.command("rebuild", help="Bangun ulang seluruh indeks dari basis data, lalu beralih ke indeks baru.")
def rebuild_command():
    from sqlalchemy import func, select

    from app.content.models import Post
    from app.extensions import db
    from app.search.documents import INDEXED_KINDS
    from app.search.indexing import rebuild

    total = db.session.execute(select(func.count(Post.id)).where(Post.kind.in_(INDEXED_KINDS))).scalar_one()
    with click.progressbar(length=total, label="Mengindeks kiriman") as bar:
        documents = rebuild(progress=bar.update)
    click.echo(f"Indeks dibangun ulang: {documents} dokumen.")


@search_cli.command("sync", help="Indeks semua perubahan yang masih menunggu di antrean.")
def sync_command():
    from app.search.indexing import drain, get_backend, repair_if_needed

    repair_if_needed()
    done = drain()
    if done < 0:
        raise click.ClickException("Indeks sedang ditulis proses lain; coba lagi sebentar lagi.")
    # An entry is one change queued by a write (a post edited three times queues three); a document is a post.
    click.echo(f"Antrean pencarian: {done} entri antrean diproses; indeks berisi "
               f"{get_backend().document_count()} dokumen.")


@search_cli.command("worker", help="Pekerja latar: kuras antrean terus-menerus (untuk produksi).")
@click.option("--interval", type=click.FloatRange(min=0.05), default=None,
              help="Jeda antar-pemeriksaan (detik); bawaan SEARCH_DRAIN_INTERVAL (0,25).")
@click.option("--once", is_flag=True, help="Kuras sekali lalu berhenti.")
def worker_command(interval: float | None, once: bool):
    import time

    from flask import current_app

    from app.core.background import drain_registered
    from app.search.indexing import drain, has_pending, repair_if_needed

    interval = interval if interval is not None else current_app.config["SEARCH_DRAIN_INTERVAL"]

    repair_if_needed()
    click.echo("Pekerja pencarian berjalan. Tekan Ctrl+C untuk berhenti.")
    failures = 0
    while True:
        try:
            if has_pending():  # opening the index's writer only when there is something to write
                drain()
            failures = 0
        except Exception:  # noqa: BLE001 - a database restart or one bad batch must not end the worker
            db.session.rollback()
            failures += 1
            log.exception("search worker round failed", extra={"failures": failures})
        drain_registered()  # the other packages' queues (badge checks), app/core/background.py
        if once:
            return
        time.sleep(min(interval * 2 ** failures, 60.0))  # back off while it keeps failing


@search_cli.command("status", help="Keadaan indeks dan panjang antrean.")
def status_command():
    from app.search.indexing import get_backend, pending_count

    click.echo(f"{get_backend().status()} antrean={pending_count()}")


def stop_drainers() -> None:
    """Stop every background drainer of this process (tests, and a clean shutdown)."""
    with _drainers_lock:
        for drainer in _drainers.values():
            drainer.stop()
        _drainers.clear()
