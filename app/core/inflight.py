"""One costly piece of work in flight per member, across every worker (a slot in the rate-limit storage).

A member who sends many slow requests at once would otherwise fill every worker and stall the site for
everybody. The slot lives in the same storage as the rate limits (the shared SQLite file, or Redis), so it
holds across workers and machines; it expires by itself if a worker dies holding it.
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache

from flask import current_app, has_request_context
from flask_login import current_user
from limits.storage import MemoryStorage, Storage, storage_from_string

from app.core import ratelimit_storage  # noqa: F401 - registers the shared-sqlite:// scheme
from app.core.errors import Throttled


@cache
def _fallback() -> Storage:
    """Used while the configured storage does not answer (Redis down), as the rate limits themselves do."""
    return MemoryStorage()


def _storage() -> Storage:
    """The app's own handle on RATELIMIT_STORAGE_URI: slots hold even where rate limits are switched off."""
    storage = current_app.extensions.get("inflight_storage")
    if storage is None:
        storage = current_app.extensions["inflight_storage"] = storage_from_string(
            current_app.config["RATELIMIT_STORAGE_URI"])
    return storage


def _member_key(kind: str) -> str | None:
    if has_request_context() and getattr(current_user, "is_authenticated", False):
        return f"inflight/{kind}/member:{current_user.id}"
    return None


def _call(method: str, *args):
    storage = _storage()
    try:
        return getattr(storage, method)(*args)
    except storage.base_exceptions:
        return getattr(_fallback(), method)(*args)


@contextmanager
def member_slot(kind: str, busy_message: str, hold_seconds: float) -> Iterator[None]:
    """Run the block only if the signed-in member has no other `kind` in flight; raise Throttled if they do.

    Outside a request, or for a visitor, there is no member to count and the block simply runs.
    `hold_seconds` bounds how long a slot outlives a worker that was killed while holding it.
    """
    key = _member_key(kind)
    if key is None:
        yield
        return
    if _call("incr", key, max(1, int(hold_seconds + 1))) > 1:
        raise Throttled(busy_message)
    try:
        yield
    finally:
        _call("clear", key)
