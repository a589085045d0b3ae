"""The leaders' view of the JP record: who reached their yearly target, per agency and per person."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import func, or_, select

from app.accounts.models import Agency, User
from app.core.timeutil import from_wib, utcnow, wib_year
from app.extensions import db
from app.pembinaan.models import Activity, ActivityStatus, JpRecord, JpStatus
from app.pembinaan.permissions import employee_kind, jp_target


def current_year() -> int:
    return wib_year()


@dataclass
class PersonJp:
    id: int
    name: str
    agency_id: int
    agency: str
    kind: str
    verified: int
    submitted: int
    target: int

    @property
    def reached(self) -> bool:
        return self.verified >= self.target


@dataclass
class AgencyJp:
    code: str
    name: str
    people: list[PersonJp] = field(default_factory=list)

    @property
    def members(self) -> int:
        return len(self.people)

    @property
    def reached(self) -> int:
        return sum(1 for p in self.people if p.reached)

    @property
    def share(self) -> float:
        return self.reached / self.members if self.members else 0.0

    @property
    def jp_per_person(self) -> float:
        return sum(p.verified for p in self.people) / self.members if self.members else 0.0


def people(year: int, agency: Agency | None = None) -> list[PersonJp]:
    """Every active verified ASN (of one agency) with their verified and submitted JP of the year: two queries.

    Members not verified as ASN are not counted: the compliance figures are about civil servants."""
    totals = (select(JpRecord.user_id, JpRecord.status, func.sum(JpRecord.jp))
              .where(JpRecord.year == year, JpRecord.status.in_([JpStatus.VERIFIED.value, JpStatus.SUBMITTED.value]))
              .group_by(JpRecord.user_id, JpRecord.status))
    sums: dict[tuple[int, str], int] = {(uid, status): int(total or 0)
                                        for uid, status, total in db.session.execute(totals)}
    active = or_(User.suspended_until.is_(None), User.suspended_until <= utcnow())
    query = select(User).where(active, User.verified_at.is_not(None)).order_by(User.name, User.id)
    if agency is not None:
        query = query.where(User.agency_id == agency.id)
    found = []
    for user in db.session.execute(query).scalars():
        found.append(PersonJp(user.id, user.name, user.agency_id, user.agency.name, employee_kind(user),
                              sums.get((user.id, JpStatus.VERIFIED.value), 0),
                              sums.get((user.id, JpStatus.SUBMITTED.value), 0), jp_target(user)))
    return found


def agencies(year: int) -> list[AgencyJp]:
    """Agencies with members, most compliant first."""
    by_agency: dict[int, AgencyJp] = {}
    codes = {a.id: a for a in db.session.execute(select(Agency)).scalars()}
    for person in people(year):
        agency = codes[person.agency_id]
        by_agency.setdefault(agency.id, AgencyJp(agency.code, agency.name)).people.append(person)
    return sorted(by_agency.values(), key=lambda a: (-a.share, -a.jp_per_person, a.name))


def reached_per_agency(start: datetime | None, end: datetime | None) -> dict[int, int]:
    """How many active verified ASN of each agency reached their JP target in the year (WIB) in which the
    period [start, end) ends: the provider of "jp_reached" for the leaders' agency view."""
    year = wib_year(end - timedelta(microseconds=1) if end is not None else None)
    found: dict[int, int] = {}
    for person in people(year):
        if person.reached:
            found[person.agency_id] = found.get(person.agency_id, 0) + 1
    return found


def upcoming_activities(limit: int = 5) -> list[Activity]:
    return list(db.session.execute(
        select(Activity).where(Activity.starts_at > utcnow(), Activity.status == ActivityStatus.SCHEDULED.value)
        .order_by(Activity.starts_at).limit(limit)).scalars())


def most_attended(year: int, limit: int = 5) -> list[Activity]:
    start = _year_start(year)
    return list(db.session.execute(
        select(Activity).where(Activity.starts_at >= start, Activity.starts_at < _year_start(year + 1),
                               Activity.attended_count > 0)
        .order_by(Activity.attended_count.desc(), Activity.starts_at.desc()).limit(limit)).scalars())


def _year_start(year: int) -> datetime:
    return from_wib(datetime(year, 1, 1))  # midnight of 1 January in WIB, as naive UTC
