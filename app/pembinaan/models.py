"""Pembinaan: development activities, registrations, the JP record, the conversion table and duties."""
from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from flask import url_for
from sqlalchemy import Column, Date, ForeignKey, Index, String, Table, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.accounts.models import Agency, User
from app.content.models import Tag
from app.core.timeutil import utcnow
from app.extensions import db


class ActivityKind(StrEnum):
    WORKSHOP = "workshop"
    SEMINAR = "seminar"
    ONLINE = "pelatihan_daring"
    SHARING = "sesi_berbagi"  # a learning community's session (komunitas belajar)
    MENTORING = "mentoring"


class ActivityStatus(StrEnum):
    SCHEDULED = "scheduled"
    CANCELLED = "cancelled"


activity_tags = Table(
    "activity_tags",
    db.metadata,
    Column("activity_id", ForeignKey("activities.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True, index=True),
)

activity_posts = Table(
    "activity_posts",
    db.metadata,
    Column("activity_id", ForeignKey("activities.id", ondelete="CASCADE"), primary_key=True),
    Column("post_id", ForeignKey("posts.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class Activity(db.Model):
    """Kegiatan Pengembangan Kompetensi: announced by an agency, attended by members, worth JP."""

    __tablename__ = "activities"
    __table_args__ = (Index("ix_activities_starts_at", "starts_at"),
                      Index("ix_activities_agency_starts", "agency_id", "starts_at"))

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    slug: Mapped[str] = mapped_column(String(120))
    kind: Mapped[str] = mapped_column(String(24))
    agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"))  # the organiser
    partner: Mapped[str | None] = mapped_column(String(200))  # e.g. a university
    description_md: Mapped[str] = mapped_column(Text)
    description_html: Mapped[str] = mapped_column(Text)
    starts_at: Mapped[datetime] = mapped_column()  # UTC, shown in WIB
    ends_at: Mapped[datetime] = mapped_column()
    place: Mapped[str | None] = mapped_column(String(255))
    link: Mapped[str | None] = mapped_column(String(500))
    capacity: Mapped[int | None] = mapped_column()  # None: no limit
    jp: Mapped[int] = mapped_column()
    status: Mapped[str] = mapped_column(String(16), default=ActivityStatus.SCHEDULED.value)
    registered_count: Mapped[int] = mapped_column(default=0)  # registered or attended (a cache)
    attended_count: Mapped[int] = mapped_column(default=0)
    created_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    # Recorded after it happened (activity_review.py): None for an announced activity, else a ReviewStatus.
    review_status: Mapped[str | None] = mapped_column(String(16))
    reviewed_by_id: Mapped[int | None] = mapped_column()  # no foreign key, like users.verified_by_id
    reviewed_at: Mapped[datetime | None] = mapped_column()
    review_reason: Mapped[str | None] = mapped_column(String(500))

    agency: Mapped[Agency] = relationship(lazy="raise_on_sql")
    created_by: Mapped[User] = relationship(lazy="raise_on_sql")
    tags: Mapped[list[Tag]] = relationship(secondary=activity_tags, lazy="raise_on_sql", order_by=Tag.name)

    def url(self, **kwargs) -> str:
        return url_for("activities.show", activity_id=self.id, slug=self.slug, **kwargs)


class RegistrationStatus(StrEnum):
    REGISTERED = "registered"
    CANCELLED = "cancelled"
    ATTENDED = "attended"


class Registration(db.Model):
    __tablename__ = "activity_registrations"
    __table_args__ = (UniqueConstraint("activity_id", "user_id", name="uq_activity_registrations_activity_user"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = mapped_column(ForeignKey("activities.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    status: Mapped[str] = mapped_column(String(16), default=RegistrationStatus.REGISTERED.value)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    marked_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    checked_in_at: Mapped[datetime | None] = mapped_column()  # self check-in from the QR code (checkin.py)
    certificate_number: Mapped[str | None] = mapped_column(String(32), unique=True, index=True)  # SH-2026-000123

    user: Mapped[User] = relationship(foreign_keys=[user_id], lazy="raise_on_sql")


class JpStatus(StrEnum):
    SUBMITTED = "diajukan"
    VERIFIED = "diverifikasi"
    REJECTED = "ditolak"


class JpRecord(db.Model):
    """One line of a member's Catatan Pengembangan Kompetensi for a year."""

    __tablename__ = "jp_records"
    __table_args__ = (Index("ix_jp_records_user_year_status", "user_id", "year", "status"),
                      Index("ix_jp_records_status_created", "status", "created_at"))

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    year: Mapped[int] = mapped_column()  # the year in WIB of happened_on
    source: Mapped[str] = mapped_column(String(16))  # "activity" (attendance) or "claim"
    activity_id: Mapped[int | None] = mapped_column(ForeignKey("activities.id", ondelete="SET NULL"), index=True)
    conversion_code: Mapped[str | None] = mapped_column(String(40))
    post_id: Mapped[int | None] = mapped_column(ForeignKey("posts.id", ondelete="SET NULL"))
    title: Mapped[str] = mapped_column(String(255))
    happened_on: Mapped[date] = mapped_column(Date)
    jp: Mapped[int] = mapped_column()
    proof: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default=JpStatus.SUBMITTED.value)
    verifier_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    verified_at: Mapped[datetime | None] = mapped_column()
    reason: Mapped[str | None] = mapped_column(String(500))  # why it was rejected
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    user: Mapped[User] = relationship(foreign_keys=[user_id], lazy="raise_on_sql")
    verifier: Mapped[User | None] = relationship(foreign_keys=[verifier_id], lazy="raise_on_sql")


class ExternalTraining(db.Model):
    """What a member recorded of training outside Simpul (issue 21/3): the details of its JP line for SIASN."""

    __tablename__ = "external_trainings"

    record_id: Mapped[int] = mapped_column(ForeignKey("jp_records.id", ondelete="CASCADE"), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # diklat, e_learning, seminar, workshop, kursus
    organiser: Mapped[str] = mapped_column(String(200))
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)  # the JP line's happened_on and year
    minutes: Mapped[int] = mapped_column()  # the hours entered, as whole minutes
    certificate_number: Mapped[str] = mapped_column(String(100))


class JpConversion(db.Model):
    """How many JP a form of knowledge sharing is worth: an agency's policy, edited by admins."""

    __tablename__ = "jp_conversions"

    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    label: Mapped[str] = mapped_column(String(200))
    jp: Mapped[int] = mapped_column()
    needs: Mapped[str] = mapped_column(String(16), default="none")  # "article", "activity" or "none"
    active: Mapped[bool] = mapped_column(default=True)
    is_proposal: Mapped[bool] = mapped_column(default=True)  # a shipped default nobody has confirmed yet
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class DutyName(StrEnum):
    ORGANISER = "penyelenggara"  # announces activities of their agency and marks attendance
    VERIFIER = "verifikator"  # a BKPSDM operator who verifies JP claims


class Duty(db.Model):
    """A duty an admin gives a member on top of their role."""

    __tablename__ = "duties"
    __table_args__ = (UniqueConstraint("user_id", "duty", name="uq_duties_user_duty"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    duty: Mapped[str] = mapped_column(String(24))
    granted_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class ReviewStatus(StrEnum):
    """An activity recorded after the fact waits for a JP verifier's confirmation before its JP count."""

    PENDING = "menunggu"
    CONFIRMED = "dikonfirmasi"
    REJECTED = "ditolak"
