"""Tanya OPD responsiveness per agency, computed from the posts table (leaders never import questions):
questions received, answered officially, the median working days to the official answer, overdue now."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from statistics import median

from sqlalchemy import select
from sqlalchemy.orm import aliased

from app.accounts.models import Agency
from app.content.models import Post, PostStatus
from app.core.timeutil import utcnow, wib_date
from app.core.workdays import working_days_between
from app.extensions import db

HEADER = ["Kode", "Instansi", "Pertanyaan diterima", "Dijawab resmi", "Median hari kerja", "Terlambat"]


@dataclass
class AgencyResponsiveness:
    code: str
    name: str
    short_name: str
    received: int = 0
    answered: int = 0
    median_days: float | None = None
    overdue: int = 0

    def cells(self) -> list:
        return [self.code, self.name, self.received, self.answered,
                "" if self.median_days is None else self.median_days, self.overdue]


def responsiveness(limit: int, now: datetime | None = None) -> list[AgencyResponsiveness]:
    today = wib_date(now or utcnow())
    official = aliased(Post)
    rows = db.session.execute(
        select(Agency.id, Agency.code, Agency.name, Agency.short_name, Post.created_at, official.created_at)
        .join(Post, Post.addressed_agency_id == Agency.id)
        .outerjoin(official, (official.id == Post.official_answer_id)
                   & (official.status == PostStatus.PUBLISHED.value))
        .where(Post.kind == "question", Post.status == PostStatus.PUBLISHED.value)
        .order_by(Agency.name, Post.id)).all()
    found: dict[int, AgencyResponsiveness] = {}
    spans: dict[int, list[int]] = {}
    for agency_id, code, name, short, asked, answered in rows:
        entry = found.setdefault(agency_id, AgencyResponsiveness(code, name, short))
        entry.received += 1
        if answered is not None:
            entry.answered += 1
            spans.setdefault(agency_id, []).append(working_days_between(wib_date(asked), wib_date(answered)))
        elif working_days_between(wib_date(asked), today) > limit:
            entry.overdue += 1
    for agency_id, days in spans.items():
        found[agency_id].median_days = float(median(days))
    return list(found.values())
