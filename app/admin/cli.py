"""`flask --app wsgi agencies import FILE`: the agency list from a CSV."""
from __future__ import annotations

from pathlib import Path

import click
from flask.cli import with_appcontext

from app.admin.services import import_agencies
from app.core.errors import DomainError
from app.extensions import db


@click.group("agencies", help="Kelola daftar instansi.")
def agencies_cli():
    pass


@agencies_cli.command("import", help="Impor instansi dari CSV (code,name,short_name,kind[,confidence]).")
@click.argument("csv_file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@with_appcontext
def agencies_import(csv_file: Path):
    try:
        created, updated = import_agencies(csv_file)
        db.session.commit()
    except DomainError as err:
        db.session.rollback()
        raise click.ClickException(err.message) from err
    click.echo(f"Instansi: {created} baru, {updated} diperbarui.")
