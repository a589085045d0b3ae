"""The fair agency view (issue #21): every agency with figures per 100 ASN and shares of its ASN, for a period.

The number of ASN of an agency is its verified members, or the headcount an admin entered (site setting
`agency_size_source`; an agency without a headcount falls back to its verified members). People count for
their agency of today, as in the rankings; only verified ASN are counted (DESIGN "Identity and trust").
Agencies with fewer than SMALL ASN are marked "kecil" and get no rank on the per-ASN figures and shares.
The JP figure comes from pembinaan through app/core/agency_figures.py (leaders never import pembinaan).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from statistics import median

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import aliased

from app.accounts.models import Agency, User
from app.content.models import Post, PostStatus
from app.core import agency_figures
from app.core.settings import agency_size_source as size_source
from app.core.timeutil import wib_date
from app.core.workdays import working_days_between
from app.extensions import db
from app.leaders.queries import _totals as ranking_totals
from app.reputation.models import Adoption, ReputationEvent

SMALL = 5
ACTIVITY_KINDS = ("article", "question", "answer", "thread", "reply")
# Sort keys in the order of the table's columns; RATIOS are per ASN: small agencies are not ranked on them.
COLUMNS = ("name", "asn_count", "reputation_per_100", "posts_per_100", "answers_per_100", "active_share",
           "adoptions_given", "adoptions_received", "official_answers", "official_days", "jp_share")
RATIOS = frozenset({"reputation_per_100", "posts_per_100", "answers_per_100", "active_share", "jp_share"})
LOWER_IS_BETTER = frozenset({"name", "official_days"})
CSV_HEADER = ["Peringkat", "Kode", "Instansi", "Jumlah ASN", "Sumber jumlah ASN", "Kecil", "Belum aktif",
              "Poin per 100 ASN", "Kiriman per 100 ASN", "Jawaban per 100 ASN", "ASN aktif (%)",
              "Menerapkan praktik instansi lain", "Praktiknya diterapkan instansi lain", "Jawaban resmi Tanya OPD",
              "Median hari kerja jawaban resmi", "ASN mencapai target JP (%)"]


def _per(value: int, count: int, scale: int) -> float | None:
    return round(value * scale / count, 1) if count else None


@dataclass
class AgencyRow:
    code: str
    name: str
    short_name: str
    asn_count: int
    size_source: str  # verified or headcount: where asn_count came from
    reputation: int = 0
    posts: int = 0
    answers: int = 0
    active_members: int = 0
    adoptions_given: int = 0  # practices of other agencies this agency recorded it adopted
    adoptions_received: int = 0  # its practices other agencies recorded they adopted
    official_answers: int = 0
    official_days: float | None = None  # median working days from the question to the official answer
    jp_reached: int | None = None  # None: no JP figures on this site
    rank: int | None = None

    @property
    def small(self) -> bool:
        return self.asn_count < SMALL

    @property
    def inactive(self) -> bool:
        return not any((self.reputation, self.posts, self.answers, self.active_members, self.adoptions_given,
                        self.adoptions_received, self.official_answers))

    @property
    def reputation_per_100(self) -> float | None:
        return _per(self.reputation, self.asn_count, 100)

    @property
    def posts_per_100(self) -> float | None:
        return _per(self.posts, self.asn_count, 100)

    @property
    def answers_per_100(self) -> float | None:
        return _per(self.answers, self.asn_count, 100)

    @property
    def active_share(self) -> float | None:
        """Percentage of its ASN who published something in the period."""
        return _per(min(self.active_members, self.asn_count), self.asn_count, 100)

    @property
    def jp_share(self) -> float | None:
        """Percentage of its ASN who reached their JP target in the year of the period's end."""
        if self.jp_reached is None:
            return None
        return _per(min(self.jp_reached, self.asn_count), self.asn_count, 100)

    def value(self, column: str):
        return getattr(self, column)

    def cells(self) -> list:
        return [self.rank or "", self.code, self.name, self.asn_count, self.size_source, "ya" if self.small else "",
                "ya" if self.inactive else "", *(_cell(self.value(c)) for c in COLUMNS[2:])]


def _cell(value):
    return "" if value is None else value


def _range(column, start: datetime | None, end: datetime | None) -> list:
    clauses = []
    if start is not None:
        clauses.append(column >= start)
    if end is not None:
        clauses.append(column < end)
    return clauses


VERIFIED = User.verified_at.is_not(None)


def _verified_counts() -> dict[int, int]:
    return dict(db.session.execute(select(User.agency_id, func.count()).where(VERIFIED)
                                   .group_by(User.agency_id)).all())


def _reputation(start, end) -> dict[int, int]:
    """Points gained by each agency's verified people: from the rollups up to now (as the rankings read them),
    or summed over the ledger for a closed period (the monthly report)."""
    if end is None:
        totals = ranking_totals(start, None, None)[0].subquery("totals")
        query = (select(User.agency_id, func.sum(totals.c.gained)).join(totals, totals.c.user_id == User.id)
                 .group_by(User.agency_id))
    else:
        query = (select(User.agency_id, func.sum(ReputationEvent.delta))
                 .join(User, User.id == ReputationEvent.user_id)
                 .where(VERIFIED, *_range(ReputationEvent.created_at, start, end)).group_by(User.agency_id))
    return {agency_id: int(total or 0) for agency_id, total in db.session.execute(query)}


