"""/leaders/jp: leaders' view of the yearly JP target per agency or per person, and its CSV export."""
from __future__ import annotations

import csv
import io

from flask import Blueprint, Response, abort, render_template, request
from flask_babel import gettext as _
from sqlalchemy import select

from app.accounts.models import Agency
from app.core.permissions import require
from app.core.roles import Permission
from app.core.spreadsheets import plain_cell
from app.extensions import db
from app.pembinaan import compliance

# Under the leaders' address, owned here: every number on the page is pembinaan's.
compliance_bp = Blueprint("leaders_jp", __name__, url_prefix="/leaders/jp")

AGENCY_HEADER = ["Kode", "Instansi", "ASN", "Mencapai target", "Persentase", "JP terverifikasi per orang"]
PEOPLE_HEADER = ["Nama", "Instansi", "Jenis", "JP terverifikasi", "JP diajukan", "Target", "Mencapai target"]


def _jp_request() -> tuple[int, Agency | None]:
    raw = request.args.get("year") or str(compliance.current_year())
    if not (raw.isascii() and raw.isdecimal()) or len(raw) != 4 or not 2000 <= int(raw) <= 2100:
        abort(400, description=_("Tahun tidak valid."))
    agency = None
    if request.args.get("agency"):
        agency = db.session.execute(select(Agency).where(Agency.code == request.args["agency"][:64])) \
            .scalar_one_or_none() or abort(404, description=_("Instansi tidak ada."))
    return int(raw), agency


@compliance_bp.route("")
@require(Permission.VIEW_LEADERS_EXPORT)
def index():
    """Compliance with the yearly JP target, per agency, or per person within one agency."""
    year, agency = _jp_request()
    return render_template("jp/compliance.html", year=year, agency=agency,
                           agencies=compliance.agencies(year) if agency is None else [],
                           people=compliance.people(year, agency) if agency is not None else [],
                           upcoming=compliance.upcoming_activities(), most_attended=compliance.most_attended(year),
                           all_agencies=list(db.session.execute(select(Agency).where(Agency.active.is_(True))
                                                                .order_by(Agency.name)).scalars()))


@compliance_bp.route("/export.csv")
@require(Permission.VIEW_LEADERS_EXPORT)
def export_csv():
    year, agency = _jp_request()
    if agency is None:
        header, body = AGENCY_HEADER, [(a.code, a.name, a.members, a.reached, round(100 * a.share, 1),
                                        round(a.jp_per_person, 1)) for a in compliance.agencies(year)]
        name = f"jp-{year}-instansi.csv"
    else:
        header, body = PEOPLE_HEADER, [(p.name, p.agency, p.kind, p.verified, p.submitted, p.target,
                                        "ya" if p.reached else "belum") for p in compliance.people(year, agency)]
        name = f"jp-{year}-{agency.code}.csv"
    return Response(_to_csv(header, body), mimetype="text/csv",
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})


def _to_csv(header: list[str], body: list[tuple]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    writer.writerows([plain_cell(v) for v in line] for line in body)
    return "\ufeff" + buffer.getvalue()  # the BOM lets Excel read the UTF-8 names correctly
