"""Time: stored as naive UTC in the database, shown in WIB (Asia/Jakarta).

Medan keeps UTC+7 all year (no daylight saving), so a fixed offset is exact and much cheaper than a zone
lookup; every conversion between the stored UTC and the site's calendar goes through the helpers here.
"""
from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

WIB_OFFSET = timedelta(hours=7)
WIB = timezone(WIB_OFFSET, "WIB")


def utcnow() -> datetime:
    """Naive UTC, the form every timestamp column stores (SQLite keeps no time zone)."""
    return datetime.now(UTC).replace(tzinfo=None)


def to_wib(moment: datetime) -> datetime:
    """A naive UTC datetime as naive WIB wall-clock time."""
    return moment + WIB_OFFSET


def from_wib(local: datetime) -> datetime:
    """A naive WIB wall-clock time as the naive UTC the database stores."""
    return local - WIB_OFFSET


def aware_wib(value: datetime) -> datetime:
    """An aware datetime in WIB; a naive one is read as UTC (as the database stores it)."""
    return (value if value.tzinfo else value.replace(tzinfo=UTC)).astimezone(WIB)


def wib_date(moment: datetime) -> date:
    """The calendar date in Medan of a naive UTC datetime."""
    return to_wib(moment).date()


def wib_year(moment: datetime | None = None) -> int:
    """The year in Medan (now by default): 31 December at 20.00 WIB belongs to that year."""
    return to_wib(moment or utcnow()).year


def wib_midnight(moment: datetime) -> datetime:
    """The start (in naive UTC) of the WIB day that holds the naive UTC `moment`."""
    return from_wib(to_wib(moment).replace(hour=0, minute=0, second=0, microsecond=0))
