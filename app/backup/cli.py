"""`flask --app wsgi backup create|restore|verify`."""
from __future__ import annotations

from pathlib import Path

import click
from flask import current_app
from flask.cli import AppGroup

from app.backup.errors import BackupError

backup_cli = AppGroup("backup", help="Cadangan: buat, pulihkan dan periksa arsip basis data dan pengaturan.")

# Tables named in the short summary, in this order, when they exist.
SUMMARY_TABLES = (("users", "pengguna"), ("posts", "kiriman"), ("votes", "suara"), ("comments", "komentar"),
                  ("agencies", "instansi"))


def _summary(manifest: dict) -> str:
    from app.backup.services import row_total

    tables = manifest["tables"]
    named = ", ".join(f"{label} {tables[name]['rows']}" for name, label in SUMMARY_TABLES if name in tables)
    return f"{len(tables)} tabel, {row_total(manifest)} baris" + (f" ({named})" if named else "")


def _describe(manifest: dict) -> str:
    from app.backup.services import ENGINE_LABELS

    revision = manifest.get("alembic_revision") or "tidak tercatat"
    return (f"{ENGINE_LABELS.get(manifest['engine'], manifest['engine'])}, revisi skema {revision}, "
            f"aplikasi {manifest.get('app_version', '?')}, dibuat {manifest.get('created_at', '?')}")


def _uploads_line(manifest: dict) -> None:
    from app.backup import uploads
    from app.backup.services import human_size

    section = manifest.get("uploads")
    if section is not None:
        click.echo(f"Berkas unggahan: {section['count']} berkas ({human_size(section['bytes'])}), masing-masing "
                   "dengan checksum SHA-256.")
        for warning in uploads.warnings(section):
            click.echo(warning)


def _run(action, *args, **kwargs):
    """Run a backup service; its failures become the command's Indonesian error, never a traceback."""
    try:
        return action(*args, **kwargs)
    except BackupError as err:
        raise click.ClickException(err.message) from err
    except OSError as err:  # a folder that cannot be written, a full disk...
        raise click.ClickException(f"Operasi berkas gagal: {err}") from err


@backup_cli.command("create", help="Buat arsip cadangan (basis data, manifest, pengaturan) di BACKUP_DIR.")
@click.option("--output", "-o", "output", metavar="PATH",
              help="Folder tujuan, atau nama berkas persis bila berakhiran .tar.gz (bawaan: BACKUP_DIR).")
def create_command(output: str | None):
    from app.backup import services

    created = _run(services.create, current_app, output)
    manifest = created.manifest
    click.echo(f"Cadangan dibuat: {created.path}")
    click.echo(f"Ukuran: {services.human_size(created.size)} ({created.size} bita)")
    click.echo(f"Basis data: {_describe(manifest)}")
    click.echo(f"Isi: {_summary(manifest)}")
    _uploads_line(manifest)
    if "secret_key" in manifest["files"]:
        click.echo("Kunci rahasia instance (instance/secret_key) ikut dicadangkan. Simpan arsip ini di tempat aman.")
    else:
        click.echo("Tidak ada instance/secret_key untuk dicadangkan (SECRET_KEY diatur lewat lingkungan?).")


@backup_cli.command("restore", help="Pulihkan arsip cadangan ke basis data yang dikonfigurasi (DATABASE_URL).")
@click.argument("archive", type=click.Path(path_type=Path))
@click.option("--replace", is_flag=True, help="Timpa basis data tujuan yang sudah berisi data.")
@click.option("--skip-search", is_flag=True, help="Jangan bangun ulang indeks pencarian sesudahnya.")
@click.pass_context
def restore_command(ctx: click.Context, archive: Path, replace: bool, skip_search: bool):
    from app.backup import restoring

    restored = _run(restoring.restore, current_app, archive, replace=replace)
    manifest = restored.manifest
    click.echo(f"Arsip: {archive} ({_describe(manifest)})")
    click.echo(f"Basis data dipulihkan ke {restored.target}: {_summary(manifest)}.")
    click.echo(f"Pemeriksaan: {restored.tables} tabel cocok dengan manifest (jumlah baris dan checksum).")
    for note in restored.notes:
        if "unggahan" in note:
            click.echo(note)
    click.echo(restored.secret_key)
    if restored.revision_note:
        click.echo(restored.revision_note)
        click.echo("Indeks pencarian belum dibangun ulang (skema harus diperbarui dulu).")
    elif skip_search:
        click.echo("Indeks pencarian tidak dibangun ulang (--skip-search); jalankan `flask --app wsgi search "
                   "rebuild` sebelum situs dipakai.")
    else:
        from app.search.setup import rebuild_command

        click.echo("Membangun ulang indeks pencarian (flask search rebuild)...")
        ctx.invoke(rebuild_command)
    click.echo("Pemulihan selesai. Mulai ulang situs dan pekerja latar.")


@backup_cli.command("verify", help="Periksa keutuhan arsip cadangan tanpa memulihkannya.")
@click.argument("archive", type=click.Path(path_type=Path))
def verify_command(archive: Path):
    from app.backup import verification

    verified = _run(verification.verify, archive)
    click.echo(f"Arsip: {archive} ({_describe(verified.manifest)})")
    click.echo(f"Isi: {_summary(verified.manifest)}")
    for note in verified.notes:
        click.echo(note)
    click.echo("Arsip utuh.")
