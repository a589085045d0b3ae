"""Who is calling: the bearer token, never the session cookie; scopes; the rate-limit key and headers."""
from __future__ import annotations

import time
from functools import wraps

from flask import current_app, g, request
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from app.accounts.operators import is_admin
from app.api.models import ApiToken
from app.api.tokens import authenticate
from app.core.problems import problem
from app.extensions import limiter

# A scope includes the ones below it: a write token may read, an admin token may write.
IMPLIED = {"read": {"read", "write", "admin"}, "write": {"write", "admin"}, "admin": {"admin"}}
UNAUTHORIZED = _l("Token tidak ada, tidak dikenal, kedaluwarsa atau sudah dicabut. Kirim header "
                  "'Authorization: Bearer <token>' dengan token yang masih berlaku.")


def current_token() -> ApiToken | None:
    """The live token of this request (looked up once, by the rate limiter or the check below)."""
    if "api_token" not in g:
        scheme, _sep, secret = request.headers.get("Authorization", "").partition(" ")
        g.api_token = authenticate(secret.strip()) if scheme.lower() == "bearer" else None
    return g.api_token


def rate_limit_key() -> str:
    token = current_token()
    return f"api-token:{token.id}" if token else f"api-anon:{request.remote_addr}"


def require_token():
    """before_request of the API blueprint: 401 without a live token; the token's member is current_user."""
    token = current_token()
    if token is None:
        return problem(401, _("Token tidak valid"), str(UNAUTHORIZED),
                       headers={"WWW-Authenticate": 'Bearer realm="simpul-api"'})
    g._login_user = token.user  # what Flask-Login reads: a session cookie never counts here
    return None


def has_scope(scope: str) -> bool:
    token = current_token()
    if token is None:
        return False
    granted = set(token.scope_list)
    if "admin" in granted and not is_admin(token.user):
        granted.discard("admin")  # an admin token of a member who is no longer admin
    return bool(granted & IMPLIED[scope])


def scope(name: str):
    """The scope an operation needs, checked by `require_scope` before its arguments are parsed (a token
    without it gets 403 whatever it sent); checked again here, in case the hook is ever left out."""

    def decorator(view):
        @wraps(view)
        def wrapper(*args, **kwargs):
            refusal = scope_refusal(name)
            return refusal if refusal is not None else view(*args, **kwargs)

        wrapper.api_scope = name  # copied outwards by flask-smorest's own functools.wraps
        return wrapper

    return decorator


def scope_refusal(name: str):
    if has_scope(name):
        return None
    return problem(403, _("Cakupan token kurang"),
                   _("Token ini tidak memiliki cakupan '%(scope)s' yang diperlukan.", scope=name))


def require_scope():
    """before_request of the API blueprint, after `require_token`: the view's scope first, then its input.
    An operation without a declared scope is refused (tests/api checks that every one has one)."""
    view = current_app.view_functions.get(request.endpoint or "")
    return scope_refusal(getattr(view, "api_scope", "admin"))


def rate_limit_headers(response):
    """IETF RateLimit headers (draft-ietf-httpapi-ratelimit-headers) next to Flask-Limiter's X-RateLimit-*."""
    current = limiter.current_limit if current_app.config.get("RATELIMIT_ENABLED", True) else None
    if current is not None:
        window = current.limit.get_expiry()
        remaining = max(current.remaining, 0)
        reset = max(int(current.reset_at - time.time()), 0)
        response.headers["RateLimit-Policy"] = f'"token";q={current.limit.amount};w={window}'
        response.headers["RateLimit"] = f'"token";r={remaining};t={reset}'
    return response

