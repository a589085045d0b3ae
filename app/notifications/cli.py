"""`flask mail send-digests` (daily) and `flask mail send-pending` (retries immediate mail that failed)."""
from __future__ import annotations

import click
from flask.cli import with_appcontext

from app.notifications.mail import send_digests, send_immediate


@click.group("mail", help="Kirim email pemberitahuan.")
def mail_cli():
    pass


@mail_cli.command("send-digests", help="Kirim ringkasan harian kepada anggota yang memilihnya (aman diulang).")
@with_appcontext
def send_digests_command():
    sent = send_digests()
    click.echo(f"Ringkasan harian terkirim kepada {sent} pengguna.")


@mail_cli.command("send-pending", help="Kirim email langsung yang tertunda (misalnya saat server email mati).")
@with_appcontext
def send_pending_command():
    sent = send_immediate()
    click.echo(f"Email pemberitahuan langsung terkirim kepada {sent} pengguna.")
