"""Accounts: users, agencies, roles and the sign-in flows."""
from __future__ import annotations

from flask import Flask


def init_app(app: Flask) -> None:
    """Sign-in, sign-up and password pages, single sign-on when OIDC_ISSUER is set, and `flask create-admin`."""
    from app.accounts import oidc
    from app.accounts.cli import create_admin
    from app.accounts.views import auth_bp

    app.register_blueprint(auth_bp)
    if oidc.is_configured(app):
        from app.accounts.oidc_views import oidc_bp

        oidc.init_client(app)
        app.register_blueprint(oidc_bp)
    app.cli.add_command(create_admin)
