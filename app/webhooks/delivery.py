"""Sending queued deliveries: signed, with a timeout, no redirects followed, retried with backoff, then given up.

Run by the background worker (`flask search worker` drains every registered queue) and by `flask webhooks
deliver`; never by a web request. Each due row is claimed first (its next try pushed past the timeout in a
committed UPDATE that only one process can win), so two workers never send the same delivery twice at once;
the claim and the backoff are app/core/outbox.py's, shared with the Telegram messages.
"""
from __future__ import annotations

import hashlib
import hmac
import http.client
import json
import logging
import socket
from urllib.parse import urlsplit

from flask import current_app

from app.core import outbox
from app.core.timeutil import utcnow
from app.extensions import db
from app.webhooks.addresses import resolve
from app.webhooks.models import DELIVERED, FAILED, PENDING, Webhook, WebhookDelivery

log = logging.getLogger(__name__)

BACKOFF = outbox.BACKOFF  # seconds after the 1st..5th failed attempt; the 6th failure gives up
BATCH = 10


def signature(secret: str, body: bytes) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def body_of(delivery: WebhookDelivery) -> bytes:
    data = json.loads(delivery.payload)
    stamp = utcnow().replace(microsecond=0).isoformat() + "Z"
    return json.dumps({"event": delivery.event, "delivered_at": stamp, "data": data},
                      ensure_ascii=False).encode()


def _timeout() -> float:
    return float(current_app.config.get("WEBHOOK_TIMEOUT", 5))


def post(url: str, body: bytes, headers: dict[str, str]) -> int:
    """POST to the URL on an address checked now (no second lookup); returns the HTTP status, raises OSError."""
    parts = urlsplit(url)
    https = parts.scheme == "https"
    port = parts.port or (443 if https else 80)
    address = resolve(parts.hostname or "", port)
    timeout = _timeout()
    conn = (http.client.HTTPSConnection if https else http.client.HTTPConnection)(parts.hostname, port,
                                                                                 timeout=timeout)
    # Connect to the checked address; TLS still names (and verifies) the host.
    conn._create_connection = lambda _addr, *args, **kw: socket.create_connection((address, port), *args, **kw)
    try:
        path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        conn.request("POST", path, body=body, headers=headers)
        response = conn.getresponse()
        response.read(65536)
        return response.status
    finally:
        conn.close()


def attempt(delivery: WebhookDelivery, hook: Webhook) -> None:
    """One try: records the outcome on the row (the caller commits)."""
    body = body_of(delivery)
    headers = {"Content-Type": "application/json", "User-Agent": "Simpul-ASN-Webhooks/1",
               "X-Simpul-Event": delivery.event, "X-Simpul-Delivery": str(delivery.id),
               "X-Simpul-Signature": signature(hook.secret, body)}
    delivery.attempts += 1
    try:
        code = post(hook.url, body, headers)
        error = None if 200 <= code < 300 else f"HTTP {code}"
    except (OSError, http.client.HTTPException, ValueError) as err:
        code, error = None, (str(err) or type(err).__name__)[:500]
    delivery.last_status_code, delivery.last_error = code, error
    now = utcnow()
    if error is None:
        delivery.status, delivery.delivered_at, delivery.next_attempt_at = DELIVERED, now, None
    else:
        outbox.retry_or_give_up(delivery, FAILED)
    log.info("webhook delivery", extra={"delivery_id": delivery.id, "webhook_id": hook.id, "event": delivery.event,
                                        "status": delivery.status, "http_status": code, "error": error})


def deliver_due(limit: int = BATCH) -> int:
    """Send the deliveries whose time has come; returns how many were tried."""
    tried = 0
    for row_id, when in outbox.due(WebhookDelivery, PENDING, limit):
        if not outbox.claim(WebhookDelivery, PENDING, row_id, when):
            continue
        delivery = db.session.get(WebhookDelivery, row_id)
        hook = db.session.get(Webhook, delivery.webhook_id) if delivery else None
        if hook is None:
            continue
        attempt(delivery, hook)
        db.session.commit()
        tried += 1
    return tried
