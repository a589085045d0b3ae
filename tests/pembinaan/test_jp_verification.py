"""Verifiers (BKPSDM operators) decide claims in a queue: verify, or reject with a reason; never their own."""
from concurrent.futures import ThreadPoolExecutor
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from app.core.roles import Role
from app.core.timeutil import utcnow
from app.extensions import db
from app.pembinaan import records
from app.pembinaan.models import DutyName, JpRecord


def submitted(user, title="Menulis artikel praktik baik yang terbit: Arsip", jp=2, age_minutes=0):
    year = records.current_year()
    record = JpRecord(user_id=user.id, year=year, source="claim", conversion_code="artikel-praktik-baik",
                      title=title, happened_on=date(year, 1, 1), jp=jp, proof="https://contoh.go.id/bukti",
                      status="diajukan", created_at=utcnow() - timedelta(minutes=age_minutes))
    db.session.add(record)
    db.session.commit()
    return record


def reread(record) -> JpRecord:
    db.session.expire_all()
    return db.session.get(JpRecord, record.id)


def test_the_queue_lists_waiting_claims_oldest_first(login_as, verifier, member, make_user):
    other = make_user(name="Budi Pengaju", agency_code="dlh")
    newer = submitted(member, title="Klaim yang baru", age_minutes=1)
    older = submitted(other, title="Klaim yang lama", age_minutes=60)
    decided = submitted(member, title="Klaim yang sudah diputuskan")
    decided.status = "diverifikasi"
    db.session.commit()
    page = login_as(verifier).get("/jp/verifikasi").get_data(as_text=True)
    assert page.index(f'data-jp-claim="{older.id}"') < page.index(f'data-jp-claim="{newer.id}"')
    assert "Klaim yang sudah diputuskan" not in page and 'data-queue-total="2"' in page
    assert "Budi Pengaju" in page and 'href="https://contoh.go.id/bukti" rel="nofollow ugc noopener"' in page


def test_the_queue_is_paginated(login_as, verifier, member):
    for n in range(25):
        submitted(member, title=f"Klaim nomor {n:02d}", age_minutes=100 - n)
    client = login_as(verifier)
    first = client.get("/jp/verifikasi").get_data(as_text=True)
    second = client.get("/jp/verifikasi?page=2").get_data(as_text=True)
    assert "Klaim nomor 00" in first and "Klaim nomor 19" in first and "Klaim nomor 20" not in first
    assert "Klaim nomor 20" in second and "Klaim nomor 24" in second and "Klaim nomor 00" not in second
    assert client.get("/jp/verifikasi?page=x").status_code == 400


def test_verifying_counts_the_jp(login_as, verifier, member):
    claim = submitted(member, jp=4)
    response = login_as(verifier).post(f"/jp/{claim.id}/verify", {"back": "/jp/verifikasi?page=1"})
    assert response.status_code == 303 and response.headers["Location"].endswith("/jp/verifikasi?page=1")
    record = reread(claim)
    assert (record.status, record.verifier_id, record.reason) == ("diverifikasi", verifier.id, None)
    assert record.verified_at is not None
    page = login_as(member).get("/jp/").get_data(as_text=True)
    assert 'data-jp-total="4"' in page and "Vera Verifikator" in page


def test_the_back_address_stays_on_the_queue(login_as, verifier, member):
    claim = submitted(member)
    response = login_as(verifier).post(f"/jp/{claim.id}/verify", {"back": "https://evil.example/"})
    assert response.headers["Location"].endswith("/jp/verifikasi")


def test_rejecting_needs_a_reason_which_the_member_reads(login_as, verifier, member):
    claim = submitted(member)
    client = login_as(verifier)
    empty = client.post(f"/jp/{claim.id}/reject", {"reason": "   "})
    assert empty.status_code == 422 and "Tuliskan alasan penolakan" in empty.get_data(as_text=True)
    assert reread(claim).status == "diajukan"
    too_long = client.post(f"/jp/{claim.id}/reject", {"reason": "x" * 501})
    assert too_long.status_code == 422 and "Alasan paling banyak 500 karakter." in too_long.get_data(as_text=True)
    form = client.get(f"/jp/{claim.id}/reject")
    assert form.status_code == 200 and "Tolak klaim" in form.get_data(as_text=True)
    response = client.post(f"/jp/{claim.id}/reject", {"reason": "Tautan bukti tidak dapat dibuka."})
    assert response.status_code == 303
    record = reread(claim)
    assert (record.status, record.reason, record.verifier_id) == ("ditolak", "Tautan bukti tidak dapat dibuka.",
                                                                   verifier.id)
    page = login_as(member).get("/jp/").get_data(as_text=True)
    assert "Tautan bukti tidak dapat dibuka." in page and 'data-jp-total="0"' in page


def test_a_verifier_cannot_decide_their_own_claim(login_as, verifier):
    own = submitted(verifier)
    client = login_as(verifier)
    for response in (client.post(f"/jp/{own.id}/verify"), client.post(f"/jp/{own.id}/reject", {"reason": "x"}),
                     client.get(f"/jp/{own.id}/reject")):
        assert response.status_code == 403
        assert "Anda tidak dapat memverifikasi atau menolak klaim Anda sendiri." in response.get_data(as_text=True)
    assert reread(own).status == "diajukan"
    assert "Ini klaim Anda sendiri" in client.get("/jp/verifikasi").get_data(as_text=True)


def test_an_admin_verifies_but_not_their_own(login_as, admin, member):
    claim, own = submitted(member), submitted(admin)
    client = login_as(admin)
    assert client.get("/jp/verifikasi").status_code == 200
    assert client.post(f"/jp/{claim.id}/verify").status_code == 303
    assert client.post(f"/jp/{own.id}/verify").status_code == 403


