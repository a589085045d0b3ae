"""Edit suggestions in the moderation review queue, offered through content's moderation hooks."""
from __future__ import annotations

from flask_babel import gettext as _
from sqlalchemy import Select, select
from sqlalchemy.orm import joinedload

from app.articles import suggestions
from app.articles.models import EditSuggestion, SuggestionStatus
from app.content.models import Post
from app.content.moderation_hooks import SuggestionReview, register_suggestion_review
from app.core.errors import ValidationFailed
from app.extensions import db


def pending_ids() -> Select:
    return select(EditSuggestion.id).where(EditSuggestion.status == SuggestionStatus.PENDING.value)


def load(ids: list[int]) -> dict[int, EditSuggestion]:
    if not ids:
        return {}
    return {s.id: s for s in db.session.execute(select(EditSuggestion).options(joinedload(EditSuggestion.editor))
                                                .where(EditSuggestion.id.in_(ids))).scalars()}


def decide(suggestion_id: int, article: Post, user, decision: str, reason: str | None) -> None:
    suggestion = db.session.get(EditSuggestion, suggestion_id)
    if decision == "approve" and suggestion.base_number != article.revision_count:
        # Approving from the list would silently replace what the article gained since: look at it first.
        raise ValidationFailed(_("Artikel \u201c%(title)s\u201d sudah berubah sejak usulan dibuat. Buka usulannya "
                                 "untuk melihat perbedaannya sebelum menerima.", title=article.title))
    if decision == "approve":
        suggestions.approve(suggestion, article, user)
    elif decision == "dismiss":
        suggestions.reject(suggestion, article, user, reason)
    else:
        raise ValidationFailed(_("Usulan suntingan hanya dapat diterima atau ditolak."), field="decision")


def register_review() -> None:
    register_suggestion_review(SuggestionReview(pending_ids=pending_ids, load=load, decide=decide))
