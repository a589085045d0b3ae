"""Usulan suntingan: below the direct-edit threshold, an edit of someone else's article waits for review.

The author of the article, a moderator, or a member with the review privilege approves or rejects it;
the member who suggested it may withdraw it. Approval writes a revision in the suggester's name, and the
reputation kernel gives the "edit" points when it hears `edit_suggestion_reviewed`.
"""
from __future__ import annotations

from flask_babel import gettext as _
from sqlalchemy import select
from sqlalchemy.orm import joinedload

from app.accounts.models import User
from app.articles.facts import DEFAULT_STAGE, check_stage, facts_of
from app.articles.models import Article, EditSuggestion, SuggestionStatus
from app.content import services as content
from app.content.limits import check_new_member
from app.content.models import Post, PostStatus
from app.content.permissions import can_edit, is_moderator, parent_state_refusal
from app.content.signals import edit_suggested, edit_suggestion_reviewed
from app.content.text import clean_body, clean_title, parse_tag_names
from app.core.errors import Conflict, NotFound, PermissionDenied, ValidationFailed
from app.core.timeutil import utcnow
from app.extensions import db
from app.reputation.privileges import has_privilege

NOTE_MAX_LENGTH = 500


def _active(user) -> bool:
    return bool(user is not None and getattr(user, "is_authenticated", False) and not user.is_suspended)


def needs_review(user, article: Post) -> bool:
    """Whether this member's edit of this article waits for review instead of being published at once."""
    return (_active(user) and article.kind == "article" and article.status == PostStatus.PUBLISHED
            and user.id != article.author_id and not is_moderator(user)
            and not has_privilege(user, "edit_directly"))


def can_edit_directly(user, article: Post) -> bool:
    """Edit, and revert to an old revision, without review."""
    return can_edit(user, article) and not needs_review(user, article)


def can_review(user, article: Post, suggestion: EditSuggestion | None = None) -> bool:
    """The article's author, a moderator, or a member with the review privilege; never one's own suggestion."""
    if not _active(user) or parent_state_refusal(user, article) is not None:
        return False  # published, and not locked unless a moderator reviews
    if suggestion is not None and suggestion.editor_id == user.id:
        return False
    return user.id == article.author_id or is_moderator(user) or has_privilege(user, "review")


def can_see(user, article: Post, suggestion: EditSuggestion) -> bool:
    return _active(user) and (suggestion.editor_id == user.id or can_review(user, article))


def _lock(article: Post) -> None:
    """Serialise suggestions and reviews of one article (PostgreSQL row lock; SQLite writers are serial)."""
    db.session.execute(select(Post.id).where(Post.id == article.id).with_for_update())


def pending_of(article: Post, editor: User) -> EditSuggestion | None:
    return db.session.execute(select(EditSuggestion).where(
        EditSuggestion.post_id == article.id, EditSuggestion.editor_id == editor.id,
        EditSuggestion.status == SuggestionStatus.PENDING.value)).scalar_one_or_none()


def suggest_edit(article: Article, editor: User, *, title: str, body: str, tags, summary: str | None,
                 facts: dict | None = None) -> EditSuggestion | None:
    """Record (or update) the editor's pending suggestion; None when it changes nothing of the article.
    `facts` (stage, start date, indicators) travel with it; None keeps the article's."""
    if not can_edit(editor, article) or not needs_review(editor, article):
        raise PermissionDenied(_("Anda tidak dapat mengusulkan suntingan untuk artikel ini."))
    title, body = clean_title(title), clean_body(body)
    check_new_member(editor, body, creating=False)
    names = parse_tag_names(tags)
    tag_text = ", ".join(names)
    summary = (summary or "").strip()[:255] or None
    current_facts = facts_of(article)
    if facts is not None:
        check_stage(article, facts["stage"], editor)
    facts = facts if facts is not None else current_facts
    _lock(article)
    suggestion = pending_of(article, editor)
    if (title, body, sorted(names), facts) == (article.title, article.body_md, sorted(article.tag_names),
                                               current_facts):
        if suggestion is not None:
            raise ValidationFailed(_("Usulan ini sama dengan versi sekarang. Tarik usulan Anda bila tidak "
                                     "diperlukan lagi."), field="body")
        return None
    now = utcnow()
    if suggestion is None:
        suggestion = EditSuggestion(post_id=article.id, editor_id=editor.id, created_at=now)
        db.session.add(suggestion)
    suggestion.base_number = article.revision_count
    suggestion.title, suggestion.body_md, suggestion.tags, suggestion.summary = title, body, tag_text, summary
    suggestion.facts = facts
    suggestion.updated_at = now
    db.session.flush()
    edit_suggested.send(suggestion, post=article, actor=editor)
    return suggestion


def _open(suggestion: EditSuggestion, article: Post) -> None:
    db.session.refresh(suggestion)  # read again under the lock: someone may have decided a moment ago
    if not suggestion.is_pending:
        raise Conflict(_("Usulan suntingan ini sudah ditinjau atau ditarik."))
    if article.status != PostStatus.PUBLISHED:
        raise ValidationFailed(_("Artikel ini tidak lagi terbit."))


