"""Single sign-on against a real OpenID provider (tests/support/oidc_provider.py) over real HTTP.

The browser's part is played by the test client for our URLs and by `requests` at the provider, which signs the
configured person in without asking; our callback exchanges the code at the provider's token endpoint.
"""
from __future__ import annotations

from urllib.parse import urlsplit

import pytest
import requests
from sqlalchemy import event, func, select

from app.accounts.models import User
from app.core.timeutil import utcnow
from app.extensions import db
from tests.fixtures.people import PASSWORD
from tests.support.oidc_provider import CLIENT_ID, CLIENT_SECRET, OidcProvider

pytestmark = pytest.mark.slow

CALLBACK = "http://localhost/auth/oidc/callback"  # from SERVER_NAME: links never come from the request
NIP = "198503122010012003"
PERSON = {
    "sub": "kc-7f3a-0001", "name": "Dra. Rahmawati Siregar, M.Si.", "email": "rahmawati@pemkomedan.go.id",
    "email_verified": True, "nip": NIP, "unit_kerja": "4.01.01",
}
DOWN = "Layanan SSO sedang tidak dapat dihubungi"
GARBAGE = "Layanan SSO memberi jawaban yang tidak dapat kami pahami"
INVALID = "Tanda masuk dari layanan SSO tidak sah"
STATE = "Permintaan masuk SSO ini sudah dipakai atau kedaluwarsa"
UNKNOWN_UNIT = "belum terhubung dengan instansi mana pun"


@pytest.fixture
def provider():
    provider = OidcProvider(redirect_uri=CALLBACK, user=dict(PERSON)).start()
    yield provider
    provider.stop()


@pytest.fixture
def app_config(app_config, provider, tmp_path):
    agency_map = tmp_path / "unit_kerja.csv"
    agency_map.write_text("unit_code,agency_code\n4.01.01,diskominfo\n1.02.01,dinkes\n", encoding="utf-8")
    app_config.update(OIDC_ISSUER=provider.issuer, OIDC_CLIENT_ID=CLIENT_ID, OIDC_CLIENT_SECRET=CLIENT_SECRET,
                      OIDC_AGENCY_MAP=str(agency_map), OIDC_TIMEOUT=0.5)
    return app_config


def to_provider_and_back(client) -> str:
    """Start at our sign-in URL, let the provider sign the person in; the callback URL it sends us back to."""
    start = client.get("/auth/oidc/login")
    assert start.status_code == 302, start.get_data(as_text=True)
    assert start.location.startswith(client.app.config["OIDC_ISSUER"] + "/authorize?")
    at_provider = requests.get(start.location, allow_redirects=False, timeout=5)
    assert at_provider.status_code == 302, at_provider.text
    back = urlsplit(at_provider.headers["Location"])
    assert f"{back.scheme}://{back.netloc}{back.path}" == CALLBACK
    return f"{back.path}?{back.query}"


def sso_sign_in(client):
    return client.get(to_provider_and_back(client))


def login_page(client) -> str:
    return client.get("/auth/login").get_data(as_text=True)


def signed_in_as(client) -> int | None:
    response = client.get("/users/me")
    location = response.headers.get("Location", "")
    return int(location.rsplit("/", 1)[1]) if "/users/" in location else None


def user_count() -> int:
    return db.session.scalar(select(func.count(User.id)))


def test_first_sign_in_creates_a_verified_member_and_the_next_finds_them_by_subject(client, make_client, provider):
    start = client.get("/auth/oidc/login")
    query = start.location.split("?", 1)[1]
    assert "code_challenge_method=S256" in query and "nonce=" in query and "state=" in query

    response = sso_sign_in(client)
    assert response.status_code == 302 and response.location == "/"
    user = db.session.execute(select(User).where(User.oidc_subject == PERSON["sub"])).scalar_one()
    assert (user.name, user.email, user.nip, user.agency.code) == (
        PERSON["name"], PERSON["email"], NIP, "diskominfo")
    assert user.handle == "rahmawati.siregar"
    assert user.email_confirmed and user.is_verified and user.verified_via == "sso"
    assert user.last_login_at is not None
    assert signed_in_as(client) == user.id
    assert "Anda berhasil masuk." in client.get("/").get_data(as_text=True)
    # Nobody knows the password made for the account.
    assert make_client().login(PERSON["email"], PASSWORD).status_code == 401

    # Later: the provider's e-mail changed, the subject did not; the same account signs in.
    provider.user["email"] = "rahmawati.siregar@pemkomedan.go.id"
    other_browser = make_client()
    assert sso_sign_in(other_browser).status_code == 302
    assert signed_in_as(other_browser) == user.id
    assert user_count() == 1


