"""Activities: announce and edit (organisers of their agency; leaders and admins anywhere), the rules on
what an organiser types, cancelling an activity, the list and the activity page."""
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from app.accounts.models import Agency
from app.core.roles import Role
from app.core.timeutil import to_wib, utcnow
from app.extensions import db
from app.pembinaan.models import Activity, DutyName, JpRecord, Registration, activity_posts


def text(response) -> str:
    return response.get_data(as_text=True)


def local(days: int, hour: int) -> str:
    """A WIB wall-clock time `days` from today, as a datetime-local input sends it."""
    day = to_wib(utcnow()).date() + timedelta(days=days)
    return f"{day.isoformat()}T{hour:02d}:00"


def form(**overrides) -> dict:
    data = {"title": "Lokakarya Penulisan Praktik Baik", "kind": "workshop", "partner": "Universitas Sumatera Utara",
            "description": "Belajar menulis praktik baik yang dapat ditiru instansi lain, dengan contoh nyata.",
            "starts_at": local(10, 9), "ends_at": local(10, 12), "place": "Aula BKPSDM", "link": "",
            "capacity": "30", "jp": "4", "tags": "arsip", "articles": ""}
    data.update(overrides)
    return data


def activities() -> list[Activity]:
    db.session.expire_all()
    return list(db.session.execute(select(Activity).order_by(Activity.id)).scalars())


def agency_id(code: str) -> int:
    return db.session.execute(select(Agency.id).where(Agency.code == code)).scalar_one()


@pytest.fixture
def other_organiser(make_user, grant_duty):
    """An organiser of Diskominfo: not of BKPSDM's activities."""
    return grant_duty(make_user(name="Dodi Diskominfo", agency_code="diskominfo"), DutyName.ORGANISER)


def test_an_organiser_announces_a_workshop_of_their_agency(login_as, organiser):
    response = login_as(organiser).post("/activities/new", form())
    assert response.status_code == 303
    [activity] = activities()
    assert response.headers["Location"].endswith(f"/activities/{activity.id}/lokakarya-penulisan-praktik-baik")
    assert activity.agency_id == organiser.agency_id and activity.kind == "workshop" and activity.jp == 4
    assert activity.partner == "Universitas Sumatera Utara" and activity.capacity == 30
    # 09.00 WIB is stored as 02.00 UTC.
    assert (activity.starts_at.hour, activity.ends_at.hour) == (2, 5)
    assert "<p>" in activity.description_html
    page = text(login_as(organiser).get(activity.url()))
    for expected in ("Lokakarya Penulisan Praktik Baik", "Universitas Sumatera Utara", "09.00\u201312.00 WIB",
                     'data-jp="4"', "Aula BKPSDM", "sisa 30 dari 30 kursi", "Tambahkan ke kalender",
                     f"/activities/{activity.id}.ics", "arsip", "Lokakarya"):
        assert expected in page, expected


def test_the_number_alone_redirects_to_the_address_with_the_slug(client, organiser, make_activity):
    activity = make_activity(organiser)
    response = client.get(f"/activities/{activity.id}")
    assert response.status_code == 301 and response.headers["Location"].endswith(f"/activities/{activity.id}/lokakarya")
    assert client.get(f"/activities/{activity.id}/salah").status_code == 301
    assert client.get("/activities/999999").status_code == 404


def test_members_may_not_announce_or_edit(login_as, member, organiser, make_activity):
    activity = make_activity(organiser)
    as_member = login_as(member)
    assert as_member.get("/activities/new").status_code == 403
    assert as_member.post("/activities/new", form()).status_code == 403
    assert as_member.get(f"/activities/{activity.id}/edit").status_code == 403
    assert as_member.post(f"/activities/{activity.id}/edit", form()).status_code == 403
    assert as_member.post(f"/activities/{activity.id}/cancel-activity").status_code == 403
    assert len(activities()) == 1 and "Tambahkan ke kalender" in text(as_member.get(activity.url()))
    assert "Umumkan kegiatan" not in text(as_member.get("/activities/"))


def test_visitors_are_sent_to_sign_in(client, organiser, make_activity):
    activity = make_activity(organiser)
    for url in ("/activities/new", f"/activities/{activity.id}/edit", f"/activities/{activity.id}/registrants.csv"):
        response = client.get(url)
        assert response.status_code == 302 and "/auth/login" in response.headers["Location"], url
    for action in ("register", "cancel", "attendance", "cancel-activity"):
        response = client.post(f"/activities/{activity.id}/{action}")
        assert response.status_code == 302 and "/auth/login" in response.headers["Location"], action


