"""Search: backend interface, Whoosh and PostgreSQL backends, the outbox and its drainer."""
from __future__ import annotations

from flask import Flask


def init_app(app: Flask) -> None:
    """The search pages, the outbox listener, the page-cache key part, the drainer and `flask search`."""
    from app.search import querylog
    from app.search.querylog_views import search_admin_bp
    from app.search.setup import init_search
    from app.search.views import search_bp

    app.register_blueprint(search_bp)
    app.register_blueprint(search_admin_bp)
    init_search(app)
    querylog.init_app(app)
