"""`flask telegram send-digests` (daily) and `flask telegram deliver` (one round of the worker's drain)."""
from __future__ import annotations

import click
from flask.cli import AppGroup

from app.telegram import botapi
from app.telegram.delivery import drain
from app.telegram.services import queue_digests

telegram_cli = AppGroup("telegram", help="Telegram: ringkasan harian dan antrean pesan.")


@telegram_cli.command("send-digests",
                       help="Antrekan ringkasan harian Telegram (sekali sehari per anggota; aman diulang).")
def send_digests_command() -> None:
    if not botapi.enabled():
        click.echo("TELEGRAM_BOT_TOKEN belum diisi: Telegram mati.")
        return
    queued = queue_digests()
    click.echo(f"Ringkasan harian Telegram diantrekan untuk {queued} pengguna; pekerja latar mengirimnya.")


@telegram_cli.command("deliver", help="Baca pesan bot dan kirim pesan yang jatuh tempo, sekali.")
def deliver_command() -> None:
    tried = drain()
    click.echo(f"{tried} pesan Telegram dicoba.")
