"""0029_activity_checkin: attendance recorded before it gets certificate numbers, per year of the activity."""
from __future__ import annotations

from datetime import datetime

import flask_migrate
from sqlalchemy import insert, select, text

from app.accounts.models import Agency, User
from app.core.timeutil import utcnow
from app.extensions import db
from app.pembinaan.models import Registration
from tests.core.test_migrations import empty_database_url, fresh_app  # noqa: F401 - fixtures


def test_earlier_attendance_is_numbered_by_the_year_of_its_activity(fresh_app):  # noqa: F811
    flask_migrate.upgrade(revision="0025_tanya_opd")
    now = utcnow()
    # Named columns, not the models: they carry columns of later migrations (agencies.headcount, 0026).
    db.session.execute(insert(Agency.__table__).values(
        code="bkpsdm", name="Badan Kepegawaian", short_name="BKPSDM", active=True))
    agency = db.session.execute(select(Agency.id).where(Agency.code == "bkpsdm")).one()
    users = User.__table__
    people = [db.session.execute(insert(users).values(
        name=f"Peserta {n}", email=f"p{n}@medan.go.id", handle=f"peserta.{n}", password_hash="!x", role="member",
        agency_id=agency.id, email_confirmed_at=now).returning(users.c.id)).one() for n in range(3)]
    # 31 Dec 2025 20.00 WIB is 13.00 UTC: an activity of 2025; the next one is of 2026.
    for number, start in enumerate((datetime(2025, 12, 31, 13), datetime(2026, 1, 5, 2)), start=1):
        db.session.execute(text(
            "INSERT INTO activities (id, title, slug, kind, agency_id, description_md, description_html, starts_at, "
            "ends_at, jp, status, registered_count, attended_count, created_by_id, created_at, updated_at) VALUES "
            "(:id, 'Kegiatan', 'kegiatan', 'seminar', :agency, 'x', 'x', :start, :start, 2, 'scheduled', 0, 0, "
            ":creator, :start, :start)"), {"id": number, "agency": agency.id, "start": start, "creator": people[0].id})
    rows = [(1, people[0].id, "attended"), (2, people[1].id, "attended"), (2, people[2].id, "registered"),
            (2, people[0].id, "attended")]
    for activity_id, user_id, status in rows:
        db.session.execute(text("INSERT INTO activity_registrations (activity_id, user_id, status, created_at, "
                                "updated_at) VALUES (:a, :u, :s, :t, :t)"),
                           {"a": activity_id, "u": user_id, "s": status, "t": now})
    db.session.commit()
    db.session.close()

    flask_migrate.upgrade()

    numbers = db.session.execute(select(Registration.activity_id, Registration.status,
                                        Registration.certificate_number).order_by(Registration.id)).all()
    assert [n for _a, _s, n in numbers] == ["SH-2025-000001", "SH-2026-000001", None, "SH-2026-000002"]
