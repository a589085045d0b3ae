"""Queues that wait for a worker process. A package registers how its queue is drained; the one worker
process (`flask search worker`, which `make run` starts beside gunicorn) runs every registered drain after
its own. The kernel knows no feature: packages hand it their drain, as with the page cache's key parts.
"""
from __future__ import annotations

import logging
from collections.abc import Callable

from flask import Flask, current_app

from app.extensions import db

log = logging.getLogger(__name__)


def register(app: Flask, name: str, drain: Callable[[], object]) -> None:
    """`drain()` runs in an app context, commits its own work and returns quickly when nothing waits."""
    app.extensions.setdefault("background_drains", {})[name] = drain


def drain_registered() -> None:
    """Run every registered drain once; one failing leaves its queue for the next round, never the others."""
    for name, drain in current_app.extensions.get("background_drains", {}).items():
        try:
            drain()
        except Exception:  # noqa: BLE001 - the queue waits for the next round
            db.session.rollback()
            log.exception("background drain failed", extra={"queue": name})
