"""/admin/webhooks: admins register receivers, read each one's delivery log, send a test, resend a failed one."""
from __future__ import annotations

import logging

from flask import Blueprint, abort, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from flask_wtf import FlaskForm
from wtforms import BooleanField, SelectMultipleField, StringField, widgets

from app.core.forms import options
from app.core.permissions import require
from app.core.roles import Permission
from app.core.views import committing
from app.extensions import db
from app.webhooks import services
from app.webhooks.addresses import MAX_URL
from app.webhooks.models import EVENTS, Webhook

webhooks_bp = Blueprint("webhooks", __name__, url_prefix="/admin/webhooks")
log = logging.getLogger(__name__)
HOOK = "<int(max=2147483647):webhook_id>"  # a huge id is a 404, never an overflow in the database


class WebhookForm(FlaskForm):
    # Checked by the service, whose messages land under these fields.
    url = StringField(_l("Alamat URL penerima"), render_kw={"maxlength": MAX_URL, "inputmode": "url"})
    secret = StringField(_l("Rahasia"), render_kw={"maxlength": services.MAX_SECRET, "autocomplete": "off"})
    events = SelectMultipleField(_l("Peristiwa"), choices=options((e, e) for e in EVENTS), validate_choice=False,
                                 option_widget=widgets.CheckboxInput(), widget=widgets.ListWidget(prefix_label=False))
    active = BooleanField(_l("Aktif"), default=True)


class ActionForm(FlaskForm):
    pass


def _hook(webhook_id: int) -> Webhook:
    return db.session.get(Webhook, webhook_id) or abort(404)


@webhooks_bp.route("/")
@require(Permission.MANAGE_WEBHOOKS)
def index():
    return render_template("webhooks/index.html", hooks=services.all_webhooks())


@webhooks_bp.route("/new", methods=["GET", "POST"])
@webhooks_bp.route(f"/{HOOK}/edit", methods=["GET", "POST"])
@require(Permission.MANAGE_WEBHOOKS)
def edit(webhook_id: int | None = None):
    hook = _hook(webhook_id) if webhook_id is not None else None
    form = WebhookForm(obj=hook)
    if hook is not None and not form.is_submitted():
        form.events.data = hook.event_list
    elif hook is None and not form.is_submitted():
        form.secret.data = services.new_secret()
    if form.validate_on_submit():
        with committing(form) as attempt:
            saved = services.save_webhook(hook, current_user, url=form.url.data, secret=form.secret.data,
                                          events=form.events.data, active=form.active.data)
        if attempt.ok:
            log.info("webhook saved", extra={"actor_id": current_user.id, "webhook_id": saved.id})
            flash(_("Webhook telah disimpan."), "success")
            return redirect(url_for("webhooks.show", webhook_id=saved.id), 303)
    return render_template("webhooks/form.html", form=form, hook=hook), 422 if form.errors else 200


@webhooks_bp.route(f"/{HOOK}")
@require(Permission.MANAGE_WEBHOOKS)
def show(webhook_id: int):
    hook = _hook(webhook_id)
    return render_template("webhooks/show.html", hook=hook, deliveries=services.delivery_log(hook),
                           action_form=ActionForm())


@webhooks_bp.route(f"/{HOOK}/test", methods=["POST"])
@require(Permission.MANAGE_WEBHOOKS)
def send_test(webhook_id: int):
    hook = _hook(webhook_id)
    if not ActionForm().validate_on_submit():
        abort(400)
    with committing() as attempt:
        services.queue_test(hook, current_user)
    if attempt.ok:
        flash(_("Kiriman uji telah masuk antrean dan dikirim dalam beberapa detik. Muat ulang halaman ini untuk "
                "melihat hasilnya."), "success")
    return redirect(url_for("webhooks.show", webhook_id=hook.id), 303)


@webhooks_bp.route(f"/{HOOK}/deliveries/<int(max=2147483647):delivery_id>/retry", methods=["POST"])
@require(Permission.MANAGE_WEBHOOKS)
def retry(webhook_id: int, delivery_id: int):
    hook = _hook(webhook_id)
    if not ActionForm().validate_on_submit():
        abort(400)
    with committing(pages=(404,)) as attempt:
        services.retry_delivery(hook, delivery_id)
    if attempt.ok:
        log.info("webhook delivery retried", extra={"actor_id": current_user.id, "webhook_id": hook.id,
                                                    "delivery_id": delivery_id})
        flash(_("Pengiriman masuk antrean lagi dan dikirim dalam beberapa detik."), "success")
    return redirect(url_for("webhooks.show", webhook_id=hook.id), 303)


@webhooks_bp.route(f"/{HOOK}/delete", methods=["POST"])
@require(Permission.MANAGE_WEBHOOKS)
def delete(webhook_id: int):
    hook = _hook(webhook_id)
    if not ActionForm().validate_on_submit():
        abort(400)
    with committing() as attempt:
        services.delete_webhook(hook)
    if attempt.ok:
        log.info("webhook deleted", extra={"actor_id": current_user.id, "webhook_id": webhook_id})
        flash(_("Webhook telah dihapus."), "success")
    return redirect(url_for("webhooks.index"), 303)
