"""When a post is written or edited, the uploads of the one who wrote it that its body links to are attached
to it (content announces the save; it never imports files)."""
from __future__ import annotations

from app.content.signals import post_created, post_edited
from app.files.services import attach_from_body


def _on_created(post, author, **_):
    attach_from_body(post.id, author.id, post.body_md)


def _on_edited(post, editor, **_):
    attach_from_body(post.id, editor.id, post.body_md)


def connect_listeners() -> None:
    # weak=False: the functions live as long as the module; connecting twice (several apps in tests) is a no-op.
    post_created.connect(_on_created, weak=False)
    post_edited.connect(_on_edited, weak=False)
