"""Verified ASN by approval: approve, refuse, withdraw, and the operators' duty, each audited and told.

The rules of trust live in app/accounts/trust.py and who may decide in app/accounts/operators.py; this
module only puts them together with the audit log and the member's notice.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from flask_babel import format_date
from flask_babel import gettext as _

from app.accounts import operators, trust
from app.accounts.models import Agency, User
from app.accounts.nip import Nip, NipError, parse_nip
from app.core.errors import Conflict, PermissionDenied, ValidationFailed
from app.moderation import audit
from app.notifications.services import tell_verification

REASON_MAX_LENGTH = 500


def _reason(raw: str | None, message: str) -> str:
    reason = " ".join((raw or "").split())
    if not reason:
        raise ValidationFailed(message, field="reason")
    if len(reason) > REASON_MAX_LENGTH:
        raise ValidationFailed(_("Alasan paling banyak %(n)d karakter.", n=REASON_MAX_LENGTH), field="reason")
    return reason


def _ensure_waiting(member: User) -> None:
    if member.is_verified:
        raise Conflict(_("%(name)s sudah ASN terverifikasi; tidak ada yang diubah.", name=member.name))
    if not member.email_confirmed:
        raise Conflict(_("%(name)s belum mengonfirmasi alamat emailnya; verifikasi menunggu konfirmasi itu.",
                         name=member.name))


def approve(actor: User, member: User) -> None:
    operators.ensure_may_decide(actor, member)
    _ensure_waiting(member)
    trust.verify(member, actor, trust.VerifiedVia.APPROVAL)
    audit.write("verify_approve", actor, user_id=member.id, after={"agency": member.agency.code})
    tell_verification(member.id, actor.id, "approved")


def refuse(actor: User, member: User, reason: str | None) -> None:
    operators.ensure_may_decide(actor, member)
    _ensure_waiting(member)
    reason = _reason(reason, _("Tuliskan alasan penolakan; anggota membaca alasan ini."))
    trust.refuse(member, reason)
    audit.write("verify_refuse", actor, user_id=member.id, reason=reason, after={"agency": member.agency.code})
    tell_verification(member.id, actor.id, "refused", reason)


def withdraw(actor: User, member: User, reason: str | None) -> None:
    """An admin's decision, which stands like a refusal (a change of agency withdraws it in the profile edit,
    without a notice or a refusal)."""
    if not operators.is_admin(actor):
        raise PermissionDenied(_("Hanya admin yang dapat mencabut status ASN terverifikasi."))
    if not member.is_verified:
        raise Conflict(_("%(name)s belum ASN terverifikasi; tidak ada yang dicabut.", name=member.name))
    reason = _reason(reason, _("Tuliskan alasan pencabutan; anggota membaca alasan ini."))
    before = {"via": member.verified_via}
    trust.withdraw(member)
    trust.refuse(member, reason)  # out of the queue, and no SSO sign-in verifies again until the member asks
    audit.write("verify_withdraw", actor, user_id=member.id, reason=reason, before=before)
    tell_verification(member.id, actor.id, "withdrawn", reason)


def grant_operator(actor: User, login: str, agency: Agency) -> User:
    member = operators.find_member(login)
    operators.grant(actor, member, agency)
    audit.write("operator_grant", actor, user_id=member.id, after={"agency": agency.code})
    return member


def revoke_operator(actor: User, member: User, agency: Agency) -> bool:
    gone = operators.revoke(actor, member, agency)
    if gone:
        audit.write("operator_revoke", actor, user_id=member.id, before={"agency": agency.code})
    return gone


@dataclass(frozen=True)
class DecodedNip:
    """What the operator reads beside the NIP: the facts it encodes, or why it cannot be read."""

    nip: Nip | None
    problem: str | None

    @property
    def start(self) -> str:
        """TMT CPNS as month and year for PNS; PPPK numbers carry only the year."""
        if self.nip is None:
            return ""
        if self.nip.appointment_month is None:
            return str(self.nip.appointment_year)
        return format_date(date(self.nip.appointment_year, self.nip.appointment_month, 1), "MMM y")


def decode(raw: str | None) -> DecodedNip | None:
    """None when no NIP was given."""
    if not raw:
        return None
    try:
        return DecodedNip(parse_nip(raw), None)
    except NipError as err:  # a NIP stored before today's rules: show it, with what is wrong
        return DecodedNip(None, str(err))
