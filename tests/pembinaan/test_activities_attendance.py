"""Attendance: organisers of the activity's agency, leaders and admins tick who came after the start; each tick
is a verified JP line, unticking takes it back; the registrants list as CSV."""
import csv
import io

import pytest
from sqlalchemy import select

from app.core.roles import Role
from app.extensions import db
from app.pembinaan.models import Activity, JpRecord, Registration


def text(response) -> str:
    return response.get_data(as_text=True)


def statuses(activity) -> dict[int, str]:
    db.session.expire_all()
    return dict(db.session.execute(select(Registration.user_id, Registration.status).where(
        Registration.activity_id == activity.id)).all())


def jp_lines(activity) -> dict[int, tuple[int, str, int]]:
    db.session.expire_all()
    return {r.user_id: (r.jp, r.status, r.verifier_id) for r in db.session.execute(
        select(JpRecord).where(JpRecord.activity_id == activity.id)).scalars()}


@pytest.fixture
def people(make_user):
    return [make_user(name=name) for name in ("Ani Hadir", "Budi Hadir", "Citra Absen")]


@pytest.fixture
def under_way(make_activity, organiser, people):
    """An activity that started yesterday and runs for 30 hours, with three registrants."""
    activity = make_activity(organiser, days_ahead=-1, hours=30, jp=6, capacity=10)
    for person in people:
        db.session.add(Registration(activity_id=activity.id, user_id=person.id))
    activity.registered_count = len(people)
    db.session.commit()
    return activity


def test_the_organiser_marks_who_came_and_they_get_verified_jp(login_as, organiser, people, under_way):
    ani, budi, citra = people
    as_organiser = login_as(organiser)
    page = text(as_organiser.get(under_way.url()))
    assert page.count('name="attended"') == 3 and "Simpan daftar hadir" in page
    response = as_organiser.post(f"/activities/{under_way.id}/attendance", {"attended": [str(ani.id), str(budi.id)]})
    assert response.status_code == 303
    assert statuses(under_way) == {ani.id: "attended", budi.id: "attended", citra.id: "registered"}
    verified = (6, "diverifikasi", organiser.id)
    assert jp_lines(under_way) == {ani.id: verified, budi.id: verified}
    activity = db.session.get(Activity, under_way.id)
    assert (activity.attended_count, activity.registered_count) == (2, 3)
    assert 'data-registration-status="attended"' in text(login_as(ani).get(under_way.url()))
    # Unticking Budi takes his line back; sending the same list again changes nothing.
    as_organiser.post(f"/activities/{under_way.id}/attendance", {"attended": [str(ani.id)]})
    assert statuses(under_way)[budi.id] == "registered" and set(jp_lines(under_way)) == {ani.id}
    response = as_organiser.post(f"/activities/{under_way.id}/attendance", {"attended": [str(ani.id)]},
                                 follow_redirects=True)
    assert "Daftar hadir tidak berubah." in text(response) and set(jp_lines(under_way)) == {ani.id}
    # An attended member can no longer cancel.
    response = login_as(ani).post(f"/activities/{under_way.id}/cancel")
    assert response.status_code == 409 and "Kehadiran Anda sudah dicatat" in text(response)


def test_attendance_waits_for_the_start(login_as, organiser, member, make_activity):
    activity = make_activity(organiser, days_ahead=2)
    login_as(member).post(f"/activities/{activity.id}/register")
    as_organiser = login_as(organiser)
    assert 'name="attended"' not in text(as_organiser.get(activity.url()))
    response = as_organiser.post(f"/activities/{activity.id}/attendance", {"attended": [str(member.id)]})
    assert response.status_code == 409 and "setelah kegiatan dimulai" in text(response)
    assert statuses(activity) == {member.id: "registered"} and jp_lines(activity) == {}


@pytest.mark.parametrize("role", [Role.LEADER, Role.ADMIN])
def test_leaders_and_admins_may_mark_attendance(login_as, make_user, people, under_way, role):
    person = make_user(role, agency_code="setda")
    response = login_as(person).post(f"/activities/{under_way.id}/attendance", {"attended": [str(people[0].id)]})
    assert response.status_code == 303 and jp_lines(under_way)[people[0].id][2] == person.id


def test_someone_without_the_right_gets_403(login_as, member, people, under_way, make_user, grant_duty):
    from app.pembinaan.models import DutyName

    elsewhere = grant_duty(make_user(name="Penyelenggara Dinkes", agency_code="dinkes"), DutyName.ORGANISER)
    for person in (member, people[0], elsewhere):
        client = login_as(person)
        response = client.post(f"/activities/{under_way.id}/attendance", {"attended": [str(people[0].id)]})
        assert response.status_code == 403
        assert 'name="attended"' not in text(client.get(under_way.url()))
    assert jp_lines(under_way) == {}


def test_bad_attendance_lists(login_as, organiser, member, under_way):
    as_organiser = login_as(organiser)
    response = as_organiser.post(f"/activities/{under_way.id}/attendance", {"attended": ["satu"]})
    assert response.status_code == 400 and "Daftar hadir tidak valid." in text(response)
    response = as_organiser.post(f"/activities/{under_way.id}/attendance", {"attended": [str(member.id)]})
    assert response.status_code == 400 and "tidak terdaftar pada kegiatan ini" in text(response)
    assert jp_lines(under_way) == {}


def test_registrants_as_csv_with_formula_safe_cells(login_as, organiser, make_user, make_activity, member):
    activity = make_activity(organiser)
    sly = make_user(name="=HYPERLINK(\"http://contoh.example\")")
    for person in (member, sly):
        login_as(person).post(f"/activities/{activity.id}/register")
    response = login_as(organiser).get(f"/activities/{activity.id}/registrants.csv")
    assert response.status_code == 200 and response.mimetype == "text/csv"
    assert "attachment" in response.headers["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(text(response).lstrip("\ufeff"))))
    assert rows[0][:2] == ["No", "Nama"] and len(rows) == 3
    names = {row[1] for row in rows[1:]}
    assert "Siti Anggota" in names and "'=HYPERLINK(\"http://contoh.example\")" in names
    assert all(row[6] == "Terdaftar" for row in rows[1:])
    assert login_as(member).get(f"/activities/{activity.id}/registrants.csv").status_code == 403
