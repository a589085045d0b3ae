"""The account a single sign-on vouches for: found by its subject, linked by verified e-mail or NIP, or created.

Only an account whose e-mail is confirmed is linked as it is; an unconfirmed one with this person's NIP or
e-mail is taken over (docs/architecture.md "Single sign-on"). The account is verified via SSO only while the
unit claim names its agency and no operator or admin has said no; the e-mail is confirmed only when it is the
one the provider vouches for. Services here never commit; a refusal raises and nothing is stored.
"""
from __future__ import annotations

import csv
import secrets
from pathlib import Path

from flask import current_app
from flask_babel import gettext as _
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from app.accounts import passwords, trust
from app.accounts.auth_session import end_all_sessions
from app.accounts.models import Agency, User
from app.accounts.nip import NipError, parse_nip
from app.accounts.oidc import Identity
from app.accounts.services import AccountSuspended, flush_unique, normalise_email, suspension_message
from app.core.errors import Conflict, DomainError, ValidationFailed
from app.core.logging import get_logger
from app.core.roles import Role
from app.core.timeutil import utcnow
from app.extensions import db

log = get_logger("sso")


class UnknownAgency(DomainError):
    status_code = 403


def agency_code_for(unit: str | None) -> str | None:
    """Our agency code for the provider's unit code: through OIDC_AGENCY_MAP when set, else the code itself."""
    if not unit:
        return None
    path = current_app.config.get("OIDC_AGENCY_MAP")
    if not path:
        return unit
    try:
        mapping = read_agency_map(Path(path))
    except (OSError, UnicodeDecodeError, csv.Error) as err:
        log.error("sso agency map unreadable", extra={"error": type(err).__name__})
        raise ValidationFailed(_("Pemetaan unit kerja SSO belum dapat dibaca. Hubungi admin, atau masuk dengan "
                                 "Email/NIP dan kata sandi.")) from err
    return mapping.get(unit.casefold())


def read_agency_map(path: Path) -> dict[str, str]:
    """`unit_code,agency_code` lines (a header line, blank lines and # comments are skipped)."""
    mapping: dict[str, str] = {}
    with path.open(encoding="utf-8-sig", newline="") as fh:
        for row in csv.reader(fh):
            if len(row) < 2 or not row[0].strip() or row[0].lstrip().startswith("#"):
                continue
            unit, agency = row[0].strip(), row[1].strip()
            if unit.casefold() == "unit_code":
                continue
            mapping[unit.casefold()] = agency
    return mapping


def _claimed_agency(identity: Identity) -> Agency | None:
    code = agency_code_for(identity.unit)
    if not code:
        return None
    return db.session.execute(select(Agency).where(Agency.code == code, Agency.active.is_(True))).scalar_one_or_none()


def _agency(identity: Identity) -> Agency:
    agency = _claimed_agency(identity)
    if agency is None:
        code = agency_code_for(identity.unit)
        log.warning("sso unknown agency", extra={"unit": identity.unit, "agency_code": code})
        raise UnknownAgency(_("Unit kerja Anda di layanan SSO (%(unit)s) belum terhubung dengan instansi mana pun "
                              "di Simpul ASN, jadi akun belum dapat dibuat. Hubungi admin Simpul ASN.",
                              unit=identity.unit or _("tidak disebutkan")))
    return agency


def _nip(identity: Identity) -> str | None:
    try:
        nip = parse_nip(identity.nip)
    except NipError:
        log.warning("sso nip not understood", extra={"claim": current_app.config["OIDC_NIP_CLAIM"]})
        return None
    return nip.value if nip else None


def _email(identity: Identity) -> str | None:
    try:
        return normalise_email(identity.email) if identity.email else None
    except ValidationFailed:
        return None


def _one(column, value) -> User | None:
    if value is None:
        return None
    return db.session.execute(select(User).where(column == value)).scalar_one_or_none()


def _linkable(identity: Identity, email: str | None, nip: str | None) -> User | None:
    """An account of this person made before: by the provider's verified e-mail, else by the NIP."""
    user = _one(User.email, email) if identity.email_verified else None
    user = user or _one(User.nip, nip)
    if user is not None and user.oidc_subject not in (None, identity.subject):
        raise Conflict(_("Akun Simpul ASN Anda sudah terhubung dengan identitas SSO lain. Masuk dengan Email/NIP "
                         "dan kata sandi, atau hubungi admin."))
    if user is not None and not user.email_confirmed:
        _take_over(user, identity, email)
    return user


