"""Read side of accounts: agency lists for forms and the directory, user lists for admins."""
from __future__ import annotations

from itertools import groupby

from flask_babel import lazy_gettext as _l
from sqlalchemy import Select, func, or_, select

from app.accounts.models import Agency, User
from app.core.forms import options
from app.extensions import db

AGENCY_KIND_LABELS = {
    "sekretariat": _l("Sekretariat"),
    "inspektorat": _l("Inspektorat"),
    "satuan": _l("Satuan"),
    "bagian": _l("Bagian Sekretariat Daerah"),
    "dinas": _l("Dinas"),
    "badan": _l("Badan"),
    "kecamatan": _l("Kecamatan"),
    "rsud": _l("Rumah Sakit Daerah"),
    "bumd": _l("BUMD"),
    "mitra": _l("Instansi Mitra"),
}
KIND_ORDER = list(AGENCY_KIND_LABELS)


def kind_label(kind: str) -> str:
    return str(AGENCY_KIND_LABELS.get(kind, kind.capitalize()))


def agency_choices() -> list:
    rows = db.session.execute(
        select(Agency.code, Agency.name).where(Agency.active.is_(True)).order_by(Agency.name)
    ).all()
    return options([("", _l("— Pilih instansi —")), *rows])


def agency_directory() -> list[tuple[str, list[tuple[Agency, int]]]]:
    """Active agencies grouped by kind, each with its number of members, in one query."""
    counts = select(User.agency_id, func.count(User.id).label("n")).group_by(User.agency_id).subquery()
    rows = db.session.execute(
        select(Agency, func.coalesce(counts.c.n, 0))
        .outerjoin(counts, counts.c.agency_id == Agency.id)
        .where(Agency.active.is_(True))
    ).all()
    rows.sort(key=lambda row: (_kind_rank(row[0].kind), row[0].name))
    return [(kind_label(kind), [(a, n) for a, n in group])
            for kind, group in groupby(rows, key=lambda row: row[0].kind)]


def _kind_rank(kind: str) -> int:
    return KIND_ORDER.index(kind) if kind in KIND_ORDER else len(KIND_ORDER)


def user_search(q: str | None, role: str | None) -> Select:
    query = select(User).order_by(User.created_at.desc(), User.id.desc())
    q = (q or "").strip()[:100]
    if q:
        pattern = f"%{q.lower()}%"
        query = query.where(or_(func.lower(User.name).like(pattern), User.email.like(pattern),
                                User.nip.like(f"%{q}%")))
    if role:
        query = query.where(User.role == role)
    return query
