"""Handles for @mentions: lower-case letters, digits and dots made from a member's name without academic
degrees and honorifics, unique; and the rules a handle chosen by the member must meet."""
from __future__ import annotations

import re
import unicodedata
from functools import cache
from pathlib import Path

# The base leaves room for a numeric suffix within the column's 40 characters.
BASE_MAX_LENGTH = 30
MAX_LENGTH = 40
MIN_LENGTH = 3
FALLBACK = "asn"
TITLES_FILE = Path(__file__).resolve().parent.parent / "data" / "academic_titles.txt"
# Words a member may not take: they would read as the site, a role or everybody.
RESERVED = frozenset({
    "admin", "administrator", "moderator", "mod", "pimpinan", "operator", "sistem", "system", "simpul",
    "simpul.asn", "asn", "pemkot", "pemko.medan", "semua", "all", "everyone", "here", "me", "saya",
    "anonim", "mantan.anggota", "bantuan", "support", "root", "null", "none", "undefined",
})
CHOSEN = re.compile(r"^[a-z0-9](?:[a-z0-9.]*[a-z0-9])?$")
# A degree written after the comma that the list does not name yet ("S.Tr.Sos.", "M.Kes.Epid").
_DEGREE_SHAPE = re.compile(r"^(?:[SMDA]|Sp)\.[A-Za-z]{1,5}(?:\.[A-Za-z]{1,5})*\.?$")


def _key(word: str) -> str:
    return re.sub(r"[.\s]+", "", word).casefold()


@cache
def title_keys() -> frozenset[str]:
    lines = TITLES_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(_key(line) for line in lines if line.strip() and not line.startswith("#"))


def _is_title(word: str) -> bool:
    return _key(word) in title_keys()


def _is_suffix(word: str) -> bool:
    return _is_title(word) and len(_key(word)) > 1 and ("." in word or word.isupper())


def _is_degree(segment: str) -> bool:
    words = segment.split()
    return bool(words) and (_is_title(segment) or all(_is_title(w) or _DEGREE_SHAPE.match(w) for w in words))


def strip_titles(name: str | None) -> str:
    """"Dr. Ir. Hj. Siti Aminah, S.Kom., M.Si." -> "Siti Aminah"; the name itself when nothing else is left."""
    first, *after = (name or "").split(",")
    words = first.split()
    while words and _is_title(words[0]):
        words.pop(0)
    # Degrees written without a comma ("Siti Aminah S.Kom"): only with a dot or in capitals and longer than
    # an initial, so that a surname that happens to spell a degree stays.
    while len(words) > 1 and _is_suffix(words[-1]):
        words.pop()
    kept = [segment for segment in after if segment.strip() and not _is_degree(segment)]
    plain = " ".join([" ".join(words), *kept]).strip()
    return plain or (name or "")


def slug(text: str | None) -> str:
    """Accents folded, apostrophes dropped, other runs become one dot, within BASE_MAX_LENGTH."""
    folded = unicodedata.normalize("NFKD", text or "").encode("ascii", "ignore").decode("ascii").lower()
    folded = folded.replace("'", "").replace("\u2019", "")
    return re.sub(r"[^a-z0-9]+", ".", folded).strip(".")[:BASE_MAX_LENGTH].strip(".")


def handle_base(name: str | None) -> str:
    """"Drs. Hendra Sitorus, M.Si." -> "hendra.sitorus"."""
    return slug(strip_titles(name)) or slug(name) or FALLBACK


def free_handle(base: str, taken: set[str]) -> str:
    """`base`, or `base2`, `base3` ... whichever is not taken (`base.2` when the base ends in a digit)."""
    if base not in taken:
        return base
    stem = f"{base}." if base[-1].isdigit() else base
    number = 2
    while f"{stem}{number}" in taken:
        number += 1
    return f"{stem}{number}"


def normalise_chosen(raw: str | None) -> str:
    """What the member typed, without a leading @ and surrounding spaces, lower-cased."""
    return (raw or "").strip().removeprefix("@").strip().lower()


def chosen_problem(handle: str) -> str | None:
    """Which rule a handle typed by the member breaks, as a key for the service's message; None if none."""
    if not MIN_LENGTH <= len(handle) <= MAX_LENGTH:
        return "length"
    if not CHOSEN.match(handle) or ".." in handle:
        return "characters"
    if handle in RESERVED:
        return "reserved"
    return None
