"""The home page and the health check."""
from __future__ import annotations

from flask import Flask


def init_app(app: Flask) -> None:
    from app.main import (
        guide,  # noqa: F401 - registers the help pages on main_bp
        panels,
    )
    from app.main.views import main_bp

    app.register_blueprint(main_bp)
    panels.init_app(app)
