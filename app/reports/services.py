"""Making the monthly reports: one PDF per agency and one for the city, on file in REPORT_DIR, mailed to leaders.

Running again for the same month replaces: the new file is written beside the old one and renamed over it
(a reader never gets half a PDF), then the month's row is updated (or made once).
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from flask import current_app
from sqlalchemy import func, or_, select

from app.accounts.models import Agency, User
from app.core.errors import NotFound
from app.core.links import absolute_url
from app.core.logging import get_logger
from app.core.mail import send_mail
from app.core.roles import Role
from app.core.timeutil import utcnow
from app.extensions import db
from app.reports.document import render
from app.reports.figures import CityWide, Month, city_wide, gather
from app.reports.models import MonthlyReport

log = get_logger("reports")
CITY = "kota"


@dataclass
class Made:
    report: MonthlyReport
    empty: bool
    mailed: list[str]


def report_dir() -> Path:
    return Path(current_app.config["REPORT_DIR"])


def find_agency(code: str) -> Agency:
    agency = db.session.execute(select(Agency).where(Agency.code == code.strip())).scalar_one_or_none()
    if agency is None:
        raise NotFound(f"Instansi dengan kode {code!r} tidak ada. Lihat daftar kode di /agencies/.", "agency")
    return agency


def filename(month: Month, agency: Agency | None) -> str:
    # An agency code is an admin's text: only letters, digits and dashes reach the file name.
    if agency is None:
        return f"laporan-{month.key}-{CITY}.pdf"
    scope = re.sub(r"[^a-z0-9-]+", "-", agency.code.lower())
    if scope != agency.code or scope == CITY:  # two codes could clean to one name ("A.B", "a-b"): the id parts them
        scope = f"{scope}-{agency.id}"
    return f"laporan-{month.key}-{scope}.pdf"


def _write_atomically(path: Path, content: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_bytes(content)
    tmp.replace(path)


def _store(month: Month, agency: Agency | None, content: bytes) -> MonthlyReport:
    name = filename(month, agency)
    _write_atomically(report_dir() / name, content)
    report = db.session.execute(select(MonthlyReport).where(
        MonthlyReport.month == month.key,
        func.coalesce(MonthlyReport.agency_id, 0) == (agency.id if agency is not None else 0))).scalar_one_or_none()
    if report is None:
        report = MonthlyReport(month=month.key, agency=agency)
        db.session.add(report)
    report.filename, report.size, report.generated_at = name, len(content), utcnow()
    db.session.commit()
    return report


def agency_leaders(agency: Agency) -> list[User]:
    """The leaders of the agency who can receive mail: confirmed address, not suspended."""
    return list(db.session.execute(
        select(User).where(User.agency_id == agency.id, User.role == Role.LEADER.value,
                           User.email_confirmed_at.is_not(None),
                           or_(User.suspended_until.is_(None), User.suspended_until <= utcnow()))
        .order_by(User.id)).scalars())


def _mail_leaders(report: MonthlyReport, agency: Agency, content: bytes, month: Month) -> list[str]:
    link = absolute_url("reports.download", report_id=report.id)
    sent = []
    for leader in agency_leaders(agency):
        body = (f"Yth. {leader.name},\n\nTerlampir laporan bulanan Simpul ASN untuk {agency.name}, bulan "
                f"{month.label}. Laporan ini juga dapat diunduh di {link}\n\nSalam,\nSimpul ASN")
        try:
            send_mail(leader.email, f"Laporan bulanan Simpul ASN {month.label}: {agency.short_name}", body,
                      attachments=[(report.filename, "application/pdf", content)])
        except OSError:  # the mail server is down: the report is on file, the next run mails it again
            log.exception("report mail not sent", extra={"to": leader.email, "report": report.filename})
            continue
        sent.append(leader.email)
    return sent


def make_report(month: Month, agency: Agency | None, *, mail: bool, shared: CityWide | None = None) -> Made:
    figures = gather(month, agency, shared)
    content = render(figures)
    report = _store(month, agency, content)
    mailed = _mail_leaders(report, agency, content, month) if mail and agency is not None else []
    return Made(report, figures.empty, mailed)


def make_monthly(month: Month, agency_code: str | None = None, *, mail: bool = True):
    """Every active agency's report and the city's, or one agency's alone; yields each as it is made."""
    if agency_code is not None:
        agencies: list[Agency | None] = [find_agency(agency_code)]  # before anything is written
    else:
        agencies = [None, *db.session.execute(select(Agency).where(Agency.active.is_(True))
                                              .order_by(Agency.name)).scalars()]
    shared = city_wide(month)
    for agency in agencies:
        yield make_report(month, agency, mail=mail, shared=shared)


def report_path(report: MonthlyReport) -> Path:
    return report_dir() / report.filename
