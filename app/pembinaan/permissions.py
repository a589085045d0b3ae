"""Who may organise activities, mark attendance and verify JP; and each member's yearly JP target."""
from __future__ import annotations

from flask import current_app
from sqlalchemy import select

from app.accounts.nip import NipError, parse_nip
from app.accounts.operators import is_admin, operated_agency_ids
from app.core.roles import Role
from app.extensions import db
from app.pembinaan.models import Duty, DutyName


def _active(user) -> bool:
    return bool(user is not None and getattr(user, "is_authenticated", False) and not user.is_suspended)


def duties_of(user) -> set[str]:
    if not _active(user):
        return set()
    return set(db.session.execute(select(Duty.duty).where(Duty.user_id == user.id)).scalars())


def can_organise(user, agency_id: int | None = None) -> bool:
    """Leaders and admins anywhere; a member with the organiser duty for their own agency."""
    if not _active(user):
        return False
    if user.role in (Role.ADMIN, Role.LEADER):
        return True
    return DutyName.ORGANISER in duties_of(user) and (agency_id is None or agency_id == user.agency_id)


def can_verify(user) -> bool:
    """Admins and members with the verifier duty (a BKPSDM operator)."""
    if not _active(user):
        return False
    return user.role == Role.ADMIN or DutyName.VERIFIER in duties_of(user)


def may_see_contact(viewer, member) -> bool:
    """A member's NIP and e-mail are for the member, admins and the operators of the member's agency only;
    organisers, leaders and JP verifiers see names and agencies (see /privacy)."""
    if not _active(viewer):
        return False
    return viewer.id == member.id or is_admin(viewer) or member.agency_id in operated_agency_ids(viewer)


def employee_kind(user) -> str:
    """PNS or PPPK, read from the NIP (members without a NIP count as PNS)."""
    try:
        nip = parse_nip(user.nip) if user.nip else None
    except NipError:
        nip = None
    return nip.kind if nip else "PNS"


def jp_target(user) -> int:
    key = "JP_TARGET_PPPK" if employee_kind(user) == "PPPK" else "JP_TARGET_PNS"
    return int(current_app.config[key])
