"""The figures of one monthly report (a calendar month in WIB, for one agency or the whole city).

Read with the leaders' and pembinaan's own queries where they fit (posts per month, JP compliance); the
figures that need a month with an end (the rankings count from a start to now) are summed here over the
same tables.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from flask import current_app
from sqlalchemy import func, select

from app.accounts.models import Agency, User
from app.content.models import Post, PostStatus
from app.core.errors import ValidationFailed
from app.core.timeutil import from_wib, to_wib, utcnow
from app.extensions import db
from app.leaders.agencies import AgencyRow, agency_table
from app.leaders.queries import POST_KINDS, VERIFIED, monthly_contributions
from app.leaders.responsiveness import responsiveness
from app.pembinaan import compliance
from app.reputation.models import Adoption, ReputationEvent

MONTH_NAMES = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
               "November", "Desember"]
MONTH_KEY = re.compile(r"(\d{4})-(0[1-9]|1[0-2])")
HISTORY = 12  # months in each chart, the report's month the last


@dataclass(frozen=True)
class Month:
    year: int
    number: int

    @property
    def key(self) -> str:
        return f"{self.year:04d}-{self.number:02d}"

    @property
    def label(self) -> str:
        return f"{MONTH_NAMES[self.number - 1]} {self.year}"

    @property
    def start(self) -> datetime:
        """Midnight of the 1st in WIB, as the naive UTC the database stores."""
        return from_wib(datetime(self.year, self.number, 1))

    @property
    def end(self) -> datetime:
        return self.following().start

    def following(self) -> Month:
        return Month(self.year + 1, 1) if self.number == 12 else Month(self.year, self.number + 1)

    def previous(self) -> Month:
        return Month(self.year - 1, 12) if self.number == 1 else Month(self.year, self.number - 1)

    def history(self, months: int = HISTORY) -> list[Month]:
        found = [self]
        while len(found) < months:
            found.append(found[-1].previous())
        return found[::-1]


def current_month() -> Month:
    now = to_wib(utcnow())
    return Month(now.year, now.month)


def parse_month(raw: str) -> Month:
    """The month of `YYYY-MM`; a future month has nothing to report yet."""
    match = MONTH_KEY.fullmatch((raw or "").strip())
    if not match:
        raise ValidationFailed(f"Format bulan tidak dikenal: {raw!r}. Tulis tahun dan bulan seperti 2026-11.",
                               "month")
    month = Month(int(match.group(1)), int(match.group(2)))
    if month.key > current_month().key:
        raise ValidationFailed(f"Bulan {month.label} belum tiba: laporan hanya untuk bulan ini atau yang sudah "
                               "lewat.", "month")
    return month


@dataclass
class Contributor:
    name: str
    agency: str
    points: int


@dataclass
class Figures:
    month: Month
    agency: Agency | None
    posts: dict[str, int]
    contributors: int
    points: int
    adoptions_given: int
    adoptions_received: int
    questions_received: int
    questions_answered: int
    jp_members: int
    jp_reached: int
    top: list[Contributor]
    activity: list[tuple[str, int]]
    adoption_history: list[tuple[str, int]]
    question_history: list[tuple[str, int, int]]
    jp_agencies: list[tuple[str, float]] = field(default_factory=list)  # the city's report: share per agency
    median_days: float | None = None  # Tanya OPD, all time: working days to the official answer (an agency)
    overdue: int = 0  # questions waiting past OPD_ANSWER_DAYS today
    fair: tuple | None = None  # an agency's row of the fair agency view and its per-ASN lines (fair_figures_row)

    @property
    def empty(self) -> bool:
        """Nothing happened in the month (the charts of the months before may still have bars)."""
        return not (sum(self.posts.values()) or self.points or self.adoptions_given or self.adoptions_received
                    or self.questions_received)

    @property
    def jp_share(self) -> float:
        return 100 * self.jp_reached / self.jp_members if self.jp_members else 0.0


def _in(column, month: Month):
    return [column >= month.start, column < month.end]


def _posts(month: Month, agency: Agency | None) -> tuple[dict[str, int], int]:
    where = [Post.status == PostStatus.PUBLISHED.value, Post.kind.in_(POST_KINDS), *_in(Post.created_at, month)]
    if agency is not None:
        where.append(Post.agency_id == agency.id)
    counts = dict(db.session.execute(select(Post.kind, func.count()).where(*where).group_by(Post.kind)).all())
    authors = db.session.execute(select(func.count(func.distinct(Post.author_id))).where(*where)).scalar_one()
    return {kind: int(counts.get(kind, 0)) for kind in POST_KINDS}, int(authors or 0)


def _points_and_top(month: Month, agency: Agency | None, limit: int = 10) -> tuple[int, list[Contributor]]:
    gained = func.sum(ReputationEvent.delta)
    query = (select(User.name, Agency.short_name, gained).join(User, User.id == ReputationEvent.user_id)
             .join(Agency, Agency.id == User.agency_id)
             .where(VERIFIED, *_in(ReputationEvent.created_at, month)).group_by(User.id, User.name, Agency.short_name))
    if agency is not None:
        query = query.where(User.agency_id == agency.id)
    rows = db.session.execute(query.order_by(gained.desc(), User.name)).all()
    top = [Contributor(name, short, int(points)) for name, short, points in rows[:limit] if points > 0]
    return sum(int(points or 0) for *_, points in rows), top


def _adoptions(month: Month, agency: Agency | None) -> tuple[int, int]:
    where = _in(Adoption.created_at, month)
    if agency is None:
        total = db.session.execute(select(func.count()).select_from(Adoption).where(*where)).scalar_one()
        return int(total), int(total)
    given = db.session.execute(select(func.count()).select_from(Adoption)
                               .where(*where, Adoption.agency_id == agency.id)).scalar_one()
    received = db.session.execute(select(func.count()).select_from(Adoption).join(Post, Post.id == Adoption.post_id)
                                  .where(*where, Post.agency_id == agency.id)).scalar_one()
    return int(given), int(received)


def _questions_where(month: Month, agency: Agency | None) -> list:
    where = [Post.kind == "question", Post.status == PostStatus.PUBLISHED.value, *_in(Post.created_at, month)]
    where.append(Post.addressed_agency_id.is_not(None) if agency is None else Post.addressed_agency_id == agency.id)
    return where


def _per_month(months: list[Month], count) -> list:
    """One statement for a row of counts per month: `count(month)` gives a select of one count."""
    row = db.session.execute(select(*(count(m).scalar_subquery() for m in months))).one()
    return [int(value or 0) for value in row]


@dataclass
class CityWide:
    """What one run reads once for every report: JP compliance and the fair figures per agency, Tanya OPD
    responsiveness."""
    jp_agencies: list
    answering: list
    agencies: list[AgencyRow] = field(default_factory=list)


def city_wide(month: Month) -> CityWide:
    return CityWide(compliance.agencies(month.year), responsiveness(int(current_app.config["OPD_ANSWER_DAYS"])),
                    agency_table(month.start, month.end))


def gather(month: Month, agency: Agency | None, shared: CityWide | None = None) -> Figures:
    """The report's figures; `shared` (city_wide) is read once per run."""
    shared = shared or city_wide(month)
    posts, contributors = _posts(month, agency)
    points, top = _points_and_top(month, agency)
    given, received = _adoptions(month, agency)
    months = month.history()
    asked = _per_month(months, lambda m: select(func.count()).select_from(Post).where(*_questions_where(m, agency)))
    answered = _per_month(months, lambda m: select(func.count()).select_from(Post).where(
        *_questions_where(m, agency), Post.official_answer_id.is_not(None)))

    def adopted(m: Month):
        query = select(func.count()).select_from(Adoption).where(*_in(Adoption.created_at, m))
        if agency is not None:
            query = query.join(Post, Post.id == Adoption.post_id).where(Post.agency_id == agency.id)
        return query

    jp_agencies = shared.jp_agencies
    answering = [entry for entry in shared.answering if agency is None or entry.code == agency.code]
    if agency is not None:
        people = next((a.people for a in jp_agencies if a.code == agency.code), [])
    else:
        people = [person for entry in jp_agencies for person in entry.people]
    return Figures(
        month, agency, posts, contributors, points, given, received, asked[-1], answered[-1],
        len(people), sum(1 for p in people if p.reached), top,
        monthly_contributions(HISTORY, agency, until=month.start),
        list(zip([m.key for m in months], _per_month(months, adopted), strict=True)),
        list(zip([m.key for m in months], asked, answered, strict=True)),
        [] if agency is not None else _jp_shares(jp_agencies[:10]),
        answering[0].median_days if agency is not None and answering else None,
        sum(entry.overdue for entry in answering), fair_figures_row(shared, agency))


def _jp_shares(entries: list) -> list[tuple[str, float]]:
    """(short name, % of its ASN who reached the JP target) of each agency, most compliant first."""
    codes = [entry.code for entry in entries]
    short = dict(db.session.execute(select(Agency.code, Agency.short_name).where(Agency.code.in_(codes))).all())
    return [(short.get(entry.code, entry.name), 100 * entry.share) for entry in entries]


FAIR_LINES = (("Poin reputasi per 100 ASN", "reputation_per_100"), ("Kiriman per 100 ASN", "posts_per_100"),
              ("Jawaban per 100 ASN", "answers_per_100"), ("ASN yang aktif (%)", "active_share"))


def fair_figures_row(shared: CityWide, agency: Agency | None) -> tuple[AgencyRow, list] | None:
    """The agency's row of the fair agency view for the month (app.leaders.agencies), and its per-ASN lines."""
    row = next((row for row in shared.agencies if agency is not None and row.code == agency.code), None)
    if row is None:
        return None
    return row, [(label, row.value(column)) for label, column in FAIR_LINES]
