"""Sign-in sessions kept in the database, so that signing out or a new password ends them for real."""
from __future__ import annotations

import hashlib
import secrets

from flask import Flask, request
from flask_babel import lazy_gettext as _l
from flask_login import LoginManager, login_user, logout_user
from sqlalchemy import delete, select

from app.accounts.models import LoginSession, User
from app.core.database import read_apart
from app.extensions import db


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def init_login_manager(app: Flask, manager: LoginManager) -> None:
    manager.init_app(app)
    manager.login_view = "auth.login"
    manager.login_message = _l("Silakan masuk untuk membuka halaman ini.")
    manager.login_message_category = "info"
    manager.session_protection = "basic"

    @manager.user_loader
    def load_user(token: str) -> User | None:
        if not token or len(token) > 128:
            return None
        row = read_apart(lambda: db.session.execute(
            select(LoginSession).where(LoginSession.token_hash == _digest(token))
        ).scalar_one_or_none())
        if row is None:
            return None
        user = row.user
        if user.is_suspended:
            return None
        user.session_token = token
        return user


def start_session(user: User, remember: bool = False) -> None:
    """Create the session row; the caller commits."""
    token = secrets.token_urlsafe(32)
    agent = (request.headers.get("User-Agent") or "")[:255]
    db.session.add(LoginSession(user_id=user.id, token_hash=_digest(token), user_agent=agent))
    user.session_token = token
    login_user(user, remember=remember)


def end_session(user: User) -> None:
    """End this browser's session; the caller commits."""
    if user.session_token:
        db.session.execute(delete(LoginSession).where(LoginSession.token_hash == _digest(user.session_token)))
    logout_user()


def end_all_sessions(user: User, keep_current: bool = False) -> int:
    """End the user's sessions everywhere (or all but this one); the caller commits."""
    statement = delete(LoginSession).where(LoginSession.user_id == user.id)
    if keep_current and user.session_token:
        statement = statement.where(LoginSession.token_hash != _digest(user.session_token))
    return db.session.execute(statement).rowcount or 0
