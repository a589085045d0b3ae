"""The search outbox: every write that changes what search shows adds a row in the same transaction."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from app.core.timeutil import utcnow
from app.extensions import db


class SearchOutbox(db.Model):
    __tablename__ = "search_outbox"
    # Ids never come back once used (SQLite would reuse them after the queue empties): a drainer forgets
    # exactly the rows it indexed.
    __table_args__ = {"sqlite_autoincrement": True}

    id: Mapped[int] = mapped_column(primary_key=True)
    # No foreign key: a row must survive its post's hard deletion so the index forgets it too.
    post_id: Mapped[int | None] = mapped_column(index=True)
    action: Mapped[str] = mapped_column(String(16), default="upsert")  # upsert | rebuild
    created_at: Mapped[datetime] = mapped_column(default=utcnow)




class Acronym(db.Model):
    """A government acronym and the words it stands for, analysed as those words on both backends.

    Seeded by migration 0031 from app/search/data/acronyms.txt and the agencies list; edited on /admin/acronyms.
    """

    __tablename__ = "acronyms"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(40), unique=True)  # lowercase, as the analyzer sees it: sp4n-lapor
    acronym: Mapped[str] = mapped_column(String(40))  # as the admin wrote it: SP4N-LAPOR!
    expansion: Mapped[str] = mapped_column(String(200))
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
