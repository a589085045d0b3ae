"""The few Bot API methods used (getMe, getUpdates, sendMessage), over HTTPS with a timeout.

The token is part of every request's path: it never appears in a log line or an error stored in the database
(`error_text` puts *** in its place, even where http.client quotes the path of a malformed request).
"""
from __future__ import annotations

import http.client
import json
from urllib.parse import urlsplit

from flask import current_app


class BotApiError(Exception):
    """The Bot API answered, but not with ok: `status` is its error_code (or the HTTP status)."""

    def __init__(self, status: int, description: str, retry_after: float | None = None):
        super().__init__(f"HTTP {status}: {description}"[:300])
        self.status, self.description, self.retry_after = status, description, retry_after


def token() -> str:
    """TELEGRAM_BOT_TOKEN without the spaces or line break a pasted value may carry."""
    return str(current_app.config.get("TELEGRAM_BOT_TOKEN") or "").strip()


def enabled() -> bool:
    return bool(token())


def error_text(err: Exception) -> str:
    """The error for a log line or `last_error`, the token (also as repr() escapes it) replaced by ***."""
    text = str(err) or type(err).__name__
    raw = str(current_app.config.get("TELEGRAM_BOT_TOKEN") or "")
    for secret in sorted({raw, raw.strip(), repr(raw)[1:-1], repr(raw.strip())[1:-1]} - {""}, key=len,
                         reverse=True):
        text = text.replace(secret, "***")
    return text[:300]


def call(method: str, timeout: float | None = None, **params):
    """POST the params as JSON; returns `result`. Raises BotApiError, OSError or HTTPException (timeouts).
    `timeout` (seconds) may shorten TELEGRAM_TIMEOUT, as for getMe inside a web request."""
    config = current_app.config
    parts = urlsplit(config["TELEGRAM_API_URL"])
    https = parts.scheme == "https"
    seconds = float(config.get("TELEGRAM_TIMEOUT", 10))
    conn = (http.client.HTTPSConnection if https else http.client.HTTPConnection)(
        parts.hostname, parts.port or (443 if https else 80), timeout=min(seconds, timeout or seconds))
    try:
        path = f"{parts.path.rstrip('/')}/bot{token()}/{method}"
        conn.request("POST", path, body=json.dumps(params).encode(), headers={"Content-Type": "application/json"})
        response = conn.getresponse()
        raw = response.read(1_000_000)
        status = response.status
    finally:
        conn.close()
    try:
        answer = json.loads(raw)
    except ValueError:
        answer = None
    if not isinstance(answer, dict):
        raise BotApiError(status, "jawaban bukan JSON")
    if status != 200 or not answer.get("ok"):
        retry_after = (answer.get("parameters") or {}).get("retry_after")
        raise BotApiError(int(answer.get("error_code") or status), str(answer.get("description") or "")[:200],
                          float(retry_after) if isinstance(retry_after, int | float) else None)
    return answer.get("result")
