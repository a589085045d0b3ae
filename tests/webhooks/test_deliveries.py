"""Events reach a real receiver, signed; failures are retried with backoff, private addresses refused."""
from datetime import timedelta
from ipaddress import ip_address

import pytest
from sqlalchemy import select, update

from app.core.timeutil import utcnow
from app.extensions import db
from app.pembinaan.activities import announce_activity
from app.pembinaan.activity_rules import ActivityFields
from app.questions import opd
from app.questions.services import accept_answer, ask_question
from app.reputation.adoptions import record_adoption
from app.reputation.awards import give_award
from app.webhooks.addresses import blocked
from app.webhooks.delivery import BACKOFF, deliver_due
from app.webhooks.models import DELIVERED, FAILED, PENDING, WebhookDelivery
from tests.fixtures.people import agency


def _deliveries():
    db.session.expire_all()
    return list(db.session.execute(select(WebhookDelivery).order_by(WebhookDelivery.id)).scalars())


def _make_due():
    db.session.execute(update(WebhookDelivery).where(WebhookDelivery.status == PENDING)
                       .values(next_attempt_at=utcnow() - timedelta(seconds=1)))
    db.session.commit()


def test_a_new_question_reaches_the_receiver_signed(hook, receiver, make_question, member):
    question = make_question(member, title="Cara mengarsipkan surat masuk digital?")
    assert receiver.received == []  # queued with the question, sent only by the worker
    assert deliver_due() == 1
    [got] = receiver.received
    assert got["signed"] and got["event"] == "post.created"
    body = got["body"]
    assert body["event"] == "post.created" and body["delivered_at"].endswith("Z")
    assert body["data"]["post"]["id"] == question.id
    assert body["data"]["post"]["title"] == "Cara mengarsipkan surat masuk digital?"
    assert body["data"]["post"]["url"].startswith("http://localhost/")
    assert body["data"]["author"]["id"] == member.id
    [row] = _deliveries()
    assert (row.status, row.last_status_code, row.attempts, got["delivery"]) == (DELIVERED, 200, 1, str(row.id))


def test_a_rolled_back_event_sends_nothing(hook, receiver, member):
    ask_question(member, title="Pertanyaan yang batal disimpan?", body="Isi pertanyaan yang cukup panjang.",
                 tags="arsip")
    db.session.rollback()
    assert _deliveries() == [] and deliver_due() == 0


def test_every_wired_event_is_delivered(hook, receiver, make_question, make_answer, make_article, member,
                                        make_user, leader):
    question = make_question(member)
    answer = make_answer(question, make_user())
    accept_answer(question, answer, member)
    db.session.commit()
    article = make_article(member)
    record_adoption(article, make_user(agency_code="dinkes"), "Kami menerapkannya di puskesmas sejak Maret.")
    db.session.commit()
    give_award(leader, member, title="Penggerak Arsip Digital",
               citation="Atas praktik baik digitalisasi arsip yang ditiru tiga instansi.")
    db.session.commit()
    start = utcnow() + timedelta(days=7)
    announce_activity(leader, ActivityFields(title="Lokakarya SPBE", kind="workshop",
                                             description="Lokakarya penerapan SPBE untuk operator instansi.",
                                             starts_at=start, ends_at=start + timedelta(hours=3), jp=3,
                                             place="Aula Kantor Wali Kota"))
    db.session.commit()
    opd.address(question, agency("dinkes"), member)
    db.session.commit()
    while deliver_due():
        pass
    assert all(r["signed"] for r in receiver.received)
    events = receiver.events()
    for name in ("post.created", "answer.accepted", "article.adopted", "award.given", "activity.created",
                 "question.addressed"):
        assert name in events, name
    by_event = {r["event"]: r["body"]["data"] for r in receiver.received}
    assert by_event["answer.accepted"]["answer"]["id"] == answer.id
    assert by_event["article.adopted"]["article"]["id"] == article.id
    assert by_event["award.given"]["award"]["title"] == "Penggerak Arsip Digital"
    assert by_event["activity.created"]["activity"]["title"] == "Lokakarya SPBE"
    assert by_event["question.addressed"]["agency"]["code"] == "dinkes"
    assert {d.status for d in _deliveries()} == {DELIVERED}


