"""Creating, checking and revoking personal access tokens. Services: they never commit."""
from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from flask_babel import gettext as _
from sqlalchemy import select, update

from app.accounts.models import User
from app.accounts.operators import is_admin
from app.api.models import SCOPES, ApiToken
from app.core.errors import NotFound, PermissionDenied, ValidationFailed
from app.core.timeutil import utcnow
from app.extensions import db

PREFIX = "simpul_"
MAX_DAYS = 365
DEFAULT_DAYS = 90
# Writing the last use at most this often keeps a busy script from writing on every call.
LAST_USED_STEP = timedelta(minutes=1)


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def create_token(user: User, name: str, scopes: list[str], days: int) -> tuple[ApiToken, str]:
    """The new token and its secret, which is shown once and never stored."""
    name = (name or "").strip()
    if not name or len(name) > 80:
        raise ValidationFailed(_("Beri token nama 1 sampai 80 karakter."), field="name")
    scopes = sorted(set(scopes or []), key=SCOPES.index) if set(scopes or []) <= set(SCOPES) else None
    if not scopes:
        raise ValidationFailed(_("Pilih paling sedikit satu cakupan yang dikenal."), field="scopes")
    if "admin" in scopes and not is_admin(user):
        raise PermissionDenied(_("Cakupan admin hanya untuk admin."))
    if not isinstance(days, int) or not 1 <= days <= MAX_DAYS:
        raise ValidationFailed(_("Masa berlaku token 1 sampai 365 hari."), field="days")
    secret = PREFIX + secrets.token_urlsafe(32)
    now = utcnow()
    token = ApiToken(user_id=user.id, name=name, token_hash=digest(secret), prefix=secret[:12],
                     scopes=" ".join(scopes), created_at=now, expires_at=now + timedelta(days=days))
    db.session.add(token)
    db.session.flush()
    return token, secret


def tokens_of(user: User) -> list[ApiToken]:
    query = select(ApiToken).where(ApiToken.user_id == user.id).order_by(ApiToken.created_at.desc(),
                                                                          ApiToken.id.desc())
    return list(db.session.execute(query).scalars())


def revoke(user: User, token_id: int) -> ApiToken:
    token = db.session.get(ApiToken, token_id)
    if token is None or token.user_id != user.id:
        raise NotFound(_("Token tidak ditemukan."))
    if token.revoked_at is None:
        token.revoked_at = utcnow()
    return token


def revoke_all(user: User) -> None:
    db.session.execute(update(ApiToken).where(ApiToken.user_id == user.id, ApiToken.revoked_at.is_(None))
                       .values(revoked_at=utcnow()))


def authenticate(secret: str) -> ApiToken | None:
    """The live token for a secret, or None: unknown, revoked, expired, or its member suspended."""
    if not secret.startswith(PREFIX) or len(secret) > 100:
        return None
    token = db.session.execute(select(ApiToken).where(ApiToken.token_hash == digest(secret))).scalar_one_or_none()
    now = utcnow()
    if token is None or not token.is_active(now) or token.user.is_suspended:
        return None
    if token.last_used_at is None or now - token.last_used_at > LAST_USED_STEP:
        token.last_used_at = now
        db.session.commit()
    return token
