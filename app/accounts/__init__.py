"""Accounts: users, agencies, roles and the sign-in flows."""
from __future__ import annotations

from flask import Flask


def init_app(app: Flask) -> None:
    """Sign-in, sign-up and password pages, and `flask create-admin`."""
    from app.accounts.cli import create_admin
    from app.accounts.views import auth_bp

    app.register_blueprint(auth_bp)
    app.cli.add_command(create_admin)
