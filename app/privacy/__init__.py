"""Personal data under UU No. 27 Tahun 2022: the privacy page, a member's export and the deletion of their account."""
from __future__ import annotations

from flask import Flask


def init_app(app: Flask) -> None:
    from app.privacy.views import privacy_bp

    app.register_blueprint(privacy_bp)
