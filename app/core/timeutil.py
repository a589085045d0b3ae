"""Time: stored as naive UTC in the database, shown in WIB (Asia/Jakarta)."""
from __future__ import annotations

from datetime import UTC, datetime


def utcnow() -> datetime:
    """Naive UTC, the form every timestamp column stores (SQLite keeps no time zone)."""
    return datetime.now(UTC).replace(tzinfo=None)
