"""The JP record for SIASN: my year (/jp/export.csv, /jp/export.pdf) and, for verifiers and admins, every member's
verified lines of a year and agency (/jp/verifikasi/export.csv, .pdf), which BKPSDM types into SIASN."""
from __future__ import annotations

from flask import Blueprint, Response, abort, current_app, request
from flask_babel import gettext as _
from flask_login import current_user, login_required
from sqlalchemy import select
from sqlalchemy.orm import joinedload

from app.accounts.models import Agency, User
from app.core.timeutil import utcnow
from app.extensions import db
from app.pembinaan import siasn
from app.pembinaan.jp_views import _year
from app.pembinaan.permissions import can_verify
from app.pembinaan.records import year_record
from app.pembinaan.siasn_pdf import render_pdf

jp_siasn_bp = Blueprint("jp_siasn", __name__, url_prefix="/jp")


def _download(body: str | bytes, mimetype: str, filename: str) -> Response:
    return Response(body, mimetype=mimetype, headers={"Content-Disposition": f'attachment; filename="{filename}"'})


def _my_year():
    year = _year()
    member = db.session.execute(select(User).where(User.id == current_user.id)
                                .options(joinedload(User.agency))).scalar_one()
    record = year_record(member, year)
    lines = sorted(record.verified_lines, key=lambda line: (line.happened_on, line.id))
    return year, member, record, siasn.siasn_lines(lines, {member.id: member}, lambda _member: True)


@jp_siasn_bp.route("/export.csv")
@login_required
def my_csv():
    year, _member, _record, lines = _my_year()
    body = siasn.to_csv(lines, total_label=_("Jumlah JP terverifikasi tahun %(year)d", year=year))
    return _download(body, "text/csv", f"catatan-jp-{year}.csv")


@jp_siasn_bp.route("/export.pdf")
@login_required
def my_pdf():
    year, member, record, lines = _my_year()
    facts = [(_("Nama"), member.name), ("NIP", member.nip or "-"), (_("Instansi"), member.agency.name),
             (_("Tahun"), str(year)), (_("Target tahunan"), f"{record.target} JP ({record.kind})")]
    body = render_pdf(title=_("Catatan Pengembangan Kompetensi %(year)d", year=year), facts=facts, lines=lines,
                      total=record.verified, site_name=current_app.config["SITE_NAME"], now_utc=utcnow())
    return _download(body, "application/pdf", f"catatan-jp-{year}.pdf")


def _all_members():
    if not can_verify(current_user):
        abort(403, description=_("Ekspor ini untuk verifikator JP (operator BKPSDM) dan admin."))
    year = _year()
    code = request.args.get("agency", "").strip()
    agency = None
    if code:
        agency = db.session.execute(select(Agency).where(Agency.code == code[:64])).scalar_one_or_none()
        if agency is None:
            abort(404, description=_("Instansi dengan kode \u201c%(code)s\u201d tidak dikenal.", code=code[:64]))
    records, members = siasn.verified_lines_of(year, agency)
    # SIASN is keyed by NIP: the verifiers of BKPSDM who enter these lines see it, as the privacy page says.
    lines = siasn.siasn_lines(records, members, lambda _member: True)
    suffix = f"{year}-{agency.code}" if agency else str(year)
    return year, agency, lines, suffix


@jp_siasn_bp.route("/verifikasi/export.csv")
@login_required
def all_csv():
    _year_, _agency, lines, suffix = _all_members()
    return _download(siasn.to_csv(lines), "text/csv", f"jp-siasn-{suffix}.csv")


@jp_siasn_bp.route("/verifikasi/export.pdf")
@login_required
def all_pdf():
    year, agency, lines, suffix = _all_members()
    facts = [(_("Tahun"), str(year)), (_("Instansi"), agency.name if agency else _("Semua instansi")),
             (_("Jumlah baris"), str(len(lines)))]
    body = render_pdf(title=_("JP terverifikasi untuk SIASN"), facts=facts, lines=lines, total=None,
                      site_name=current_app.config["SITE_NAME"], now_utc=utcnow())
    return _download(body, "application/pdf", f"jp-siasn-{suffix}.pdf")
