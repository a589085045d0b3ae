"""/leaders/reports: every monthly report on file, for leaders and admins to download."""
from __future__ import annotations

from flask import Blueprint, abort, render_template, send_file
from flask_babel import gettext as _
from sqlalchemy import select

from app.core.permissions import require
from app.core.roles import Permission
from app.extensions import db
from app.reports.models import MonthlyReport
from app.reports.services import report_path

reports_bp = Blueprint("reports", __name__, url_prefix="/leaders/reports")


@reports_bp.get("/")
@require(Permission.VIEW_LEADERS_EXPORT)
def index():
    """Newest month first, the city's report first within a month, then the agencies by name."""
    reports = db.session.execute(select(MonthlyReport)).scalars().all()
    reports.sort(key=lambda r: (r.agency is not None, r.agency.name if r.agency else ""))
    reports.sort(key=lambda r: r.month, reverse=True)
    return render_template("reports/index.html", reports=reports)


@reports_bp.get("/<int:report_id>.pdf")
@require(Permission.VIEW_LEADERS_EXPORT)
def download(report_id: int):
    report = db.session.get(MonthlyReport, report_id)
    if report is None or not report_path(report).is_file():
        abort(404, description=_("Laporan tidak ada."))
    return send_file(report_path(report), mimetype="application/pdf", as_attachment=True,
                     download_name=report.filename, max_age=0)
