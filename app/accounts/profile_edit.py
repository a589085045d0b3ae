"""Editing one's own profile: name, e-mail, agency, NIP, position, biography and language.

Like the account services, these never touch the request and never commit.
"""
from __future__ import annotations

from dataclasses import dataclass

from flask import current_app
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlalchemy import select

from app.accounts import trust
from app.accounts.models import User
from app.accounts.services import find_agency, flush_unique, normalise_email, normalise_nip
from app.core.errors import Conflict, Throttled, ValidationFailed
from app.core.ratelimits import count_for_account
from app.extensions import db


@dataclass
class ProfileChanges:
    name: str
    agency: str
    nip: str | None
    position: str | None
    bio: str | None
    locale: str


# Refusing a taken NIP answers whether it is taken, however it is worded; the words at least do not say that
# an account has it, and RATELIMIT_NIP_CHANGE keeps the answers few.
NIP_UNAVAILABLE = _l("NIP ini tidak dapat dipakai untuk akun Anda. Periksa kembali NIP Anda; jika NIP ini "
                     "memang milik Anda, hubungi admin.")


def _claim_nip(user: User, nip: str) -> None:
    """Let `user` put this NIP on their profile: every try counts against the limit, free NIP or taken."""
    if not count_for_account("RATELIMIT_NIP_CHANGE", f"user:{user.id}"):
        raise Throttled(_("Anda sudah terlalu sering mencoba mengganti NIP. Coba lagi besok."), field="nip")
    if db.session.execute(select(User.id).where(User.nip == nip, User.id != user.id)).first():
        raise Conflict(str(NIP_UNAVAILABLE), field="nip")


def _withdraw_if_identity_changed(user: User, *, agency_id: int, nip: str | None) -> None:
    """A new agency must approve its own people; a new NIP is not the one the operator checked. Either way the
    member is back in the queue (of the new agency), with any earlier refusal forgotten."""
    moved = agency_id != user.agency_id
    renumbered = nip != user.nip and user.verified_via == trust.VerifiedVia.APPROVAL.value
    if moved or renumbered:
        trust.withdraw(user)
        trust.ask_again(user)


def update_profile(user: User, changes: ProfileChanges) -> bool:
    name = " ".join((changes.name or "").split())
    if not name:
        raise ValidationFailed(_("Nama wajib diisi."), field="name")
    nip = normalise_nip(changes.nip)
    if nip is not None and nip != user.nip:
        _claim_nip(user, nip)
    agency = find_agency(changes.agency)
    if changes.locale not in current_app.config["LANGUAGES"]:
        raise ValidationFailed(_("Bahasa tidak dikenal."), field="locale")
    before = (user.name, user.nip, user.agency_id, user.position, user.bio, user.locale)
    _withdraw_if_identity_changed(user, agency_id=agency.id, nip=nip)
    user.name, user.nip, user.agency = name, nip, agency
    user.position = (changes.position or "").strip() or None
    user.bio = (changes.bio or "").strip() or None
    user.locale = changes.locale
    try:
        flush_unique()
    except Conflict as err:
        if err.field != "nip":
            raise
        raise Conflict(str(NIP_UNAVAILABLE), field="nip") from err  # lost a race for a NIP: the same words
    return before != (user.name, user.nip, user.agency_id, user.position, user.bio, user.locale)


EMAIL_UNAVAILABLE = _l("Email ini tidak dapat dipakai untuk akun Anda. Periksa kembali alamatnya; jika alamat ini "
                       "memang milik Anda, hubungi admin.")


def change_email(user: User, raw: str | None) -> bool:
    """A new address is unconfirmed until its link is opened; a verification that rested on the old address
    (a city domain) goes with it, other routes (SSO, approval) stay. True if the address changed: the caller
    sends the confirmation mail to the new address once committed."""
    if not (raw or "").strip():
        return False
    email = normalise_email(raw)
    if email == user.email:
        return False
    # Each try answers whether the address is taken, and each change sends a mail: few tries.
    if not count_for_account("RATELIMIT_CONFIRM", f"email-change:user:{user.id}"):
        raise Throttled(_("Anda sudah terlalu sering mengganti email. Coba lagi nanti."), field="email")
    if db.session.execute(select(User.id).where(User.email == email, User.id != user.id)).first():
        raise Conflict(str(EMAIL_UNAVAILABLE), field="email")
    user.email = email
    user.email_confirmed_at = None
    if user.verified_via == trust.VerifiedVia.EMAIL:
        trust.withdraw(user)
    try:
        flush_unique()
    except Conflict as err:
        raise Conflict(str(EMAIL_UNAVAILABLE), field="email") from err
    return True
