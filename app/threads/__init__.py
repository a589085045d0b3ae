"""Diskusi: threads in categories, with replies."""
from __future__ import annotations

from flask import Flask


def init_app(app: Flask) -> None:
    """The discussions' pages, and merge and move among moderation's actions on posts."""
    from app.threads.moderation import register_moderation_actions
    from app.threads.views import threads_bp

    app.register_blueprint(threads_bp)
    register_moderation_actions()
