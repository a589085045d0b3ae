"""Praktik Baik: best-practice articles that any member may improve, with numbered revisions."""
from __future__ import annotations

from flask import Flask


def init_app(app: Flask) -> None:
    """The articles' pages, edit suggestions in moderation's review queue, and Direplikasi on adoption."""
    from app.articles.facts import template_helpers
    from app.articles.replication import install
    from app.articles.review_queue import register_review
    from app.articles.review_views import practices_cli
    from app.articles.review_views import template_helpers as review_helpers
    from app.articles.views import articles_bp

    app.register_blueprint(articles_bp)
    app.context_processor(template_helpers)
    app.context_processor(review_helpers)
    app.cli.add_command(practices_cli)
    register_review()
    install()
