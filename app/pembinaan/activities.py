"""Activities (Kegiatan Pengembangan Kompetensi): announce, change and cancel them; register; mark attendance."""
from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from flask_babel import gettext as _
from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import joinedload, selectinload

from app.accounts.models import Agency, User
from app.content.services import resolve_tags
from app.content.text import parse_tag_names, slugify
from app.core.errors import Conflict, PermissionDenied, ValidationFailed
from app.core.roles import Role
from app.core.signals import activity_created
from app.core.timeutil import utcnow
from app.extensions import db
from app.pembinaan.activity_rules import ActivityFields, clean_fields, related_article_ids
from app.pembinaan.certificates import credit
from app.pembinaan.models import Activity, ActivityStatus, JpRecord, Registration, RegistrationStatus, activity_posts
from app.pembinaan.permissions import can_organise
from app.pembinaan.records import wib_date, withdraw_attendance

TAKEN = (RegistrationStatus.REGISTERED.value, RegistrationStatus.ATTENDED.value)  # statuses that hold a seat


def may_pick_agency(user) -> bool:
    """Leaders and admins announce for any agency; organisers only for their own."""
    return bool(getattr(user, "is_authenticated", False) and user.role in (Role.LEADER, Role.ADMIN))


def _agency(actor: User, code: str | None, current_id: int | None) -> Agency:
    if code:
        agency = db.session.execute(select(Agency).where(Agency.code == code[:64])).scalar_one_or_none()
        if agency is None:
            raise ValidationFailed(_("Instansi penyelenggara tidak dikenal."), field="agency")
    else:
        agency = db.session.get(Agency, current_id or actor.agency_id)
    if not can_organise(actor, agency.id):
        raise PermissionDenied(_("Anda hanya dapat mengumumkan kegiatan instansi Anda sendiri."))
    return agency


def _apply(activity: Activity, actor: User, fields: ActivityFields, hosts: frozenset[str], *, new: bool) -> None:
    agency = _agency(actor, fields.agency_code, None if new else activity.agency_id)
    values = clean_fields(fields, previous_start=None if new else activity.starts_at,
                          registered=0 if new else activity.registered_count,
                          past=activity.review_status is not None)
    tags = resolve_tags(parse_tag_names(fields.tags), actor)
    article_ids = related_article_ids(fields.articles, hosts)
    for name, value in values.items():
        setattr(activity, name, value)
    activity.slug, activity.agency_id, activity.tags, activity.updated_at = (slugify(values["title"]), agency.id,
                                                                             tags, utcnow())
    if new:
        db.session.add(activity)
    db.session.flush()
    db.session.execute(delete(activity_posts).where(activity_posts.c.activity_id == activity.id))
    if article_ids:
        db.session.execute(insert(activity_posts), [{"activity_id": activity.id, "post_id": i} for i in article_ids])


def announce_activity(actor: User, fields: ActivityFields, hosts: frozenset[str] = frozenset()) -> Activity:
    if not can_organise(actor):
        raise PermissionDenied(_("Hanya penyelenggara, pimpinan dan admin yang dapat mengumumkan kegiatan."))
    activity = Activity(created_by_id=actor.id, created_at=utcnow(), status=ActivityStatus.SCHEDULED.value,
                        registered_count=0, attended_count=0, tags=[])
    _apply(activity, actor, fields, hosts, new=True)
    activity_created.send(activity, actor=actor)
    return activity


def update_activity(activity: Activity, actor: User, fields: ActivityFields,
                    hosts: frozenset[str] = frozenset()) -> Activity:
    if not can_organise(actor, activity.agency_id):
        raise PermissionDenied(_("Anda tidak dapat mengubah kegiatan instansi lain."))
    activity = _lock(activity)
    before = (wib_date(activity.starts_at), activity.jp)
    _apply(activity, actor, fields, hosts, new=False)
    if activity.attended_count and (wib_date(activity.starts_at), activity.jp) != before:
        # Attendance is verified JP in members' records: the date and the value it was given stay.
        raise ValidationFailed(_("Kehadiran sudah dicatat: tanggal dan nilai JP kegiatan ini tidak dapat diubah lagi. "
                                 "Hapus centang kehadiran dahulu bila memang keliru."), field="jp")
    # Lines already in members' JP records follow a corrected title.
    db.session.execute(update(JpRecord).where(JpRecord.activity_id == activity.id, JpRecord.source == "activity")
                       .values(title=activity.title[:255]))
    return activity


def _lock(activity: Activity) -> Activity:
    """The activity's row, locked until commit (PostgreSQL; SQLite writers are serialised already), reread."""
    return db.session.execute(
        select(Activity).options(selectinload(Activity.tags), joinedload(Activity.agency))
        .where(Activity.id == activity.id).with_for_update(of=Activity)
        .execution_options(populate_existing=True)).unique().scalar_one()


def _recount(activity: Activity) -> None:
    counts = dict(db.session.execute(select(Registration.status, func.count()).where(
        Registration.activity_id == activity.id).group_by(Registration.status)).all())
    activity.attended_count = counts.get(RegistrationStatus.ATTENDED.value, 0)
    activity.registered_count = counts.get(RegistrationStatus.REGISTERED.value, 0) + activity.attended_count


