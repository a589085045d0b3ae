"""`flask --app wsgi uploads clean`: uploads nobody attached to a post within 24 hours go away."""
from __future__ import annotations

import click
from flask.cli import AppGroup

uploads_cli = AppGroup("uploads", help="Berkas unggahan: bersihkan yang tidak pernah dilampirkan.")


@uploads_cli.command("clean", help="Hapus unggahan yang tidak dilampirkan ke kiriman dalam 24 jam.")
def clean() -> None:
    from app.extensions import db
    from app.files.services import clean_abandoned
    from app.files.storage import storage

    removed = clean_abandoned()
    db.session.commit()
    for keys in removed:
        for key in keys:
            storage().delete(key)
    click.echo(f"{len(removed)} unggahan yang tidak dilampirkan dihapus.")
