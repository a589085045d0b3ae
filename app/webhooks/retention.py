"""Pruning the delivery log: finished deliveries (sent or given up) older than N days are deleted, except the
rows each webhook's log page shows (its newest LOG_ROWS), so pruning never changes what an admin reads there.

`flask webhooks prune --days 30` on demand; the background drain runs it at most once a day per process with
the default 30 days. Pending deliveries are never pruned.
"""
from __future__ import annotations

import time
from datetime import timedelta

from sqlalchemy import delete, select

from app.core.timeutil import utcnow
from app.extensions import db
from app.webhooks.models import DELIVERED, FAILED, Webhook, WebhookDelivery
from app.webhooks.services import LOG_ROWS

DEFAULT_DAYS = 30
PRUNE_EVERY = 24 * 3600  # seconds between the background drain's prunes
_last_prune: float | None = None


def prune_deliveries(days: int = DEFAULT_DAYS, keep: int = LOG_ROWS) -> int:
    """Delete finished deliveries created more than `days` days ago, keeping each webhook's newest `keep`
    rows; commits and returns how many were deleted."""
    cutoff = utcnow() - timedelta(days=days)
    deleted = 0
    for hook_id in db.session.execute(select(Webhook.id)).scalars().all():
        # The log lists a webhook's deliveries newest id first: the keep-th id is the oldest one shown.
        oldest_shown = db.session.execute(
            select(WebhookDelivery.id).where(WebhookDelivery.webhook_id == hook_id)
            .order_by(WebhookDelivery.id.desc()).offset(keep - 1).limit(1)).scalar() if keep > 0 else None
        if keep > 0 and oldest_shown is None:
            continue  # fewer rows than the page shows: nothing to prune
        condition = [WebhookDelivery.webhook_id == hook_id, WebhookDelivery.status.in_((DELIVERED, FAILED)),
                     WebhookDelivery.created_at < cutoff]
        if oldest_shown is not None:
            condition.append(WebhookDelivery.id < oldest_shown)
        deleted += db.session.execute(delete(WebhookDelivery).where(*condition)).rowcount
    db.session.commit()
    return deleted


def prune_daily() -> int:
    """The background drain: prune with the defaults at most once a day (the first round of a process too)."""
    global _last_prune
    if _last_prune is not None and time.monotonic() - _last_prune < PRUNE_EVERY:
        return 0
    _last_prune = time.monotonic()
    return prune_deliveries()
