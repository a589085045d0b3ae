"""Training outside Simpul (diklat, e-learning, seminar, workshop, course): a JP line with its certificate, decided
by a verifier like a claim; the hours become JP through the conversion table's "pelatihan-luar" row."""
from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlalchemy import exists, func, select

from app.accounts.models import User
from app.core.errors import Conflict, ValidationFailed
from app.core.timeutil import utcnow
from app.extensions import db
from app.pembinaan.conversions import EXTERNAL_CODE, find_conversion
from app.pembinaan.models import ExternalTraining, JpRecord, JpStatus
from app.pembinaan.records import wib_date

KIND_LABELS = {"diklat": _l("Diklat"), "e_learning": _l("E-learning"), "seminar": _l("Seminar"),
               "workshop": _l("Lokakarya (workshop)"), "kursus": _l("Kursus")}
LESSON_MINUTES = 45  # one jam pelajaran
MAX_HOURS_PER_DAY = 12
MAX_SPAN_DAYS = 366  # a diklat of several months fits; decades do not
TITLE_MAX, ORGANISER_MAX, NUMBER_MAX = 200, 200, 100
_HOURS = re.compile(r"^(\d{1,4})(?:[.,](\d{1,2}))?$")


def kind_label(kind: str) -> str:
    return str(KIND_LABELS.get(kind, kind))


def parse_minutes(raw: str | None) -> int:
    """"6", "1,5" or "1.25" hours as whole minutes; anything else is a form error."""
    text = (raw or "").strip()
    if not text:
        raise ValidationFailed(_("Jumlah jam wajib diisi."), field="hours")
    match = _HOURS.match(text)
    if match is None:
        raise ValidationFailed(_("Jumlah jam harus berupa angka, misalnya 6 atau 1,5."), field="hours")
    whole, fraction = match.group(1), match.group(2) or "0"
    minutes = int(whole) * 60 + round(int(fraction) * 60 / 10 ** len(fraction))
    if minutes <= 0:
        raise ValidationFailed(_("Jumlah jam harus lebih dari 0."), field="hours")
    return minutes


def format_hours(minutes: int) -> str:
    """Hours with a decimal comma, as Indonesian readers write them: 90 -> "1,5"."""
    hours = minutes / 60
    return str(int(hours)) if minutes % 60 == 0 else f"{hours:.2f}".rstrip("0").replace(".", ",")


def jp_for(minutes: int, jp_per_lesson: int) -> int:
    """Whole jam pelajaran of 45 minutes, times the JP the table gives for one."""
    return minutes // LESSON_MINUTES * jp_per_lesson


def _text(raw: str | None, field: str, limit: int, missing: str) -> str:
    text = " ".join((raw or "").split())
    if not text:
        raise ValidationFailed(missing, field=field)
    if len(text) > limit:
        raise ValidationFailed(_("Isian ini paling banyak %(n)d karakter.", n=limit), field=field)
    return text


def _check_dates(starts_on: date | None, ends_on: date | None, today: date) -> None:
    if starts_on is None:
        raise ValidationFailed(_("Tanggal mulai wajib diisi."), field="starts_on")
    if ends_on is None:
        raise ValidationFailed(_("Tanggal selesai wajib diisi."), field="ends_on")
    if starts_on > today:
        raise ValidationFailed(_("Tanggal mulai tidak boleh di masa depan."), field="starts_on")
    if ends_on > today:
        raise ValidationFailed(_("Tanggal selesai tidak boleh di masa depan; catat pelatihan setelah selesai."),
                               field="ends_on")
    if ends_on < starts_on:
        raise ValidationFailed(_("Tanggal selesai tidak boleh sebelum tanggal mulai."), field="ends_on")
    if ends_on.year < today.year - 1:
        raise ValidationFailed(_("Pelatihan hanya dapat dicatat untuk tahun %(last)d dan %(this)d.",
                                 last=today.year - 1, this=today.year), field="ends_on")
    if (ends_on - starts_on).days >= MAX_SPAN_DAYS:  # the hours per day would otherwise scale with any span
        raise ValidationFailed(_("Satu pelatihan paling lama %(days)d hari; catat pelatihan yang lebih panjang per "
                                 "tahun.", days=MAX_SPAN_DAYS), field="starts_on")


