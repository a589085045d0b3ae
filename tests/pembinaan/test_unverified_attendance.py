"""Attendance of a member not yet verified as ASN is not verified JP at once: the line waits in the JP queue, and
a verifier verifies it only after the member's agency approved the account."""
from sqlalchemy import select

from app.extensions import db
from app.pembinaan.models import JpRecord, Registration


def line_of(activity, user) -> JpRecord | None:
    db.session.expire_all()
    return db.session.execute(select(JpRecord).where(JpRecord.activity_id == activity.id,
                                                     JpRecord.user_id == user.id)).scalar_one_or_none()


def attended(login_as, organiser, make_activity, *people):
    activity = make_activity(organiser, days_ahead=-1, hours=30, jp=6)
    for person in people:
        db.session.add(Registration(activity_id=activity.id, user_id=person.id))
    db.session.commit()
    response = login_as(organiser).post(f"/activities/{activity.id}/attendance",
                                        {"attended": [str(p.id) for p in people]})
    assert response.status_code == 303
    return activity


def test_an_unverified_members_attendance_waits_for_a_verifier(login_as, organiser, verifier, admin, make_user,
                                                               make_activity):
    newbie = make_user(name="Nia Belum Diverifikasi", verified_at=None)
    asn = make_user(name="Rudi Terverifikasi")
    activity = attended(login_as, organiser, make_activity, newbie, asn)
    assert (line_of(activity, asn).status, line_of(activity, asn).verifier_id) == ("diverifikasi", organiser.id)
    waiting = line_of(activity, newbie)
    assert (waiting.status, waiting.verifier_id, waiting.jp) == ("diajukan", None, 6)

    # Her record shows it as submitted, not verified; the queue lists it and refuses to verify it yet.
    own = login_as(newbie).get("/jp/").get_data(as_text=True)
    assert 'data-jp-status="diajukan"' in own and 'data-jp-status="diverifikasi"' not in own
    as_verifier = login_as(verifier)
    queue = as_verifier.get("/jp/verifikasi").get_data(as_text=True)
    assert f'data-jp-claim="{waiting.id}"' in queue and "Kehadiran kegiatan" in queue
    assert 'data-unverified="true"' in queue and "Rudi Terverifikasi" not in queue
    assert as_verifier.post(f"/jp/{waiting.id}/verify").status_code == 409
    assert line_of(activity, newbie).status == "diajukan"

    # Once her agency approves the account, the verifier verifies the line.
    assert login_as(admin).post(f"/admin/approvals/{newbie.id}/approve").status_code == 303
    assert as_verifier.post(f"/jp/{waiting.id}/verify").status_code == 303
    assert (line_of(activity, newbie).status, line_of(activity, newbie).verifier_id) == ("diverifikasi", verifier.id)


def test_a_waiting_attendance_line_can_be_refused_and_unticking_takes_it_back(login_as, organiser, verifier,
                                                                             make_user, make_activity):
    newbie = make_user(name="Nia Belum Diverifikasi", verified_at=None)
    activity = attended(login_as, organiser, make_activity, newbie)
    line = line_of(activity, newbie)
    response = login_as(verifier).post(f"/jp/{line.id}/reject", {"reason": "Akun bukan ASN Pemko Medan"})
    assert response.status_code == 303 and line_of(activity, newbie).status == "ditolak"
    login_as(organiser).post(f"/activities/{activity.id}/attendance", {})
    assert line_of(activity, newbie) is None
