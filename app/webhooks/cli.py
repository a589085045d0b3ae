"""`flask webhooks deliver`: send the deliveries that are due (once, or repeatedly with --loop)."""
from __future__ import annotations

import time

import click
from flask.cli import AppGroup

from app.webhooks.delivery import deliver_due

webhooks_cli = AppGroup("webhooks", help="Webhook: kirim antrean pengiriman.")


@webhooks_cli.command("deliver")
@click.option("--loop", is_flag=True, help="Terus berjalan, memeriksa antrean setiap beberapa detik.")
@click.option("--interval", default=5.0, show_default=True, help="Jeda antar pemeriksaan (detik) dengan --loop.")
def deliver(loop: bool, interval: float) -> None:
    """Kirim pengiriman webhook yang sudah jatuh tempo."""
    while True:
        tried = 0
        while True:  # until nothing more is due
            batch = deliver_due()
            tried += batch
            if not batch:
                break
        if not loop:
            click.echo(f"{tried} pengiriman dicoba.")
            return
        time.sleep(interval)
