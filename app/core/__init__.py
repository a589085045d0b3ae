"""Shared kernel: domain errors, permissions, database set-up, time, safe redirects."""
from __future__ import annotations

from flask import Flask


def init_app(app: Flask) -> None:
    """Security headers, the page cache, fingerprinted static files and the template helpers."""
    from app.core import cache, fragments, settings, static_files  # noqa: F401 (settings: its table)
    from app.core.converters import RowIdConverter
    from app.core.jinja_env import register_template_helpers
    from app.core.security import register_security_headers

    app.url_map.converters["int"] = RowIdConverter  # before any package adds a rule
    register_security_headers(app)
    cache.init_app(app)
    fragments.init_app(app)
    static_files.init_app(app)
    register_template_helpers(app)