def _posts(start, end) -> dict[int, tuple[int, int, int]]:
    """(posts other than answers, answers, distinct authors) of the agencies' verified people."""
    answer = Post.kind == "answer"
    query = (select(User.agency_id, func.sum(case((answer, 0), else_=1)), func.sum(case((answer, 1), else_=0)),
                    func.count(func.distinct(Post.author_id)))
             .join(User, User.id == Post.author_id)
             .where(VERIFIED, Post.status == PostStatus.PUBLISHED.value, Post.kind.in_(ACTIVITY_KINDS),
                    *_range(Post.created_at, start, end))
             .group_by(User.agency_id))
    return {a: (int(p or 0), int(n or 0), int(d or 0)) for a, p, n, d in db.session.execute(query)}


def _adoptions(start, end) -> tuple[dict[int, int], dict[int, int]]:
    """Adoptions recorded in the period: per adopting agency, and per agency whose practice was adopted."""
    base = (select(Adoption.agency_id, Post.agency_id).join(Post, Post.id == Adoption.post_id)
            .where(Adoption.agency_id != Post.agency_id, *_range(Adoption.created_at, start, end)))
    given: dict[int, int] = {}
    received: dict[int, int] = {}
    for adopter, owner in db.session.execute(base):
        given[adopter] = given.get(adopter, 0) + 1
        received[owner] = received.get(owner, 0) + 1
    return given, received


def _official_answers(start, end) -> dict[int, list[int]]:
    """Working days from question to official answer, per addressed agency, for answers given in the period."""
    official = aliased(Post)
    rows = db.session.execute(
        select(Post.addressed_agency_id, Post.created_at, official.created_at)
        .join(official, and_(official.id == Post.official_answer_id, official.status == PostStatus.PUBLISHED.value))
        .where(Post.kind == "question", Post.status == PostStatus.PUBLISHED.value,
               Post.addressed_agency_id.is_not(None), *_range(official.created_at, start, end)))
    found: dict[int, list[int]] = {}
    for agency_id, asked, answered in rows:
        found.setdefault(agency_id, []).append(working_days_between(wib_date(asked), wib_date(answered)))
    return found


def agency_rows(start: datetime | None, end: datetime | None = None) -> list[AgencyRow]:
    """Every active agency with its figures for [start, end) (naive UTC; None: open), by name."""
    source = size_source()
    verified = _verified_counts()
    reputation, posts = _reputation(start, end), _posts(start, end)
    given, received = _adoptions(start, end)
    official = _official_answers(start, end)
    jp = agency_figures.figure("jp_reached", start, end) if agency_figures.provided("jp_reached") else None
    rows = []
    for agency in db.session.execute(select(Agency).where(Agency.active.is_(True)).order_by(Agency.name)).scalars():
        counted = source == "headcount" and agency.headcount is not None
        row = AgencyRow(agency.code, agency.name, agency.short_name,
                        agency.headcount if counted else verified.get(agency.id, 0),
                        "headcount" if counted else "verified")
        row.reputation = reputation.get(agency.id, 0)
        row.posts, row.answers, row.active_members = posts.get(agency.id, (0, 0, 0))
        row.adoptions_given, row.adoptions_received = given.get(agency.id, 0), received.get(agency.id, 0)
        days = official.get(agency.id, [])
        row.official_answers, row.official_days = len(days), (float(median(days)) if days else None)
        row.jp_reached = None if jp is None else int(jp.get(agency.id, 0))
        rows.append(row)
    return rows


def sort_rows(rows: list[AgencyRow], sort: str = "reputation_per_100", descending: bool = True) -> list[AgencyRow]:
    """Rows in the order asked, ranked: rows without the figure, and small agencies on per-ASN figures, go
    last in either direction and get no rank. Ties keep the order by name and share a rank."""
    if sort not in COLUMNS:
        raise ValueError(sort)
    by_name = sorted(rows, key=lambda r: r.name.casefold())

    def unranked(row: AgencyRow) -> bool:
        return row.value(sort) is None or (sort in RATIOS and row.small)

    ranked = [r for r in by_name if not unranked(r)]
    key = (lambda r: r.name.casefold()) if sort == "name" else (lambda r: r.value(sort))
    ranked.sort(key=key, reverse=descending)
    for row in rows:
        row.rank = None
    if sort != "name":  # equal figures share a rank (1, 2, 2, 4)
        for position, row in enumerate(ranked, start=1):
            same = position > 1 and row.value(sort) == ranked[position - 2].value(sort)
            row.rank = ranked[position - 2].rank if same else position
    return ranked + [r for r in by_name if unranked(r)]


def agency_table(start: datetime | None, end: datetime | None = None, sort: str = "reputation_per_100",
                 descending: bool = True) -> list[AgencyRow]:
    """The fair agency view's table for [start, end): for the page, its CSV and the monthly report."""
    return sort_rows(agency_rows(start, end), sort, descending)

