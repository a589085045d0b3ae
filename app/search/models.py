"""The search outbox: every write that changes what search shows adds a row in the same transaction."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, String, UniqueConstraint
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


class SearchQuery(db.Model):
    """What was searched, per day: the normalised words, the kind filter, how many results, how many times.
    No member, no address, no time of day: nothing that says who searched (app/search/querylog.py)."""

    __tablename__ = "search_queries"
    __table_args__ = (UniqueConstraint("day", "query", "kind", name="uq_search_queries_day_query_kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[date] = mapped_column(Date, index=True)
    query: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(16), default="")  # "" for every kind
    results: Mapped[int | None] = mapped_column()  # the latest count of results that day
    count: Mapped[int] = mapped_column(default=0)
