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

    @property
    def is_empty(self) -> bool:
        return not (self.terms or self.phrases or self.tag or self.agency or self.author or self.stage)


@dataclass
class Hit:
    key: int
    score: float


@dataclass
class SearchPage:
    hits: list[Hit]
    total: int
    counts: dict[str, int]  # by kind, for the same query without the kind filter
    suggestion: str | None = None


class SearchBackend(Protocol):
    name: str

    def index(self, documents: list[SearchDocument]) -> None: ...

    def delete(self, keys: list[int]) -> None: ...

    def search(self, query: ParsedQuery, *, page: int = 1, per_page: int = 20) -> SearchPage: ...

    def clear(self) -> None: ...

    def status(self) -> dict: ...
