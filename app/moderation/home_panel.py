"""Moderation's panel on a member's home (app/core/home_panels.py): the review queue's open entries by kind."""
from __future__ import annotations

from app.core import home_panels
from app.moderation import queue


def moderation(user) -> dict | None:
    kinds = queue.kinds_for(user)
    if not kinds:
        return None
    counts = queue.counts(user)
    return {"counts": {kind: int(counts.get(kind, 0)) for kind in kinds}, "total": sum(counts.values())}


def register(app) -> None:
    home_panels.register(app, "moderation", "home/moderation.html", moderation, 65)
