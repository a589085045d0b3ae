"""Badge checks that wait: a write queues the member in its own transaction (one INSERT), and a drainer runs
that member's badge rules a moment later, outside the request that wrote.

`drain_badge_checks()` is the one public drainer: the web request that queued a check runs it once its
response is sent (when SEARCH_DRAIN_IN_WEB: the workers drain in the background), `flask badges drain|worker`
and `flask badges award` run it; tests call it to see the badges a vote earned, as a member sees them a moment
after the vote.
"""
from __future__ import annotations

import logging

from flask import Flask, after_this_request, current_app, g, has_request_context
from sqlalchemy import delete, insert, select

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
        drain_after_response()


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


def drain_if_pending() -> int:
    """The worker's round (app/core/background.py): one cheap read when nothing waits."""
    return drain_all() if pending() else 0


def pending() -> bool:
    with database.reading():
        found = db.session.execute(select(BadgeCheck.id).limit(1)).first() is not None
        db.session.rollback()
    return found


def drain_after_response() -> None:
    """In a web worker that drains in the background (SEARCH_DRAIN_IN_WEB), drain the queue once this
    request's response has been sent: the member waits for the vote only, not for the badge rules."""
    if not has_request_context() or not current_app.config["SEARCH_DRAIN_IN_WEB"] or g.get("badge_drain"):
        return
    g.badge_drain = True
    app = current_app._get_current_object()

    @after_this_request
    def _after(response):
        response.call_on_close(lambda: _drain_in(app))
        return response


def _drain_in(app: Flask) -> None:
    try:
        with app.app_context():
            drain_all()
    except Exception:  # noqa: BLE001 - the response is sent; the queue waits for the next drain
        log.exception("badge drain failed")
