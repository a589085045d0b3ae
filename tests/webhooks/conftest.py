import pytest

from app.extensions import db
from app.webhooks.models import EVENTS, Webhook
from tests.webhooks.receiver import Receiver

SECRET = "rahasia-penerima-uji-0123456789"


@pytest.fixture
def app_config(app_config):
    app_config.update(WEBHOOK_ALLOW_PRIVATE=True, WEBHOOK_TIMEOUT=1)
    return app_config


@pytest.fixture
def receiver():
    r = Receiver(SECRET)
    yield r
    r.close()


@pytest.fixture
def hook(app, receiver, admin):
    row = Webhook(url=receiver.url, secret=SECRET, events=" ".join(EVENTS), active=True, created_by_id=admin.id)
    db.session.add(row)
    db.session.commit()
    return row
