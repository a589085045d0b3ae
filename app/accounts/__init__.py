"""Accounts: users, agencies, roles and the sign-in flows."""
from __future__ import annotations

from flask import Flask


def init_app(app: Flask) -> None:
    """Sign-in, sign-up, e-mail confirmation and password pages, single sign-on when OIDC_ISSUER is set, and
    `flask create-admin`."""
    from app.accounts import (
        confirm_views,  # noqa: F401  (its routes join auth_bp)
        oidc,
    )
    from app.accounts.cli import create_admin
    from app.accounts.confirmation import awaiting_confirmation
    from app.accounts.oidc_views import oidc_bp
    from app.accounts.views import auth_bp

    app.register_blueprint(auth_bp)
    app.register_blueprint(oidc_bp)  # its URLs are 404 unless single sign-on is configured
    app.jinja_env.globals["awaiting_confirmation"] = awaiting_confirmation
    app.jinja_env.globals["sso_enabled"] = oidc.is_configured(app)
    if app.jinja_env.globals["sso_enabled"]:
        oidc.init_client(app)
    app.cli.add_command(create_admin)
