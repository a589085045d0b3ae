"""Praktik Baik: best-practice articles that any member may improve, with numbered revisions."""
from __future__ import annotations

from flask import Flask


def init_app(app: Flask) -> None:
    """The articles' pages, and edit suggestions in moderation's review queue."""
    from app.articles.review_queue import register_review
    from app.articles.views import articles_bp

    app.register_blueprint(articles_bp)
    register_review()