def test_links_the_existing_confirmed_account_with_the_verified_email(client, make_user, provider):
    user = make_user(email=PERSON["email"], name="Rahmawati", verified_at=None)
    before = user_count()
    assert sso_sign_in(client).status_code == 302
    assert signed_in_as(client) == user.id
    db.session.refresh(user)
    assert user_count() == before
    assert user.oidc_subject == PERSON["sub"] and user.name == "Rahmawati"  # nothing else overwritten
    assert user.email_confirmed and user.verified_via == "sso"
    # The password still works too: the member had proved the address was theirs.
    assert client.logout().status_code == 302
    assert client.login(PERSON["email"], PASSWORD).status_code == 302


def test_an_unconfirmed_account_with_the_verified_email_is_taken_over(client, make_client, make_user, provider):
    user = make_user(email=PERSON["email"], name="Rahmawati", email_confirmed_at=None, verified_at=None)
    assert sso_sign_in(client).status_code == 302
    assert signed_in_as(client) == user.id
    db.session.refresh(user)
    assert user.email_confirmed and user.verified_via == "sso" and user.name == PERSON["name"]
    # Nobody had proved the address, so the password set up with it no longer opens the account.
    assert make_client().login(PERSON["email"], PASSWORD).status_code == 401


def test_links_the_existing_account_with_the_nip(client, make_user, provider):
    user = make_user(email="rahma.lama@gmail.com", nip=NIP, verified_at=None)
    before = user_count()
    assert sso_sign_in(client).status_code == 302
    assert signed_in_as(client) == user.id
    db.session.refresh(user)
    assert user_count() == before
    assert user.oidc_subject == PERSON["sub"] and user.email == "rahma.lama@gmail.com"
    assert user.verified_via == "sso"


def test_without_a_map_the_unit_claim_is_our_agency_code_and_claim_names_are_settings(app, client, provider):
    app.config.update(OIDC_AGENCY_MAP=None, OIDC_NIP_CLAIM="nip_asn", OIDC_AGENCY_CLAIM="kode_opd")
    provider.user.update(nip=None, unit_kerja=None, nip_asn=NIP, kode_opd="dinkes")
    assert sso_sign_in(client).location == "/"
    user = db.session.execute(select(User).where(User.oidc_subject == PERSON["sub"])).scalar_one()
    assert (user.nip, user.agency.code) == (NIP, "dinkes")


def test_the_page_asked_for_is_where_sso_comes_back_to_and_only_on_this_site(client, make_client, provider):
    start = client.get("/auth/oidc/login?next=/agencies/dinkes")
    at_provider = requests.get(start.location, allow_redirects=False, timeout=5)
    back = urlsplit(at_provider.headers["Location"])
    assert client.get(f"{back.path}?{back.query}").location == "/agencies/dinkes"

    browser = make_client()
    start = browser.get("/auth/oidc/login?next=https://evil.example/")
    back = urlsplit(requests.get(start.location, allow_redirects=False, timeout=5).headers["Location"])
    assert browser.get(f"{back.path}?{back.query}").location == "/"


def test_an_unverified_email_of_another_account_is_not_taken_over(client, make_user, provider):
    owner = make_user(email=PERSON["email"])
    provider.user.update(email_verified=False, nip=None)
    before = user_count()
    response = sso_sign_in(client)
    assert response.location.endswith("/auth/login")
    assert "layanan SSO belum memastikan email itu milik Anda" in login_page(client)
    db.session.refresh(owner)
    assert owner.oidc_subject is None and user_count() == before and signed_in_as(client) is None


@pytest.mark.parametrize("switch, value", [("audience", "other-client"), ("wrong_key", True), ("expired", True)],
                         ids=["wrong-audience", "bad-signature", "expired"])
def test_an_id_token_that_fails_its_checks_signs_nobody_in(client, provider, switch, value):
    setattr(provider.switches, switch, value)
    response = sso_sign_in(client)
    assert response.status_code == 302 and response.location.endswith("/auth/login")
    assert INVALID in login_page(client)
    assert user_count() == 0 and signed_in_as(client) is None


