"""Single sign-on and trust (review of #17): an account someone set up in advance with this person's NIP or
e-mail is not handed over with its password; the agency claim and an admin's withdrawal are honoured on every
sign-in; a deleted account is never signed in to again."""
from __future__ import annotations

import pytest

from app.accounts.models import User
from app.extensions import db
from tests.accounts import test_oidc as sso
from tests.accounts.test_oidc import NIP, PERSON, login_page, signed_in_as, sso_sign_in, user_count
from tests.fixtures.people import PASSWORD, agency

pytestmark = pytest.mark.slow
provider, app_config = sso.provider, sso.app_config  # the provider of tests/accounts/test_oidc.py


def test_an_account_set_up_in_advance_with_the_nip_is_taken_over_not_handed_over(client, make_client, make_user,
                                                                                 provider):
    attacker = make_user(email="penyerang@gmail.com", nip=NIP, name="Penyerang", email_confirmed_at=None,
                         verified_at=None)
    attacker_browser = make_client()
    assert attacker_browser.login("penyerang@gmail.com", PASSWORD).status_code == 302
    assert signed_in_as(attacker_browser) == attacker.id

    assert sso_sign_in(client).status_code == 302
    assert signed_in_as(client) == attacker.id  # the NIP is the SSO person's: the account is theirs now
    db.session.expire_all()
    taken = db.session.get(User, attacker.id)
    assert (taken.email, taken.name) == (PERSON["email"], PERSON["name"])
    assert taken.email_confirmed and taken.is_verified and taken.verified_via == "sso"
    # Whoever set it up can no longer sign in, neither with the password nor with the session they had.
    assert make_client().login("penyerang@gmail.com", PASSWORD).status_code == 401
    assert make_client().login(NIP, PASSWORD).status_code == 401
    assert signed_in_as(attacker_browser) is None


def test_without_an_email_the_provider_vouches_for_an_unconfirmed_account_is_not_linked(client, make_user,
                                                                                       provider):
    attacker = make_user(email="penyerang@gmail.com", nip=NIP, name="Penyerang", email_confirmed_at=None,
                         verified_at=None)
    provider.user.update(email_verified=False)
    before = user_count()
    response = sso_sign_in(client)
    assert response.location.endswith("/auth/login")
    assert "emailnya belum dikonfirmasi" in login_page(client)
    db.session.expire_all()
    kept = db.session.get(User, attacker.id)
    assert kept.oidc_subject is None and not kept.email_confirmed and not kept.is_verified
    assert signed_in_as(client) is None and user_count() == before


def test_an_admins_withdrawal_stands_at_the_next_sso_sign_in(client, make_client, login_as, admin, provider):
    assert sso_sign_in(client).status_code == 302
    uid = signed_in_as(client)
    withdrawn = login_as(admin).post(f"/admin/approvals/{uid}/withdraw", {"reason": "Bukan ASN Pemko Medan"})
    assert withdrawn.status_code == 303
    assert sso_sign_in(make_client()).status_code == 302  # still signs in ...
    db.session.expire_all()
    user = db.session.get(User, uid)
    assert not user.is_verified  # ... but is not verified again
    assert user.verification_refusal_reason == "Bukan ASN Pemko Medan"
    assert "Mantan anggota" not in login_as(admin).get("/admin/approvals/").get_data(as_text=True)
    assert PERSON["name"] not in login_as(admin).get("/admin/approvals/").get_data(as_text=True)


def test_sso_verifies_only_for_the_agency_its_unit_claim_names(client, make_client, provider):
    assert sso_sign_in(client).status_code == 302
    user = db.session.get(User, signed_in_as(client))
    user.agency = agency("dinkes")  # moved in the profile: verification withdrawn there
    user.verified_at = user.verified_via = None
    db.session.commit()
    assert sso_sign_in(make_client()).status_code == 302  # the unit claim still says Diskominfo
    db.session.expire_all()
    user = db.session.get(User, user.id)
    assert (user.agency.code, user.is_verified) == ("dinkes", False)

    provider.user["unit_kerja"] = "1.02.01"  # the city's directory now says Dinas Kesehatan too
    assert sso_sign_in(make_client()).status_code == 302
    db.session.expire_all()
    assert db.session.get(User, user.id).verified_via == "sso"


def test_an_sso_sign_in_after_deletion_never_lands_in_the_deleted_account(client, make_client, make_user,
                                                                            provider):
    user = make_user(email=PERSON["email"], name="Rahma")
    assert sso_sign_in(client).status_code == 302
    browser = make_client()
    browser.login(PERSON["email"], PASSWORD)
    assert browser.post("/users/me/delete", {"password": PASSWORD}).status_code in (302, 303)
    db.session.expire_all()
    erased = db.session.get(User, user.id)
    assert erased.oidc_subject is None and not erased.is_verified and not erased.email_confirmed

    again = make_client()
    assert sso_sign_in(again).status_code == 302
    assert signed_in_as(again) not in (None, user.id)  # a new account for the person who came back


def test_an_email_the_provider_does_not_vouch_for_is_not_confirmed(client, provider):
    provider.user.update(email_verified=False)
    assert sso_sign_in(client).status_code == 302
    user = db.session.get(User, signed_in_as(client))
    assert user.email == PERSON["email"] and not user.email_confirmed and not user.is_verified
    assert "Konfirmasi alamat email Anda" in client.get("/questions/new").get_data(as_text=True)
