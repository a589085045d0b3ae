"""Permission checks: one rule, a boolean for templates and a guard for views and services."""
from __future__ import annotations

from functools import wraps

from flask import abort
from flask_login import current_user

from app.core.roles import GRANTS, Permission


def can(user, permission: Permission | str) -> bool:
    if user is None or not getattr(user, "is_authenticated", False):
        return False
    if getattr(user, "is_suspended", False):
        return False
    return user.role in GRANTS[Permission(permission)]


def require(permission: Permission | str):
    """View decorator: 401 for visitors (the login manager redirects), 403 for the wrong role."""

    def decorator(view):
        @wraps(view)
        def wrapper(*args, **kwargs):
            if not current_user.is_authenticated:
                from app.extensions import login_manager

                return login_manager.unauthorized()
            if not can(current_user, permission):
                abort(403)
            return view(*args, **kwargs)

        return wrapper

    return decorator
