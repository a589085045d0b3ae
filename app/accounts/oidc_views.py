"""Sign-in with the city's identity provider: /auth/oidc/login sends the browser there, /auth/oidc/callback
comes back. Every failure lands on the sign-in page with a message, and password sign-in keeps working."""
from __future__ import annotations

from flask import Blueprint, abort, current_app, flash, redirect, request, session, url_for
from flask_babel import gettext as _
from flask_login import current_user

from app.accounts import oidc
from app.accounts.auth_session import start_session
from app.accounts.oidc_accounts import account_for
from app.core.database import writing
from app.core.links import absolute_url
from app.core.logging import get_logger
from app.core.security import safe_next
from app.core.views import committing
from app.extensions import db, limiter

oidc_bp = Blueprint("oidc", __name__, url_prefix="/auth/oidc")
log = get_logger("sso")
_NEXT_KEY = "sso_next"


@oidc_bp.before_request
def _only_when_configured():
    if not oidc.is_enabled():
        abort(404)


def _limit():
    return limiter.limit(lambda: current_app.config["RATELIMIT_LOGIN"])


def _back_to_login(error: oidc.SsoFailed | None = None):
    if error is not None:
        flash(error.message, "danger")
    return redirect(url_for("auth.login"))


@oidc_bp.route("/login")
@_limit()
def login():
    if current_user.is_authenticated:
        return redirect(safe_next(request.args.get("next")))
    session[_NEXT_KEY] = safe_next(request.args.get("next"))
    try:
        return oidc.authorization_redirect(absolute_url("oidc.callback"))  # never from the Host header
    except oidc.SsoFailed as err:
        return _back_to_login(err)


@oidc_bp.route("/callback")
@_limit()
def callback():
    try:
        identity = oidc.identity_from_callback()
    except oidc.SsoFailed as err:
        return _back_to_login(err)
    # The provider was asked without holding SQLite's write lock; the writes take it up front, as a POST's do.
    db.session.rollback()
    with writing(), committing() as attempt:  # a refusal is flashed and rolled back: nothing is stored
        user = account_for(identity)
        start_session(user)
    if not attempt.ok:
        log.info("sso sign-in refused", extra={"reason": type(attempt.error).__name__})
        return _back_to_login()
    log.info("user signed in", extra={"user_id": user.id, "via": "sso"})
    flash(_("Anda berhasil masuk."), "success")
    return redirect(safe_next(session.pop(_NEXT_KEY, None)))
