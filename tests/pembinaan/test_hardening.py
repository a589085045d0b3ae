"""What a review of Pembinaan found and fixed: odd numbers and dates, self-recorded attendance, claims by
participants, suspended members in the compliance view, formula-looking names in the registrants file."""
import csv
import io
from datetime import timedelta

import pytest
from sqlalchemy import select

from app.core.timeutil import utcnow
from app.extensions import db
from app.pembinaan import compliance
from app.pembinaan.models import JpRecord, Registration
from tests.pembinaan.test_activities import form


@pytest.mark.parametrize("url", ["/jp/?year=%C2%B2%C2%B2%C2%B2%C2%B2", "/jp/export.csv?year=%C2%B2%C2%B2%C2%B2%C2%B2",
                                 "/jp/cetak?year=%C2%B2%C2%B2%C2%B2%C2%B2"])
def test_odd_years_are_a_400(login_as, member, url):
    assert login_as(member).get(url).status_code == 400


@pytest.mark.parametrize("field", ["article", "activity"])
def test_odd_references_in_claims_are_explained(login_as, member, field):
    conversion = "artikel-praktik-baik" if field == "article" else "narasumber-sesi-berbagi"
    for value in ("\u00b2", "99999999999"):
        response = login_as(member).post("/jp/claims", {"conversion": conversion, field: value, "proof": "bukti"})
        assert response.status_code == 422


def test_odd_attendance_lists_and_dates_are_refused(login_as, organiser, make_activity):
    activity = make_activity(organiser, days_ahead=-1, hours=30)
    client = login_as(organiser)
    assert client.post(f"/activities/{activity.id}/attendance", {"attended": "\u00b2"}).status_code == 400
    for field in ("starts_at", "ends_at"):
        assert client.post("/activities/new", form(**{field: "0001-01-01T03:00"})).status_code == 422
    assert client.post("/activities/new", form(articles="\u00b2")).status_code == 422


def test_nobody_records_their_own_attendance(login_as, organiser, grant_duty, make_user, make_activity):
    from app.pembinaan.models import DutyName

    activity = make_activity(organiser, days_ahead=-1, hours=30, jp=40)
    db.session.add(Registration(activity_id=activity.id, user_id=organiser.id, status="registered"))
    db.session.commit()
    response = login_as(organiser).post(f"/activities/{activity.id}/attendance", {"attended": str(organiser.id)})
    assert response.status_code in (400, 422) and "dicatat oleh penyelenggara lain" in response.get_data(as_text=True)
    assert db.session.execute(select(JpRecord).where(JpRecord.user_id == organiser.id)).first() is None
    colleague = grant_duty(make_user(agency_code="bkpsdm"), DutyName.ORGANISER)
    assert login_as(colleague).post(f"/activities/{activity.id}/attendance",
                                    {"attended": str(organiser.id)}).status_code == 303
    assert db.session.execute(select(JpRecord.status).where(JpRecord.user_id == organiser.id)).scalar_one() \
        == "diverifikasi"


def test_a_member_whose_suspension_ended_counts_again(app, make_user):
    back = make_user(suspended_until=utcnow() - timedelta(days=30))
    away = make_user(suspended_until=utcnow() + timedelta(days=3))
    counted = {p.id for p in compliance.people(compliance.current_year())}
    assert back.id in counted and away.id not in counted


def test_formula_looking_names_stay_text_in_the_registrants_file(login_as, organiser, make_user, make_activity):
    activity = make_activity(organiser)
    login_as(make_user(name=" =HYPERLINK(\"http://contoh.id\")")).post(f"/activities/{activity.id}/register")
    body = login_as(organiser).get(f"/activities/{activity.id}/registrants.csv").get_data(as_text=True)
    rows = list(csv.reader(io.StringIO(body.lstrip("\ufeff"))))
    assert any(cell.startswith("' =HYPERLINK") for row in rows for cell in row)