def cancel_activity(activity: Activity, actor: User) -> bool:
    """Called off: it stays listed, marked cancelled, and takes no new registrations. False if it already was."""
    if not can_organise(actor, activity.agency_id):
        raise PermissionDenied(_("Anda tidak dapat membatalkan kegiatan instansi lain."))
    activity = _lock(activity)
    if activity.status == ActivityStatus.CANCELLED:
        return False
    if activity.attended_count:
        raise Conflict(_("Kehadiran peserta sudah dicatat; kegiatan ini tidak dapat dibatalkan."))
    if activity.ends_at <= utcnow():
        raise Conflict(_("Kegiatan yang sudah selesai tidak dapat dibatalkan."))
    activity.status, activity.updated_at = ActivityStatus.CANCELLED.value, utcnow()
    return True


def registration_refusal(activity: Activity, now: datetime | None = None) -> str | None:
    """Why nobody can register now, or None."""
    if activity.status == ActivityStatus.CANCELLED:
        return _("Kegiatan ini dibatalkan; pendaftaran ditutup.")
    if (now or utcnow()) >= activity.starts_at:
        return _("Kegiatan ini sudah dimulai atau selesai; pendaftaran ditutup.")
    if activity.capacity is not None and activity.registered_count >= activity.capacity:
        return _("Kuota kegiatan ini sudah penuh.")
    return None


def _registration(activity: Activity, member: User) -> Registration | None:
    return db.session.execute(select(Registration).where(
        Registration.activity_id == activity.id, Registration.user_id == member.id)
        .execution_options(populate_existing=True)).scalar_one_or_none()


def register(activity: Activity, member: User) -> Registration:
    """A seat for the member. The row lock keeps the seats taken within the capacity under any concurrency."""
    if member.is_suspended:
        raise PermissionDenied(_("Akun Anda sedang ditangguhkan; Anda tidak dapat mendaftar kegiatan."))
    activity = _lock(activity)
    _recount(activity)
    existing = _registration(activity, member)
    if existing is not None and existing.status in TAKEN:
        raise Conflict(_("Anda sudah terdaftar pada kegiatan ini."))
    refusal = registration_refusal(activity)
    if refusal:
        raise Conflict(refusal)
    now = utcnow()
    if existing is None:
        existing = Registration(activity_id=activity.id, user_id=member.id, created_at=now)
        db.session.add(existing)
    existing.status, existing.updated_at, existing.marked_by_id = RegistrationStatus.REGISTERED.value, now, None
    db.session.flush()
    _recount(activity)
    return existing


def cancel_registration(activity: Activity, member: User) -> bool:
    """The member gives the seat back before the start. False when they held none."""
    activity = _lock(activity)
    existing = _registration(activity, member)
    if existing is None or existing.status == RegistrationStatus.CANCELLED:
        return False
    if existing.status == RegistrationStatus.ATTENDED:
        raise Conflict(_("Kehadiran Anda sudah dicatat; pendaftaran tidak dapat dibatalkan."))
    if utcnow() >= activity.starts_at:
        raise Conflict(_("Kegiatan sudah dimulai; pendaftaran tidak dapat dibatalkan lagi."))
    existing.status, existing.updated_at = RegistrationStatus.CANCELLED.value, utcnow()
    db.session.flush()
    _recount(activity)
    return True


def mark_attendance(activity: Activity, marker: User, attended_ids: Iterable[int]) -> tuple[int, int]:
    """The registrants ticked attended (a verified JP line each); the others unmarked. Returns (marked, withdrawn)."""
    if not can_organise(marker, activity.agency_id):
        raise PermissionDenied(_("Hanya penyelenggara instansi ini, pimpinan dan admin yang dapat mencatat "
                                 "kehadiran."))
    activity = _lock(activity)
    if activity.status == ActivityStatus.CANCELLED:
        raise Conflict(_("Kegiatan ini dibatalkan; kehadiran tidak dapat dicatat."))
    if utcnow() < activity.starts_at:
        raise Conflict(_("Kehadiran dapat dicatat setelah kegiatan dimulai."))
    wanted = set(attended_ids)
    registrations = {r.user_id: r for r in db.session.execute(
        select(Registration).options(joinedload(Registration.user)).where(
            Registration.activity_id == activity.id, Registration.status.in_(TAKEN))
        .execution_options(populate_existing=True)).scalars()}
    unknown = sorted(wanted - registrations.keys())
    own = registrations.get(marker.id)
    if own is not None and (marker.id in wanted) != (own.status == RegistrationStatus.ATTENDED):
        # Attendance is verified JP: nobody records their own; another organiser, a leader or an admin does.
        raise ValidationFailed(_("Kehadiran Anda sendiri dicatat oleh penyelenggara lain, pimpinan atau admin."),
                               field="attended")
    if unknown:
        raise ValidationFailed(_("Pengguna nomor %(ids)s tidak terdaftar pada kegiatan ini.",
                                 ids=", ".join(map(str, unknown[:10]))), field="attended")
    marked = withdrawn = 0
    now = utcnow()
    for user_id, registration in registrations.items():
        if user_id in wanted and registration.status == RegistrationStatus.REGISTERED:
            credit(activity, registration, marker)  # JP and a certificate number, once the attendance counts
            registration.status, marked = RegistrationStatus.ATTENDED.value, marked + 1
        elif user_id not in wanted and registration.status == RegistrationStatus.ATTENDED:
            withdraw_attendance(activity, registration.user)
            registration.status, withdrawn = RegistrationStatus.REGISTERED.value, withdrawn + 1
        else:
            continue
        registration.marked_by_id, registration.updated_at = marker.id, now
    db.session.flush()
    _recount(activity)
    return marked, withdrawn
