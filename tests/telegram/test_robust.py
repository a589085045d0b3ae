"""What the review found: a re-linked or taken-over chat, an unreachable Bot API, the token in errors, getMe
inside the page, flood control, strangers' replies, UTF-16 length, and a row unlinked mid-send."""
import logging
import re

from sqlalchemy import delete, select

from app.extensions import db
from app.notifications.services import tell_verification
from app.telegram.delivery import SKIPPED, drain
from app.telegram.models import PENDING, SENT, TelegramMessage
from app.telegram.services import new_code, queue_text, set_choices
from tests.telegram.botserver import TOKEN


def _messages():
    db.session.expire_all()
    return list(db.session.execute(select(TelegramMessage).order_by(TelegramMessage.id)).scalars())


def test_waiting_messages_follow_a_relink_and_a_taken_over_chat_gets_none(bot, member, make_user, linked):
    other = make_user()
    linked(member, 600001)
    linked(other, 600002)
    tell_verification(member.id, None, "approved")
    tell_verification(other.id, None, "approved")
    code = new_code(member)
    db.session.commit()
    bot.say(600002, f"/start {code}")  # the member takes over the other member's chat
    drain()
    assert bot.texts(600001) == []
    assert [m.chat_id for m in _messages()][:2] == [600002, 600002]
    assert [m.status for m in _messages()][:2] == [SENT, SKIPPED]  # the other member's notice is not sent
    texts = bot.texts(600002)
    assert len(texts) == 2 and "Pengguna Uji" not in texts[0] + texts[1]
    tell_verification(member.id, None, "refused")
    set_choices(member, ["answer"], False)  # narrowed after the notice was queued
    db.session.commit()
    drain()
    assert len(bot.texts(600002)) == 2 and _messages()[-1].status == SKIPPED


def test_an_unreachable_bot_api_stops_the_round_and_pauses(bot, member, make_user, linked):
    for n, user in enumerate([member, make_user(), make_user()]):
        linked(user, 600010 + n)
        tell_verification(user.id, None, "approved")
    db.session.commit()
    before = [m.next_attempt_at for m in _messages()]
    bot.answers = [0.5, 0.5, 0.5]  # each stalls past TELEGRAM_TIMEOUT
    assert drain() == 1
    assert drain() == 0 and bot.calls.count("sendMessage") == 1
    rows = _messages()
    assert [(m.status, m.attempts) for m in rows] == [(PENDING, 1), (PENDING, 0), (PENDING, 0)]
    assert [m.next_attempt_at for m in rows[1:]] == before[1:]


def test_the_token_is_stripped_and_never_stored_or_logged(app, bot, member, linked, caplog):
    linked(member, 600020)
    app.config["TELEGRAM_BOT_TOKEN"] = f" {TOKEN}\n"
    tell_verification(member.id, None, "approved")
    db.session.commit()
    drain()
    assert len(bot.texts(600020)) == 1 and bot.bad_tokens == 0
    app.config["TELEGRAM_BOT_TOKEN"] = "123456:TEST token-abcdef"  # a space inside: http.client refuses the URL
    tell_verification(member.id, None, "refused")
    db.session.commit()
    with caplog.at_level(logging.INFO):
        drain()
    error = _messages()[-1].last_error
    assert "***" in error and "TEST token" not in error
    assert "TEST token" not in str([r.__dict__ for r in caplog.records])


def test_an_unreachable_getme_still_shows_the_code(bot, login_as, member):
    client = login_as(member)
    bot.broken = True  # answers that are not HTTP: http.client raises BadStatusLine
    for _ in range(2):
        page = client.post("/users/me/telegram", {"action": "code"})
        text = page.get_data(as_text=True)
        assert page.status_code == 200 and "t.me/" not in text
        assert re.search(r"/start [A-Za-z0-9_-]{16}", text)
    assert bot.calls.count("getMe") == 1  # the failure is remembered for a minute


def test_strangers_get_one_reply_a_minute(app, bot):
    for text in ["/start salahkode1", "/start salahkode2", "/start"]:
        bot.say(600030, text)
    drain()
    assert len(bot.texts(600030)) == 1 and len(_messages()) == 1


def test_a_text_is_cut_by_utf16_units(app):
    queue_text(None, 600040, "\U0001F600" * 3000)  # 6000 UTF-16 code units
    db.session.commit()
    [row] = _messages()
    assert len(row.text.encode("utf-16-le")) == 2 * 4096 and row.text == "\U0001F600" * 2048


def test_a_message_unlinked_while_sent_does_not_stop_the_round(bot, member, make_user, linked):
    other = make_user()
    linked(member, 600050)
    linked(other, 600051)
    tell_verification(member.id, None, "approved")
    tell_verification(other.id, None, "approved")
    db.session.commit()
    engine = db.engine

    def unlink_meanwhile(params):
        if params["chat_id"] == 600050:
            with engine.begin() as conn:
                conn.execute(delete(TelegramMessage.__table__).where(TelegramMessage.chat_id == 600050))

    bot.on_send = unlink_meanwhile
    assert drain() == 2
    assert [(m.chat_id, m.status) for m in _messages()] == [(600051, SENT)]
