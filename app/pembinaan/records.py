"""The JP record: a verified ASN's attendance at an activity becomes a verified line; the rest wait for a verifier."""
from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import joinedload

from app.accounts.models import User
from app.core.timeutil import utcnow, wib_date, wib_year
from app.extensions import db
from app.pembinaan.models import Activity, JpRecord, JpStatus
from app.pembinaan.permissions import employee_kind, jp_target


def record_attendance(activity: Activity, member: User, marker: User) -> JpRecord:
    """The member attended: one line for this activity (made once; marking again returns it).

    Only a verified ASN's attendance is verified JP at once; a member not yet verified gets a line awaiting
    verification, which a JP verifier decides in the queue once the member's agency has approved the account.
    """
    existing = db.session.execute(select(JpRecord).where(
        JpRecord.user_id == member.id, JpRecord.activity_id == activity.id,
        JpRecord.source == "activity")).scalar_one_or_none()
    if existing is not None:
        if existing.status != JpStatus.VERIFIED and member.is_verified:
            existing.status, existing.verifier_id, existing.verified_at = JpStatus.VERIFIED.value, marker.id, utcnow()
            existing.reason = None
        return existing
    day = wib_date(activity.starts_at)
    record = JpRecord(user_id=member.id, year=day.year, source="activity", activity_id=activity.id,
                      title=activity.title[:255], happened_on=day, jp=activity.jp, created_at=utcnow())
    if member.is_verified:
        record.status, record.verifier_id, record.verified_at = JpStatus.VERIFIED.value, marker.id, utcnow()
    else:
        record.status = JpStatus.SUBMITTED.value
    db.session.add(record)
    db.session.flush()
    return record


def withdraw_attendance(activity: Activity, member: User) -> bool:
    """Attendance marked by mistake is taken back: the line it made goes too. Returns whether one existed."""
    record = db.session.execute(select(JpRecord).where(
        JpRecord.user_id == member.id, JpRecord.activity_id == activity.id,
        JpRecord.source == "activity")).scalar_one_or_none()
    if record is None:
        return False
    db.session.delete(record)
    db.session.flush()
    return True


# -- The read side: one member's record of a year -------------------------------------------------------------

MIN_YEAR = 2000


def current_year() -> int:
    """The year in Medan now: a line made on 31 December at 20.00 WIB belongs to that year."""
    return wib_year()


@dataclass
class YearRecord:
    """A member's lines of one year with the sums the progress bar shows."""

    year: int
    target: int
    kind: str  # "PNS" or "PPPK"
    lines: list[JpRecord] = field(default_factory=list)

    def _sum(self, status: JpStatus) -> int:
        return sum(line.jp for line in self.lines if line.status == status.value)

    @property
    def verified(self) -> int:
        return self._sum(JpStatus.VERIFIED)

    @property
    def submitted(self) -> int:
        return self._sum(JpStatus.SUBMITTED)

    @property
    def rejected(self) -> list[JpRecord]:
        return [line for line in self.lines if line.status == JpStatus.REJECTED.value]

    @property
    def verified_lines(self) -> list[JpRecord]:
        return [line for line in self.lines if line.status == JpStatus.VERIFIED.value]

    @property
    def percent(self) -> int:
        return min(100, round(100 * self.verified / self.target)) if self.target else 100

    @property
    def reached(self) -> bool:
        return self.verified >= self.target


def year_record(member: User, year: int) -> YearRecord:
    """Every line of the member's year (newest first) with verifier and activity loaded: one query."""
    lines = db.session.execute(
        select(JpRecord).where(JpRecord.user_id == member.id, JpRecord.year == year)
        .options(joinedload(JpRecord.verifier))
        .order_by(JpRecord.happened_on.desc(), JpRecord.id.desc())).scalars().all()
    return YearRecord(year=year, target=jp_target(member), kind=employee_kind(member), lines=list(lines))


def record_years(member: User) -> list[int]:
    """The years the selector offers: those with lines, and always this year and the last, newest first."""
    this = current_year()
    found = set(db.session.execute(select(JpRecord.year).where(JpRecord.user_id == member.id).distinct()).scalars())
    return sorted(found | {this, this - 1}, reverse=True)