def test_an_organiser_of_another_agency_may_not_touch_the_activity(login_as, organiser, other_organiser,
                                                                    make_activity):
    activity = make_activity(organiser)
    other = login_as(other_organiser)
    assert other.get("/activities/new").status_code == 200  # their own agency's activities they may announce
    assert other.get(f"/activities/{activity.id}/edit").status_code == 403
    assert other.post(f"/activities/{activity.id}/edit", form(title="Diambil alih instansi lain")).status_code == 403
    assert other.post(f"/activities/{activity.id}/cancel-activity").status_code == 403
    assert other.post(f"/activities/{activity.id}/attendance", {"attended": []}).status_code == 403
    assert other.get(f"/activities/{activity.id}/registrants.csv").status_code == 403
    assert "Untuk penyelenggara" not in text(other.get(activity.url()))
    assert activities()[0].title == "Lokakarya Arsip Digital" and activities()[0].status == "scheduled"


def test_an_organiser_announces_only_for_their_own_agency(login_as, other_organiser):
    response = login_as(other_organiser).post("/activities/new", form(agency="bkpsdm"))
    assert response.status_code == 303  # the agency field is not theirs to choose: their own is used
    assert activities()[0].agency_id == agency_id("diskominfo")
    assert 'name="agency"' not in text(login_as(other_organiser).get("/activities/new"))


@pytest.mark.parametrize("role", [Role.LEADER, Role.ADMIN])
def test_leaders_and_admins_announce_for_any_agency(login_as, make_user, role):
    person = make_user(role, agency_code="setda")
    as_person = login_as(person)
    assert 'name="agency"' in text(as_person.get("/activities/new"))
    assert as_person.post("/activities/new", form(agency="dinkes")).status_code == 303
    assert activities()[0].agency_id == agency_id("dinkes")
    response = as_person.post("/activities/new", form(agency="tidak-ada"))
    assert response.status_code == 422 and "Instansi penyelenggara tidak dikenal" in text(response)


BAD_INPUT = [
    ({"ends_at": local(10, 8)}, "Waktu selesai harus sesudah waktu mulai"),
    ({"ends_at": local(10, 9)}, "Waktu selesai harus sesudah waktu mulai"),
    ({"starts_at": local(-1, 9), "ends_at": local(-1, 12)}, "Waktu mulai sudah lewat"),
    ({"starts_at": ""}, "Waktu mulai wajib diisi"),
    ({"ends_at": ""}, "Waktu selesai wajib diisi"),
    ({"starts_at": "besok pagi"}, "Tanggal dan jam tidak valid"),
    ({"starts_at": "2026-13-45T09:00"}, "Tanggal dan jam tidak valid"),
    ({"jp": "0"}, "Nilai JP harus bilangan bulat antara 1 dan 40"),
    ({"jp": "41"}, "Nilai JP harus bilangan bulat antara 1 dan 40"),
    ({"jp": "-3"}, "Nilai JP harus bilangan bulat antara 1 dan 40"),
    ({"jp": ""}, "Nilai JP harus bilangan bulat antara 1 dan 40"),
    ({"jp": "empat"}, "Isi dengan bilangan bulat"),
    ({"jp": "2.5"}, "Isi dengan bilangan bulat"),
    ({"capacity": "0"}, "Kapasitas harus antara 1 dan 10.000"),
    ({"capacity": "10001"}, "Kapasitas harus antara 1 dan 10.000"),
    ({"capacity": "99999999999999"}, "Isi dengan bilangan bulat"),
    ({"link": "javascript:alert(1)"}, "Tautan harus alamat web lengkap"),
    ({"link": "ftp://arsip.medan.go.id/zoom"}, "Tautan harus alamat web lengkap"),
    ({"link": "zoom.us/j/123"}, "Tautan harus alamat web lengkap"),
    ({"link": "https://zoom.us/j/1 23"}, "Tautan harus alamat web lengkap"),
    ({"place": "", "link": ""}, "Isi tempat atau tautan kegiatan daring"),
    ({"kind": "piknik"}, "Jenis kegiatan tidak dikenal"),
    ({"kind": ""}, "Jenis kegiatan tidak dikenal"),
    ({"title": "Ab"}, "Judul kegiatan wajib diisi"),
    ({"title": "x" * 201}, "Judul kegiatan wajib diisi"),
    ({"description": "Singkat."}, "Deskripsi wajib diisi, minimal 20 karakter"),
    ({"partner": "U" * 201}, "Nama mitra paling banyak 200 karakter"),
    ({"tags": "arsip, a"}, "tidak valid"),
    ({"articles": "999999"}, "Praktik baik 999999 tidak ditemukan atau belum terbit"),
    ({"articles": "https://contoh.example/articles/1"}, "bukan tautan situs ini"),
    ({"articles": "/questions/1"}, "bukan tautan praktik baik. Ketik judulnya lalu pilih dari daftar"),
]