def test_only_subscribed_events_and_active_hooks(hook, receiver, make_question, member):
    hook.events = "award.given"
    db.session.commit()
    make_question(member)
    assert _deliveries() == []
    hook.events, hook.active = "post.created", False
    db.session.commit()
    make_question(member, title="Pertanyaan kedua tentang arsip digital?")
    assert _deliveries() == []


def test_a_500_is_retried_with_backoff_then_delivered(hook, receiver, make_question, member):
    receiver.answers = [500, 500]
    make_question(member)
    before = utcnow()
    deliver_due()
    [row] = _deliveries()
    assert (row.status, row.attempts, row.last_status_code, row.last_error) == (PENDING, 1, 500, "HTTP 500")
    assert timedelta(seconds=BACKOFF[0] - 5) < row.next_attempt_at - before < timedelta(seconds=BACKOFF[0] + 30)
    assert deliver_due() == 0  # not yet due
    _make_due()
    deliver_due()
    [row] = _deliveries()
    assert row.attempts == 2 and row.next_attempt_at - utcnow() > timedelta(seconds=BACKOFF[1] - 30)
    _make_due()
    deliver_due()
    [row] = _deliveries()
    assert (row.status, row.attempts, row.last_status_code, row.last_error) == (DELIVERED, 3, 200, None)
    assert len(receiver.received) == 3 and all(r["signed"] for r in receiver.received)
    assert len({r["delivery"] for r in receiver.received}) == 1


def test_a_timeout_is_retried(hook, receiver, make_question, member):
    receiver.answers = [2.0]  # stalls past WEBHOOK_TIMEOUT=1
    make_question(member)
    deliver_due()
    [row] = _deliveries()
    assert row.status == PENDING and row.attempts == 1 and row.last_status_code is None
    assert "timed out" in row.last_error
    _make_due()
    deliver_due()
    assert _deliveries()[0].status == DELIVERED


def test_after_the_last_retry_it_is_given_up(hook, receiver, make_question, member):
    receiver.answers = [503] * 10
    make_question(member)
    for _ in range(len(BACKOFF) + 1):
        _make_due()
        deliver_due()
    [row] = _deliveries()
    assert (row.status, row.attempts, row.next_attempt_at, row.last_error) == (FAILED, 6, None, "HTTP 503")
    _make_due()
    assert deliver_due() == 0 and len(receiver.received) == 6


def test_private_addresses_are_refused_at_delivery_without_the_setting(app, hook, receiver, make_question, member):
    app.config["WEBHOOK_ALLOW_PRIVATE"] = False
    make_question(member)
    deliver_due()
    [row] = _deliveries()
    assert receiver.received == []
    assert row.status == PENDING and row.attempts == 1 and "refused" in row.last_error


@pytest.mark.parametrize("address", ["127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254",
                                     "100.64.0.1", "0.0.0.0", "224.0.0.1", "240.0.0.1", "::1", "fc00::1", "fe80::1",
                                     "ff02::1", "::ffff:127.0.0.1", "::"])
def test_blocked_ranges(address):
    assert blocked(ip_address(address))


@pytest.mark.parametrize("address", ["8.8.8.8", "103.10.20.30", "2001:4860:4860::8888"])
def test_public_addresses_pass(address):
    assert not blocked(ip_address(address))


def test_a_redirect_is_not_followed(hook, receiver, make_question, member):
    receiver.answers = [302]
    make_question(member)
    deliver_due()
    [row] = _deliveries()
    assert (row.status, row.last_status_code, len(receiver.received)) == (PENDING, 302, 1)


def test_the_background_worker_and_the_command_send(app, hook, receiver, make_question, member):
    from app.core.background import drain_registered

    make_question(member)
    drain_registered()  # what `flask search worker` runs after each round
    assert receiver.events() == ["post.created"]
    make_question(member, title="Pertanyaan kedua tentang arsip digital?")
    result = app.test_cli_runner().invoke(args=["webhooks", "deliver"])
    assert result.exit_code == 0 and "1 pengiriman dicoba." in result.output
    assert receiver.events() == ["post.created", "post.created"]


def test_sending_leaves_the_kept_pages_alone(hook, receiver, make_question, member):
    from app.core.cache import CONTENT, CacheVersion

    def version():
        db.session.expire_all()
        return db.session.execute(select(CacheVersion.version).where(CacheVersion.name == CONTENT)).scalar()

    receiver.answers = [500]
    make_question(member)
    before = version()
    deliver_due()
    _make_due()
    deliver_due()
    assert _deliveries()[0].status == DELIVERED and version() == before
