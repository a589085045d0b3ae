"""A monthly report on file: one row per month and agency (the city's report has no agency)."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String, func
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.accounts.models import Agency
from app.core.timeutil import utcnow
from app.extensions import db


class MonthlyReport(db.Model):
    __tablename__ = "monthly_reports"

    id: Mapped[int] = mapped_column(primary_key=True)
    month: Mapped[str] = mapped_column(String(7))  # YYYY-MM, the calendar month in WIB
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id", ondelete="CASCADE"))
    filename: Mapped[str] = mapped_column(String(120))  # inside REPORT_DIR
    size: Mapped[int] = mapped_column()  # bytes
    generated_at: Mapped[datetime] = mapped_column(default=utcnow)

    agency: Mapped[Agency | None] = relationship(lazy="joined")

    @property
    def first_day(self) -> date:
        """The 1st of the report's month (pages name the month in the reader's language from it)."""
        return date(int(self.month[:4]), int(self.month[5:7]), 1)


# One report per month and agency, and one for the city: NULL never equals NULL in a unique constraint, so
# the city's row is kept unique as agency 0 (an expression index, on SQLite and PostgreSQL alike).
Index("uq_monthly_reports_month_agency", MonthlyReport.month, func.coalesce(MonthlyReport.agency_id, 0), unique=True)
