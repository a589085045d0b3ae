"""Rate limits on what members write, counted per member (an office shares one address) from config keys."""
from __future__ import annotations

from flask import current_app
from flask_limiter.util import get_remote_address
from flask_login import current_user

from app.extensions import limiter


def member_key() -> str:
    if getattr(current_user, "is_authenticated", False):
        return f"member:{current_user.id}"
    return get_remote_address()


def per_member(config_key: str):
    """Limit a view's POSTs to the configured rate, e.g. RATELIMIT_VOTE = "60 per minute;600 per day"."""
    return limiter.limit(lambda: current_app.config[config_key], key_func=member_key, methods=["POST"])
