"""The top floor's pages: profiles and agencies, gathered from accounts, content, reputation and moderation."""
from __future__ import annotations

from flask import Flask


def init_app(app: Flask) -> None:
    from app.profiles.views import agencies_bp, users_bp

    app.register_blueprint(users_bp)
    app.register_blueprint(agencies_bp)
