"""Reading ids and counts typed into URLs and forms: ASCII digits only, within a database integer."""
from __future__ import annotations

MAX_ID = 2_147_483_647  # the largest INTEGER on PostgreSQL; a larger "id" is simply not found


def parse_id(raw) -> int | None:
    """The number in `raw`, or None when it is not a plain non-negative integer that a row id can be.

    str.isdigit() is not enough: it accepts "²", which int() then refuses.
    """
    text = str(raw if raw is not None else "").strip()
    if not text or len(text) > 10 or not (text.isascii() and text.isdecimal()):
        return None
    value = int(text)
    return value if value <= MAX_ID else None
