"""Badge checks that wait: a write queues the member in its own transaction (one INSERT), and a drainer runs
that member's badge rules a moment later, outside the request that wrote.

`drain_badge_checks()` is the one public drainer: the background thread of each web worker (when
SEARCH_DRAIN_IN_WEB), `flask badges drain|worker` and `flask badges award` run it; tests call it to see the
badges a vote earned, as a member sees them a moment after the vote.
"""
from __future__ import annotations

import logging
import threading

from flask import Flask
from sqlalchemy import delete, insert, select
from sqlalchemy.exc import OperationalError

from app.core import database
from app.extensions import db
from app.reputation.badge_models import BadgeCheck
from app.reputation.badges import award_badges

log = logging.getLogger(__name__)
BATCH = 200


def queue_badge_check(user_ids) -> None:
    """Queue these members for a badge check, in the caller's transaction."""
    ids = sorted(set(user_ids))
    if ids:
        db.session.execute(insert(BadgeCheck), [{"user_id": uid} for uid in ids])


def drain_badge_checks(limit: int = BATCH) -> int:
    """Run the badge rules of the queued members (up to `limit` queue rows) and commit; returns the rows done."""
    rows = db.session.execute(select(BadgeCheck.id, BadgeCheck.user_id).order_by(BadgeCheck.id).limit(limit)).all()
    if not rows:
        db.session.rollback()
        return 0
    award_badges(sorted({user_id for _, user_id in rows}))
    db.session.execute(delete(BadgeCheck).where(BadgeCheck.id.in_([row_id for row_id, _ in rows])))
    db.session.commit()
    return len(rows)


def drain_all() -> int:
    done = total = drain_badge_checks()
    while done:
        done = drain_badge_checks()
        total += done
    return total


def pending() -> bool:
    with database.reading():
        found = db.session.execute(select(BadgeCheck.id).limit(1)).first() is not None
        db.session.rollback()
    return found


class BadgeDrainer:
    """A thread in each web worker that drains the badge queue (beside the search drainer)."""

    def __init__(self, app: Flask, interval: float):
        self.app, self.interval = app, interval
        self._stop = threading.Event()
        self.thread = threading.Thread(target=self._run, name="badge-drainer", daemon=True)

    def start(self) -> None:
        self.thread.start()

    def stop(self) -> None:
        self._stop.set()

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            try:
                with self.app.app_context():
                    if pending():
                        drain_all()
            except OperationalError:
                self._stop.wait(self.interval * 4)  # the database is down or busy: try again later
            except Exception:  # noqa: BLE001 - the drainer must outlive any single failure
                log.exception("badge drain failed")
                self._stop.wait(self.interval * 4)


_drainers: dict[int, BadgeDrainer] = {}
_lock = threading.Lock()


def start_drainer(app: Flask) -> None:
    if id(app) in _drainers:
        return
    with _lock:
        if id(app) not in _drainers:
            drainer = BadgeDrainer(app, app.config["SEARCH_DRAIN_INTERVAL"])
            _drainers[id(app)] = drainer
            drainer.start()


def stop_drainers() -> None:
    with _lock:
        for drainer in _drainers.values():
            drainer.stop()
        _drainers.clear()
