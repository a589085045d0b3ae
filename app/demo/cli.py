"""`flask --app wsgi seed-demo`: agencies, people, content, votes, flags and activities for a demo site."""
from __future__ import annotations

import click
from flask import current_app
from flask.cli import with_appcontext

from app.admin.services import DEFAULT_AGENCIES, import_agencies
from app.extensions import db


@click.command("seed-demo", help="Isi data contoh (instansi, pengguna, konten). Aman dijalankan berulang kali.")
@with_appcontext
def seed_demo():
    from app.content.defaults import ensure_defaults
    from app.demo.activities import seed_pembinaan
    from app.demo.attachments import seed_attachments
    from app.demo.content import seed_content
    from app.demo.frontmatter import DataFileError
    from app.demo.moderation import seed_flags
    from app.demo.opd import seed_opd
    from app.demo.people import seed_people
    from app.demo.practices import seed_adoptions, seed_reviews
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
    adopted = seed_adoptions() if content["articles"] else 0
    seed_reviews()
    activities = seed_pembinaan()
    addressed = seed_opd() if content["articles"] else 0
    attached = seed_attachments()
    db.session.commit()
    click.echo(f"Pengguna contoh: {report.created} baru, {report.existing} sudah ada.")
    if content["articles"]:
        click.echo(f"Konten contoh: {content['articles']} praktik baik ({content['revisions']} revisi), "
                   f"{content['questions']} pertanyaan, {content['answers']} jawaban, {content['threads']} diskusi, "
                   f"{content['replies']} balasan, {votes} suara dukungan, {flags} laporan untuk moderator, "
                   f"{adopted} penerapan oleh instansi lain.")
    else:
        click.echo("Konten contoh: sudah ada, tidak ada yang ditambahkan.")
    if addressed:
        click.echo(f"Tanya OPD contoh: {addressed} pertanyaan untuk instansi (satu dijawab resmi, satu terlambat).")
    if attached:
        click.echo(f"Lampiran contoh: {attached} berkas (SOP PDF dan foto) pada praktik baik.")
    if activities:
        click.echo(f"Kegiatan pengembangan kompetensi contoh: {activities} (dengan kehadiran dan satu klaim JP).")
    if report.password:
        click.echo("Kata sandi semua akun contoh (hanya ditampilkan sekali): " + report.password)
    elif report.created:
        click.echo("Kata sandi akun contoh: nilai DEMO_PASSWORD.")
