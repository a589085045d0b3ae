"""Sign-up: the new account or the owners of what it asked for, and the mail that tells each of them."""
from __future__ import annotations

from dataclasses import dataclass

from flask import render_template
from flask_babel import gettext as _
from sqlalchemy import select

from app.accounts.confirmation import confirmation_hours, confirmation_link
from app.accounts.models import User
from app.accounts.services import Registration, normalise_email, normalise_nip, register_user
from app.core.errors import Conflict
from app.core.links import absolute_url
from app.core.mail import send_mail
from app.extensions import db


@dataclass
class Signup:
    """The outcome of a sign-up: the new account, or the owners of the e-mail and NIP it asked for.

    The visitor is answered the same way in both cases, so the form cannot tell anyone whether an e-mail
    or an NIP has an account; the owners are told by mail instead.
    """
    user: User | None = None
    email_owner: User | None = None
    nip_owner: User | None = None


def _owner(column, value: str | None) -> User | None:
    if value is None:
        return None
    return db.session.execute(select(User).where(column == value)).scalar_one_or_none()


def sign_up(data: Registration) -> Signup:
    """Register a member, unless the e-mail or NIP already has an account (then nothing is created)."""
    try:
        with db.session.begin_nested():
            return Signup(user=register_user(data))
    except Conflict as err:
        if err.field not in ("email", "nip"):
            raise
    return Signup(email_owner=_owner(User.email, normalise_email(data.email)),
                  nip_owner=_owner(User.nip, normalise_nip(data.nip)))


def send_signup_mail(signup: Signup) -> None:
    if signup.user is not None:
        _send(signup.user, _("Selamat datang di Simpul ASN: konfirmasi email Anda"), "auth/email/welcome.txt",
              confirm_link=confirmation_link(signup.user), hours=confirmation_hours())
        return
    if signup.email_owner is not None:
        _send(signup.email_owner, _("Pendaftaran dengan email Anda di Simpul ASN"), "auth/email/taken.txt",
              what=_("alamat email Anda"))
    if signup.nip_owner is not None and signup.nip_owner != signup.email_owner:
        _send(signup.nip_owner, _("Pendaftaran dengan NIP Anda di Simpul ASN"), "auth/email/taken.txt",
              what=_("NIP Anda"))


def _send(user: User, subject: str, template: str, **context) -> None:
    send_mail(user.email, subject, render_template(
        template, user=user, login_link=absolute_url("auth.login"), reset_link=absolute_url("auth.reset_request"),
        **context))
