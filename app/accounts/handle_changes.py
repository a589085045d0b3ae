"""A member's one change of @handle, and which member a handle (current or former) names."""
from __future__ import annotations

from flask_babel import gettext as _
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from app.accounts.handles import MAX_LENGTH, MIN_LENGTH, chosen_problem, normalise_chosen
from app.accounts.models import HandleAlias, User
from app.core.errors import Conflict, ValidationFailed
from app.core.timeutil import utcnow
from app.extensions import db


def _problem_message(problem: str) -> str:
    if problem == "length":
        return _("Nama pengguna harus %(low)d sampai %(high)d karakter.", low=MIN_LENGTH, high=MAX_LENGTH)
    if problem == "characters":
        return _("Nama pengguna hanya boleh berisi huruf kecil, angka dan titik, diawali dan diakhiri "
                 "huruf atau angka, tanpa dua titik berurutan.")
    return _("Nama pengguna ini dicadangkan untuk sistem. Pilih yang lain.")


def handle_owner(handle: str) -> int | None:
    """The member a handle names now or named before; None when nobody."""
    owner = db.session.execute(select(User.id).where(User.handle == handle)).scalar_one_or_none()
    if owner is None:
        owner = db.session.execute(select(HandleAlias.user_id).where(HandleAlias.handle == handle)).scalar()
    return owner


def change_handle(user: User, raw: str | None) -> bool:
    """Give the member the handle they chose, once; the old one keeps naming them. False when unchanged."""
    handle = normalise_chosen(raw)
    if not handle or handle == user.handle:
        return False
    if user.handle_changed_at is not None:
        raise ValidationFailed(_("Nama pengguna hanya dapat diubah satu kali, dan Anda sudah mengubahnya."),
                               field="handle")
    problem = chosen_problem(handle)
    if problem:
        raise ValidationFailed(_problem_message(problem), field="handle")
    owner = handle_owner(handle)
    if owner is not None and owner != user.id:
        raise _taken(handle)
    alias = db.session.get(HandleAlias, handle)
    if alias is not None:  # taking back one's own former handle
        db.session.delete(alias)
    db.session.add(HandleAlias(handle=user.handle, user_id=user.id))
    user.handle, user.handle_changed_at = handle, utcnow()
    try:
        with db.session.begin_nested():
            db.session.flush()
    except IntegrityError as err:  # someone took it in the same instant
        raise _taken(handle) from err
    return True


def _taken(handle: str) -> Conflict:
    return Conflict(_("Nama pengguna @%(handle)s sudah dipakai. Pilih yang lain.", handle=handle), field="handle")


def resolve_handles(handles: list[str]) -> dict[str, int]:
    """{handle: member id} for the handles that name someone, current handles before former ones."""
    if not handles:
        return {}
    found = dict(db.session.execute(select(HandleAlias.handle, HandleAlias.user_id)
                                    .where(HandleAlias.handle.in_(handles))).all())
    found.update(db.session.execute(select(User.handle, User.id).where(User.handle.in_(handles))).all())
    return found
