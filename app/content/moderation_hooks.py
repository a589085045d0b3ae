"""What features add to moderation: actions on their posts, and the review of their edit suggestions.

Moderation is a feature like the others, so it cannot import threads or articles, nor they it. The hooks
live here, on the floor below both: a feature registers what only it knows at start-up, and moderation
reads what was registered.
"""
from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass

from flask_babel import gettext as _
from sqlalchemy import Select

from app.content import queries
from app.content.models import Post, PostStatus
from app.core.errors import ValidationFailed
from app.core.numbers import parse_id

TOP_LEVEL = frozenset({"article", "question", "thread"})


@dataclass(frozen=True)
class PostAction(ABC):
    """A moderation action on one post; moderation checks the role, locks the post and writes the log."""

    name: str
    label: object
    kinds: frozenset[str] = TOP_LEVEL | {"answer", "reply"}
    params: tuple[str, ...] = ()
    bulk: bool = True  # offered for a selection in the queue

    def applies(self, post: Post) -> bool:
        return post.kind in self.kinds and self.ready(post)

    def ready(self, post: Post) -> bool:
        return True

    @abstractmethod
    def apply(self, post: Post, actor, **params) -> bool:
        """Change the post; True when something changed (the caller logs it and tells the author)."""


def target_post(raw, kind: str, what: str, field: str) -> Post:
    """The published post of `kind` named by an id or a pasted address such as /questions/12/judul."""
    parts = str(raw or "").strip()[:300].rstrip("/").rsplit("/", 2)
    post_id = next((parse_id(part) for part in reversed(parts) if parse_id(part) is not None), None)
    post = queries.load_post(post_id, kind) if post_id is not None else None
    if post is None or post.status != PostStatus.PUBLISHED:
        raise ValidationFailed(_("%(what)s tidak ditemukan; tuliskan nomor atau alamatnya.", what=what), field=field)
    return post


_actions: dict[str, PostAction] = {}


def register_actions(*actions: PostAction) -> None:
    """Offer these actions on posts of their kinds; registering a name again replaces it in place."""
    for action in actions:
        _actions[action.name] = action


def registered_actions() -> dict[str, PostAction]:
    return dict(_actions)


@dataclass(frozen=True)
class SuggestionReview:
    """How the review queue reads and decides edit suggestions, which the feature that stores them offers."""

    pending_ids: Callable[[], Select]  # the ids of suggestions still waiting for a decision
    load: Callable[[list[int]], dict[int, object]]  # suggestions by id, with their editor loaded
    decide: Callable[..., None]  # (suggestion_id, post, reviewer, decision, reason): approve or dismiss


_suggestion_review: list[SuggestionReview] = []


def register_suggestion_review(review: SuggestionReview) -> None:
    _suggestion_review[:] = [review]


def suggestion_review() -> SuggestionReview:
    return _suggestion_review[0]
