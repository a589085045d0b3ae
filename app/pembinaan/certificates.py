"""Attendance certificates (Sertifikat Kehadiran): numbered when attendance counts, verifiable, drawn as a PDF."""
from __future__ import annotations

import io
from dataclasses import dataclass

from flask_babel import gettext as _
from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import joinedload

from app.accounts.models import User
from app.core.errors import Conflict
from app.core.numbers import parse_id
from app.core.timeutil import wib_date
from app.extensions import db
from app.pembinaan.models import Activity, Registration, RegistrationStatus, ReviewStatus
from app.pembinaan.records import record_attendance

NUMBER_PREFIX = "SH"  # Sertifikat Hadir
_NUMBER_ATTEMPTS = 5


def counts(activity: Activity) -> bool:
    """Whether the activity's attendance is JP now: announced ones at once, those recorded after the fact once
    a verifier has confirmed them."""
    return activity.review_status in (None, ReviewStatus.CONFIRMED.value)


def next_number(year: int) -> str:
    prefix = f"{NUMBER_PREFIX}-{year}-"
    last = db.session.execute(
        select(Registration.certificate_number).where(Registration.certificate_number.like(prefix + "%"))
        .order_by(func.length(Registration.certificate_number).desc(), Registration.certificate_number.desc())
        .limit(1)).scalar_one_or_none()
    tail = last[len(prefix):] if last else ""
    return f"{prefix}{(parse_id(tail) or 0) + 1:06d}"


def assign_number(activity: Activity, registration: Registration) -> str:
    """The registration's certificate number, given once (the year of the activity in WIB) and kept for good:
    attendance withdrawn later leaves the number unverifiable, and marking it again brings the same one back."""
    if registration.certificate_number:
        return registration.certificate_number
    year = wib_date(activity.starts_at).year
    for _attempt in range(_NUMBER_ATTEMPTS):
        number = next_number(year)
        try:
            with db.session.begin_nested():  # another confirmation may take this number a moment before us
                db.session.execute(update(Registration).where(Registration.id == registration.id)
                                   .values(certificate_number=number))
        except IntegrityError:
            continue
        registration.certificate_number = number
        return number
    raise Conflict(_("Nomor sertifikat sedang dipakai; simpan daftar hadir sekali lagi."))


def credit(activity: Activity, registration: Registration, marker: User) -> None:
    """The attendance counts: a JP line through records.record_attendance and a certificate number. Nothing yet
    for an activity that waits for the verifier; confirming it credits everyone then."""
    if counts(activity):
        record_attendance(activity, registration.user, marker)
        assign_number(activity, registration)


# -- Read side ------------------------------------------------------------------------------------------------

@dataclass
class Certificate:
    number: str
    member: User
    activity: Activity


def _valid(registration: Registration | None, activity: Activity | None) -> bool:
    return bool(registration is not None and activity is not None and registration.certificate_number
                and registration.status == RegistrationStatus.ATTENDED.value and counts(activity))


def find_certificate(number: str | None) -> Certificate | None:
    """A valid certificate by its number (attendance still recorded and counting), or None."""
    number = (number or "").strip().upper()
    if not number or len(number) > 32:
        return None
    found = db.session.execute(
        select(Registration, Activity).join(Activity, Activity.id == Registration.activity_id)
        .options(joinedload(Registration.user).joinedload(User.agency), joinedload(Activity.agency))
        .where(Registration.certificate_number == number)).unique().first()
    if found is None or not _valid(*found):
        return None
    registration, activity = found
    return Certificate(registration.certificate_number, registration.user, activity)


def certificate_of(activity: Activity, member) -> Certificate | None:
    """The member's own certificate for this activity, or None (not attended, not confirmed, signed out)."""
    if not getattr(member, "is_authenticated", False):
        return None
    number = db.session.execute(select(Registration.certificate_number).where(
        Registration.activity_id == activity.id, Registration.user_id == member.id)).scalar_one_or_none()
    return find_certificate(number) if number else None


def certificate_activity_ids(member, activity_ids) -> set[int]:
    """Which of these activities the member holds a valid certificate of (for the JP record's links)."""
    ids = {i for i in activity_ids if i is not None}
    if not ids or not getattr(member, "is_authenticated", False):
        return set()
    rows = db.session.execute(select(Activity.id, Activity.review_status).join(
        Registration, Registration.activity_id == Activity.id).where(
        Registration.user_id == member.id, Registration.activity_id.in_(ids),
        Registration.status == RegistrationStatus.ATTENDED.value, Registration.certificate_number.is_not(None)))
    return {activity_id for activity_id, review in rows
            if review in (None, ReviewStatus.CONFIRMED.value)}


# -- The PDF ----------------------------------------------------------------------------------------------------

def certificate_pdf(certificate: Certificate, *, verify_url: str, site_name: str, kind_label: str,
                    when: str, labels: dict[str, str]) -> bytes:
    """One A4 landscape page: the member, the activity, its JP, the number and a QR code of the verify page."""
    from reportlab.graphics import renderPDF
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    from app.core.pdf import FONT, FONT_BOLD, register_fonts

    register_fonts()
    buffer = io.BytesIO()
    width, height = landscape(A4)
    page = canvas.Canvas(buffer, pagesize=(width, height))
    page.setTitle(f"{labels['title']} {certificate.number}")
    page.setAuthor(site_name)
    page.setLineWidth(3)
    page.rect(28, 28, width - 56, height - 56)
    middle = width / 2

    def line(text: str, y: float, font: str = FONT, size: float = 13) -> None:
        # A long title or agency name shrinks to the frame (down to 8 pt), then is cut with an ellipsis.
        while size > 8 and stringWidth(text, font, size) > width - 100:
            size -= 0.5
        while stringWidth(text, font, size) > width - 100:
            text = text[:-2] + "…"
        page.setFont(font, size)
        page.drawCentredString(middle, y, text)

    activity, member = certificate.activity, certificate.member
    line(site_name, height - 80, size=11)
    line(labels["title"], height - 125, FONT_BOLD, 30)
    line(f"{labels['number']} {certificate.number}", height - 150, size=12)
    line(labels["given_to"], height - 195)
    line(member.name, height - 230, FONT_BOLD, 24)
    line(member.agency.name, height - 255, size=12)
    line(labels["for"], height - 295)
    title_lines = simpleSplit(activity.title, FONT_BOLD, 17, width - 100)
    if len(title_lines) == 1:
        line(activity.title, height - 325, FONT_BOLD, 17)
    else:  # a long title (up to 200 characters) on up to three smaller lines
        parts = simpleSplit(activity.title, FONT_BOLD, 12, width - 100)
        parts = parts[:2] + [" ".join(parts[2:])] if len(parts) > 3 else parts
        for number, part in enumerate(parts):
            line(part, height - 314 - 14 * number, FONT_BOLD, 12)
    line(f"{kind_label} · {when}", height - 362, size=11)
    line(f"{labels['organiser']}: {activity.agency.name} · {labels['jp']}", height - 382, size=11)
    qr = QrCodeWidget(verify_url)
    left, bottom, right, top = qr.getBounds()
    size = 90
    drawing = Drawing(size, size, transform=[size / (right - left), 0, 0, size / (top - bottom), 0, 0])
    drawing.add(qr)
    renderPDF.draw(drawing, page, 50, 45)
    page.setFont(FONT, 9)
    page.drawString(150, 95, labels["verify"])
    page.drawString(150, 80, verify_url)
    page.showPage()
    page.save()
    return buffer.getvalue()
