"""Praktik Baik: best-practice articles that any member may improve, with numbered revisions."""
from __future__ import annotations

from flask import Flask


def init_app(app: Flask) -> None:
    """The articles' pages, edit suggestions in moderation's review queue, and Direplikasi on adoption."""
    from app.articles.facts import template_helpers
    from app.articles.replication import install
    from app.articles.review_queue import register_review
    from app.articles.views import articles_bp

    app.register_blueprint(articles_bp)
    app.context_processor(template_helpers)
    register_review()
    install()
