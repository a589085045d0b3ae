"""`flask reputation recompute|check`."""
from __future__ import annotations

import click
from flask.cli import AppGroup

from app.extensions import db

reputation_cli = AppGroup("reputation", help="Buku besar reputasi: bangun ulang dan periksa.")


@reputation_cli.command("recompute", help="Hitung ulang reputasi setiap pengguna dan skor setiap kiriman.")
def recompute_command():
    from app.reputation.ledger import recompute_all

    recompute_all()
    db.session.commit()
    click.echo("Reputasi dan skor dihitung ulang dari buku besar dan suara.")


@reputation_cli.command("check", help="Keluar dengan kode bukan nol bila ada reputasi atau skor yang tidak cocok.")
def check_command():
    from app.reputation.ledger import mismatches

    problems = mismatches()
    if problems:
        for line in problems:
            click.echo(line, err=True)
        raise SystemExit(1)
    click.echo("Semua reputasi dan skor cocok dengan buku besar.")
