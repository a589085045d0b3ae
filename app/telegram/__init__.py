"""Telegram notices: a member links a chat with a one-time code and chooses the notices sent there; an
outbox filled in the notice's transaction, drained by the background worker (which also reads the bot's
messages). Nothing runs and no page shows while TELEGRAM_BOT_TOKEN is empty."""
from __future__ import annotations

from flask import Flask


def init_app(app: Flask) -> None:
    """The page, the receiver of notifications' `notices_created`, the worker's drain, `flask telegram`."""
    from app.core import background
    from app.notifications.signals import notices_created
    from app.telegram.cli import telegram_cli
    from app.telegram.delivery import drain
    from app.telegram.services import queue_notices
    from app.telegram.views import telegram_bp

    notices_created.connect(queue_notices, weak=False)
    app.register_blueprint(telegram_bp)
    app.cli.add_command(telegram_cli)
    background.register(app, "telegram", drain)
