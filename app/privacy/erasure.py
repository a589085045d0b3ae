"""Deleting an account by anonymising it: the posts and the ledger stay, the person behind them goes."""
from __future__ import annotations

import secrets

from flask_babel import gettext as _
from sqlalchemy import delete, select

from app.accounts import passwords
from app.accounts.auth_session import end_all_sessions
from app.accounts.handles import free_handle, handle_base
from app.accounts.models import ERASED_EMAIL_DOMAIN, AgencyOperator, AgencyResponder, User
from app.api.tokens import revoke_all as revoke_api_tokens
from app.content.models import Post
from app.core.errors import ValidationFailed
from app.core.roles import Role
from app.extensions import db
from app.moderation import audit
from app.notifications.models import EmailChoice, NotificationSetting
from app.search.outbox import queue_posts
from app.telegram.services import unlink as unlink_telegram

FORMER_MEMBER = "Mantan anggota"
# Not a hash of anything: no password can ever match it, so the account can never be signed in to again.
UNUSABLE_PASSWORD = "!dihapus"  # noqa: S105


def is_erased(user: User) -> bool:
    return user.email.endswith("@" + ERASED_EMAIL_DOMAIN)


def delete_account(user: User, password: str) -> None:
    """Anonymise the member who asked, after their password; the caller commits and signs the browser out."""
    if not passwords.verify_password(user.password_hash, password or ""):
        raise ValidationFailed(_("Kata sandi salah. Akun Anda tidak dihapus."), field="password")
    audit.write("delete_account", user, user_id=user.id, reason=_("Dihapus atas permintaan anggota"))
    _erase_personal_data(user)
    _stop_mail(user.id)
    end_all_sessions(user)
    revoke_api_tokens(user)
    unlink_telegram(user.id)  # the chat, the live link code and the messages still waiting
    # Search documents carry the author's name: re-index the posts so that the old name leaves the index.
    post_ids = db.session.execute(select(Post.id).where(Post.author_id == user.id)).scalars().all()
    queue_posts(db.session, post_ids)


def _erase_personal_data(user: User) -> None:
    user.name = FORMER_MEMBER
    user.email = f"dihapus-{user.id}-{secrets.token_hex(6)}@{ERASED_EMAIL_DOMAIN}"
    user.nip = None
    user.position = None
    user.bio = None
    user.role = Role.MEMBER.value
    user.password_hash = UNUSABLE_PASSWORD
    # Nobody is behind the account any more: no SSO identity signs in to it, it is no ASN, waits for no
    # operator and ranks nowhere (rankings and the approvals queue read these fields), and holds no duty.
    user.oidc_subject = None
    user.email_confirmed_at = None
    user.verified_at = user.verified_by_id = user.verified_via = None
    user.verification_refused_at = user.verification_refusal_reason = None
    db.session.execute(delete(AgencyOperator).where(AgencyOperator.user_id == user.id))
    db.session.execute(delete(AgencyResponder).where(AgencyResponder.user_id == user.id))
    base = handle_base(FORMER_MEMBER)
    taken = set(db.session.execute(select(User.handle).where(User.handle.like(f"{base}%"))).scalars())
    user.handle = free_handle(base, taken)


def _stop_mail(user_id: int) -> None:
    setting = db.session.get(NotificationSetting, user_id)
    if setting is None:
        db.session.add(NotificationSetting(user_id=user_id, email=EmailChoice.OFF.value))
    else:
        setting.email = EmailChoice.OFF.value
