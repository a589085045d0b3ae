"""/users/me/tokens: a signed-in member creates, lists and revokes their personal access tokens."""
from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user, login_required
from flask_wtf import FlaskForm
from wtforms import BooleanField, IntegerField, StringField
from wtforms.validators import InputRequired, Length, NumberRange

from app.accounts.operators import is_admin
from app.api import tokens
from app.core.timeutil import utcnow
from app.core.views import committing

tokens_bp = Blueprint("api_tokens", __name__, url_prefix="/users/me/tokens")


class TokenForm(FlaskForm):
    name = StringField(_l("Nama token"), validators=[InputRequired(_l("Beri token nama.")), Length(max=80)])
    read = BooleanField(_l("read: membaca"), default=True)
    write = BooleanField(_l("write: menulis (bertanya, menjawab)"))
    admin = BooleanField(_l("admin: tindakan admin"))
    days = IntegerField(_l("Berlaku (hari)"), default=tokens.DEFAULT_DAYS,
                        validators=[InputRequired(_l("Isi masa berlaku dalam hari.")),
                                    NumberRange(1, tokens.MAX_DAYS, _l("Masa berlaku token 1 sampai 365 hari."))])


class RevokeForm(FlaskForm):
    pass


@tokens_bp.route("/", methods=["GET", "POST"], strict_slashes=False)
@login_required
def index():
    form = TokenForm()
    secret = None
    if form.validate_on_submit():
        scopes = [name for name in ("read", "write", "admin") if getattr(form, name).data]
        with committing(form) as attempt:
            _token, secret = tokens.create_token(current_user, form.name.data, scopes, form.days.data)
        if attempt.ok:
            form = TokenForm(formdata=None)
    return render_template("api/tokens.html", form=form, secret=secret, tokens=tokens.tokens_of(current_user),
                           revoke_form=RevokeForm(), now=utcnow(), may_admin=is_admin(current_user))


@tokens_bp.route("/<int:token_id>/revoke", methods=["POST"])
@login_required
def revoke(token_id: int):
    with committing(pages=(404,)) as attempt:
        tokens.revoke(current_user, token_id)
    if attempt.ok:
        flash(_("Token dicabut. Permintaan dengan token itu kini ditolak."), "success")
    return redirect(url_for("api_tokens.index"))
