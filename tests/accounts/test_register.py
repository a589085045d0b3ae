"""Registration: a verified ASN joins with name, email, password, agency and optionally NIP."""
import email
import email.policy
import re

import pytest
from sqlalchemy import func, select

from app.accounts.models import User
from app.extensions import db

GOOD = {
    "name": "Budi Santoso", "email": "Budi.Santoso@Medan.go.id", "password": "Pelayanan-Prima-2026",
    "password_confirm": "Pelayanan-Prima-2026", "agency": "diskominfo", "nip": "19850312 201001 1 002",
    "position": "Pranata Komputer",
}


def mails(outbox) -> list:
    paths = sorted(outbox.glob("*.eml")) if outbox.exists() else []
    return [email.message_from_bytes(p.read_bytes(), policy=email.policy.default) for p in paths]


def users_count() -> int:
    return db.session.execute(select(func.count(User.id))).scalar_one()


def test_register_stores_a_case_folded_email_and_the_member_signs_in(client, outbox):
    response = client.post("/auth/register", GOOD)
    assert response.status_code == 302 and response.location.endswith("/auth/login")
    user = db.session.execute(select(User)).scalar_one()
    assert user.email == "budi.santoso@medan.go.id"
    assert user.nip == "198503122010011002"
    assert user.agency.code == "diskominfo" and user.role == "member" and user.reputation == 1
    assert user.password_hash.startswith("$argon2id$")
    [mail] = mails(outbox)
    assert mail["To"] == user.email and "http://localhost/auth/login" in mail.get_content()
    assert client.login("198503122010011002", GOOD["password"]).status_code == 302
    assert "Budi Santoso" in client.get("/").get_data(as_text=True)


@pytest.mark.parametrize("field, value, message", [
    ("email", "bukan-email", "Alamat email tidak valid"),
    ("nip", "1985031220100110", "18 angka"),
    ("nip", "19850231 201001 1 002", "tanggal"),
    ("nip", "19850312 201013 1 002", "01–12"),
    ("nip", "19850312 201001 3 002", "1 atau 2"),
    ("password", "pendek", "minimal 10 karakter"),
    ("password", "password123", "terlalu umum"),
    ("password", "1234567890", "mudah ditebak"),
    ("agency", "instansi-fiktif", "Pilih instansi"),
    ("name", "", "wajib diisi"),
    ("name", "x" * 121, "paling banyak 120"),
])
def test_bad_input_gets_a_clear_message_and_creates_nothing(client, field, value, message):
    data = {**GOOD, field: value}
    if field == "password":
        data["password_confirm"] = value
    response = client.post("/auth/register", data)
    assert response.status_code == 422
    assert message in response.get_data(as_text=True)
    assert users_count() == 0


def test_passwords_must_match(client):
    response = client.post("/auth/register", {**GOOD, "password_confirm": "Pelayanan-Prima-2027"})
    assert response.status_code == 422
    assert "Kedua kata sandi tidak sama" in response.get_data(as_text=True)


def test_password_may_not_contain_the_users_name(client):
    data = {**GOOD, "password": "santoso-budi-99", "password_confirm": "santoso-budi-99"}
    response = client.post("/auth/register", data)
    assert "tidak boleh memuat nama" in response.get_data(as_text=True)


def without_tokens(page: str) -> str:
    return re.sub(r'(value|content)="[\w.-]{60,}"', r"\1", page)


def answer(response) -> tuple:
    """What a visitor sees of a sign-up: the status, where it leads, and the page shown there."""
    return response.status_code, response.location


@pytest.mark.parametrize("taken", ["email", "nip", "both"])
def test_a_taken_email_or_nip_is_answered_as_a_fresh_sign_up_and_its_owner_is_told(client, make_client, make_user,
                                                                                     outbox, taken):
    fresh_visitor = make_client()
    fresh = fresh_visitor.post("/auth/register", {**GOOD, "email": "orang.baru@medan.go.id",
                                                  "nip": "19900101 201501 2 003"})
    fresh_page = fresh_visitor.get(fresh.location).get_data(as_text=True)
    owner = make_user(name="Pemilik Lama", email="budi.santoso@medan.go.id" if taken != "nip" else "lama@medan.go.id",
                      nip="198503122010011002" if taken != "email" else None)
    before = users_count()
    data = {**GOOD} if taken == "both" else {**GOOD, "email": "penyusup@contoh.id"} if taken == "nip" else \
        {**GOOD, "nip": ""}
    response = client.post("/auth/register", data)
    assert answer(response) == answer(fresh)
    page = client.get(response.location).get_data(as_text=True)
    assert "Kami telah mengirim email ke alamat yang Anda daftarkan" in page
    assert without_tokens(page) == without_tokens(fresh_page)
    assert "sudah terdaftar" not in page
    assert users_count() == before
    told = [m for m in mails(outbox) if m["To"] == owner.email]
    assert len(told) == 1
    assert ("NIP Anda" if taken == "nip" else "alamat email Anda") in told[0].get_content()
    assert "http://localhost/auth/reset" in told[0].get_content()
    assert not [m for m in mails(outbox) if m["To"] == "penyusup@contoh.id"]


def test_register_without_csrf_token_is_refused(client):
    response = client.post("/auth/register", GOOD, csrf=False)
    assert response.status_code == 400
    assert "Sesi formulir Anda sudah kedaluwarsa" in response.get_data(as_text=True)
    assert users_count() == 0


def test_register_form_lists_agencies_and_labels_every_field(client):
    page = client.get("/auth/register").get_data(as_text=True)
    assert "Dinas Komunikasi dan Informatika Kota Medan" in page
    for field in ("name", "email", "password", "password_confirm", "agency", "nip", "position"):
        assert f'name="{field}"' in page and f'for="{field}"' in page
