"""Award routes: the leaders' form, the printable certificate and its machine-readable verification."""
from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import to_user_timezone
from flask_login import current_user

from app.accounts.models import User
from app.core.i18n import one_full_stop
from app.core.links import absolute_url, site_hosts
from app.core.numbers import parse_id
from app.core.permissions import require
from app.core.roles import Permission
from app.core.views import committing
from app.extensions import db, limiter
from app.reputation import awards
from app.reputation.forms import AwardForm

awards_bp = Blueprint("awards", __name__)


def _requested_recipient(raw: str | None) -> User | None:
    if raw is None or raw == "":
        return None
    if parse_id(raw) is None:
        abort(400, description=_("Nomor pengguna harus berupa angka."))
    return db.session.get(User, int(raw)) or abort(404, description=_("Pengguna tidak ditemukan."))


@awards_bp.route("/leaders/awards/new", methods=["GET", "POST"])
@require(Permission.GIVE_AWARDS)
@limiter.limit("20 per minute", methods=["POST"])
def new():
    form = AwardForm()
    recipient = _requested_recipient(request.args.get("user")) if request.method == "GET" else None
    if request.method == "GET" and recipient is not None:
        form.user.data = str(recipient.id)
    if form.validate_on_submit():
        with committing(form) as attempt:
            recipient = awards.find_recipient(form.user.data, site_hosts())
            award = awards.give_award(current_user, recipient, title=form.title.data, citation=form.citation.data,
                                      posts=form.posts.data, hosts=site_hosts())
        if attempt.ok:
            # A name may end in a title with its own full stop ("Dewi Lestari, S.Kom."): one stop, not "..".
            flash(one_full_stop(_("Penghargaan %(number)s telah diberikan kepada %(name)s.", number=award.number,
                                  name=recipient.name)), "success")
            return redirect(url_for("awards.certificate", number=award.number)), 303
    return render_template("awards/new.html", form=form, recipient=recipient,
                           user_label=_picked_member(form.user.data)), 422 if form.errors else 200


def _picked_member(raw: str | None) -> str:
    """What the picker shows for the field's value: the member's name when the value is their number."""
    user = db.session.get(User, parse_id(raw)) if parse_id(raw) is not None else None
    return f"{user.name} (@{user.handle})" if user is not None else (raw or "")


@awards_bp.route("/awards/<number>")
def certificate(number: str):
    award = awards.find_award(number) or abort(404, description=_("Sertifikat penghargaan tidak ditemukan."))
    if award.number != number:
        return redirect(url_for("awards.certificate", number=award.number), 301)
    return render_template("awards/certificate.html", award=award, posts=awards.posts_of(award),
                           verify_url=absolute_url("awards.certificate", number=award.number))


@awards_bp.route("/awards/<number>/verify.json")
def verify(number: str):
    award = awards.find_award(number)
    if award is None:
        return {"valid": False, "number": number[:32]}, 404
    return {
        "valid": True,
        "number": award.number,
        "recipient": award.recipient.name,
        "agency": award.agency.name,
        "title": award.title,
        "date": to_user_timezone(award.created_at).date().isoformat(),  # the day in WIB
    }