def approve(suggestion: EditSuggestion, article: Article, reviewer: User):
    """Publish the suggested text as a revision in the suggester's name; returns that revision (or None)."""
    if not can_review(reviewer, article, suggestion):
        raise PermissionDenied(_("Anda tidak dapat meninjau usulan suntingan ini."))
    _lock(article)
    _open(suggestion, article)
    editor = db.session.get(User, suggestion.editor_id)
    facts = dict(suggestion.facts) if suggestion.facts is not None else None
    if facts is not None:
        # The stage may have moved on since (Direplikasi, say): a suggested stage behind it stays behind
        # unless the reviewer may move stages back (moderators and admins).
        try:
            check_stage(article, facts.get("stage") or DEFAULT_STAGE, reviewer)
        except ValidationFailed:
            facts["stage"] = article.stage or DEFAULT_STAGE
    revision = content.apply_edit(article, editor, title=suggestion.title, body=suggestion.body_md,
                                  tags=suggestion.tags, summary=suggestion.summary, facts=facts)
    if revision is not None:
        content.bump_activity(article)
    _decide(suggestion, reviewer, SuggestionStatus.APPROVED, None)
    suggestion.revision_number = revision.number if revision is not None else None
    db.session.flush()
    edit_suggestion_reviewed.send(suggestion, post=article, actor=reviewer, approved=True,
                                  revision=revision)
    return revision


def reject(suggestion: EditSuggestion, article: Article, reviewer: User, note: str | None) -> None:
    if not can_review(reviewer, article, suggestion):
        raise PermissionDenied(_("Anda tidak dapat meninjau usulan suntingan ini."))
    note = " ".join((note or "").split())
    if len(note) > NOTE_MAX_LENGTH:
        raise ValidationFailed(_("Alasan paling banyak %(n)d karakter.", n=NOTE_MAX_LENGTH), field="note")
    _lock(article)
    _open(suggestion, article)
    _decide(suggestion, reviewer, SuggestionStatus.REJECTED, note or None)
    db.session.flush()
    edit_suggestion_reviewed.send(suggestion, post=article, actor=reviewer, approved=False, revision=None)


def withdraw(suggestion: EditSuggestion, article: Post, member: User) -> None:
    if not _active(member) or suggestion.editor_id != member.id:
        raise PermissionDenied(_("Hanya pengusul yang dapat menarik usulan suntingan ini."))
    _lock(article)
    db.session.refresh(suggestion)
    if not suggestion.is_pending:
        raise Conflict(_("Usulan suntingan ini sudah ditinjau atau ditarik."))
    suggestion.status = SuggestionStatus.WITHDRAWN.value
    suggestion.updated_at = utcnow()


def _decide(suggestion: EditSuggestion, reviewer: User, status: SuggestionStatus, note: str | None) -> None:
    now = utcnow()
    suggestion.status, suggestion.reviewer_id, suggestion.review_note = status.value, reviewer.id, note
    suggestion.reviewed_at = suggestion.updated_at = now


# -- Read side ------------------------------------------------------------------------------------------


def get(article: Post, suggestion_id: int) -> EditSuggestion:
    suggestion = db.session.execute(
        select(EditSuggestion).options(joinedload(EditSuggestion.editor), joinedload(EditSuggestion.reviewer))
        .where(EditSuggestion.id == suggestion_id, EditSuggestion.post_id == article.id)).unique().scalar_one_or_none()
    if suggestion is None:
        raise NotFound(_("Usulan suntingan tidak ditemukan."))
    return suggestion


def listing(article: Post, viewer: User, limit: int = 50) -> list[EditSuggestion]:
    """Pending suggestions first, then the latest decisions; a member who cannot review sees only their own."""
    query = (select(EditSuggestion).options(joinedload(EditSuggestion.editor), joinedload(EditSuggestion.reviewer))
             .where(EditSuggestion.post_id == article.id))
    if not can_review(viewer, article):
        query = query.where(EditSuggestion.editor_id == viewer.id)
    pending_first = (EditSuggestion.status != SuggestionStatus.PENDING.value)
    return list(db.session.execute(query.order_by(pending_first, EditSuggestion.updated_at.desc(),
                                                  EditSuggestion.id.desc()).limit(limit)).unique().scalars())


def pending_summary(article: Post, viewer) -> tuple[int, EditSuggestion | None]:
    """For the article page: how many suggestions this viewer may review, and the viewer's own pending one."""
    if not _active(viewer) or article.kind != "article":
        return 0, None
    query = select(EditSuggestion).where(EditSuggestion.post_id == article.id,
                                         EditSuggestion.status == SuggestionStatus.PENDING.value)
    if not can_review(viewer, article):
        query = query.where(EditSuggestion.editor_id == viewer.id)
    rows = db.session.execute(query).scalars().all()
    own = next((s for s in rows if s.editor_id == viewer.id), None)
    return sum(1 for s in rows if s.editor_id != viewer.id), own
