"""Template helpers for posts: permission checks and excerpts."""
from __future__ import annotations

import re
from typing import NamedTuple

from flask import Flask
from flask_login import current_user
from markupsafe import Markup

from app.content.permissions import can_contribute, can_delete, can_edit, can_restore, can_view, is_open
from app.content.rendering import plain_text
from app.core.fragments import kept, reader

# Headings of our own sanitised HTML: an excerpt is what was written, not the outline's "Latar Belakang".
_HEADINGS = re.compile(r"<h([1-6])\b[^>]*>.*?</h\1>", re.DOTALL)


def excerpt(html: str | Markup | None, length: int = 200) -> str:
    source = str(html or "")
    text = plain_text(_HEADINGS.sub(" ", source)) or plain_text(source)
    return text if len(text) <= length else text[: length - 1].rsplit(" ", 1)[0] + "…"


class PostRights(NamedTuple):
    open: bool
    edit: bool
    delete: bool
    restore: bool
    contribute: bool


def post_rights(post) -> PostRights:
    """What the reader may do with this post. The vote box, the actions, the comment form and the accept button
    all ask, each answer walks its chain again, and a reader reads the same page again and again: kept per
    content version (app/core/fragments.py) and per what the rules read of the reader, the clock included."""
    user = current_user
    return kept(("rights", *reader(), post.id, post.status, post.locked), lambda: PostRights(
        is_open(user, post), can_edit(user, post), can_delete(user, post), can_restore(user, post),
        can_contribute(user, post)))


def register_content_helpers(app: Flask) -> None:
    app.jinja_env.filters["excerpt"] = excerpt
    app.jinja_env.globals.update(can_edit=can_edit, can_delete=can_delete, can_restore=can_restore,
                                 can_contribute=can_contribute, is_open=is_open, can_view=can_view,
                                 post_rights=post_rights)
