"""Pemberitahuan: in-app notices, watches, @mentions and their mail (immediate or a daily digest)."""
from __future__ import annotations

from flask import Flask


def init_app(app: Flask) -> None:
    """The notices' pages and bell, the listeners that write them, their mail, and `flask mail`."""
    from app.notifications import listeners
    from app.notifications.cli import mail_cli
    from app.notifications.views import is_watching, notifications_bp, unread_notifications

    listeners.install(app)
    app.register_blueprint(notifications_bp)
    app.jinja_env.globals.update(unread_notifications=unread_notifications, is_watching=is_watching)
    app.cli.add_command(mail_cli)
