"""`flask --app wsgi ...` commands: agencies import, create-admin, seed-demo."""
from __future__ import annotations

from pathlib import Path

import click
from flask import Flask, current_app
from flask.cli import with_appcontext

from app.accounts import services as account_services
from app.admin.services import DEFAULT_AGENCIES, import_agencies
from app.core.errors import DomainError
from app.core.roles import Role
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


@click.command("create-admin", help="Buat akun admin (atau jadikan akun yang ada admin).")
@click.option("--email", prompt="Email")
@click.option("--name", prompt="Nama")
@click.option("--agency", default="diskominfo", show_default=True, help="Kode instansi")
@click.option("--password", prompt="Kata sandi", hide_input=True, confirmation_prompt=True)
@with_appcontext
def create_admin(email: str, name: str, agency: str, password: str):
    existing = account_services.find_by_login(email)
    if existing is not None:
        existing.role = Role.ADMIN.value
        db.session.commit()
        click.echo(f"{existing.email} kini admin.")
        return
    try:
        user = account_services.register_user(account_services.Registration(
            name=name, email=email, password=password, agency=agency), role=Role.ADMIN)
        db.session.commit()
    except DomainError as err:
        db.session.rollback()
        raise click.ClickException(err.message) from err
    click.echo(f"Admin {user.email} dibuat.")


@click.command("seed-demo", help="Isi data contoh (instansi, pengguna, konten). Aman dijalankan berulang kali.")
@with_appcontext
def seed_demo():
    from app.content.defaults import ensure_defaults
    from app.demo.activities import seed_pembinaan
    from app.demo.content import seed_content
    from app.demo.frontmatter import DataFileError
    from app.demo.moderation import seed_flags
    from app.demo.people import seed_people
    from app.demo.votes import seed_votes

    created, updated = import_agencies(DEFAULT_AGENCIES)
    click.echo(f"Instansi: {created} baru, {updated} diperbarui.")
    ensure_defaults()
    report = seed_people(current_app.config.get("DEMO_PASSWORD"))
    try:
        content = seed_content()
    except DataFileError as err:
        db.session.rollback()
        raise click.ClickException(f"Data contoh tidak dapat dibaca: {err}") from err
    votes = seed_votes() if content["articles"] else 0
    flags = seed_flags() if content["articles"] else 0
    activities = seed_pembinaan()
    db.session.commit()
    click.echo(f"Pengguna contoh: {report.created} baru, {report.existing} sudah ada.")
    if content["articles"]:
        click.echo(f"Konten contoh: {content['articles']} praktik baik ({content['revisions']} revisi), "
                   f"{content['questions']} pertanyaan, {content['answers']} jawaban, {content['threads']} diskusi, "
                   f"{content['replies']} balasan, {votes} suara dukungan, {flags} laporan untuk moderator.")
    else:
        click.echo("Konten contoh: sudah ada, tidak ada yang ditambahkan.")
    if activities:
        click.echo(f"Kegiatan pengembangan kompetensi contoh: {activities} (dengan kehadiran dan satu klaim JP).")
    if report.password:
        click.echo("Kata sandi semua akun contoh (hanya ditampilkan sekali): " + report.password)
    elif report.created:
        click.echo("Kata sandi akun contoh: nilai DEMO_PASSWORD.")


def register_cli(app: Flask) -> None:
    """The app's own commands; `bench-data` comes from bench/ through a `flask.commands` entry point."""
    for command in (agencies_cli, create_admin, seed_demo):
        app.cli.add_command(command)
