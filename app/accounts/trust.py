"""The three levels of trust (DESIGN "Identity and trust"): unconfirmed, confirmed, verified ASN.

Every change of level goes through here, so that the rules are written once: a confirmed e-mail at a
domain the city vouches for (VERIFIED_EMAIL_DOMAINS) makes a verified ASN; single sign-on and an
operator's approval do too; a change of agency, or an admin, withdraws it.
"""
from __future__ import annotations

from enum import StrEnum

from flask import current_app
from flask_babel import gettext as _

from app.accounts.models import User
from app.core.errors import PermissionDenied
from app.core.timeutil import utcnow


class VerifiedVia(StrEnum):
    EMAIL = "email"  # a confirmed e-mail at a domain in VERIFIED_EMAIL_DOMAINS
    SSO = "sso"  # single sign-on with the city's identity provider
    APPROVAL = "approval"  # an agency operator or an admin checked the NIP


def verified_domains() -> frozenset[str]:
    raw = current_app.config.get("VERIFIED_EMAIL_DOMAINS") or ""
    if isinstance(raw, str):
        raw = raw.split(",")
    return frozenset(domain.strip().lower().lstrip("@") for domain in raw if domain.strip())


def at_verified_domain(email: str) -> bool:
    domain = email.rpartition("@")[2].lower()
    return bool(domain) and domain in verified_domains()


def confirm_email(user: User) -> bool:
    """Mark the e-mail confirmed (once); a city address also verifies. True if anything changed."""
    if user.email_confirmed_at is not None:
        return False
    user.email_confirmed_at = utcnow()
    if not user.is_verified and at_verified_domain(user.email):
        verify(user, None, VerifiedVia.EMAIL)
    return True


def confirmation_refusal(user) -> PermissionDenied | None:
    """The rule for every posting, voting, flagging, adoption and JP action: a signed-in member whose e-mail is
    not confirmed may read but not act. None when the user may act (visitors are left to the sign-in check)."""
    if user is None or not getattr(user, "is_authenticated", False) or user.email_confirmed:
        return None
    return PermissionDenied(_(
        "Konfirmasi alamat email Anda terlebih dahulu. Buka tautan yang kami kirim ke %(email)s, atau minta "
        "tautan baru. Sampai email Anda dikonfirmasi, Anda dapat membaca, tetapi belum dapat menulis, memberi "
        "suara, melaporkan, mencatat penerapan, atau mengajukan JP.", email=user.email))


def verify(user: User, actor: User | None, via: VerifiedVia) -> None:
    user.verified_at = utcnow()
    user.verified_by_id = actor.id if actor is not None else None
    user.verified_via = via.value
    user.verification_refused_at = None
    user.verification_refusal_reason = None


def refuse(user: User, reason: str) -> None:
    """An operator or admin turns the request down; the member leaves the queue until they ask again."""
    user.verification_refused_at = utcnow()
    user.verification_refusal_reason = reason


def withdraw(user: User) -> bool:
    """Take verification back (agency changed, or an admin's decision). True if the member was verified."""
    was = user.is_verified
    user.verified_at = None
    user.verified_by_id = None
    user.verified_via = None
    return was


def ask_again(user: User) -> bool:
    """A refused member asks once more: back in their agency's queue. True if they had been refused."""
    was = user.verification_refused_at is not None
    user.verification_refused_at = None
    user.verification_refusal_reason = None
    return was
