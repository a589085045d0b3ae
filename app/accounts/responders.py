"""Responders (Penjawab resmi) of an agency for Tanya OPD: who they are, and who may name or remove them."""
from __future__ import annotations

from flask_babel import gettext as _
from sqlalchemy import delete, select

from app.accounts.models import Agency, AgencyResponder, User
from app.accounts.operators import is_admin, operated_agency_ids
from app.core.errors import Conflict, PermissionDenied, ValidationFailed
from app.extensions import db


def responder_ids(agency_id: int) -> list[int]:
    """The responders of an agency who may act now (suspended members are left out)."""
    rows = db.session.execute(select(User.id, User.suspended_until).join(
        AgencyResponder, AgencyResponder.user_id == User.id).where(AgencyResponder.agency_id == agency_id)
        .order_by(User.id)).all()
    return [uid for uid, _until in rows if not _suspended(_until)]


def _suspended(until) -> bool:
    from app.core.timeutil import utcnow

    return until is not None and until > utcnow()


def is_responder(user, agency_id: int | None) -> bool:
    if agency_id is None or user is None or not getattr(user, "is_authenticated", False) or user.is_suspended:
        return False
    return db.session.get(AgencyResponder, (user.id, agency_id)) is not None


def may_manage(user, agency: Agency) -> bool:
    """Admins, and the operators of this agency, name and remove its responders."""
    return is_admin(user) or agency.id in operated_agency_ids(user)


def _ensure_may_manage(actor: User, agency: Agency) -> None:
    if not may_manage(actor, agency):
        raise PermissionDenied(_("Hanya admin atau operator %(agency)s yang dapat mengatur penjawab resmi.",
                                 agency=agency.name))


def grant(actor: User, member: User, agency: Agency) -> AgencyResponder:
    _ensure_may_manage(actor, agency)
    if db.session.get(AgencyResponder, (member.id, agency.id)) is not None:
        raise Conflict(_("%(name)s sudah menjadi penjawab resmi %(agency)s.", name=member.name,
                         agency=agency.name), field="login")
    if member.is_suspended:
        raise ValidationFailed(_("Akun ini sedang ditangguhkan dan tidak dapat menjadi penjawab resmi."),
                               field="login")
    duty = AgencyResponder(user_id=member.id, agency_id=agency.id, granted_by_id=actor.id)
    db.session.add(duty)
    db.session.flush()
    return duty


def revoke(actor: User, member: User, agency: Agency) -> bool:
    _ensure_may_manage(actor, agency)
    gone = db.session.execute(delete(AgencyResponder).where(AgencyResponder.user_id == member.id,
                                                            AgencyResponder.agency_id == agency.id)).rowcount
    return bool(gone)


def responders_of(agency: Agency) -> list[User]:
    return list(db.session.execute(select(User).join(AgencyResponder, AgencyResponder.user_id == User.id)
                                   .where(AgencyResponder.agency_id == agency.id).order_by(User.name)).scalars())


def agency_by_code(code: str) -> Agency | None:
    return db.session.execute(select(Agency).where(Agency.code == code[:64])).scalar_one_or_none()
