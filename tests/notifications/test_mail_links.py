"""Mail sent by a CLI job has no request to take the host from: its links start with SITE_URL."""
import pytest

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
