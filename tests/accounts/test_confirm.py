"""Confirmed e-mail: the link in the sign-up mail, its refusals, sending it again, and a changed address."""
import re
import time

import pytest
from itsdangerous import TimestampSigner, URLSafeTimedSerializer
from sqlalchemy import select

from app.accounts.models import User
from app.extensions import db
from tests.accounts.test_passwords import read_mails
from tests.fixtures.people import PASSWORD

SIGNUP = {"name": "Budi Santoso", "email": "budi.santoso@medan.go.id", "password": "Pelayanan-Prima-2026",
          "password_confirm": "Pelayanan-Prima-2026", "agency": "diskominfo", "nip": "", "position": "Analis"}
CONFIRMED = "alamat email Anda telah dikonfirmasi"


def confirm_links(outbox, to: str | None = None) -> list[str]:
    return [match for mail in read_mails(outbox) if to is None or mail["To"] == to
            for match in re.findall(r"http://localhost(/auth/confirm/\S+)", mail.get_content())]


def fresh(user_id: int) -> User:
    db.session.expire_all()
    return db.session.get(User, user_id)


def sign_up(client, outbox, **changes) -> tuple[User, str]:
    data = {**SIGNUP, **changes}
    assert client.post("/auth/register", data).status_code == 302
    user = db.session.execute(select(User).where(User.email == data["email"])).scalar_one()
    [link] = confirm_links(outbox, data["email"])
    return user, link


def page(response) -> str:
    import html
    return html.unescape(response.get_data(as_text=True))


def test_sign_up_at_a_city_domain_confirms_and_verifies_through_the_link(client, outbox):
    user, link = sign_up(client, outbox)
    assert not user.email_confirmed and not user.is_verified
    [mail] = read_mails(outbox)
    assert "48 jam" in mail.get_content() and "http://localhost/auth/login" in mail.get_content()
    response = client.get(link)
    assert response.status_code == 302 and response.location.endswith("/auth/login")  # not signed in
    told = page(client.get(response.location))
    assert CONFIRMED in told and "ASN terverifikasi" in told
    user = fresh(user.id)
    assert user.email_confirmed and user.is_verified and user.verified_via == "email"


def test_sign_up_at_another_domain_confirms_without_verifying(client, outbox):
    user, link = sign_up(client, outbox, email="budi@kampus.ac.id")
    client.login("budi@kampus.ac.id", SIGNUP["password"])
    response = client.get(link)
    assert response.location.endswith("/")  # signed in: home
    assert CONFIRMED in page(client.get("/"))
    user = fresh(user.id)
    assert user.email_confirmed and not user.is_verified and user.verified_via is None


def test_a_second_use_says_so_and_changes_nothing(client, outbox):
    user, link = sign_up(client, outbox)
    client.get(link)
    confirmed_at = fresh(user.id).email_confirmed_at
    response = client.get(link)
    assert response.status_code == 302
    assert "sudah dikonfirmasi sebelumnya" in page(client.get(response.location))
    assert fresh(user.id).email_confirmed_at == confirmed_at


def test_a_link_for_an_account_already_confirmed_changes_nothing(app, client, member):
    from app.accounts.confirmation import make_confirmation_token

    with app.test_request_context():
        token = make_confirmation_token(member)
    before = member.email_confirmed_at
    response = client.get(f"/auth/confirm/{token}")
    assert "sudah dikonfirmasi sebelumnya" in page(client.get(response.location))
    assert fresh(member.id).email_confirmed_at == before


def test_an_expired_link_says_so_offers_a_new_one_and_changes_nothing(app, client, outbox):
    user, _ = sign_up(client, outbox)
    class SignedTwoDaysAgo(TimestampSigner):
        def get_timestamp(self) -> int:
            return int(time.time()) - app.config["EMAIL_CONFIRM_MAX_AGE"] - 60

    old = URLSafeTimedSerializer(app.config["SECRET_KEY"], salt="simpul-email-confirm", signer=SignedTwoDaysAgo)
    token = old.dumps({"u": user.id, "e": user.email})
    response = client.get(f"/auth/confirm/{token}")
    assert response.status_code == 400
    text = page(response)
    assert "sudah kedaluwarsa" in text and 'action="/auth/confirm"' in text and 'name="email"' in text
    assert not fresh(user.id).email_confirmed


