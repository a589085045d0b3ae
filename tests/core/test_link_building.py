"""The link-building rule: absolute links come from SERVER_NAME (or SITE_URL), never from the request's Host;
with SERVER_NAME set, requests for any other host get the Indonesian 400 page."""
import email
import email.policy
import re

import pytest

from tests.conftest import CSRF_META

FORGED = [{"Host": "evil.example"}, {"X-Forwarded-Host": "evil.example"},
          {"Host": "evil.example", "X-Forwarded-Host": "evil.example"}]


def mail_bodies(outbox) -> str:
    return "".join(email.message_from_bytes(path.read_bytes(), policy=email.policy.default).get_content()
                   for path in sorted(outbox.glob("*.eml")))


def request_reset(client, address: str, headers: dict, **kwargs):
    """The reset form as a browser at that host sends it: the token is fetched with the same headers."""
    page = client.get("/auth/reset", headers=headers, **kwargs).get_data(as_text=True)
    token = CSRF_META.search(page).group(1)
    return client.post("/auth/reset", {"email": address, "csrf_token": token}, headers=headers, **kwargs)


class TestWithoutServerName:
    """Links point at SITE_URL, whatever host the visitor's request names."""

    @pytest.fixture
    def app_config(self, app_config):
        return {**app_config, "SERVER_NAME": None, "SITE_URL": "https://simpul.medan.go.id"}

    @pytest.mark.parametrize("headers", FORGED)
    def test_a_reset_mail_links_to_the_site_not_to_the_requested_host(self, client, make_user, outbox, headers):
        user = make_user()
        assert request_reset(client, user.email, headers).status_code == 302
        body = mail_bodies(outbox)
        assert re.search(r"https://simpul\.medan\.go\.id/auth/reset/\S+", body), body
        assert "evil.example" not in body

    def test_any_host_is_still_served(self, client):
        assert client.get("/", headers={"Host": "evil.example"}).status_code == 200


class TestWithServerName:
    @pytest.fixture
    def app_config(self, app_config):
        return {**app_config, "SERVER_NAME": "simpul.medan.go.id", "PREFERRED_URL_SCHEME": "https"}

    @pytest.mark.parametrize("path", ["/", "/auth/reset", "/questions/"])
    def test_a_request_for_another_host_gets_the_indonesian_400_page(self, client, path):
        response = client.get(path, headers={"Host": "evil.example"})
        assert response.status_code == 400
        page = response.get_data(as_text=True)
        assert "Permintaan tidak valid" in page and "Situs ini tidak melayani alamat yang Anda minta" in page
        assert 'href="/"' in page and "evil.example" not in page

    def test_scripts_get_the_400_as_json(self, client):
        response = client.get("/healthz", headers={"Host": "evil.example:443"})
        assert response.status_code == 400
        assert response.json["error"]["code"] == 400

    @pytest.mark.parametrize("host", ["simpul.medan.go.id", "simpul.medan.go.id:443", "127.0.0.1:8000",
                                      "localhost:5000"])
    def test_the_site_and_the_machine_itself_are_served(self, client, host):
        assert client.get("/healthz", headers={"Host": host}).status_code == 200

    def test_a_reset_mail_over_plain_http_with_a_forwarded_host_links_to_the_configured_site(
            self, client, make_user, outbox):
        user = make_user()
        response = request_reset(client, user.email, {"X-Forwarded-Host": "evil.example"},
                                 base_url="http://simpul.medan.go.id")
        assert response.status_code == 302
        body = mail_bodies(outbox)
        assert re.search(r"https://simpul\.medan\.go\.id/auth/reset/\S+", body), body
        assert "evil.example" not in body and "http://simpul" not in body
