"""Issue 21 item 4: activities recorded after the fact (a verifier confirms before their JP counts), self
check-in from the QR code during the activity, and numbered, verifiable attendance certificates."""
import csv
import io
from datetime import timedelta

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from app.core.timeutil import to_wib, utcnow, wib_year
from app.extensions import db
from app.pembinaan.checkin import checkin_token
from app.pembinaan.models import Activity, ActivityStatus, JpRecord, Registration


def text(response) -> str:
    return response.get_data(as_text=True)


def local(moment) -> str:
    return to_wib(moment).strftime("%Y-%m-%dT%H:%M")


def past_form(days_back: float, hours: int = 3) -> dict:
    start = utcnow() - timedelta(days=days_back)
    return {"title": "Sosialisasi Manajemen Talenta", "kind": "seminar", "partner": "",
            "description": "Sosialisasi manajemen talenta ASN bagi pengelola kepegawaian OPD.",
            "starts_at": local(start), "ends_at": local(start + timedelta(hours=hours)), "place": "Aula Setda",
            "link": "", "capacity": "", "jp": "3", "tags": "", "articles": ""}


def rows(model, **where):
    db.session.expire_all()
    return list(db.session.execute(select(model).filter_by(**where)).scalars())


@pytest.mark.parametrize(("days_back", "hours", "message"), [
    (91, 3, "sampai 90 hari ke belakang"),
    (-1, 3, "tidak boleh bertanggal di masa depan"),
    (0.05, 3, "belum selesai"),
])
def test_a_past_activity_outside_90_days_or_not_yet_over_is_refused(login_as, organiser, days_back, hours, message):
    response = login_as(organiser).post("/activities/past/new", past_form(days_back, hours))
    assert response.status_code == 422 and message in text(response)
    assert rows(Activity) == []


def test_a_past_activity_counts_only_after_the_verifier_confirms(login_as, organiser, verifier, member, make_user):
    as_organiser = login_as(organiser)
    response = as_organiser.post("/activities/past/new", past_form(30))
    assert response.status_code == 303
    [activity] = rows(Activity)
    assert activity.review_status == "menunggu"
    assert "menunggu konfirmasi verifikator" in text(as_organiser.get(activity.url()))
    response = as_organiser.post(f"/activities/{activity.id}/attendees", {"attendees": f"{member.email}\n"})
    assert response.status_code == 303
    assert [r.status for r in rows(Registration)] == ["attended"] and rows(JpRecord) == []
    assert login_as(member).get(f"/activities/{activity.id}/certificate.pdf").status_code == 404
    # Only a verifier confirms; the organiser is not one.
    assert as_organiser.post(f"/activities/{activity.id}/confirm").status_code == 403
    as_verifier = login_as(verifier)
    assert activity.title in text(as_verifier.get("/activities/confirmations"))
    assert 'href="/activities/confirmations" data-activity-confirmations' in text(as_verifier.get("/jp/verifikasi"))
    response = as_verifier.post(f"/activities/{activity.id}/reject", {"reason": " "})
    assert response.status_code == 400 and "alasan penolakan" in text(response)
    assert as_verifier.post(f"/activities/{activity.id}/confirm").status_code == 303
    [line] = rows(JpRecord)
    assert (line.user_id, line.jp, line.status, line.verifier_id) == (member.id, 3, "diverifikasi", verifier.id)
    assert rows(Registration)[0].certificate_number.startswith(f"SH-{wib_year(activity.starts_at)}-")
    late = make_user(name="Datang Belakangan")  # after the confirmation, no name gets JP the verifier never saw
    assert as_organiser.post(f"/activities/{activity.id}/attendees", {"attendees": late.email}).status_code == 409
    assert len(rows(JpRecord)) == 1


def test_a_rejected_past_activity_gives_no_jp(login_as, organiser, verifier, member):
    as_organiser = login_as(organiser)
    as_organiser.post("/activities/past/new", past_form(5))
    [activity] = rows(Activity)
    as_organiser.post(f"/activities/{activity.id}/attendees", {"attendees": member.email})
    login_as(verifier).post(f"/activities/{activity.id}/reject", {"reason": "Tidak ada daftar hadir bertanda tangan"})
    assert rows(Activity)[0].review_status == "ditolak" and rows(JpRecord) == []
    assert "Tidak ada daftar hadir bertanda tangan" in text(as_organiser.get(activity.url()))


def test_names_are_added_only_while_the_verifier_has_not_decided(login_as, organiser, verifier, member,
                                                                 make_activity):
    """Neither an announced activity nor a confirmed one takes a free list of names: JP nobody verified."""
    as_organiser = login_as(organiser)
    announced = make_activity(organiser, days_ahead=-200, hours=3, jp=10)
    response = as_organiser.post(f"/activities/{announced.id}/attendees", {"attendees": member.email})
    assert response.status_code == 409 and "menunggu konfirmasi verifikator" in text(response)
    as_organiser.post("/activities/past/new", past_form(5))
    [past] = [activity for activity in rows(Activity) if activity.id != announced.id]
    as_organiser.post(f"/activities/{past.id}/attendees", {"attendees": f"{member.email}\n{verifier.email}"})
    # The verifier sat in the room: another verifier confirms (as with claims, nobody verifies their own JP).
    response = login_as(verifier).post(f"/activities/{past.id}/confirm")
    assert response.status_code == 403 and rows(JpRecord) == []
    assert rows(Activity, id=past.id)[0].review_status == "menunggu"
    as_organiser.post(f"/activities/{past.id}/attendees", {"attendees": member.email})
    assert rows(JpRecord) == []


