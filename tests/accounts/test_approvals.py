"""Verified ASN by approval: agency operators and admins decide at /admin/approvals/; refusals, asking again,
withdrawal by an admin or by a change of agency or NIP; every decision audited and told to the member."""
import pytest
from sqlalchemy import select

from app.accounts.models import AgencyOperator, User
from app.core.timeutil import utcnow
from app.extensions import db
from app.moderation.models import ModerationAction
from app.notifications.models import Notification
from tests.fixtures.people import agency

NIP = "199003152015031002"  # born 15 Mar 1990, TMT CPNS Mar 2015, male, PNS


def reread(user) -> User:
    db.session.expire_all()
    return db.session.get(User, user.id)


def log_of(action: str) -> list[ModerationAction]:
    return list(db.session.execute(select(ModerationAction).where(ModerationAction.action == action)).scalars())


def notices_of(user) -> list[Notification]:
    return list(db.session.execute(select(Notification).where(Notification.user_id == user.id,
                                                              Notification.kind == "verification")).scalars())


@pytest.fixture
def make_operator(make_user):
    def make(agency_code="diskominfo", **fields):
        user = make_user(agency_code=agency_code, **fields)
        db.session.add(AgencyOperator(user_id=user.id, agency_id=agency(agency_code).id))
        db.session.commit()
        return user

    return make


@pytest.fixture
def operator(make_operator):
    return make_operator(name="Oki Operator")


@pytest.fixture
def waiting(make_user):
    """Confirmed, not verified: in the queue of Diskominfo."""
    return make_user(name="Wati Menunggu", verified_at=None, nip=NIP, position="Pranata Komputer",
                     email="wati@example.com")


# -- the queue -----------------------------------------------------------------------------------------------


def test_the_operator_sees_their_agencys_waiting_accounts_with_the_nip_decoded(login_as, operator, waiting,
                                                                               make_user):
    elsewhere = make_user(name="Dedi Dinkes", agency_code="dinkes", verified_at=None)
    unconfirmed = make_user(name="Uli Belum Konfirmasi", verified_at=None, email_confirmed_at=None)
    verified = make_user(name="Vera Sudah")
    page = login_as(operator).get("/admin/approvals/").get_data(as_text=True)
    assert f'data-approval-user="{waiting.id}"' in page and "Pranata Komputer" in page
    assert "wati@example.com" in page and NIP in page
    assert "15 Mar 1990" in page and "TMT CPNS" in page and "Mar 2015" in page and "Laki-laki" in page \
        and "PNS" in page
    for absent in (elsewhere, unconfirmed, verified):
        assert absent.name not in page


def test_members_without_nip_can_wait_and_be_approved(login_as, operator, make_user):
    nameless = make_user(name="Tanpa Nip", verified_at=None)
    client = login_as(operator)
    assert "NIP tidak diisi" in client.get("/admin/approvals/").get_data(as_text=True)
    assert client.post(f"/admin/approvals/{nameless.id}/approve").status_code == 303
    assert reread(nameless).is_verified


def test_admins_see_every_agency_and_can_filter(login_as, admin, waiting, make_user):
    dinkes = make_user(name="Dedi Dinkes", agency_code="dinkes", verified_at=None)
    client = login_as(admin)
    page = client.get("/admin/approvals/").get_data(as_text=True)
    assert waiting.name in page and dinkes.name in page
    only = client.get("/admin/approvals/?agency=dinkes").get_data(as_text=True)
    assert dinkes.name in only and waiting.name not in only
    assert client.get("/admin/approvals/?agency=tidak-ada").status_code == 404


@pytest.mark.parametrize("who", ["member", "moderator", "leader"])
def test_only_operators_and_admins_open_the_queue(request, login_as, who, waiting):
    client = login_as(request.getfixturevalue(who))
    response = client.get("/admin/approvals/")
    assert response.status_code == 403 and "operator instansi dan admin" in response.get_data(as_text=True)
    assert client.post(f"/admin/approvals/{waiting.id}/approve").status_code == 403
    assert client.post(f"/admin/approvals/{waiting.id}/refuse", {"reason": "Bukan ASN"}).status_code == 403
    assert client.get("/admin/approvals/operators").status_code == 403
    assert client.post(f"/admin/approvals/{waiting.id}/withdraw", {"reason": "x"}).status_code == 403
    assert not reread(waiting).is_verified and reread(waiting).verification_refused_at is None


def test_visitors_are_sent_to_sign_in(client, waiting):
    assert client.get("/admin/approvals/").status_code == 302
    assert client.get("/admin/approvals/operators").status_code == 302