def _check_minutes(minutes: int, starts_on: date, ends_on: date) -> None:
    days = (ends_on - starts_on).days + 1
    if minutes > days * MAX_HOURS_PER_DAY * 60:
        raise ValidationFailed(_("%(hours)s jam tidak mungkin dalam %(days)d hari: paling banyak %(max)d jam per "
                                 "hari.", hours=format_hours(minutes), days=days, max=MAX_HOURS_PER_DAY),
                               field="hours")
    if minutes < LESSON_MINUTES:
        raise ValidationFailed(_("Kurang dari satu jam pelajaran (45 menit): belum bernilai JP."), field="hours")


def record_external_training(member: User, *, kind: str | None, title: str | None, organiser: str | None,
                             starts_on: date | None, ends_on: date | None, hours: str | None,
                             certificate_number: str | None, has_certificate: bool,
                             today: date | None = None) -> JpRecord:
    """A line "diajukan" of source "external" with its details; the caller attaches the certificate file.

    The JP come from the conversion table as it stands now, like a claim's.
    """
    today = today or wib_date(utcnow())
    if kind not in KIND_LABELS:
        raise ValidationFailed(_("Pilih jenis pengembangan."), field="kind")
    clean_title = _text(title, "title", TITLE_MAX, _("Nama pelatihan wajib diisi."))
    clean_organiser = _text(organiser, "organiser", ORGANISER_MAX, _("Penyelenggara wajib diisi."))
    _check_dates(starts_on, ends_on, today)
    minutes = parse_minutes(hours)
    _check_minutes(minutes, starts_on, ends_on)
    number = _text(certificate_number, "certificate_number", NUMBER_MAX,
                   _("Nomor sertifikat wajib diisi, sebagaimana tertulis pada sertifikat."))
    if not has_certificate:
        raise ValidationFailed(_("Unggah berkas sertifikat (PDF atau gambar) agar verifikator dapat memeriksanya."),
                               field="certificate")
    conversion = find_conversion(EXTERNAL_CODE)
    if not conversion.active:
        raise ValidationFailed(_("Pencatatan pengembangan di luar Simpul sedang ditutup oleh admin."), field="kind")
    # Serialises one member's submissions (as claims do), so a double submission makes one line.
    db.session.execute(select(User.id).where(User.id == member.id).with_for_update())
    if db.session.execute(select(exists().where(
            ExternalTraining.record_id == JpRecord.id, JpRecord.user_id == member.id,
            JpRecord.status != JpStatus.REJECTED.value,
            func.lower(ExternalTraining.certificate_number) == number.lower()))).scalar():
        raise Conflict(_("Sertifikat nomor %(number)s sudah Anda catat.", number=number), field="certificate_number")
    record = JpRecord(user_id=member.id, year=ends_on.year, source="external", conversion_code=conversion.code,
                      title=clean_title, happened_on=ends_on, jp=jp_for(minutes, conversion.jp),
                      status=JpStatus.SUBMITTED.value, created_at=utcnow())
    db.session.add(record)
    db.session.flush()
    db.session.add(ExternalTraining(record_id=record.id, kind=kind, organiser=clean_organiser, starts_on=starts_on,
                                    ends_on=ends_on, minutes=minutes, certificate_number=number))
    db.session.flush()
    return record


def external_details(records: Iterable[JpRecord]) -> dict[int, ExternalTraining]:
    """The details of these lines by line id, in one query (the record page, the queue, the exports)."""
    ids = [record.id for record in records if record.source == "external"]
    if not ids:
        return {}
    rows = db.session.execute(select(ExternalTraining).where(ExternalTraining.record_id.in_(ids))).scalars()
    return {row.record_id: row for row in rows}
