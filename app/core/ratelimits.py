"""Rate limits counted per member (an office shares one address) or per account, from config keys."""
from __future__ import annotations

from flask import current_app
from flask_limiter.util import get_remote_address
from flask_login import current_user
from limits import RateLimitItem, parse_many
from limits.storage import MemoryStorage
from limits.strategies import FixedWindowRateLimiter, RateLimiter

from app.extensions import limiter

_fallback: RateLimiter | None = None


def member_key() -> str:
    if getattr(current_user, "is_authenticated", False):
        return f"member:{current_user.id}"
    return get_remote_address()


def per_member(config_key: str):
    """Limit a view's POSTs to the configured rate, e.g. RATELIMIT_VOTE = "60 per minute;600 per day"."""
    return limiter.limit(lambda: current_app.config[config_key], key_func=member_key, methods=["POST"])


def _items(config_key: str) -> list[RateLimitItem]:
    return parse_many(current_app.config[config_key])


def _strategy_call(method: str, item: RateLimitItem, *identifiers: str) -> bool:
    """limiter.limiter.<method>, or a counter in this worker's memory while the storage does not answer."""
    global _fallback
    try:
        return getattr(limiter.limiter, method)(item, *identifiers)
    except limiter.storage.base_exceptions:
        if _fallback is None:
            _fallback = FixedWindowRateLimiter(MemoryStorage())
        return getattr(_fallback, method)(item, *identifiers)


def account_exhausted(config_key: str, account: str) -> bool:
    """Whether `account` has used up RATELIMIT_* `config_key` (per account, whatever the address)."""
    if not current_app.config["RATELIMIT_ENABLED"]:
        return False
    return not all(_strategy_call("test", item, config_key, account) for item in _items(config_key))


def count_for_account(config_key: str, account: str) -> bool:
    """Count one event against `account`; False when it went beyond the limit."""
    if not current_app.config["RATELIMIT_ENABLED"]:
        return True
    return all([_strategy_call("hit", item, config_key, account) for item in _items(config_key)])
