"""Handles for @mentions: lower-case letters, digits and dots made from a member's name, unique."""
from __future__ import annotations

import re
import unicodedata

# The base leaves room for a numeric suffix within the column's 40 characters.
BASE_MAX_LENGTH = 30
FALLBACK = "asn"


def handle_base(name: str | None) -> str:
    """"Dr. Siti Nur'aini, S.Kom" -> "dr.siti.nuraini.s.kom": accents folded, other runs become one dot."""
    folded = unicodedata.normalize("NFKD", name or "").encode("ascii", "ignore").decode("ascii").lower()
    folded = folded.replace("'", "").replace("\u2019", "")
    base = re.sub(r"[^a-z0-9]+", ".", folded).strip(".")[:BASE_MAX_LENGTH].strip(".")
    return base or FALLBACK


def free_handle(base: str, taken: set[str]) -> str:
    """`base`, or `base2`, `base3` ... whichever is not taken (`base.2` when the base ends in a digit)."""
    if base not in taken:
        return base
    stem = f"{base}." if base[-1].isdigit() else base
    number = 2
    while f"{stem}{number}" in taken:
        number += 1
    return f"{stem}{number}"
