"""Accounts: users, agencies, roles and the sign-in flows."""
from __future__ import annotations

from flask import Flask


def init_app(app: Flask) -> None:
    """Sign-in, sign-up and password pages, single sign-on when OIDC_ISSUER is set, and `flask create-admin`."""
    from app.accounts import oidc
    from app.accounts.cli import create_admin
    from app.accounts.oidc_views import oidc_bp
    from app.accounts.views import auth_bp

    app.register_blueprint(auth_bp)
    app.register_blueprint(oidc_bp)  # its URLs are 404 unless single sign-on is configured
    app.jinja_env.globals["sso_enabled"] = oidc.is_configured(app)
    if app.jinja_env.globals["sso_enabled"]:
        oidc.init_client(app)
    app.cli.add_command(create_admin)
