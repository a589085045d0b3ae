"""The word lists of the Indonesian analysis: stopwords, stem exceptions, acronyms and compounds.

The lists themselves are data files in app/search/data/ (one `key = value` or a run of words a line, `#`
starts a comment); agency acronyms come from the agencies list. Changing any of them needs
`flask search rebuild`, except acronyms: those files only seed the `acronyms` table (migration 0031), which
admins edit on /admin/acronyms (app/search/acronyms.py).
"""
from __future__ import annotations

import csv
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"
AGENCIES_CSV = Path(__file__).resolve().parent.parent / "data" / "agencies_medan.csv"


def read_lines(path: Path) -> list[str]:
    """The lines of a data file without comments and blank lines."""
    stripped = (line.split("#", 1)[0].strip() for line in path.read_text(encoding="utf-8").splitlines())
    return [line for line in stripped if line]


def read_mapping(path: Path) -> dict[str, str]:
    """`key = value` lines as a dict, in file order. A line without both sides or a key given twice is an
    error at import: in a data file nothing else would catch it."""
    found: dict[str, str] = {}
    for line in read_lines(path):
        key, _, value = (part.strip() for part in line.partition("="))
        if not key or not value:
            raise ValueError(f"{path.name}: expected `key = value`, not {line!r}")
        if key in found:
            raise ValueError(f"{path.name}: {key!r} is listed twice")
        found[key] = value
    return found


# Function words, removed before stemming (the file says which words are deliberately absent).
STOPWORDS = frozenset(word for line in read_lines(DATA_DIR / "stopwords.txt") for word in line.split())
# Surface form -> the stem to index, checked before the stemmer.
STEM_EXCEPTIONS: dict[str, str] = read_mapping(DATA_DIR / "stem_exceptions.txt")
_COMMON_ACRONYMS: dict[str, str] = read_mapping(DATA_DIR / "acronyms.txt")
# Closed compounds and their spaced spelling, expanded like acronyms.
COMPOUNDS: dict[str, str] = read_mapping(DATA_DIR / "compounds.txt")

# Acronyms written as two words. The pair is read as one acronym so that "PP" after "Satpol" is not
# expanded to peraturan pemerintah.
ACRONYM_PHRASES = {("satpol", "pp"): "satpolpp"}

# Enclitics. Exceptions and acronyms are looked up with them removed (pemerintahnya, sop-nya); for any other
# word the stemmer itself decides, because a word may merely end in these letters (tanya, punya, ilmu).
CLITICS = ("nya", "lah", "kah", "tah", "pun", "ku", "mu")

_UNIT_WORDS = {"dinas": "Dinas ", "bag.": "Bagian "}
_PLACE_SUFFIXES = (" Setda Kota Medan", " Kota Medan")


def agency_acronyms(path: Path = AGENCIES_CSV) -> dict[str, str]:
    """Short names in the agencies list that are abbreviations, with their full names as expansions."""
    found: dict[str, str] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            words = row["short_name"].split()
            name = row["name"]
            for suffix in _PLACE_SUFFIXES:
                name = name.removesuffix(suffix)
            # "Dinas SDABMBK", "Bag. Tapem": the acronym is the last word; the unit word stays in the text.
            if len(words) == 2 and words[0].lower() in _UNIT_WORDS:
                name = name.removeprefix(_UNIT_WORDS[words[0].lower()])
                words = words[1:]
            if len(words) != 1:
                continue  # Satpol PP, RSUD Pirngadi, Kec. Medan Baru: handled in _COMMON_ACRONYMS or not one
            key = words[0].lower()
            # Inspektorat, Bag. Organisasi: a short name that is a word of the full name is no abbreviation.
            if key in name.lower().replace(",", " ").split():
                continue
            found[key] = name.lower()
    return found


ACRONYMS: dict[str, str] = {**agency_acronyms(), **_COMMON_ACRONYMS}


def seed_rows() -> list[dict]:
    """The seed acronyms as rows of the `acronyms` table: the agencies' short names, then acronyms.txt."""
    return [{"key": key, "acronym": display_form(key), "expansion": text} for key, text in ACRONYMS.items()]


def display_form(key: str) -> str:
    """How a seeded acronym is shown: SPBE, SP4N-LAPOR, Musrenbang."""
    return key.upper() if len(key) <= 6 or any(ch.isdigit() for ch in key) else key.capitalize()
