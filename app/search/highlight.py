"""Snippets with the words that matched marked, the same for every backend (escaped, then marked)."""
from __future__ import annotations

import functools
import re

from markupsafe import Markup, escape

from app.search.analysis import analyze

_WORD = re.compile(r"\w+", re.UNICODE)


def query_stems(words: list[str]) -> set[str]:
    return set(analyze(" ".join(words))) if words else set()


@functools.lru_cache(maxsize=50_000)
def _stems_of(word: str) -> frozenset[str]:
    return frozenset(analyze(word))


def _matches(word: str, stems: set[str]) -> bool:
    return bool(stems) and not _stems_of(word).isdisjoint(stems)


def snippet(text: str, stems: set[str], length: int = 240, whole: bool = False) -> Markup:
    """A window of `text` around the first match (or all of it), with every matching word in <mark>."""
    text = text or ""
    words = list(_WORD.finditer(text))
    first = next((m for m in words if _matches(m.group(), stems)), None)
    start = 0
    if whole:
        length = len(text)
    elif first is not None and first.start() > length // 3:
        start = text.rfind(" ", 0, first.start() - length // 3) + 1
    end = min(len(text), start + length)
    if end < len(text):
        cut = text.rfind(" ", start, end)
        end = cut if cut > start else end
    pieces, cursor = [], start
    for match in words:
        if match.start() < start or match.end() > end:
            continue
        if _matches(match.group(), stems):
            pieces.append(escape(text[cursor:match.start()]))
            pieces.append(Markup("<mark>") + escape(match.group()) + Markup("</mark>"))
            cursor = match.end()
    pieces.append(escape(text[cursor:end]))
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(text) else ""
    return escape(prefix) + Markup("").join(pieces) + escape(suffix)


def mark_title(title: str, stems: set[str]) -> Markup:
    return snippet(title, stems, whole=True)


def attachment_hit(files: list[tuple[str, str]], stems: set[str], words: list[str]) -> tuple[str, Markup] | None:
    """The first attached document whose text holds a word of the query (or its stem), as (name, snippet
    around the match); None when no attachment matches. A substring test: cheap enough per page of hits."""
    needles = {n for n in (*stems, *(w.lower() for w in words)) if len(n) >= 2}
    for name, text in files:
        lowered = text.lower()
        positions = [p for p in (lowered.find(n) for n in needles) if p >= 0]
        if positions:
            start = max(0, min(positions) - 80)
            if start:
                start = lowered.rfind(" ", 0, start) + 1
            return name, snippet(text[start:start + 600], stems, length=240)
    return None