@pytest.fixture
def under_way(make_activity, organiser):
    """Started an hour ago, ends in two hours."""
    return make_activity(organiser, days_ahead=-1 / 24, hours=3, jp=5)


def test_self_checkin_during_the_activity(login_as, client, organiser, member, under_way):
    as_organiser = login_as(organiser)
    page = text(as_organiser.get(under_way.url()))
    link = f"/activities/{under_way.id}/checkin/{checkin_token(under_way)}"
    assert '<svg' in page and link in page
    assert "<svg" not in text(login_as(member).get(under_way.url()))  # the QR code is the organiser's
    as_member = login_as(member)
    confirm_page = as_member.get(link)
    assert confirm_page.status_code == 200 and "Saya hadir" in text(confirm_page)
    assert rows(Registration) == []  # opening the link changes nothing
    response = as_member.post(link, follow_redirects=True)
    assert "Check-in berhasil" in text(response)
    again = as_member.post(link, follow_redirects=True)
    assert "Anda sudah tercatat hadir" in text(again)
    [registration] = rows(Registration)
    assert registration.checked_in_at is not None and registration.status == "registered"
    listing = text(as_organiser.get(under_way.url()))
    assert "check-in mandiri" in listing and member.name in listing
    # Signed out: sign in first, then back to the link.
    response = client.get(link)
    assert response.status_code == 302 and "/auth/login" in response.headers["Location"]


def test_checkin_refuses_a_wrong_token_another_time_or_a_cancelled_activity(login_as, organiser, member,
                                                                            under_way, make_activity):
    as_member = login_as(member)
    wrong = as_member.post(f"/activities/{under_way.id}/checkin/bukan-token")
    assert wrong.status_code == 404 and "Tautan check-in ini tidak valid" in text(wrong)
    later = make_activity(organiser, days_ahead=1)
    early = as_member.post(f"/activities/{later.id}/checkin/{checkin_token(later)}")
    assert early.status_code == 409 and "Check-in belum dibuka" in text(early)
    over = make_activity(organiser, days_ahead=-2)
    assert "check-in ditutup" in text(as_member.get(f"/activities/{over.id}/checkin/{checkin_token(over)}"))
    later.status = ActivityStatus.CANCELLED.value
    db.session.commit()
    soon = as_member.post(f"/activities/{later.id}/checkin/{checkin_token(later)}")
    assert soon.status_code == 409 and "dibatalkan" in text(soon)
    assert rows(Registration) == []


def test_confirmed_checkin_gives_jp_and_a_verifiable_certificate(login_as, organiser, member, make_user, under_way):
    link = f"/activities/{under_way.id}/checkin/{checkin_token(under_way)}"
    as_member = login_as(member)
    as_member.post(link)
    as_organiser = login_as(organiser)
    assert as_organiser.post(f"/activities/{under_way.id}/checkins/confirm").status_code == 303
    [registration] = rows(Registration)
    [line] = rows(JpRecord)
    assert registration.status == "attended" and (line.user_id, line.jp, line.status) == (member.id, 5, "diverifikasi")
    number = registration.certificate_number
    assert number == f"SH-{wib_year(under_way.starts_at)}-000001"
    assert f'data-attendance-certificate="{under_way.id}"' in text(as_member.get("/jp/"))
    siasn = list(csv.reader(io.StringIO(as_member.get("/jp/export.csv").get_data(as_text=True))))
    assert siasn[1][2:4] == [member.nip or "", under_way.title] and siasn[1][-1] == number  # SIASN's last column
    assert siasn[1][8:10] == ["3,75", "5"]  # teaching hours: 5 JP of 45 minutes, whatever the clock says
    pdf = as_member.get(f"/activities/{under_way.id}/certificate.pdf")
    assert pdf.status_code == 200 and pdf.mimetype == "application/pdf"
    content = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf.data)).pages)
    assert member.name in content and under_way.title in content and number in content
    other = login_as(make_user(name="Orang Lain"))
    assert other.get(f"/activities/{under_way.id}/certificate.pdf").status_code == 404
    verified = other.get(f"/activities/certificates/{number}/verify.json")
    assert verified.status_code == 200 and verified.json["valid"] is True
    assert (verified.json["attendee"], verified.json["activity"], verified.json["jp"]) == (
        member.name, under_way.title, 5)
    assert member.name in text(other.get(f"/activities/certificates/{number}"))
    unknown = other.get("/activities/certificates/SH-2026-999999/verify.json")
    assert unknown.status_code == 404 and unknown.json["valid"] is False
