"""URL converters. `<int:...>` stops at the largest id a database column holds, so a longer number typed into an
address is a 404 like any other unknown id, not an overflow inside the database driver (a 500)."""
from __future__ import annotations

from werkzeug.routing import IntegerConverter

LARGEST_ID = 2**31 - 1  # INTEGER on PostgreSQL; SQLite's limit is larger, the ids never reach it


class RowIdConverter(IntegerConverter):
    """Werkzeug's `int` with `max` set to LARGEST_ID unless a rule names its own."""

    def __init__(self, url_map, fixed_digits: int = 0, min: int | None = None, max: int | None = LARGEST_ID,
                 signed: bool = False) -> None:
        super().__init__(url_map, fixed_digits=fixed_digits, min=min, max=max, signed=signed)
