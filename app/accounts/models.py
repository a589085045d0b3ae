"""Agencies (instansi / OPD), users and their sign-in sessions."""
from __future__ import annotations

from datetime import datetime

from flask_login import UserMixin
from sqlalchemy import CheckConstraint, ForeignKey, String, Text, event, select
from sqlalchemy.orm import Mapped, Session, mapped_column, relationship

from app.accounts.handles import free_handle, handle_base
from app.core.roles import Role
from app.core.timeutil import utcnow
from app.extensions import db

PERMANENT_SUSPENSION = datetime(9999, 12, 31)
# RFC 2606 keeps .invalid out of the DNS: an erased member's address (app/privacy/erasure.py) can go nowhere.
ERASED_EMAIL_DOMAIN = "terhapus.invalid"
ROLE_VALUES = ", ".join(f"'{role.value}'" for role in Role)


class Agency(db.Model):
    __tablename__ = "agencies"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(255))
    short_name: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(32), default="dinas")
    name_verified: Mapped[bool] = mapped_column(default=True)
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # The number of ASN an admin entered; the leaders' agency view divides by it when the admin chose so.
    headcount: Mapped[int | None] = mapped_column()

    members: Mapped[list[User]] = relationship(back_populates="agency", lazy="raise_on_sql")

    def __repr__(self) -> str:
        return f"<Agency {self.code}>"


class User(UserMixin, db.Model):
    __tablename__ = "users"
    __table_args__ = (
        CheckConstraint(f"role IN ({ROLE_VALUES})", name="role_known"),
        CheckConstraint("reputation >= 1", name="reputation_floor"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    # For @mentions; made from the name when the account is created (see _fill_handles); the member may
    # change it once (handle_changed_at), and the handles left behind still resolve (HandleAlias).
    handle: Mapped[str] = mapped_column(String(40), unique=True)
    handle_changed_at: Mapped[datetime | None] = mapped_column()
    email: Mapped[str] = mapped_column(String(254), unique=True)
    nip: Mapped[str | None] = mapped_column(String(18), unique=True)
    agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"), index=True)
    position: Mapped[str | None] = mapped_column(String(120))
    bio: Mapped[str | None] = mapped_column(Text)
    role: Mapped[str] = mapped_column(String(16), default=Role.MEMBER.value, index=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    reputation: Mapped[int] = mapped_column(default=1)
    locale: Mapped[str] = mapped_column(String(8), default="id")
    suspended_until: Mapped[datetime | None] = mapped_column()
    suspension_reason: Mapped[str | None] = mapped_column(String(500))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_login_at: Mapped[datetime | None] = mapped_column()
    password_changed_at: Mapped[datetime | None] = mapped_column()
    # Trust (DESIGN "Identity and trust"; app/accounts/trust.py changes these): unconfirmed until the
    # sign-up link is opened; a verified ASN once an e-mail domain, single sign-on or an operator vouches.
    email_confirmed_at: Mapped[datetime | None] = mapped_column()
    verified_at: Mapped[datetime | None] = mapped_column()
    # No foreign key: SQLite cannot drop a column that has one without copying `users` (see migration 0015);
    # accounts are anonymised, never deleted, and the audit log names the approver too.
    verified_by_id: Mapped[int | None] = mapped_column()
    verified_via: Mapped[str | None] = mapped_column(String(16))  # email, sso, approval
    verification_refused_at: Mapped[datetime | None] = mapped_column()
    verification_refusal_reason: Mapped[str | None] = mapped_column(String(500))
    oidc_subject: Mapped[str | None] = mapped_column(String(255), unique=True, index=True)

    # "unnested": under an outer join (a post's editor) this stays a flat LEFT JOIN. Nested, as
    # `LEFT JOIN (users JOIN agencies)`, SQLite materialises the join of every user for each query.
    agency: Mapped[Agency] = relationship(back_populates="members", lazy="joined", innerjoin="unnested")

    # Flask-Login keeps the id of the sign-in session, not of the user, so that ending that session
    # in the database ends it everywhere (see auth_session).
    session_token = None

    def get_id(self) -> str | None:
        return self.session_token

    @property
    def email_confirmed(self) -> bool:
        return self.email_confirmed_at is not None

    @property
    def is_verified(self) -> bool:
        return self.verified_at is not None

    @property
    def is_suspended(self) -> bool:
        return self.suspended_until is not None and self.suspended_until > utcnow()

    @property
    def suspension_is_permanent(self) -> bool:
        return self.suspended_until is not None and self.suspended_until >= PERMANENT_SUSPENSION

    def __repr__(self) -> str:
        return f"<User {self.id} {self.email}>"


@event.listens_for(Session, "before_flush")
def _fill_handles(session: Session, _context, _instances) -> None:
    """Every new user gets a handle, however it was created (registration, seed, a test's User(...))."""
    pending = [obj for obj in session.new if isinstance(obj, User) and not obj.handle]
    if not pending:
        return
    chosen: set[str] = set()
    with session.no_autoflush:
        for user in pending:
            base = handle_base(user.name)
            taken = set(session.execute(select(User.handle).where(User.handle.like(f"{base}%"))).scalars())
            taken |= set(session.execute(select(HandleAlias.handle)
                                         .where(HandleAlias.handle.like(f"{base}%"))).scalars())
            user.handle = free_handle(base, taken | chosen)
            chosen.add(user.handle)


class HandleAlias(db.Model):
    """A handle a member used before: @mentions of it still reach them, and nobody else may take it."""

    __tablename__ = "handle_aliases"

    handle: Mapped[str] = mapped_column(String(40), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class AgencyOperator(db.Model):
    """The duty "Operator instansi": a member who approves the ASN of one agency. Given by admins."""

    __tablename__ = "agency_operators"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id", ondelete="CASCADE"), primary_key=True,
                                           index=True)
    granted_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class AgencyResponder(db.Model):
    """The duty "Penjawab resmi": a member who answers, for one agency, the questions addressed to it (Tanya
    OPD). Given by admins or that agency's operators."""

    __tablename__ = "agency_responders"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id", ondelete="CASCADE"), primary_key=True,
                                           index=True)
    granted_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class LoginSession(db.Model):
    """One signed-in browser. Deleting the row signs that browser out, wherever its cookie is."""

    __tablename__ = "login_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    user_agent: Mapped[str | None] = mapped_column(String(255))

    user: Mapped[User] = relationship(lazy="joined", innerjoin=True)
