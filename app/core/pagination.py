"""Pagination of a select(): one query for the page, one for the total."""
from __future__ import annotations

from dataclasses import dataclass
from math import ceil

from flask import abort, request
from sqlalchemy import Select, func, select

from app.extensions import db

MAX_PAGE = 10_000


@dataclass
class Page:
    items: list
    page: int
    per_page: int
    total: int

    @property
    def pages(self) -> int:
        return max(1, ceil(self.total / self.per_page))

    @property
    def has_prev(self) -> bool:
        return self.page > 1

    @property
    def has_next(self) -> bool:
        return self.page < self.pages


def requested_page() -> int:
    raw = request.args.get("page", "1")
    if not (raw.isascii() and raw.isdecimal()) or len(raw) > 6 or not 1 <= int(raw) <= MAX_PAGE:
        abort(400, description="Nomor halaman tidak valid.")
    return int(raw)


def paginate(query: Select, per_page: int = 20, page: int | None = None) -> Page:
    page = page or requested_page()
    total = db.session.execute(select(func.count()).select_from(query.order_by(None).subquery())).scalar_one()
    items = db.session.execute(query.limit(per_page).offset((page - 1) * per_page)).scalars().unique().all()
    if page > 1 and not items:
        abort(404)
    return Page(items=list(items), page=page, per_page=per_page, total=total)
