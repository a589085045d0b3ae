"""Article verbs: write, improve (a new revision), revert to an old revision, publish a draft."""
from __future__ import annotations

from flask_babel import gettext as _
from sqlalchemy import select
from sqlalchemy.orm import joinedload

from app.accounts.models import User
from app.articles.models import Article
from app.content import services as content
from app.content.models import PostStatus, Revision
from app.content.permissions import can_edit, ensure
from app.core.errors import NotFound
from app.extensions import db


def create_article(author: User, *, title: str, body: str, tags: str | list[str] | None,
                   publish: bool = True) -> Article:
    return content.create_post(Article, author, title=title, body=body, tags=tags or [],
                               status=(PostStatus.PUBLISHED if publish else PostStatus.DRAFT).value)


def improve_article(article: Article, editor: User, *, title: str, body: str, tags, summary: str | None,
                    publish: bool = False) -> Revision | None:
    revision = content.edit_post(article, editor, title=title, body=body, tags=tags, summary=summary)
    if publish and article.status == PostStatus.DRAFT and editor.id == article.author_id:
        content.change_status(article, PostStatus.PUBLISHED, editor)
    if revision is not None:
        content.bump_activity(article)
    return revision


def get_revision(article: Article, number: int) -> Revision:
    revision = db.session.execute(
        select(Revision).options(joinedload(Revision.editor))
        .where(Revision.post_id == article.id, Revision.number == number)
    ).scalar_one_or_none()
    if revision is None:
        raise NotFound(_("Revisi %(n)d tidak ada.", n=number))
    return revision


def revert_article(article: Article, editor: User, number: int) -> Revision | None:
    """Restore an old revision's text and tags as a new revision (history is never rewritten)."""
    ensure(can_edit(editor, article), _("Anda tidak dapat mengubah artikel ini."))
    old = get_revision(article, number)
    revision = content.edit_post(article, editor, title=old.title, body=old.body_md, tags=old.tags, summary=None)
    if revision is not None:
        revision.reverted_from = number
    return revision
