"""Agency operators (Operator instansi) and the queue of accounts waiting for them: who may approve whom.

The rules of the duty are written here once; the pages that use them (moderation's approvals) and the
profile that shows the duty read them from here.
"""
from __future__ import annotations

from flask import g
from flask_babel import gettext as _
from sqlalchemy import Select, delete, func, select

from app.accounts.models import Agency, AgencyOperator, User
from app.core.errors import Conflict, NotFound, PermissionDenied, ValidationFailed
from app.core.roles import Role
from app.extensions import db


def operated_agency_ids(user) -> set[int]:
    """The agencies this member is operator of (none for visitors and suspended members)."""
    if user is None or not getattr(user, "is_authenticated", False) or user.is_suspended:
        return set()
    known = g.setdefault("operated_agency_ids", {})  # the menu on every page asks too: once per request
    if user.id not in known:
        known[user.id] = set(db.session.execute(select(AgencyOperator.agency_id)
                                                .where(AgencyOperator.user_id == user.id)).scalars())
    return set(known[user.id])


def operated_agencies(user: User) -> list[Agency]:
    return list(db.session.execute(select(Agency).join(AgencyOperator, AgencyOperator.agency_id == Agency.id)
                                   .where(AgencyOperator.user_id == user.id).order_by(Agency.name)).scalars())


def is_admin(user) -> bool:
    return bool(getattr(user, "is_authenticated", False)) and user.role == Role.ADMIN.value \
        and not user.is_suspended


def may_open_queue(user) -> bool:
    return is_admin(user) or bool(operated_agency_ids(user))


def ensure_may_decide(actor: User, member: User) -> None:
    """Admins decide for every agency; an operator only for the accounts of their own agency; nobody for
    their own account."""
    if member.id == actor.id:
        raise PermissionDenied(_("Anda tidak dapat memutuskan verifikasi akun Anda sendiri."))
    if is_admin(actor):
        return
    if member.agency_id not in operated_agency_ids(actor):
        raise PermissionDenied(_("Anda bukan operator instansi anggota ini; hanya operator %(agency)s atau admin "
                                 "yang dapat memutuskan verifikasinya.", agency=member.agency.name))


def waiting(agency_ids: set[int] | None) -> Select:
    """Confirmed accounts, not verified, not refused since they last asked; None means every agency."""
    query = (select(User).where(User.email_confirmed_at.is_not(None), User.verified_at.is_(None),
                                User.verification_refused_at.is_(None))
             .order_by(User.email_confirmed_at, User.id))
    if agency_ids is not None:
        query = query.where(User.agency_id.in_(agency_ids))
    return query


def waiting_count(user) -> int | None:
    """The number waiting for this member to decide, or None when they decide for nobody (one or two queries)."""
    if is_admin(user):
        scope = None
    else:
        scope = operated_agency_ids(user)
        if not scope:
            return None
    count = select(func.count()).select_from(waiting(scope).order_by(None).subquery())
    return db.session.execute(count).scalar_one()


def find_member(login: str) -> User:
    from app.accounts.services import find_by_login

    member = find_by_login(login)
    if member is None:
        raise NotFound(_("Tidak ada anggota dengan email atau NIP itu."), field="login")
    return member


def grant(actor: User, member: User, agency: Agency) -> AgencyOperator:
    if not is_admin(actor):
        raise PermissionDenied(_("Hanya admin yang dapat menunjuk operator instansi."))
    if db.session.get(AgencyOperator, (member.id, agency.id)) is not None:
        raise Conflict(_("%(name)s sudah menjadi operator %(agency)s.", name=member.name, agency=agency.name),
                       field="login")
    if member.is_suspended:
        raise ValidationFailed(_("Akun ini sedang ditangguhkan dan tidak dapat menjadi operator instansi."),
                               field="login")
    duty = AgencyOperator(user_id=member.id, agency_id=agency.id, granted_by_id=actor.id)
    db.session.add(duty)
    g.pop("operated_agency_ids", None)
    db.session.flush()
    return duty


def revoke(actor: User, member: User, agency: Agency) -> bool:
    if not is_admin(actor):
        raise PermissionDenied(_("Hanya admin yang dapat mencabut tugas operator instansi."))
    gone = db.session.execute(delete(AgencyOperator).where(AgencyOperator.user_id == member.id,
                                                           AgencyOperator.agency_id == agency.id)).rowcount
    g.pop("operated_agency_ids", None)
    return bool(gone)


def all_operators() -> list[tuple[User, Agency, AgencyOperator]]:
    return list(db.session.execute(
        select(User, Agency, AgencyOperator)
        .join(AgencyOperator, AgencyOperator.user_id == User.id)
        .join(Agency, Agency.id == AgencyOperator.agency_id)
        .order_by(Agency.name, User.name)).all())
