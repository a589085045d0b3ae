"""Without SERVER_NAME, links in mail start with SITE_URL: in a CLI job, and in a request whatever its Host."""
import pytest

from app.extensions import db
from tests.conftest import CSRF_META
from tests.fixtures.people import PASSWORD
from tests.notifications.test_mail import digest


@pytest.fixture
def app_config(app_config):
    # As in production without SERVER_NAME: the CLI has no request to take the host from.
    return {**app_config, "SERVER_NAME": None, "SITE_URL": "https://simpul.medan.go.id"}


def test_digest_links_use_site_url_outside_a_request(app, member, make_user, make_thread, make_reply, mails):
    make_reply(make_thread(member), make_user(agency_code="dinkes"))
    digest(app)
    body = mails()[0].get_content()
    assert "https://simpul.medan.go.id/discussions/replies/" in body
    assert "https://simpul.medan.go.id/notifications/settings" in body


def test_immediate_mail_sent_from_a_request_ignores_its_host(client, member, make_user, make_thread, prefer, mails):
    prefer(member, "langsung")
    thread = make_thread(member)
    replier = make_user(agency_code="dinkes")
    db.session.commit()
    headers = {"Host": "evil.example", "X-Forwarded-Host": "evil.example"}

    def send(url: str, fields: dict):
        page = client.get("/agencies/", headers=headers).get_data(as_text=True)
        return client.post(url, {**fields, "csrf_token": CSRF_META.search(page)[1]}, headers=headers)

    assert send("/auth/login", {"login": replier.email, "password": PASSWORD}).status_code == 302
    response = send(f"/discussions/{thread.id}/replies", {"body": "Kami juga memakai cara ini di kantor."})
    assert response.status_code in (302, 303)
    [mail] = mails(to=member)
    body = mail.get_content()
    assert "https://simpul.medan.go.id/discussions/replies/" in body
    assert "https://simpul.medan.go.id/notifications/settings" in body and "evil.example" not in body
