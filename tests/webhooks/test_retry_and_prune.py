"""The delivery log's "Kirim ulang" (admins, CSRF, failed rows only) and pruning old finished deliveries."""
from datetime import timedelta

import pytest
from sqlalchemy import select

from app.core.timeutil import utcnow
from app.extensions import db
from app.webhooks.delivery import deliver_due
from app.webhooks.models import DELIVERED, FAILED, PENDING, Webhook, WebhookDelivery
from app.webhooks.retention import prune_deliveries


def _row(hook, status, *, days_old=0, attempts=6, error="HTTP 500") -> WebhookDelivery:
    row = WebhookDelivery(webhook_id=hook.id, event="ping", payload="{}", status=status, attempts=attempts,
                          next_attempt_at=None if status != PENDING else utcnow(), last_status_code=500,
                          last_error=error, created_at=utcnow() - timedelta(days=days_old))
    db.session.add(row)
    db.session.commit()
    return row


def _ids() -> list[int]:
    return list(db.session.execute(select(WebhookDelivery.id).order_by(WebhookDelivery.id)).scalars())


def test_admin_resends_a_failed_delivery(hook, receiver, login_as, admin):
    failed = _row(hook, FAILED)
    client = login_as(admin)
    page = client.get(f"/admin/webhooks/{hook.id}").get_data(as_text=True)
    assert f"/admin/webhooks/{hook.id}/deliveries/{failed.id}/retry" in page and "Kirim ulang" in page
    response = client.post(f"/admin/webhooks/{hook.id}/deliveries/{failed.id}/retry")
    assert response.status_code == 303
    assert "antrean lagi" in client.get(response.headers["Location"]).get_data(as_text=True)
    db.session.expire_all()
    assert (failed.status, failed.attempts) == (PENDING, 0) and failed.next_attempt_at <= utcnow()
    assert deliver_due() == 1 and receiver.events() == ["ping"]
    db.session.expire_all()
    assert (failed.status, failed.attempts, failed.last_status_code, failed.last_error) == (DELIVERED, 1, 200, None)


def test_only_a_failed_delivery_of_that_webhook_is_resent(hook, login_as, admin):
    sent, other_hook = _row(hook, DELIVERED), Webhook(url=hook.url, secret=hook.secret, events="ping", active=True)
    db.session.add(other_hook)
    db.session.commit()
    foreign = _row(other_hook, FAILED)
    client = login_as(admin)
    response = client.post(f"/admin/webhooks/{hook.id}/deliveries/{sent.id}/retry")
    assert response.status_code == 303
    assert "Hanya pengiriman yang gagal dapat dikirim ulang." in client.get(
        response.headers["Location"]).get_data(as_text=True)
    assert client.post(f"/admin/webhooks/{hook.id}/deliveries/{foreign.id}/retry").status_code == 404
    assert client.post(f"/admin/webhooks/{hook.id}/deliveries/99999/retry").status_code == 404
    huge = 2**63  # past any integer column: the route refuses it (404) before the database overflows (500)
    assert client.post(f"/admin/webhooks/{hook.id}/deliveries/{huge}/retry").status_code == 404
    assert client.get(f"/admin/webhooks/{huge}").status_code == 404
    assert client.post(f"/admin/webhooks/{hook.id}/deliveries/{foreign.id}/retry", csrf=False).status_code == 400
    db.session.expire_all()
    assert (sent.status, foreign.status, foreign.attempts) == (DELIVERED, FAILED, 6)
    assert 'data-retry' not in client.get(f"/admin/webhooks/{hook.id}").get_data(as_text=True)


def test_only_admins_resend(hook, login_as, member, moderator, leader, client):
    failed = _row(hook, FAILED)
    url = f"/admin/webhooks/{hook.id}/deliveries/{failed.id}/retry"
    assert "/auth/login" in client.post(url).headers["Location"]
    for user in (member, moderator, leader):
        assert login_as(user).post(url).status_code == 403
    db.session.expire_all()
    assert (failed.status, failed.attempts) == (FAILED, 6)


def test_prune_deletes_old_finished_rows_but_keeps_pending_recent_and_the_shown_log(app, hook):
    old_sent, old_failed = _row(hook, DELIVERED, days_old=40), _row(hook, FAILED, days_old=31)
    old_pending, recent = _row(hook, PENDING, days_old=40), _row(hook, FAILED, days_old=29)
    kept, gone = {old_pending.id, recent.id}, {old_sent.id, old_failed.id}
    # With the whole log on the page (fewer rows than it shows) nothing goes.
    assert prune_deliveries(30) == 0 and len(_ids()) == 4
    assert prune_deliveries(30, keep=2) == 2 and set(_ids()) == kept
    _row(hook, DELIVERED, days_old=40)  # the newest row: shown on the log page, so kept however old
    result = app.test_cli_runner().invoke(args=["webhooks", "prune", "--days", "1"])
    assert result.exit_code == 0 and "0 pengiriman lama dihapus." in result.output
    assert not gone & set(_ids()) and len(_ids()) == 3


@pytest.mark.parametrize("days", ["0", "-3", "tiga"])
def test_prune_refuses_a_bad_day_count(app, days):
    result = app.test_cli_runner().invoke(args=["webhooks", "prune", "--days", days])
    assert result.exit_code == 2
