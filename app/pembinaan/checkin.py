"""Self check-in (check-in mandiri): during an activity its QR code leads members to a page that puts them on the
list; the organiser then confirms the list, and a confirmed check-in is attendance like a ticked one.

The window opens OPENS_BEFORE (30 minutes) before the start and closes at the end. The link's token is an HMAC
of the activity's number with SECRET_KEY: nothing to store or backfill, the same for every organiser's screen,
and unguessable for other activities; changing SECRET_KEY changes every link (only the QR codes on screen).
"""
from __future__ import annotations

import hashlib
import hmac
from base64 import urlsafe_b64encode
from datetime import datetime, timedelta

from flask import current_app
from flask_babel import format_datetime
from flask_babel import gettext as _
from sqlalchemy import select

from app.accounts.models import User
from app.core.errors import Conflict, NotFound, PermissionDenied
from app.core.timeutil import utcnow
from app.extensions import db
from app.pembinaan import activities
from app.pembinaan.models import Activity, ActivityStatus, Registration, RegistrationStatus
from app.pembinaan.permissions import can_organise

OPENS_BEFORE = timedelta(minutes=30)


def checkin_token(activity: Activity) -> str:
    key = str(current_app.config["SECRET_KEY"]).encode()
    digest = hmac.new(key, f"activity-checkin:{activity.id}".encode(), hashlib.sha256).digest()
    return urlsafe_b64encode(digest[:16]).decode().rstrip("=")


def window(activity: Activity) -> tuple[datetime, datetime]:
    return activity.starts_at - OPENS_BEFORE, activity.ends_at


def is_open(activity: Activity, now: datetime | None = None) -> bool:
    opens, closes = window(activity)
    return (activity.status != ActivityStatus.CANCELLED and activity.review_status is None
            and opens <= (now or utcnow()) < closes)


def check_link(activity: Activity, token: str, now: datetime | None = None) -> None:
    """Refuse a wrong link (404), a cancelled activity or a moment outside the window (409)."""
    if not hmac.compare_digest(token.encode()[:64], checkin_token(activity).encode()):
        raise NotFound(_("Tautan check-in ini tidak valid. Pindai lagi kode QR yang ditampilkan penyelenggara."))
    if activity.status == ActivityStatus.CANCELLED:
        raise Conflict(_("Kegiatan ini dibatalkan; check-in ditutup."))
    opens, closes = window(activity)
    now = now or utcnow()
    if activity.review_status is not None or now >= closes:
        raise Conflict(_("Kegiatan ini sudah selesai; check-in ditutup. Hubungi penyelenggara bila Anda hadir."))
    if now < opens:
        raise Conflict(_("Check-in belum dibuka. Check-in dibuka mulai %(time)s WIB, 30 menit sebelum kegiatan "
                         "dimulai.", time=format_datetime(opens, "d MMM y, HH.mm")))


def checked_in(activity: Activity, member) -> bool:
    """Whether the member is already on the list: checked in, or marked present by the organiser."""
    if not getattr(member, "is_authenticated", False):
        return False
    found = db.session.execute(select(Registration.status, Registration.checked_in_at).where(
        Registration.activity_id == activity.id, Registration.user_id == member.id)).first()
    return bool(found and (found[1] is not None or found[0] == RegistrationStatus.ATTENDED.value))


def check_in(activity: Activity, member: User, token: str) -> bool:
    """Put the member on the list. False when they already were (no second row, nothing changed)."""
    if member.is_suspended:
        raise PermissionDenied(_("Akun Anda sedang ditangguhkan; Anda tidak dapat melakukan check-in."))
    activity = activities._lock(activity)
    check_link(activity, token)
    registration = activities._registration(activity, member)
    if registration is not None and (registration.checked_in_at is not None
                                     or registration.status == RegistrationStatus.ATTENDED.value):
        return False
    now = utcnow()
    if registration is None:  # a walk-in: present in the room, so no seat limit applies
        registration = Registration(activity_id=activity.id, user_id=member.id, created_at=now)
        db.session.add(registration)
    registration.status, registration.checked_in_at, registration.updated_at = (
        RegistrationStatus.REGISTERED.value, now, now)
    db.session.flush()
    activities._recount(activity)
    return True


def confirm_checkins(activity: Activity, marker: User) -> int:
    """The organiser confirms every self check-in not yet marked present (their own excepted)."""
    if not can_organise(marker, activity.agency_id):
        raise PermissionDenied(_("Hanya penyelenggara instansi ini, pimpinan dan admin yang dapat mencatat "
                                 "kehadiran."))
    rows = db.session.execute(select(Registration.user_id, Registration.status, Registration.checked_in_at).where(
        Registration.activity_id == activity.id,
        Registration.status.in_(activities.TAKEN))).all()
    present = {user_id for user_id, status, _at in rows if status == RegistrationStatus.ATTENDED.value}
    waiting = {user_id for user_id, status, at in rows
               if at is not None and status == RegistrationStatus.REGISTERED.value and user_id != marker.id}
    if not waiting:
        raise Conflict(_("Tidak ada check-in mandiri yang menunggu konfirmasi."))
    marked, _withdrawn = activities.mark_attendance(activity, marker, present | waiting)
    return marked
