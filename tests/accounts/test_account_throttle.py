"""Per-account limits on sign-in and password reset, whatever address the attempts come from.

The per-address limits (RATELIMIT_LOGIN, RATELIMIT_RESET) stop one machine; someone who rotates addresses
would still try password after password on one account, or flood its owner with reset mail. The answer
never tells whether the Email/NIP belongs to an account.
"""
import pytest

from tests.accounts.test_passwords import read_mails
from tests.fixtures.people import PASSWORD

WRONG = "bukan-kata-sandinya-1"
THROTTLED = "Terlalu banyak percobaan masuk yang gagal"


@pytest.fixture
def app_config(app_config):
    return {**app_config, "RATELIMIT_ENABLED": True, "RATELIMIT_LOGIN": "100 per minute",
            "RATELIMIT_RESET": "100 per minute", "RATELIMIT_LOGIN_ACCOUNT": "3 per 15 minutes",
            "RATELIMIT_RESET_ACCOUNT": "2 per hour"}


def from_address(n: int) -> dict:
    return {"environ_base": {"REMOTE_ADDR": f"10.9.{n // 250}.{n % 250 + 1}"}}


def sign_in(client, login: str, password: str, n: int):
    return client.post("/auth/login", {"login": login, "password": password}, **from_address(n))


def test_failed_sign_ins_lock_the_account_whatever_the_address(client, member):
    codes = [sign_in(client, member.email, WRONG, n).status_code for n in range(3)]
    assert codes == [401, 401, 401]
    # The right password from a fresh address no longer opens the account: guessing has stopped paying.
    refused = sign_in(client, member.email.upper(), PASSWORD, 3)
    assert refused.status_code == 429
    assert THROTTLED in refused.get_data(as_text=True)
    assert client.get("/users/me").status_code == 302  # not signed in: sent to the sign-in page


def test_an_unknown_account_gets_the_same_answers(client):
    codes = [sign_in(client, "tidak.ada@medan.go.id", WRONG, n).status_code for n in range(4)]
    assert codes == [401, 401, 401, 429]
    assert THROTTLED in sign_in(client, "tidak.ada@medan.go.id", WRONG, 9).get_data(as_text=True)


def test_every_spelling_of_one_nip_or_email_counts_as_one(client, make_user):
    user = make_user(nip="198503302003121002")
    sign_in(client, user.nip, WRONG, 0)
    sign_in(client, "19850330 200312 1 002", WRONG, 1)
    sign_in(client, "19850330.200312.1-002", WRONG, 2)
    assert sign_in(client, user.nip, PASSWORD, 3).status_code == 429
    for n in range(3):
        sign_in(client, user.email.upper() if n % 2 else user.email, WRONG, 10 + n)
    assert sign_in(client, f"  {user.email.title()} ", PASSWORD, 13).status_code == 429


@pytest.mark.parametrize("exists", [False, True], ids=["unknown", "known"])
@pytest.mark.parametrize(("login", "other_spelling"), [("19850330.200312.1.002", "198503302003121002"),
                                                       ("Tamu@Medan.go.id", "tamu@medan.go.id")])
def test_a_limit_reached_under_one_spelling_tells_nothing_about_the_account(client, make_user, exists, login,
                                                                           other_spelling):
    """Three failures spelt one way, one try spelt another: the same 429 whether the account exists or not."""
    if exists:
        make_user(nip="198503302003121002", email="tamu@medan.go.id")
    assert [sign_in(client, login, WRONG, n).status_code for n in range(3)] == [401, 401, 401]
    assert sign_in(client, other_spelling, WRONG, 3).status_code == 429


def test_another_account_is_not_locked_out(client, member, make_user):
    for n in range(3):
        sign_in(client, member.email, WRONG, n)
    colleague = make_user()
    assert sign_in(client, colleague.email, PASSWORD, 0).status_code == 302


def test_a_successful_sign_in_does_not_count(client, member):
    for n in range(5):
        assert sign_in(client, member.email, PASSWORD, n).status_code == 302
        client.logout()
    assert sign_in(client, member.email, PASSWORD, 5).status_code == 302


def test_reset_mail_is_limited_per_account_and_the_answer_never_changes(client, member, outbox):
    answers = [client.post("/auth/reset", {"email": member.email}, **from_address(n)) for n in range(4)]
    assert [a.status_code for a in answers] == [302] * 4
    assert len({a.headers["Location"] for a in answers}) == 1
    assert len(read_mails(outbox)) == 2
    # The neutral message is shown every time, including after the limit.
    page = client.get(answers[-1].headers["Location"]).get_data(as_text=True)
    assert "Jika email tersebut terdaftar" in page