def test_an_operator_cannot_filter_on_another_agency(login_as, operator):
    assert login_as(operator).get("/admin/approvals/?agency=dinkes").status_code == 403


def test_the_menu_links_the_queue_with_its_count_for_operators_only(login_as, operator, waiting, member):
    page = login_as(operator).get("/").get_data(as_text=True)
    assert 'data-approvals-waiting="1"' in page and "Persetujuan ASN" in page
    assert "data-approvals-waiting" not in login_as(member).get("/").get_data(as_text=True)


# -- approving and refusing ---------------------------------------------------------------------------------


def test_approval_verifies_audits_and_tells_the_member(login_as, operator, waiting):
    client = login_as(operator)
    response = client.post(f"/admin/approvals/{waiting.id}/approve", {"back": "/admin/approvals/?page=1"})
    assert response.status_code == 303 and response.headers["Location"].endswith("/admin/approvals/?page=1")
    user = reread(waiting)
    assert user.is_verified and user.verified_via == "approval" and user.verified_by_id == operator.id
    [entry] = log_of("verify_approve")
    assert (entry.actor_id, entry.user_id) == (operator.id, waiting.id)
    [notice] = notices_of(waiting)
    assert notice.ref == "approved" and notice.actor_id == operator.id
    assert f'data-approval-user="{waiting.id}"' not in client.get("/admin/approvals/").get_data(as_text=True)
    page = login_as(waiting).get("/notifications/").get_data(as_text=True)
    assert "ASN terverifikasi" in page and "Oki Operator" in page


def test_decisions_are_rows_of_the_moderation_log(login_as, operator, admin, moderator, waiting):
    login_as(operator).post(f"/admin/approvals/{waiting.id}/approve")
    login_as(admin).post(f"/admin/approvals/{waiting.id}/withdraw", {"reason": "Salah setuju"})
    log = login_as(moderator).get("/moderation/log").get_data(as_text=True)
    assert "Setujui sebagai ASN terverifikasi" in log and "Cabut status ASN terverifikasi" in log
    assert "Salah setuju" in log
    only = login_as(moderator).get("/moderation/log?action=verify_approve").get_data(as_text=True)
    assert "Setujui sebagai ASN terverifikasi" in only and "Salah setuju" not in only


def test_an_operator_of_another_agency_changes_nothing(login_as, make_operator, waiting):
    stranger = make_operator("dinkes", name="Operator Dinkes")
    client = login_as(stranger)
    response = client.post(f"/admin/approvals/{waiting.id}/approve")
    assert response.status_code == 403 and "bukan operator instansi anggota ini" in response.get_data(as_text=True)
    response = client.post(f"/admin/approvals/{waiting.id}/refuse", {"reason": "Tidak dikenal"})
    assert response.status_code == 403
    page = client.get(f"/admin/approvals/{waiting.id}/refuse")
    assert page.status_code == 403 and NIP not in page.get_data(as_text=True)
    user = reread(waiting)
    assert not user.is_verified and user.verification_refused_at is None
    assert log_of("verify_approve") == [] and log_of("verify_refuse") == [] and notices_of(waiting) == []


def test_nobody_decides_their_own_verification(login_as, make_operator):
    own = make_operator(verified_at=None)
    assert login_as(own).post(f"/admin/approvals/{own.id}/approve").status_code == 403
    assert not reread(own).is_verified


def test_already_verified_and_unknown_accounts(login_as, operator, admin, member):
    client = login_as(operator)
    response = client.post(f"/admin/approvals/{member.id}/approve")
    assert response.status_code == 409 and "sudah ASN terverifikasi" in response.get_data(as_text=True)
    assert client.post(f"/admin/approvals/{member.id}/refuse", {"reason": "x"}).status_code == 409
    assert client.post("/admin/approvals/999999/approve").status_code == 404
    assert login_as(admin).post("/admin/approvals/999999/refuse", {"reason": "x"}).status_code == 404


def test_an_unconfirmed_account_cannot_be_approved_yet(login_as, admin, make_user):
    unconfirmed = make_user(verified_at=None, email_confirmed_at=None)
    response = login_as(admin).post(f"/admin/approvals/{unconfirmed.id}/approve")
    assert response.status_code == 409 and "belum mengonfirmasi" in response.get_data(as_text=True)
    assert not reread(unconfirmed).is_verified


