"""Template helpers for posts: permission checks and excerpts."""
from __future__ import annotations

import re

from flask import Flask
from markupsafe import Markup

from app.content.permissions import can_contribute, can_delete, can_edit, can_restore, can_view, is_open
from app.content.rendering import plain_text

# Headings of our own sanitised HTML: an excerpt is what was written, not the outline's "Latar Belakang".
_HEADINGS = re.compile(r"<h([1-6])\b[^>]*>.*?</h\1>", re.DOTALL)


def excerpt(html: str | Markup | None, length: int = 200) -> str:
    source = str(html or "")
    text = plain_text(_HEADINGS.sub(" ", source)) or plain_text(source)
    return text if len(text) <= length else text[: length - 1].rsplit(" ", 1)[0] + "…"


def register_content_helpers(app: Flask) -> None:
    app.jinja_env.filters["excerpt"] = excerpt
    app.jinja_env.globals.update(can_edit=can_edit, can_delete=can_delete, can_restore=can_restore,
                                 can_contribute=can_contribute, is_open=is_open, can_view=can_view)
