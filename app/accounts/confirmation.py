"""Confirming a member's e-mail: the signed link, what opening it may find, the mail, and the gate on actions.

The link is signed like the password reset's (itsdangerous) and carries the account and the address it was
sent to, so it confirms that address only: after a change of e-mail the old link is void. It works once
because confirming is done once (`trust.confirm_email`); a second use finds the address confirmed.
"""
from __future__ import annotations

from functools import wraps

from flask import current_app, render_template, request
from flask_babel import gettext as _
from flask_login import current_user
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer

from app.accounts.models import User
from app.accounts.trust import confirmation_refusal
from app.core.errors import ValidationFailed
from app.core.links import absolute_url
from app.core.mail import send_mail, send_mail_in_background
from app.core.views import wants_json
from app.extensions import db

_CONFIRM_SALT = "simpul-email-confirm"


class ConfirmationLinkRefused(ValidationFailed):
    """An expired, forged or outdated link: nothing changes, and the page offers a new link."""


def _serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt=_CONFIRM_SALT)


def make_confirmation_token(user: User) -> str:
    return _serializer().dumps({"u": user.id, "e": user.email})


def user_for_confirmation_token(token: str) -> User:
    try:
        data = _serializer().loads(token, max_age=current_app.config["EMAIL_CONFIRM_MAX_AGE"])
    except SignatureExpired as err:
        raise ConfirmationLinkRefused(_("Tautan konfirmasi email ini sudah kedaluwarsa. Minta tautan baru di "
                                        "bawah ini.")) from err
    except BadSignature as err:
        raise ConfirmationLinkRefused(_("Tautan konfirmasi email ini tidak valid. Periksa apakah tautannya "
                                        "tersalin utuh, atau minta tautan baru di bawah ini.")) from err
    user = db.session.get(User, data.get("u")) if isinstance(data, dict) else None
    if user is None or user.email != data.get("e"):
        # Sent to an address the account no longer has: it confirms nothing.
        raise ConfirmationLinkRefused(_("Tautan konfirmasi ini dikirim ke alamat email yang tidak lagi dipakai "
                                        "akun tersebut. Minta tautan baru di bawah ini."))
    return user


def confirmation_link(user: User) -> str:
    return absolute_url("auth.confirm_email", token=make_confirmation_token(user))


def confirmation_hours() -> int:
    return current_app.config["EMAIL_CONFIRM_MAX_AGE"] // 3600


def send_confirmation_mail(user: User, *, background: bool = False) -> None:
    """The link again (resend, or a changed address). In the background when the answer must not tell
    whether the address has an account."""
    body = render_template("auth/email/confirm.txt", user=user, link=confirmation_link(user),
                           hours=confirmation_hours())
    (send_mail_in_background if background else send_mail)(
        user.email, _("Konfirmasi alamat email Anda di Simpul ASN"), body)


def awaiting_confirmation(user) -> bool:
    """For templates: a signed-in member who may read but not act yet (the banner, the forms' explanations)."""
    return confirmation_refusal(user) is not None


def confirmation_needed_page(status: int):
    return render_template("auth/confirm_needed.html", message=confirmation_refusal(current_user).message), status


def confirmed_required(view):
    """Below `login_required`: an unconfirmed member gets the explanation with the resend button instead of the
    form (GET), and a 403 with the same words for any POST, before the view stores anything."""

    @wraps(view)
    def wrapper(*args, **kwargs):
        refusal = confirmation_refusal(current_user)
        if refusal is None:
            return view(*args, **kwargs)
        if request.method in ("GET", "HEAD"):
            return confirmation_needed_page(200)
        if wants_json():
            raise refusal  # the error handler answers JSON with the same words and 403
        return confirmation_needed_page(403)

    return wrapper
