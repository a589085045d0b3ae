"""Registering, changing and removing webhooks, and queuing a test delivery (never commits)."""
from __future__ import annotations

import json
import secrets

from flask_babel import gettext as _
from sqlalchemy import select, update

from app.accounts.models import User
from app.core.errors import Conflict, NotFound, ValidationFailed
from app.core.timeutil import utcnow
from app.extensions import db
from app.webhooks.addresses import url_problem
from app.webhooks.models import EVENTS, FAILED, PENDING, TEST_EVENT, Webhook, WebhookDelivery

MIN_SECRET, MAX_SECRET = 16, 128
LOG_ROWS = 50


def new_secret() -> str:
    return secrets.token_hex(32)


def save_webhook(hook: Webhook | None, actor: User, *, url: str | None, secret: str | None,
                 events, active: bool) -> Webhook:
    url, secret = (url or "").strip(), (secret or "").strip()
    problem = url_problem(url)
    if problem:
        raise ValidationFailed(problem, field="url")
    if not MIN_SECRET <= len(secret) <= MAX_SECRET or any(ch.isspace() for ch in secret):
        raise ValidationFailed(_("Rahasia harus %(min)s sampai %(max)s karakter tanpa spasi.",
                                 min=MIN_SECRET, max=MAX_SECRET), field="secret")
    chosen = [e for e in EVENTS if e in set(events or ())]
    if not chosen or len(chosen) != len(set(events or ())):
        raise ValidationFailed(_("Pilih sedikitnya satu peristiwa dari daftar."), field="events")
    if hook is None:
        hook = Webhook(created_by_id=actor.id, created_at=utcnow())
        db.session.add(hook)
    hook.url, hook.secret, hook.events, hook.active = url, secret, " ".join(chosen), bool(active)
    db.session.flush()
    return hook


def queue_test(hook: Webhook, actor: User) -> WebhookDelivery:
    data = {"webhook": {"id": hook.id, "url": hook.url}, "actor": {"id": actor.id, "name": actor.name},
            "message": "Kiriman uji dari Simpul ASN."}
    delivery = WebhookDelivery(webhook_id=hook.id, event=TEST_EVENT, payload=json.dumps(data, ensure_ascii=False),
                               status=PENDING, attempts=0, next_attempt_at=utcnow(), created_at=utcnow())
    db.session.add(delivery)
    db.session.flush()
    return delivery


def retry_delivery(hook: Webhook, delivery_id: int) -> None:
    """"Kirim ulang": a failed delivery of `hook` waits again, due now, with its attempts back at 0 (the whole
    backoff schedule applies anew); its last code and error stay shown until the next try replaces them.
    One conditional UPDATE, so two admins pressing at once queue it once."""
    delivery = db.session.get(WebhookDelivery, delivery_id)
    if delivery is None or delivery.webhook_id != hook.id:
        raise NotFound(_("Pengiriman itu tidak ditemukan."))
    reset = db.session.execute(update(WebhookDelivery).where(
        WebhookDelivery.id == delivery_id, WebhookDelivery.status == FAILED).values(
        status=PENDING, attempts=0, next_attempt_at=utcnow()).execution_options(synchronize_session="fetch"))
    if reset.rowcount != 1:
        raise Conflict(_("Hanya pengiriman yang gagal dapat dikirim ulang."))


def delete_webhook(hook: Webhook) -> None:
    db.session.execute(WebhookDelivery.__table__.delete().where(WebhookDelivery.webhook_id == hook.id))
    db.session.delete(hook)
    db.session.flush()


def all_webhooks() -> list[Webhook]:
    return list(db.session.execute(select(Webhook).order_by(Webhook.id)).scalars())


def delivery_log(hook: Webhook, limit: int = LOG_ROWS) -> list[WebhookDelivery]:
    return list(db.session.execute(select(WebhookDelivery).where(WebhookDelivery.webhook_id == hook.id)
                                   .order_by(WebhookDelivery.id.desc()).limit(limit)).scalars())
