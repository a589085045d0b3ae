"""Practices as leaders see them (issue #20): the share of each agency's practices that are current, and the
innovation register (/leaders/innovations.xlsx) an agency hands in for KIPP or the innovation index (IGA).

Leaders may not import articles (both floor 6): the article-only columns are read from the posts table
(posts.stage, started_on, indicators, review_due_on, obsolete_at; app/articles/models.py keeps their meaning).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from flask import url_for
from flask_babel import gettext as _
from sqlalchemy import and_, case, func, or_, select

from app.accounts.models import Agency, User
from app.content.models import Post, PostStatus
from app.core.spreadsheets import plain_cell
from app.core.timeutil import utcnow, wib_date
from app.extensions import db
from app.reputation.models import Adoption

POSTS = Post.__table__
REGISTER_HEADER = ["No", "Judul", "Instansi", "Penulis", "Tahap", "Mulai diterapkan", "Indikator",
                   "Diterapkan oleh", "Status tinjauan", "Alamat"]


@dataclass
class AgencyShare:
    code: str
    name: str
    practices: int
    current: int

    @property
    def percent(self) -> int:
        return round(self.current * 100 / self.practices) if self.practices else 0


def _published_articles():
    return and_(POSTS.c.kind == "article", POSTS.c.status == PostStatus.PUBLISHED.value)


def _current(today: date):
    """Current: not marked "Tidak berlaku lagi" and its review date not reached."""
    return and_(POSTS.c.obsolete_at.is_(None), or_(POSTS.c.review_due_on.is_(None), POSTS.c.review_due_on > today))


def current_shares(agency: Agency | None = None) -> list[AgencyShare]:
    """One row per agency that has published practices: how many, and how many are current."""
    today = wib_date(utcnow())
    query = (select(Agency.code, Agency.name, func.count(POSTS.c.id),
                    func.coalesce(func.sum(case((_current(today), 1), else_=0)), 0))
             .join(POSTS, POSTS.c.agency_id == Agency.id).where(_published_articles())
             .group_by(Agency.id, Agency.code, Agency.name).order_by(Agency.name))
    if agency is not None:
        query = query.where(Agency.id == agency.id)
    return [AgencyShare(code, name, int(total), int(current))
            for code, name, total, current in db.session.execute(query)]


def _stage_text(stage: str | None) -> str:
    return (stage or "").replace("_", " ").capitalize() or "-"  # ide, uji_coba, ... as the site shows them


def _number(value) -> str:
    return "-" if value is None else str(value).replace(".", ",")


def _indicators_text(rows) -> str:
    lines = []
    for row in rows or []:
        unit = f" ({row['unit']})" if row.get("unit") else ""
        source = f"; {_('sumber')}: {row['source']}" if row.get("source") else ""
        lines.append(f"{row.get('name', '')}{unit}: {_number(row.get('before'))} \u2192 {_number(row.get('after'))}"
                     f"{source}")
    return "\n".join(lines)


def _review_text(due: date | None, obsolete, today: date) -> str:
    if obsolete is not None:
        return _("Tidak berlaku lagi")
    if due is not None and due <= today:
        return _("Perlu ditinjau (jatuh tempo %(date)s)", date=due.isoformat())
    return _("Berlaku (tinjauan berikutnya %(date)s)", date=due.isoformat()) if due else _("Berlaku")


def register_rows() -> list[list]:
    """Every published practice, oldest first, as the cells of the register."""
    today = wib_date(utcnow())
    adopted: dict[int, list[str]] = {}
    for post_id, name, when in db.session.execute(
            select(Adoption.post_id, Agency.name, Adoption.created_at).join(Agency, Agency.id == Adoption.agency_id)
            .order_by(Adoption.created_at)):
        adopted.setdefault(post_id, []).append(f"{name} ({when.date().isoformat()})")
    rows = db.session.execute(
        select(POSTS.c.id, POSTS.c.title, POSTS.c.slug, Agency.name, User.name, POSTS.c.stage, POSTS.c.started_on,
               POSTS.c.indicators, POSTS.c.review_due_on, POSTS.c.obsolete_at)
        .join(Agency, Agency.id == POSTS.c.agency_id).join(User, User.id == POSTS.c.author_id)
        .where(_published_articles()).order_by(POSTS.c.created_at, POSTS.c.id))
    body = []
    for number, (post_id, title, slug, agency, author, stage, started_on, indicators, due, obsolete) in \
            enumerate(rows, start=1):
        cells = [number, title, agency, author, _stage_text(stage), started_on.isoformat() if started_on else "",
                 _indicators_text(indicators), "; ".join(adopted.get(post_id, [])), _review_text(due, obsolete, today),
                 url_for("articles.show", post_id=post_id, slug=slug, _external=True)]
        body.append([plain_cell(cell) for cell in cells])
    return body
