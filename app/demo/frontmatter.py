"""A tiny reader of the demo data files: sections of `---` / `key: value` lines / `---`, each followed by Markdown.

    ---
    title: Judul kiriman
    author: siti.lubis@simpul.test
    ---
    Isi kiriman dalam Markdown ...

A file holds one section or several (a question and its answers, a thread and its replies). A line that is just
`---` always starts a section, so a body never contains one (use `***` for a horizontal rule).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

FENCE = "---"
_KEY = re.compile(r"[a-z][a-z_]*")


class DataFileError(ValueError):
    """A data file does not follow the format; the message (Indonesian, for the operator) names the file."""


@dataclass(frozen=True)
class Section:
    meta: dict[str, str]
    body: str
    line: int  # where the section's opening `---` is, 1-based


def parse_sections(text: str, source: str) -> list[Section]:
    """Split a data file into its sections; the bodies lose their surrounding blank lines."""
    lines = text.splitlines()
    if not lines or lines[0].strip() != FENCE:
        raise DataFileError(f"{source}: berkas harus diawali baris `{FENCE}`")
    sections: list[Section] = []
    index = 0
    while index < len(lines):
        start = index
        meta, index = _front_matter(lines, index + 1, source)
        body_end = index
        while body_end < len(lines) and lines[body_end].strip() != FENCE:
            body_end += 1
        sections.append(Section(meta=meta, body="\n".join(lines[index:body_end]).strip(), line=start + 1))
        index = body_end
    return sections


def _front_matter(lines: list[str], index: int, source: str) -> tuple[dict[str, str], int]:
    meta: dict[str, str] = {}
    while index < len(lines) and lines[index].strip() != FENCE:
        key, colon, value = lines[index].partition(":")
        key = key.strip()
        if not colon or not _KEY.fullmatch(key):
            raise DataFileError(f"{source}:{index + 1}: seharusnya `kunci: nilai`, tertulis {lines[index]!r}")
        if key in meta:
            raise DataFileError(f"{source}:{index + 1}: `{key}` ditulis dua kali")
        meta[key] = value.strip()
        index += 1
    if index == len(lines):
        raise DataFileError(f"{source}: front matter sebuah bagian tidak ditutup dengan `{FENCE}`")
    return meta, index + 1
