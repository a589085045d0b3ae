"""Notices reach a linked chat through the outbox: only chosen kinds, only after the commit, retried, given up."""
from datetime import timedelta

from sqlalchemy import select, update

from app.content.models import PostStatus
from app.core.outbox import BACKOFF
from app.core.timeutil import utcnow
from app.extensions import db
from app.notifications.models import Notification
from app.notifications.services import tell_verification
from app.privacy.erasure import delete_account
from app.questions.services import ask_question
from app.telegram.delivery import drain
from app.telegram.models import FAILED, PENDING, SENT, TelegramLink, TelegramMessage
from app.telegram.services import queue_digests
from tests.fixtures.people import PASSWORD


def _messages():
    db.session.expire_all()
    return list(db.session.execute(select(TelegramMessage).order_by(TelegramMessage.id)).scalars())


def _make_due():
    db.session.execute(update(TelegramMessage).where(TelegramMessage.status == PENDING)
                       .values(next_attempt_at=utcnow() - timedelta(seconds=1)))
    db.session.commit()


def test_a_chosen_notice_is_sent_after_its_commit_and_others_are_not(bot, member, make_user, make_question,
                                                                     make_answer, linked, admin):
    linked(member, 777001, kinds=["answer"])
    question = make_question(member, title="Bagaimana mengarsipkan surat masuk?")
    make_answer(question, make_user())
    tell_verification(member.id, admin.id, "approved")  # a kind the member did not choose
    db.session.commit()
    assert bot.sent == []  # queued with the notice; only the worker sends
    assert drain() == 1
    [text] = bot.texts(777001)
    assert "menjawab" in text and "Bagaimana mengarsipkan surat masuk?" in text
    assert "\nhttp://localhost/answers/" in text  # the same absolute link as the mail
    [row] = _messages()
    assert (row.status, row.attempts) == (SENT, 1)


def test_a_rolled_back_notice_sends_nothing(bot, member, make_user, linked):
    linked(member, 777002)
    ask_question(make_user(), title="Siapa yang menyebut @siapa?", body="Isi pertanyaan yang cukup panjang.",
                 tags="arsip")
    tell_verification(member.id, None, "approved")
    db.session.rollback()
    assert _messages() == [] and drain() == 0 and bot.sent == []


def test_a_500_and_a_timeout_are_retried_then_sent(app, bot, member, linked):
    linked(member, 777003)
    tell_verification(member.id, None, "approved")
    db.session.commit()
    bot.answers = [500, 1.0]  # an error, then a stall longer than TELEGRAM_TIMEOUT
    drain()
    [row] = _messages()
    assert (row.status, row.attempts) == (PENDING, 1) and "500" in row.last_error
    assert row.next_attempt_at > utcnow() + timedelta(seconds=BACKOFF[0] - 5)
    _make_due()
    drain()
    [row] = _messages()
    assert (row.status, row.attempts) == (PENDING, 2) and row.last_error
    _make_due()
    assert drain() == 0 and bot.calls.count("sendMessage") == 2  # a timeout pauses sending
    app.extensions["telegram_poll"]["send"] = 0.0
    drain()
    [row] = _messages()
    assert (row.status, row.attempts, row.last_error) == (SENT, 3, None)
    assert len(bot.texts(777003)) == 1


def test_429_waits_its_retry_after_and_the_last_failure_gives_up(bot, member, linked):
    linked(member, 777004)
    tell_verification(member.id, None, "approved")
    db.session.commit()
    bot.answers = [429, 429]
    drain()
    _make_due()
    drain()
    [row] = _messages()
    assert row.status == PENDING and row.next_attempt_at > utcnow() + timedelta(seconds=100)
    assert row.attempts == 0  # flood control is not a failed attempt
    row.attempts = len(BACKOFF)
    db.session.commit()
    _make_due()
    bot.answers = [500]
    drain()
    [row] = _messages()
    assert (row.status, row.next_attempt_at) == (FAILED, None) and bot.sent == []


def test_a_blocked_bot_unlinks_the_member(bot, member, linked):
    linked(member, 777005)
    tell_verification(member.id, None, "approved")
    tell_verification(member.id, None, "withdrawn")
    db.session.commit()
    bot.answers = [403]
    drain()
    assert db.session.get(TelegramLink, member.id) is None
    assert [m.status for m in _messages()] == [FAILED]  # the next one waits no more
    tell_verification(member.id, None, "approved")
    db.session.commit()
    assert len(_messages()) == 1


def test_the_daily_digest_goes_once_a_day(app, bot, member, make_user, linked, make_question, make_answer):
    linked(member, 777006, kinds=[], digest=True)
    question = make_question(member, title="Pertanyaan untuk ringkasan harian?")
    make_answer(question, make_user())
    assert _messages() == []  # no kind chosen: nothing at once
    assert queue_digests() == 1 and queue_digests() == 0
    result = app.test_cli_runner().invoke(args=["telegram", "send-digests"])
    assert result.exit_code == 0 and "untuk 0 pengguna" in result.output  # the same day: not again
    drain()
    [text] = bot.texts(777006)
    assert text.startswith("Ringkasan harian Simpul ASN: 1 pemberitahuan") and "ringkasan harian?" in text
    assert "http://localhost/notifications/" in text


def test_erasing_the_account_removes_the_link(bot, member, linked):
    linked(member, 777007)
    tell_verification(member.id, None, "approved")
    delete_account(member, PASSWORD)
    db.session.commit()
    assert db.session.get(TelegramLink, member.id) is None and _messages() == []
    assert drain() == 0 and bot.sent == []


def test_a_busy_thread_sends_one_message_until_read_and_hidden_posts_none(bot, member, make_user, linked,
                                                                         make_question, make_answer):
    linked(member, 777008, kinds=["answer"])
    question = make_question(member, title="Pertanyaan yang ramai dijawab?")
    make_answer(question, make_user())
    drain()
    make_answer(question, make_user())
    make_answer(question, make_user())
    drain()
    assert len(bot.texts(777008)) == 1 and [m.status for m in _messages()] == [SENT, "dilewati", "dilewati"]
    db.session.execute(update(Notification).values(read_at=utcnow()))
    db.session.commit()
    hidden = make_answer(question, make_user())
    hidden.status = PostStatus.HIDDEN
    db.session.commit()
    make_answer(question, make_user())
    drain()
    assert len(bot.texts(777008)) == 2 and [m.status for m in _messages()][-2:] == ["dilewati", SENT]