@pytest.mark.parametrize("role", [Role.MEMBER, Role.MODERATOR, Role.LEADER])
def test_only_verifiers_decide(login_as, make_user, member, role, grant_duty):
    claim = submitted(member)
    outsider = grant_duty(make_user(role), DutyName.ORGANISER)  # organising does not make a verifier
    client = login_as(outsider)
    assert client.get("/jp/verifikasi").status_code == 403
    assert client.post(f"/jp/{claim.id}/verify").status_code == 403
    assert client.post(f"/jp/{claim.id}/reject", {"reason": "Tidak."}).status_code == 403
    assert client.get(f"/jp/{claim.id}/reject").status_code == 403
    assert reread(claim).status == "diajukan"
    assert "Antrean verifikasi" not in client.get("/jp/").get_data(as_text=True)


def test_a_suspended_verifier_cannot_decide(login_as, verifier, member):
    claim = submitted(member)
    client = login_as(verifier)
    verifier.suspended_until = utcnow() + timedelta(days=3)
    db.session.commit()
    assert client.post(f"/jp/{claim.id}/verify").status_code in (302, 403)
    assert reread(claim).status == "diajukan"


def test_a_decided_claim_is_not_decided_again(login_as, verifier, admin, member):
    claim = submitted(member)
    assert login_as(verifier).post(f"/jp/{claim.id}/verify").status_code == 303
    client = login_as(admin)
    again = client.post(f"/jp/{claim.id}/verify")
    assert again.status_code == 409 and "sudah diverifikasi sebelumnya" in again.get_data(as_text=True)
    reject = client.post(f"/jp/{claim.id}/reject", {"reason": "Terlambat"})
    assert reject.status_code == 409 and reread(claim).status == "diverifikasi"
    assert client.post(f"/jp/{claim.id}/reject", {"reason": ""}).status_code == 409
    assert client.get(f"/jp/{claim.id}/reject").status_code == 409


def test_unknown_lines_are_not_found_and_a_verified_attendance_cannot_be_decided_again(
        login_as, verifier, member, organiser, make_activity):
    activity = make_activity(organiser, days_ahead=0)
    line = records.record_attendance(activity, member, organiser)
    db.session.commit()
    client = login_as(verifier)
    assert client.post("/jp/999999/verify").status_code == 404
    assert client.post(f"/jp/{line.id}/verify").status_code == 409
    assert client.post(f"/jp/{line.id}/reject", {"reason": "x"}).status_code == 409
    assert (reread(line).status, reread(line).verifier_id) == ("diverifikasi", organiser.id)


def test_two_verifiers_at_once_decide_once(app, login_as, verifier, admin, member):
    from tests.conftest import Client

    claim = submitted(member)
    clients = [login_as(verifier), login_as(admin)]
    cookies = [c.raw.get_cookie("session").value for c in clients]
    tokens = [c.csrf_token() for c in clients]
    claim_id = claim.id

    def one(n):
        client = Client(app)
        client.raw.set_cookie("session", cookies[n])
        if n == 0:
            return client.post(f"/jp/{claim_id}/verify", {"csrf_token": tokens[n]}).status_code
        return client.post(f"/jp/{claim_id}/reject", {"reason": "Bukti kurang", "csrf_token": tokens[n]}).status_code

    db.session.commit()
    with ThreadPoolExecutor(max_workers=2) as pool:
        statuses = sorted(pool.map(one, range(2)))
    assert statuses == [303, 409]
    record = reread(claim)
    assert record.status in ("diverifikasi", "ditolak")
    assert (record.reason is None) == (record.status == "diverifikasi")
    assert db.session.execute(select(JpRecord.verifier_id).where(JpRecord.id == claim_id)).scalar() in (
        verifier.id, admin.id)


@pytest.mark.parametrize("action", ["hide", "delete"])
def test_a_claim_is_not_verified_once_its_article_is_gone(login_as, verifier, member, moderator, make_article,
                                                          action):
    article = make_article(member)
    claim = submitted(member)
    claim.post_id = article.id
    db.session.commit()
    login_as(moderator).post(f"/moderation/posts/{article.id}/{action}", {"reason": "Melanggar aturan"})
    client = login_as(verifier)
    response = client.post(f"/jp/{claim.id}/verify", {"back": "/jp/verifikasi"})
    assert response.status_code == 409
    assert "sudah tidak terbit" in response.get_data(as_text=True)
    assert reread(claim).status == "diajukan"
    assert client.post(f"/jp/{claim.id}/reject", {"reason": "Artikelnya sudah dihapus moderator."}
                       ).status_code == 303  # it can still be turned down, with the reason
    assert reread(claim).status == "ditolak"


def test_jp_of_an_unverified_member_is_not_verified(login_as, verifier, make_user, admin):
    newcomer = make_user(name="Nia Belum Diverifikasi", agency_code="dlh", verified_at=None)
    claim = submitted(newcomer)
    client = login_as(verifier)
    queue = client.get("/jp/verifikasi").get_data(as_text=True)
    card = queue[queue.index(f'data-jp-claim="{claim.id}"'):]
    assert "Belum ASN terverifikasi" in card and f'action="/jp/{claim.id}/verify"' not in card
    response = client.post(f"/jp/{claim.id}/verify")
    assert response.status_code == 409
    assert "JP hanya diverifikasi untuk ASN terverifikasi" in response.get_data(as_text=True)
    assert reread(claim).status == "diajukan"

    assert login_as(admin).post(f"/admin/approvals/{newcomer.id}/approve").status_code == 303
    assert client.post(f"/jp/{claim.id}/verify").status_code == 303
    assert reread(claim).status == "diverifikasi"
