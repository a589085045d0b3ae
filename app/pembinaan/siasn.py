"""Verified JP lines in the columns BKPSDM types into SIASN (name, NIP, activity, kind, dates, hours, JP, verifier,
certificate number), as CSV with formula-safe cells; the PDF is app/pembinaan/siasn_pdf.py."""
from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from flask_babel import gettext as _
from sqlalchemy import select
from sqlalchemy.orm import joinedload

from app.accounts.models import Agency, User
from app.core.spreadsheets import plain_cell
from app.core.timeutil import wib_date
from app.extensions import db
from app.pembinaan.claims import ACTIVITY_KIND_LABELS
from app.pembinaan.external import LESSON_MINUTES, external_details, format_hours, kind_label
from app.pembinaan.models import Activity, JpRecord, JpStatus, Registration


@dataclass(frozen=True)
class SiasnLine:
    name: str
    nip: str
    activity: str
    kind: str
    organiser: str
    starts_on: date
    ends_on: date
    hours: str
    jp: int
    verifier: str
    certificate_number: str


def header() -> list[str]:
    return [_("No"), _("Nama"), "NIP", _("Kegiatan"), _("Jenis"), _("Penyelenggara"), _("Tanggal mulai"),
            _("Tanggal selesai"), _("Jumlah jam"), "JP", _("Diverifikasi oleh"), _("Nomor sertifikat")]


def _activities(records: Sequence[JpRecord]) -> dict[int, Activity]:
    ids = {r.activity_id for r in records if r.source == "activity" and r.activity_id is not None}
    if not ids:
        return {}
    found = db.session.execute(select(Activity).where(Activity.id.in_(ids))
                               .options(joinedload(Activity.agency))).scalars()
    return {activity.id: activity for activity in found}


def _attendance_certificates(records: Sequence[JpRecord]) -> dict[tuple[int, int], str]:
    """(activity, member) -> the attendance certificate's number, for the attendance lines."""
    pairs = {(r.activity_id, r.user_id) for r in records if r.source == "activity" and r.activity_id is not None}
    if not pairs:
        return {}
    rows = db.session.execute(
        select(Registration.activity_id, Registration.user_id, Registration.certificate_number)
        .where(Registration.activity_id.in_({a for a, _u in pairs}), Registration.user_id.in_({u for _a, u in pairs}),
               Registration.certificate_number.is_not(None)))
    return {(activity, user): number for activity, user, number in rows if (activity, user) in pairs}


def siasn_lines(records: Sequence[JpRecord], members: dict[int, User],
                shows_nip: Callable[[User], bool]) -> list[SiasnLine]:
    """The lines in the records' order; four queries whatever their number (activities, certificates, external)."""
    activities, details = _activities(records), external_details(records)
    certificates = _attendance_certificates(records)
    lines = []
    for record in records:
        member = members[record.user_id]
        kind, organiser, start, end, hours, number = "", "", record.happened_on, record.happened_on, "", ""
        if record.source == "external" and record.id in details:
            detail = details[record.id]
            kind, organiser, start, end = kind_label(detail.kind), detail.organiser, detail.starts_on, detail.ends_on
            hours, number = format_hours(detail.minutes), detail.certificate_number
        elif record.source == "activity" and record.activity_id in activities:
            activity = activities[record.activity_id]
            kind, organiser = str(ACTIVITY_KIND_LABELS.get(activity.kind, activity.kind)), activity.agency.name
            start, end = wib_date(activity.starts_at), wib_date(activity.ends_at)
            # Teaching hours, not the clock: a two-day workshop is not 32 hours. A JP is a 45-minute lesson.
            hours = format_hours(record.jp * LESSON_MINUTES)
            number = certificates.get((record.activity_id, record.user_id), "")
        elif record.source == "claim":
            kind = _("Berbagi pengetahuan")
        lines.append(SiasnLine(
            name=member.name, nip=(member.nip or "") if shows_nip(member) else "", activity=record.title, kind=kind,
            organiser=organiser, starts_on=start, ends_on=end, hours=hours, jp=record.jp,
            verifier=record.verifier.name if record.verifier else "", certificate_number=number))
    return lines


def verified_lines_of(year: int, agency: Agency | None = None) -> tuple[list[JpRecord], dict[int, User]]:
    """Every member's verified lines of a year (of one agency), by name and date, with their members."""
    query = (select(JpRecord, User).join(User, User.id == JpRecord.user_id)
             .where(JpRecord.year == year, JpRecord.status == JpStatus.VERIFIED.value)
             .options(joinedload(JpRecord.verifier))
             .order_by(User.name, User.id, JpRecord.happened_on, JpRecord.id))
    if agency is not None:
        query = query.where(User.agency_id == agency.id)
    records, members = [], {}
    for record, member in db.session.execute(query).unique():
        records.append(record)
        members[member.id] = member
    return records, members


def _row(n: int | str, line: SiasnLine) -> list:
    return [n, line.name, line.nip, line.activity, line.kind, line.organiser, line.starts_on.isoformat(),
            line.ends_on.isoformat(), line.hours, line.jp, line.verifier, line.certificate_number]


def to_csv(lines: Sequence[SiasnLine], total_label: str | None = None) -> str:
    """One row per line; with `total_label`, a last row with the sum of JP (one member's year)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header())
    for n, line in enumerate(lines, start=1):
        writer.writerow([plain_cell(cell) for cell in _row(n, line)])
    if total_label is not None:
        writer.writerow(["", "", "", plain_cell(total_label), "", "", "", "", "", sum(line.jp for line in lines),
                         "", ""])
    return "\ufeff" + buffer.getvalue()  # the BOM lets Excel read the UTF-8 names correctly
