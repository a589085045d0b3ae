"""Activities recorded after they happened: the organiser records one and who came, a JP verifier confirms it (its
attendance then becomes JP and certificates) or rejects it with a reason."""
from __future__ import annotations

from flask_babel import gettext as _
from sqlalchemy import select
from sqlalchemy.orm import joinedload

from app.accounts.models import User
from app.core.errors import Conflict, PermissionDenied, ValidationFailed
from app.core.timeutil import utcnow
from app.extensions import db
from app.pembinaan import activities
from app.pembinaan.activity_rules import ActivityFields
from app.pembinaan.certificates import credit
from app.pembinaan.duties import find_member
from app.pembinaan.models import Activity, ActivityStatus, Registration, RegistrationStatus, ReviewStatus
from app.pembinaan.permissions import can_organise, can_verify

MAX_ATTENDEES_AT_ONCE = 200
REASON_MAX = 500


def record_past_activity(actor: User, fields: ActivityFields, hosts: frozenset[str] = frozenset()) -> Activity:
    """An activity that already happened (begun at most 90 days ago, over by now), waiting for a verifier."""
    if not can_organise(actor):
        raise PermissionDenied(_("Hanya penyelenggara, pimpinan dan admin yang dapat mencatat kegiatan."))
    activity = Activity(created_by_id=actor.id, created_at=utcnow(), status=ActivityStatus.SCHEDULED.value,
                        registered_count=0, attended_count=0, tags=[], review_status=ReviewStatus.PENDING.value)
    activities._apply(activity, actor, fields, hosts, new=True)
    return activity


def add_attendees(activity: Activity, actor: User, raw: str | None) -> int:
    """Members named by e-mail or NIP (one a line) are marked present; returns how many were new on the list."""
    if not can_organise(actor, activity.agency_id):
        raise PermissionDenied(_("Hanya penyelenggara instansi ini, pimpinan dan admin yang dapat mencatat "
                                 "kehadiran."))
    activity = activities._lock(activity)
    if activity.status == ActivityStatus.CANCELLED:
        raise Conflict(_("Kegiatan ini dibatalkan; kehadiran tidak dapat dicatat."))
    if activity.review_status != ReviewStatus.PENDING.value:
        # Only a past activity still waiting for the verifier takes a free list of names: an announced one is
        # marked from its registrations, and a confirmed one would credit JP nobody verified.
        raise Conflict(_("Peserta hanya dapat ditambahkan pada kegiatan yang dicatat setelah berlangsung dan masih "
                         "menunggu konfirmasi verifikator."))
    if utcnow() < activity.starts_at:
        raise Conflict(_("Kehadiran dapat dicatat setelah kegiatan dimulai."))
    items = list(dict.fromkeys(item.strip() for item in (raw or "").replace(",", "\n").splitlines() if item.strip()))
    if not items:
        raise ValidationFailed(_("Isi email atau NIP peserta yang hadir, satu per baris."), field="attendees")
    if len(items) > MAX_ATTENDEES_AT_ONCE:
        raise ValidationFailed(_("Paling banyak %(n)d peserta sekali simpan.", n=MAX_ATTENDEES_AT_ONCE),
                               field="attendees")
    members = []
    for item in items:
        try:
            members.append(find_member(item))
        except ValidationFailed as err:
            raise ValidationFailed(err.message, field="attendees") from None
    if any(member.id == actor.id for member in members):
        raise ValidationFailed(_("Kehadiran Anda sendiri dicatat oleh penyelenggara lain, pimpinan atau admin."),
                               field="attendees")
    added, now = 0, utcnow()
    for member in {m.id: m for m in members}.values():
        registration = db.session.execute(select(Registration).options(joinedload(Registration.user)).where(
            Registration.activity_id == activity.id, Registration.user_id == member.id)).unique().scalar_one_or_none()
        if registration is None:
            registration = Registration(activity_id=activity.id, user_id=member.id, created_at=now)
            registration.user = member
            db.session.add(registration)
        if registration.status == RegistrationStatus.ATTENDED.value:
            continue
        db.session.flush()
        credit(activity, registration, actor)
        registration.status, registration.marked_by_id, registration.updated_at = (
            RegistrationStatus.ATTENDED.value, actor.id, now)
        added += 1
    db.session.flush()
    activities._recount(activity)
    return added


def _decidable(activity: Activity, verifier: User) -> Activity:
    if not can_verify(verifier):
        raise PermissionDenied(_("Hanya verifikator JP (operator BKPSDM) dan admin yang dapat mengonfirmasi "
                                 "kegiatan."))
    activity = activities._lock(activity)
    if activity.review_status != ReviewStatus.PENDING.value:
        raise Conflict(_("Kegiatan ini tidak sedang menunggu konfirmasi verifikator."))
    if activity.created_by_id == verifier.id:
        raise PermissionDenied(_("Kegiatan yang Anda catat sendiri dikonfirmasi oleh verifikator lain."))
    attends = db.session.execute(select(Registration.id).where(
        Registration.activity_id == activity.id, Registration.user_id == verifier.id,
        Registration.status == RegistrationStatus.ATTENDED.value)).first()
    if attends is not None:  # as with claims: nobody verifies their own JP
        raise PermissionDenied(_("Anda tercatat hadir di kegiatan ini; verifikator lain yang mengonfirmasinya."))
    return activity


def confirm_past_activity(activity: Activity, verifier: User) -> int:
    """The verifier confirms it happened: every attendee's JP line and certificate. Returns how many."""
    activity = _decidable(activity, verifier)
    activity.review_status, activity.reviewed_by_id, activity.reviewed_at = (
        ReviewStatus.CONFIRMED.value, verifier.id, utcnow())
    activity.review_reason = None
    attended = list(db.session.execute(select(Registration).options(joinedload(Registration.user)).where(
        Registration.activity_id == activity.id, Registration.status == RegistrationStatus.ATTENDED.value)
        .order_by(Registration.id)).unique().scalars())
    for registration in attended:
        credit(activity, registration, verifier)
    return len(attended)


def reject_past_activity(activity: Activity, verifier: User, reason: str | None) -> None:
    reason = " ".join((reason or "").split())
    if not reason:
        raise ValidationFailed(_("Tuliskan alasan penolakan agar penyelenggara dapat memperbaikinya."),
                               field="reason")
    if len(reason) > REASON_MAX:
        raise ValidationFailed(_("Alasan paling banyak %(n)d karakter.", n=REASON_MAX), field="reason")
    activity = _decidable(activity, verifier)
    activity.review_status, activity.reviewed_by_id, activity.reviewed_at, activity.review_reason = (
        ReviewStatus.REJECTED.value, verifier.id, utcnow(), reason)


def pending_activities() -> list[Activity]:
    """The verifiers' queue: activities recorded after the fact that wait, oldest first."""
    return list(db.session.execute(
        select(Activity).options(joinedload(Activity.agency), joinedload(Activity.created_by))
        .where(Activity.review_status == ReviewStatus.PENDING.value)
        .order_by(Activity.created_at, Activity.id).limit(200)).unique().scalars())
