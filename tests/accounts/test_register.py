"""Registration: a verified ASN joins with name, email, password, agency and optionally NIP."""
import pytest
from sqlalchemy import func, select

from app.accounts.models import User
from app.extensions import db

GOOD = {
    "name": "Budi Santoso", "email": "Budi.Santoso@Medan.go.id", "password": "Pelayanan-Prima-2026",
    "password_confirm": "Pelayanan-Prima-2026", "agency": "diskominfo", "nip": "19850312 201001 1 002",
    "position": "Pranata Komputer",
}


def users_count() -> int:
    return db.session.execute(select(func.count(User.id))).scalar_one()


def test_register_signs_in_and_stores_a_case_folded_email(client):
    response = client.post("/auth/register", GOOD)
    assert response.status_code == 302
    user = db.session.execute(select(User)).scalar_one()
    assert user.email == "budi.santoso@medan.go.id"
    assert user.nip == "198503122010011002"
    assert user.agency.code == "diskominfo" and user.role == "member" and user.reputation == 1
    assert user.password_hash.startswith("$argon2id$")
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


def test_duplicate_email_in_any_case_is_refused(client, make_user):
    make_user(email="budi.santoso@medan.go.id")
    response = client.post("/auth/register", {**GOOD, "nip": ""})
    assert response.status_code == 422
    assert "Email ini sudah terdaftar" in response.get_data(as_text=True)
    assert users_count() == 1


def test_duplicate_nip_is_refused(client, make_user):
    make_user(nip="198503122010011002")
    response = client.post("/auth/register", GOOD)
    assert response.status_code == 422
    assert "NIP ini sudah terdaftar" in response.get_data(as_text=True)
    assert users_count() == 1


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
