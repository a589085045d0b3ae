"""Article verbs: write, improve (a new revision), revert to an old revision, publish a draft."""
from __future__ import annotations

from flask_babel import gettext as _
from sqlalchemy import select
from sqlalchemy.orm import joinedload

from app.accounts.models import User
from app.articles.facts import DEFAULT_STAGE, REPLICATED, check_stage, facts_of, make_facts
from app.articles.models import Article
from app.articles.reviews import count_edit, start_clock
from app.content import services as content
from app.content.models import Post, PostStatus, Revision
from app.content.permissions import can_edit, ensure
from app.core.errors import Conflict, NotFound, ValidationFailed
from app.extensions import db


def create_article(author: User, *, title: str, body: str, tags: str | list[str] | None,
                   publish: bool = True, stage: str | None = None, started_on=None,
                   indicators: list[dict] | None = None) -> Article:
    """A new practice; its stage is Ide unless the author says otherwise (never Direplikasi: the site sets it)."""
    facts = make_facts(stage or DEFAULT_STAGE, started_on, indicators)
    if facts["stage"] == REPLICATED:
        check_stage(Article(stage=DEFAULT_STAGE), REPLICATED, author)
    article = content.create_post(Article, author, title=title, body=body, tags=tags or [],
                                  status=(PostStatus.PUBLISHED if publish else PostStatus.DRAFT).value,
                                  stage=facts["stage"], started_on=started_on, indicators=facts["indicators"])
    start_clock(article)
    return article


def check_base_revision(article: Article, base_revision: int | None) -> None:
    """The edit was written on revision `base_revision`: when another one was saved since, refuse it (409)
    rather than overwrite it unseen. The row is locked first, so two edits on one base cannot both pass."""
    if base_revision is None:
        return
    current = db.session.execute(select(Post.revision_count).where(Post.id == article.id).with_for_update()
                                 ).scalar_one()
    if current != base_revision:
        raise Conflict(_("Artikel ini sudah diubah menjadi revisi %(n)d sejak revisi %(base)d yang Anda sunting. "
                         "Baca versi terbaru lalu kirim ulang suntingan Anda.", n=current, base=base_revision),
                       field="base_revision")


def improve_article(article: Article, editor: User, *, title: str, body: str, tags, summary: str | None,
                    publish: bool = False, facts: dict | None = None,
                    base_revision: int | None = None) -> Revision | None:
    """A new revision of the practice; `facts` (make_facts) may move the stage forward (backward: moderators).
    `base_revision`: the revision the editor started from (check_base_revision)."""
    check_base_revision(article, base_revision)
    if facts is not None:
        check_stage(article, facts["stage"], editor)
    before = (article.body_md, facts_of(article))
    revision = content.edit_post(article, editor, title=title, body=body, tags=tags, summary=summary, facts=facts)
    if publish and article.status == PostStatus.DRAFT and editor.id == article.author_id:
        content.change_status(article, PostStatus.PUBLISHED, editor)
        start_clock(article)
    if revision is not None:
        content.bump_activity(article)
        count_edit(article, editor, before, (article.body_md, facts_of(article)))
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
    """Restore an old revision's text, tags, stage and indicators as a new revision (history is never
    rewritten). A revision older than stages (no facts) leaves them as they are. The stage goes back with it
    only for a moderator or an admin, and never to Direplikasi: for anyone else it stays where it is."""
    ensure(can_edit(editor, article), _("Anda tidak dapat mengubah artikel ini."))
    old = get_revision(article, number)
    facts = None
    if old.facts is not None:
        facts = dict(old.facts)
        try:
            check_stage(article, facts.get("stage") or DEFAULT_STAGE, editor)
        except ValidationFailed:
            facts["stage"] = article.stage or DEFAULT_STAGE
    revision = content.edit_post(article, editor, title=old.title, body=old.body_md, tags=old.tags, summary=None,
                                 facts=facts)
    if revision is not None:
        revision.reverted_from = number
    return revision
