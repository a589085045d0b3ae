"""What every outbox table shares (webhook deliveries, Telegram messages): pick the due rows, claim one so
that only one worker sends it, and after a failed try schedule the next one or give up.

A table has `id`, `status`, `attempts` and `next_attempt_at`. A row is claimed by pushing its next try past
CLAIM in a committed UPDATE that only one process can win (it names the time it read); a worker that dies
mid-send leaves the row to be tried again after CLAIM.
"""
from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select, update

from app.core.timeutil import utcnow
from app.extensions import db

BACKOFF = (60, 300, 1800, 7200, 43200)  # seconds after the 1st..5th failed attempt; the 6th failure gives up
CLAIM = timedelta(minutes=2)


def due(model, pending: str, limit: int) -> list[tuple[int, datetime]]:
    """(id, next_attempt_at) of the rows whose time has come, oldest first; ends the read transaction."""
    rows = list(db.session.execute(
        select(model.id, model.next_attempt_at)
        .where(model.status == pending, model.next_attempt_at <= utcnow())
        .order_by(model.next_attempt_at, model.id).limit(limit)))
    db.session.rollback()
    return [(row_id, when) for row_id, when in rows]


def claim(model, pending: str, row_id: int, when: datetime) -> bool:
    """Whether this process won the row (committed at once)."""
    result = db.session.execute(update(model).where(
        model.id == row_id, model.status == pending, model.next_attempt_at == when)
        .values(next_attempt_at=utcnow() + CLAIM))
    db.session.commit()
    return result.rowcount == 1


def retry_or_give_up(row, failed: str, *, wait: float | None = None) -> bool:
    """After a failed try (`row.attempts` already counts it): the next try after the backoff (or `wait`
    seconds, if longer, as a 429's retry_after asks), or give up; returns whether it gave up."""
    if row.attempts <= len(BACKOFF):
        seconds = max(BACKOFF[row.attempts - 1], wait or 0)
        row.next_attempt_at = utcnow() + timedelta(seconds=seconds)
        return False
    row.status, row.next_attempt_at = failed, None
    return True
