"""`flask webhooks deliver`: send the deliveries that are due (once, or repeatedly with --loop); `flask webhooks
prune`: delete old finished deliveries."""
from __future__ import annotations

import time

import click
from flask.cli import AppGroup

from app.webhooks.delivery import deliver_due
from app.webhooks.retention import DEFAULT_DAYS, prune_deliveries

webhooks_cli = AppGroup("webhooks", help="Webhook: kirim antrean pengiriman, pangkas log pengiriman.")


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


@webhooks_cli.command("prune")
@click.option("--days", default=DEFAULT_DAYS, show_default=True, type=click.IntRange(min=1),
              help="Hapus pengiriman selesai (terkirim/gagal) yang lebih tua dari sekian hari.")
def prune(days: int) -> None:
    """Pangkas log pengiriman webhook; baris terbaru yang tampil di halaman log tetap disimpan."""
    click.echo(f"{prune_deliveries(days)} pengiriman lama dihapus.")
