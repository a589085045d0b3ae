"""`flask opd remind` (daily): reminders of questions waiting for an agency's official answer."""
from __future__ import annotations

import click
from flask.cli import with_appcontext

from app.extensions import db
from app.notifications.opd import remind


@click.group("opd", help="Tanya OPD: pertanyaan yang ditujukan ke instansi.")
def opd_cli():
    pass


@opd_cli.command("remind", help="Ingatkan penjawab resmi dan pimpinan instansi (aman diulang pada hari yang sama).")
@with_appcontext
def remind_command():
    made = remind()
    db.session.commit()
    click.echo(f"Pengingat Tanya OPD terkirim: {made}.")
