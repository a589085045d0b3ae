"""Content shared by every kind of post: the Post base model, revisions, tags, comments, rendering."""
from __future__ import annotations

from flask import Flask


def init_app(app: Flask) -> None:
    """Tags, comments and revisions pages, and the post helpers of every template."""
    from app.content.post_helpers import register_content_helpers
    from app.content.views import content_bp

    app.register_blueprint(content_bp)
    register_content_helpers(app)
