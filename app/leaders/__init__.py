"""The leaders' view: rankings by period, agency and tag, charts, exports (read-only queries)."""
from __future__ import annotations

from flask import Flask


def init_app(app: Flask) -> None:
    from app.leaders.home_panel import register as register_home_panel
    from app.leaders.views import leaders_bp

    app.register_blueprint(leaders_bp)
    register_home_panel(app)  # their agency this month on a leader's home
