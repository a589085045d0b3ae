"""Duties admins give members on top of their role: organiser (penyelenggara) and verifier (verifikator)."""
from __future__ import annotations

from dataclasses import dataclass

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import aliased, joinedload

from app.accounts import lookup
from app.accounts.models import User
from app.accounts.services import find_by_login
from app.core.errors import Conflict, NotFound, ValidationFailed
from app.core.timeutil import utcnow
from app.extensions import db
from app.pembinaan.models import Duty, DutyName

DUTY_LABELS = {
    DutyName.ORGANISER.value: _l("Penyelenggara kegiatan"),
    DutyName.VERIFIER.value: _l("Verifikator JP (operator BKPSDM)"),
}


def duty_label(duty: str) -> str:
    return str(DUTY_LABELS.get(duty, duty))


@dataclass
class DutyLine:
    duty: Duty
    member: User
    granted_by: str | None


def all_duties() -> list[DutyLine]:
    """Every duty with its member (and their agency) and who granted it, grouped by duty then name: one query."""
    granter = aliased(User)
    found = db.session.execute(
        select(Duty, User, granter.name).join(User, User.id == Duty.user_id)
        .outerjoin(granter, granter.id == Duty.granted_by_id).options(joinedload(User.agency))
        .order_by(Duty.duty, User.name, Duty.id)).all()
    return [DutyLine(duty, member, granted_by) for duty, member, granted_by in found]


def find_member(raw: str | None, hosts: frozenset[str] = frozenset()) -> User:
    """A member by email or NIP (as they sign in), or by name, @handle, profile link or number."""
    raw = (raw or "").strip()
    user = find_by_login(raw) if raw and not raw.startswith("@") else None
    return user if user is not None else lookup.find_member(raw, field="user", hosts=hosts)


def grant_duty(admin: User, member: User, duty: str) -> Duty:
    if duty not in DUTY_LABELS:
        raise ValidationFailed(_("Tugas tidak dikenal."), field="duty")
    held = db.session.execute(select(Duty).where(Duty.user_id == member.id, Duty.duty == duty)).scalar_one_or_none()
    if held is not None:
        raise Conflict(_("%(name)s sudah memegang tugas %(duty)s.", name=member.name, duty=duty_label(duty)),
                       field="user")
    row = Duty(user_id=member.id, duty=duty, granted_by_id=admin.id, created_at=utcnow())
    try:
        with db.session.begin_nested():  # a concurrent twin may have inserted it first
            db.session.add(row)
    except IntegrityError:
        raise Conflict(_("%(name)s sudah memegang tugas %(duty)s.", name=member.name, duty=duty_label(duty)),
                       field="user") from None
    return row


def revoke_duty(duty_id: int) -> tuple[Duty, User]:
    """Take a duty back; returns the row that was removed and its member (for the message)."""
    found = db.session.execute(select(Duty, User).join(User, User.id == Duty.user_id).where(Duty.id == duty_id)
                               .with_for_update(of=Duty)).first()
    if found is None:
        raise NotFound(_("Tugas ini sudah dicabut atau tidak ada."))
    row, member = found
    db.session.delete(row)
    db.session.flush()
    return row, member
