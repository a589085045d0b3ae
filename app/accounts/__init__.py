"""Accounts: users, agencies, roles and the sign-in flows."""
from __future__ import annotations

from flask import Flask


def init_app(app: Flask) -> None:
    """Sign-in, sign-up, e-mail confirmation and password pages, and `flask create-admin`."""
    from app.accounts import confirm_views  # noqa: F401  (its routes join auth_bp)
    from app.accounts.cli import create_admin
    from app.accounts.confirmation import awaiting_confirmation
    from app.accounts.views import auth_bp

    app.register_blueprint(auth_bp)
    app.jinja_env.globals["awaiting_confirmation"] = awaiting_confirmation
    app.cli.add_command(create_admin)
