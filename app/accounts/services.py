"""Account verbs: register, authenticate, change and reset passwords, edit profiles, roles, suspension.

Services never touch the request and never commit; they raise domain errors from app.core.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta

from email_validator import EmailNotValidError, validate_email
from flask import current_app
from flask_babel import gettext as _
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from app.accounts import passwords
from app.accounts.models import PERMANENT_SUSPENSION, Agency, User
from app.accounts.nip import NipError, parse_nip
from app.core.errors import Conflict, DomainError, PermissionDenied, ValidationFailed
from app.core.roles import Role
from app.core.timeutil import utcnow
from app.extensions import db

SUSPENSION_DAYS = (1, 3, 7, 30, 0)  # 0 is permanent
_RESET_SALT = "simpul-password-reset"
_NIP_SEPARATORS = re.compile(r"[\s.\-]+")  # as a NIP is typed from an SK or an ID card


class AuthenticationFailed(DomainError):
    status_code = 401


class AccountSuspended(DomainError):
    status_code = 403


def normalise_email(raw: str) -> str:
    try:
        result = validate_email((raw or "").strip(), check_deliverability=False)
    except EmailNotValidError as err:
        raise ValidationFailed(_("Alamat email tidak valid."), field="email") from err
    return result.normalized.casefold()


def normalise_nip(raw: str | None) -> str | None:
    try:
        nip = parse_nip(raw)
    except NipError as err:
        raise ValidationFailed(str(err), field="nip") from err
    return nip.value if nip else None


def find_agency(code: str) -> Agency:
    agency = db.session.execute(
        select(Agency).where(Agency.code == (code or "").strip(), Agency.active.is_(True))
    ).scalar_one_or_none()
    if agency is None:
        raise ValidationFailed(_("Pilih instansi dari daftar."), field="agency")
    return agency


def _check_password(password: str, *personal: str | None) -> None:
    problem = passwords.password_problem(
        password, min_length=current_app.config["PASSWORD_MIN_LENGTH"],
        personal=tuple(item for item in personal if item),
    )
    if problem:
        raise ValidationFailed(problem, field="password")


def _ensure_unique(email: str | None, nip: str | None, exclude_id: int | None = None) -> None:
    if email is not None:
        query = select(User.id).where(User.email == email)
        if exclude_id:
            query = query.where(User.id != exclude_id)
        if db.session.execute(query).first():
            raise Conflict(_("Email ini sudah terdaftar. Masuk atau atur ulang kata sandi Anda."), field="email")
    if nip is not None:
        query = select(User.id).where(User.nip == nip)
        if exclude_id:
            query = query.where(User.id != exclude_id)
        if db.session.execute(query).first():
            raise Conflict(_("NIP ini sudah terdaftar pada akun lain."), field="nip")


def flush_unique() -> None:
    """Flush, turning a lost race on a unique column into the same message as the check above."""
    try:
        with db.session.begin_nested():
            db.session.flush()
    except IntegrityError as err:
        text = str(err.orig).lower()
        if "handle" in text:  # two people of the same name registering at the same instant
            raise Conflict(_("Ada pendaftaran lain dengan nama yang sama pada saat yang sama. "
                             "Kirim ulang formulir.")) from err
        if "nip" in text:
            raise Conflict(_("NIP ini sudah terdaftar pada akun lain."), field="nip") from err
        raise Conflict(_("Email ini sudah terdaftar. Masuk atau atur ulang kata sandi Anda."),
                       field="email") from err


@dataclass
class Registration:
    name: str
    email: str
    password: str
    agency: str
    nip: str | None = None
    position: str | None = None


def register_user(data: Registration, role: Role = Role.MEMBER) -> User:
    name = " ".join((data.name or "").split())
    if not name:
        raise ValidationFailed(_("Nama wajib diisi."), field="name")
    email = normalise_email(data.email)
    nip = normalise_nip(data.nip)
    _check_password(data.password, name, email.split("@")[0], nip)
    # Hash before the first query: on SQLite the write lock is held from that query to the commit.
    password_hash = passwords.hash_password(data.password)
    agency = find_agency(data.agency)
    _ensure_unique(email, nip)
    user = User(
        name=name, email=email, nip=nip, agency=agency, position=(data.position or "").strip() or None,
        role=role.value, password_hash=password_hash,
        locale=current_app.config["BABEL_DEFAULT_LOCALE"],
    )
    db.session.add(user)
    flush_unique()
    return user


def find_by_login(login: str) -> User | None:
    login = (login or "").strip()
    if not login or len(login) > 254:
        return None
    if "@" in login:
        return db.session.execute(select(User).where(User.email == login.casefold())).scalar_one_or_none()
    try:
        nip = parse_nip(login)
    except NipError:
        return None
    if nip is None:
        return None
    return db.session.execute(select(User).where(User.nip == nip.value)).scalar_one_or_none()


def account_key(login: str) -> str:
    """The name per-account limits count under: the Email/NIP in its canonical form (a NIP's 18 digits, an
    e-mail case-folded), worked out from the text alone. It never asks whether an account exists, so a
    limit reached tells nothing about who is registered, however the NIP or e-mail is spelt."""
    text = (login or "").strip()
    if "@" in text:
        return "email:" + text.casefold()[:254]
    try:
        nip = parse_nip(text)
    except NipError:
        nip = None
    if nip is not None:
        return f"nip:{nip.value}"
    return "login:" + _NIP_SEPARATORS.sub("", text).casefold()[:254]


def authenticate(login: str, password: str) -> User:
    """The user these credentials belong to; one message for every wrong pair."""
    user = find_by_login(login)
    if not passwords.verify_password(user.password_hash if user else None, password or ""):
        raise AuthenticationFailed(_("Email/NIP atau kata sandi salah."))
    if user.is_suspended:
        raise AccountSuspended(suspension_message(user))
    if passwords.needs_rehash(user.password_hash):
        user.password_hash = passwords.hash_password(password)
    user.last_login_at = utcnow()
    return user


def suspension_message(user: User) -> str:
    from app.core.jinja_env import format_datetime_wib

    reason = user.suspension_reason or _("tidak disebutkan")
    if user.suspension_is_permanent:
        return _("Akun Anda ditangguhkan secara permanen. Alasan: %(reason)s", reason=reason)
    return _("Akun Anda ditangguhkan hingga %(until)s. Alasan: %(reason)s",
             until=format_datetime_wib(user.suspended_until), reason=reason)


def change_password(user: User, current_password: str, new_password: str) -> None:
    if not passwords.verify_password(user.password_hash, current_password or ""):
        raise ValidationFailed(_("Kata sandi saat ini salah."), field="current_password")
    if current_password == new_password:
        raise ValidationFailed(_("Kata sandi baru harus berbeda dari yang lama."), field="password")
    _set_password(user, new_password)


def _set_password(user: User, new_password: str) -> None:
    _check_password(new_password, user.name, user.email.split("@")[0], user.nip)
    user.password_hash = passwords.hash_password(new_password)
    user.password_changed_at = utcnow()


def _reset_serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt=_RESET_SALT)


def make_reset_token(user: User) -> str:
    # The hash's tail ties the token to the current password: once used, or after any change, it is void.
    return _reset_serializer().dumps({"u": user.id, "p": user.password_hash[-16:]})


def user_for_reset_token(token: str) -> User:
    try:
        data = _reset_serializer().loads(token, max_age=current_app.config["PASSWORD_RESET_MAX_AGE"])
    except SignatureExpired as err:
        raise ValidationFailed(_("Tautan atur ulang kata sandi sudah kedaluwarsa. Minta tautan baru.")) from err
    except BadSignature as err:
        raise ValidationFailed(_("Tautan atur ulang kata sandi tidak valid atau sudah dipakai.")) from err
    user = db.session.get(User, data.get("u")) if isinstance(data, dict) else None
    if user is None or user.password_hash[-16:] != data.get("p"):
        raise ValidationFailed(_("Tautan atur ulang kata sandi tidak valid atau sudah dipakai."))
    return user


def reset_password(token: str, new_password: str) -> User:
    user = user_for_reset_token(token)
    _set_password(user, new_password)
    return user


def change_role(actor: User, user: User, role: str) -> bool:
    try:
        new_role = Role(role)
    except ValueError as err:
        raise ValidationFailed(_("Peran tidak dikenal."), field="role") from err
    if user.id == actor.id and new_role != Role.ADMIN:
        raise PermissionDenied(_("Anda tidak dapat mencabut peran admin Anda sendiri."))
    if user.role == new_role.value:
        return False
    user.role = new_role.value
    return True


def suspend_user(actor: User, user: User, days: int, reason: str) -> bool:
    if days not in SUSPENSION_DAYS:
        raise ValidationFailed(_("Lama penangguhan harus 1, 3, 7, 30 hari atau permanen."), field="days")
    reason = (reason or "").strip()
    if not reason:
        raise ValidationFailed(_("Tuliskan alasan penangguhan; alasan ini ditampilkan kepada pengguna."),
                               field="reason")
    if user.id == actor.id:
        raise PermissionDenied(_("Anda tidak dapat menangguhkan akun Anda sendiri."))
    _ensure_outranks(actor, user)
    until = PERMANENT_SUSPENSION if days == 0 else utcnow() + timedelta(days=days)
    user.suspended_until = until
    user.suspension_reason = reason[:500]
    from app.accounts.auth_session import end_all_sessions

    end_all_sessions(user)
    return True


def _ensure_outranks(actor: User, user: User) -> None:
    """Moderators act on members; only admins act on moderators, leaders and admins (both ways)."""
    if user.role == Role.ADMIN and actor.role != Role.ADMIN:
        raise PermissionDenied(_("Hanya admin yang dapat menangguhkan atau memulihkan akun admin."))
    if user.role in (Role.MODERATOR, Role.LEADER) and actor.role != Role.ADMIN:
        raise PermissionDenied(_("Hanya admin yang dapat menangguhkan atau memulihkan akun moderator dan pimpinan."))


def lift_suspension(actor: User, user: User) -> bool:
    _ensure_outranks(actor, user)
    if user.suspended_until is None:
        return False
    user.suspended_until = None
    user.suspension_reason = None
    return True