@pytest.mark.parametrize(("fields", "message"), BAD_INPUT)
def test_bad_input_gets_a_clear_message_and_changes_nothing(login_as, organiser, fields, message):
    response = login_as(organiser).post("/activities/new", form(**fields))
    assert response.status_code == 422, fields
    assert message in text(response)
    assert activities() == []


def test_an_online_activity_needs_only_a_link(login_as, organiser):
    response = login_as(organiser).post("/activities/new", form(kind="pelatihan_daring", place="", capacity="",
                                                                 link="https://zoom.us/j/123456"))
    assert response.status_code == 303
    activity = activities()[0]
    assert activity.place is None and activity.link == "https://zoom.us/j/123456" and activity.capacity is None
    page = text(login_as(organiser).get(activity.url()))
    assert 'href="https://zoom.us/j/123456"' in page and "tanpa batas kuota" in page and "Pelatihan daring" in page


def test_related_articles_by_number_or_address(login_as, organiser, member, make_article):
    first = make_article(member, title="Digitalisasi arsip surat masuk")
    second = make_article(member, title="Layanan antrean daring puskesmas")
    draft = make_article(member, title="Draf yang belum terbit", publish=False)
    as_organiser = login_as(organiser)
    response = as_organiser.post("/activities/new", form(articles=f"{first.id}, http://localhost/articles/{second.id}/x"))
    assert response.status_code == 303
    activity = activities()[0]
    linked = set(db.session.execute(select(activity_posts.c.post_id)).scalars())
    assert linked == {first.id, second.id}
    page = text(as_organiser.get(activity.url()))
    assert "Digitalisasi arsip surat masuk" in page and "Layanan antrean daring puskesmas" in page
    response = as_organiser.post("/activities/new", form(articles=str(draft.id)))
    assert response.status_code == 422 and "tidak ditemukan atau belum terbit" in text(response)


def test_editing_after_attendance_renames_the_jp_lines_but_keeps_their_value(login_as, organiser, member,
                                                                             make_activity):
    activity = make_activity(organiser, days_ahead=-1, hours=30)  # under way: attendance can be marked
    db.session.add(Registration(activity_id=activity.id, user_id=member.id))
    activity.registered_count = 1
    db.session.commit()
    as_organiser = login_as(organiser)
    assert as_organiser.post(f"/activities/{activity.id}/attendance", {"attended": [str(member.id)]}).status_code == 303
    page = text(as_organiser.get(f"/activities/{activity.id}/edit"))
    assert "Lokakarya Arsip Digital" in page and 'type="datetime-local"' in page
    starts = to_wib(activity.starts_at).strftime("%Y-%m-%dT%H:%M")
    ends = to_wib(activity.ends_at).strftime("%Y-%m-%dT%H:%M")
    # The start lies in the past, but unchanged it is accepted.
    response = as_organiser.post(f"/activities/{activity.id}/edit", form(
        title="Lokakarya Arsip Digital Lanjutan", starts_at=starts, ends_at=ends, jp="4", capacity=""))
    assert response.status_code == 303, text(response)
    assert activities()[0].title == "Lokakarya Arsip Digital Lanjutan"
    line = db.session.execute(select(JpRecord).where(JpRecord.user_id == member.id)).scalar_one()
    assert (line.jp, line.title) == (4, "Lokakarya Arsip Digital Lanjutan")
    # Attendance is verified JP: its value and date no longer change with the activity.
    refused = as_organiser.post(f"/activities/{activity.id}/edit", form(starts_at=starts, ends_at=ends, jp="40",
                                                                       capacity=""))
    assert refused.status_code == 422 and "tidak dapat diubah lagi" in text(refused)
    assert db.session.execute(select(JpRecord.jp).where(JpRecord.user_id == member.id)).scalar_one() == 4
    response = as_organiser.post(f"/activities/{activity.id}/edit", form(starts_at=local(-2, 9), ends_at=ends))
    assert response.status_code == 422 and "Waktu mulai sudah lewat" in text(response)


def test_capacity_may_not_fall_below_the_registrations(login_as, organiser, member, make_activity):
    activity = make_activity(organiser, capacity=10)
    login_as(member).post(f"/activities/{activity.id}/register")
    login_as(organiser).post(f"/activities/{activity.id}/register")
    response = login_as(organiser).post(f"/activities/{activity.id}/edit", form(capacity="1"))
    assert response.status_code == 422 and "tidak boleh kurang dari jumlah peserta yang sudah terdaftar (2)" in \
        text(response)
    assert login_as(organiser).post(f"/activities/{activity.id}/edit", form(capacity="2")).status_code == 303


