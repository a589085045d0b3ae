"""The search backend interface: the index returns keys and scores, the database returns the rows."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol


@dataclass
class SearchDocument:
    """What the index knows of one published post (only public fields)."""

    key: int
    kind: str
    title: str
    body: str  # plain text
    tags: list[str]
    agency: str  # agency code
    author: str  # author's name
    author_id: int
    created_at: datetime
    votes: int
    accepted: bool  # an accepted answer, or a question that has one
    parent_title: str = ""
    attachments: str = ""  # the names and text of its attached documents (a field of its own)
    stage: str = ""  # an article's stage (Tahap: ide, uji_coba, diterapkan, direplikasi); "" for other kinds
    obsolete: bool = False  # a practice marked "Tidak berlaku lagi": ranked lower, never removed
    root: int | None = None  # the question or discussion an answer or reply belongs to; None: the post itself

    @property
    def root_key(self) -> int:
        return self.root or self.key


@dataclass
class ParsedQuery:
    """A user's query after parsing: only these parts ever reach a backend."""

    terms: list[str] = field(default_factory=list)
    phrases: list[str] = field(default_factory=list)
    excluded: list[str] = field(default_factory=list)
    kind: str | None = None
    tag: str | None = None
    agency: str | None = None
    author: str | None = None
    stage: str | None = None  # tahap:<stage>, articles only
    date_from: datetime | None = None
    date_to: datetime | None = None
    sort: str = "relevance"
    match_any: bool = False  # any word may match (similar questions), not every word
    grouped: bool = False  # one hit per question or discussion (its best matching part); kind filters roots

    @property
    def is_empty(self) -> bool:
        return not (self.terms or self.phrases or self.tag or self.agency or self.author or self.stage)


# The kind a matching part counts as (always): an answer counts for its question, a reply for its discussion.
# Counts by kind count these roots; answers and replies are also counted as parts.
ROOT_KINDS = {"answer": "question", "reply": "thread"}
PART_KINDS = ("answer", "reply")


def totals(parts: dict[str, int], groups: dict[str, int]) -> dict[str, int]:
    """The counts by kind shown with results: roots for articles, discussions and questions, parts for answers
    and replies."""
    counts = {k: n for k, n in groups.items() if k not in PART_KINDS and n}
    counts.update({k: parts[k] for k in PART_KINDS if parts.get(k)})
    return counts


def total_of(parsed: ParsedQuery, parts: dict[str, int], groups: dict[str, int], all_groups: int) -> int:
    """How many results a query lists: roots when grouped (of one root kind, or all), otherwise parts."""
    if parsed.grouped and parsed.kind not in PART_KINDS:
        return groups.get(parsed.kind, 0) if parsed.kind else all_groups
    return parts.get(parsed.kind, 0) if parsed.kind else sum(parts.values())


@dataclass
class Hit:
    key: int
    score: float
    root: int | None = None  # grouped results: the question or discussion of this part
    others: int = 0  # grouped results: how many other parts of the same root match too


@dataclass
class SearchPage:
    hits: list[Hit]
    total: int
    counts: dict[str, int]  # by kind, for the same query without the kind filter
    suggestion: str | None = None
    all_total: int | None = None  # results without the kind filter (the "Semua" tab)


class SearchBackend(Protocol):
    name: str

    def index(self, documents: list[SearchDocument]) -> None: ...

    def delete(self, keys: list[int]) -> None: ...

    def search(self, query: ParsedQuery, *, page: int = 1, per_page: int = 20) -> SearchPage: ...

    def clear(self) -> None: ...

    def status(self) -> dict: ...
