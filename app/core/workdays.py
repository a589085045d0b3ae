"""Working days (hari kerja) in Indonesia: Monday to Friday, less the national public holidays.

Pure arithmetic on dates; the holidays come from the maintained `holidays` library (see
docs/architecture.md), so a new year's decreed holidays arrive with a dependency update, not a code change.
"""
from __future__ import annotations

from datetime import date, datetime, timedelta
from functools import lru_cache

import holidays


@lru_cache(maxsize=32)
def _holidays(year: int) -> frozenset[date]:
    return frozenset(holidays.country_holidays("ID", years=year))


def is_working_day(day: date) -> bool:
    return day.weekday() < 5 and day not in _holidays(day.year)


def working_days_between(start: date | datetime, end: date | datetime) -> int:
    """The working days after `start` up to and including `end` (0 when end is not later than start).

    Asked on Friday and answered on Monday is 1 working day; asked and answered the same day is 0.
    """
    first = start.date() if isinstance(start, datetime) else start
    last = end.date() if isinstance(end, datetime) else end
    count, day = 0, first + timedelta(days=1)
    while day <= last:
        if is_working_day(day):
            count += 1
        day += timedelta(days=1)
    return count
