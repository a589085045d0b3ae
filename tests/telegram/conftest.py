import pytest

from app.extensions import db
from app.telegram.models import TelegramLink
from app.telegram.services import ALL_KINDS
from tests.telegram.botserver import TOKEN, BotServer


@pytest.fixture
def bot():
    server = BotServer()
    yield server
    server.close()


@pytest.fixture
def app_config(app_config, bot):
    app_config.update(TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_API_URL=bot.url, TELEGRAM_TIMEOUT=0.3,
                      TELEGRAM_POLL_INTERVAL=0)
    return app_config


@pytest.fixture
def linked(app):
    """`linked(user, chat_id, kinds=None, digest=False)`: a member whose chat is already linked."""

    def link(user, chat_id: int, kinds=None, digest: bool = False):
        chosen = ALL_KINDS if kinds is None else kinds
        row = TelegramLink(user_id=user.id, chat_id=chat_id, kinds=" ".join(chosen), digest=digest)
        db.session.add(row)
        db.session.commit()
        return row

    return link
