"""Discussion verbs: start a thread in a category, reply (optionally quoting another post)."""
from __future__ import annotations

from flask_babel import gettext as _

from app.accounts.models import User
from app.content import queries
from app.content import services as content
from app.content.models import Category
from app.content.permissions import can_contribute, ensure, ensure_open
from app.core.errors import ValidationFailed
from app.threads.models import Reply, Thread


def find_category(slug: str | None) -> Category:
    category = queries.find_category(slug)
    if category is None:
        raise ValidationFailed(_("Pilih kategori dari daftar."), field="category")
    return category


def recount_category(category: Category) -> None:
    content.refresh_category_count(category.id)


def start_thread(author: User, *, title: str, body: str, category: str) -> Thread:
    return content.create_post(Thread, author, title=title, body=body, category=find_category(category))


def quote_block(post, author_name: str) -> str:
    """The Markdown a reply starts with when it quotes another post."""
    lines = post.body_md.strip().splitlines()[:12]
    quoted = "\n".join("> " + line for line in lines)
    return f"> **{author_name}** {_('menulis')}:\n>\n{quoted}\n\n"


def add_reply(thread: Thread, author: User, body: str) -> Reply:
    ensure_open(author, thread)
    ensure(can_contribute(author, thread), _("Diskusi ini ditutup atau tidak tersedia; balasan tidak diterima."))
    return content.add_child(Reply, thread, author, body)