def test_a_replayed_or_missing_state_is_refused(client, provider):
    callback = to_provider_and_back(client)
    assert client.get(callback).status_code == 302
    user_id = signed_in_as(client)
    assert user_id is not None
    client.logout()

    replay = client.get(callback)
    assert replay.location.endswith("/auth/login")
    assert STATE in login_page(client)
    assert signed_in_as(client) is None

    code_only = client.get("/auth/oidc/callback?code=abc")
    assert code_only.location.endswith("/auth/login")
    assert STATE in login_page(client)
    assert user_count() == 1


def test_a_refusal_at_the_provider_is_explained(client, provider):
    provider.switches.deny = True
    response = sso_sign_in(client)
    assert response.location.endswith("/auth/login")
    assert "Masuk dengan SSO dibatalkan atau ditolak" in login_page(client)
    assert user_count() == 0


def test_an_unknown_unit_creates_nothing(client, provider):
    provider.user["unit_kerja"] = "9.99.99"
    response = sso_sign_in(client)
    assert response.location.endswith("/auth/login")
    page = login_page(client)
    assert UNKNOWN_UNIT in page and "9.99.99" in page
    assert user_count() == 0 and signed_in_as(client) is None


def test_a_suspended_member_is_refused_with_the_password_sign_in_words(client, make_user, provider):
    make_user(email=PERSON["email"], oidc_subject=PERSON["sub"], suspended_until=utcnow().replace(year=2099),
              suspension_reason="Spam berulang")
    sso_sign_in(client)
    page = login_page(client)
    assert "Akun Anda ditangguhkan hingga" in page and "Spam berulang" in page
    assert signed_in_as(client) is None


def test_a_provider_that_is_down_is_explained_and_passwords_still_work(client, make_user, provider):
    member = make_user()
    provider.stop()
    response = client.get("/auth/oidc/login")
    assert response.status_code == 302 and response.location.endswith("/auth/login")
    page = login_page(client)
    assert DOWN in page and "Masuk dengan SSO" in page
    assert client.login(member.email, PASSWORD).status_code == 302
    assert signed_in_as(client) == member.id


def test_a_provider_gone_before_the_token_exchange(client, provider):
    callback = to_provider_and_back(client)
    provider.stop()
    assert client.get(callback).location.endswith("/auth/login")
    assert DOWN in login_page(client)
    assert user_count() == 0


def test_a_token_endpoint_that_does_not_answer_in_time(client, provider):
    provider.switches.slow_token = 1.5  # OIDC_TIMEOUT is 0.5 s here
    callback = to_provider_and_back(client)
    assert client.get(callback).location.endswith("/auth/login")
    assert DOWN in login_page(client)
    assert user_count() == 0


@pytest.mark.parametrize("switch", ["garbage_discovery", "foreign_discovery", "garbage_token", "no_id_token"])
def test_a_provider_answering_garbage_is_explained(client, provider, switch):
    if switch.endswith("_discovery"):
        setattr(provider.switches, switch, True)
        assert client.get("/auth/oidc/login").location.endswith("/auth/login")
        assert GARBAGE in login_page(client)
        setattr(provider.switches, switch, False)  # the document is fetched again once it is right
        assert sso_sign_in(client).location == "/"
        return
    callback = to_provider_and_back(client)
    setattr(provider.switches, switch, True)
    assert client.get(callback).location.endswith("/auth/login")
    assert GARBAGE in login_page(client)
    assert user_count() == 0 and signed_in_as(client) is None


def test_the_sign_in_page_offers_sso_when_configured(client):
    page = login_page(client)
    assert 'data-sso="true"' in page and "Masuk dengan SSO" in page


@pytest.mark.sqlite_only
def test_the_callback_takes_the_sqlite_write_lock_before_it_writes(client, provider):
    """A GET that writes on SQLite would fail at once ("database is locked") when another worker wrote since
    its read began; the callback begins its writing transaction with BEGIN IMMEDIATE, as a POST does."""
    callback = to_provider_and_back(client)
    statements: list[str] = []

    def record(_conn, _cursor, statement, *_args):
        statements.append(" ".join(statement.split()[:2]))

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        assert client.get(callback).location == "/"
    finally:
        event.remove(db.engine, "before_cursor_execute", record)
    writes = [i for i, s in enumerate(statements) if s.startswith(("INSERT", "UPDATE"))]
    assert writes and "BEGIN IMMEDIATE" in statements[:writes[0]]
