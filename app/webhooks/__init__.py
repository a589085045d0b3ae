"""Webhooks: admins' receivers of the site's events, an outbox filled in the events' transactions, a signed sender."""
from __future__ import annotations

from flask import Flask


def init_app(app: Flask) -> None:
    """The admins' pages, the receivers that queue deliveries, the drains (sending, daily pruning), the CLI."""
    from app.core import background
    from app.webhooks import events
    from app.webhooks.cli import webhooks_cli
    from app.webhooks.delivery import deliver_due
    from app.webhooks.retention import prune_daily
    from app.webhooks.views import webhooks_bp

    events.install()
    app.register_blueprint(webhooks_bp)
    app.cli.add_command(webhooks_cli)
    background.register(app, "webhooks", deliver_due)
    background.register(app, "webhooks_prune", prune_daily)