@pytest.mark.parametrize("mangle", ["tamper", "other-secret", "garbage"])
def test_a_forged_link_is_refused_and_changes_nothing(app, client, outbox, mangle):
    user, link = sign_up(client, outbox)
    token = link.rsplit("/", 1)[1]
    if mangle == "tamper":
        token = token[:-3] + ("aaa" if not token.endswith("aaa") else "bbb")
    elif mangle == "other-secret":
        token = URLSafeTimedSerializer("bukan-rahasia-situs", salt="simpul-email-confirm").dumps(
            {"u": user.id, "e": user.email})
    else:
        token = "bukan-tautan"
    response = client.get(f"/auth/confirm/{token}")
    assert response.status_code == 400
    assert "tidak valid" in page(response) and "Kirim tautan konfirmasi" in page(response)
    assert not fresh(user.id).email_confirmed


def test_the_unconfirmed_member_signs_in_reads_and_sees_the_banner(client, outbox, login_as, make_user):
    sign_up(client, outbox)
    assert client.login(SIGNUP["email"], SIGNUP["password"]).status_code == 302
    home = page(client.get("/"))
    assert "data-confirm-banner" in home and "Konfirmasi alamat email Anda (budi.santoso@medan.go.id)" in home
    assert "Kirim ulang tautan konfirmasi" in home
    assert "data-confirm-banner" not in page(login_as(make_user()).get("/"))


def test_a_signed_in_member_asks_again_and_the_new_link_works(client, outbox, make_user):
    user = make_user(email="rina@kampus.ac.id", email_confirmed_at=None, verified_at=None)
    client.login(user.email, PASSWORD)
    response = client.post("/auth/confirm", {"next": "/questions/"})
    assert response.status_code == 302 and response.location.endswith("/questions/")
    assert "Kami telah mengirim tautan konfirmasi baru ke rina@kampus.ac.id" in page(client.get("/"))
    [link] = confirm_links(outbox, user.email)
    client.get(link)
    assert fresh(user.id).email_confirmed


def test_a_confirmed_member_asking_again_is_told_and_gets_no_mail(login_as, member, outbox):
    client = login_as(member)
    response = client.post("/auth/confirm", {})
    assert "sudah dikonfirmasi; tidak ada email yang dikirim" in page(client.get(response.location))
    assert read_mails(outbox) == []


def test_visitors_get_the_same_answer_whether_or_not_the_address_exists(make_client, outbox, make_user):
    waiting = make_user(email="tunggu@medan.go.id", email_confirmed_at=None, verified_at=None)
    make_user(email="sudah@medan.go.id")
    answers = []
    for email in ("tunggu@medan.go.id", "sudah@medan.go.id", "tidak.ada@medan.go.id"):
        visitor = make_client()
        response = visitor.post("/auth/confirm", {"email": email})
        flashed = re.findall(r'<div class="alert[^"]*">(.*?)</div>', page(visitor.get(response.location)))
        answers.append((response.status_code, response.location, flashed))
    assert answers[0] == answers[1] == answers[2]
    assert "Jika alamat tersebut terdaftar dan belum dikonfirmasi" in answers[0][2][0]
    assert [mail["To"] for mail in read_mails(outbox)] == [waiting.email]


def test_the_visitor_answer_names_nothing(client):
    response = client.post("/auth/confirm", {"email": "siapa.saja@medan.go.id"})
    assert response.status_code == 302 and response.location.endswith("/auth/login")
    assert "Jika alamat tersebut terdaftar dan belum dikonfirmasi" in page(client.get(response.location))


def test_a_visitor_who_types_no_address_is_asked_for_one(client, outbox):
    response = client.post("/auth/confirm", {"email": ""})
    assert response.status_code == 422 and "Masukkan alamat email akun Anda" in page(response)
    assert 'name="email"' in page(response) and read_mails(outbox) == []


def test_resend_without_csrf_token_is_refused(client, make_user, outbox):
    make_user(email="tunggu@medan.go.id", email_confirmed_at=None, verified_at=None)
    response = client.post("/auth/confirm", {"email": "tunggu@medan.go.id"}, csrf=False)
    assert response.status_code == 400
    assert read_mails(outbox) == []


