"""Registering for an activity and cancelling: once per member, before the start, within the capacity, even
when many register at the same moment."""
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from app.core.errors import PermissionDenied
from app.core.timeutil import utcnow
from app.extensions import db
from app.pembinaan import activities as services
from app.pembinaan.models import Activity, Registration


def text(response) -> str:
    return response.get_data(as_text=True)


def fresh(activity) -> Activity:
    db.session.expire_all()
    return db.session.get(Activity, activity.id)


def registrations(activity) -> dict[int, str]:
    db.session.expire_all()
    return dict(db.session.execute(select(Registration.user_id, Registration.status).where(
        Registration.activity_id == activity.id)).all())


def test_a_member_registers_and_sees_it(login_as, member, organiser, make_activity):
    activity = make_activity(organiser, capacity=10)
    as_member = login_as(member)
    response = as_member.post(f"/activities/{activity.id}/register")
    assert response.status_code == 303 and response.headers["Location"].endswith(f"/activities/{activity.id}/lokakarya")
    assert registrations(activity) == {member.id: "registered"} and fresh(activity).registered_count == 1
    page = text(as_member.get(activity.url()))
    assert 'data-registration-status="registered"' in page and "Anda terdaftar pada kegiatan ini." in page
    assert "Batalkan pendaftaran" in page and 'data-seats-left="9"' in page


def test_registering_twice_is_refused_with_a_message(login_as, member, organiser, make_activity):
    activity = make_activity(organiser)
    as_member = login_as(member)
    as_member.post(f"/activities/{activity.id}/register")
    response = as_member.post(f"/activities/{activity.id}/register")
    assert response.status_code == 409 and "Anda sudah terdaftar pada kegiatan ini." in text(response)
    assert fresh(activity).registered_count == 1 and len(registrations(activity)) == 1


@pytest.mark.parametrize(("days_ahead", "hours"), [(-3, 3), (-1, 30)])
def test_past_or_started_activities_take_no_registrations(login_as, member, organiser, make_activity,
                                                          days_ahead, hours):
    activity = make_activity(organiser, days_ahead=days_ahead, hours=hours)
    response = login_as(member).post(f"/activities/{activity.id}/register")
    assert response.status_code == 409 and "pendaftaran ditutup" in text(response)
    assert registrations(activity) == {}
    assert f'action="/activities/{activity.id}/register"' not in text(login_as(member).get(activity.url()))


def test_a_full_activity_takes_no_more(login_as, make_user, organiser, make_activity):
    activity = make_activity(organiser, capacity=1)
    first, second = make_user(name="Ani Pertama"), make_user(name="Budi Kedua")
    assert login_as(first).post(f"/activities/{activity.id}/register").status_code == 303
    response = login_as(second).post(f"/activities/{activity.id}/register")
    assert response.status_code == 409 and "Kuota kegiatan ini sudah penuh." in text(response)
    assert "kuota penuh" in text(login_as(second).get(activity.url()))
    # A seat given back can be taken.
    assert login_as(first).post(f"/activities/{activity.id}/cancel").status_code == 303
    assert login_as(second).post(f"/activities/{activity.id}/register").status_code == 303
    assert registrations(activity) == {first.id: "cancelled", second.id: "registered"}
    assert fresh(activity).registered_count == 1


def test_a_cancelled_activity_takes_no_registrations(login_as, member, organiser, make_activity):
    activity = make_activity(organiser, status="cancelled")
    response = login_as(member).post(f"/activities/{activity.id}/register")
    assert response.status_code == 409 and "Kegiatan ini dibatalkan" in text(response)
    assert registrations(activity) == {}


def test_cancel_then_register_again(login_as, member, organiser, make_activity):
    activity = make_activity(organiser, capacity=3)
    as_member = login_as(member)
    as_member.post(f"/activities/{activity.id}/register")
    response = as_member.post(f"/activities/{activity.id}/cancel")
    assert response.status_code == 303 and registrations(activity) == {member.id: "cancelled"}
    assert fresh(activity).registered_count == 0
    page = text(as_member.get(activity.url()))
    assert 'data-registration-status="cancelled"' in page and "dapat mendaftar lagi" in page
    assert as_member.post(f"/activities/{activity.id}/register").status_code == 303
    assert registrations(activity) == {member.id: "registered"} and fresh(activity).registered_count == 1


def test_cancelling_without_a_registration_says_so(login_as, member, organiser, make_activity):
    activity = make_activity(organiser)
    response = login_as(member).post(f"/activities/{activity.id}/cancel", follow_redirects=True)
    assert response.status_code == 200 and "Anda tidak terdaftar pada kegiatan ini." in text(response)


def test_no_cancelling_after_the_start(login_as, member, organiser, make_activity):
    activity = make_activity(organiser, capacity=3)
    login_as(member).post(f"/activities/{activity.id}/register")
    row = fresh(activity)
    row.starts_at = utcnow() - timedelta(minutes=5)
    db.session.commit()
    response = login_as(member).post(f"/activities/{activity.id}/cancel")
    assert response.status_code == 409 and "Kegiatan sudah dimulai" in text(response)
    assert registrations(activity) == {member.id: "registered"}


def test_a_suspended_member_may_not_register(app, member, organiser, make_activity):
    activity = make_activity(organiser)
    member.suspended_until = utcnow() + timedelta(days=3)
    db.session.commit()
    with pytest.raises(PermissionDenied):
        services.register(activity, member)


def test_an_unknown_activity_is_404(login_as, member):
    assert login_as(member).post("/activities/424242/register").status_code == 404


def test_twenty_members_at_once_for_five_seats(app, login_as, make_user, organiser, make_activity):
    activity = make_activity(organiser, capacity=5)
    activity_id = activity.id
    clients = [login_as(make_user(name=f"Peserta Serentak {n}")) for n in range(20)]
    db.session.commit()

    def register(client):
        return client.post(f"/activities/{activity_id}/register").status_code

    with ThreadPoolExecutor(max_workers=20) as pool:
        codes = sorted(pool.map(register, clients))
    assert codes.count(303) == 5 and codes.count(409) == 15, codes
    db.session.expire_all()
    taken = db.session.execute(select(func.count()).select_from(Registration).where(
        Registration.activity_id == activity_id, Registration.status == "registered")).scalar_one()
    assert taken == 5 and db.session.get(Activity, activity_id).registered_count == 5
