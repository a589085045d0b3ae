"""Finding a member from what a person typed into a form: a name, @handle, profile link or number.

The pickers (static/js/picker.js) fill these fields from /users/suggest.json; without JavaScript a person
types the name or @handle and the server resolves it here, with a message in words they understand.
"""
from __future__ import annotations

import re

from flask_babel import gettext as _
from sqlalchemy import func, select
from sqlalchemy.orm import joinedload

from app.accounts.handle_changes import handle_owner
from app.accounts.handles import normalise_chosen
from app.accounts.models import ERASED_EMAIL_DOMAIN, User
from app.core.errors import ValidationFailed
from app.core.links import split_typed_link
from app.core.numbers import parse_id
from app.core.timeutil import utcnow
from app.extensions import db

_PROFILE_PATH = re.compile(r"^/users/(?:(?P<id>\d{1,12})|@(?P<handle>[A-Za-z0-9.]{1,40}))/?$")
_HANDLE = re.compile(r"^@?[a-z0-9](?:[a-z0-9.]{0,38}[a-z0-9])?$")
SUGGEST_LIMIT = 8


def _like(prefix: str) -> str:
    return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _not_erased():
    # An erased account keeps its row for its posts ("Mantan anggota") under an address nobody can own.
    return ~User.email.like(f"%@{ERASED_EMAIL_DOMAIN}")


def suggest_members(q: str | None, limit: int = SUGGEST_LIMIT) -> list[dict]:
    """Members whose handle or name (or a word of it) starts with q; not the suspended ones."""
    prefix = " ".join((q or "").replace("\x00", "").strip().lstrip("@").lower().split())[:40]
    if len(prefix) < 2:
        return []
    starts, word = _like(prefix), "% " + _like(prefix)
    rows = db.session.execute(
        select(User).options(joinedload(User.agency))
        .where(func.lower(User.handle).like(starts, escape="\\") | func.lower(User.name).like(starts, escape="\\")
               | func.lower(User.name).like(word, escape="\\"),
               (User.suspended_until.is_(None) | (User.suspended_until <= utcnow())), _not_erased())
        .order_by(User.reputation.desc(), User.handle).limit(limit)).scalars()
    return [{"id": user.id, "handle": user.handle, "name": user.name, "agency": user.agency.name,
             "position": user.position or ""} for user in rows]


def _by_link(raw: str, hosts: frozenset[str]) -> User | None:
    parts = split_typed_link(raw)
    if (parts.scheme or parts.netloc) and (parts.scheme not in ("http", "https")
                                          or parts.netloc.lower() not in {h.lower() for h in hosts}):
        return None
    match = _PROFILE_PATH.match(parts.path)
    if match is None:
        return None
    if match["id"]:
        return db.session.get(User, parse_id(match["id"])) if parse_id(match["id"]) is not None else None
    owner = handle_owner(match["handle"].lower())
    return db.session.get(User, owner) if owner is not None else None


def not_found(raw: str, field: str) -> ValidationFailed:
    return ValidationFailed(_("Anggota \u201c%(raw)s\u201d tidak ditemukan. Ketik nama atau @nama pengguna "
                              "anggota lalu pilih dari daftar, atau tempel tautan profilnya.", raw=raw[:80]),
                            field=field)


def find_member(raw: str | None, *, field: str = "user", hosts: frozenset[str] = frozenset()) -> User:
    """The member named by "@handle", a handle (current or former), a profile link, a number, or a name that
    only one member has; ValidationFailed (on `field`) otherwise."""
    raw = " ".join((raw or "").replace("\x00", "").split())
    if not raw:
        raise ValidationFailed(_("Ketik nama atau @nama pengguna anggota lalu pilih dari daftar."), field=field)
    user = None
    if parse_id(raw) is not None:
        user = db.session.get(User, parse_id(raw))
    elif "/" in raw:
        user = _by_link(raw, hosts)
    elif _HANDLE.match(raw.lower()):
        owner = handle_owner(normalise_chosen(raw))
        user = db.session.get(User, owner) if owner is not None else None
    if user is None and not raw.startswith("@") and "/" not in raw and len(raw) <= 120:
        named = db.session.execute(select(User).where(func.lower(User.name) == raw.lower())
                                   .order_by(User.id).limit(2)).scalars().all()
        if len(named) > 1:
            raise ValidationFailed(_("Ada lebih dari satu anggota bernama \u201c%(raw)s\u201d. Ketik @nama "
                                     "pengguna anggota yang Anda maksud, atau pilih dari daftar.", raw=raw[:80]),
                                   field=field)
        user = named[0] if named else None
    if user is None or user.email.endswith(f"@{ERASED_EMAIL_DOMAIN}"):
        raise not_found(raw, field)
    return user