def test_a_refusal_needs_a_reason(login_as, operator, waiting):
    form = login_as(operator).get(f"/admin/approvals/{waiting.id}/refuse")
    assert form.status_code == 200 and NIP in form.get_data(as_text=True)
    response = login_as(operator).post(f"/admin/approvals/{waiting.id}/refuse", {"reason": "   "})
    assert response.status_code == 422 and "Tuliskan alasan penolakan" in response.get_data(as_text=True)
    assert reread(waiting).verification_refused_at is None and log_of("verify_refuse") == []


def test_refusal_leaves_the_queue_and_the_member_asks_again(login_as, operator, waiting):
    client = login_as(operator)
    assert client.post(f"/admin/approvals/{waiting.id}/refuse",
                       {"reason": "NIP tidak cocok dengan data kepegawaian"}).status_code == 303
    user = reread(waiting)
    assert user.verification_refused_at is not None and not user.is_verified
    [entry] = log_of("verify_refuse")
    assert entry.reason == "NIP tidak cocok dengan data kepegawaian"
    [notice] = notices_of(waiting)
    assert notice.ref == "refused" and notice.text == "NIP tidak cocok dengan data kepegawaian"
    assert f'data-approval-user="{waiting.id}"' not in client.get("/admin/approvals/").get_data(as_text=True)

    own = login_as(waiting)
    profile = own.get(f"/users/{waiting.id}").get_data(as_text=True)
    assert "NIP tidak cocok dengan data kepegawaian" in profile and "Ajukan verifikasi lagi" in profile
    assert own.post("/users/me/verification").status_code == 303
    assert reread(waiting).verification_refused_at is None
    assert f'data-approval-user="{waiting.id}"' in client.get("/admin/approvals/").get_data(as_text=True)


def test_asking_again_when_already_verified_is_refused(login_as, member):
    assert login_as(member).post("/users/me/verification").status_code == 409


# -- withdrawal -------------------------------------------------------------------------------------------


def test_an_admin_withdraws_with_a_reason(login_as, admin, member):
    client = login_as(admin)
    assert "Cabut status ASN terverifikasi" in client.get(f"/users/{member.id}").get_data(as_text=True)
    response = client.post(f"/admin/approvals/{member.id}/withdraw", {"reason": ""})
    assert response.status_code == 422 and "Tuliskan alasan pencabutan" in response.get_data(as_text=True)
    assert reread(member).is_verified
    assert client.post(f"/admin/approvals/{member.id}/withdraw",
                       {"reason": "Sudah pensiun"}).status_code == 303
    assert not reread(member).is_verified
    [entry] = log_of("verify_withdraw")
    assert entry.reason == "Sudah pensiun" and entry.actor_id == admin.id
    [notice] = notices_of(member)
    assert notice.ref == "withdrawn" and notice.text == "Sudah pensiun"
    assert client.post(f"/admin/approvals/{member.id}/withdraw", {"reason": "lagi"}).status_code == 409


def test_operators_cannot_withdraw(login_as, operator, make_user):
    colleague = make_user()
    assert login_as(operator).post(f"/admin/approvals/{colleague.id}/withdraw",
                                   {"reason": "x"}).status_code == 403
    assert reread(colleague).is_verified


def profile_form(user, **changes) -> dict:
    values = {"name": user.name, "handle": user.handle, "agency": user.agency.code, "nip": user.nip or "",
              "position": user.position or "", "bio": "", "locale": "id"}
    values.update(changes)
    return values


def test_a_new_agency_withdraws_verification_and_queues_there(login_as, make_user, make_operator):
    mover = make_user(name="Mira Pindah")
    dinkes_operator = make_operator("dinkes")
    client = login_as(mover)
    response = client.post(f"/users/{mover.id}/edit", profile_form(mover, agency="dinkes"))
    assert response.status_code == 302
    assert not reread(mover).is_verified
    assert "status ASN terverifikasi dicabut" in client.get(f"/users/{mover.id}").get_data(as_text=True)
    assert "Mira Pindah" in login_as(dinkes_operator).get("/admin/approvals/").get_data(as_text=True)


def test_a_refused_member_who_moves_is_in_the_new_queue(login_as, make_user, make_operator):
    refused = make_user(name="Rudi Ditolak", verified_at=None, verification_refused_at=utcnow(),
                        verification_refusal_reason="Bukan pegawai kami")
    dinkes_operator = make_operator("dinkes")
    login_as(refused).post(f"/users/{refused.id}/edit", profile_form(refused, agency="dinkes"))
    assert "Rudi Ditolak" in login_as(dinkes_operator).get("/admin/approvals/").get_data(as_text=True)