def _take_over(user: User, identity: Identity, email: str | None) -> None:
    """An unconfirmed account with this person's NIP or e-mail: nobody proved its address or password belong to
    them, so whoever set it up loses it. It gets the provider's vouched-for e-mail and name, a password nobody
    knows, and none of its sessions; without a vouched-for e-mail nothing is linked."""
    if email is None or not identity.email_verified:
        raise Conflict(_("Sudah ada akun Simpul ASN dengan NIP Anda yang emailnya belum dikonfirmasi, dan layanan "
                         "SSO tidak memastikan email Anda, jadi akun itu tidak dapat dihubungkan. Hubungi admin."))
    holder = _one(User.email, email)
    if holder is not None and holder.id != user.id:
        raise Conflict(_("Email Anda sudah terdaftar di Simpul ASN pada akun lain. Masuk dengan Email/NIP dan "
                         "kata sandi, atau hubungi admin."))
    user.email = email
    if identity.name:
        user.name = " ".join(identity.name.split())[:120]
    user.password_hash = passwords.hash_password(secrets.token_urlsafe(32))
    end_all_sessions(user)
    log.warning("sso took over an unconfirmed account", extra={"user_id": user.id})


def _create(identity: Identity, email: str | None, nip: str | None) -> User:
    if email is None:
        raise ValidationFailed(_("Layanan SSO tidak mengirim alamat email Anda, jadi akun belum dapat dibuat. "
                                 "Hubungi admin."))
    if _one(User.email, email) is not None:  # the provider does not vouch for the address
        raise Conflict(_("Email Anda sudah terdaftar di Simpul ASN, tetapi layanan SSO belum memastikan email "
                         "itu milik Anda. Masuk dengan Email/NIP dan kata sandi, atau hubungi admin."))
    user = User(
        name=" ".join((identity.name or email.split("@")[0]).split())[:120], email=email, nip=nip,
        agency=_agency(identity), role=Role.MEMBER.value, oidc_subject=identity.subject,
        locale=current_app.config["BABEL_DEFAULT_LOCALE"],
        # Nobody knows this password: the member signs in with SSO, or sets one through "Lupa kata sandi".
        password_hash=passwords.hash_password(secrets.token_urlsafe(32)),
    )
    db.session.add(user)
    flush_unique()
    log.info("sso account created", extra={"user_id": user.id})
    return user


def _flush_link() -> None:
    """Flush, turning a first sign-in of the same person in two windows at once into a message."""
    try:
        with db.session.begin_nested():
            db.session.flush()
    except IntegrityError as err:
        raise Conflict(_("Akun Anda sedang dihubungkan dengan SSO dari jendela lain. Silakan coba lagi.")) from err


def account_for(identity: Identity) -> User:
    """The account this identity signs in to (found, linked or created), confirmed and verified via SSO."""
    user = _one(User.oidc_subject, identity.subject)
    if user is None:
        email, nip = _email(identity), _nip(identity)
        user = _linkable(identity, email, nip)
        if user is None:
            user = _create(identity, email, nip)
        else:
            log.info("sso account linked", extra={"user_id": user.id})
        user.oidc_subject = identity.subject
        _flush_link()
    if user.is_suspended:
        raise AccountSuspended(suspension_message(user))
    if identity.email_verified and _email(identity) == user.email:
        trust.confirm_email(user)
    _verify(identity, user)
    user.last_login_at = utcnow()
    return user


def _verify(identity: Identity, user: User) -> None:
    """Verified via SSO only for the agency the unit claim names, and never over an operator's or admin's no
    (trust.refuse, also set by an admin's withdrawal) until the member asks again."""
    if user.verification_refused_at is not None or not user.email_confirmed:
        return
    claimed = _claimed_agency(identity)
    if claimed is None or claimed.id != user.agency_id:
        log.info("sso agency differs; not verified", extra={"user_id": user.id})
        return
    if not user.is_verified or user.verified_via != trust.VerifiedVia.SSO:
        trust.verify(user, None, trust.VerifiedVia.SSO)
