"""Time in the plan: seconds since the site opened three years ago, with recent activity more frequent."""
from __future__ import annotations

import random
from datetime import datetime, timedelta

from app.core.timeutil import utcnow

DAY = 86_400.0
HOUR = 3_600.0
SPAN_DAYS = 3 * 365
WIB = 7 * HOUR
_EPOCH = datetime(1970, 1, 1)


class Clock:
    """`now` is the current hour (so a seed gives the same rows all through that hour); 0 is three years before."""

    def __init__(self, now: datetime | None = None):
        self.now_at = (now or utcnow()).replace(minute=0, second=0, microsecond=0)
        self.start_at = self.now_at - timedelta(days=SPAN_DAYS)
        self.now = SPAN_DAYS * DAY
        self._start_epoch = (self.start_at - _EPOCH).total_seconds()

    def at(self, offset: float) -> datetime:
        return self.start_at + timedelta(seconds=round(offset))

    def wib_day(self, offset: float) -> int:
        """The day in Medan (the reputation cap resets at midnight WIB)."""
        return int((self._start_epoch + offset + WIB) // DAY)

    def wib_year(self, offset: float) -> int:
        return (self.at(offset) + timedelta(seconds=WIB)).year

    def recent(self, rng: random.Random, shape: float = 1.5, newest: float = 2 * HOUR) -> float:
        """A moment in the three years, more often recent: P(age < x) = (x / span) ** (1 / shape)."""
        return max(self.now - self.now * rng.random() ** shape, DAY) - newest

    def after(self, rng: random.Random, start: float, mean_days: float = 1.5, late_share: float = 0.2) -> float:
        """A moment after `start` and before now: mostly soon after, sometimes any time since."""
        room = self.now - start
        if room <= 2:
            return start + room / 2
        delay = room * rng.random() if rng.random() < late_share else rng.expovariate(1 / (mean_days * DAY))
        if delay >= room:
            delay = room * rng.random()
        return start + max(delay, min(60.0, room / 2))


def stream(seed: int, purpose: str) -> random.Random:
    """A seeded pseudo-random stream for one purpose of the generator (test data, not secrets)."""
    return random.Random(f"{seed}:{purpose}")  # noqa: S311
