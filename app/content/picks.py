"""Posts for the pickers (static/js/picker.js): published top-level posts whose title holds what was typed."""
from __future__ import annotations

from flask_babel import lazy_gettext as _l
from sqlalchemy import func, select
from sqlalchemy.orm import joinedload

from app.accounts.models import User
from app.content.models import Post, PostStatus
from app.extensions import db

KIND_LABELS = {"article": _l("Praktik Baik"), "question": _l("Pertanyaan"), "thread": _l("Diskusi")}
SUGGEST_LIMIT = 8


def _contains(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def suggest_posts(q: str | None, *, author: User | None = None, kind: str | None = None) -> list[dict]:
    """Up to 8 published posts (articles, questions, discussions) with q in the title, newest first; only
    `author`'s when given, only of `kind` when it is one of those."""
    text = " ".join((q or "").replace("\x00", "").split()).lower()[:80]
    if len(text) < 2:
        return []
    kinds = [kind] if kind in KIND_LABELS else list(KIND_LABELS)
    query = (select(Post).options(joinedload(Post.agency))
             .where(Post.kind.in_(kinds), Post.parent_id.is_(None), Post.status == PostStatus.PUBLISHED.value,
                    func.lower(Post.title).like(_contains(text), escape="\\"))
             .order_by(Post.created_at.desc(), Post.id.desc()).limit(SUGGEST_LIMIT))
    if author is not None:
        query = query.where(Post.author_id == author.id)
    return [{"value": post.url(), "label": post.title, "detail": f"{KIND_LABELS[post.kind]} · {post.agency.name}"}
            for post in db.session.execute(query).scalars()]


def own_article_titled(author: User, title: str) -> list[int]:
    """The ids (at most two) of the author's published articles with exactly this title, case aside."""
    return list(db.session.execute(
        select(Post.id).where(Post.kind == "article", Post.author_id == author.id, Post.parent_id.is_(None),
                              Post.status == PostStatus.PUBLISHED.value,
                              func.lower(Post.title) == " ".join(title.split()).lower())
        .order_by(Post.id).limit(2)).scalars())
