"""The sort and filter arguments every list page shares (?sort=&tag=&agency=&page=)."""
from __future__ import annotations

from dataclasses import dataclass

from flask import abort, request
from flask_babel import gettext as _
from sqlalchemy import select

from app.accounts.models import Agency
from app.content import queries
from app.content.models import Tag
from app.extensions import db


@dataclass
class ListFilters:
    sort: str
    tag: Tag | None
    agency: Agency | None

    def as_kwargs(self) -> dict:
        return {"sort": self.sort, "tag": self.tag, "agency": self.agency}


def read_filters(default_sort: str = "terbaru") -> ListFilters:
    sort = request.args.get("sort") or default_sort
    if sort not in queries.SORTS:
        abort(400, description=_("Urutan tidak dikenal: pilih terbaru, aktif atau terpopuler."))
    tag = None
    if request.args.get("tag"):
        tag = queries.find_tag(request.args["tag"][:40])
        if tag is None:
            abort(404, description=_("Tag \u201c%(name)s\u201d tidak ada.", name=request.args["tag"][:40]))
    agency = None
    if request.args.get("agency"):
        agency = db.session.execute(
            select(Agency).where(Agency.code == request.args["agency"][:64])).scalar_one_or_none()
        if agency is None:
            abort(404, description=_("Instansi dengan kode \u201c%(code)s\u201d tidak ada.",
                                     code=request.args["agency"][:64]))
    return ListFilters(sort=sort, tag=tag, agency=agency)