def test_an_organiser_calls_an_activity_off(login_as, organiser, member, make_activity):
    activity = make_activity(organiser)
    as_organiser = login_as(organiser)
    response = as_organiser.post(f"/activities/{activity.id}/cancel-activity")
    assert response.status_code == 303 and activities()[0].status == "cancelled"
    assert as_organiser.post(f"/activities/{activity.id}/cancel-activity").status_code == 303  # already: unchanged
    page = text(login_as(member).get(activity.url()))
    assert "Dibatalkan" in page and "dibatalkan oleh penyelenggara" in page
    assert 'data-activity-status="cancelled"' in page and f'action="/activities/{activity.id}/register"' not in page
    assert "Dibatalkan" in text(login_as(member).get("/activities/"))


def test_a_finished_or_attended_activity_cannot_be_called_off(login_as, organiser, make_activity):
    finished = make_activity(organiser, days_ahead=-3)
    response = login_as(organiser).post(f"/activities/{finished.id}/cancel-activity")
    assert response.status_code == 409 and "sudah selesai tidak dapat dibatalkan" in text(response)


def test_the_list_shows_upcoming_soonest_first_and_past_newest_first(client, organiser, make_activity,
                                                                      other_organiser):
    make_activity(organiser, title="Seminar Pekan Depan", kind="seminar", days_ahead=7)
    make_activity(organiser, title="Lokakarya Besok", days_ahead=1)
    make_activity(other_organiser, title="Mentoring Bulan Depan", kind="mentoring", days_ahead=30)
    make_activity(organiser, title="Sesi Kemarin", kind="sesi_berbagi", days_ahead=-1)
    make_activity(organiser, title="Sesi Bulan Lalu", kind="sesi_berbagi", days_ahead=-30)
    page = text(client.get("/activities/"))
    upcoming, past = page.split("Sudah berlalu", 1)
    assert upcoming.index("Lokakarya Besok") < upcoming.index("Seminar Pekan Depan") < \
        upcoming.index("Mentoring Bulan Depan")
    assert past.index("Sesi Kemarin") < past.index("Sesi Bulan Lalu") and "Lokakarya Besok" not in past
    by_kind = text(client.get("/activities/?kind=seminar"))
    assert "Seminar Pekan Depan" in by_kind and "Lokakarya Besok" not in by_kind
    by_agency = text(client.get("/activities/?agency=diskominfo"))
    assert "Mentoring Bulan Depan" in by_agency and "Seminar Pekan Depan" not in by_agency
    older = text(client.get("/activities/?when=lalu"))
    assert "Sesi Kemarin" in older and "Lokakarya Besok" not in older
    assert client.get("/activities/?kind=piknik").status_code == 400
    assert client.get("/activities/?agency=tidak-ada").status_code == 404
    assert client.get("/activities/?view=peta").status_code == 400


def test_get_requests_change_nothing(login_as, organiser, member, make_activity):
    activity = make_activity(organiser, capacity=5)
    before = db.session.execute(select(func.count()).select_from(Registration)).scalar_one()
    as_member = login_as(member)
    for url in ("/activities/", "/activities/?view=kalender", activity.url(), "/activities/calendar.ics",
                f"/activities/{activity.id}.ics"):
        assert as_member.get(url).status_code == 200, url
    for action in ("register", "cancel", "attendance", "cancel-activity"):
        # A GET there is read as an old slug and sent to the activity page.
        assert as_member.get(f"/activities/{activity.id}/{action}").status_code == 301, action
    assert db.session.execute(select(func.count()).select_from(Registration)).scalar_one() == before
    assert activities()[0].registered_count == 0 and activities()[0].status == "scheduled"


def test_posts_without_the_csrf_token_are_refused(login_as, organiser, member, make_activity):
    activity = make_activity(organiser, days_ahead=-1, hours=30)
    assert login_as(organiser).post("/activities/new", form(), csrf=False).status_code == 400
    assert login_as(member).post(f"/activities/{activity.id}/register", csrf=False).status_code == 400
    assert login_as(organiser).post(f"/activities/{activity.id}/attendance", {"attended": []},
                                    csrf=False).status_code == 400
    assert login_as(organiser).post(f"/activities/{activity.id}/cancel-activity", csrf=False).status_code == 400
    assert activities()[0].status == "scheduled" and activities() and len(activities()) == 1
