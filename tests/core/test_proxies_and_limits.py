"""Rate limits per visitor behind a reverse proxy, and a site that keeps working when Redis does not."""
import email

import pytest

from tests.fixtures.people import PASSWORD


def attempt(client, address: str | None, login: str = "tidak-ada@medan.go.id"):
    headers = {"X-Forwarded-For": address} if address else {}
    return client.post("/auth/login", {"login": login, "password": "salah-sekali-123"}, headers=headers)


@pytest.fixture
def limited(app_config):
    return {**app_config, "RATELIMIT_ENABLED": True, "RATELIMIT_LOGIN": "2 per minute"}


class TestBehindOneProxy:
    @pytest.fixture
    def app_config(self, limited):
        config = {**limited, "TRUSTED_PROXIES": 1}
        config.pop("SERVER_NAME")  # as in production: links are built from the request's host
        return config

    def test_each_visitor_has_their_own_sign_in_limit(self, client):
        assert [attempt(client, "10.1.1.1").status_code for _ in range(3)] == [401, 401, 429]
        # A colleague at another address is not locked out by the first visitor's mistakes.
        assert attempt(client, "10.1.1.2").status_code == 401


    def test_a_forwarded_host_cannot_redirect_reset_links(self, client, make_user, outbox):
        user = make_user()
        response = client.post("/auth/reset", {"email": user.email},
                               headers={"X-Forwarded-For": "10.1.1.3", "X-Forwarded-Host": "jahat.example"})
        assert response.status_code in (200, 302)
        mail = "".join(email.message_from_string(path.read_text()).get_payload(decode=True).decode()
                       for path in outbox.glob("*"))
        assert "/auth/reset/" in mail and "jahat.example" not in mail


class TestWithoutATrustedProxy:
    @pytest.fixture
    def app_config(self, limited):
        return limited

    def test_a_forged_forwarded_for_header_does_not_escape_the_limit(self, client):
        assert [attempt(client, f"10.2.2.{n}").status_code for n in range(3)] == [401, 401, 429]


class TestRedisUnreachable:
    @pytest.fixture
    def app_config(self, limited):
        return {**limited, "RATELIMIT_STORAGE_URI": "redis://127.0.0.1:1/0"}

    def test_sign_in_still_works_and_is_still_limited_in_memory(self, client, make_user):
        user = make_user()
        assert client.login(user.email, PASSWORD).status_code == 302
        client.logout()
        codes = [attempt(client, None).status_code for _ in range(3)]
        assert 500 not in codes and codes[-1] == 429, codes
