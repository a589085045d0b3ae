"""Linking a chat: a one-time code on the member's page, /start CODE to the bot, /stop, and who may do what."""
import re
from datetime import timedelta

import pytest
from sqlalchemy import select, update

from app.core.timeutil import utcnow
from app.extensions import db
from app.telegram.delivery import drain
from app.telegram.models import TelegramBot, TelegramCode, TelegramLink
from tests.telegram.botserver import USERNAME

CODE = re.compile(r"start=([A-Za-z0-9_-]{16})")


def _code(client) -> str:
    page = client.post("/users/me/telegram", {"action": "code"})
    text = page.get_data(as_text=True)
    assert page.status_code == 200 and f"https://t.me/{USERNAME}?start=" in text
    return CODE.search(text).group(1)


def _link(user):
    db.session.expire_all()
    return db.session.get(TelegramLink, user.id)


def test_a_member_links_with_a_code_and_a_wrong_one_is_refused(bot, login_as, member):
    client = login_as(member)
    settings = client.get("/notifications/settings").get_data(as_text=True)
    assert "data-telegram-settings" in settings
    code = _code(client)
    assert code not in client.get("/users/me/telegram").get_data(as_text=True)  # shown once
    [stored] = db.session.execute(select(TelegramCode)).scalars().all()
    assert stored.user_id == member.id and code not in stored.code_hash  # kept hashed
    bot.say(555001, "/start salahkode12345")
    bot.say(555002, f"/start {code}")
    bot.say(555003, f"/start {code}", chat_type="group")  # groups are never linked
    drain()
    link = _link(member)
    assert link is not None and link.chat_id == 555002 and not link.digest
    assert db.session.execute(select(TelegramCode)).first() is None  # used up
    assert "Akun Simpul ASN Anda terhubung" in bot.texts(555002)[0]
    assert "kedaluwarsa" in bot.texts(555001)[0]
    assert bot.texts(555003) == []
    assert db.session.get(TelegramBot, 1).update_offset == bot.updates[-1]["update_id"] + 1
    drain()  # the offset is kept: nothing is handled twice
    assert bot.offsets[-1] == bot.updates[-1]["update_id"] + 1 and len(bot.sent) == 2
    page = client.get("/users/me/telegram").get_data(as_text=True)
    assert "Putuskan" in page and "Hubungkan Telegram" not in page


def test_an_expired_code_does_not_link(bot, login_as, member):
    client = login_as(member)
    code = _code(client)
    db.session.execute(update(TelegramCode).values(expires_at=utcnow() - timedelta(seconds=1)))
    db.session.commit()
    bot.say(555010, f"/start {code}")
    drain()
    assert _link(member) is None and "kedaluwarsa" in bot.texts(555010)[0]


def test_a_new_code_replaces_the_old_one(bot, login_as, member):
    client = login_as(member)
    first = _code(client)
    second = _code(client)
    bot.say(555020, f"/start {first}")
    drain()
    assert _link(member) is None
    bot.say(555020, f"/start {second}")
    drain()
    assert _link(member).chat_id == 555020


def test_unlink_from_the_page_and_stop_from_telegram(bot, login_as, member, make_user, linked):
    other = make_user()
    linked(member, 555030)
    linked(other, 555031)
    client = login_as(member)
    assert client.post("/users/me/telegram", {"action": "unlink"}).status_code == 303
    assert _link(member) is None and _link(other) is not None
    bot.say(555031, "/stop")
    drain()
    assert _link(other) is None and "diputus" in bot.texts(555031)[0]


def test_nobody_sees_or_changes_another_members_link(bot, login_as, member, make_user, linked):
    linked(member, 555040, kinds=["answer"])
    intruder = login_as(make_user())
    page = intruder.get("/users/me/telegram").get_data(as_text=True)
    assert "Hubungkan Telegram" in page and "Putuskan" not in page
    intruder.post("/users/me/telegram", {"action": "unlink"})
    refused = intruder.post("/users/me/telegram", {"action": "choices", "kinds": ["badge"], "digest": "1"})
    assert refused.status_code == 422 and "belum terhubung" in refused.get_data(as_text=True)
    link = _link(member)
    assert link is not None and link.kinds == "answer" and not link.digest
    assert intruder.post("/users/me/telegram", {"action": "lainnya"}).status_code == 400


def test_choices_are_saved_and_unknown_kinds_refused(bot, login_as, member, linked):
    linked(member, 555050)
    client = login_as(member)
    saved = client.post("/users/me/telegram", {"action": "choices", "kinds": ["answer", "mention"], "digest": "1"})
    assert saved.status_code == 303
    link = _link(member)
    assert (link.kinds, link.digest) == ("answer mention", True)
    refused = client.post("/users/me/telegram", {"action": "choices", "kinds": ["answer", "rahasia"]})
    assert refused.status_code == 422 and "tidak dikenal" in refused.get_data(as_text=True)
    assert _link(member).kinds == "answer mention"


@pytest.fixture
def no_token(app_config):
    app_config.update(TELEGRAM_BOT_TOKEN="")
    return app_config


def test_no_telegram_anywhere_without_a_token(no_token, bot, login_as, member):
    client = login_as(member)
    assert client.get("/users/me/telegram").status_code == 404
    assert client.post("/users/me/telegram", {"action": "code"}).status_code == 404
    assert "data-telegram-settings" not in client.get("/notifications/settings").get_data(as_text=True)
    bot.say(555060, "/start apaapa")
    assert drain() == 0 and bot.offsets == []
