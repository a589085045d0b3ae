"""Links in mail name the public site exactly once: with SERVER_NAME set or not, in a CLI job (digest,
send-pending, immediate mail sent by a job such as seed-demo) and in a request, whatever its Host."""
import re

import pytest

from app.extensions import db
from tests.conftest import CSRF_META
from tests.fixtures.people import PASSWORD
from tests.notifications.test_mail import digest

LINK = re.compile(r"https?://\S+")
SITES = {
    # As in production without SERVER_NAME: the CLI has no request to take the host from.
    "site-url": ({"SERVER_NAME": None, "SITE_URL": "https://simpul.medan.go.id"}, "https://simpul.medan.go.id"),
    # As `make run` and production with SERVER_NAME exported.
    "server-name": ({"SERVER_NAME": "simpul.medan.go.id", "PREFERRED_URL_SCHEME": "https"},
                    "https://simpul.medan.go.id"),
}


@pytest.fixture(params=sorted(SITES))
def site(request):
    return SITES[request.param]


@pytest.fixture
def app_config(app_config, site):
    return {**app_config, **site[0]}


@pytest.fixture
def origin(site):
    return site[1]


def assert_links_of_the_site(body: str, origin: str) -> None:
    links = LINK.findall(body)
    assert links, body
    for link in links:
        assert link.startswith(origin + "/"), link
        assert "://" not in link[len(origin):], link  # the origin once, not twice
    assert f"{origin}/notifications/settings" in links and "evil.example" not in body


def test_digest_links_outside_a_request(app, member, make_user, make_thread, make_reply, mails, origin):
    reply = make_reply(make_thread(member), make_user(agency_code="dinkes"))
    digest(app)
    body = mails()[0].get_content()
    assert_links_of_the_site(body, origin)
    assert f"{origin}/discussions/replies/{reply.id}" in body


def test_send_pending_links_outside_a_request(app, member, make_user, make_thread, make_reply, prefer, mails,
                                              origin):
    prefer(member, "langsung")
    thread = make_thread(member)
    app.config.update(MAIL_SERVER="127.0.0.1", MAIL_PORT=1)  # nothing listens there: left for send-pending
    make_reply(thread, make_user(agency_code="dinkes"))
    app.config.update(MAIL_SERVER=None)
    result = app.test_cli_runner().invoke(args=["mail", "send-pending"])
    assert result.output == "Email pemberitahuan langsung terkirim kepada 1 pengguna.\n"
    assert_links_of_the_site(mails(to=member)[0].get_content(), origin)


def test_immediate_mail_sent_by_a_cli_job(member, make_user, make_thread, make_reply, prefer, mails, origin):
    # The factories run outside any request, as `flask seed-demo` writes its content.
    prefer(member, "langsung")
    make_reply(make_thread(member), make_user(agency_code="dinkes"))
    [mail] = mails(to=member)
    assert_links_of_the_site(mail.get_content(), origin)


def test_immediate_mail_sent_from_a_request_ignores_its_host(client, member, make_user, make_thread, prefer, mails,
                                                             app, origin):
    prefer(member, "langsung")
    thread = make_thread(member)
    replier = make_user(agency_code="dinkes")
    db.session.commit()
    # With SERVER_NAME set another Host is refused outright; a forwarded one must still not reach the mail.
    # Plain http behind the proxy, as the test client speaks it (https would need a Referer for CSRF).
    served = {"base_url": "http://simpul.medan.go.id"} if app.config["SERVER_NAME"] else {}
    headers = ({"X-Forwarded-Host": "evil.example"} if app.config["SERVER_NAME"]
               else {"Host": "evil.example", "X-Forwarded-Host": "evil.example"})

    def send(url: str, fields: dict):
        page = client.get("/agencies/", headers=headers, **served).get_data(as_text=True)
        return client.post(url, {**fields, "csrf_token": CSRF_META.search(page)[1]}, headers=headers, **served)

    assert send("/auth/login", {"login": replier.email, "password": PASSWORD}).status_code == 302
    response = send(f"/discussions/{thread.id}/replies", {"body": "Kami juga memakai cara ini di kantor."})
    assert response.status_code in (302, 303)
    [mail] = mails(to=member)
    body = mail.get_content()
    assert_links_of_the_site(body, origin)
    assert f"{origin}/discussions/replies/" in body
