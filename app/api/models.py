"""Personal access tokens: the API's credentials (only the SHA-256 of the secret is stored)."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.accounts.models import User
from app.core.timeutil import utcnow
from app.extensions import db

SCOPES = ("read", "write", "admin")


class ApiToken(db.Model):
    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(80))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    prefix: Mapped[str] = mapped_column(String(16))  # the first characters, shown in the list to tell tokens apart
    scopes: Mapped[str] = mapped_column(String(40))  # space-separated, of SCOPES
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime] = mapped_column()
    last_used_at: Mapped[datetime | None] = mapped_column()
    revoked_at: Mapped[datetime | None] = mapped_column()

    user: Mapped[User] = relationship(lazy="joined", innerjoin=True)

    @property
    def scope_list(self) -> list[str]:
        return self.scopes.split()

    def is_active(self, now: datetime) -> bool:
        return self.revoked_at is None and self.expires_at > now
