"""Ranking periods, with boundaries at midnight in Medan (WIB), returned as naive UTC."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from flask_babel import lazy_gettext as _l

from app.core.timeutil import from_wib, to_wib, utcnow

PERIODS = {
    "minggu": _l("Minggu ini"),
    "bulan": _l("Bulan ini"),
    "kuartal": _l("Kuartal ini"),
    "tahun": _l("Tahun ini"),
    "semua": _l("Semua waktu"),
}


@dataclass
class Period:
    key: str
    start: datetime | None  # naive UTC, None for all time

    @property
    def label(self) -> str:
        return str(PERIODS[self.key])


def period(key: str, now: datetime | None = None) -> Period:
    local = to_wib(now or utcnow())
    midnight = local.replace(hour=0, minute=0, second=0, microsecond=0)
    if key == "minggu":
        start = midnight - timedelta(days=midnight.weekday())
    elif key == "bulan":
        start = midnight.replace(day=1)
    elif key == "kuartal":
        start = midnight.replace(month=3 * ((midnight.month - 1) // 3) + 1, day=1)
    elif key == "tahun":
        start = midnight.replace(month=1, day=1)
    else:
        return Period("semua", None)
    return Period(key, from_wib(start))