class TestLimits:
    @pytest.fixture
    def app_config(self, app_config):
        return {**app_config, "RATELIMIT_ENABLED": True, "RATELIMIT_CONFIRM": "2 per hour",
                "RATELIMIT_CONFIRM_IP": "100 per minute", "RATELIMIT_LOGIN": "100 per minute"}

    def test_a_member_asking_too_often_gets_429_in_indonesian_and_no_more_mail(self, client, make_user, outbox):
        user = make_user(email_confirmed_at=None, verified_at=None)
        client.login(user.email, PASSWORD)
        assert [client.post("/auth/confirm", {}).status_code for _ in range(2)] == [302, 302]
        response = client.post("/auth/confirm", {})
        assert response.status_code == 429
        assert "Anda sudah beberapa kali meminta tautan konfirmasi" in page(response)
        assert len(read_mails(outbox)) == 2

    def test_a_visitor_beyond_the_limit_gets_the_same_answer_and_no_mail(self, make_client, make_user, outbox):
        user = make_user(email="tunggu@medan.go.id", email_confirmed_at=None, verified_at=None)
        responses = [make_client().post("/auth/confirm", {"email": user.email.upper()},
                                        environ_base={"REMOTE_ADDR": f"10.8.0.{n + 1}"}) for n in range(3)]
        assert {(r.status_code, r.location) for r in responses} == {(302, "/auth/login")}
        assert len(read_mails(outbox)) == 2

    def test_one_address_asking_too_often_gets_429(self, app, make_client):
        app.config["RATELIMIT_CONFIRM_IP"] = "2 per minute"
        visitor = make_client()
        codes = [visitor.post("/auth/confirm", {"email": f"orang{n}@medan.go.id"}).status_code for n in range(3)]
        assert codes == [302, 302, 429]
        assert "Anda terlalu sering mencoba" in page(visitor.post("/auth/confirm", {"email": "x@medan.go.id"}))


def test_changing_the_email_needs_a_new_confirmation_and_withdraws_a_city_verification(login_as, make_user, outbox):
    user = make_user(email="lama@medan.go.id", verified_via="email")
    client = login_as(user)
    response = client.post(f"/users/{user.id}/edit", {"name": user.name, "email": "Baru@Kampus.ac.id",
                                                      "agency": "diskominfo", "locale": "id"})
    assert response.status_code == 302
    assert "Kami telah mengirim tautan konfirmasi ke baru@kampus.ac.id" in page(client.get(response.location))
    changed = fresh(user.id)
    assert changed.email == "baru@kampus.ac.id" and not changed.email_confirmed and not changed.is_verified
    [link] = confirm_links(outbox, "baru@kampus.ac.id")
    client.get(link)
    changed = fresh(user.id)
    assert changed.email_confirmed and not changed.is_verified  # not a city domain: confirmed only


def test_changing_the_email_keeps_a_verification_by_approval(login_as, make_user):
    user = make_user(email="lama@medan.go.id", verified_via="approval")
    login_as(user).post(f"/users/{user.id}/edit", {"name": user.name, "email": "baru@kampus.ac.id",
                                                   "agency": "diskominfo", "locale": "id"})
    changed = fresh(user.id)
    assert not changed.email_confirmed and changed.is_verified and changed.verified_via == "approval"


def test_an_old_link_does_not_confirm_the_new_address(client, outbox):
    user, old_link = sign_up(client, outbox)
    signed_in = client
    client.login(SIGNUP["email"], SIGNUP["password"])
    signed_in.post(f"/users/{user.id}/edit", {"name": user.name, "email": "baru@medan.go.id",
                                             "agency": "diskominfo", "locale": "id"})
    response = signed_in.get(old_link)
    assert response.status_code == 400 and "tidak lagi dipakai" in page(response)
    assert not fresh(user.id).email_confirmed


def test_a_taken_or_invalid_email_is_refused_on_the_profile_form(login_as, make_user):
    user = make_user(email="saya@medan.go.id")
    make_user(email="orang.lain@medan.go.id")
    client = login_as(user)
    for email, message in (("orang.lain@medan.go.id", "Email ini tidak dapat dipakai"),
                           ("bukan-email", "Alamat email tidak valid")):
        response = client.post(f"/users/{user.id}/edit", {"name": user.name, "email": email,
                                                          "agency": "diskominfo", "locale": "id"})
        assert response.status_code == 422 and message in page(response)
    assert fresh(user.id).email == "saya@medan.go.id" and fresh(user.id).email_confirmed


def test_the_same_address_or_none_keeps_the_confirmation(login_as, member, outbox):
    client = login_as(member)
    for email in (member.email.upper(), ""):
        client.post(f"/users/{member.id}/edit", {"name": member.name, "email": email, "agency": "diskominfo",
                                                 "locale": "id"})
    assert fresh(member.id).email_confirmed and read_mails(outbox) == []


def test_an_admin_created_at_the_console_is_confirmed(app):
    result = app.test_cli_runner().invoke(args=[
        "create-admin", "--email", "admin.baru@kampus.ac.id", "--name", "Admin Baru", "--password",
        "Kopi-Sidikalang-2026"])
    assert result.exit_code == 0, result.output
    admin = db.session.execute(select(User).where(User.email == "admin.baru@kampus.ac.id")).scalar_one()
    assert admin.email_confirmed
