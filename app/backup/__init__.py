"""Backups: `flask backup create|restore|verify`.

One archive (`simpul-backup-YYYYMMDD-HHMMSS.tar.gz`) holds the database (a SQLite copy made with the online
backup API, or a `pg_dump --format=custom` taken from an exported snapshot), `manifest.json` (row counts and
row checksums of every table, taken from exactly the same snapshot as the dump), `settings.json` (the
non-secret effective configuration) and the instance secret key file when there is one.

There are no uploaded files to save: the site stores no uploads (images are linked from Markdown), so the
database and the secret key are all the state a site has. The search index is not saved either: a restore
rebuilds it from the database.
"""
from __future__ import annotations

from flask import Flask


def init_app(app: Flask) -> None:
    from app.backup.cli import backup_cli

    app.cli.add_command(backup_cli)
