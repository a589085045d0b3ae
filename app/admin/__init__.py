"""Administration: users' roles, the agency list and the government acronyms search knows."""
from __future__ import annotations

from flask import Flask


def init_app(app: Flask) -> None:
    """The admins' pages, and `flask agencies import`."""
    from app.admin import acronyms  # noqa: F401 - its routes join admin_bp
    from app.admin.cli import agencies_cli
    from app.admin.views import admin_bp

    app.register_blueprint(admin_bp)
    app.cli.add_command(agencies_cli)
