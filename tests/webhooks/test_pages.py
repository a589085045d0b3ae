"""/admin/webhooks: admins only; registration's bad input gets Indonesian errors; the send-test button."""
import re

import pytest
from sqlalchemy import func, select

from app.extensions import db
from app.webhooks.delivery import deliver_due
from app.webhooks.models import Webhook, WebhookDelivery
from tests.webhooks.conftest import SECRET


def _count(model) -> int:
    return db.session.execute(select(func.count()).select_from(model)).scalar_one()


@pytest.mark.parametrize("url", ["/admin/webhooks/", "/admin/webhooks/new", "/admin/webhooks/{id}",
                                 "/admin/webhooks/{id}/edit"])
def test_only_admins_see_the_pages(url, hook, login_as, client, member, moderator, leader, admin):
    url = url.format(id=hook.id)
    assert "/auth/login" in client.get(url).headers["Location"]
    for user in (member, moderator, leader):
        assert login_as(user).get(url).status_code == 403
    assert login_as(admin).get(url).status_code == 200


@pytest.mark.parametrize("action", ["test", "delete"])
def test_only_admins_post_actions(action, hook, login_as, member, leader, moderator):
    for user in (member, moderator, leader):
        assert login_as(user).post(f"/admin/webhooks/{hook.id}/{action}").status_code == 403
    assert _count(WebhookDelivery) == 0 and _count(Webhook) == 1


def test_only_admins_register(login_as, leader):
    response = login_as(leader).post("/admin/webhooks/new", {"url": "https://contoh.go.id/hook", "secret": SECRET,
                                                              "events": ["post.created"]})
    assert response.status_code == 403 and _count(Webhook) == 0


def test_admin_registers_with_a_generated_secret(login_as, admin, receiver):
    client = login_as(admin)
    page = client.get("/admin/webhooks/new").get_data(as_text=True)
    assert 'name="secret"' in page and "post.created" in page and "question.addressed" in page
    response = client.post("/admin/webhooks/new", {"url": receiver.url, "secret": SECRET,
                                                    "events": ["post.created", "award.given"], "active": "y"})
    assert response.status_code == 303
    hook = db.session.execute(select(Webhook)).scalar_one()
    assert (hook.url, hook.secret, hook.event_list, hook.active) == (receiver.url, SECRET,
                                                                     ["post.created", "award.given"], True)
    shown = client.get(response.headers["Location"]).get_data(as_text=True)
    assert SECRET in shown and "Kirim uji" in shown


def test_a_new_form_offers_a_fresh_secret(login_as, admin):
    page = login_as(admin).get("/admin/webhooks/new").get_data(as_text=True)
    value = re.search(r'name="secret"[^>]*value="([0-9a-f]+)"|value="([0-9a-f]{64})"[^>]*name="secret"', page)
    assert value and len(value.group(1) or value.group(2)) == 64


@pytest.mark.parametrize(("fields", "message"), [
    ({"url": "ftp://contoh.go.id/hook"}, "Alamat URL harus diawali http:// atau https://."),
    ({"url": "bukan alamat"}, "Alamat URL harus diawali http:// atau https://."),
    ({"url": "http://"}, "Alamat URL tidak valid."),
    ({"url": "https://contoh.go.id:99999/"}, "Alamat URL tidak valid."),
    ({"url": ""}, "Isi alamat URL penerima."),
    ({"events": []}, "Pilih sedikitnya satu peristiwa dari daftar."),
    ({"events": ["post.deleted"]}, "Pilih sedikitnya satu peristiwa dari daftar."),
    ({"secret": "pendek"}, "Rahasia harus 16 sampai 128 karakter tanpa spasi."),
])
def test_bad_input_is_refused_in_indonesian(fields, message, login_as, admin):
    data = {"url": "https://contoh.go.id/hook", "secret": SECRET, "events": ["post.created"], **fields}
    response = login_as(admin).post("/admin/webhooks/new", data)
    assert response.status_code == 422
    assert message in response.get_data(as_text=True)
    assert _count(Webhook) == 0


@pytest.mark.parametrize("url", ["http://localhost:8000/hook", "http://127.0.0.1/hook", "http://10.0.0.5/hook",
                                 "http://192.168.1.10/hook", "http://169.254.169.254/latest", "http://[::1]/hook",
                                 "http://[fd00::1]/hook", "http://api.localhost/hook"])
def test_private_urls_are_refused_without_the_setting(url, app, login_as, admin):
    app.config["WEBHOOK_ALLOW_PRIVATE"] = False
    response = login_as(admin).post("/admin/webhooks/new", {"url": url, "secret": SECRET, "events": ["post.created"]})
    assert response.status_code == 422 and _count(Webhook) == 0
    page = response.get_data(as_text=True)
    assert "tidak boleh menuju" in page


def test_send_test_queues_a_signed_ping_and_the_log_shows_it(hook, receiver, login_as, admin):
    client = login_as(admin)
    response = client.post(f"/admin/webhooks/{hook.id}/test")
    assert response.status_code == 303
    assert "antrean" in client.get(response.headers["Location"]).get_data(as_text=True)
    assert deliver_due() == 1
    [got] = receiver.received
    assert got["signed"] and got["event"] == "ping" and got["body"]["data"]["webhook"]["id"] == hook.id
    page = client.get(f"/admin/webhooks/{hook.id}").get_data(as_text=True)
    assert 'data-status="terkirim"' in page and "<td>200</td>" in page


def test_the_log_shows_a_failure_and_the_next_try(hook, receiver, login_as, admin):
    receiver.answers = [500]
    client = login_as(admin)
    client.post(f"/admin/webhooks/{hook.id}/test")
    deliver_due()
    page = client.get(f"/admin/webhooks/{hook.id}").get_data(as_text=True)
    assert 'data-status="menunggu"' in page and "<td>500</td>" in page and "HTTP 500" in page


def test_admin_edits_and_deletes(hook, login_as, admin):
    client, hook_id = login_as(admin), hook.id
    client.post(f"/admin/webhooks/{hook_id}/test")
    response = client.post(f"/admin/webhooks/{hook_id}/edit", {"url": "https://contoh.go.id/baru",
                                                               "secret": SECRET + "x", "events": ["award.given"]})
    assert response.status_code == 303
    db.session.expire_all()
    assert (hook.url, hook.event_list, hook.active) == ("https://contoh.go.id/baru", ["award.given"], False)
    assert client.post(f"/admin/webhooks/{hook_id}/delete").status_code == 303
    assert _count(Webhook) == 0 and _count(WebhookDelivery) == 0
    assert client.get(f"/admin/webhooks/{hook_id}").status_code == 404
