"""Differences between two revisions, line by line and word by word, for the Perbedaan page."""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

_WORDS = re.compile(r"\s+|[^\s]+")


@dataclass
class Segment:
    text: str
    change: str  # "same", "added", "removed"


@dataclass
class DiffLine:
    change: str  # "same", "added", "removed", "changed"
    old: list[Segment] = field(default_factory=list)
    new: list[Segment] = field(default_factory=list)


@dataclass
class DiffSummary:
    lines: list[DiffLine]
    added: int
    removed: int


def _word_diff(old: str, new: str) -> tuple[list[Segment], list[Segment]]:
    a, b = _WORDS.findall(old), _WORDS.findall(new)
    left: list[Segment] = []
    right: list[Segment] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            left.append(Segment("".join(a[i1:i2]), "same"))
            right.append(Segment("".join(b[j1:j2]), "same"))
        else:
            if i2 > i1:
                left.append(Segment("".join(a[i1:i2]), "removed"))
            if j2 > j1:
                right.append(Segment("".join(b[j1:j2]), "added"))
    return left, right


def diff_text(old: str, new: str, context: int | None = 3) -> DiffSummary:
    """Line diff with word-level marks inside changed lines; unchanged runs are cut to `context` lines."""
    a, b = (old or "").splitlines(), (new or "").splitlines()
    lines: list[DiffLine] = []
    added = removed = 0
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            run = a[i1:i2]
            if context is not None and len(run) > 2 * context + 1:
                run = [*run[:context], "…", *run[-context:]]
            lines.extend(DiffLine("same", [Segment(t, "same")], [Segment(t, "same")]) for t in run)
        elif op == "replace":
            # Lines replaced one for one are shown word by word; the rest as whole lines.
            paired = min(i2 - i1, j2 - j1)
            for old_line, new_line in zip(a[i1:i1 + paired], b[j1:j1 + paired], strict=True):
                left, right = _word_diff(old_line, new_line)
                lines.append(DiffLine("changed", left, right))
            lines.extend(DiffLine("removed", [Segment(t, "removed")]) for t in a[i1 + paired:i2])
            lines.extend(DiffLine("added", new=[Segment(t, "added")]) for t in b[j1 + paired:j2])
            added += j2 - j1
            removed += i2 - i1
        else:
            lines.extend(DiffLine("removed", [Segment(t, "removed")]) for t in a[i1:i2])
            lines.extend(DiffLine("added", new=[Segment(t, "added")]) for t in b[j1:j2])
            added += j2 - j1
            removed += i2 - i1
    return DiffSummary(lines, added, removed)