def test_other_profile_changes_keep_verification(login_as, make_user):
    steady = make_user(nip=NIP)
    login_as(steady).post(f"/users/{steady.id}/edit", profile_form(steady, position="Analis Kebijakan"))
    assert reread(steady).is_verified and reread(steady).position == "Analis Kebijakan"


def test_a_new_nip_withdraws_an_approval_but_not_an_email_verification(login_as, make_user):
    approved = make_user(nip=NIP)
    login_as(approved).post(f"/users/{approved.id}/edit", profile_form(approved, nip="199105202016042001"))
    assert reread(approved).nip == "199105202016042001" and not reread(approved).is_verified
    by_email = make_user(verified_via="email")
    login_as(by_email).post(f"/users/{by_email.id}/edit", profile_form(by_email, nip="198807072012121003"))
    assert reread(by_email).nip == "198807072012121003" and reread(by_email).is_verified


# -- the operators' duty ----------------------------------------------------------------------------------


def test_admins_grant_and_revoke_the_duty(login_as, admin, make_user):
    budi = make_user(name="Budi Calon Operator", agency_code="dinkes", nip=NIP)
    client = login_as(admin)
    response = client.post("/admin/approvals/operators", {"login": NIP, "agency": "dinkes"})
    assert response.status_code == 303
    duty = db.session.get(AgencyOperator, (budi.id, agency("dinkes").id))
    assert duty is not None and duty.granted_by_id == admin.id
    assert log_of("operator_grant")[0].user_id == budi.id
    assert "Operator instansi" in client.get(f"/users/{budi.id}").get_data(as_text=True)
    assert "Budi Calon Operator" in client.get("/admin/approvals/operators").get_data(as_text=True)
    again = client.post("/admin/approvals/operators", {"login": budi.email, "agency": "dinkes"})
    assert again.status_code == 409 and "sudah menjadi operator" in again.get_data(as_text=True)
    assert client.post(f"/admin/approvals/operators/{budi.id}/{agency('dinkes').id}/revoke").status_code == 303
    db.session.expire_all()
    assert db.session.get(AgencyOperator, (budi.id, agency("dinkes").id)) is None
    assert log_of("operator_revoke")[0].user_id == budi.id
    assert login_as(budi).get("/admin/approvals/").status_code == 403


def test_granting_to_nobody_or_no_agency_is_a_form_error(login_as, admin):
    client = login_as(admin)
    unknown = client.post("/admin/approvals/operators", {"login": "tidak.ada@medan.go.id", "agency": "dinkes"})
    assert unknown.status_code == 404 and "Tidak ada anggota dengan email atau NIP itu" in unknown.get_data(
        as_text=True)
    no_agency = client.post("/admin/approvals/operators", {"login": "x@medan.go.id", "agency": "tidak-ada"})
    assert no_agency.status_code == 422 and "Pilih instansi dari daftar" in no_agency.get_data(as_text=True)
    assert db.session.execute(select(AgencyOperator)).first() is None


def test_an_operator_is_an_ordinary_member_otherwise(login_as, operator):
    client = login_as(operator)
    assert client.get("/admin/").status_code == 403
    assert client.get("/admin/approvals/operators").status_code == 403
    assert client.get("/admin/approvals/").status_code == 200


# -- duties need a confirmed e-mail (review of #17) ----------------------------------------------------------


@pytest.mark.parametrize("url", ["/admin/approvals/{id}/approve", "/admin/approvals/{id}/refuse",
                                 "/admin/approvals/{id}/withdraw", "/moderation/queue", "/jp/1/verify",
                                 "/jp/1/reject", "/activities/new", "/activities/1/edit", "/activities/1/attendance",
                                 "/articles/1/suggestions/1/approve", "/articles/1/suggestions/1/reject"])
def test_an_admin_whose_email_is_unconfirmed_cannot_act_in_a_duty(login_as, make_user, waiting, url):
    from app.core.roles import Role

    admin = make_user(role=Role.ADMIN, name="Ade Admin Baru", email_confirmed_at=None)
    response = login_as(admin).post(url.format(id=waiting.id), {"reason": "Bukan ASN"})
    assert response.status_code == 403
    assert "Konfirmasi alamat email Anda terlebih dahulu" in response.get_data(as_text=True)
    assert not reread(waiting).is_verified and reread(waiting).verification_refused_at is None


def test_a_member_without_the_duty_is_refused_before_the_account_is_looked_up(login_as, member):
    browser = login_as(member)
    assert browser.get("/admin/approvals/999999/refuse").status_code == 403
    assert browser.get("/admin/approvals/999999/withdraw").status_code == 403
